// Package cnodetest is a consumer's proxy-router (C-node, reference §15) for tests and morbot dev,
// as strict as upstream's handlers: basic auth on every path, the paths and methods of upstream's
// Swagger, JSON bodies with exactly upstream's fields, 0x-and-64-hex IDs, {"error": "…"} on every
// failure, and an OpenAI event stream for prompts. Its sessions are real: it opens them on the
// (simulated) chain from its own consumer key, with the provider's approval signed by the
// provider's key (as the provider's node does over MOR-RPC), and closes them with a receipt the
// provider signs. Each step can be made to fail with a message.
package cnodetest

import (
	"context"
	"crypto/ecdsa"
	"encoding/json"
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
)

// Steps a failure can be set on. StepOpenLate opens the session on chain and then answers the
// failure, as a node does whose answer is lost after its transaction went through.
const (
	StepOpen     = "open"
	StepOpenLate = "open-late"
	StepPrompt   = "prompt"
	StepClose    = "close"
)

// Node is the stand-in C-node. Set the fields before serving.
type Node struct {
	User, Password string // basic auth the node requires
	Owner          *chaintest.Owner
	Chain          *chain.Client
	Consumer       *ecdsa.PrivateKey       // the node's wallet
	Provider       chaintest.MessageSigner // the provider's node: approves sessions and signs receipts
	// Answer is the provider's backend: the streamed chunks (default "ok"), or the error the node
	// passes on.
	Answer func(prompt string) ([]string, error)
	// FirstToken and PerChunk pace the streamed answer as a model's generation would (0: at once).
	FirstToken, PerChunk time.Duration
	// OnPrompt, when set, is called when a prompt arrives for a session, before anything is
	// streamed (a test ends the caller there).
	OnPrompt func(session common.Hash)

	mu         sync.Mutex
	fail       map[string]string
	failLeft   map[string]int       // failures left for a step set by FailOnce
	open       map[common.Hash]bool // sessions this node opened and has not closed
	opens      int
	closes     int
	closeCalls int
	prompt     []string
}

// Fail makes every later call of step answer HTTP 500 with msg ("" clears it).
func (n *Node) Fail(step, msg string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.fail == nil {
		n.fail = map[string]string{}
	}
	if msg == "" {
		delete(n.fail, step)
		return
	}
	n.fail[step] = msg
}

// FailOnce makes the next call of step fail with msg, and later ones succeed.
func (n *Node) FailOnce(step, msg string) {
	n.Fail(step, msg)
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.failLeft == nil {
		n.failLeft = map[string]int{}
	}
	n.failLeft[step] = 1
}

func (n *Node) failure(step string) string {
	n.mu.Lock()
	defer n.mu.Unlock()
	msg := n.fail[step]
	if left, ok := n.failLeft[step]; ok && msg != "" {
		if left <= 1 {
			delete(n.failLeft, step)
			delete(n.fail, step)
		} else {
			n.failLeft[step] = left - 1
		}
	}
	return msg
}

// CloseCalls is how many close requests the node received, answered or not.
func (n *Node) CloseCalls() int {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.closeCalls
}

// Counts are the sessions this node opened and closed, and how many are open.
func (n *Node) Counts() (opened, closed, open int) {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.opens, n.closes, len(n.open)
}

// Prompts are the prompts received, in order.
func (n *Node) Prompts() []string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return append([]string(nil), n.prompt...)
}

// Address is the node's wallet.
func (n *Node) Address() common.Address { return crypto.PubkeyToAddress(n.Consumer.PublicKey) }

var (
	bidSession   = regexp.MustCompile(`^/blockchain/bids/(0x[0-9a-fA-F]{64})/session$`)
	sessionClose = regexp.MustCompile(`^/blockchain/sessions/(0x[0-9a-fA-F]{64})/close$`)
	sessionIDRe  = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)
)

func fail(w http.ResponseWriter, code int, format string, args ...any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(map[string]string{"error": fmt.Sprintf(format, args...)})
}

func ok(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_ = json.NewEncoder(w).Encode(v)
}

