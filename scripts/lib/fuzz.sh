# The libFuzzer targets of fuzz/: seed corpora from the test data, and a run
# of every target for a fixed number of seconds. Needs a build directory
# configured with -DSHALE_FUZZ=ON (clang).
FUZZ_TARGETS="load_fuzz pg_roundtrip_fuzz lint_fuzz sqlite_load_fuzz sqlite_converge_fuzz"

# fuzz_seed TARGET DIR: writes TARGET's seed inputs into DIR (emptied first).
# SQL-shaped inputs make the fuzzer start inside the grammar instead of
# spending its seconds learning that a statement starts with CREATE.
fuzz_seed() {
  local target=$1 dir=$2 f case n=0
  rm -rf "$dir"
  mkdir -p "$dir"
  case $target in
    load_fuzz | pg_roundtrip_fuzz)
      for f in tests/cases/pg/*/before.sql tests/cases/pg/*/after.sql schema/*.sql migrations/*.up.sql; do
        [ -f "$f" ] && cp "$f" "$dir/$(echo "$f" | tr / _)"
      done ;;
    lint_fuzz)
      for f in tests/lint/cases/*.sql tests/cases/pg/*/after.sql; do
        [ -f "$f" ] && cp "$f" "$dir/$(echo "$f" | tr / _)"
      done ;;
    sqlite_load_fuzz)
      for f in tests/cases/sqlite/*/before.sql tests/cases/sqlite/*/after.sql; do
        [ -f "$f" ] && cp "$f" "$dir/$(echo "$f" | tr / _)"
      done ;;
    sqlite_converge_fuzz)
      # The target's input is two schemas separated by a line "-- to --".
      for case in tests/cases/sqlite/*/; do
        [ -f "$case/before.sql" ] && [ -f "$case/after.sql" ] || continue
        { cat "$case/before.sql"; printf '\n-- to --\n'; cat "$case/after.sql"; } >"$dir/$(basename "$case")"
      done ;;
    *) echo "unknown fuzz target $target" >&2; return 2 ;;
  esac
}

# fuzz_smoke BUILD_DIR SECONDS: runs every target for SECONDS from its seeds
# (and what earlier runs in BUILD_DIR found), prints the executions of each
# and fails on the first crash, leak, timeout or failed check; the input that
# failed is kept as BUILD_DIR/fuzz/<target>/crash-*.
fuzz_smoke() {
  local build=$1 seconds=$2 target work log runs failed=0
  for target in $FUZZ_TARGETS; do
    work="$build/fuzz/$target"
    mkdir -p "$work/corpus"
    fuzz_seed "$target" "$work/seeds"
    log="$work/last.log"
    if "$build/$target" "$work/corpus" "$work/seeds" -dict=fuzz/sql.dict -max_total_time="$seconds" \
        -timeout=20 -print_final_stats=1 -artifact_prefix="$work/" >"$log" 2>&1; then
      runs=$(sed -n 's/^Done \([0-9]*\) runs in .*/\1/p' "$log")
      echo "fuzz $target: ${runs:-?} executions in ${seconds} s, 0 crashes"
    else
      echo "fuzz $target: FAILED; the last lines of $log:"
      tail -n 60 "$log"
      failed=1
    fi
  done
  return $failed
}
