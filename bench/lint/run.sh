#!/usr/bin/env bash
# Lint throughput: shale lint vs libpg_query alone vs squawk, on N generated migrations.
#
#   bash bench/lint/run.sh [N]        (default N=10000)
#
# See bench/lint/README.md for what is measured and the environment knobs.
set -euo pipefail

LINT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$LINT_DIR/../.." && pwd)
SHALE=${SHALE:-$ROOT/build/shale}
SQUAWK_VERSION=${SQUAWK_VERSION:-2.66.0}
NPM_DIR=$LINT_DIR/.node_modules              # git-ignored npm prefix (bench/.gitignore)
SQUAWK=$NPM_DIR/node_modules/.bin/squawk
CHUNK=${BENCH_CHUNK:-2000}                   # files per process
REPEAT=${BENCH_REPEAT:-3}                    # runs per tool; median total time, max peak RSS
SEED=${BENCH_SEED:-42}
KEEP=${BENCH_KEEP:-0}                        # 1: keep the temp dir (migrations, outputs, logs)
TMO=${BENCH_TIMEOUT:-600}                    # seconds per process

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

N=${1:-10000}
[[ $N =~ ^[1-9][0-9]*$ ]] || die "N must be a positive integer, got '$N'"
[[ $CHUNK =~ ^[1-9][0-9]*$ ]] || die "BENCH_CHUNK must be a positive integer"
[[ $REPEAT =~ ^[1-9][0-9]*$ ]] || die "BENCH_REPEAT must be a positive integer"
if [ ! -x "$SHALE" ]; then
    echo "shale binary not found at $SHALE" >&2
    echo "build it first:  cmake -S . -B build && cmake --build build" >&2
    exit 2
fi

