package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
)

// asMainEnv makes the test binary behave as the morbot binary, so tests can start real morbot
// processes (and kill them) without building anything.
const asMainEnv = "MORBOT_TEST_AS_MAIN"

func TestMain(m *testing.M) {
	if os.Getenv(asMainEnv) == "1" {
		ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
		code := (&app{stdin: os.Stdin, stdout: os.Stdout, stderr: os.Stderr, getenv: os.Getenv}).main(ctx, os.Args[1:])
		stop()
		os.Exit(code)
	}
	os.Exit(m.Run())
}

// proc is a morbot process started by a test; its output is collected as it comes.
type proc struct {
	t     testing.TB
	name  string
	cmd   *exec.Cmd
	stdin io.WriteCloser
	done  chan struct{}
	code  int

	mu      sync.Mutex
	out     strings.Builder // stdout and stderr, interleaved
	changed chan struct{}
}

func startMorbot(t testing.TB, name string, env []string, args ...string) *proc {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(append(os.Environ(), asMainEnv+"=1"), env...)
	p := &proc{t: t, name: name, cmd: cmd, done: make(chan struct{}), changed: make(chan struct{})}
	var err error
	if p.stdin, err = cmd.StdinPipe(); err != nil {
		t.Fatal(err)
	}
	stdout, _ := cmd.StdoutPipe()
	stderr, _ := cmd.StderrPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for _, r := range []io.Reader{stdout, stderr} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc := bufio.NewScanner(r)
			sc.Buffer(make([]byte, 1<<20), 1<<20)
			for sc.Scan() {
				p.mu.Lock()
				p.out.WriteString(sc.Text() + "\n")
				close(p.changed)
				p.changed = make(chan struct{})
				p.mu.Unlock()
			}
		}()
	}
	go func() {
		wg.Wait()
		err := cmd.Wait()
		p.code = cmd.ProcessState.ExitCode()
		_ = err
		close(p.done)
	}()
	t.Cleanup(func() {
		select {
		case <-p.done:
		default:
			_ = cmd.Process.Kill() // only the process this test started, by its PID
			<-p.done
		}
		if t.Failed() {
			t.Logf("%s output:\n%s", p.name, p.output())
		}
	})
	return p
}

func (p *proc) output() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.out.String()
}

// waitFor waits until the output holds n occurrences of s (re-checked on every new line).
func (p *proc) waitFor(s string, n int) {
	p.t.Helper()
	deadline := time.After(60 * time.Second)
	for {
		p.mu.Lock()
		found := strings.Count(p.out.String(), s)
		ch := p.changed
		p.mu.Unlock()
		if found >= n {
			return
		}
		select {
		case <-ch:
		case <-p.done:
			if strings.Count(p.output(), s) >= n {
				return
			}
			p.t.Fatalf("%s exited (code %d) before printing %q", p.name, p.code, s)
		case <-deadline:
			p.t.Fatalf("%s did not print %q within 60s", p.name, s)
		}
	}
}

func (p *proc) send(lines ...string) {
	p.t.Helper()
	for _, l := range lines {
		if _, err := io.WriteString(p.stdin, l+"\n"); err != nil {
			p.t.Fatalf("write to %s: %v", p.name, err)
		}
	}
}

func (p *proc) wait() int {
	p.t.Helper()
	select {
	case <-p.done:
		return p.code
	case <-time.After(60 * time.Second):
		p.t.Fatalf("%s did not exit", p.name)
		return -1
	}
}

// teamYAML is the provider, signer and approval sections the process tests share: the well-known
// provider key as "operator" in a file keyring, and alice, bob and carol approving with a quorum of 2.
func teamYAML(keyringDir string) string {
	return fmt.Sprintf(`provider:
  address: "%s"
signer:
  backends: [file]
  key: operator
  file_dir: %s
approval:
  quorum: 2
  approvers:
    console:
      users: [alice, bob, carol]
`, wellKnownAddr, keyringDir)
}

// testNode is a chain the morbot processes reach over HTTP JSON-RPC on 127.0.0.1, with the
// marketplace doubles deployed, the provider key funded, and mining under the test's control.
type testNode struct {
	url   string
	net   chain.Network
	mine  func()          // mine one block
	sends <-chan struct{} // one value per transaction the node accepts
	cl    *chain.Client   // for counting the provider's transactions
}

