#!/usr/bin/env bash
# Benchmark shale against migra on synthetic schemas.
#
#   bash bench/run.sh [TABLES...]        (default: 1000 5000)
#
# See bench/README.md for what is measured and the environment knobs.
set -euo pipefail

BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
SHALE=${SHALE:-$ROOT/build/shale}
PGBIN=/usr/lib/postgresql/15/bin
MIGRA_VERSION=${MIGRA_VERSION:-0.6.1}
MIGRA_DIR=$BENCH_DIR/.node_modules          # git-ignored npm prefix
MIGRA=$MIGRA_DIR/node_modules/.bin/migra
REPEAT=${BENCH_REPEAT:-1}                   # runs per measurement; median time, max RSS reported
TMO=${BENCH_TIMEOUT:-1800}                  # seconds per measured command
SKIP_SHALE=${BENCH_SKIP_SHALE:-0}           # 1: run only migra (to test the harness itself)
SKIP_MIGRA=${BENCH_SKIP_MIGRA:-0}           # 1: run only shale
VERIFY=${BENCH_VERIFY:-1}                   # 1: apply each plan to a copy of a and diff it against b with migra
KEEP=${BENCH_KEEP:-0}                       # 1: keep the temp dir (schemas, plans, logs)
SEED=${BENCH_SEED:-42}

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# ---------------------------------------------------------------- arguments
SIZES=("$@")
[ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 5000)
for n in "${SIZES[@]}"; do
    [[ $n =~ ^[1-9][0-9]*$ ]] || die "table count must be a positive integer, got '$n'"
done
[[ $REPEAT =~ ^[1-9][0-9]*$ ]] || die "BENCH_REPEAT must be a positive integer"
MAX_SIZE=$(printf '%s\n' "${SIZES[@]}" | sort -n | tail -1)
COUNT_SIZES=(10 "$MAX_SIZE")                # sizes whose introspection queries are counted
mapfile -t ALL_SIZES < <(printf '%s\n' "${SIZES[@]}" 10 | sort -n -u)
in_list() { local x=$1; shift; local y; for y in "$@"; do [ "$x" = "$y" ] && return 0; done; return 1; }

# ---------------------------------------------------------------- shale binary
if [ "$SKIP_SHALE" != 1 ] && [ ! -x "$SHALE" ]; then
    echo "shale binary not found at $SHALE" >&2
    echo "build it first:  cmake -S . -B build && cmake --build build" >&2
    echo "(or set BENCH_SKIP_SHALE=1 to benchmark only migra)" >&2
    exit 2
fi

# ---------------------------------------------------------------- prerequisites
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_pkgs=()
[ -x "$PGBIN/initdb" ] || apt_pkgs+=(postgresql-15)
/usr/bin/time -v true >/dev/null 2>&1 || apt_pkgs+=(time)
command -v python3 >/dev/null || apt_pkgs+=(python3)
command -v timeout >/dev/null || apt_pkgs+=(coreutils)
if [ "$SKIP_MIGRA" != 1 ]; then
    command -v node >/dev/null || apt_pkgs+=(nodejs)
    command -v npm >/dev/null || apt_pkgs+=(npm)