# ---------------------------------------------------------------- prerequisites
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
apt_pkgs=()
/usr/bin/time -v true >/dev/null 2>&1 || apt_pkgs+=(time)
command -v python3 >/dev/null || apt_pkgs+=(python3)
command -v gcc >/dev/null || apt_pkgs+=(gcc)
command -v timeout >/dev/null || apt_pkgs+=(coreutils)
[ -f /usr/include/pg_query.h ] || apt_pkgs+=(libpg-query-dev)
command -v node >/dev/null || apt_pkgs+=(nodejs)
command -v npm >/dev/null || apt_pkgs+=(npm)
if [ ${#apt_pkgs[@]} -gt 0 ]; then
    log "installing Debian packages: ${apt_pkgs[*]}"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${apt_pkgs[@]}" >&2
fi

# squawk-cli ships its Rust binary in a per-platform optional dependency
# (@squawk-cli/linux-x64); js/bin/squawk only finds and execs it.
have=$(node -p "require('$NPM_DIR/node_modules/squawk-cli/package.json').version" 2>/dev/null || true)
if [ ! -x "$SQUAWK" ] || [ "$have" != "$SQUAWK_VERSION" ]; then
    log "installing squawk-cli@$SQUAWK_VERSION into $NPM_DIR"
    mkdir -p "$NPM_DIR"
    [ -f "$NPM_DIR/package.json" ] || echo '{"name":"shale-lint-bench-tools","private":true}' >"$NPM_DIR/package.json"
    npm install --prefix "$NPM_DIR" --no-audit --no-fund --loglevel=error "squawk-cli@$SQUAWK_VERSION" >&2
fi
[ -x "$SQUAWK" ] || die "squawk not found at $SQUAWK after npm install"
# Time the native binary, not node's wrapper around it (the wrapper would add
# ~40 ms of node start-up per process and hide the binary's own peak RSS).
SQUAWK_BIN=$(find "$NPM_DIR/node_modules/@squawk-cli" -type f -name squawk -perm -u+x 2>/dev/null | head -1)
[ -n "$SQUAWK_BIN" ] || SQUAWK_BIN=$SQUAWK
SQUAWK_VER=$("$SQUAWK_BIN" --version 2>/dev/null | awk '{print $NF}')

# ---------------------------------------------------------------- temp project
WORK=$(mktemp -d -t shale-lint-bench.XXXXXX)
cleanup() {
    local rc=$?
    trap - EXIT
    if [ "$KEEP" = 1 ]; then log "kept work dir $WORK"; else rm -rf "$WORK"; fi
    exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Snapshot the binary: a rebuild of build/shale during the run would otherwise
# make some chunks fail (exit 126) or mix two builds in one measurement.
cp "$SHALE" "$WORK/shale"
SHALE=$WORK/shale

PROJ=$WORK/project
mkdir -p "$PROJ" "$WORK/out" "$WORK/chunks"
printf 'migrations = "migrations"\n' >"$PROJ/shale.toml"

log "generating $N migrations (seed $SEED)"
GEN_SUMMARY=$(python3 "$LINT_DIR/gen_migrations.py" --count "$N" --seed "$SEED" --out "$PROJ/migrations")
log "generated: $GEN_SUMMARY"
(cd "$PROJ" && find migrations -maxdepth 1 -name '*.up.sql' | LC_ALL=C sort) >"$WORK/up.list"
[ "$(wc -l <"$WORK/up.list")" -eq "$N" ] || die "expected $N up files, found $(wc -l <"$WORK/up.list")"
BYTES=$(cd "$PROJ" && xargs cat <"$WORK/up.list" | wc -c)
DOWN_BYTES=$(cd "$PROJ" && find migrations -maxdepth 1 -name '*.down.sql' -exec cat {} + | wc -c)
STATEMENTS=$(sed -n 's/.*statements=\([0-9]*\).*/\1/p' <<<"$GEN_SUMMARY")
NO_TX=$(sed -n 's/.*no_transaction_files=\([0-9]*\).*/\1/p' <<<"$GEN_SUMMARY")
split -l "$CHUNK" -d -a 4 "$WORK/up.list" "$WORK/chunks/c."
mapfile -t CHUNKS < <(find "$WORK/chunks" -type f | LC_ALL=C sort)
log "$N up files, $BYTES bytes ($STATEMENTS statements, $NO_TX no-transaction files); $N down files, $DOWN_BYTES bytes; ${#CHUNKS[@]} chunk(s) of <= $CHUNK files"

log "compiling parse_only.c"
PARSE_ONLY=$WORK/parse_only
gcc -O2 -o "$PARSE_ONLY" "$LINT_DIR/parse_only.c" -lpg_query || die "cannot compile parse_only.c (is libpg-query-dev installed?)"

# shale lint without paths lints the directory's up files and first checks shale.sum.
(cd "$PROJ" && "$SHALE" hash >/dev/null) || die "shale hash failed"

# ---------------------------------------------------------------- measurement
# run_one OUT OKCODES CMD...: one process in $PROJ under /usr/bin/time -v.
# Adds to R_NS (wall ns), R_CPU (user+sys s), max into R_KB; sets R_RC; returns 1 on a bad exit code.
run_one() {
    local out=$1 ok=$2; shift 2
    local rc=0 t0 t1 kb u s
    t0=$(date +%s%N)
    (cd "$PROJ" && /usr/bin/time -v -o "$out.time" timeout --kill-after=10 "$TMO" "$@" >"$out.stdout" 2>"$out.stderr") || rc=$?
    t1=$(date +%s%N)
    R_NS=$((R_NS + t1 - t0))
    kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out.time")
    u=$(awk -F': ' '/User time \(seconds\)/ {print $2}' "$out.time")
    s=$(awk -F': ' '/System time \(seconds\)/ {print $2}' "$out.time")
    R_CPU=$(awk -v a="$R_CPU" -v b="${u:-0}" -v c="${s:-0}" 'BEGIN{printf "%.2f", a + b + c}')
    [ -n "$kb" ] && [ "$kb" -gt "$R_KB" ] && R_KB=$kb
    R_RC=$rc
    case " $ok " in *" $rc "*) return 0 ;; esac
    log "command failed (rc=$rc): $* (${out##*/})"
    sed 's/^/    /' "$out.stderr" | tail -20 >&2
    return 1
}

# measure LABEL MODE OKCODES CMD...: MODE chunks = CMD FILES... once per chunk of
# the list; MODE once = CMD as given, one process. $REPEAT runs of the whole set.
# Sets M_SECS (median total wall s), M_CPU (CPU s of that run), M_MB (max peak RSS MiB),
# M_STATUS, M_RCS (distinct exit codes), M_OUT (output prefix of the last run).
measure() {
    local label=$1 mode=$2 ok=$3; shift 3
    local i c idx runs=() rcs=() files
    M_STATUS=ok
    local maxkb=0
    for ((i = 1; i <= REPEAT; i++)); do
        R_NS=0; R_CPU=0; R_KB=0
        if [ "$mode" = chunks ]; then
            idx=0
            for c in "${CHUNKS[@]}"; do
                mapfile -t files <"$c"
                run_one "$WORK/out/$label.r$i.c$idx" "$ok" "$@" "${files[@]}" || M_STATUS="FAIL rc=$R_RC"
                rcs+=("$R_RC")
                idx=$((idx + 1))
            done
        else
            run_one "$WORK/out/$label.r$i.c0" "$ok" "$@" || M_STATUS="FAIL rc=$R_RC"
            rcs+=("$R_RC")
        fi
        [ "$R_KB" -gt "$maxkb" ] && maxkb=$R_KB
        runs+=("$(awk -v n="$R_NS" 'BEGIN{printf "%.3f", n/1e9}') $R_CPU")
        [ "$M_STATUS" = ok ] || break
    done
    local median
    median=$(printf '%s\n' "${runs[@]}" | sort -n | awk '{a[NR]=$0} END{print a[int((NR+1)/2)]}')
    M_SECS=${median% *}
    M_CPU=${median#* }
    M_MB=$(awk -v k="$maxkb" 'BEGIN{printf "%.1f", k/1024}')
    M_RCS=$(printf '%s\n' "${rcs[@]}" | sort -un | paste -sd, -)
    M_OUT="$WORK/out/$label.r$((i > REPEAT ? REPEAT : i))"
    M_OUTMB=$(cat "$M_OUT".c*.stdout | wc -c | awk '{printf "%.1f", $1/1048576}')
    log "$label: ${M_SECS}s wall (runs: $(printf '%s; ' "${runs[@]}")), ${M_CPU}s CPU, peak ${M_MB} MB, exit ${M_RCS}, $M_STATUS"
}

MB=$(awk -v b="$BYTES" 'BEGIN{printf "%.2f", b/1048576}')
ROWS=()
CHECKS=()
FAILED=0
declare -A SECS
# row KEY NAME: table row from the last measure.
row() {
    SECS[$1]=$M_SECS
    if [ "$M_STATUS" != ok ]; then
        FAILED=1
        ROWS+=("| $2 | $N | $MB | $M_STATUS | - | - | $M_CPU | $M_MB | - | - |")
        return
    fi
    local mbs fps vs
    mbs=$(awk -v b="$BYTES" -v s="$M_SECS" 'BEGIN{ if (s > 0) printf "%.2f", b/1048576/s; else print "-" }')
    fps=$(awk -v n="$N" -v s="$M_SECS" 'BEGIN{ if (s > 0) printf "%.0f", n/s; else print "-" }')
    vs=$(awk -v a="$M_SECS" -v b="${SECS[shale]:-}" 'BEGIN{ if (b > 0) printf "%.2fx", a/b; else print "-" }')
    ROWS+=("| $2 | $N | $MB | $M_SECS | $mbs | $fps | $M_CPU | $M_MB | $M_OUTMB | $vs |")
}

LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
# Warm the page cache so the first tool does not pay for the disk.
(cd "$PROJ" && xargs cat <"$WORK/up.list" >/dev/null)

# --- shale lint, explicit paths in chunks
log "shale lint --format json, $CHUNK files per process"
measure shale chunks "0 1" "$SHALE" lint --format json
row shale "shale lint --format json"
if [ "$M_STATUS" = ok ]; then
    CHECKS+=("| shale lint | $M_RCS | $(python3 "$LINT_DIR/summarize.py" shale "$M_OUT".c*.stdout) |")
fi

# The same lint without the JSON document (one line per finding, no statement text).
log "shale lint --format github, $CHUNK files per process"
measure shale_github chunks "0 1" "$SHALE" lint --format github
row shale_github "shale lint --format github"

# --- libpg_query alone
log "parse_only (pg_query_parse_protobuf per file), $CHUNK files per process"
measure parse_only chunks "0" "$PARSE_ONLY"
row parse_only "libpg_query parse only (1 call per file)"
[ "$M_STATUS" = ok ] && CHECKS+=("| parse only | $M_RCS | $(python3 "$LINT_DIR/summarize.py" parse "$M_OUT".c*.stdout) |")

log "parse_only --split (split, then one parse per statement, as shale does), $CHUNK files per process"
measure parse_split chunks "0" "$PARSE_ONLY" --split
row parse_split "libpg_query parse only (split + 1 call per statement)"

# --- squawk
log "squawk --reporter json, $CHUNK files per process"
measure squawk chunks "0 1" "$SQUAWK_BIN" --reporter json
row squawk "squawk $SQUAWK_VER --reporter json"
if [ "$M_STATUS" = ok ]; then
    CHECKS+=("| squawk | $M_RCS | $(python3 "$LINT_DIR/summarize.py" squawk "$M_OUT".c*.stdout) |")
fi

# --- one process for everything (no chunking)
log "one process for all $N files"
measure shale_dir once "0 1" "$SHALE" lint --format json
row shale_dir "shale lint --format json (no paths: whole dir, 1 process, checks shale.sum)"
measure parse_list once "0" "$PARSE_ONLY" "@$WORK/up.list"
row parse_list "libpg_query parse only (1 process)"
measure squawk_glob once "0 1" "$SQUAWK_BIN" --reporter json 'migrations/*.up.sql'
row squawk_glob "squawk (glob migrations/*.up.sql, 1 process)"

# ---------------------------------------------------------------- report
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)
ratio=$(awk -v a="${SECS[squawk]:-0}" -v b="${SECS[shale]:-0}" 'BEGIN{ if (a > 0 && b > 0) printf "%.2fx", a/b; else print "-" }')
overhead=$(awk -v a="${SECS[shale]:-0}" -v b="${SECS[parse_only]:-0}" 'BEGIN{ if (a > 0 && b > 0) printf "%.2fx", a/b; else print "-" }')
shale_rev=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
mem_gb=$(awk '/MemTotal/ {printf "%.0f", $2/1048576}' /proc/meminfo)
lpq=$(dpkg-query -W -f '${Version}' libpg-query-dev 2>/dev/null || echo unknown)
REPORT=$(
    echo "## shale lint throughput ($(date -u +%Y-%m-%dT%H:%MZ))"
    echo
    echo "shale $shale_rev; squawk $SQUAWK_VER (squawk-cli, native binary); libpg_query $lpq (gcc -O2);" \
        "$(nproc) cores, ${mem_gb} GiB RAM; $REPEAT run(s) per row (median time, max peak RSS); seed $SEED;" \
        "load average before $LOAD_START, after $LOAD_END (other work on the machine skews wall times)."
    echo "$N up files (+ $N .down.sql files, not linted), $BYTES bytes, $STATEMENTS statements, $NO_TX no-transaction files."
    echo "Chunked rows: one process per $CHUNK files, times summed, peak = the largest process."
    echo
    echo "| tool | files | MB | s | MB/s | files/s | CPU s | peak MB | output MB | time vs shale |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
    printf '%s\n' "${ROWS[@]}"
    echo
    echo "squawk / shale (chunked, wall time): **$ratio**; shale / parse-only: $overhead"
    echo
    echo "| check | exit codes | output |"
    echo "|---|---|---|"
    printf '%s\n' "${CHECKS[@]}"
)
echo "$REPORT"
mkdir -p "$LINT_DIR/results"
out="$LINT_DIR/results/lint-$N-$(date -u +%Y%m%d-%H%M%S).md"
echo "$REPORT" >"$out"
log "report saved to $out"
[ $FAILED = 0 ] || { log "some measurements failed (see above)"; exit 1; }
