#!/usr/bin/env bash
# Times a Dripcel bulk email of 10,000 destinations on H2 and on PostgreSQL (median of RUNS).
# Build the jar first:  mvn -q -pl bootstrap -am package -DskipTests
# Then:                 bench/bulk-email.sh [RUNS]
# PostgreSQL: SWITCHBOARD_TEST_POSTGRES_URL / _USER / _PASSWORD, as for the tests (default
# jdbc:postgresql://127.0.0.1:5432/test, user postgres); a schema of its own is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-7}
PORT=${BENCH_PORT:-18080}
PASSWORD="bench admin password"
JAR=bootstrap/target/switchboard.jar
PG_URL=${SWITCHBOARD_TEST_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/test}
PG_USER=${SWITCHBOARD_TEST_POSTGRES_USER:-postgres}
PG_PASSWORD=${SWITCHBOARD_TEST_POSTGRES_PASSWORD:-}
[ -f "$JAR" ] || { echo "build the jar first: mvn -q -pl bootstrap -am package -DskipTests" >&2; exit 1; }

bench() { # name, then environment for the gateway
    local name=$1; shift
    local data; data=$(mktemp -d)
    # The dispatcher stays off, so that capturing earlier runs' deliveries does not slow the next.
    env "$@" SWITCHBOARD_PORT="$PORT" SWITCHBOARD_DATA_DIR="$data" SWITCHBOARD_ADMIN_PASSWORD="$PASSWORD" \
        SWITCHBOARD_DISPATCH_ENABLED=false java -jar "$JAR" >"$data/gateway.log" 2>&1 &
    local gateway=$!
    for _ in $(seq 1 60); do
        curl -sf "http://127.0.0.1:$PORT/health" >/dev/null && break
        sleep 1
    done
    echo "== $name"
    java bench/BulkEmailBench.java "http://127.0.0.1:$PORT" "$PASSWORD" "$RUNS" || { kill "$gateway"; cat "$data/gateway.log" >&2; exit 1; }
    kill "$gateway"
    wait "$gateway" 2>/dev/null || true
    rm -rf "$data"
}

bench "H2 (embedded file database)"

SCHEMA="sb_bench_$$"
bench "PostgreSQL" DATASOURCES_DEFAULT_URL="$PG_URL?currentSchema=$SCHEMA" DATASOURCES_DEFAULT_USERNAME="$PG_USER" \
    DATASOURCES_DEFAULT_PASSWORD="$PG_PASSWORD" FLYWAY_DATASOURCES_DEFAULT_SCHEMAS="$SCHEMA"
PGPASSWORD="$PG_PASSWORD" psql -q -h 127.0.0.1 -U "$PG_USER" -d "${PG_URL##*/}" -c "DROP SCHEMA $SCHEMA CASCADE"
