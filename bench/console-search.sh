#!/usr/bin/env bash
# Times the first page of the console's message search on a tenant of 1,000,000 messages on
# PostgreSQL, with the gateway's heap at 512 MB: several filters, p50 and p95 of each over HTTP.
# Build the jar first:  mvn -q -pl bootstrap -am package -DskipTests
# Then:                 bench/console-search.sh
# BENCH_MESSAGES changes the size for a quick check (the figures are then not results);
# BENCH_SEARCH_SAMPLES the samples of each search (50).
# PostgreSQL: SWITCHBOARD_TEST_POSTGRES_URL / _USER / _PASSWORD, as for the tests (default
# jdbc:postgresql://127.0.0.1:5432/test, user postgres); a schema of its own is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

MESSAGES=${BENCH_MESSAGES:-1000000}
PORT=${BENCH_PORT:-18080}
PASSWORD="bench admin password"
[ "$MESSAGES" = 1000000 ] || echo "BENCH_MESSAGES=$MESSAGES: a quick check, not a result"
require_gateway_jar
compile_bench

DATA=$(mktemp -d)
SCHEMA="sb_bench_$$"
read -r -a DATABASE <<<"$(postgres_env "$SCHEMA")"
require_free_port "$PORT"
# The gateway migrates the schema; the history is then written straight into its tables (nothing
# is sent: dispatch is off, and every delivery of the history is finished).
env "${DATABASE[@]}" SWITCHBOARD_PORT="$PORT" SWITCHBOARD_DATA_DIR="$DATA" SWITCHBOARD_ADMIN_PASSWORD="$PASSWORD" \
    SWITCHBOARD_DISPATCH_ENABLED=false \
    java "${GATEWAY_JVM[@]}" -Xlog:gc:file="$DATA/gateway-gc.log" -jar "$JAR" >"$DATA/gateway.log" 2>&1 &
GATEWAY=$!
stop() {
    kill "$GATEWAY" 2>/dev/null || true
    wait "$GATEWAY" 2>/dev/null || true
    drop_schema "$SCHEMA"
    rm -rf "$DATA"
}
trap stop EXIT
wait_for_http "$PORT" || { cat "$DATA/gateway.log" >&2; exit 1; }
echo "== PostgreSQL, $MESSAGES messages in one tenant"
run_bench ConsoleSearchBench fill postgres "$PG_URL?currentSchema=$SCHEMA" "$PG_USER" "$PG_PASSWORD" "$MESSAGES"
run_bench ConsoleSearchBench search "http://127.0.0.1:$PORT" "$PASSWORD" "$MESSAGES" \
    || { cat "$DATA/gateway.log" >&2; exit 1; }
memory_report "$GATEWAY" "$DATA/gateway-gc.log" "${GATEWAY_JVM[*]}"
