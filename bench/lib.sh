# Shared by the benchmark scripts: building the benchmark programs, the database of a gateway under
# test, starting a service and waiting for it. Sourced from the repository's root.

# BENCH_JAR: a copy of the jar, so that a build in this checkout cannot replace it under a running benchmark.
JAR=${BENCH_JAR:-bootstrap/target/switchboard.jar}
BENCH_CLASSES=bench/target/classes
PG_URL=${SWITCHBOARD_TEST_POSTGRES_URL:-jdbc:postgresql://127.0.0.1:5432/test}
PG_USER=${SWITCHBOARD_TEST_POSTGRES_USER:-postgres}
PG_PASSWORD=${SWITCHBOARD_TEST_POSTGRES_PASSWORD:-}

# The JVM options of every gateway (and of run.sh's baseline): a heap of 512 MB and the options the README's
# "Memory" section recommends for a gateway held to that budget, with glibc's malloc arenas limited as it says.
GATEWAY_JVM=(-Xmx512m @deploy/jvm/small-memory.options)
export MALLOC_ARENA_MAX=2

# The gateway's dispatch concurrency (switchboard.dispatch.concurrency) and SMTP connections
# (switchboard.email.smtp.pool-size), set explicitly on every gateway the benchmarks start, and the
# number of connections and threads of the direct-send baselines, so that both sides send as many
# at once over as many connections: the gateway's default, as docs/configuration.md
# states it, unless BENCH_DISPATCH_CONCURRENCY says otherwise.
dispatch_concurrency() {
    local concurrency=${BENCH_DISPATCH_CONCURRENCY:-$(grep -m1 '^| `SWITCHBOARD_DISPATCH_CONCURRENCY`' docs/configuration.md \
        | awk -F'|' '{print $5}' | tr -dc 0-9)}
    [ -n "$concurrency" ] || { echo "no default for SWITCHBOARD_DISPATCH_CONCURRENCY in docs/configuration.md: set BENCH_DISPATCH_CONCURRENCY" >&2; exit 1; }
    echo "$concurrency"
}

require_gateway_jar() {
    [ -f "$JAR" ] || { echo "build the jar first: mvn -q -pl bootstrap -am package -DskipTests" >&2; exit 1; }
}

# Compiles bench/src against the gateway's jar (for Jakarta Mail).
compile_bench() {
    rm -rf "$BENCH_CLASSES" && mkdir -p "$BENCH_CLASSES"
    javac -d "$BENCH_CLASSES" -cp "$JAR" bench/src/*.java
}

# Runs one of bench/src's programs. The JDK's HTTP client at times takes from its pool a connection it
# has meanwhile found closed, and then retries a GET but fails a POST ("HTTP/1.1 header parser received
# no bytes", ConnectionExpiredException): a run of 20,000 SMS to the Twilio stand-in failed so one time
# in two. The property has it retry POSTs too, on a new connection.
run_bench() {
    java -Djdk.httpclient.enableAllMethodRetry=true -cp "$BENCH_CLASSES:$JAR" "$@"
}

# The environment that points a service at a fresh PostgreSQL schema of its own.
postgres_env() { # schema
    echo "DATASOURCES_DEFAULT_URL=$PG_URL?currentSchema=$1" "DATASOURCES_DEFAULT_USERNAME=$PG_USER" \
        "DATASOURCES_DEFAULT_PASSWORD=$PG_PASSWORD" "FLYWAY_DATASOURCES_DEFAULT_SCHEMAS=$1"
}

create_schema() { # schema
    PGPASSWORD="$PG_PASSWORD" psql -q -h 127.0.0.1 -U "$PG_USER" -d "${PG_URL##*/}" -c "CREATE SCHEMA $1"
}

drop_schema() { # schema
    PGPASSWORD="$PG_PASSWORD" psql -q -h 127.0.0.1 -U "$PG_USER" -d "${PG_URL##*/}" -c "DROP SCHEMA IF EXISTS $1 CASCADE" 2>/dev/null
}

# Stops the benchmark if something already listens on the port (another benchmark, say), which
# would otherwise answer in place of the service about to be started there.
require_free_port() { # port
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then
        echo "port $1 is already in use: stop what listens there or choose another port (BENCH_PORT and friends)" >&2
        exit 1
    fi
}

# Waits until something answers HTTP on the port (any status), for up to a minute.
wait_for_http() { # port
    for _ in $(seq 1 120); do
        [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$1/health")" != 000 ] && return 0
        sleep 0.5
    done
    echo "nothing answers on port $1" >&2
    return 1
}

# Starts a gateway in the background: the jar with the benchmarks' JVM options and BENCH_GATEWAY_JAVA_OPTS,
# on PORT, with DATA as its data directory and PASSWORD as the admin's, and the environment given besides
# (NAME=value ...); its output goes to DATA/NAME.log, its GC log to DATA/NAME-gc.log. Sets GATEWAY; the
# caller waits for it to answer (wait_for_http).
launch_gateway() { # name [NAME=value ...]
    local name=$1
    shift
    require_free_port "$PORT"
    env SWITCHBOARD_PORT="$PORT" SWITCHBOARD_DATA_DIR="$DATA" SWITCHBOARD_ADMIN_PASSWORD="$PASSWORD" "$@" \
        java "${GATEWAY_JVM[@]}" -Xlog:gc:file="$DATA/$name-gc.log" ${BENCH_GATEWAY_JAVA_OPTS:-} -jar "$JAR" \
        >"$DATA/$name.log" 2>&1 &
    GATEWAY=$!
}

# A gateway on PORT on a fresh PostgreSQL schema of its own, its dispatcher off, with the environment
# given besides (NAME=value ...); sets DATA, SCHEMA and GATEWAY, and on the script's exit stops the
# gateway, drops the schema and removes DATA.
start_postgres_gateway_without_dispatch() { # [NAME=value ...]
    local database
    DATA=$(mktemp -d)
    SCHEMA="sb_bench_$$"
    read -r -a database <<<"$(postgres_env "$SCHEMA")"
    launch_gateway gateway "${database[@]}" SWITCHBOARD_DISPATCH_ENABLED=false "$@"
    trap stop_postgres_gateway EXIT
    wait_for_http "$PORT" || { cat "$DATA/gateway.log" >&2; exit 1; }
}

stop_postgres_gateway() {
    kill "$GATEWAY" 2>/dev/null || true
    wait "$GATEWAY" 2>/dev/null || true
    drop_schema "$SCHEMA"
    rm -rf "$DATA"
}

# The peak heap in use (the largest heap before a collection, from its GC log) and the peak RSS
# (VmHWM) of a JVM still running, in one line.
memory_report() { # pid gc-log heap-option
    local peak_heap peak_rss
    peak_heap=$(grep -o '[0-9]*M->' "$2" | sed 's/M->//' | sort -n | tail -1)
    peak_rss=$(awk '/VmHWM/ {printf "%d", $2 / 1024}' "/proc/$1/status")
    echo "gateway memory ($3): peak heap in use ${peak_heap:-?} MB (before a collection), peak RSS $peak_rss MB"
}
