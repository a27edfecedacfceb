# morbot — build, test and tooling. `make test` is the README's test command and what CI runs.
GO        ?= go
PKGS      ?= ./...
VERSION   ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
COMMIT    ?= $(shell git rev-parse HEAD 2>/dev/null || echo unknown)
LDFLAGS   := -s -w -X main.version=$(VERSION) -X main.commit=$(COMMIT)
ANVIL_BIN ?= $(CURDIR)/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil

.PHONY: all build build-slim vuln test test-loaded vet fmt-check pg-probe unit unit-pg e2e fuzz bench mutate lint docker dockerlint contracts bindings deps clean

all: build

## build: static binary in bin/morbot (with morbot dev)
build:
	CGO_ENABLED=0 $(GO) build -trimpath -ldflags '$(LDFLAGS)' -o bin/morbot ./cmd/morbot

## build-slim: production binary without morbot dev and go-ethereum's simulated backend
build-slim:
	CGO_ENABLED=0 $(GO) build -tags slim -trimpath -ldflags '$(LDFLAGS)' -o bin/morbot-slim ./cmd/morbot

## test: formatting, vet, and every test with the race detector (no network beyond 127.0.0.1); the
## PostgreSQL tests run against the server on 127.0.0.1:5432 when it answers (MORBOT_TEST_PG names
## another) and are reported as SKIPPED when it does not (CI sets MORBOT_TEST_PG_REQUIRED=1: then they fail)
test: fmt-check vet pg-probe unit unit-pg

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go' -not -path './node_modules/*')); \
	if [ -n "$$out" ]; then echo "gofmt needed on:"; echo "$$out"; exit 1; fi

# make test builds everything once, with -race: go vet and the PostgreSQL probe take their build flags
# from the race build, so go-ethereum and sqlite are not compiled a second time without it (from an
# empty build cache that second build was 2m19s of the target's time on 2 cores).
vet:
	$(GO) vet -race $(PKGS)

PG_PROBE = $(GO) run -race ./internal/store/storetest/probe

pg-probe:
	@$(PG_PROBE) || { if [ "$$MORBOT_TEST_PG_REQUIRED" = 1 ]; then exit 1; fi; }

unit:
	$(GO) test -race -count=1 $(PKGS)

## unit-pg: the approval, executor, core, command, alert and session-index suites once more with their stores on PostgreSQL
unit-pg:
	@if $(PG_PROBE) >/dev/null 2>&1 || [ "$$MORBOT_TEST_PG_REQUIRED" = 1 ]; then \
		MORBOT_TEST_STORE=postgres $(GO) test -race -count=1 ./internal/approval/ ./internal/executor/ ./internal/wiring/ ./internal/commands/ ./internal/alerts/ ./internal/sessionindex/; \
	else echo "SKIPPED: the approval, command and alert suites on PostgreSQL (no server answers)"; fi

## e2e: the tests against a real anvil node on 127.0.0.1 (needs `npm ci` first): onboarding, a probe, two morbot
## processes on one store (refusal, standby, kill -9 take-over), and replicas on PostgreSQL (partition, pause);
## then the tests that build long chains at full size, without -race (make test runs them smaller, with it)
e2e:
	ANVIL_BIN=$(ANVIL_BIN) $(GO) test -count=1 -tags e2e -run 'Anvil' ./internal/chain/... ./internal/probe/ ./cmd/morbot/
	scripts/fullsize.sh

## fuzz: run every fuzz target briefly (FUZZTIME each); findings land in testdata/fuzz and become regression tests
FUZZTIME ?= 5s
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzParseMOR$$' -fuzztime $(FUZZTIME) ./internal/chain/
	$(GO) test -run '^$$' -fuzz '^FuzzParsePricePerSecond$$' -fuzztime $(FUZZTIME) ./internal/chain/
	$(GO) test -run '^$$' -fuzz '^FuzzParse$$' -fuzztime $(FUZZTIME) ./internal/commands/
	$(GO) test -run '^$$' -fuzz '^FuzzParseEndpoint$$' -fuzztime $(FUZZTIME) ./internal/commands/
	$(GO) test -run '^$$' -fuzz '^FuzzParseConfig$$' -fuzztime $(FUZZTIME) ./internal/config/
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeCustomID$$' -fuzztime $(FUZZTIME) ./internal/bot/discord/
	$(GO) test -run '^$$' -fuzz '^FuzzDecodeAction$$' -fuzztime $(FUZZTIME) ./internal/bot/slack/

## test-loaded: the timing-sensitive packages twice under a CPU hog on every core (CI runs it)
test-loaded:
	scripts/loaded.sh

## bench: run the benchmarks and write BENCHMARKS.md (no timed tests live in `make test`)
bench:
	scripts/bench.sh

## mutate: mutation testing: each mutant in scripts/mutants.txt (a deleted or flipped check) is applied
## in turn and its tests run; prints KILLED (and by which test) or LIVED, and the score. Not in CI
## (about 10 minutes). GREMLINS=1 also runs gremlins over the four packages (hours).
mutate:
	scripts/mutate.sh

## lint: golangci-lint v2 if installed, otherwise vet only
lint: vet
	@if command -v golangci-lint >/dev/null; then golangci-lint run ./...; else echo "golangci-lint not installed: go install github.com/golangci/golangci-lint/v2/cmd/golangci-lint@v2.15.0"; fi

## vuln: govulncheck against the Go vulnerability database served as a module (no network beyond the
## module proxy); reachable module vulnerabilities fail, standard-library ones are reported
VULNDB ?= golang.org/x/vulndb@v0.0.0-20261105234957-e22db6528018
vuln:
	$(GO) mod download $(VULNDB)
	$(GO) run golang.org/x/vuln/cmd/govulncheck@v1.9.0 -db file://$$($(GO) env GOMODCACHE)/$(VULNDB)/data/osv -format json ./... > .vulncheck.json
	node scripts/vulncheck.js < .vulncheck.json
	rm -f .vulncheck.json

## docker: build the image (needs a Docker engine); dockerlint checks the Dockerfile without one
docker:
	docker build --build-arg VERSION=$(VERSION) --build-arg COMMIT=$(COMMIT) -t morbot:$(VERSION) .

dockerlint:
	npx --no-install dockerfilelint Dockerfile

## contracts: compile the Solidity test doubles with the pinned solc-js, then regenerate Go bindings
contracts:
	npm run --silent compile
	$(MAKE) bindings

bindings:
	cd internal/chain/chaintest/contracts && for c in MarketplaceDouble MORTokenDouble Multicall3Double DelegateRegistryDouble SessionBatcher; do \
		$(GO) run github.com/ethereum/go-ethereum/cmd/abigen@v1.17.10 --v2 --abi build/$$c.abi --bin build/$$c.bin \
			--pkg contracts --type $$c --out $$(echo $$c | tr A-Z a-z).go && chmod 0644 $$(echo $$c | tr A-Z a-z).go; done

deps:
	npm ci --no-audit --no-fund
	$(GO) mod download

clean:
	rm -rf bin
