#!/usr/bin/env bash
# The bounded outbox (bench/README.md): how fast the gateway claims and sends 20,000 fresh emails
# with an empty history, then again after 5,000,000 finished deliveries (H2: 1,000,000) were
# written into its tables, and the ratio of the two (medians of RUNS).
#
#   bench/outbox.sh [--h2] [RUNS]       (RUNS defaults to 3; build the jar first:
#                                         mvn -q -pl bootstrap -am package -DskipTests)
#
# Its own script rather than a row of run.sh: the history is written straight into the gateway's
# tables, which on H2 only one process may open, so the gateway is stopped for it and started
# again; and a suite whose later rows ran on millions of rows would no longer measure what its
# README says. Smaller sizes for a quick check (the figures are then not results):
# BENCH_OUTBOX_HISTORY, BENCH_OUTBOX_EMAILS; BENCH_DISPATCH_CONCURRENCY, see bench/lib.sh.
# PostgreSQL: SWITCHBOARD_TEST_POSTGRES_URL / _USER / _PASSWORD, as for the tests (default
# jdbc:postgresql://127.0.0.1:5432/test, user postgres); a schema of its own is dropped at the end.
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh

DATABASE_KIND=postgres
if [ "${1:-}" = --h2 ]; then DATABASE_KIND=h2; shift; fi
RUNS=${1:-3}
PORT=${BENCH_PORT:-18080}
SMTP_PORT=${BENCH_SMTP_PORT:-18025}
PASSWORD="bench admin password"
TENANTS=20
DISPATCH_CONCURRENCY=$(dispatch_concurrency)
STANDARD_HISTORY=5000000
[ "$DATABASE_KIND" = postgres ] || STANDARD_HISTORY=1000000
HISTORY=${BENCH_OUTBOX_HISTORY:-$STANDARD_HISTORY}
[ "$HISTORY" = "$STANDARD_HISTORY" ] \
    || echo "BENCH_OUTBOX_HISTORY=$HISTORY instead of $STANDARD_HISTORY: figures not comparable with bench/README.md"
require_gateway_jar
compile_bench
SECONDS=0

DATA=$(mktemp -d)
[ -z "${BENCH_KEEP:-}" ] || echo "keeping the gateway's data and logs in $DATA"
SCHEMA="sb_bench_$$"
if [ "$DATABASE_KIND" = postgres ]; then
    read -r -a DATABASE <<<"$(postgres_env "$SCHEMA")"
    HISTORY_DATABASE=(postgres "$PG_URL?currentSchema=$SCHEMA" "$PG_USER" "$PG_PASSWORD")
else
    DATABASE=()
    # The gateway's default database (application.yml, datasources.default.url).
    HISTORY_DATABASE=(h2 "jdbc:h2:file:$DATA/switchboard" sa "")
fi
GATEWAY=
cleanup() {
    [ -z "$GATEWAY" ] || { kill "$GATEWAY" 2>/dev/null; wait "$GATEWAY" 2>/dev/null || true; }
    [ "$DATABASE_KIND" = h2 ] || drop_schema "$SCHEMA"
    [ -n "${BENCH_KEEP:-}" ] || rm -rf "$DATA"
}
trap cleanup EXIT

start_gateway() { # name of its log
    # The Dripcel tenant's rate limit is off: the benchmark is the only client.
    launch_gateway "$1" "${DATABASE[@]}" JAVAMAIL_PROPERTIES_MAIL_SMTP_HOST=127.0.0.1 JAVAMAIL_PROPERTIES_MAIL_SMTP_PORT="$SMTP_PORT" \
        SWITCHBOARD_RATE_LIMIT_DRIPCEL_TENANT=off SWITCHBOARD_DISPATCH_CONCURRENCY="$DISPATCH_CONCURRENCY" SWITCHBOARD_EMAIL_SMTP_POOL_SIZE="$DISPATCH_CONCURRENCY"
    wait_for_http "$PORT"
}

stop_gateway() { # name of its log
    memory_report "$GATEWAY" "$DATA/$1-gc.log" "${GATEWAY_JVM[*]}"
    kill "$GATEWAY"
    wait "$GATEWAY" 2>/dev/null || true
    GATEWAY=
}

drain() { # name of the gateway's log, label, then the tenants file to check the history with, if any
    run_bench OutboxBench drain "http://127.0.0.1:$PORT" "$PASSWORD" "$RUNS" "$SMTP_PORT" "$2" "$DATA/results" "${@:3}" \
        || { tail -50 "$DATA/$1.log" >&2; exit 1; }
}

echo "== gateway on $DATABASE_KIND, $(nproc) cores, ${GATEWAY_JVM[*]}; dispatch concurrency $DISPATCH_CONCURRENCY; $RUNS runs"
start_gateway empty
run_bench OutboxBench tenants "http://127.0.0.1:$PORT" "$PASSWORD" "$TENANTS" "$DATA/tenants"
drain empty "empty history"
stop_gateway empty

echo "== writing the history: $HISTORY finished deliveries, the gateway stopped"
[ "$DATABASE_KIND" = postgres ] || [ -f "$DATA/switchboard.mv.db" ] \
    || { echo "no H2 database at $DATA/switchboard.mv.db: has the gateway's default database moved?" >&2; exit 1; }
run_bench OutboxBench fill "${HISTORY_DATABASE[@]}" "$HISTORY" "$DATA/tenants"

start_gateway history
drain history "$(printf "%'d" "$HISTORY") finished deliveries" "$DATA/tenants"
stop_gateway history
echo "the benchmark ran $((SECONDS / 60)) min $((SECONDS % 60)) s on $DATABASE_KIND (writing the history included)"
