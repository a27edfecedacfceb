package cnodetest

import (
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"

	"github.com/morbotlabs/morbot/internal/cnode"
)

// Serve serves the node on 127.0.0.1 until the test ends and returns a client of it, with the node's
// basic auth in a cookie file (user:password, mode 0600) as a real node writes one; cookie is that
// file's path ("" when the node requires no auth).
func Serve(t testing.TB, n *Node) (client *cnode.Client, cookie string) {
	t.Helper()
	srv := httptest.NewServer(n)
	t.Cleanup(srv.Close)
	if n.User != "" {
		cookie = filepath.Join(t.TempDir(), ".cookie")
		if err := os.WriteFile(cookie, []byte(n.User+":"+n.Password+"\n"), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	client, err := cnode.New(srv.URL, cookie)
	if err != nil {
		t.Fatal(err)
	}
	return client, cookie
}
