// Package cnode talks to a consumer's proxy-router (a C-node, reference §15): the probe's hands. It
// opens a session on one bid from the node's own wallet, sends a prompt over it and reads the
// streamed answer, closes the session, and reads the wallet and its balances. morbot never holds
// the node's key; the node signs.
package cnode

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"net/http"
	"os"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/outside"
	"github.com/morbotlabs/morbot/internal/redact"
)

// Client is a C-node's HTTP API with the basic auth of its cookie file ("user:password").
type Client struct {
	base       string
	user, pass string
	http       *http.Client
}

// New reads the cookie file (if given) and returns a client. Each call is bounded by its context
// (the probe gives each step its own deadline), not by a client-wide timeout.
func New(apiURL, cookieFile string) (*Client, error) {
	c := &Client{base: strings.TrimRight(apiURL, "/"), http: &http.Client{}}
	if cookieFile != "" {
		b, err := os.ReadFile(cookieFile)
		if err != nil {
			return nil, fmt.Errorf("consumer node cookie file: %w", err)
		}
		user, pass, ok := strings.Cut(strings.TrimSpace(string(b)), ":")
		if !ok {
			return nil, errors.New("consumer node cookie file: want one line user:password")
		}
		c.user, c.pass = user, pass
		redact.AddSecret(pass)
	}
	return c, nil
}

// NodeError is an answer of the node other than success: its HTTP status and the text of its
// {"error": …} body (cleaned, one line), or the start of whatever else it sent.
type NodeError struct {
	Path    string
	Status  int
	Message string
}

func (e *NodeError) Error() string {
	if e.Status == http.StatusUnauthorized || e.Status == http.StatusForbidden {
		return fmt.Sprintf("the consumer node refused the credentials on %s (HTTP %d): check probe.cookie_file", e.Path, e.Status)
	}
	return fmt.Sprintf("the consumer node answered %s with HTTP %d: %s", e.Path, e.Status, outside.Quote(e.Message))
}

// Auth reports whether the node refused the credentials.
func (e *NodeError) Auth() bool {
	return e.Status == http.StatusUnauthorized || e.Status == http.StatusForbidden
}

