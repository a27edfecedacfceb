package main

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/netfault"
	"github.com/morbotlabs/morbot/internal/store/storetest"
)

// pgPassword is put in the replicas' DSN: the test server trusts local connections, so it is never
// checked, and it must never appear anywhere morbot writes.
const pgPassword = "Pg-s3cret-8c1f"

// replicaSet is two `morbot run` processes in their own working directories on one PostgreSQL
// database: the leader reaches it through a proxy the test can cut.
type replicaSet struct {
	t        testing.TB
	node     testNode
	dbProxy  *netfault.Proxy
	cfgA     string // the leader's configuration (its DSN goes through dbProxy)
	cfgB     string // the replica's
	envA     []string
	envB     []string
	readyz   string // the replica's /readyz
	provider common.Address
	before   uint64
}

func freePort(t testing.TB) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	_ = ln.Close()
	return addr
}

func newReplicaSet(t testing.TB, node testNode) *replicaSet {
	t.Helper()
	fresh, err := url.Parse(storetest.Fresh(t))
	if err != nil {
		t.Fatal(err)
	}
	fresh.User = url.UserPassword(fresh.User.Username(), pgPassword)
	direct := fresh.String()
	proxy, err := netfault.New(fresh.Host)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(proxy.Close)
	viaProxy := *fresh
	viaProxy.Host = proxy.Addr()
	t.Setenv("MORBOT_KEYRING_PASSPHRASE", passphrase)
	rs := &replicaSet{t: t, node: node, dbProxy: proxy, provider: common.HexToAddress(wellKnownAddr),
		envA: []string{"MORBOT_PG_DSN=" + viaProxy.String()}, envB: []string{"MORBOT_PG_DSN=" + direct}}
	metrics := freePort(t)
	rs.readyz = "http://" + metrics + "/readyz"
	for i, dir := range []string{t.TempDir(), t.TempDir()} { // separate working directories, as on two machines
		if code, _, errOut := runApp(t, wellKnownKey, "keys", "import", "--name", "operator", "--keyring-backend", "file", "--keyring-dir", filepath.Join(dir, "keyring")); code != 0 {
			t.Fatal(errOut)
		}
		n := node.net
		extra := ""
		if i == 1 {
			extra = "metrics:\n  listen: " + metrics + "\n"
		}
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
  execution: sequential
%sstore:
  driver: postgres
  dsn_env: MORBOT_PG_DSN
  lease_ttl: 2s
log:
  level: warn
%s`, n.ChainID, n.Diamond.Hex(), n.MOR.Hex(), n.Multicall3.Hex(), node.url, teamYAML(filepath.Join(dir, "keyring")), extra)
		path := filepath.Join(dir, "morbot.yaml")
		if err := os.WriteFile(path, []byte(cfg), 0o600); err != nil {
			t.Fatal(err)
		}
		if i == 0 {
			rs.cfgA = path
		} else {
			rs.cfgB = path
		}
	}
	if rs.before, err = node.cl.Nonce(context.Background(), rs.provider); err != nil {
		t.Fatal(err)
	}
	return rs
}

// start runs the leader, then the replica, and has the replica propose and approve a 4-step
// onboarding, which the leader executes. It returns when the leader has broadcast step 1.
func (rs *replicaSet) start() (leader, replica *proc) {
	t := rs.t
	leader = startMorbot(t, "leader", rs.envA, "run", "--config", rs.cfgA, "--console", "--as", "alice")
	leader.send("/mor status")
	leader.waitFor("leads: epoch 1", 1)
	// Without --standby, a second process on the held store refuses and names the holder.
	second := startMorbot(t, "second", rs.envB, "run", "--config", rs.cfgB, "--console")
	if code := second.wait(); code != 1 || !strings.Contains(second.output(), "another morbot (") || !strings.Contains(second.output(), "start this one as a replica with --standby") {
		t.Fatalf("a second morbot without --standby exited %d:\n%s", code, second.output())
	}
	replica = startMorbot(t, "replica", rs.envB, "run", "--config", rs.cfgB, "--console", "--standby", "--as", "alice")
	replica.waitFor("replica:", 1)
	// Proposed and approved on the replica; executed by the leader.
	replica.send("/mor onboard 127.0.0.1:3333 m1 0.00001")
	replica.waitFor("P-1 · onboard · PENDING", 1)
	replica.send("/as bob", "approve P-1", "/as carol", "approve P-1")
	replica.waitFor("quorum 2/2", 1)
	rs.waitSend()
	return leader, replica
}

func (rs *replicaSet) waitSend() {
	rs.t.Helper()
	select {
	case <-rs.node.sends:
	case <-time.After(60 * time.Second):
		rs.t.Fatal("no transaction reached the node")
	}
}

// mineEverySend mines a block for every transaction from now on (until the test ends).
func (rs *replicaSet) mineEverySend() {
	stop := make(chan struct{})
	rs.t.Cleanup(func() { close(stop) })
	go func() {
		for {
			select {
			case <-stop:
				return
			case <-rs.node.sends:
				rs.node.mine()
			}
		}
	}()
}

// finish checks the plan was confirmed with exactly its four transactions and that the DSN's
// password appeared nowhere: the processes' output, /readyz, config check.
func (rs *replicaSet) finish(procs ...*proc) {
	t := rs.t
	after, err := rs.node.cl.Nonce(context.Background(), rs.provider)
	if err != nil {
		t.Fatal(err)
	}
	if after-rs.before != 4 {
		t.Fatalf("%d transactions on-chain for a 4-step onboarding", after-rs.before)
	}
	resp, err := http.Get(rs.readyz)
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	_ = resp.Body.Close()
	if !strings.Contains(string(body), "leads: epoch 2") {
		t.Fatalf("/readyz does not say the replica leads now: %s", body)
	}
	out := string(body)
	for _, p := range procs {
		out += p.output()
	}
	code, cout, cerr := runAppEnv(t, rs.envB, "config", "check", "--config", rs.cfgB)
	if code != 0 {
		t.Fatalf("config check: %d %s %s", code, cout, cerr)
	}
	out += cout + cerr
	if strings.Contains(out, pgPassword) || strings.Contains(out, "MORBOT_PG_DSN=") {
		t.Fatal("the DSN's password appeared in a process's output, /readyz or config check")
	}
	for _, p := range procs {
		for _, arg := range p.cmd.Args {
			if strings.Contains(arg, pgPassword) {
				t.Fatal("the DSN is on a command line")
			}
		}
	}
}

// runAppEnv is runApp with extra environment variables.
func runAppEnv(t testing.TB, env []string, args ...string) (int, string, string) {
	t.Helper()
	for _, kv := range env {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
	return runApp(t, "", args...)
}

// A partition between the leader and PostgreSQL mid-plan: the leader stops sending before its lease
// can expire, the replica takes over and finishes the plan with exactly its transactions, and the
// old leader says so in chat once the database is back, then exits 1.
func TestReplicasPartition(t *testing.T) { replicasPartition(t, simNode(t)) }

func replicasPartition(t *testing.T, node testNode) {
	rs := newReplicaSet(t, node)
	leader, replica := rs.start()
	rs.dbProxy.Cut() // step 1 is in the mempool; the leader can no longer reach the database
	rs.mineEverySend()
	node.mine()
	replica.waitFor("took over the executor lease", 1)
	replica.waitFor("P-1 · onboard · CONFIRMED", 1)
	rs.dbProxy.Restore()
	leader.waitFor("stopped signing and broadcasting at", 1)
	leader.waitFor("leads now (epoch 2)", 1)
	if code := leader.wait(); code != 1 {
		t.Fatalf("the partitioned leader exited %d, want 1", code)
	}
	t.Logf("the old leader said:\n%s", leader.output())
	rs.finish(leader, replica)
	_ = replica.stdin.Close()
	replica.wait()
}

// A leader paused (SIGSTOP) mid-plan past its lease: the replica takes over and finishes; the resumed
// leader sends nothing and exits 1 with the reason.
func TestReplicasPausedLeader(t *testing.T) { replicasPaused(t, simNode(t)) }

func replicasPaused(t *testing.T, node testNode) {
	rs := newReplicaSet(t, node)
	leader, replica := rs.start()
	if err := leader.cmd.Process.Signal(syscall.SIGSTOP); err != nil { // only the process this test started
		t.Fatal(err)
	}
	rs.mineEverySend()
	node.mine()
	replica.waitFor("took over the executor lease", 1)
	replica.waitFor("P-1 · onboard · CONFIRMED", 1)
	if err := leader.cmd.Process.Signal(syscall.SIGCONT); err != nil {
		t.Fatal(err)
	}
	if code := leader.wait(); code != 1 {
		t.Fatalf("the resumed leader exited %d, want 1", code)
	}
	if !strings.Contains(leader.output(), "no longer holds the store's executor lease") {
		t.Fatalf("the resumed leader did not say why it stopped:\n%s", leader.output())
	}
	rs.finish(leader, replica)
	_ = replica.stdin.Close()
	replica.wait()
}

// BenchmarkTakeOver kills the leader (SIGKILL) of two replicas on PostgreSQL (lease_ttl 2s), with a
// plan in flight, and measures the time until the replica has taken the lease over.
func BenchmarkTakeOver(b *testing.B) {
	node := simNode(b)
	var took []time.Duration
	for b.Loop() {
		rs := newReplicaSet(b, node)
		leader, replica := rs.start()
		if err := leader.cmd.Process.Kill(); err != nil {
			b.Fatal(err)
		}
		killed := time.Now()
		replica.waitFor("took over the executor lease", 1)
		took = append(took, time.Since(killed))
		node.mine()
		leader.wait()
		_ = replica.stdin.Close()
		replica.wait()
	}
	sort.Slice(took, func(i, j int) bool { return took[i] < took[j] })
	b.ReportMetric(took[len(took)/2].Seconds(), "p50-s")
	b.ReportMetric(took[len(took)-1].Seconds(), "max-s")
}

// A single replica whose database goes away for 20 s in the middle of a plan: it stops signing at
// its lease's deadline, keeps running, takes the lease back when the database answers again, says so
// once, and finishes the plan with exactly its transactions — no restart.
func TestSingleReplicaRidesOutADatabaseOutage(t *testing.T) {
	node := simNode(t)
	rs := newReplicaSet(t, node)
	leader := startMorbot(t, "leader", rs.envA, "run", "--config", rs.cfgA, "--console", "--as", "alice")
	leader.send("/mor status")
	leader.waitFor("leads: epoch 1", 1)
	leader.send("/mor onboard 127.0.0.1:3333 m1 0.00001")
	leader.waitFor("P-1 · onboard · PENDING", 1)
	leader.send("/as bob", "approve P-1", "/as carol", "approve P-1")
	leader.waitFor("quorum 2/2", 1)
	rs.waitSend() // step 1 is in the mempool
	rs.dbProxy.Cut()
	cut := time.Now()
	rs.mineEverySend()
	node.mine()
	leader.waitFor("this replica stopped signing", 1)
	// The outage lasts 20 s in all; the lapse above came at the lease's deadline, well inside it.
	time.Sleep(time.Until(cut.Add(20 * time.Second)))
	rs.dbProxy.Restore()
	leader.waitFor("took the lease back", 1)
	leader.waitFor("P-1 · onboard · CONFIRMED", 1)
	after, err := node.cl.Nonce(context.Background(), rs.provider)
	if err != nil {
		t.Fatal(err)
	}
	if after-rs.before != 4 {
		t.Fatalf("%d transactions on-chain for a 4-step onboarding", after-rs.before)
	}
	out := leader.output()
	if strings.Count(out, "A morbot replica stopped executing") != 1 || strings.Contains(out, "FAILED") || strings.Contains(out, "a replica takes it") {
		t.Fatalf("the replica's account of the outage:\n%s", out)
	}
	_ = leader.stdin.Close()
	if code := leader.wait(); code != 0 {
		t.Fatalf("the replica exited %d after the outage, want 0 at the end of its input:\n%s", code, out)
	}
}
