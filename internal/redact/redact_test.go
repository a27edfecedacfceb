package redact

import (
	"errors"
	"fmt"
	"net/url"
	"strings"
	"testing"
)

func TestTextAndError(t *testing.T) {
	t.Parallel()
	for in, want := range map[string]string{
		`Post "https://base-mainnet.g.alchemy.com/v2/KEY123?apikey=K2": dial tcp: i/o timeout`: `Post "https://base-mainnet.g.alchemy.com": dial tcp: i/o timeout`,
		"wss://user:pw@node.example:8546/ws/KEY#frag closed":                                   "wss://node.example:8546 closed",
		"two: http://a.example/x/KEY and https://b.example?k=KEY.":                             "two: http://a.example and https://b.example",
		"no url here":                     "no url here",
		"scheme only http:// and nothing": "scheme only http:// and nothing",
	} {
		if got := Text(in); got != want {
			t.Errorf("Text(%q) = %q, want %q", in, got, want)
		}
	}
	inner := &url.Error{Op: "Post", URL: "http://127.0.0.1:8545/v2/SECRET?apikey=SECRET2", Err: errors.New("connection refused")}
	err := Error(fmt.Errorf("eth_chainId: %w", inner))
	if strings.Contains(err.Error(), "SECRET") || err.Error() != `eth_chainId: Post "http://127.0.0.1:8545": connection refused` {
		t.Fatalf("redacted: %q", err)
	}
	var ue *url.Error
	if !errors.As(err, &ue) {
		t.Fatal("the redacted error no longer unwraps to what it wraps")
	}
	plain := errors.New("nothing to hide")
	if Error(plain) != plain || Error(nil) != nil {
		t.Fatal("an error without a URL must be returned as is")
	}
}
