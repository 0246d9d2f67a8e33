# Starts a PostgreSQL server for the test suite in a temporary directory, on loopback, and exports
# PROVCTL_TEST_POSTGRES_URL. Installs Debian's postgresql package when it is missing and apt-get works.
# Sourced by .ci/run; returns non-zero (and changes nothing) when no server can be started.

PG_TEST_PORT=${PG_TEST_PORT:-54329}

pg_bin_dir() {
    ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

start_test_postgres() {
    [ -n "${PROVCTL_TEST_POSTGRES_URL:-}" ] && return 0
    if [ -z "$(pg_bin_dir)" ] && command -v apt-get >/dev/null 2>&1; then
        apt-get install -y -q postgresql >/dev/null 2>&1 \
            || { apt-get update -q >/dev/null 2>&1 && apt-get install -y -q postgresql >/dev/null 2>&1; } || true
    fi
    bin=$(pg_bin_dir)
    [ -n "$bin" ] || return 1
    PG_TEST_DIR=$(mktemp -d /tmp/provctl-pg.XXXXXX)
    run_as=""
    if [ "$(id -u)" = "0" ]; then
        id postgres >/dev/null 2>&1 || return 1
        chown postgres "$PG_TEST_DIR"
        run_as="runuser -u postgres --"
    fi
    $run_as "$bin/initdb" -D "$PG_TEST_DIR/data" -A trust -U provctl >/dev/null 2>&1 || return 1
    $run_as "$bin/pg_ctl" -D "$PG_TEST_DIR/data" -l "$PG_TEST_DIR/log" -w \
        -o "-p $PG_TEST_PORT -k $PG_TEST_DIR -c listen_addresses=127.0.0.1" start >/dev/null 2>&1 || return 1
    PG_TEST_CTL="$run_as $bin/pg_ctl -D $PG_TEST_DIR/data"
    export PROVCTL_TEST_POSTGRES_URL="postgresql://provctl@127.0.0.1:$PG_TEST_PORT/postgres"
    echo "PostgreSQL for the tests: $PROVCTL_TEST_POSTGRES_URL" >&2
}

stop_test_postgres() {
    [ -n "${PG_TEST_CTL:-}" ] && $PG_TEST_CTL -m fast stop >/dev/null 2>&1 || true
}
