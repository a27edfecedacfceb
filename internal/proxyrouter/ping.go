package proxyrouter

import (
	"context"
	"crypto/ecdsa"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// Pong is a provider node's answer to a MOR-RPC ping (reference §13): the node's version and the
// address that signed the answer, which is the provider's on the provider's own node.
type Pong struct {
	Signer  common.Address
	Version string
	Latency time.Duration
}

// Ping failures, by how far the ping got.
var (
	// ErrNoConnection: nothing accepted a TCP connection on the endpoint.
	ErrNoConnection = errors.New("no connection")
	// ErrNotMORRPC: something accepted the connection but gave no valid MOR-RPC answer to the ping.
	ErrNotMORRPC = errors.New("no MOR-RPC answer")
)

// pingKey signs the pings morbot sends. The node checks only that the signature is hex, so any key
// does: this one is made for the process and signs nothing else.
var pingKey = sync.OnceValue(func() *ecdsa.PrivateKey {
	k, err := crypto.GenerateKey()
	if err != nil {
		panic("generate the ping key: " + err.Error()) // crypto/rand failing is not recoverable
	}
	return k
})

type pingParams struct {
	Nonce string `json:"nonce"`
}

type pongParams struct {
	Nonce   string `json:"nonce"`
	Version string `json:"version"`
}

// PongDigest is what a node signs in its answer to a ping: keccak256 of {"nonce","version"} as JSON.
func PongDigest(nonce, version string) []byte {
	body, _ := json.Marshal(pongParams{Nonce: nonce, Version: version})
	return crypto.Keccak256(body)
}

// Ping speaks MOR-RPC to a provider endpoint (host:port): one network.ping with a fresh nonce, and the
// answer's signature recovered to the address that made it. A node answers on the same connection
// and logs nothing, where a bare connect-and-close makes it log an error.
func Ping(ctx context.Context, hostport string, timeout time.Duration) (Pong, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	var nb [16]byte
	if _, err := rand.Read(nb[:]); err != nil {
		return Pong{}, fmt.Errorf("ping nonce: %w", err)
	}
	nonce := "0x" + hex.EncodeToString(nb[:])
	signed, _ := json.Marshal(pingParams{Nonce: nonce})
	sig, err := crypto.Sign(crypto.Keccak256(signed), pingKey())
	if err != nil {
		return Pong{}, fmt.Errorf("sign the ping: %w", err)
	}
	id := hex.EncodeToString(nb[:4])
	req, _ := json.Marshal(map[string]any{"id": id, "method": "network.ping",
		"params": map[string]string{"nonce": nonce, "signature": "0x" + hex.EncodeToString(sig)}})

	var d net.Dialer
	start := time.Now()
	c, err := d.DialContext(ctx, "tcp", hostport)
	if err != nil {
		return Pong{}, fmt.Errorf("%w: %v", ErrNoConnection, err)
	}
	defer c.Close()
	if dl, ok := ctx.Deadline(); ok {
		_ = c.SetDeadline(dl)
	}
	if _, err := c.Write(req); err != nil {
		return Pong{}, fmt.Errorf("%w: the ping could not be sent (%v)", ErrNotMORRPC, err)
	}
	var resp struct {
		ID     string `json:"id"`
		Result *struct {
			Nonce     string `json:"nonce"`
			Version   string `json:"version"`
			Signature string `json:"signature"`
		} `json:"result"`
		Error *json.RawMessage `json:"error"`
	}
	dec := json.NewDecoder(&limitedConn{c: c, left: 64 << 10})
	if err := dec.Decode(&resp); err != nil {
		var ne net.Error
		if errors.As(err, &ne) && ne.Timeout() {
			return Pong{}, fmt.Errorf("%w: no answer within %s", ErrNotMORRPC, timeout)
		}
		return Pong{}, fmt.Errorf("%w: the answer is not MOR-RPC JSON", ErrNotMORRPC)
	}
	latency := time.Since(start)
	switch {
	case resp.Result == nil:
		return Pong{}, fmt.Errorf("%w: the answer has no result", ErrNotMORRPC)
	case resp.ID != id:
		return Pong{}, fmt.Errorf("%w: the answer is to another request", ErrNotMORRPC)
	case !strings.EqualFold(resp.Result.Nonce, nonce):
		return Pong{}, fmt.Errorf("%w: the answer carries another nonce", ErrNotMORRPC)
	}
	r := resp.Result
	pongSig, err := hex.DecodeString(strings.TrimPrefix(r.Signature, "0x"))
	if err != nil || len(pongSig) != 65 {
		return Pong{}, fmt.Errorf("%w: the answer's signature is not 65 bytes of hex", ErrNotMORRPC)
	}
	if pongSig[64] >= 27 {
		pongSig[64] -= 27
	}
	pub, err := crypto.SigToPub(PongDigest(r.Nonce, r.Version), pongSig)
	if err != nil {
		return Pong{}, fmt.Errorf("%w: the answer's signature does not recover", ErrNotMORRPC)
	}
	return Pong{Signer: crypto.PubkeyToAddress(*pub), Version: r.Version, Latency: latency}, nil
}

// limitedConn reads at most left bytes: a ping's answer is small.
type limitedConn struct {
	c    net.Conn
	left int
}

func (l *limitedConn) Read(p []byte) (int, error) {
	if l.left <= 0 {
		return 0, errors.New("answer too large")
	}
	if len(p) > l.left {
		p = p[:l.left]
	}
	n, err := l.c.Read(p)
	l.left -= n
	return n, err
}
