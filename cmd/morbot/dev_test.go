package main

import (
	"crypto/ecdsa"
	"net"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func writeScript(t *testing.T, lines ...string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "script.txt")
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// The README's first command, scripted: onboarding proposed by alice, refused for alice, approved by
// bob and carol, executed, and visible in the status.
func TestDevScriptOnboarding(t *testing.T) {
	t.Parallel()
	script := writeScript(t,
		"/mor onboard 127.0.0.1:3333 test-model 0.00001",
		"approve P-1",
		"/as bob",
		"approve P-1",
		"/as carol",
		"approve P-1",
		"/mor status",
	)
	code, out, errOut := runApp(t, "", "dev", "--script", script, "--fail-on-error")
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	for _, want := range []string{
		"morbot dev: simulated chain 1337",
		"P-1 · onboard · PENDING",
		"[approve P-1] [reject P-1]",
		"you proposed P-1, so you cannot approve it",
		"you approved P-1 (1/2 approvals)",
		"quorum 2/2 reached",
		"P-1 · onboard · CONFIRMED",
		"step 4: postModelBid: confirmed in block",
		"stake: 0.1 MOR (active)",
		"endpoint: `127.0.0.1:3333`",
		"test-model 0x",
		"active bids (1): test-model (0x",
		"): 0.00001 MOR/s = 0.036 MOR/h",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
	// Each of the four steps was confirmed exactly once, all in one block: the dev chain mines a
	// pipelined plan together, as a real node does (the README says so).
	steps := regexp.MustCompile(`step \d: \w+: confirmed in block (\d+)`).FindAllStringSubmatch(out, -1)
	if len(steps) != 4 {
		t.Errorf("%d confirmed steps in the final message, want 4", len(steps))
	}
	for _, s := range steps {
		if s[1] != steps[0][1] {
			t.Errorf("the onboarding steps were mined in different blocks: %v", steps)
			break
		}
	}
}

// The newcomer's table through the console, as a new user types it, one line or more per item:
// amounts with their units and rates per hour, an hourly price above the maximum, a nonce too large,
// fill advice only where it works, refusals of valid syntax in one card without usage, an off-chain
// step in words, a rule silenced before it fires and the list of silences, the chart's note on its
// missing earnings panel, the dev endpoint reachable, the market as consumers rate it, one line per
// proposal, and deregistering a model that still has our bid.
func TestDevScriptNewcomerAnswers(t *testing.T) {
	// Not parallel: the other dev tests would hold 127.0.0.1:3333, the endpoint the script onboards.
	script := writeScript(t,
		"/mor onboard 127.0.0.1:3333 test-model 0.00001",
		"/as bob",
		"approve P-1",
		"/as carol",
		"approve P-1",
		"/mor bid create test-model 37/h",
		"/mor approve 0.2 MOR",
		"/mor tx fill 99999999999999999999999",
		"/mor alerts silence eth-low 4h",
		"/mor alerts silences",
		"/mor market test-model",
		"/mor proposals",
		"/mor model deregister test-model",
		"/mor bid create test-model 0.072/hr",
		"/mor tx fill 50",
		"/mor provider update --endpoint 127.0.0.1:3333",
		"/mor tx speedup P-1",
		"/mor approve 1000000000",
		"/mor model serve test-model --api-type openai --api-url http://127.0.0.1:9/v1/chat/completions",
		"/mor report now --chart",
		"/mor status",
	)
	code, out, errOut := runApp(t, "", "dev", "--script", script)
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	for _, want := range []string{
		"P-1 · onboard · CONFIRMED",
		`price: "37/h" is above the maximum of 36 MOR/h (0.01 MOR/s) (read at block`,
		"amount = 0.2 MOR (200000000000000000 wei)",
		"nonce: 99999999999999999999999 is too large",
		"alerts matching eth-low are silenced until ",
		"none fires now, and none that starts meanwhile is posted",
		"(4h0m0s left), set by carol",
		"our bid ranks 1 of 1 as consumers rate it (by price: 1 of 1)",
		"#1 score 28,000 · 0.00001 MOR/s",
		"P-2 · approve · set the Diamond's MOR allowance to 0.2 MOR · pending · 0/2",
		"P-1 · onboard · ",
		"still has our active bid 0x",
		"; delete it first: /mor bid delete 0x",
		"at 0.00002 MOR/s (0.072 MOR/h, 20000000000000 wei/s)",
		", and no morbot transaction waits behind either; nothing to unblock",
		"nothing to change: the endpoint is already `127.0.0.1:3333` and no stake is added",
		"P-1 is confirmed; only a proposal with a sent, unmined transaction can be sped up",
		"refused: approving 1000000000 MOR exceeds the team's cap of 50 MOR per approval (approval.caps.max_approve)",
		"step 1: edit models-config.json: not done yet",
		"earnings: nothing earned yet, so no earnings panel (it is drawn once the provider has earned this period)",
		"as consumers' nodes rate our bids: test-model: ranks 1 of 1 as consumers rate it (by price: 1 of 1)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	// A refusal of valid syntax shows no usage, and every refusal has the one card shape.
	for _, cmd := range []string{"/mor provider update --endpoint 127.0.0.1:3333", "/mor tx speedup P-1", "/mor approve 1000000000", "/mor tx fill 50"} {
		reply := out[strings.Index(out, "> "+cmd+"\n")+len("> "+cmd+"\n"):]
		reply = reply[:strings.Index(reply, "> /mor")]
		if !strings.HasPrefix(reply, "✗ Not proposed\n") || strings.Contains(reply, "usage:") {
			t.Errorf("%s: not the refusal card, or with usage:\n%s", cmd, reply)
		}
	}
	// The Quickstart's own world agrees about the endpoint (when the dev node got 127.0.0.1:3333; with
	// the port taken, the banner names another and the script's endpoint is not the dev node's).
	if strings.Contains(out, "dev endpoint 127.0.0.1:3333 answers") && strings.Contains(out, "NOT reachable") {
		t.Errorf("the dev endpoint reads as not reachable:\n%s", out)
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}

// The README's Quickstart transcript is the console's output: its prompt lines are run as a script,
// and every other line must appear in the output, in order ("…" stands for anything: a line of its
// own skips output lines, inside a line it skips text).
func TestReadmeQuickstartIsTheConsolesOutput(t *testing.T) {
	t.Parallel()
	readme, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	const anchor = "endpoint below is the one the dev world checks:\n\n```\n"
	i := strings.Index(string(readme), anchor)
	if i < 0 {
		t.Fatal("the README has no Quickstart transcript")
	}
	block := string(readme)[i+len(anchor):]
	block = block[:strings.Index(block, "```")]
	prompt := regexp.MustCompile(`^(alice|bob|carol)> (.+)$`)
	var script []string
	want := strings.Split(strings.TrimRight(block, "\n"), "\n")
	for _, l := range want {
		if m := prompt.FindStringSubmatch(l); m != nil {
			script = append(script, m[2])
		}
	}
	if len(script) < 5 {
		t.Fatalf("the transcript has %d commands", len(script))
	}
	code, out, errOut := runApp(t, "", "dev", "--script", writeScript(t, script...))
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	got := strings.Split(out, "\n")
	at := 0
	for _, w := range want {
		if strings.TrimSpace(w) == "…" {
			continue
		}
		found := false
		for ; at < len(got); at++ {
			if matchesElided(got[at], w) {
				found, at = true, at+1
				break
			}
		}
		if !found {
			t.Fatalf("the README's line %q is not in the output (in order):\n%s", w, out)
		}
	}
}

// matchesElided reports whether line is want with each "…" standing for any text.
func matchesElided(line, want string) bool {
	parts := strings.Split(want, "…")
	if !strings.HasPrefix(line, parts[0]) {
		return false
	}
	rest := line[len(parts[0]):]
	for _, p := range parts[1:] {
		j := strings.Index(rest, p)
		if j < 0 {
			return false
		}
		rest = rest[j+len(p):]
	}
	return len(parts) > 1 || rest == ""
}

// Five open proposals, four of them on the same allowance: /mor proposals is a header and five lines,
// each with its overlap flag on the same line.
func TestDevScriptProposalsOneLineEach(t *testing.T) {
	t.Parallel()
	script := writeScript(t, "/mor approve 0.1", "/mor approve 0.2", "/mor provider create 0.2 127.0.0.1:3333", "/mor approve 0.3", "/mor approve 0.4", "/mor proposals", "/mor minimums")
	code, out, errOut := runApp(t, "", "dev", "--script", script, "--fail-on-error")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	block := out[strings.Index(out, "alice> /mor proposals\n")+len("alice> /mor proposals\n"):]
	block = block[:strings.Index(block, "alice> /mor minimums")]
	lines := strings.Split(strings.TrimRight(block, "\n"), "\n")
	if len(lines) != 6 || !strings.HasPrefix(lines[0], "• Proposals (newest first") ||
		lines[1] != "  P-5 · approve · set the Diamond's MOR allowance to 0.4 MOR · pending · 0/2 · just now · ⚠ P-1, P-2, P-3, P-4 also change the allowance" {
		t.Fatalf("/mor proposals with 5 open proposals, %d lines:\n%s", len(lines), block)
	}
}

func TestDevScriptFailOnError(t *testing.T) {
	t.Parallel()
	script := writeScript(t, "/mor minimums", "/mor provider create 0.01 127.0.0.1:3333", "/mor status")
	code, out, errOut := runApp(t, "", "dev", "--script", script, "--fail-on-error")
	if code != 1 || !strings.Contains(out, "below the provider minimum stake 0.1 MOR") || strings.Contains(out, "carol> /mor status") || strings.Contains(out, "alice> /mor status") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	code, _, _ = runApp(t, "", "dev", "--script", script)
	if code != 0 {
		t.Fatalf("without --fail-on-error the script must run to the end (exit %d)", code)
	}
}

type ecdsaKey = ecdsa.PrivateKey

// In dev, the owner can change a minimum and the alert check shows it at once.
func TestDevSetMinimumRaisesAlert(t *testing.T) {
	t.Parallel()
	script := writeScript(t,
		"/mor onboard 127.0.0.1:3333 test-model 0.00001",
		"/as bob", "approve P-1", "/as carol", "approve P-1",
		"/mor alerts",
		"/mor dev set-minimum provider-stake 0.5",
		"/mor alerts",
		"fix provider-stake-below-min",
		"/as alice", "approve P-2", "/as bob", "approve P-2",
		"/mor alerts",
		"/mor report now",
	)
	code, out, errOut := runApp(t, "", "dev", "--script", script, "--fail-on-error")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{
		"provider minimum stake: 0.1 MOR → 0.5 MOR",
		"Your stake 0.1 MOR is now below the minimum 0.5 MOR",
		"FIRING provider-stake-below-min",
		"P-2 · provider update · PENDING",
		"P-2 · provider update · CONFIRMED",
		"RESOLVED · Provider stake below the minimum",
		"Status report · Provider",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if t.Failed() {
		t.Log(out)
	}
}

// Earnings in dev: the simulated consumer opens sessions, the clock moves past their end, and the
// claim is proposed, approved and executed; the cap holds back what exceeds the stake.
func TestDevScriptEarningsAndClaim(t *testing.T) {
	t.Parallel()
	script := writeScript(t,
		"/mor onboard 127.0.0.1:3333 test-model 0.00001 --provider-stake 1",
		"/as bob", "approve P-1", "/as carol", "approve P-1",
		"/mor dev session 0.5",
		"/mor dev session 3",
		"/mor dev advance 4d",
		"/mor earnings",
		"/mor claim",
		"/as alice", "approve P-2", "/as bob", "approve P-2",
		"/mor earnings",
		"/mor verify", // its ✗ is an error reply: no --fail-on-error here; the outputs below are asserted
	)
	code, out, errOut := runApp(t, "", "dev", "--script", script)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{
		"claimable now: 1 MOR from 2 session(s), exactly as claimForProvider computes it",
		"the cap withholds another 2.5 MOR until the next period",
		"P-2 · claim · PENDING",
		"pays 0.5 MOR of 3 MOR due; the earnings cap withholds 2.5 MOR until the next period",
		"P-2 · claim · CONFIRMED",
		"earnings cap: 1 MOR earned of the 1 MOR cap (the stake); headroom 0 MOR",
		"0 active, 1 ended-unclaimed, 0 closed, 1 claimed; paid 1 MOR, claimable now 0 MOR",
		"✗ 5. a consumer could open a session", "the earnings cap is used up: 1 MOR earned of the 1 MOR cap (the stake) until",
		"fix: wait for the period to end, or add stake (/mor provider update --add-stake AMOUNT)",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}

// With --auto-approve-claims (approval.auto_approve: [claim]) a claim executes without votes.
func TestDevScriptAutoApprovedClaim(t *testing.T) {
	t.Parallel()
	script := writeScript(t,
		"/mor onboard 127.0.0.1:3333 test-model 0.00001",
		"/as bob", "approve P-1", "/as carol", "approve P-1",
		"/mor dev session 0.05 --direct",
		"/mor dev advance 2h",
		"/mor claim",
		"/mor earnings",
		"/mor audit 5",
	)
	code, out, errOut := runApp(t, "", "dev", "--script", script, "--fail-on-error", "--auto-approve-claims")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{
		"P-2 · claim · CONFIRMED",
		"votes: 0/2 approvals",
		"claimable now: 0 MOR from 0 session(s)",
		"paid 0.05 MOR, claimable now 0 MOR",
		"auto-approved",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}

// morbot dev --operator: the cold provider wallet grants the rights and approves (as the dev commands
// act for it), and the hot dev key signs the whole onboarding and a claim.
func TestDevScriptOperatorMode(t *testing.T) {
	t.Parallel()
	script := writeScript(t,
		"/mor onboard 127.0.0.1:3333 test-model 0.00001",
		"/mor delegation --approve 1",
		"/mor dev grant all",
		"/mor dev provider-approve 1",
		"/mor delegation",
		"/mor onboard 127.0.0.1:3333 test-model 0.00001",
		"/as bob", "approve P-1", "/as carol", "approve P-1",
		"/mor status",
		"/mor dev grant marketplace --revoke",
		"/mor bid create test-model 0.00002",
	)
	code, out, errOut := runApp(t, "", "dev", "--operator", "--script", script)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	for _, want := range []string{
		"morbot dev --operator: simulated chain 1337",
		"does not hold the provider right (delegation.rules.provider), which providerRegister needs",
		"5. let the Diamond",
		"granted the provider, model, marketplace, session right(s) to the operator key",
		"the operator holds every right; nothing for the provider wallet to send",
		"P-1 · onboard · CONFIRMED",
		"operator rights: ✓ provider · ✓ model · ✓ marketplace · ✓ session",
		"does not hold the marketplace right (delegation.rules.marketplace), which postModelBid needs",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if t.Failed() {
		t.Logf("output:\n%s", out)
	}
}

// morbot dev has a stand-in proxy-router: after onboarding, the bid is not served; `model serve` with
// the dev defaults writes models-config.json, restarts the node with a real command and verifies it;
// then the model serves, and the dev backend's answers show as backend states.
func TestDevScriptServeAndHealth(t *testing.T) {
	t.Parallel()
	script := writeScript(t,
		"/mor onboard 127.0.0.1:3333 test-model 0.00001",
		"/as bob", "approve P-1", "/as carol", "approve P-1",
		"/mor health",
		"/mor model serve test-model",
		"/as alice", "approve P-2", "/as bob", "approve P-2",
		"/mor health",
		"/mor dev backend 402",
		"/mor health",
		"/mor dev backend down",
		"/mor status",
		"/mor dev backend ok",
		"/mor health",
		"/mor dev backend teapot",
	)
	code, out, errOut := runApp(t, "", "dev", "--script", script)
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	// The output in order: each wanted text after the previous one.
	rest := out
	for _, want := range []string{
		"A stand-in proxy-router answers at http://127.0.0.1:",
		"P-1 · onboard · CONFIRMED",
		"carol> /mor health",
		"test-model (0x", "): bid_without_config: the bid is active but models-config.json has no entry for the model",
		"listed by the proxy-router: no · models-config: no entry",
		"P-2 · model serve · PENDING",
		`restart the proxy-router: ["/bin/sh" "-c" "kill -USR1 `,
		`apiType "openai", apiUrl "http://127.0.0.1:`, `/backend/v1/chat/completions"`,
		"restarted: exit code 0",
		"proxy-router v7.0.0-morbot-dev is healthy and lists model 0x",
		"P-2 · model serve · CONFIRMED",
		"bob> /mor health",
		"): serving: bid 0.00001 MOR/s (0.036 MOR/h, 10000000000000 wei/s), served, backend 405 in ",
		"listed by the proxy-router: yes",
		"backend: HTTP 405 in ", " (alive: a POST-only endpoint refuses the probe's HEAD)",
		"the dev backend now answers 402 to everything",
		"): backend_billing: the backend answers 402 Payment Required",
		"the dev backend now does not answer",
		"bob> /mor status",
		"test-model: backend_down — the backend does not answer: ",
		"the dev backend now answers as a working backend does: completions by POST, and 405 Method Not Allowed to the health probe's HEAD (a POST-only endpoint), which counts as alive",
		"): serving: ",
		`/mor dev backend teapot`,
		`state: "teapot" is not one of ok, 402, 429, 500, down`,
	} {
		i := strings.Index(rest, want)
		if i < 0 {
			t.Fatalf("output lacks %q after the earlier texts\noutput:\n%s", want, out)
		}
		rest = rest[i+len(want):]
	}
	// The probe error names the backend's scheme and host, never its path.
	if regexp.MustCompile(`does not answer: Head "[^"]*/backend`).MatchString(out) {
		t.Fatal("the probe error shows the backend URL's path")
	}
}

// Quitting at once stops the schedules and the first alert check before the store closes: nothing
// is logged about a closed database.
func TestDevQuitsCleanly(t *testing.T) {
	t.Parallel()
	code, out, errOut := runApp(t, "/mor health\n/quit\n", "dev", "--log-level", "info")
	if code != 0 || !strings.Contains(out, "Serving health") {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	if strings.Contains(errOut, "database is closed") || strings.Contains(errOut, "level=WARN") || strings.Contains(errOut, "level=ERROR") {
		t.Fatalf("quitting logged:\n%s", errOut)
	}
}

// The README's example is true: a 0.5 MOR session on a 0.00001 MOR/s bid runs 50,000 s, the reply
// says so and names the advance that ends it, and after /mor dev advance 14h it has ended.
func TestDevScriptReadmeSessionExample(t *testing.T) {
	t.Parallel()
	script := writeScript(t,
		"/mor onboard 127.0.0.1:3333 test-model 0.00001",
		"/as bob", "approve P-1", "/as carol", "approve P-1",
		"/mor dev session 0.5",
		"/mor dev advance 13h",
		"/mor earnings",
		"/mor dev advance 1h",
		"/mor earnings",
	)
	code, out, errOut := runApp(t, "", "dev", "--script", script, "--fail-on-error")
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	opened := strings.Index(out, "(13h53m20s from now: /mor dev advance 14h moves the clock past its end) and earns the provider 0.5 MOR")
	running := strings.Index(out, "1 active, 0 ended-unclaimed")
	ended := strings.Index(out, "0 active, 1 ended-unclaimed")
	if opened < 0 || running < opened || ended < running {
		t.Errorf("opened at %d, still running after 13h at %d, ended after 14h at %d\n%s", opened, running, ended, out)
	}
}

// /mor verify on a healthy dev setup (the endpoint accepts connections, the node serves the model, the
// stand-in network view lists the bid) shows 5 ✓ and a paste block with the exact bid ID; with the bid
// hidden from the network past the grace, check 4 is ✗ and names the reachability cause, and health
// and the alerts agree.
func TestDevScriptVerify(t *testing.T) {
	t.Parallel()
	ep := freeAddr(t) // the stand-in provider node's endpoint: it answers MOR-RPC pings with the provider's key
	script := writeScript(t,
		"/mor verify",
		"/mor onboard "+ep+" test-model 0.00001",
		"/as bob", "approve P-1", "/as carol", "approve P-1",
		"/mor model serve test-model",
		"/as alice", "approve P-2", "/as bob", "approve P-2",
		"/mor bid list",
		"/mor verify",
		"/mor dev discovery hide",
		"/mor dev advance 2m",
		"/mor verify test-model",
		"/mor health",
		"/mor alerts",
		"/mor dev discovery broken",
		"/mor health",
		"/mor verify",
		"/mor dev discovery teapot",
	)
	code, out, errOut := runApp(t, "", "dev", "--script", script, "--endpoint", ep)
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	rest := out
	for _, want := range []string{
		"The provider's dev endpoint 127.0.0.1:",
		// Before onboarding: what is missing, said per check.
		"alice> /mor verify", "1 of 6 checks pass", "✗ 2. public endpoint", "no provider is registered", "fix: /mor onboard",
		"P-2 · model serve · CONFIRMED",
		"/mor bid list",
		"bob> /mor verify", "5 of 6 checks pass",
		"✓ 1. proxy-router healthcheck", `status "healthy", version`, "lists model \"test-model\" (0x",
		"✓ 2. public endpoint", "`" + ep + "`: the provider's node answered a MOR-RPC ping from morbot's host (version `v7.0.0-morbot-dev`, signed by the provider); only the network's view (check 4) proves it is reachable from outside",
		"note: 127.0.0.1 is not a public address",
		"✓ 3. on-chain records", "✓ 4. network discovery", "discovered — listed by the network, healthy, 42 ms",
		"✓ 5. a consumer could open a session", "the earnings cap leaves 0.1 MOR this period",
		"for support (copy and paste)", "morbot verify at block", "check 1 proxy-router healthcheck: ✓", "check 3 on-chain records: ✓", "check 4 network discovery: ✓",
		"the stand-in network view now no longer lists our bids",
		"bob> /mor verify test-model", "4 of 6 checks pass", "✗ 4. network discovery",
		"undiscovered — the network does not list bid 0x", "its verifier could not reach the provider's public endpoint `" + ep + "` from outside",
		"fix: make the endpoint reachable from the internet",
		"bob> /mor health", "): undiscovered",
		"bob> /mor alerts", "undiscovered-0x",
		"the stand-in network view now answers an HTML page",
		"bob> /mor health", "the latest fetch failed (active_models.json: the feed answered an HTML page, not JSON)",
		// A feed outage is not the provider's fault: check 4 is unknown, never ✗.
		"bob> /mor verify", "– 4. network discovery: unknown (network view from", "nothing to fix on the provider's side",
		"check 4 network discovery: – unknown (network view from",
		`state: "teapot" is not hide, show, unhealthy or broken`,
	} {
		i := strings.Index(rest, want)
		if i < 0 {
			t.Fatalf("output lacks %q after the previous step\nstdout:\n%s", want, out)
		}
		rest = rest[i+len(want):]
	}
	// The paste block's bid ID is the bid's exact ID, as /mor bid list shows it.
	paste := regexp.MustCompile(`model (0x[0-9a-f]{64}) bid (0x[0-9a-f]{64})`).FindStringSubmatch(out)
	if paste == nil {
		t.Fatalf("no model and bid IDs in the paste block:\n%s", out)
	}
	list := out[strings.Index(out, "/mor bid list"):]
	if !strings.Contains(strings.ToLower(list[:min(len(list), 2000)]), paste[2]) {
		t.Fatalf("the paste block's bid %s is not the bid /mor bid list shows:\n%s", paste[2], list[:min(len(list), 2000)])
	}
}

// Each ✗ of /mor verify with its fix: an endpoint nothing listens on, a model the node does not list,
// a price outside today's range.
func TestDevScriptVerifyFailures(t *testing.T) {
	t.Parallel()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := ln.Addr().String()
	ln.Close()
	script := writeScript(t,
		"/mor onboard "+closed+" test-model 0.00001",
		"/as bob", "approve P-1", "/as carol", "approve P-1",
		"/mor dev set-minimum price-min 0.001",
		"/mor verify",
	)
	code, out, errOut := runApp(t, "", "dev", "--script", script)
	if code != 0 {
		t.Fatalf("exit %d\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
	}
	rest := out[strings.Index(out, "carol> /mor verify"):]
	for _, want := range []string{
		"2 of 6 checks pass",
		"✗ 1. proxy-router healthcheck", `does NOT list model "test-model" (0x`, "fix: add the model to models-config.json and restart the proxy-router: /mor model serve 0x",
		"✗ 2. public endpoint", "`" + closed + "` does NOT accept TCP connections from morbot's host within 2 s", "fix: start the proxy-router and make it listen on that port",
		"✓ 3. on-chain records", "✓ 4. network discovery",
		"✗ 5. a consumer could open a session", "its price 0.00001 MOR/s (0.036 MOR/h, 10000000000000 wei/s) is outside today's range 0.001 MOR/s", "fix: re-price within the range: /mor bid create 0x",
	} {
		i := strings.Index(rest, want)
		if i < 0 {
			t.Fatalf("verify lacks %q after the previous line\n%s", want, out)
		}
		rest = rest[i+len(want):]
	}
}

// The README's rating walk-through: a rival with sessions outranks our bid without any; a closed
// session and more stake put us first; a session closed without a receipt (the failing profile) drops
// us again, and rank-dropped names the success rate that fell. Bad profiles are refused.
func TestDevScriptRatingMoves(t *testing.T) {
	t.Parallel()
	script := writeScript(t,
		"/mor onboard 127.0.0.1:3333 test-model 0.00001",
		"/as bob", "approve P-1", "/as carol", "approve P-1",
		"/mor dev rival test-model 0.00001 good",
		"/mor market test-model",
		"/mor dev session 0.5",
		"/mor dev advance 10m",
		"/mor dev close",
		"/mor provider update --add-stake 0.9",
		"/as alice", "approve P-2", "/as bob", "approve P-2",
		"/mor market test-model",
		"/mor alerts",
		"/mor dev stats test-model failing",
		"/mor dev session 0.5",
		"/mor dev advance 10m",
		"/mor dev close",
		"/mor alerts",
		"/mor status",
		"/mor dev stats test-model great",
		"/mor dev rival test-model 0.00001 failing",
	)
	code, out, errOut := runApp(t, "", "dev", "--script", script)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	at := 0
	for _, want := range []string{
		"and three of its sessions closed at about 40.0 tokens/s, first token in 400 ms",
		"our bid ranks 2 of 2 as consumers rate it (by price: 1 of 2)",
		"success: no closed sessions yet: 0 of 0.32 points",
		"1 session(s) closed",
		": 36.0 tokens/s, first token in 360 ms",
		"P-2 · provider update · CONFIRMED",
		"our bid ranks 1 of 2 as consumers rate it (by price: 1 of 2)",
		"success: 1 of 1 closed sessions with a valid receipt (100%): 0.32 of 0.32 points",
		": no answer, so no receipt from the provider's node: closed as a dispute",
		"ALERT · Our bid dropped in the consumers' rating",
		"ranks 2 of 2 as consumers' nodes rate bids (alerts.rank_below: 1)",
		"What moved since the last check: our success rate fell from 0.32 to 0.08 of 0.32 points (it scores 66,047, ours 43,286)",
		"test-model: ranks 2 of 2 as consumers rate it (by price: 1 of 2); our sessions: 1 of 2 closed with a valid receipt, 36.0 tokens/s",
		`profile: "great" is not good, poor or failing`,
		`profile: "failing" is not good or poor`,
	} {
		i := strings.Index(out[at:], want)
		if i < 0 {
			t.Fatalf("after byte %d the output lacks %q:\n%s", at, want, out)
		}
		at += i + len(want)
	}
	if n := strings.Count(out, "ALERT · Our bid dropped"); n != 1 {
		t.Fatalf("rank-dropped posted %d times, want once (only after the dispute)", n)
	}
}

// The README's TEE walk-through: a model tagged tee is checked against the v7 node when created,
// served from the https backend with its attestation URL named, attested (health, verify check 6),
// fails with the node's error (verify ✗ with its fix, attestation-failed), fails on a workload
// mismatch, and recovers (resolved, 6 of 6). An untagged model is refused.
func TestDevScriptTEEFailsAndRecovers(t *testing.T) {
	t.Parallel()
	ep := freeAddr(t) // the stand-in node's endpoint (verify's check 2), not 127.0.0.1:3333, which the parallel dev tests hold
	script := writeScript(t,
		"/mor onboard "+ep+" test-model 0.00001",
		"/as bob", "approve P-1", "/as carol", "approve P-1",
		"/mor model create secure 0.1 --tags LLM,tee",
		"/as alice", "approve P-2", "/as bob", "approve P-2",
		"/mor bid create secure 0.00001",
		"/mor model serve secure",
		"/as alice", "approve P-3", "approve P-4", "/as carol", "approve P-3", "approve P-4",
		"/mor health",
		"/mor verify secure",
		"/mor dev attestation fail secure nras: GPU evidence rejected",
		"/mor verify secure",
		"/mor alerts",
		"/mor dev attestation mismatch secure",
		"/mor verify secure",
		"/mor dev attestation pass secure",
		"/mor alerts",
		"/mor verify secure",
		"/mor dev attestation fail test-model",
	)
	code, out, errOut := runApp(t, "", "dev", "--endpoint", ep, "--script", script)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	at := 0
	for _, want := range []string{
		"It is a v7 node: a model tagged tee is served from the https backend https://127.0.0.1:",
		"tagged tee: the configured proxy-router serves /v1/models/attestation (v7), so it can attest the backend once the model is served",
		"TEE model: the node pins this backend's TLS certificate and attests it at https://127.0.0.1:29343 (port 29343 of the backend's host)",
		"P-4 · model serve · CONFIRMED",
		"· attestation: passed, workload authentic_match, verified ", " ago (`https://127.0.0.1:29343`)",
		"6 of 7 checks pass",
		"✓ 6. TEE attestation: version v7.0.0-morbot-dev: v7.0.0 or later",
		": attestation passed, workload authentic_match, verified ",
		"5 of 7 checks pass",
		"✗ 6. TEE attestation",
		": attestation failed: `nras: GPU evidence rejected`; consumers pay and every prompt fails with \"LLM TEE verification failed\"",
		"fix: make the backend's attestation pass: its service at `https://127.0.0.1:29343`",
		"ALERT · A TEE model's attestation fails",
		"the node's attestation of the backend failed: `nras: GPU evidence rejected`",
		"✗ 6. TEE attestation",
		": attestation passed, but the workload is `authentic_mismatch`, not authentic_match",
		"fix: redeploy the backend with exactly the docker-compose the VM attests (RTMR3), or attest the one it runs",
		"RESOLVED · A TEE model's attestation fails",
		"6 of 7 checks pass",
		"is not tagged tee on chain, so the node does not attest it",
	} {
		i := strings.Index(out[at:], want)
		if i < 0 {
			t.Fatalf("after byte %d the output lacks %q:\n%s", at, want, out)
		}
		at += i + len(want)
	}
}

// TestDevScriptProbe walks the probe through morbot dev: the stand-in consumer node opens a real
// session on our bid, asks, closes; each step then fails in turn with what the node said, a failed
// close leaves the session to the next probe, and verify's check 7 follows.
func TestDevScriptProbe(t *testing.T) {
	t.Parallel()
	ep := freeAddr(t)
	script := writeScript(t,
		"/mor probe",
		"/mor onboard "+ep+" test-model 0.00001",
		"/as bob", "approve P-1", "/as carol", "approve P-1",
		"/mor verify",
		"/mor probe",
		"/mor status",
		"/mor verify",
		"/mor dev probe fail open",
		"/mor probe test-model",
		"/mor dev probe fail prompt",
		"/mor probe",
		"/mor dev probe ok",
		"/mor dev backend 500",
		"/mor probe",
		"/mor dev backend ok",
		"/mor dev probe fail close",
		"/mor probe",
		"/mor verify",
		"/mor dev probe ok",
		"/mor probe",
		"/mor verify",
	)
	code, out, errOut := runApp(t, "", "dev", "--endpoint", ep, "--script", script)
	if code != 0 {
		t.Fatalf("exit %d\n%s\n%s", code, out, errOut)
	}
	at := 0
	for _, want := range []string{
		"A stand-in consumer node (wallet 0x",
		"> /mor probe\n", "we have no active bid to probe at block",
		"– 6. a consumer's paid answer (probe): `test-model`: bid 0x", " was never probed",
		"run /mor probe to open a session on it as a consumer and ask one prompt",
		"✓ test-model: session 0x", " · first token 3", " · answered `ok` · closed in block ", " · 0.00001 MOR paid to ourselves",
		"(1 of 1 bids answered a paying session)",
		"— bid 0x", "\n      last probe ✓ just now: opened in ",
		"✓ 6. a consumer's paid answer (probe): `test-model`: answered a paying session ",
		"✗ test-model: the probe failed at the session open: the provider's node refused the session", "`provider refused the session: approval signature mismatch`. /mor verify checks what is behind it",
		"✗ test-model: the probe failed at the prompt: consumers' nodes refuse this provider's answers: the TEE attestation failed. the consumer node says: `LLM TEE verification failed: tdx quote expired`. Session 0x", " is closed.",
		"✗ test-model: the probe failed at the prompt: the prompt failed: the provider's node or its backend gave no answer. the consumer node says: `provider: the backend answered HTTP 500`",
		"✗ test-model: the probe failed at the session close:", "`failed to close session: nonce too low`. Session 0x", " is still open: morbot closes it before the next probe and at start-up",
		"✗ 6. a consumer's paid answer (probe): `test-model`: the last probe (", ") failed at the close: the close failed;",
		"fix: fix what the failed step names",
		"first closed 1 probe session(s) an earlier probe left open", "✓ test-model: session 0x",
		"✓ 6. a consumer's paid answer (probe)",
	} {
		i := strings.Index(out[at:], want)
		if i < 0 {
			t.Fatalf("after byte %d the output lacks %q:\n%s", at, want, out)
		}
		at += i + len(want)
	}
}
