//go:build !slim

package main

import (
	"context"
	"crypto/ecdsa"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/cnode"
	"github.com/morbotlabs/morbot/internal/cnode/cnodetest"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/probe"
)

// devConsumerNode is morbot dev's stand-in C-node: a consumer's proxy-router on 127.0.0.1 whose
// wallet (a funded dev key of its own) opens real sessions on the dev chain, with the provider's
// approval signed as the provider's node signs it, answered through the dev backend.
type devConsumerNode struct {
	node *cnodetest.Node
	url  string
	srv  *http.Server
}

// startDevConsumerNode serves the stand-in C-node with a random basic-auth password, written to a
// cookie file in dir as a real node writes its own.
func startDevConsumerNode(dir string, dev *devChain, key *ecdsa.PrivateKey) (*devConsumerNode, string, error) {
	pass, err := randomHex(16)
	if err != nil {
		return nil, "", err
	}
	cookie := filepath.Join(dir, "consumer-node.cookie")
	if err := os.WriteFile(cookie, []byte("admin:"+pass+"\n"), 0o600); err != nil {
		return nil, "", fmt.Errorf("dev consumer node: %w", err)
	}
	n := &cnodetest.Node{User: "admin", Password: pass, Owner: dev.sim.Owner, Chain: dev.client, Consumer: key, Provider: dev.providerSign,
		Answer: dev.node.answer, FirstToken: 300 * time.Millisecond, PerChunk: 40 * time.Millisecond}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, "", fmt.Errorf("dev consumer node: %w", err)
	}
	c := &devConsumerNode{node: n, url: "http://" + ln.Addr().String(), srv: &http.Server{Handler: n, ReadHeaderTimeout: 5 * time.Second}}
	go func() { _ = c.srv.Serve(ln) }()
	return c, cookie, nil
}

func (c *devConsumerNode) close() { _ = c.srv.Close() }

// answer is what the dev backend gives a probe's prompt: "ok", streamed, unless `/mor dev backend`
// made it fail.
func (d *devProxy) answer(string) ([]string, error) {
	d.mu.Lock()
	code := d.backend
	d.mu.Unlock()
	switch code {
	case 0:
		return nil, fmt.Errorf("provider: the backend %s did not answer", d.backendURL())
	case http.StatusPaymentRequired, http.StatusTooManyRequests, http.StatusInternalServerError:
		return nil, fmt.Errorf("provider: the backend answered HTTP %d", code)
	}
	return []string{"o", "k"}, nil // two chunks: a first token, then a rate
}

// newDevProber is the probe of morbot dev: the stand-in C-node, within the default budget.
func newDevProber(b *bot, dev *devChain, c *devConsumerNode, cookie string) (*probe.Prober, error) {
	node, err := cnode.New(c.url, cookie)
	if err != nil {
		return nil, err
	}
	return probe.New(probe.Options{Node: node, Chain: b.client, Store: b.db, Provider: dev.provider(), StepTimeout: 30 * time.Second, Log: b.log}), nil
}

// probeSpec is `/mor dev probe fail open|prompt|close [message]` and `/mor dev probe ok`: how the
// stand-in consumer node's steps come out, to show each probe failure.
func (c *devConsumerNode) probeSpec() *commands.Spec {
	return commands.NewSpec(commands.Spec{Path: []string{"dev", "probe"}, Dev: true,
		Summary: "(dev only) make a step of the stand-in consumer node fail (fail open|prompt|close [message]) or work again (ok)",
		Args: []commands.Arg{{Name: "state", Help: "fail or ok"}, {Name: "step", Help: "open, prompt or close (with fail)", Optional: true},
			{Name: "message", Help: "what the node says (default: a typical message for the step)", Optional: true, Variadic: true}},
		Example: "/mor dev probe fail prompt"},
		func(_ *commands.Handler, _ context.Context, call *commands.Call) (*commands.Response, error) {
			msgs := map[string]string{
				cnodetest.StepOpen:   "provider refused the session: approval signature mismatch",
				cnodetest.StepPrompt: "LLM TEE verification failed: tdx quote expired",
				cnodetest.StepClose:  "failed to close session: nonce too low",
			}
			switch strings.ToLower(call.Arg("state")) {
			case "ok":
				for s := range msgs {
					c.node.Fail(s, "")
				}
				return &commands.Response{Message: chat.Message{Severity: chat.Success, Text: "the dev consumer node works again; /mor probe closes what a failed close left open"}}, nil
			case "fail":
			default:
				return nil, &commands.UsageError{Spec: call.Spec, Msg: fmt.Sprintf("state: %q is not fail or ok", call.Arg("state"))}
			}
			step := strings.ToLower(call.Arg("step"))
			def, ok := msgs[step]
			if !ok {
				return nil, &commands.UsageError{Spec: call.Spec, Msg: fmt.Sprintf("step: %q is not open, prompt or close", call.Arg("step"))}
			}
			msg := call.Arg("message")
			if msg == "" {
				msg = def
			}
			for s := range msgs {
				c.node.Fail(s, "") // one failing step at a time
			}
			c.node.Fail(step, msg)
			return &commands.Response{Message: chat.Message{Severity: chat.Success,
				Text: fmt.Sprintf("the dev consumer node now fails the %s with %q; /mor probe shows what that looks like", step, msg)}}, nil
		})
}