// simNode is the simulated chain in this process, served over HTTP, mining only when told.
func simNode(t testing.TB) testNode {
	key, _ := crypto.HexToECDSA(strings.TrimPrefix(wellKnownKey, "0x"))
	sim, err := chaintest.NewSim(context.Background(), chaintest.Options{Keys: []*ecdsaKey{key}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	sim.SetAutoMine(false)
	sends := sim.WatchSends()
	srv := sim.ServeHTTP()
	t.Cleanup(srv.Close)
	return testNode{url: srv.URL, net: sim.Network(), mine: sim.Commit, sends: sends, cl: sim.Client(chain.Options{})}
}

// Two `morbot run` processes on one store: a second process started mid-execution refuses to start,
// or stands by; the standby takes over after the leader is killed (SIGKILL) and finishes the plan
// exactly once.
func TestTwoProcessesOneStoreExactlyOnce(t *testing.T) { twoProcesses(t, simNode(t)) }

func twoProcesses(t *testing.T, node testNode) {
	dir := t.TempDir()
	t.Setenv("MORBOT_KEYRING_PASSPHRASE", passphrase)
	if code, _, errOut := runApp(t, wellKnownKey, "keys", "import", "--name", "operator", "--keyring-backend", "file", "--keyring-dir", filepath.Join(dir, "keyring")); code != 0 {
		t.Fatal(errOut)
	}
	n := node.net
	cfg := fmt.Sprintf(`network:
  name: custom
  chain_id: %d
  diamond: "%s"
  mor_token: "%s"
  multicall3: "%s"
  rpc_urls: ["%s"]
  confirmations: 1
  receipt_timeout: 30s
  reconcile_interval: 200ms
%sstore:
  path: %s
  lease_ttl: 1s
log:
  level: warn
`, n.ChainID, n.Diamond.Hex(), n.MOR.Hex(), n.Multicall3.Hex(), node.url, teamYAML(filepath.Join(dir, "keyring")), filepath.Join(dir, "morbot.db"))
	cfgPath := filepath.Join(dir, "morbot.yaml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	ctx := context.Background()
	provider := common.HexToAddress(wellKnownAddr)
	before, err := node.cl.Nonce(ctx, provider)
	if err != nil {
		t.Fatal(err)
	}
	sends := node.sends
	waitSend := func() {
		t.Helper()
		select {
		case <-sends:
		case <-time.After(60 * time.Second):
			t.Fatal("no transaction reached the node")
		}
	}

	leader := startMorbot(t, "leader", nil, "run", "--config", cfgPath, "--console")
	leader.send("/mor onboard 127.0.0.1:3333 m1 0.00001")
	leader.waitFor("P-1 · onboard · PENDING", 1)
	leader.send("/as bob", "approve P-1", "/as carol", "approve P-1")
	waitSend() // step 1 (approve) is broadcast and waits to be mined

	// A second process on the same store, started mid-execution, refuses to start.
	second := startMorbot(t, "second", nil, "run", "--config", cfgPath, "--console")
	if code := second.wait(); code != 1 {
		t.Fatalf("a second morbot on the same store exited %d, want 1", code)
	}
	for _, want := range []string{"another morbot (", "holds this store's executor lease", "start this one as a replica with --standby"} {
		if !strings.Contains(second.output(), want) {
			t.Fatalf("the refusal lacks %q:\n%s", want, second.output())
		}
	}

	// A replica serves chat from the shared store: reads, and votes (P-1's are closed: it executes).
	standby := startMorbot(t, "standby", nil, "run", "--config", cfgPath, "--console", "--standby", "--as", "carol")
	standby.waitFor("replica:", 1)
	standby.send("/mor proposals show P-1", "approve P-1")
	standby.waitFor("P-1 · onboard", 1)
	standby.waitFor("; votes are closed", 1)

	node.mine() // step 1 mined: the leader sends step 2
	waitSend()
	if err := leader.cmd.Process.Kill(); err != nil { // kill -9, mid-plan, with step 2 in the mempool
		t.Fatal(err)
	}
	leader.wait()

	standby.waitFor("standby: took over the executor lease", 1)
	// From here every broadcast is mined at once; step 2 is already in the mempool.
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-sends:
				node.mine()
			}
		}
	}()
	node.mine()
	standby.waitFor("P-1 · onboard · CONFIRMED", 1)
	after, err := node.cl.Nonce(ctx, provider)
	if err != nil {
		t.Fatal(err)
	}
	if after-before != 4 {
		t.Fatalf("%d transactions on-chain for a 4-step onboarding", after-before)
	}
	// The standby, now the leader, stops cleanly and gives the lease up.
	_ = standby.stdin.Close()
	if code := standby.wait(); code != 0 {
		t.Fatalf("standby exited %d", code)
	}
	if out := leader.output() + second.output() + standby.output(); strings.Contains(out, passphrase) || strings.Contains(strings.ToLower(out), strings.TrimPrefix(wellKnownKey, "0x")) {
		t.Fatal("a secret appeared in a process's output")
	}
}
