package chaintest

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"

	"github.com/ethereum/go-ethereum/rpc"

	"github.com/morbotlabs/morbot/internal/chain"
)

type rpcRequest struct {
	JSONRPC string            `json:"jsonrpc"`
	ID      json.RawMessage   `json:"id"`
	Method  string            `json:"method"`
	Params  []json.RawMessage `json:"params"`
}

type rpcError struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
	Data    any    `json:"data,omitempty"`
}

type rpcResponse struct {
	JSONRPC string          `json:"jsonrpc"`
	ID      json.RawMessage `json:"id"`
	Result  json.RawMessage `json:"result,omitempty"`
	Error   *rpcError       `json:"error,omitempty"`
}

// HTTPHandler serves JSON-RPC over HTTP in front of any chain.RPC (single calls and batches), so
// tests can reach the simulated chain at a 127.0.0.1 URL exactly as morbot reaches a real node.
func HTTPHandler(backend chain.RPC) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, 8<<20))
		if err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		body = bytes.TrimSpace(body)
		if len(body) > 0 && body[0] == '[' {
			var reqs []rpcRequest
			if err := json.Unmarshal(body, &reqs); err != nil {
				http.Error(w, err.Error(), http.StatusBadRequest)
				return
			}
			out := make([]rpcResponse, len(reqs))
			for i, q := range reqs {
				out[i] = call(r.Context(), backend, q)
			}
			_ = json.NewEncoder(w).Encode(out)
			return
		}
		var q rpcRequest
		if err := json.Unmarshal(body, &q); err != nil {
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		_ = json.NewEncoder(w).Encode(call(r.Context(), backend, q))
	})
}

func call(ctx context.Context, backend chain.RPC, q rpcRequest) rpcResponse {
	args := make([]any, len(q.Params))
	for i, p := range q.Params {
		args[i] = p
	}
	var res json.RawMessage
	err := backend.CallContext(ctx, &res, q.Method, args...)
	resp := rpcResponse{JSONRPC: "2.0", ID: q.ID}
	if err == nil {
		if res == nil {
			res = json.RawMessage("null")
		}
		resp.Result = res
		return resp
	}
	e := &rpcError{Code: -32000, Message: err.Error()}
	var re rpc.Error
	if errors.As(err, &re) {
		e.Code = re.ErrorCode()
	}
	var de rpc.DataError
	if errors.As(err, &de) {
		e.Data = de.ErrorData()
	}
	resp.Error = e
	return resp
}

// ServeHTTP starts a 127.0.0.1 JSON-RPC endpoint for the simulated chain; close it when done.
func (s *Sim) ServeHTTP() *httptest.Server { return httptest.NewServer(HTTPHandler(s.RPC())) }
