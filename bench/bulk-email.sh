#!/usr/bin/env bash
# Times a Dripcel bulk email of 10,000 destinations on H2 and on PostgreSQL (median of RUNS).
# Build the jar first:  mvn -q -pl bootstrap -am package -DskipTests
# Then:                 bench/bulk-email.sh [RUNS]
# PostgreSQL: SWITCHBOARD_TEST_POSTGRES_URL / _USER / _PASSWORD, as for the tests (default
# jdbc:postgresql://127.0.0.1:5432/test, user postgres); a schema of its own is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

RUNS=${1:-7}
PORT=${BENCH_PORT:-18080}
PASSWORD="bench admin password"
require_gateway_jar
compile_bench

bench() { # name, then environment for the gateway
    local name=$1; shift
    DATA=$(mktemp -d)
    # The dispatcher stays off, so that capturing earlier runs' deliveries does not slow the next.
    launch_gateway gateway "$@" SWITCHBOARD_DISPATCH_ENABLED=false
    wait_for_http "$PORT"
    echo "== $name"
    run_bench BulkEmailBench "http://127.0.0.1:$PORT" "$PASSWORD" "$RUNS" || { kill "$GATEWAY"; cat "$DATA/gateway.log" >&2; exit 1; }
    kill "$GATEWAY"
    wait "$GATEWAY" 2>/dev/null || true
    rm -rf "$DATA"
}

bench "H2 (embedded file database)"

SCHEMA="sb_bench_$$"
read -r -a DATABASE <<<"$(postgres_env "$SCHEMA")"
bench "PostgreSQL" "${DATABASE[@]}"
drop_schema "$SCHEMA"
