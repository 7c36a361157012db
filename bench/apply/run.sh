#!/usr/bin/env bash
# Benchmark `shale apply` against `knex migrate:latest` applying the same N
# small migrations to a fresh database.
#
#   bash bench/apply/run.sh [N]        (default: 1000)
#
# See bench/apply/README.md for what is measured and the environment knobs.
set -euo pipefail

APPLY_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$APPLY_DIR/../.." && pwd)
SHALE=${SHALE:-$ROOT/build/shale}
PGBIN=/usr/lib/postgresql/15/bin
KNEX_VERSION=${KNEX_VERSION:-3.3.0}
PG_NPM_VERSION=${PG_NPM_VERSION:-8.23.1}
NPM_DIR=$APPLY_DIR/.node_modules            # git-ignored npm prefix (bench/.gitignore)
KNEX=$NPM_DIR/node_modules/.bin/knex
REPEAT=${BENCH_REPEAT:-1}                   # runs per tool; median time, max RSS reported
TMO=${BENCH_TIMEOUT:-1800}                  # seconds per measured command
KEEP=${BENCH_KEEP:-0}                       # 1: keep the temp dir

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- arguments
[ $# -le 1 ] || die "usage: bash bench/apply/run.sh [N]"
N=${1:-1000}
[[ $N =~ ^[1-9][0-9]*$ ]] || die "N must be a positive integer, got '$N'"
[ "$N" -le 99999 ] || die "N must be at most 99999 (table names are t_NNNNN)"
[[ $REPEAT =~ ^[1-9][0-9]*$ ]] || die "BENCH_REPEAT must be a positive integer"

if [ ! -x "$SHALE" ]; then
    echo "shale binary not found at $SHALE" >&2
    echo "build it first:  cmake -S . -B build && cmake --build build" >&2
    exit 2
fi

# ---------------------------------------------------------------- prerequisites
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_pkgs=()
[ -x "$PGBIN/initdb" ] || apt_pkgs+=(postgresql-15)
/usr/bin/time -v true >/dev/null 2>&1 || apt_pkgs+=(time)
command -v python3 >/dev/null || apt_pkgs+=(python3)
command -v timeout >/dev/null || apt_pkgs+=(coreutils)
command -v node >/dev/null || apt_pkgs+=(nodejs)
command -v npm >/dev/null || apt_pkgs+=(npm)
if [ ${#apt_pkgs[@]} -gt 0 ]; then
    log "installing Debian packages: ${apt_pkgs[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${apt_pkgs[@]}" >&2
fi
[ -x "$PGBIN/initdb" ] || die "PostgreSQL 15 not found at $PGBIN after install"

npm_version() { node -p "require('$NPM_DIR/node_modules/$1/package.json').version" 2>/dev/null || true; }
if [ ! -x "$KNEX" ] || [ "$(npm_version knex)" != "$KNEX_VERSION" ] || [ "$(npm_version pg)" != "$PG_NPM_VERSION" ]; then
    log "installing knex@$KNEX_VERSION and pg@$PG_NPM_VERSION into $NPM_DIR"
    mkdir -p "$NPM_DIR"
    [ -f "$NPM_DIR/package.json" ] || echo '{"name":"shale-bench-apply-tools","private":true}' >"$NPM_DIR/package.json"
    npm install --prefix "$NPM_DIR" --no-audit --no-fund --loglevel=error \
        "knex@$KNEX_VERSION" "pg@$PG_NPM_VERSION" >&2
fi
[ -x "$KNEX" ] || die "knex CLI not found at $KNEX after npm install"

# ---------------------------------------------------------------- throwaway cluster
WORK=$(mktemp -d -t shale-bench-apply.XXXXXX)
# shellcheck source=../../scripts/lib/pg_cluster.sh
. "$ROOT/scripts/lib/pg_cluster.sh"
cleanup() {
    local rc=$?
    trap - EXIT
    stop_pg_cluster
    if [ "$KEEP" = 1 ]; then log "kept work dir $WORK"; else rm -rf "$WORK"; fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

log "starting a throwaway PostgreSQL 15 cluster"
start_pg_cluster
URL_BASE=${PG_CLUSTER_URL%/*}
PSQL=(env PGOPTIONS='-c client_min_messages=warning' "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_CLUSTER_PORT" -U postgres)
PG_VERSION=$("${PSQL[@]}" -d postgres -Atc 'show server_version')

# ---------------------------------------------------------------- projects
SHALE_PROJ=$WORK/shale
KNEX_PROJ=$WORK/knex
mkdir -p "$SHALE_PROJ" "$KNEX_PROJ"
(cd "$SHALE_PROJ" && "$SHALE" init >/dev/null)
log "generating $N migrations"
python3 "$APPLY_DIR/gen_migrations.py" --count "$N" \
    --shale-dir "$SHALE_PROJ/migrations" --knex-dir "$KNEX_PROJ/migrations"
(cd "$SHALE_PROJ" && "$SHALE" hash >/dev/null)

ln -s "$NPM_DIR/node_modules" "$KNEX_PROJ/node_modules"
cat >"$KNEX_PROJ/knexfile.js" <<'EOF'
// knex's defaults otherwise: pool min 2 / max 10, one transaction per migration.
module.exports = {
  client: 'pg',
  connection: process.env.KNEX_URL,
  migrations: {
    directory: './migrations',
    tableName: 'knex_migrations',
    loadExtensions: ['.js'],
  },
};
EOF

# ---------------------------------------------------------------- helpers
# measure OUT CMD...: run CMD under /usr/bin/time -v (cwd is the caller's).
# Sets M_SECS (wall seconds), M_KB (peak RSS, KiB), M_RC.
measure() {
    local out=$1; shift
    local t0 t1
    M_RC=0
    t0=$(date +%s%N)
    /usr/bin/time -v -o "$out.time" timeout --kill-after=10 "$TMO" "$@" >"$out.out" 2>"$out.err" || M_RC=$?
    t1=$(date +%s%N)
    M_SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f", (b-a)/1e9}')
    M_KB=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out.time")
    M_KB=${M_KB:-0}
}

recreate_db() {
    "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1 TEMPLATE template0"
}

# schema_dump DB OUT: schema-only dump without the history tables, comments and \restrict lines.
schema_dump() {
    "$PGBIN/pg_dump" -h 127.0.0.1 -p "$PG_CLUSTER_PORT" -U postgres -d "$1" --schema-only --no-owner --no-privileges \
        --exclude-table='shale_migrations*' --exclude-table='knex_migrations*' |
        grep -v -E '^(--|\\restrict |\\unrestrict |$)' >"$2"
}

median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}'; }
max() { printf '%s\n' "$@" | sort -n | tail -1; }

# ---------------------------------------------------------------- run
shale_secs=(); shale_kb=(); knex_secs=(); knex_kb=()
CHECK=ok
note_fail() { log "check failed: $*"; if [ "$CHECK" = ok ]; then CHECK="FAIL: $*"; else CHECK="$CHECK; $*"; fi; }

for ((r = 1; r <= REPEAT; r++)); do
    recreate_db shale_apply
    recreate_db knex_apply

    log "run $r/$REPEAT: shale apply ($N migrations)"
    (cd "$SHALE_PROJ" && measure "$WORK/shale-$r" "$SHALE" apply --url "$URL_BASE/shale_apply"
     echo "$M_SECS $M_KB $M_RC" >"$WORK/shale-$r.m")
    read -r secs kb rc <"$WORK/shale-$r.m"
    shale_secs+=("$secs"); shale_kb+=("$kb")
    if [ "$rc" != 0 ]; then
        note_fail "shale apply rc=$rc"; tail -20 "$WORK/shale-$r.err" | sed 's/^/    /' >&2
    fi
    log "run $r/$REPEAT: shale apply took ${secs}s, peak $((kb / 1024)) MB: $(tail -1 "$WORK/shale-$r.out")"

    log "run $r/$REPEAT: knex migrate:latest ($N migrations)"
    (cd "$KNEX_PROJ" && KNEX_URL="$URL_BASE/knex_apply" measure "$WORK/knex-$r" "$KNEX" migrate:latest --knexfile "$KNEX_PROJ/knexfile.js"
     echo "$M_SECS $M_KB $M_RC" >"$WORK/knex-$r.m")
    read -r secs kb rc <"$WORK/knex-$r.m"
    knex_secs+=("$secs"); knex_kb+=("$kb")
    if [ "$rc" != 0 ]; then
        note_fail "knex migrate:latest rc=$rc"; tail -20 "$WORK/knex-$r.err" | sed 's/^/    /' >&2
    fi
    log "run $r/$REPEAT: knex migrate:latest took ${secs}s, peak $((kb / 1024)) MB: $(grep -v '^$' "$WORK/knex-$r.out" | tail -1)"

    # checks: every migration recorded, and the two schemas are the same
    ns=$("${PSQL[@]}" -d shale_apply -Atc 'SELECT count(*) FROM shale_migrations' 2>/dev/null || echo 0)
    nk=$("${PSQL[@]}" -d knex_apply -Atc 'SELECT count(*) FROM knex_migrations' 2>/dev/null || echo 0)
    [ "$ns" = "$N" ] || note_fail "run $r: shale_migrations has $ns rows, expected $N"
    [ "$nk" = "$N" ] || note_fail "run $r: knex_migrations has $nk rows, expected $N"
    schema_dump shale_apply "$WORK/shale-$r.schema"
    schema_dump knex_apply "$WORK/knex-$r.schema"
    if ! diff -u "$WORK/shale-$r.schema" "$WORK/knex-$r.schema" >"$WORK/schema-$r.diff"; then
        note_fail "run $r: schemas differ ($(grep -c '^[-+][^-+]' "$WORK/schema-$r.diff") lines)"
        head -40 "$WORK/schema-$r.diff" | sed 's/^/    /' >&2
    fi
    log "run $r/$REPEAT: history rows shale=$ns knex=$nk; schema dumps $(wc -l <"$WORK/shale-$r.schema") lines, $(cmp -s "$WORK/shale-$r.schema" "$WORK/knex-$r.schema" && echo equal || echo DIFFERENT)"
done

OBJECTS=$("${PSQL[@]}" -d shale_apply -Atc "
    SELECT format('%s tables, %s indexes, %s views, %s enum types, %s foreign keys, %s check constraints',
      (SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'r' AND relname <> 'shale_migrations'),
      (SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'i' AND relname NOT LIKE 'shale_migrations%'),
      (SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind = 'v'),
      (SELECT count(*) FROM pg_type WHERE typnamespace = 'public'::regnamespace AND typtype = 'e'),
      (SELECT count(*) FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype = 'f'),
      (SELECT count(*) FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND contype = 'c'))")

S_SECS=$(median "${shale_secs[@]}"); K_SECS=$(median "${knex_secs[@]}")
S_MB=$(awk -v k="$(max "${shale_kb[@]}")" 'BEGIN{printf "%.1f", k/1024}')
K_MB=$(awk -v k="$(max "${knex_kb[@]}")" 'BEGIN{printf "%.1f", k/1024}')
RATIO=$(awk -v k="$K_SECS" -v s="$S_SECS" 'BEGIN{ if (s > 0) printf "%.1fx", k/s; else print "-" }')

# ---------------------------------------------------------------- report
shale_rev=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
mem_gb=$(awk '/MemTotal/ {printf "%.0f", $2/1048576}' /proc/meminfo)
REPORT=$(
    echo "## shale apply vs knex migrate:latest ($(date -u +%Y-%m-%dT%H:%MZ))"
    echo
    echo "shale $shale_rev; knex $KNEX_VERSION + pg $PG_NPM_VERSION (node $(node --version)); PostgreSQL $PG_VERSION" \
        "(fsync off); $(nproc) cores, ${mem_gb} GiB RAM; runs per tool: $REPEAT (median time, max RSS)."
    echo "Each tool applies the same $N migrations to an empty database, one transaction per migration;" \
        "the result has $OBJECTS."
    echo
    echo "| migrations | shale s | shale peak MB | knex s | knex peak MB | knex / shale | check |"
    echo "|---:|---:|---:|---:|---:|---:|---|"
    echo "| $N | $S_SECS | $S_MB | $K_SECS | $K_MB | $RATIO | $CHECK |"
)
echo "$REPORT"
mkdir -p "$APPLY_DIR/results"
out="$APPLY_DIR/results/apply-$N-$(date -u +%Y%m%d-%H%M%S).md"
echo "$REPORT" >"$out"
log "report saved to $out"
[ "$CHECK" = ok ] || exit 1
