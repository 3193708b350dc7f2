#!/usr/bin/env bash
# Deliveries per second through the gateway's SMTP and Twilio adapters, next to a baseline of
# direct sends at the same concurrency, measured in the same run (median of RUNS): see bench/README.md.
# Build the jar first:  mvn -q -pl bootstrap -am package -DskipTests
# Then:                 bench/providers.sh [RUNS]         (PostgreSQL; BENCH_DATABASE=h2 for H2)
# BENCH_PROVIDER_MESSAGES (20,000) for a quick check; BENCH_DISPATCH_CONCURRENCY, see bench/lib.sh.
# PostgreSQL: SWITCHBOARD_TEST_POSTGRES_URL / _USER / _PASSWORD, as for the tests (default
# jdbc:postgresql://127.0.0.1:5432/test, user postgres); a schema of its own is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

RUNS=${1:-3}
PORT=${BENCH_PORT:-18080}
SMTP_PORT=${BENCH_SMTP_PORT:-18025}
TWILIO_PORT=${BENCH_TWILIO_PORT:-18026}
PASSWORD="bench admin password"
DISPATCH_CONCURRENCY=$(dispatch_concurrency)
require_gateway_jar
compile_bench

DATA=$(mktemp -d)
SCHEMA="sb_bench_$$"
DATABASE=()
[ "${BENCH_DATABASE:-postgres}" = h2 ] || read -r -a DATABASE <<<"$(postgres_env "$SCHEMA")"
launch_gateway gateway "${DATABASE[@]}" JAVAMAIL_PROPERTIES_MAIL_SMTP_HOST=127.0.0.1 JAVAMAIL_PROPERTIES_MAIL_SMTP_PORT="$SMTP_PORT" \
    SWITCHBOARD_TWILIO_ENABLED=true SWITCHBOARD_TWILIO_BASE_URL="http://127.0.0.1:$TWILIO_PORT" \
    SWITCHBOARD_TWILIO_ACCOUNT_SID=AC0123456789abcdef0123456789abcdef SWITCHBOARD_TWILIO_AUTH_TOKEN=bench-auth-token \
    SWITCHBOARD_TWILIO_FROM=+14155550100 SWITCHBOARD_DISPATCH_CONCURRENCY="$DISPATCH_CONCURRENCY" SWITCHBOARD_EMAIL_SMTP_POOL_SIZE="$DISPATCH_CONCURRENCY"
cleanup() {
    kill "$GATEWAY" 2>/dev/null || true
    wait "$GATEWAY" 2>/dev/null || true
    [ ${#DATABASE[@]} -eq 0 ] || drop_schema "$SCHEMA"
    rm -rf "$DATA"
}
trap cleanup EXIT
wait_for_http "$PORT"
echo "== gateway on ${BENCH_DATABASE:-postgres}, $(nproc) cores"
run_bench ProviderBench "http://127.0.0.1:$PORT" "$PASSWORD" "$RUNS" "$SMTP_PORT" "$TWILIO_PORT" "$DISPATCH_CONCURRENCY" \
    || { cat "$DATA/gateway.log" >&2; exit 1; }
