package metrics

import (
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/store"
)

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestEndpoints(t *testing.T) {
	ctx := context.Background()
	sim, err := chaintest.NewSim(ctx, chaintest.Options{Accounts: 1})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	m := New()
	ep := m.InstrumentRPC(chain.Endpoint{URL: "http://node.example:8545/key", RPC: sim.RPC()})
	platformUp := false
	checks := []Check{{Name: "store", Fn: db.Ping}, ChainIDCheck(ep, sim.Network()), {Name: "discord", Fn: func(context.Context) error {
		if !platformUp {
			return errors.New("not connected")
		}
		return nil
	}}}
	srv := httptest.NewServer(m.Handler(checks))
	defer srv.Close()

	if code, body := get(t, srv.URL+"/healthz"); code != 200 || !strings.Contains(body, "ok") {
		t.Fatalf("healthz %d %s", code, body)
	}
	if code, body := get(t, srv.URL+"/readyz"); code != 503 || !strings.Contains(body, `"discord":"not connected"`) || !strings.Contains(body, `"store":"ok"`) {
		t.Fatalf("readyz with a platform down: %d %s", code, body)
	}
	platformUp = true
	if code, body := get(t, srv.URL+"/readyz"); code != 200 || !strings.Contains(body, `"rpc http://node.example:8545":"ok"`) {
		t.Fatalf("readyz: %d %s", code, body)
	}
	wrong := sim.Network()
	wrong.ChainID = 8453
	srv2 := httptest.NewServer(m.Handler([]Check{ChainIDCheck(ep, wrong)}))
	defer srv2.Close()
	if code, body := get(t, srv2.URL+"/readyz"); code != 503 || !strings.Contains(body, "serves chain ID 1337, configured 8453") {
		t.Fatalf("wrong chain: %d %s", code, body)
	}

	m.Command("status", "ok")
	m.Alert("fired")
	m.Platform("slack", true)
	dead := m.InstrumentRPC(chain.Endpoint{URL: "http://127.0.0.1:1", RPC: failing{}})
	_ = dead.RPC.CallContext(ctx, nil, "eth_chainId")
	_, body := get(t, srv.URL+"/metrics")
	for _, want := range []string{`morbot_commands_total{command="status",outcome="ok"} 1`, `morbot_alerts_total{event="fired"} 1`,
		`morbot_platform_connected{platform="slack"} 1`,
		`morbot_rpc_duration_seconds_count{endpoint="http://node.example:8545"}`, `morbot_rpc_errors_total{endpoint="http://127.0.0.1:1"} 1`, "go_goroutines"} {
		if !strings.Contains(body, want) {
			t.Errorf("metrics lack %s", want)
		}
	}
	if strings.Contains(body, "/key") {
		t.Fatal("an RPC URL path (which may hold an API key) leaked into a label")
	}
	_ = time.Second
}

type failing struct{}

func (failing) CallContext(context.Context, any, string, ...any) error {
	return errors.New("connection refused")
}
func (failing) BatchCallContext(context.Context, []rpc.BatchElem) error {
	return errors.New("connection refused")
}
