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

DATA=$(mktemp -d)
SCHEMA="sb_bench_$$"
read -r -a DATABASE <<<"$(postgres_env "$SCHEMA")"
# The body (about 150 MB) is larger than the default SWITCHBOARD_MAX_REQUEST_SIZE allows any request.
require_free_port "$PORT"
env "${DATABASE[@]}" SWITCHBOARD_PORT="$PORT" SWITCHBOARD_DATA_DIR="$DATA" SWITCHBOARD_ADMIN_PASSWORD="$PASSWORD" \
    SWITCHBOARD_MAX_REQUEST_SIZE=1GB SWITCHBOARD_DISPATCH_ENABLED=false \
    java "${GATEWAY_JVM[@]}" -Xlog:gc:file="$DATA/gateway-gc.log" ${BENCH_GATEWAY_JAVA_OPTS:-} -jar "$JAR" >"$DATA/gateway.log" 2>&1 &
GATEWAY=$!
wait_for_http "$PORT"
echo "== PostgreSQL, one request of $CONTACTS contacts (JSON lines)"
run_bench ContactImportBench "http://127.0.0.1:$PORT" "$PASSWORD" "$CONTACTS" \
    || { kill "$GATEWAY"; cat "$DATA/gateway.log" >&2; drop_schema "$SCHEMA"; exit 1; }
memory_report "$GATEWAY" "$DATA/gateway-gc.log" "${GATEWAY_JVM[*]}"
kill "$GATEWAY"
wait "$GATEWAY" 2>/dev/null || true
drop_schema "$SCHEMA"
rm -rf "$DATA"
