#!/usr/bin/env bash
# Deliveries per second through the gateway's SMTP and Twilio adapters, next to a baseline of
# direct sends measured in the same run (median of RUNS): see bench/README.md.
# Build the jar first:  mvn -q -pl bootstrap -am package -DskipTests
# Then:                 bench/providers.sh [RUNS]         (PostgreSQL; BENCH_DATABASE=h2 for H2)
# PostgreSQL: SWITCHBOARD_TEST_POSTGRES_URL / _USER / _PASSWORD, as for the tests (default
# jdbc:postgresql://127.0.0.1:5432/test, user postgres); a schema of its own is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-3}
PORT=${BENCH_PORT:-18080}
SMTP_PORT=${BENCH_SMTP_PORT:-18025}
TWILIO_PORT=${BENCH_TWILIO_PORT:-18026}
PASSWORD="bench admin password"
JAR=bootstrap/target/switchboard.jar
PG_URL=${SWITCHBOARD_TEST_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/test}
PG_USER=${SWITCHBOARD_TEST_POSTGRES_USER:-postgres}
PG_PASSWORD=${SWITCHBOARD_TEST_POSTGRES_PASSWORD:-}
[ -f "$JAR" ] || { echo "build the jar first: mvn -q -pl bootstrap -am package -DskipTests" >&2; exit 1; }

DATA=$(mktemp -d)
SCHEMA="sb_bench_$$"
DATABASE=()
if [ "${BENCH_DATABASE:-postgres}" != h2 ]; then
    DATABASE=(DATASOURCES_DEFAULT_URL="$PG_URL?currentSchema=$SCHEMA" DATASOURCES_DEFAULT_USERNAME="$PG_USER"
              DATASOURCES_DEFAULT_PASSWORD="$PG_PASSWORD" FLYWAY_DATASOURCES_DEFAULT_SCHEMAS="$SCHEMA")
fi
env "${DATABASE[@]}" SWITCHBOARD_PORT="$PORT" SWITCHBOARD_DATA_DIR="$DATA" SWITCHBOARD_ADMIN_PASSWORD="$PASSWORD" \
    JAVAMAIL_PROPERTIES_MAIL_SMTP_HOST=127.0.0.1 JAVAMAIL_PROPERTIES_MAIL_SMTP_PORT="$SMTP_PORT" \
    SWITCHBOARD_TWILIO_ENABLED=true SWITCHBOARD_TWILIO_BASE_URL="http://127.0.0.1:$TWILIO_PORT" \
    SWITCHBOARD_TWILIO_ACCOUNT_SID=AC0123456789abcdef0123456789abcdef SWITCHBOARD_TWILIO_AUTH_TOKEN=bench-auth-token \
    SWITCHBOARD_TWILIO_FROM=+14155550100 \
    java -jar "$JAR" >"$DATA/gateway.log" 2>&1 &
GATEWAY=$!
cleanup() {
    kill "$GATEWAY" 2>/dev/null || true
    wait "$GATEWAY" 2>/dev/null || true
    if [ ${#DATABASE[@]} -gt 0 ]; then
        PGPASSWORD="$PG_PASSWORD" psql -q -h 127.0.0.1 -U "$PG_USER" -d "${PG_URL##*/}" -c "DROP SCHEMA IF EXISTS $SCHEMA CASCADE"
    fi
    rm -rf "$DATA"
}
trap cleanup EXIT
for _ in $(seq 1 60); do
    curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break
    sleep 1
done
echo "== gateway on ${BENCH_DATABASE:-postgres}, $(nproc) cores"
java -cp "$JAR" bench/ProviderBench.java "http://127.0.0.1:$PORT" "$PASSWORD" "$RUNS" "$SMTP_PORT" "$TWILIO_PORT" \
    || { cat "$DATA/gateway.log" >&2; exit 1; }
