#!/usr/bin/env bash
# Benchmark shale on SQLite: plan and apply on synthetic schemas.
#
#   bash bench/sqlite/run.sh [TABLES...]      (default: 1000 5000)
#
# For each size it measures (median of BENCH_REPEAT runs, peak RSS):
#   offline plan  a.sql → b.sql          both desired states executed in memory
#   live plan     sqlite://a.db → b.sql  the file read with 5 bulk PRAGMA queries
#   apply         the generated migration on a.db holding BENCH_ROWS rows per table
# and checks the result: after apply, planning a.db → b.sql gives nothing.
# The floor for reading a schema is `sqlite3 a.db .schema`, printed alongside.
set -euo pipefail
BENCH_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROOT=$(cd "$BENCH_DIR/../.." && pwd)
SHALE=${SHALE:-$ROOT/build/shale}
REPEAT=${BENCH_REPEAT:-3}
ROWS=${BENCH_ROWS:-20}
[ -x "$SHALE" ] || { echo "build shale first: bash scripts/test or cmake --build build" >&2; exit 2; }
/usr/bin/time -v true >/dev/null 2>&1 || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }
SIZES=("$@"); [ ${#SIZES[@]} -eq 0 ] && SIZES=(1000 5000)

work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# measure LABEL CMD… → "LABEL  median_s  max_rss_MB"
measure() {
  local label=$1; shift
  local times=() rss=0
  for _ in $(seq "$REPEAT"); do
    /usr/bin/time -v -o "$work/time" "$@" >/dev/null
    times+=("$(awk -F': ' '/Elapsed/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$work/time")")
    local r; r=$(awk -F': ' '/Maximum resident/ {print $2}' "$work/time")
    [ "$r" -gt "$rss" ] && rss=$r
  done
  local median; median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')
  printf '%-34s %8.2f s %8.1f MB\n' "$label" "$median" "$(echo "$rss / 1024" | bc -l)"
}

for n in "${SIZES[@]}"; do
  d="$work/$n"; mkdir -p "$d"
  python3 "$BENCH_DIR/gen_schema.py" --tables "$n" --variant a --rows "$ROWS" --out "$d/a.sql" --data "$d/data.sql"
  python3 "$BENCH_DIR/gen_schema.py" --tables "$n" --variant b --out "$d/b.sql"
  echo "== $n tables ($(wc -c < "$d/a.sql") bytes of schema, $ROWS rows per table)"
  (cd "$d" && printf 'dialect = "sqlite"\n' > shale.toml)
  measure "offline plan a.sql → b.sql" bash -c "cd '$d' && '$SHALE' plan --from a.sql --to b.sql --format sql"
  rm -f "$d/a.db"; sqlite3 "$d/a.db" < "$d/a.sql"; sqlite3 "$d/a.db" < "$d/data.sql"
  measure "live plan sqlite://a.db → b.sql" bash -c "cd '$d' && '$SHALE' plan --from sqlite://a.db --to b.sql --format sql"
  measure "sqlite3 a.db .schema (floor)" sqlite3 "$d/a.db" .schema
  (cd "$d" && "$SHALE" plan --from a.sql --to b.sql --format json | python3 -c '
import json, sys, collections
p = json.load(sys.stdin); c = collections.Counter(x["kind"] for x in p["changes"])
print("   plan:", len(p["changes"]), "changes:", ", ".join(f"{v} {k}" for k, v in sorted(c.items())))')
  # Apply: a project whose migrations build a, then one diff to b.
  proj="$d/project"; mkdir -p "$proj/migrations" "$proj/schema"
  printf 'dialect = "sqlite"\n[env.development]\nurl = "sqlite://%s"\n' "$d/apply.db" > "$proj/shale.toml"
  cp "$d/a.sql" "$proj/schema/app.sql"
  (cd "$proj" && "$SHALE" diff base >/dev/null && "$SHALE" apply >/dev/null)
  sqlite3 "$d/apply.db" < "$d/data.sql"
  cp "$d/b.sql" "$proj/schema/app.sql"
  (cd "$proj" && "$SHALE" diff to_b >/dev/null)
  /usr/bin/time -v -o "$work/time" bash -c "cd '$proj' && '$SHALE' apply" >/dev/null
  printf '%-34s %8.2f s %8.1f MB\n' "apply (diff to_b, rows kept)" \
    "$(awk -F': ' '/Elapsed/ {n=split($2,p,":"); s=0; for(i=1;i<=n;i++) s=s*60+p[i]; print s}' "$work/time")" \
    "$(echo "$(awk -F': ' '/Maximum resident/ {print $2}' "$work/time") / 1024" | bc -l)"
  left=$(cd "$proj" && "$SHALE" plan --from "sqlite://$d/apply.db" --to "$d/b.sql" --format sql | wc -c)
  rows=$(sqlite3 "$d/apply.db" "SELECT sum(c) FROM (SELECT count(*) c FROM t1 UNION ALL SELECT count(*) FROM t3 UNION ALL SELECT count(*) FROM t23)")
  echo "   after apply: $left bytes left to plan; rows in t1+t3+t23: $rows (expected $((3 * ROWS)))"
done
