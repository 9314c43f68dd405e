#!/usr/bin/env bash
# `scripts/with-postgres.sh <command...>`: runs the command against a throwaway PostgreSQL 15
# cluster and removes the cluster afterwards, whatever the command does. The cluster lives in a
# mktemp folder, runs as the `postgres` user (initdb refuses root) on a free loopback port, with
# trust authentication on 127.0.0.1 only; the command gets DATABASE_URL. Without PostgreSQL's
# binaries it fails with a message: the PostgreSQL stage is never skipped silently.
set -euo pipefail

PG_BIN="${PG_BIN:-/usr/lib/postgresql/15/bin}"
if [[ ! -x "$PG_BIN/initdb" || ! -x "$PG_BIN/pg_ctl" ]]; then
  echo "with-postgres: PostgreSQL binaries not found in $PG_BIN (install Debian's postgresql-15, or set PG_BIN)." >&2
  echo "with-postgres: the PostgreSQL tests cannot run on this machine; failing rather than skipping." >&2
  exit 1
fi
if [[ $# -eq 0 ]]; then
  echo "usage: scripts/with-postgres.sh <command> [args...]" >&2
  exit 2
fi

# As root, the cluster runs as `postgres`; as anyone else, as that user.
as_owner() {
  if [[ $(id -u) -eq 0 ]]; then
    su postgres -s /bin/sh -c "$1"
  else
    sh -c "$1"
  fi
}

DIR=$(mktemp -d /tmp/upcart-pg.XXXXXX)
chmod 755 "$DIR"
if [[ $(id -u) -eq 0 ]]; then chown postgres "$DIR"; fi

cleanup() {
  as_owner "'$PG_BIN/pg_ctl' -D '$DIR/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$DIR"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

PORT=$(node -e "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")

if ! as_owner "'$PG_BIN/initdb' -D '$DIR/data' -A trust -U postgres --no-sync" >"$DIR/initdb.log" 2>&1; then
  echo "with-postgres: initdb failed:" >&2
  cat "$DIR/initdb.log" >&2
  exit 1
fi
if ! as_owner "'$PG_BIN/pg_ctl' -D '$DIR/data' -o \"-p $PORT -k '$DIR' -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200\" -l '$DIR/log' -w start" >/dev/null; then
  echo "with-postgres: the server did not start:" >&2
  cat "$DIR/log" >&2
  exit 1
fi

export DATABASE_URL="postgres://postgres@127.0.0.1:$PORT/postgres"
echo "with-postgres: PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$PORT (in $DIR)"
set +e
"$@"
status=$?
set -e
exit $status
