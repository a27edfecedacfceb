#!/usr/bin/env bash
# Mutation testing: flips operators and conditions in the packages that decide what is signed and
# sent, runs each package's tests against every mutant, and prints the mutants no test caught.
# Not part of CI (about an hour on 2 cores): run it with `make mutate` and read the LIVED lines.
set -euo pipefail
cd "$(dirname "$0")/.."
GREMLINS=${GREMLINS:-github.com/go-gremlins/gremlins/cmd/gremlins@v0.6.0}
PKGS=${PKGS:-"internal/approval internal/commands internal/report internal/chain"}
WORKERS=${WORKERS:-1}
status=0
for p in $PKGS; do
  echo "== $p"
  # chaintest holds the generated contract bindings and test doubles: not mutated.
  go run "$GREMLINS" unleash --workers "$WORKERS" --timeout-coefficient 3 -E 'chaintest/' "./$p" 2>&1 |
    grep -E '^(Killed|Lived|Timed out|Not covered|Not viable|Test efficacy|Mutator coverage)|LIVED' || status=$?
done
exit 0