// decodeStrict reads a JSON body with exactly the fields of v.
func decodeStrict(r *http.Request, v any) error {
	if ct := r.Header.Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		return fmt.Errorf("Content-Type %q, want application/json", ct)
	}
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return err
	}
	if dec.More() {
		return fmt.Errorf("trailing data after the JSON body")
	}
	return nil
}

// ServeHTTP answers the C-node API.
func (n *Node) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if n.User != "" {
		u, p, okAuth := r.BasicAuth()
		if !okAuth || u != n.User || p != n.Password {
			w.Header().Set("WWW-Authenticate", `Basic realm="proxy-router"`)
			fail(w, http.StatusUnauthorized, "unauthorized")
			return
		}
	}
	ctx := r.Context()
	switch p := r.URL.Path; {
	case p == "/wallet" && r.Method == http.MethodGet:
		ok(w, map[string]string{"address": n.Address().Hex()})
	case p == "/blockchain/balance" && r.Method == http.MethodGet:
		n.balance(ctx, w)
	case bidSession.MatchString(p) && r.Method == http.MethodPost:
		n.openSession(ctx, w, r, common.HexToHash(bidSession.FindStringSubmatch(p)[1]))
	case sessionClose.MatchString(p) && r.Method == http.MethodPost:
		n.closeSession(ctx, w, common.HexToHash(sessionClose.FindStringSubmatch(p)[1]))
	case p == "/v1/chat/completions" && r.Method == http.MethodPost:
		n.chat(w, r)
	case bidSession.MatchString(p) || sessionClose.MatchString(p) || p == "/wallet" || p == "/blockchain/balance" || p == "/v1/chat/completions":
		fail(w, http.StatusMethodNotAllowed, "method %s not allowed", r.Method)
	default:
		fail(w, http.StatusNotFound, "404 page not found")
	}
}

func (n *Node) balance(ctx context.Context, w http.ResponseWriter) {
	eth, err := n.Chain.ETHBalance(ctx, n.Address())
	if err != nil {
		fail(w, http.StatusInternalServerError, "%v", err)
		return
	}
	mor, err := n.Chain.MORBalance(ctx, n.Address())
	if err != nil {
		fail(w, http.StatusInternalServerError, "%v", err)
		return
	}
	ok(w, map[string]string{"eth": eth.String(), "mor": mor.String()})
}

func (n *Node) openSession(ctx context.Context, w http.ResponseWriter, r *http.Request, bidID common.Hash) {
	var body struct {
		SessionDuration *json.Number `json:"sessionDuration"`
	}
	if err := decodeStrict(r, &body); err != nil {
		fail(w, http.StatusBadRequest, "%v", err)
		return
	}
	if body.SessionDuration == nil {
		fail(w, http.StatusBadRequest, "Key: 'OpenSessionWithDurationRequest.SessionDuration' Error:Field validation for 'SessionDuration' failed on the 'required' tag")
		return
	}
	secs, err := body.SessionDuration.Int64()
	if err != nil || secs <= 0 {
		fail(w, http.StatusBadRequest, "sessionDuration %s is not a positive whole number of seconds", body.SessionDuration.String())
		return
	}
	if msg := n.failure(StepOpen); msg != "" {
		fail(w, http.StatusInternalServerError, "%s", msg)
		return
	}
	bid, err := n.Chain.Bid(ctx, bidID)
	if err != nil || !bid.Active() {
		fail(w, http.StatusInternalServerError, "bid %s is not active", bidID.Hex())
		return
	}
	now, err := n.Owner.Now(ctx)
	if err != nil {
		fail(w, http.StatusInternalServerError, "%v", err)
		return
	}
	stake, err := n.Chain.SessionStake(ctx, bid.PricePerSecond, uint64(secs), now)
	if err != nil {
		fail(w, http.StatusInternalServerError, "%v", err)
		return
	}
	id, err := n.Owner.OpenSession(ctx, n.Consumer, n.Provider, bidID, stake, false)
	if err != nil {
		fail(w, http.StatusInternalServerError, "failed to open session: %v", err)
		return
	}
	n.mu.Lock()
	if n.open == nil {
		n.open = map[common.Hash]bool{}
	}
	n.open[id] = true
	n.opens++
	n.mu.Unlock()
	if msg := n.failure(StepOpenLate); msg != "" {
		fail(w, http.StatusInternalServerError, "%s", msg)
		return
	}
	ok(w, map[string]string{"sessionID": id.Hex()})
}

