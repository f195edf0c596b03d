#!/usr/bin/env bash
# Installs (when missing) and starts the services the full test suite uses: PostgreSQL and Redis on
# loopback. Prints the variables the tests read; used by .ci/run, and handy on a laptop:
#   eval "$(scripts/services.sh)"
set -euo pipefail
PG_PORT=${COACH_TEST_PG_PORT:-55432}
REDIS_PORT=${COACH_TEST_REDIS_PORT:-56379}
DATA=${COACH_TEST_SERVICES_DIR:-/tmp/coach-test-services}

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || ! command -v redis-server >/dev/null; then
  echo "installing postgresql and redis-server..." >&2
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql redis-server >&2
fi
PG_BIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")
mkdir -p "$DATA"
chown postgres "$DATA" 2>/dev/null || true

if ! pg_isready -h 127.0.0.1 -p "$PG_PORT" -q 2>/dev/null; then
  rm -rf "$DATA/pg"
  su postgres -c "$PG_BIN/initdb -D $DATA/pg -A trust -U postgres" >&2
  su postgres -c "$PG_BIN/pg_ctl -D $DATA/pg -o '-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1' -l $DATA/pg.log -w start" >&2
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE coach_test" >&2
fi
if ! redis-cli -p "$REDIS_PORT" ping >/dev/null 2>&1; then
  redis-server --port "$REDIS_PORT" --bind 127.0.0.1 --save '' --appendonly no --daemonize yes \
    --logfile "$DATA/redis.log" >&2
fi
echo "export COACH_TEST_PG_URL=postgresql://postgres@127.0.0.1:$PG_PORT/coach_test"
echo "export COACH_TEST_REDIS_URL=redis://127.0.0.1:$REDIS_PORT/0"
