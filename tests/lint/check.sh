#!/usr/bin/env bash
# Snapshot test of `shale lint` over the migration corpus in cases/.
#
#   bash tests/lint/check.sh /path/to/shale            compare with the .expected files
#   UPDATE=1 bash tests/lint/check.sh /path/to/shale   rewrite the .expected files from shale's output
#
# For every cases/NNN_name.up.sql it runs `shale lint --format json NNN_name.up.sql` from inside
# cases/ (so reported paths are relative and no shale.toml applies), turns the findings into
# `line:column severity rule` lines and compares them with NNN_name.expected, printing `ok NAME`
# or a unified diff, then one line `N passed, M failed`; exit status 1 if any case failed.
# Exit status 1 of shale (error-level findings) is normal; any other status (2: bad input) fails
# the case, also with UPDATE=1. Needs only bash, python3 and the shale binary.
set -u
export LC_ALL=C

shale=${1:-}
if [[ -z $shale ]]; then
  echo "usage: bash tests/lint/check.sh /path/to/shale   (UPDATE=1 rewrites the .expected files)" >&2
  exit 2
fi
if [[ $shale != */* ]]; then
  shale=$(command -v -- "$shale") || { echo "check.sh: $1: not found" >&2; exit 2; }
fi
[[ $shale == /* ]] || shale=$PWD/$shale
if [[ ! -x $shale || -d $shale ]]; then
  echo "check.sh: $shale is not an executable file" >&2
  exit 2
fi

here=${BASH_SOURCE[0]%/*}
[[ $here == "${BASH_SOURCE[0]}" ]] && here=.
cd -- "$here/cases" || { echo "check.sh: no cases/ directory next to check.sh" >&2; exit 2; }

update=0
[[ ${UPDATE:-0} == 1 ]] && update=1

# One python3 process for the whole run (its start-up is slower than shale's): it reads
# NUL-separated records `name, exit status, stdout, stderr` from the loop below.
report='
import difflib, json, sys

update = sys.argv[1] == "1"

def records(stream):
    buf, fields = b"", []
    while True:
        chunk = stream.read1(65536)
        if not chunk:
            return
        buf += chunk
        *done, buf = buf.split(b"\0")
        for field in done:
            fields.append(field.decode("utf-8", "replace"))
            if len(fields) == 4:
                yield fields
                fields = []

passed = failed = 0
for name, rc, out, err in records(sys.stdin.buffer):
    expected_path = name + ".expected"
    ok = False
    if rc not in ("0", "1"):
        print("FAIL %s: shale lint exited %s" % (name, rc))
        for line in err.splitlines():
            print("    " + line)
    else:
        try:
            findings = json.loads(out)["findings"]
            actual = ["%d:%d %s %s\n" % (f["line"], f["column"], f["severity"], f["rule"]) for f in findings]
        except (ValueError, KeyError, TypeError) as e:
            actual = None
            print("FAIL %s: cannot read shale output as lint JSON (%s)" % (name, e))
        if actual is not None:
            try:
                with open(expected_path) as f:
                    expected = f.read().splitlines(True)
            except FileNotFoundError:
                expected = None
            if update:
                if expected != actual:
                    with open(expected_path, "w") as f:
                        f.writelines(actual)
                    print("updated %s" % name)
                else:
                    print("ok %s" % name)
                ok = True
            elif expected is None:
                print("FAIL %s: %s is missing (UPDATE=1 writes it)" % (name, expected_path))
            elif expected == actual:
                print("ok %s" % name)
                ok = True
            else:
                sys.stdout.writelines(difflib.unified_diff(
                    expected, actual, "%s (expected)" % expected_path, "%s (shale output)" % name))
    if ok:
        passed += 1
    else:
        failed += 1
    sys.stdout.flush()

if passed + failed == 0:
    print("check.sh: no *.up.sql files in cases/", file=sys.stderr)
    print("0 passed, 0 failed")
    sys.exit(1)
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed else 0)
'

shopt -s nullglob
for up in *.up.sql; do
  name=${up%.up.sql}
  out=$("$shale" lint --format json "$up" 2>/dev/null)
  rc=$?
  err=
  # Bad input: run again to capture the message (only on this failure path).
  [[ $rc != 0 && $rc != 1 ]] && err=$("$shale" lint --format json "$up" 2>&1 >/dev/null)
  printf '%s\0%s\0%s\0%s\0' "$name" "$rc" "$out" "$err"
done | python3 -c "$report" "$update"
