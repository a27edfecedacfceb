// Package teetest is a v7 provider node's GET /v1/models/attestation (reference §14) for tests and
// morbot dev: as strict as upstream's handler (GET only, basic auth when a user is set, the JSON
// array with upstream's field names, optional fields left out when empty), with each model's state
// settable: passed, failed (with an error), or passed with a workload mismatch.
package teetest

import (
	"encoding/json"
	"net/http"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/morbotlabs/morbot/internal/proxyrouter"
)

// Attester serves the attestation list. The zero value serves an empty list without auth.
type Attester struct {
	User, Password string           // basic auth the node requires ("": none)
	Now            func() time.Time // verifiedAt of new states (default time.Now)

	mu      sync.Mutex
	entries map[string]proxyrouter.Attestation // by lower-case model ID
}

// Pass records a passing attestation of model (its workload authentic) verified now.
func (a *Attester) Pass(model, attestationURL string) {
	a.set(proxyrouter.Attestation{ModelID: model, AttestationURL: attestationURL, TEEType: "tdx", Status: proxyrouter.AttestPassed,
		WorkloadStatus: proxyrouter.WorkloadMatch, VMTemplateName: "mor-tee-llm", ArtifactsVersion: "v7.0.0"})
}

// Fail records a failed attestation of model with the node's error text.
func (a *Attester) Fail(model, attestationURL, reason string) {
	a.set(proxyrouter.Attestation{ModelID: model, AttestationURL: attestationURL, TEEType: "tdx", Status: proxyrouter.AttestFailed, Error: reason})
}

// Mismatch records an attestation that passed while the backend's workload differs from the attested one.
func (a *Attester) Mismatch(model, attestationURL string) {
	a.set(proxyrouter.Attestation{ModelID: model, AttestationURL: attestationURL, TEEType: "tdx", Status: proxyrouter.AttestPassed,
		WorkloadStatus: proxyrouter.WorkloadDiffer, DockerComposeHash: "sha256:0badc0de"})
}

// Set records an entry as given (its VerifiedAt set to now when empty).
func (a *Attester) Set(e proxyrouter.Attestation) { a.set(e) }

// Forget drops a model's entry (the node has not attested it).
func (a *Attester) Forget(model string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	delete(a.entries, strings.ToLower(model))
}

// Get is a model's entry, if any.
func (a *Attester) Get(model string) (proxyrouter.Attestation, bool) {
	a.mu.Lock()
	defer a.mu.Unlock()
	e, ok := a.entries[strings.ToLower(model)]
	return e, ok
}

func (a *Attester) set(e proxyrouter.Attestation) {
	now := time.Now
	if a.Now != nil {
		now = a.Now
	}
	if e.VerifiedAt == "" {
		e.VerifiedAt = now().UTC().Format(time.RFC3339)
	}
	e.ModelID = strings.ToLower(e.ModelID)
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.entries == nil {
		a.entries = map[string]proxyrouter.Attestation{}
	}
	a.entries[e.ModelID] = e
}

// ServeHTTP answers GET /v1/models/attestation as the node does.
func (a *Attester) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path != "/v1/models/attestation" {
		http.NotFound(w, r)
		return
	}
	if r.Method != http.MethodGet {
		w.Header().Set("Allow", http.MethodGet)
		http.Error(w, `{"error":"method not allowed"}`, http.StatusMethodNotAllowed)
		return
	}
	if a.User != "" {
		if u, p, ok := r.BasicAuth(); !ok || u != a.User || p != a.Password {
			w.Header().Set("WWW-Authenticate", `Basic realm="proxy-router"`)
			http.Error(w, `{"error":"unauthorized"}`, http.StatusUnauthorized)
			return
		}
	}
	a.mu.Lock()
	list := make([]proxyrouter.Attestation, 0, len(a.entries))
	for _, e := range a.entries {
		list = append(list, e)
	}
	a.mu.Unlock()
	sort.Slice(list, func(i, j int) bool { return list[i].ModelID < list[j].ModelID })
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(list)
}
