#!/usr/bin/env bash
# The server's time for each catalog query of the live reader, which the
# machine's load blurs much less than a whole plan's wall time.
#
#   bash bench/catalog_queries.sh URL [RUNS] [SRC]
#
# URL: a database (e.g. one that bench/run.sh loads with BENCH_KEEP=1, or any
# database made from `python3 bench/gen_schema.py --tables 5000 --variant a`).
# SRC: the source tree whose queries to run (default: this one), so that two
# versions can be compared on the same database.
# For each query of src/load/pg_live/catalog_queries*.hpp and unmodelled_query.hpp,
# with the placeholders filled as the reader fills them (no schema filter), it
# prints the median over RUNS (default 5) of the CPU time of a backend that
# runs it (planning, execution and sending the rows), each run in a new session
# as shale's are (so each pays for warming the backend's catalog caches), and
# the bytes of the result as text; then the same for all of them in one
# session. The reader's session settings are applied first. CPU time, unlike
# wall time, hardly moves with the load of a shared machine.
set -euo pipefail
URL=${1:?usage: catalog_queries.sh URL [RUNS] [SRC]}
RUNS=${2:-5}
SRC=${3:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)}
PSQL=${PSQL:-psql}
SETTINGS="SET search_path = ''; SET work_mem = '64MB'; SET jit = off;"
DIR=$(mktemp -d)
trap 'rm -rf "$DIR"' EXIT

python3 - "$SRC" "$DIR" <<'EOF'
import os, re, sys
src, out = sys.argv[1], sys.argv[2]
schemas = "n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\\_%'"
d = os.path.join(src, "src/load/pg_live")
for f in sorted(os.listdir(d)):
    if not (f.startswith("catalog_queries") or f == "unmodelled_query.hpp"):
        continue
    for m in re.finditer(r'inline const char\* (k\w+) = R"SQL\((.*?)\)SQL";', open(os.path.join(d, f)).read(), re.S):
        sql = (m.group(2).replace("$REF_SCHEMAS", schemas.replace("n.nspname", "rn.nspname"))
               .replace("$SCHEMAS", schemas).replace("$HISTORY", "'shale_migrations'"))
        open(os.path.join(out, m.group(1) + ".sql"), "w").write(sql)
EOF

# cpu_ms FILE...: the CPU time (ms) that one new backend spends running the
# files' queries in order, read from /proc/PID/schedstat (nanoseconds on a
# CPU), so the server must run on this machine. Results go to /dev/null.
cpu_ms() {
  local script=$DIR/script.psql f
  {
    echo "SELECT pg_backend_pid() AS pid \gset"
    echo "\setenv BACKEND_PID :pid"
    echo "$SETTINGS"
    echo "\! awk '{print \$1}' /proc/\$BACKEND_PID/schedstat > $DIR/t0"
    for f in "$@"; do cat "$f"; echo " \g /dev/null"; done
    echo "\! awk '{print \$1}' /proc/\$BACKEND_PID/schedstat > $DIR/t1"
  } >"$script"
  "$PSQL" -X -q -At -v ON_ERROR_STOP=1 "$URL" -f "$script" >/dev/null
  awk -v a="$(cat "$DIR/t0")" -v b="$(cat "$DIR/t1")" 'BEGIN {printf "%.1f", (b - a) / 1e6}'
}
median() { sort -n | awk '{a[NR] = $1} END {printf "%.1f", a[int((NR + 1) / 2)]}'; }

printf '%-16s %10s %10s\n' query cpu_ms bytes
for f in "$DIR"/k*.sql; do
  ms=$(for ((i = 0; i < RUNS; i++)); do cpu_ms "$f"; echo; done | median)
  bytes=$({ echo "$SETTINGS"; cat "$f"; echo ";"; } | "$PSQL" -X -q -At -v ON_ERROR_STOP=1 "$URL" | wc -c)
  printf '%-16s %10s %10s\n' "$(basename "$f" .sql)" "$ms" "$bytes"
done
# All of them in one session, as the reader sends them (its order aside):
# later queries find the catalog caches warm.
printf '%-16s %10s\n' "one session" "$(for ((i = 0; i < RUNS; i++)); do cpu_ms "$DIR"/k*.sql; echo; done | median)"
