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
// the handler ever sees a whole body), the bounds hold, and a well-formed request is still
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
	srv, err := ListenLimited("127.0.0.1:0", h, slog.New(slog.DiscardHandler), "test", Limits{Read: 300 * time.Millisecond, Held: slow + 8, PerClient: slow + 8})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { Shutdown(srv) })
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

// dialFrom opens a connection to addr from a loopback address of its own (a distinct client).
func dialFrom(t *testing.T, from, addr string) net.Conn {
	t.Helper()
	d := net.Dialer{LocalAddr: &net.TCPAddr{IP: net.ParseIP(from)}}
	c, err := d.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// closedByServer reports whether the server closed c: a read returns EOF or a reset rather than
// waiting (a closed connection answers at once; one still open times out).
func closedByServer(t *testing.T, c net.Conn, wait time.Duration) bool {
	t.Helper()
	_ = c.SetReadDeadline(time.Now().Add(wait))
	_, err := c.Read(make([]byte, 1))
	var ne net.Error
	return !(errors.As(err, &ne) && ne.Timeout())
}

func slowRequest(t *testing.T, c net.Conn) {
	t.Helper()
	if _, err := fmt.Fprintf(c, "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n0"); err != nil {
		t.Fatal(err)
	}
}

func okHandler() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.ReadAll(r.Body)
		fmt.Fprint(w, "ok")
	})
}

// Past the per-client bound, the client's connection that has waited longest is closed; another
// client's connection is untouched.
func TestPerClientBoundClosesTheOldest(t *testing.T) {
	t.Parallel()
	srv, err := ListenLimited("127.0.0.1:0", okHandler(), slog.New(slog.DiscardHandler), "test",
		Limits{PerClient: 2, Read: time.Minute, ReadHeader: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { Shutdown(srv) })
	addr := addrOf(t, srv)
	other := dialFrom(t, "127.0.0.3", addr)
	slowRequest(t, other)
	var mine []net.Conn
	for i := 0; i < 3; i++ {
		c := dialFrom(t, "127.0.0.2", addr)
		slowRequest(t, c)
		mine = append(mine, c)
	}
	if !closedByServer(t, mine[0], 10*time.Second) {
		t.Fatal("the oldest of three slow connections from one client stayed open at a per-client bound of 2")
	}
	for i, c := range append(mine[1:], other) {
		if closedByServer(t, c, 200*time.Millisecond) {
			t.Fatalf("connection %d was closed; only the oldest of the client over its bound should be", i)
		}
	}
}

// Past the overall bound, the oldest connection of any client is closed.
func TestHeldBoundClosesTheOldest(t *testing.T) {
	t.Parallel()
	srv, err := ListenLimited("127.0.0.1:0", okHandler(), slog.New(slog.DiscardHandler), "test",
		Limits{Held: 2, Read: time.Minute, ReadHeader: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { Shutdown(srv) })
	addr := addrOf(t, srv)
	var cs []net.Conn
	for _, from := range []string{"127.0.0.2", "127.0.0.3", "127.0.0.4"} {
		c := dialFrom(t, from, addr)
		slowRequest(t, c)
		cs = append(cs, c)
	}
	if !closedByServer(t, cs[0], 10*time.Second) {
		t.Fatal("the oldest of three slow connections stayed open at a bound of 2")
	}
	for i, c := range cs[1:] {
		if closedByServer(t, c, 200*time.Millisecond) {
			t.Fatalf("connection %d was closed; only the oldest should be", i+1)
		}
	}
}

// Past the overall bound, the client holding the most places gives up its oldest: a client with one
// connection keeps it, even when it is the oldest of all.
func TestHeldBoundTakesFromTheHeaviestClient(t *testing.T) {
	t.Parallel()
	srv, err := ListenLimited("127.0.0.1:0", okHandler(), slog.New(slog.DiscardHandler), "test",
		Limits{Held: 3, Read: time.Minute, ReadHeader: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { Shutdown(srv) })
	addr := addrOf(t, srv)
	light := dialFrom(t, "127.0.0.5", addr)
	slowRequest(t, light)
	var heavy []net.Conn
	for i := 0; i < 2; i++ {
		c := dialFrom(t, "127.0.0.6", addr)
		slowRequest(t, c)
		heavy = append(heavy, c)
	}
	if closedByServer(t, light, 200*time.Millisecond) {
		t.Fatal("a connection was closed within the bound")
	}
	slowRequest(t, dialFrom(t, "127.0.0.7", addr))
	if !closedByServer(t, heavy[0], 10*time.Second) {
		t.Fatal("the heaviest client's oldest connection stayed open past the overall bound")
	}
	if closedByServer(t, light, 200*time.Millisecond) {
		t.Fatal("the oldest connection of a client holding one was closed, not the heaviest client's")
	}
}

// A request whose body has been read is being served: newer slow connections from the same client
// never close it, and its answer arrives. An idle kept-alive connection holds a place again.
func TestServedRequestsAreNeverEvictedAndIdleOnesAre(t *testing.T) {
	t.Parallel()
	inHandler, finish := make(chan struct{}), make(chan struct{})
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		_, _ = io.ReadAll(r.Body)
		if r.URL.Path == "/hold" {
			close(inHandler)
			<-finish
		}
		fmt.Fprint(w, "ok")
	})
	srv, err := ListenLimited("127.0.0.1:0", h, slog.New(slog.DiscardHandler), "test",
		Limits{PerClient: 2, Read: time.Minute, ReadHeader: time.Minute, Idle: time.Minute})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { Shutdown(srv) })
	addr := addrOf(t, srv)
	served := dialFrom(t, "127.0.0.2", addr)
	fmt.Fprintf(served, "POST /hold HTTP/1.1\r\nHost: x\r\nContent-Length: 2\r\n\r\n{}")
	<-inHandler
	idle := dialFrom(t, "127.0.0.2", addr)
	fmt.Fprintf(idle, "GET / HTTP/1.1\r\nHost: x\r\n\r\n")
	br := bufio.NewReader(idle)
	if line, err := br.ReadString('\n'); err != nil || !strings.HasPrefix(line, "HTTP/1.1 200") {
		t.Fatalf("kept-alive request: %q %v", line, err)
	}
	// The server marks the connection idle just after it flushes the answer: wait for that (the
	// served one holds no place), so the slow ones below come after it.
	for deadline := time.Now().Add(10 * time.Second); srv.guard.holding("127.0.0.2") != 1; time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("the kept-alive connection never went idle")
		}
	}
	for i := 0; i < 2; i++ {
		slowRequest(t, dialFrom(t, "127.0.0.2", addr))
	}
	_ = idle.SetReadDeadline(time.Now().Add(10 * time.Second))
	var ne net.Error
	if _, err := io.ReadAll(br); errors.As(err, &ne) && ne.Timeout() {
		t.Fatal("an idle kept-alive connection stayed open past the per-client bound")
	}
	close(finish)
	_ = served.SetReadDeadline(time.Now().Add(10 * time.Second))
	line, err := bufio.NewReader(served).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "HTTP/1.1 200") {
		t.Fatalf("a request being served was cut off by newer slow connections: %q %v", line, err)
	}
}

func addrOf(t *testing.T, srv *Server) string {
	t.Helper()
	return srv.Addr.String()
}
