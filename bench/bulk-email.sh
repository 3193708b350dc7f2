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
    local data; data=$(mktemp -d)
    # The dispatcher stays off, so that capturing earlier runs' deliveries does not slow the next.
    require_free_port "$PORT"
    env "$@" SWITCHBOARD_PORT="$PORT" SWITCHBOARD_DATA_DIR="$data" SWITCHBOARD_ADMIN_PASSWORD="$PASSWORD" \
        SWITCHBOARD_DISPATCH_ENABLED=false java -jar "$JAR" >"$data/gateway.log" 2>&1 &
    local gateway=$!
    wait_for_http "$PORT"
    echo "== $name"
    run_bench BulkEmailBench "http://127.0.0.1:$PORT" "$PASSWORD" "$RUNS" || { kill "$gateway"; cat "$data/gateway.log" >&2; exit 1; }
    kill "$gateway"
    wait "$gateway" 2>/dev/null || true
    rm -rf "$data"
}

bench "H2 (embedded file database)"

SCHEMA="sb_bench_$$"
read -r -a DATABASE <<<"$(postgres_env "$SCHEMA")"
bench "PostgreSQL" "${DATABASE[@]}"
drop_schema "$SCHEMA"