func (c *Client) request(ctx context.Context, method, path string, body any) (*http.Response, error) {
	var rd io.Reader
	if body != nil {
		b, err := json.Marshal(body)
		if err != nil {
			return nil, err
		}
		rd = bytes.NewReader(b)
	}
	req, err := http.NewRequestWithContext(ctx, method, c.base+path, rd)
	if err != nil {
		return nil, err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if c.user != "" {
		req.SetBasicAuth(c.user, c.pass)
	}
	resp, err := c.http.Do(req)
	if err != nil {
		return nil, redact.Error(fmt.Errorf("consumer node %s: %w", path, err))
	}
	if resp.StatusCode >= 300 {
		defer resp.Body.Close()
		return nil, nodeError(path, resp)
	}
	return resp, nil
}

// nodeError reads a failed answer: upstream's handlers answer {"error": "…"}.
func nodeError(path string, resp *http.Response) error {
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	var e struct {
		Error string `json:"error"`
	}
	msg := strings.TrimSpace(string(b))
	if json.Unmarshal(b, &e) == nil && e.Error != "" {
		msg = e.Error
	}
	return &NodeError{Path: path, Status: resp.StatusCode, Message: outside.Clip(redact.Scrub(msg), 300)}
}

func (c *Client) do(ctx context.Context, method, path string, body, out any) error {
	resp, err := c.request(ctx, method, path, body)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if err := json.NewDecoder(io.LimitReader(resp.Body, 1<<20)).Decode(out); err != nil {
		return fmt.Errorf("consumer node %s: the answer is not the expected JSON: %w", path, err)
	}
	return nil
}

// Wallet is the node's wallet address (GET /wallet), the consumer of every probe session.
func (c *Client) Wallet(ctx context.Context) (common.Address, error) {
	var w struct {
		Address string `json:"address"`
	}
	if err := c.do(ctx, http.MethodGet, "/wallet", nil, &w); err != nil {
		return common.Address{}, err
	}
	if !common.IsHexAddress(w.Address) {
		return common.Address{}, fmt.Errorf("consumer node /wallet: %s is not an address", outside.Quote(w.Address))
	}
	return common.HexToAddress(w.Address), nil
}

// Balance is the wallet's ETH and MOR in wei (GET /blockchain/balance: {"eth": "…", "mor": "…"}).
func (c *Client) Balance(ctx context.Context) (eth, mor *big.Int, err error) {
	var b struct {
		ETH string `json:"eth"`
		MOR string `json:"mor"`
	}
	if err := c.do(ctx, http.MethodGet, "/blockchain/balance", nil, &b); err != nil {
		return nil, nil, err
	}
	eth, ok1 := new(big.Int).SetString(b.ETH, 10)
	mor, ok2 := new(big.Int).SetString(b.MOR, 10)
	if !ok1 || !ok2 {
		return nil, nil, fmt.Errorf("consumer node /blockchain/balance: want whole wei, got eth %s and mor %s", outside.Quote(b.ETH), outside.Quote(b.MOR))
	}
	return eth, mor, nil
}

// OpenSession opens a session of the given length on exactly this bid from the node's wallet
// (POST /blockchain/bids/{id}/session). The node asks the provider to approve it and waits for the
// transaction; the answer is the session ID.
func (c *Client) OpenSession(ctx context.Context, bid common.Hash, seconds uint64) (common.Hash, error) {
	path := "/blockchain/bids/" + bid.Hex() + "/session"
	var out struct {
		SessionID string `json:"sessionID"` // upstream's older handlers spell it sessionId; JSON keys match either
	}
	if err := c.do(ctx, http.MethodPost, path, map[string]uint64{"sessionDuration": seconds}, &out); err != nil {
		return common.Hash{}, err
	}
	id, err := hash32(out.SessionID)
	if err != nil {
		return common.Hash{}, fmt.Errorf("consumer node %s: sessionID %w", path, err)
	}
	return id, nil
}

// CloseSession closes a session on chain (POST /blockchain/sessions/{id}/close); the answer is the
// transaction's hash.
func (c *Client) CloseSession(ctx context.Context, session common.Hash) (common.Hash, error) {
	path := "/blockchain/sessions/" + session.Hex() + "/close"
	var out struct {
		TX string `json:"tx"`
	}
	if err := c.do(ctx, http.MethodPost, path, nil, &out); err != nil {
		return common.Hash{}, err
	}
	tx, err := hash32(out.TX)
	if err != nil {
		return common.Hash{}, fmt.Errorf("consumer node %s: tx %w", path, err)
	}
	return tx, nil
}

func hash32(s string) (common.Hash, error) {
	h := strings.TrimPrefix(strings.TrimPrefix(s, "0x"), "0X")
	if len(h) != 64 || strings.Trim(strings.ToLower(h), "0123456789abcdef") != "" {
		return common.Hash{}, fmt.Errorf("%s is not 0x and 64 hex digits", outside.Quote(s))
	}
	return common.HexToHash(h), nil
}

// Answer is what a prompt got: when the first content arrived and the whole answer ended (both
// from the moment the request was sent), the text, and the tokens (the usage the stream reported,
// or else the chunks that carried content).
type Answer struct {
	FirstToken, Total time.Duration
	Text              string
	Tokens            int
}

// TokensPerSecond is the answer's rate after the first token, ×1000 (the unit of receipts); 0 when
// it cannot be told.
func (a Answer) TokensPerSecond() uint64 {
	gen := a.Total - a.FirstToken
	if a.Tokens <= 1 || gen <= 0 {
		return 0
	}
	return uint64(float64(a.Tokens-1) * 1000 / gen.Seconds())
}

// chunk is one event of an OpenAI chat-completions stream.
type chunk struct {
	Choices []struct {
		Delta struct {
			Content string `json:"content"`
		} `json:"delta"`
		FinishReason *string `json:"finish_reason"`
	} `json:"choices"`
	Usage *struct {
		CompletionTokens int `json:"completion_tokens"`
	} `json:"usage"`
	Error any `json:"error"`
}

// maxAnswer bounds what is kept of an answer's text.
const maxAnswer = 4 << 10

// Prompt sends one user message over a session (POST /v1/chat/completions with the session_id
// header, streamed) and reads the answer to its end. now is the clock the times are taken with.
func (c *Client) Prompt(ctx context.Context, session common.Hash, prompt string, now func() time.Time) (Answer, error) {
	const path = "/v1/chat/completions"
	body := map[string]any{"messages": []map[string]string{{"role": "user", "content": prompt}}, "stream": true}
	b, err := json.Marshal(body)
	if err != nil {
		return Answer{}, err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+path, bytes.NewReader(b))
	if err != nil {
		return Answer{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "text/event-stream")
	req.Header.Set("session_id", session.Hex())
	if c.user != "" {
		req.SetBasicAuth(c.user, c.pass)
	}
	start := now()
	resp, err := c.http.Do(req)
	if err != nil {
		return Answer{}, redact.Error(fmt.Errorf("consumer node %s: %w", path, err))
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return Answer{}, nodeError(path, resp)
	}
	if ct := resp.Header.Get("Content-Type"); !strings.HasPrefix(ct, "text/event-stream") {
		// A node answers an error it meets before streaming as JSON, sometimes with 200.
		return Answer{}, nodeError(path, &http.Response{StatusCode: http.StatusBadGateway, Body: resp.Body})
	}
	var (
		a     Answer
		text  strings.Builder
		done  bool
		usage int
	)
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		data, ok := strings.CutPrefix(line, "data:")
		if !ok {
			continue // blank separators, comments, event names
		}
		data = strings.TrimSpace(data)
		if data == "[DONE]" {
			done = true
			break
		}
		var ch chunk
		if err := json.Unmarshal([]byte(data), &ch); err != nil {
			return a, fmt.Errorf("consumer node %s: a streamed event is not JSON: %s", path, outside.Quote(outside.Clip(data, 120)))
		}
		if ch.Error != nil {
			msg, _ := json.Marshal(ch.Error)
			return a, &NodeError{Path: path, Status: http.StatusBadGateway, Message: outside.Clip(redact.Scrub(string(msg)), 300)}
		}
		if ch.Usage != nil && ch.Usage.CompletionTokens > 0 {
			usage = ch.Usage.CompletionTokens
		}
		for _, c := range ch.Choices {
			if c.Delta.Content == "" {
				continue
			}
			if a.Tokens == 0 {
				a.FirstToken = now().Sub(start)
			}
			a.Tokens++
			if text.Len() < maxAnswer {
				text.WriteString(c.Delta.Content)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return a, fmt.Errorf("consumer node %s: the stream broke: %w", path, redact.Error(err))
	}
	a.Total = now().Sub(start)
	a.Text = text.String()
	if usage > 0 {
		a.Tokens = usage
	}
	if !done {
		return a, fmt.Errorf("consumer node %s: the stream ended without [DONE] after %d tokens", path, a.Tokens)
	}
	if a.Tokens == 0 {
		return a, fmt.Errorf("consumer node %s: the answer was empty", path)
	}
	return a, nil
}

// URL is the node's API base URL.
func (c *Client) URL() string { return c.base }
