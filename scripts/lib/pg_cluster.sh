# A throwaway PostgreSQL 15 cluster for tests and benchmarks: initdb into a
# temp dir (as the postgres user when run as root), 127.0.0.1 on a free port,
# fsync off, with the roles the test cases use (app_read, app_write, app_owner,
# app_other). start_pg_cluster exports PG_CLUSTER_URL; stop_pg_cluster removes it.
PG_BIN=/usr/lib/postgresql/15/bin

start_pg_cluster() {
  PG_CLUSTER_DIR=$(mktemp -d /tmp/shale-pg.XXXXXX)
  PG_CLUSTER_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
  local as=()
  if [ "$(id -u)" -eq 0 ]; then
    chown postgres "$PG_CLUSTER_DIR"
    as=(runuser -u postgres --)
  fi
  "${as[@]}" "$PG_BIN/initdb" -D "$PG_CLUSTER_DIR/data" -A trust -U postgres --no-sync >/dev/null
  "${as[@]}" "$PG_BIN/pg_ctl" -D "$PG_CLUSTER_DIR/data" -l "$PG_CLUSTER_DIR/log" -w \
    -o "-p $PG_CLUSTER_PORT -k $PG_CLUSTER_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=50" \
    start >/dev/null
  export PG_CLUSTER_URL="postgres://postgres@127.0.0.1:$PG_CLUSTER_PORT/postgres"
  # The roles that test cases grant to and name in policies: roles are
  # cluster-wide objects (shale never creates them), so every case database sees them.
  "$PG_BIN/psql" -q -X -v ON_ERROR_STOP=1 "$PG_CLUSTER_URL" \
    -c "CREATE ROLE app_read; CREATE ROLE app_write; CREATE ROLE app_owner; CREATE ROLE app_other" >/dev/null
}

stop_pg_cluster() {
  [ -n "${PG_CLUSTER_DIR:-}" ] || return 0
  local as=()
  [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
  "${as[@]}" "$PG_BIN/pg_ctl" -D "$PG_CLUSTER_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_CLUSTER_DIR"
  PG_CLUSTER_DIR=
}
