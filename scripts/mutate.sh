#!/usr/bin/env bash
# make mutate: applies each mutant of scripts/mutants.txt in turn (one deleted or flipped check), runs
# the tests named for it, and reports whether a test caught it (KILLED, with the test) or not (LIVED).
# The tree is restored after each mutant. GREMLINS=1 also runs gremlins (operator flips over whole
# packages; about four hours on 2 cores).
set -euo pipefail
cd "$(dirname "$0")/.."
list=${MUTANTS:-scripts/mutants.txt}
killed=0; lived=0; missing=0
while IFS=$'\t' read -r file orig repl pkgs what; do
  [[ -z "$file" || "$file" == \#* ]] && continue
  if [[ ! -f "$file" ]]; then
    echo "MISSING  $file: $what (no such file here)"
    missing=$((missing + 1)); continue
  fi
  backup=$(mktemp)
  cp "$file" "$backup"
  if ! python3 - "$file" "$orig" "$repl" <<'PY'
import sys
def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")
path, orig, repl = sys.argv[1], unescape(sys.argv[2]), unescape(sys.argv[3])
src = open(path).read()
if src.count(orig) != 1:
    sys.exit(1)
open(path, "w").write(src.replace(orig, repl))
PY
  then
    echo "MISSING  $file: $what (the original text is not there exactly once)"
    missing=$((missing + 1)); rm -f "$backup"; continue
  fi
  out=$(go test -count=1 -timeout 180s $pkgs 2>&1) && status=0 || status=$?
  cp "$backup" "$file"; rm -f "$backup"
  if grep -q '\[build failed\]\|\[setup failed\]' <<<"$out"; then
    echo "BROKEN   $file: $what (the mutant does not compile; fix the entry)"
    missing=$((missing + 1))
  elif [[ $status -ne 0 ]]; then
    caught=$(grep -m1 -oE -- '--- FAIL: [A-Za-z0-9_/]+' <<<"$out" | sed 's/--- FAIL: //' || true)
    [[ -z "$caught" ]] && caught=$(grep -m1 -E 'build failed|cannot|undefined' <<<"$out" || echo "a failing test")
    echo "KILLED   $file: $what — by $caught"
    killed=$((killed + 1))
  else
    echo "LIVED    $file: $what"
    lived=$((lived + 1))
  fi
done < "$list"
total=$((killed + lived))
echo "score: $killed of $total mutants killed ($missing not applicable or not compiling here)"
if [[ "${GREMLINS:-}" == "1" ]]; then
  for p in internal/approval internal/commands internal/report internal/chain; do
    echo "== gremlins $p"
    go run github.com/go-gremlins/gremlins/cmd/gremlins@v0.6.0 unleash --workers 1 --timeout-coefficient 3 -E 'chaintest/' "./$p" 2>&1 |
      grep -E '^(Killed|Lived|Timed out|Not covered|Not viable|Test efficacy|Mutator coverage)|LIVED' || true
  done
fi