func (n *Node) closeSession(ctx context.Context, w http.ResponseWriter, id common.Hash) {
	n.mu.Lock()
	n.closeCalls++
	n.mu.Unlock()
	if msg := n.failure(StepClose); msg != "" {
		fail(w, http.StatusInternalServerError, "%s", msg)
		return
	}
	s, err := n.Chain.Session(ctx, id)
	if err != nil || !s.Exists() {
		fail(w, http.StatusInternalServerError, "session %s not found", id.Hex())
		return
	}
	if s.User != n.Address() {
		fail(w, http.StatusInternalServerError, "session %s belongs to another user", id.Hex())
		return
	}
	if s.Closed() {
		fail(w, http.StatusInternalServerError, "failed to close session: execution reverted: custom error SessionAlreadyClosed()")
		return
	}
	tx, err := n.Owner.CloseSessionTx(ctx, n.Consumer, n.Provider, id, chaintest.DefaultReceipt)
	if err != nil {
		fail(w, http.StatusInternalServerError, "failed to close session: %v", err)
		return
	}
	n.mu.Lock()
	delete(n.open, id)
	n.closes++
	n.mu.Unlock()
	ok(w, map[string]string{"tx": tx.Hex()})
}

// chatRequest is the OpenAI body upstream forwards; the stand-in takes the fields a chat needs.
type chatRequest struct {
	Model    string `json:"model,omitempty"`
	Messages []struct {
		Role    string `json:"role"`
		Content string `json:"content"`
	} `json:"messages"`
	Stream bool `json:"stream"`
}

func (n *Node) chat(w http.ResponseWriter, r *http.Request) {
	sid := r.Header.Get("session_id")
	if !sessionIDRe.MatchString(sid) {
		fail(w, http.StatusBadRequest, "session_id header %q is not a session ID", sid)
		return
	}
	var req chatRequest
	if err := decodeStrict(r, &req); err != nil {
		fail(w, http.StatusBadRequest, "%v", err)
		return
	}
	if len(req.Messages) == 0 || req.Messages[len(req.Messages)-1].Role != "user" {
		fail(w, http.StatusBadRequest, "messages must end with a user message")
		return
	}
	id := common.HexToHash(sid)
	n.mu.Lock()
	open := n.open[id]
	n.prompt = append(n.prompt, req.Messages[len(req.Messages)-1].Content)
	n.mu.Unlock()
	if !open {
		fail(w, http.StatusBadRequest, "session not found")
		return
	}
	if n.OnPrompt != nil {
		n.OnPrompt(id)
	}
	if msg := n.failure(StepPrompt); msg != "" {
		fail(w, http.StatusInternalServerError, "%s", msg)
		return
	}
	chunks := []string{"ok"}
	if n.Answer != nil {
		var err error
		if chunks, err = n.Answer(req.Messages[len(req.Messages)-1].Content); err != nil {
			fail(w, http.StatusInternalServerError, "%v", err)
			return
		}
	}
	if !req.Stream {
		ok(w, map[string]any{"id": "chatcmpl-probe", "object": "chat.completion", "choices": []any{map[string]any{"index": 0,
			"message": map[string]string{"role": "assistant", "content": strings.Join(chunks, "")}, "finish_reason": "stop"}}})
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	fl, _ := w.(http.Flusher)
	created := time.Now().Unix()
	time.Sleep(n.FirstToken)
	for i, c := range chunks {
		if i > 0 {
			time.Sleep(n.PerChunk)
		}
		var finish any
		if i == len(chunks)-1 {
			finish = "stop"
		}
		ev, _ := json.Marshal(map[string]any{"id": "chatcmpl-probe", "object": "chat.completion.chunk", "created": created, "model": req.Model,
			"choices": []any{map[string]any{"index": 0, "delta": map[string]string{"content": c}, "finish_reason": finish}}})
		fmt.Fprintf(w, "data: %s\n\n", ev)
		if fl != nil {
			fl.Flush()
		}
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
}
