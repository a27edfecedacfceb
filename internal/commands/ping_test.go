package commands_test

import (
	"fmt"
	"net"
	"strings"
	"sync"
	"testing"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/proxyrouter/pingtest"
)

// The reachability check speaks the node's protocol: a MOR-RPC ping answered with the provider's
// signature reads as reachable and the node logs nothing; an answer signed by another key, or a port
// that does not speak MOR-RPC, is "something else answers on this endpoint".
func TestReachabilityPingsTheNode(t *testing.T) {
	t.Parallel()
	serve := func(t *testing.T, answer func(net.Listener)) string {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { l.Close() })
		go answer(l)
		return l.Addr().String()
	}
	var mu sync.Mutex
	var logged []string
	logf := func(format string, args ...any) {
		mu.Lock()
		logged = append(logged, fmt.Sprintf(format, args...))
		mu.Unlock()
	}

	// The provider's node.
	e := newEnv(t, approval.Caps{})
	ep := serve(t, (&pingtest.Pinger{Key: e.sim.Accounts[0].Key, Version: "v7.0.0", Logf: logf}).Serve)
	got := flatten(e.run("alice", "/mor provider create 0.2 "+ep).Message)
	if strings.Contains(got, "warning: endpoint") || !strings.Contains(got, "register provider") {
		t.Fatalf("the provider's own node was not taken as reachable:\n%s", got)
	}
	mu.Lock()
	if len(logged) != 0 {
		t.Fatalf("the node logged %q for morbot's check", logged)
	}
	mu.Unlock()

	// Another key answers on the port.
	other, _ := crypto.GenerateKey()
	e = newEnv(t, approval.Caps{})
	ep = serve(t, (&pingtest.Pinger{Key: other, Version: "v7.0.0"}).Serve)
	want := "warning: endpoint " + ep + " something else answers on this endpoint: its answer to the MOR-RPC ping is signed by " + crypto.PubkeyToAddress(other.PublicKey).Hex() +
		", not by the provider " + e.sim.Accounts[0].Address.Hex()
	if got := flatten(e.run("alice", "/mor provider create 0.2 "+ep).Message); !strings.Contains(got, want) {
		t.Fatalf("a wrong signer:\n%s\nwant %q", got, want)
	}

	// Something that accepts TCP and answers HTTP.
	e = newEnv(t, approval.Caps{})
	ep = serve(t, func(l net.Listener) {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			_, _ = c.Write([]byte("HTTP/1.1 400 Bad Request\r\n\r\n"))
			c.Close()
		}
	})
	want = "warning: endpoint " + ep + " something else answers on this endpoint: it accepts TCP connections (a plain dial), but gives no MOR-RPC answer to a ping (the answer is not MOR-RPC JSON)"
	if got := flatten(e.run("alice", "/mor provider create 0.2 "+ep).Message); !strings.Contains(got, want) {
		t.Fatalf("a port that is not the node:\n%s\nwant %q", got, want)
	}
}