fi
if [ ${#apt_pkgs[@]} -gt 0 ]; then
    log "installing Debian packages: ${apt_pkgs[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${apt_pkgs[@]}" >&2
fi
[ -x "$PGBIN/initdb" ] || die "PostgreSQL 15 not found at $PGBIN after install"

if [ "$SKIP_MIGRA" != 1 ]; then
    have=$(node -p "require('$MIGRA_DIR/node_modules/@pgkit/migra/package.json').version" 2>/dev/null || true)
    if [ ! -x "$MIGRA" ] || [ "$have" != "$MIGRA_VERSION" ]; then
        log "installing @pgkit/migra@$MIGRA_VERSION into $MIGRA_DIR"
        mkdir -p "$MIGRA_DIR"
        [ -f "$MIGRA_DIR/package.json" ] || echo '{"name":"shale-bench-tools","private":true}' >"$MIGRA_DIR/package.json"
        npm install --prefix "$MIGRA_DIR" --no-audit --no-fund --loglevel=error \
            "@pgkit/migra@$MIGRA_VERSION" >&2
    fi
    [ -x "$MIGRA" ] || die "migra CLI not found at $MIGRA after npm install"
fi

# ---------------------------------------------------------------- throwaway cluster
WORK=$(mktemp -d -t shale-bench.XXXXXX)
chmod 755 "$WORK"
PGDATA_DIR=$WORK/pg/data
PGLOG=$WORK/pg/server.log
PG_STARTED=0
IS_ROOT=0; [ "$(id -u)" -eq 0 ] && IS_ROOT=1
as_pg() { if [ $IS_ROOT = 1 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

cleanup() {
    local rc=$?
    trap - EXIT
    if [ $PG_STARTED = 1 ]; then
        log "stopping PostgreSQL cluster"
        as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m fast -w -t 30 stop >/dev/null 2>&1 ||
            as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -m immediate -w stop >/dev/null 2>&1 || true
    fi
    if [ "$KEEP" = 1 ]; then
        log "kept work dir $WORK"
    else
        rm -rf "$WORK"
    fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

if [ -n "${BENCH_PORT:-}" ]; then
    PORT=$BENCH_PORT
else
    PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
fi
python3 - "$PORT" <<'EOF' || die "port $PORT on 127.0.0.1 is already in use"
import socket, sys
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", int(sys.argv[1])))
EOF

mkdir -p "$WORK/pg"
[ $IS_ROOT = 1 ] && chown postgres: "$WORK/pg"
log "initdb in $PGDATA_DIR (port $PORT)"
as_pg "$PGBIN/initdb" -D "$PGDATA_DIR" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$WORK/initdb.log" 2>&1 ||
    { cat "$WORK/initdb.log" >&2; die "initdb failed"; }
cat >>"$PGDATA_DIR/postgresql.conf" <<EOF

# --- shale bench ---
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$WORK/pg'
fsync = off
synchronous_commit = off
full_page_writes = off
max_locks_per_transaction = 1024
shared_buffers = 256MB
log_line_prefix = '%m [%p] %q%u@%d app=%a '
log_statement = 'none'
EOF
as_pg "$PGBIN/pg_ctl" -D "$PGDATA_DIR" -l "$PGLOG" -w -t 60 start >/dev/null ||
    { cat "$PGLOG" >&2; die "could not start PostgreSQL"; }
PG_STARTED=1

PSQL=(env PGOPTIONS='-c client_min_messages=warning' "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PORT" -U postgres)
URL_BASE="postgres://postgres@127.0.0.1:$PORT"
PG_VERSION=$("${PSQL[@]}" -d postgres -Atc 'show server_version')

# ---------------------------------------------------------------- helpers
# load_size N: generate A.sql/B.sql for N tables and (re)create databases a and b from them.
load_size() {
    local n=$1 d=$WORK/s$1
    mkdir -p "$d"
    python3 "$BENCH_DIR/gen_schema.py" --tables "$n" --variant a --seed "$SEED" --out "$d/A.sql"
    python3 "$BENCH_DIR/gen_schema.py" --tables "$n" --variant b --seed "$SEED" --out "$d/B.sql"
    "${PSQL[@]}" -d postgres \
        -c 'DROP DATABASE IF EXISTS a WITH (FORCE)' -c 'DROP DATABASE IF EXISTS b WITH (FORCE)' \
        -c 'CREATE DATABASE a TEMPLATE template0' -c 'CREATE DATABASE b TEMPLATE template0'
    # Autocommit per statement is much faster than -1 for thousands of tables; load a and b in parallel.
    local t0 t1 pa pb
    t0=$(date +%s%N)
    "${PSQL[@]}" -d a -f "$d/A.sql" & pa=$!
    "${PSQL[@]}" -d b -f "$d/B.sql" & pb=$!
    wait $pa || die "loading $d/A.sql into database a failed"
    wait $pb || die "loading $d/B.sql into database b failed"
    t1=$(date +%s%N)
    "${PSQL[@]}" -d a -c 'ANALYZE'
    "${PSQL[@]}" -d b -c 'ANALYZE'
    local ta tb
    ta=$("${PSQL[@]}" -d a -Atc "select count(*) from pg_class where relnamespace='public'::regnamespace and relkind='r'")
    tb=$("${PSQL[@]}" -d b -Atc "select count(*) from pg_class where relnamespace='public'::regnamespace and relkind='r'")
    log "size $n: loaded a ($ta tables) and b ($tb tables) in $(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.1f", (b-a)/1e9}')s"
}

# measure OUTPREFIX OKCODES CMD...: run CMD $REPEAT times under /usr/bin/time -v.
# Sets M_SECS (median wall seconds), M_MB (max peak RSS, MiB), M_STATUS (ok|FAIL rc=..|TIMEOUT|EMPTY).
measure() {
    local out=$1 ok=$2; shift 2
    local i rc t0 t1 kb secs=() maxkb=0
    M_STATUS=ok
    for ((i = 1; i <= REPEAT; i++)); do
        rc=0
        t0=$(date +%s%N)
        /usr/bin/time -v -o "$out.time" timeout --kill-after=10 "$TMO" "$@" >"$out.sql" 2>"$out.err" || rc=$?
        t1=$(date +%s%N)
        secs+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN{printf "%.3f", (b-a)/1e9}')")
        kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out.time")
        [ -n "$kb" ] && [ "$kb" -gt "$maxkb" ] && maxkb=$kb
        if [ $rc = 124 ] || [ $rc = 137 ]; then M_STATUS=TIMEOUT; break; fi
        # shellcheck disable=SC2086  # $ok is a space-separated list of exit codes
        if ! in_list "$rc" $ok; then
            M_STATUS="FAIL rc=$rc"
            log "command failed (rc=$rc): $*"
            sed 's/^/    /' "$out.err" | tail -20 >&2
            break
        fi
        if [ ! -s "$out.sql" ]; then M_STATUS=EMPTY; fi
    done
    M_SECS=$(printf '%s\n' "${secs[@]}" | sort -n | awk '{a[NR]=$1} END{print a[int((NR+1)/2)]}')
    M_MB=$(awk -v k="$maxkb" 'BEGIN{printf "%.1f", k/1024}')
}

# fmt: "1.234 s / 56.7 MB" or the failure status
fmt() { if [ "$M_STATUS" = ok ]; then printf '%s | %s' "$M_SECS" "$M_MB"; else printf '%s | %s' "$M_STATUS" "$M_MB"; fi; }

# plan_stmts FILE: rough statement count (lines ending in ';')
plan_stmts() { if [ -f "$1" ]; then grep -c ';[[:space:]]*$' "$1" || true; else echo -; fi; }

# migra (pg-promise) prints a harmless "WARNING: Creating a duplicate database object" block
# on stdout before the plan; drop it so the plan can be applied.
strip_noise() { sed '/^WARNING: Creating a duplicate database object/,/^$/d' "$1"; }

# verify_plan PLAN: apply PLAN to a fresh copy of a (database c), then let migra diff c
# against b. Prints "ok", "apply failed" or "N left" (statements migra still wants).
verify_plan() {
    local plan=$1 left
    if [ "$VERIFY" != 1 ] || [ "$SKIP_MIGRA" = 1 ] || [ ! -s "$plan" ]; then echo "-"; return; fi
    "${PSQL[@]}" -d postgres -c 'DROP DATABASE IF EXISTS c WITH (FORCE)' -c 'CREATE DATABASE c TEMPLATE a'
    if ! strip_noise "$plan" | "${PSQL[@]}" -d c -f - >"$plan.apply.log" 2>&1; then
        log "applying $plan failed:"; tail -5 "$plan.apply.log" | sed 's/^/    /' >&2
        echo "apply failed"; return
    fi
    "$MIGRA" run "$URL_BASE/c" "$URL_BASE/b" --unsafe >"$plan.residual" 2>/dev/null || true
    left=$(strip_noise "$plan.residual" | grep -c ';[[:space:]]*$' || true)
    "${PSQL[@]}" -d postgres -c 'DROP DATABASE c WITH (FORCE)'
    if [ "$left" = 0 ]; then echo ok; else echo "$left left"; fi
}

set_log_statement() {
    "${PSQL[@]}" -d postgres -c "ALTER SYSTEM SET log_statement = '$1'" -c 'SELECT pg_reload_conf()' >/dev/null
    local i
    for ((i = 0; i < 50; i++)); do
        [ "$("${PSQL[@]}" -d postgres -Atc 'show log_statement')" = "$1" ] && return 0
        sleep 0.1
    done
    die "log_statement did not switch to $1"
}

# count_queries LABEL CMD...: run CMD once with log_statement=all and count the statements
# it sent. Nothing else talks to the cluster meanwhile, so every statement logged in that
# window came from CMD. Sets Q_TOTAL, Q_A, Q_B, Q_CONNS.
count_queries() {
    local label=$1; shift
    set_log_statement all
    local off
    off=$(stat -c %s "$PGLOG")
    timeout --kill-after=10 "$TMO" "$@" >/dev/null 2>&1 || true
    sleep 0.3
    tail -c +"$((off + 1))" "$PGLOG" | grep -E 'LOG:  (statement|execute [^:]*):' >"$WORK/queries-$label.log" || true
    set_log_statement none
    Q_TOTAL=$(wc -l <"$WORK/queries-$label.log")
    Q_A=$(grep -c ' postgres@a app=' "$WORK/queries-$label.log" || true)
    Q_B=$(grep -c ' postgres@b app=' "$WORK/queries-$label.log" || true)
    Q_CONNS=$(sed -n 's/^[^[]*\[\([0-9]*\)\].*/\1/p' "$WORK/queries-$label.log" | sort -u | wc -l)
}

# ---------------------------------------------------------------- run
RESULT_ROWS=()
PLAN_ROWS=()
QUERY_ROWS=()
FAILED=0

for n in "${ALL_SIZES[@]}"; do
    log "size $n: generating and loading schemas"
    load_size "$n"
    d=$WORK/s$n
    if in_list "$n" "${SIZES[@]}"; then
        so="skipped | -"; sl="skipped | -"; mg="skipped | -"; ratio=-
        sl_secs=""; mg_secs=""
        if [ "$SKIP_SHALE" != 1 ]; then
            log "size $n: shale offline plan"
            measure "$d/shale_offline" "0 2" "$SHALE" plan --from "$d/A.sql" --to "$d/B.sql" --format sql
            so=$(fmt); [ "$M_STATUS" = ok ] || FAILED=1
            log "size $n: shale live plan"
            measure "$d/shale_live" "0 2" "$SHALE" plan --from "$URL_BASE/a" --to "$URL_BASE/b" --format sql
            sl=$(fmt); [ "$M_STATUS" = ok ] && sl_secs=$M_SECS || FAILED=1
        fi
        if [ "$SKIP_MIGRA" != 1 ]; then
            log "size $n: migra"
            measure "$d/migra" "0 2" "$MIGRA" run "$URL_BASE/a" "$URL_BASE/b" --unsafe
            mg=$(fmt); [ "$M_STATUS" = ok ] && mg_secs=$M_SECS || FAILED=1
        fi
        if [ -n "$sl_secs" ] && [ -n "$mg_secs" ]; then
            ratio=$(awk -v m="$mg_secs" -v s="$sl_secs" 'BEGIN{ if (s > 0) printf "%.1fx", m/s; else print "-" }')
        fi
        RESULT_ROWS+=("| $n | $so | $sl | $mg | $ratio |")
        log "size $n: offline $so MB | live $sl MB | migra $mg MB | migra/live $ratio"
        v_so=-; v_sl=-; v_mg=-
        if [ "$VERIFY" = 1 ] && [ "$SKIP_MIGRA" != 1 ]; then
            log "size $n: verifying plans (apply to a copy of a, diff against b)"
            [[ $so == skipped* || $so == FAIL* ]] || v_so=$(verify_plan "$d/shale_offline.sql")
            if [[ $sl != skipped* && $sl != FAIL* ]]; then
                if cmp -s "$d/shale_offline.sql" "$d/shale_live.sql"; then v_sl="$v_so (same as offline)"
                else v_sl=$(verify_plan "$d/shale_live.sql"); fi
            fi
            [[ $mg == skipped* || $mg == FAIL* ]] || v_mg=$(verify_plan "$d/migra.sql")
            if ! { [[ $v_so == - || $v_so == ok* ]] && [[ $v_sl == - || $v_sl == ok* ]]; }; then
                log "size $n: shale plan check failed (offline: $v_so, live: $v_sl)"
                FAILED=1
            fi
        fi
        PLAN_ROWS+=("| $n | $(plan_stmts "$d/shale_offline.sql") | $v_so | $(plan_stmts "$d/shale_live.sql") | $v_sl | $(plan_stmts "$d/migra.sql") | $v_mg |")
        log "size $n: plan checks: offline $v_so, live $v_sl, migra $v_mg"
    fi
    if in_list "$n" "${COUNT_SIZES[@]}"; then
        qs="skipped | - | - | -"; qm="skipped | - | - | -"
        if [ "$SKIP_SHALE" != 1 ]; then
            log "size $n: counting shale's introspection statements"
            count_queries "shale-$n" "$SHALE" plan --from "$URL_BASE/a" --to "$URL_BASE/b" --format sql
            qs="$Q_TOTAL | $Q_A | $Q_B | $Q_CONNS"
        fi
        if [ "$SKIP_MIGRA" != 1 ]; then
            log "size $n: counting migra's introspection statements"
            count_queries "migra-$n" "$MIGRA" run "$URL_BASE/a" "$URL_BASE/b" --unsafe
            qm="$Q_TOTAL | $Q_A | $Q_B | $Q_CONNS"
        fi
        QUERY_ROWS+=("| $n | $qs | $qm |")
        log "size $n: statements (total | a | b | connections): shale $qs; migra $qm"
    fi
    if [ "$KEEP" != 1 ]; then rm -rf "$d"; fi
done

# ---------------------------------------------------------------- report
shale_rev=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
mem_gb=$(awk '/MemTotal/ {printf "%.0f", $2/1048576}' /proc/meminfo)
REPORT=$(
    echo "## shale benchmark ($(date -u +%Y-%m-%dT%H:%MZ))"
    echo
    echo "shale $shale_rev; migra @pgkit/migra $MIGRA_VERSION (node $(node --version 2>/dev/null || echo -)); PostgreSQL $PG_VERSION;" \
        "$(nproc) cores, ${mem_gb} GiB RAM; runs per cell: $REPEAT (median time, max RSS)"
    echo
    echo "| tables | shale offline s | shale offline peak MB | shale live s | shale live peak MB | migra s | migra peak MB | migra / shale live |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${RESULT_ROWS[@]}"
    echo
    echo "Plans: size (lines ending in ';') and check (plan applied to a copy of a, then migra diffs it against b; ok = nothing left):"
    echo
    echo "| tables | shale offline stmts | check | shale live stmts | check | migra stmts | check |"
    echo "|---:|---:|---|---:|---|---:|---|"
    printf '%s\n' "${PLAN_ROWS[@]}"
    echo
    echo "Introspection statements sent (log_statement=all; simple-protocol statements + extended-protocol executes):"
    echo
    echo "| tables | shale total | shale on a | shale on b | shale connections | migra total | migra on a | migra on b | migra connections |"
    echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${QUERY_ROWS[@]}"
)
echo "$REPORT"
mkdir -p "$BENCH_DIR/results"
out="$BENCH_DIR/results/bench-$(date -u +%Y%m%d-%H%M%S).md"
echo "$REPORT" >"$out"
log "report saved to $out"
[ $FAILED = 0 ] || { log "some measurements failed (see above)"; exit 1; }
