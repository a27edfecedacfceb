package botkit

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"
)

// A flood of clients that send headers and half a body: each is cut off after the read limit (before
// the handler ever sees a whole body), the connection cap holds, and a well-formed request is still
// answered while they hang on.
func TestSlowClientsAreCutOffAndValidRequestsAnswered(t *testing.T) {
	t.Parallel()
	bodies := make(chan string, 16)
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		bodies <- string(b)
		fmt.Fprint(w, "ack")
	})
	const slow = 200
	srv, err := ListenLimited("127.0.0.1:0", h, slog.New(slog.DiscardHandler), "test", Limits{Read: 300 * time.Millisecond, MaxConns: slow + 8})
	if err != nil {
		t.Fatal(err)
	}
	defer Shutdown(srv)
	addr := addrOf(t, srv)
	var conns []net.Conn
	for i := 0; i < slow; i++ {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		fmt.Fprintf(c, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n0123456789") // 10 of 1000 bytes, then nothing
		conns = append(conns, c)
	}
	// A valid request during the attack is answered.
	start := time.Now()
	resp, err := http.Post("http://"+addr+"/", "application/json", strings.NewReader(`{"type":1}`))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || string(b) != "ack" {
		t.Fatalf("valid request during the attack: %d %q", resp.StatusCode, b)
	}
	if took := time.Since(start); took > 3*time.Second {
		t.Fatalf("the valid request was answered after %s, past a platform's 3 s deadline", took)
	}
	// Every slow client is cut off by the server (its read ends), none reached the handler whole.
	for i, c := range conns {
		_ = c.SetReadDeadline(time.Now().Add(10 * time.Second))
		_, err := bufio.NewReader(c).ReadString('\n')
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			t.Fatalf("slow client %d was still connected after 10s", i)
		}
	}
	if got := <-bodies; got != `{"type":1}` {
		t.Fatalf("handler saw %q", got)
	}
	select {
	case b := <-bodies:
		t.Fatalf("a half-sent body reached the handler: %q", b)
	default:
	}
}

// At the connection cap, a new connection waits to be accepted until one closes.
func TestConnectionCap(t *testing.T) {
	t.Parallel()
	srv, err := ListenLimited("127.0.0.1:0", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { fmt.Fprint(w, "ok") }),
		slog.New(slog.DiscardHandler), "test", Limits{MaxConns: 2, Idle: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	defer Shutdown(srv)
	addr := addrOf(t, srv)
	a, _ := net.Dial("tcp", addr)
	b, _ := net.Dial("tcp", addr)
	defer b.Close()
	third := make(chan *http.Response, 1)
	go func() {
		r, err := (&http.Client{Transport: &http.Transport{DisableKeepAlives: true}}).Get("http://" + addr + "/")
		if err == nil {
			third <- r
		}
	}()
	select {
	case <-third:
		t.Fatal("a third connection was served while two were open at a cap of 2")
	case <-time.After(200 * time.Millisecond):
	}
	a.Close() // a slot frees up
	select {
	case r := <-third:
		r.Body.Close()
	case <-time.After(10 * time.Second):
		t.Fatal("the waiting connection was never served")
	}
}

func addrOf(t *testing.T, srv *Server) string {
	t.Helper()
	return srv.Addr.String()
}
