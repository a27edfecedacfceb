package cnode

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// node answers a prompt with the given content type and body (a C-node's possible answers).
func node(t *testing.T, ct, body string) *Client {
	t.Helper()
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("session_id") == "" || r.Method != http.MethodPost {
			w.WriteHeader(http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", ct)
		fmt.Fprint(w, body)
	}))
	t.Cleanup(srv.Close)
	c, err := New(srv.URL, "")
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestPromptReadsTheStream(t *testing.T) {
	sid := common.HexToHash("0x01")
	for _, c := range []struct {
		name, ct, body string
		want           string // error text ("" for success)
		text           string
		tokens         int
	}{
		{"two chunks and usage", "text/event-stream", "data: {\"choices\":[{\"delta\":{\"content\":\"o\"}}]}\n\n: comment\n\ndata: {\"choices\":[{\"delta\":{\"content\":\"k\"},\"finish_reason\":\"stop\"}],\"usage\":{\"completion_tokens\":3}}\n\ndata: [DONE]\n\n", "", "ok", 3},
		{"counted chunks", "text/event-stream; charset=utf-8", "data: {\"choices\":[{\"delta\":{\"role\":\"assistant\"}}]}\n\ndata: {\"choices\":[{\"delta\":{\"content\":\"a\"}}]}\n\ndata: {\"choices\":[{\"delta\":{\"content\":\"b\"}}]}\n\ndata: [DONE]\n\n", "", "ab", 2},
		{"no [DONE]", "text/event-stream", "data: {\"choices\":[{\"delta\":{\"content\":\"o\"}}]}\n\n", "the stream ended without [DONE] after 1 tokens", "", 0},
		{"empty answer", "text/event-stream", "data: [DONE]\n\n", "the answer was empty", "", 0},
		{"an error event", "text/event-stream", "data: {\"error\":{\"message\":\"backend 500\"}}\n\n", "backend 500", "", 0},
		{"not JSON", "text/event-stream", "data: {oops\n\n", "a streamed event is not JSON", "", 0},
		{"a JSON error with 200", "application/json", "{\"error\":\"LLM TEE verification failed: quote\"}", "LLM TEE verification failed: quote", "", 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			a, err := node(t, c.ct, c.body).Prompt(context.Background(), sid, "hi", time.Now)
			if c.want != "" {
				if err == nil || !strings.Contains(err.Error(), c.want) {
					t.Fatalf("err %v, want %q", err, c.want)
				}
				return
			}
			if err != nil || a.Text != c.text || a.Tokens != c.tokens || a.Total < a.FirstToken {
				t.Fatalf("answer %+v, err %v", a, err)
			}
		})
	}
}

func TestNodeErrorsAreQuotedAndAuthIsNamed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if u, p, ok := r.BasicAuth(); !ok || u != "admin" || p != "pw-9" {
			w.WriteHeader(http.StatusUnauthorized)
			return
		}
		w.WriteHeader(http.StatusInternalServerError)
		fmt.Fprint(w, "{\"error\":\"failed to open session:\\nline two\"}")
	}))
	t.Cleanup(srv.Close)
	dir := t.TempDir()
	good, bad := filepath.Join(dir, "good"), filepath.Join(dir, "bad")
	_ = os.WriteFile(good, []byte("admin:pw-9\n"), 0o600)
	_ = os.WriteFile(bad, []byte("no-colon"), 0o600)
	if _, err := New(srv.URL, bad); err == nil || !strings.Contains(err.Error(), "want one line user:password") {
		t.Fatalf("bad cookie: %v", err)
	}
	anon, _ := New(srv.URL, "")
	var ne *NodeError
	if _, err := anon.Wallet(context.Background()); !errors.As(err, &ne) || !ne.Auth() || !strings.Contains(err.Error(), "check probe.cookie_file") {
		t.Fatalf("without auth: %v", err)
	}
	c, err := New(srv.URL, good)
	if err != nil {
		t.Fatal(err)
	}
	_, err = c.OpenSession(context.Background(), common.HexToHash("0x02"), 300)
	if !errors.As(err, &ne) || ne.Auth() || ne.Message != "failed to open session: line two" || ne.Status != 500 {
		t.Fatalf("node error: %#v", err)
	}
}

func TestHashesMustBeWhole(t *testing.T) {
	for _, s := range []string{"0x1", "", "0x" + strings.Repeat("g", 64), strings.Repeat("a", 63)} {
		if _, err := hash32(s); err == nil {
			t.Errorf("%q accepted", s)
		}
	}
	if h, err := hash32("0x" + strings.Repeat("Ab", 32)); err != nil || h != common.HexToHash("0x"+strings.Repeat("ab", 32)) {
		t.Fatalf("a whole hash: %v %v", h, err)
	}
}

func TestTokensPerSecondCountsAfterTheFirst(t *testing.T) {
	if got := (Answer{FirstToken: time.Second, Total: 3 * time.Second, Tokens: 5}).TokensPerSecond(); got != 2000 {
		t.Fatalf("5 tokens, the last 4 in 2 s: %d, want 2000 (2 tok/s ×1000)", got)
	}
	if got := (Answer{FirstToken: time.Second, Total: time.Second, Tokens: 1}).TokensPerSecond(); got != 0 {
		t.Fatalf("one token: %d, want 0 (no rate)", got)
	}
}
