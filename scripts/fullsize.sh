#!/usr/bin/env bash
# Part of make e2e: the tests that build big chain states run smaller under -race in make test
# (chaintest.Race: every simulated transaction costs ~10× there); here they run once more without -race
# at full size (10,000 blocks, 201 bids, 100 bids, 1,000 and 150 sessions), and each must be seen to pass.
set -uo pipefail
cd "$(dirname "$0")/.."
tests=(TestScanIsChunkedAndResumes TestSnapshotPagesPast200Bids TestMarketPagesPast200Bids TestMarketRoundTripsAt100Bids
  TestWarmReadsStayFlat TestCappedSessionsAreReadAgainOnlyAfterAPayment)
pattern="^($(IFS='|'; echo "${tests[*]}"))\$"
out=$(go test -count=1 -v -run "$pattern" ./internal/alerts/ ./internal/chain/ ./internal/sessionindex/ 2>&1)
status=$?
echo "$out" | grep -E '^(ok|FAIL|---|=== RUN|panic)' | grep -v '=== RUN'
if [ $status -ne 0 ]; then
  echo "$out" | tail -50
  echo "full-size tests failed" >&2
  exit 1
fi
for t in "${tests[@]}"; do
  if ! echo "$out" | grep -q -- "--- PASS: $t "; then
    echo "$t did not run and pass at full size" >&2
    exit 1
  fi
done
