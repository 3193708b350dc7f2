#!/usr/bin/env bash
# The benchmark suite (bench/README.md): builds the gateway and the baseline service, starts both
# with -Xmx512m on PostgreSQL (--h2: each on an H2 file), drives them from a separate JVM, and
# prints each row with its median over RUNS runs, then the gateway's peak heap and RSS and the
# suite's run time.
#
#   bench/run.sh [--h2] [RUNS]        (RUNS defaults to 3)
#
# BENCH_SKIP_BUILD=1 uses the gateway's jar as built. Smaller sizes for a quick check of the whole
# suite (the figures are then not results): BENCH_WARM_UP_SECONDS, BENCH_MEASURE_SECONDS, BENCH_BATCH,
# BENCH_BIG_BULK, BENCH_END_TO_END_EMAILS (bench/README.md); BENCH_DISPATCH_CONCURRENCY, see bench/lib.sh.
#
# BENCH_GATEWAY_JAVA_OPTS adds JVM options to the gateway, e.g. to profile it:
#   BENCH_GATEWAY_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/gateway.jfr,settings=profile bench/run.sh 1
#
# PostgreSQL: SWITCHBOARD_TEST_POSTGRES_URL / _USER / _PASSWORD, as for the tests (default
# jdbc:postgresql://127.0.0.1:5432/test, user postgres); a schema of its own is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DATABASE_KIND=postgres
if [ "${1:-}" = --h2 ]; then DATABASE_KIND=h2; shift; fi
RUNS=${1:-3}
PORT=${BENCH_PORT:-18080}
BASELINE_PORT=${BENCH_BASELINE_PORT:-18090}
SMTP_PORT=${BENCH_SMTP_PORT:-18025}
PASSWORD="bench admin password"
DISPATCH_CONCURRENCY=$(dispatch_concurrency)

echo "== building the gateway, the baseline and the load generator"
[ -n "${BENCH_SKIP_BUILD:-}" ] || mvn -q -pl bootstrap -am package -DskipTests
mvn -q -f bench/baseline/pom.xml package
compile_bench
SECONDS=0

DATA=$(mktemp -d)
SCHEMA="sb_bench_$$"
if [ "$DATABASE_KIND" = postgres ]; then
    # Each in a schema of its own: the gateway's migrations want an empty one.
    read -r -a DATABASE <<<"$(postgres_env "$SCHEMA")"
    read -r -a BASELINE_DATABASE <<<"$(postgres_env "${SCHEMA}_baseline")"
    create_schema "${SCHEMA}_baseline"
else
    DATABASE=()
    BASELINE_DATABASE=(DATASOURCES_DEFAULT_URL="jdbc:h2:file:$DATA/baseline")
fi

# The APIs' rate limits are off: the benchmark is the only client, and measures the gateway's ceiling.
# Loopback is allowed for posts: the end-to-end row with events posts them to a receiver on this machine.
launch_gateway gateway "${DATABASE[@]}" JAVAMAIL_PROPERTIES_MAIL_SMTP_HOST=127.0.0.1 JAVAMAIL_PROPERTIES_MAIL_SMTP_PORT="$SMTP_PORT" \
    SWITCHBOARD_RATE_LIMIT_FLIPLET_CREDENTIAL=off SWITCHBOARD_RATE_LIMIT_CAPILLARY_CREDENTIAL=off \
    SWITCHBOARD_RATE_LIMIT_DRIPCEL_TENANT=off SWITCHBOARD_RATE_LIMIT_ADMIN_CREDENTIAL=off \
    SWITCHBOARD_DISPATCH_CONCURRENCY="$DISPATCH_CONCURRENCY" SWITCHBOARD_EMAIL_SMTP_POOL_SIZE="$DISPATCH_CONCURRENCY" \
    SWITCHBOARD_WEBHOOK_ALLOW_LOOPBACK=true
require_free_port "$BASELINE_PORT"
env "${BASELINE_DATABASE[@]}" BASELINE_PORT="$BASELINE_PORT" java "${GATEWAY_JVM[@]}" -jar bench/baseline/target/baseline.jar \
    >"$DATA/baseline.log" 2>&1 &
BASELINE=$!
cleanup() {
    kill "$GATEWAY" "$BASELINE" 2>/dev/null || true
    wait "$GATEWAY" "$BASELINE" 2>/dev/null || true
    [ "$DATABASE_KIND" = h2 ] || { drop_schema "$SCHEMA"; drop_schema "${SCHEMA}_baseline"; }
    [ -n "${BENCH_KEEP:-}" ] || rm -rf "$DATA"
}
trap cleanup EXIT
wait_for_http "$PORT"
wait_for_http "$BASELINE_PORT"

echo "== gateway and baseline on $DATABASE_KIND, $(nproc) cores, ${GATEWAY_JVM[*]} each; $RUNS runs; dispatch concurrency $DISPATCH_CONCURRENCY"
run_bench LoadBench "$PORT" "$BASELINE_PORT" "$PASSWORD" "$RUNS" "$SMTP_PORT" "$DISPATCH_CONCURRENCY" \
    || { tail -50 "$DATA/gateway.log" >&2; exit 1; }

echo
if ! kill -0 "$GATEWAY" 2>/dev/null || grep -q OutOfMemoryError "$DATA/gateway.log"; then
    echo "the gateway did not survive the benchmark:" >&2
    tail -50 "$DATA/gateway.log" >&2
    exit 1
fi
echo "$(memory_report "$GATEWAY" "$DATA/gateway-gc.log" "${GATEWAY_JVM[*]}"), no OutOfMemoryError"
[ "$DATABASE_KIND" = postgres ] || echo "the gateway's H2 file: $(du -m "$DATA/switchboard.mv.db" | cut -f1) MB"
echo "the suite ran $((SECONDS / 60)) min $((SECONDS % 60)) s on $DATABASE_KIND (building not counted)"
