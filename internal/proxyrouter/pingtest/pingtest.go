// Package pingtest is a provider node's MOR-RPC ping endpoint (reference §13) for tests and morbot
// dev: it answers network.ping signed with a key, and logs what the real node logs on bad input.
package pingtest

import (
	"crypto/ecdsa"
	"encoding/hex"
	"encoding/json"
	"net"
	"strings"

	"github.com/ethereum/go-ethereum/crypto"

	"github.com/morbotlabs/morbot/internal/proxyrouter"
)

// Pinger answers MOR-RPC pings as a provider node does, signing with key: the stand-in for tests and
// morbot dev. Malformed input is logged through logf as the node logs it.
type Pinger struct {
	Key     *ecdsa.PrivateKey
	Version string
	Logf    func(format string, args ...any)
}

// Serve answers every connection on ln until it is closed.
func (p *Pinger) Serve(ln net.Listener) {
	for {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		go p.serveConn(c)
	}
}

// serveConn reads one message, as the node does, answers a ping and closes the connection.
func (p *Pinger) serveConn(c net.Conn) {
	defer c.Close()
	var req struct {
		ID     string `json:"id"`
		Method string `json:"method"`
		Params struct {
			Nonce     string `json:"nonce"`
			Signature string `json:"signature"`
		} `json:"params"`
	}
	if err := json.NewDecoder(c).Decode(&req); err != nil {
		p.logf("ERROR TCP error reading message%v", err) // as upstream's node logs a bare connect-and-close
		return
	}
	if req.Method != "network.ping" || !isHex(req.Params.Nonce) || !isHex(req.Params.Signature) {
		p.logf("ERROR bad request %q", req.Method)
		return
	}
	sig, err := crypto.Sign(proxyrouter.PongDigest(req.Params.Nonce, p.Version), p.Key)
	if err != nil {
		return
	}
	out, _ := json.Marshal(map[string]any{"id": req.ID, "result": map[string]string{"nonce": req.Params.Nonce, "version": p.Version, "signature": "0x" + hex.EncodeToString(sig)}})
	_, _ = c.Write(out)
}

func (p *Pinger) logf(format string, args ...any) {
	if p.Logf != nil {
		p.Logf(format, args...)
	}
}

func isHex(s string) bool {
	if !strings.HasPrefix(s, "0x") || len(s) < 3 {
		return false
	}
	_, err := hex.DecodeString(strings.TrimPrefix(s, "0x"))
	return err == nil
}
