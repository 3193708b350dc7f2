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

# The gateway migrates the schema; the history is then written straight into its tables (nothing
# is sent: dispatch is off, and every delivery of the history is finished).
start_postgres_gateway_without_dispatch
echo "== PostgreSQL, $MESSAGES messages in one tenant"
run_bench ConsoleSearchBench fill postgres "$PG_URL?currentSchema=$SCHEMA" "$PG_USER" "$PG_PASSWORD" "$MESSAGES"
run_bench ConsoleSearchBench search "http://127.0.0.1:$PORT" "$PASSWORD" "$MESSAGES" \
    || { cat "$DATA/gateway.log" >&2; exit 1; }
memory_report "$GATEWAY" "$DATA/gateway-gc.log" "${GATEWAY_JVM[*]}"
