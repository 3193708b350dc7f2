#!/usr/bin/env bash
# Times a contacts import of 1,000,000 contacts in one streamed request on PostgreSQL, with the
# gateway's heap at 512 MB, and prints the rate and the gateway's memory.
# Build the jar first:  mvn -q -pl bootstrap -am package -DskipTests
# Then:                 bench/contact-import.sh
# BENCH_CONTACTS changes the size for a quick check (the figures are then not results).
# BENCH_GATEWAY_JAVA_OPTS adds JVM options to the gateway (a JFR recording, say), as for run.sh.
# PostgreSQL: SWITCHBOARD_TEST_POSTGRES_URL / _USER / _PASSWORD, as for the tests (default
# jdbc:postgresql://127.0.0.1:5432/test, user postgres); a schema of its own is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

CONTACTS=${BENCH_CONTACTS:-1000000}
PORT=${BENCH_PORT:-18080}
PASSWORD="bench admin password"
[ "$CONTACTS" = 1000000 ] || echo "BENCH_CONTACTS=$CONTACTS: a quick check, not a result"
require_gateway_jar
compile_bench

# The body (about 150 MB) is larger than the default SWITCHBOARD_MAX_REQUEST_SIZE allows any request.
start_postgres_gateway_without_dispatch SWITCHBOARD_MAX_REQUEST_SIZE=1GB
echo "== PostgreSQL, one request of $CONTACTS contacts (JSON lines)"
run_bench ContactImportBench "http://127.0.0.1:$PORT" "$PASSWORD" "$CONTACTS" \
    || { cat "$DATA/gateway.log" >&2; exit 1; }
memory_report "$GATEWAY" "$DATA/gateway-gc.log" "${GATEWAY_JVM[*]}"
