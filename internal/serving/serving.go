// Package serving joins what the chain says a provider sells with what its proxy-router serves: per
// model, the on-chain model and bid, the proxy-router's model list and models-config.json entry, its
// healthcheck, and optionally a cheap probe of the backend. Each model gets one state; the states
// that cost money (a bid nobody can serve, a backend out of credit) become alerts.
package serving

import (
	"fmt"
	"math/big"
	"sort"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/discovery"
	"github.com/morbotlabs/morbot/internal/outside"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
)

// State is a model's serving state.
type State string

// States, from the worst down.
const (
	ProxyDown          State = "proxy_down"           // the proxy-router does not answer
	BidWithoutConfig   State = "bid_without_config"   // consumers pay for a bid the node does not serve
	ConfigInvalid      State = "config_invalid"       // the node has the entry but cannot use its apiUrl or apiType
	BackendBilling     State = "backend_billing"      // the backend answers 402: its billing ran out
	BackendRateLimited State = "backend_rate_limited" // the backend answers 429
	BackendDown        State = "backend_down"         // the backend does not answer, or answers 5xx
	ConfigWithoutBid   State = "config_without_bid"   // served, but no bid: it earns nothing
	// A TEE model (tagged tee on chain) whose backend attestation fails: every prompt fails with "LLM
	// TEE verification failed" while the consumer has paid (reference §14).
	AttestationFailed State = "attestation_failed"
	// A TEE model with no passing attestation within the configured time (unknown, or old).
	AttestationStale State = "attestation_stale"
	// A TEE model on a node without the attestation endpoint (before v7): every session fails.
	TEEUnsupported State = "tee_unsupported"
	// The network's view, judged once the node itself serves the model (discovery).
	Undiscovered     State = State(discovery.Undiscovered)     // the network does not list the bid: consumers cannot find it
	NetworkUnhealthy State = State(discovery.NetworkUnhealthy) // the network lists the bid but reports it or its model unhealthy
	Serving          State = "serving"                         // bid active, served, backend fine
)

// Probe is one cheap request to a backend (HEAD, never a completion).
type Probe struct {
	Status  int // HTTP status; 0 when there was no answer
	Latency time.Duration
	Err     string // why there was no answer
}

// Node is what one check read from the proxy-router.
type Node struct {
	Health    proxyrouter.Health
	HealthErr string                       // "" when /healthcheck answered
	Served    map[string]bool              // /v1/models, by lower-case model ID
	ModelsErr string                       // "" when /v1/models answered
	Config    map[string]proxyrouter.Entry // models-config.json, by lower-case model ID
	ConfigErr string
	// ConfigManaged is set when morbot reads models-config.json (proxy_router.models_config).
	ConfigManaged bool
	Probes        map[string]Probe // by lower-case model ID, when probing is on
	// Attest is GET /v1/models/attestation by lower-case model ID; AttestErr says why it could not be
	// read ("" when it was), and NoAttest that the node has no such endpoint (404, before v7).
	Attest    map[string]proxyrouter.Attestation
	AttestErr string
	NoAttest  bool
	// At is when the node was read; StaleAfter how long a passing attestation counts (default 1h).
	At         time.Time
	StaleAfter time.Duration
	DownChecks int           // checks in a row (this one included) that found the proxy-router down
	DownFor    time.Duration // since the first of those checks
	Resets     int           // uptime resets seen in the restart window
	Window     time.Duration // the restart window
	LoopResets int           // resets in the window that make a restart loop
}

// Looping reports whether the proxy-router restarted often enough in the window to be a loop.
func (n Node) Looping() bool { return n.LoopResets > 0 && n.Resets >= n.LoopResets }

// Unhealthy lists the healthcheck's components that are not healthy ("name: state; …"), or every
// component when none says so.
func Unhealthy(cs map[string]string) string {
	var bad, all []string
	for k, v := range cs {
		all = append(all, k+": "+v)
		if !strings.HasPrefix(strings.ToLower(v), "healthy") {
			bad = append(bad, k+": "+v)
		}
	}
	if len(bad) == 0 {
		bad = all
	}
	if len(bad) == 0 {
		return "no component named"
	}
	sort.Strings(bad)
	return strings.Join(bad, "; ")
}

// Model is one model's joined health.
type Model struct {
	ID       common.Hash
	Name     string
	Bid      *chain.Bid // the team's active bid on it, or nil
	Served   bool       // listed by /v1/models
	Entry    *proxyrouter.Entry
	Probe    *Probe
	TEE      bool                     // tagged tee on chain: the node attests its backend
	Attest   *proxyrouter.Attestation // the node's latest attestation of it (TEE models only)
	State    State
	Detail   string // why, in words
	InvalidE string // what is wrong with the entry (ConfigInvalid)
	// Net is how the network sees the model's bid (nil: discovery off, or no bid).
	Net *discovery.BidView
}

// JoinNetwork adds the network's view to each model with a bid: beside any state, and as the state
// when the node itself serves the model but the network cannot find it, or finds it unhealthy. A
// problem the node shows (a bid it does not serve, a dead backend) stays the state: it is the cause
// to fix first.
func JoinNetwork(ms []Model, j *discovery.Judgement) {
	if j == nil {
		return
	}
	for i := range ms {
		m := &ms[i]
		if m.Bid == nil {
			continue
		}
		bv, ok := j.Bids[m.Bid.ID]
		if !ok {
			continue
		}
		m.Net = &bv
		if m.State == Serving && (bv.State == discovery.Undiscovered || bv.State == discovery.NetworkUnhealthy) {
			m.State, m.Detail = State(bv.State), bv.Detail
		}
	}
}

// Key is the model ID as models-config writes it.
func Key(id common.Hash) string { return strings.ToLower(id.Hex()) }

// Join gives each model the team sells or serves one state. models are the team's models (ID →
// name); the snapshot gives the active bids and on-chain names.
func Join(models map[common.Hash]string, snap *chain.Snapshot, n Node) []Model {
	ids := map[common.Hash]bool{}
	for id := range models {
		ids[id] = true
	}
	bids := map[common.Hash]*chain.Bid{}
	for i := range snap.ActiveBids {
		b := &snap.ActiveBids[i]
		bids[b.ModelID] = b
		ids[b.ModelID] = true
	}
	for k := range n.Config {
		ids[common.HexToHash(k)] = true
	}
	var out []Model
	for id := range ids {
		m := Model{ID: id, Name: models[id], Bid: bids[id], Served: n.Served[Key(id)]}
		if m.Name == "" {
			m.Name = snap.Models[id].Name
		}
		if e, ok := n.Config[Key(id)]; ok {
			m.Entry = &e
			if m.Name == "" {
				m.Name = e.ModelName
			}
		}
		if p, ok := n.Probes[Key(id)]; ok {
			m.Probe = &p
		}
		if md, ok := snap.Models[id]; ok && proxyrouter.IsTEE(md.Tags) {
			m.TEE = true
			if a, ok := n.Attest[Key(id)]; ok {
				m.Attest = &a
			}
		}
		if m.Bid == nil && m.Entry == nil && !m.Served {
			continue // registered, neither sold nor served: nothing to watch
		}
		m.State, m.Detail = judge(m, n)
		out = append(out, m)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Name != out[j].Name {
			return out[i].Name < out[j].Name
		}
		return out[i].ID.Hex() < out[j].ID.Hex()
	})
	return out
}

func judge(m Model, n Node) (State, string) {
	switch {
	case n.HealthErr != "":
		return ProxyDown, "the proxy-router does not answer: " + n.HealthErr
	}
	// A restart loop is the node's state, shown beside each model's (the node line, the loop alert):
	// it never hides what is wrong with a model.
	if m.Bid != nil {
		configRead := n.ConfigManaged && n.ConfigErr == ""
		listed := n.ModelsErr == "" // the node's model list was read, so Served is known
		switch {
		case m.Entry != nil && !m.Served && listed:
			return BidWithoutConfig, "the bid is active and models-config.json has the model, but the running proxy-router does not list it (restart it to load the file)"
		case m.Entry == nil && configRead && !m.Served:
			return BidWithoutConfig, "the bid is active but models-config.json has no entry for the model: consumers who open a session pay and get no answer"
		case m.Entry == nil && configRead && m.Served:
			return BidWithoutConfig, "the running proxy-router serves the model, but models-config.json has no entry for it: the next restart stops serving it"
		case m.Entry == nil && !m.Served && listed && n.ConfigErr != "":
			return BidWithoutConfig, "the bid is active but the proxy-router does not list the model, and models-config.json could not be read: " + n.ConfigErr
		case m.Entry == nil && !m.Served && listed:
			return BidWithoutConfig, "the bid is active but the proxy-router does not list the model: consumers who open a session pay and get no answer"
		}
	}
	if m.Entry != nil {
		e := *m.Entry
		if err := e.Validate(); err != nil {
			what := strings.TrimPrefix(err.Error(), "invalid models-config entry: ")
			switch {
			case n.ModelsErr == "" && m.Served:
				what += " in models-config.json; the running proxy-router keeps serving the entry it loaded at its last start until its next restart, which loads this one"
			case n.ModelsErr == "":
				what += " in models-config.json; the running proxy-router does not serve the model, and its next restart loads this entry"
			default:
				what += " in models-config.json; the running proxy-router keeps whatever entry it loaded at its last start until its next restart, which loads this one"
			}
			return ConfigInvalid, what
		}
	}
	if c, ok := componentFor(n.Health.Components, m.ID); ok && strings.HasPrefix(strings.ToLower(c), "unhealthy") {
		return BackendDown, "the proxy-router reports the model " + c
	}
	if p := m.Probe; p != nil {
		switch {
		case p.Status == 402:
			return BackendBilling, fmt.Sprintf("the backend answers 402 Payment Required (%s): its billing or credit ran out", p.Latency.Round(time.Millisecond))
		case p.Status == 429:
			return BackendRateLimited, fmt.Sprintf("the backend answers 429 Too Many Requests (%s): its rate limit is reached", p.Latency.Round(time.Millisecond))
		case p.Status == 0:
			return BackendDown, "the backend does not answer: " + p.Err
		case p.Status >= 500:
			return BackendDown, fmt.Sprintf("the backend answers %d (%s)", p.Status, p.Latency.Round(time.Millisecond))
		}
	}
	if m.TEE && (m.Bid != nil || m.Served) {
		if st, why := judgeTEE(m, n); st != "" {
			return st, why
		}
	}
	if m.Bid == nil {
		if !m.Served {
			return ConfigWithoutBid, "models-config.json has the model but the provider has no active bid on it: it earns nothing"
		}
		return ConfigWithoutBid, "the proxy-router serves the model but the provider has no active bid on it: it earns nothing"
	}
	d := "bid " + chain.FormatPrice(m.Bid.PricePerSecond) + ", served"
	if !m.Served {
		d = "bid " + chain.FormatPrice(m.Bid.PricePerSecond) + ", in models-config.json (the node's model list could not be read: " + n.ModelsErr + ")"
	}
	if m.Probe != nil {
		d += fmt.Sprintf(", backend %d in %s", m.Probe.Status, m.Probe.Latency.Round(time.Millisecond))
	}
	if m.TEE && n.AttestErr != "" {
		d += "; TEE attestation unknown: " + n.AttestErr
	}
	return Serving, d
}

// DefaultStaleAfter is how long a passing attestation counts when the configuration says nothing:
// the node attests before every prompt, and at start-up, so an hour without one is worth a look.
const DefaultStaleAfter = time.Hour

// consumersSee is what a consumer gets from a TEE model whose attestation fails.
const consumersSee = "consumers who open a session pay, and every prompt fails with \"LLM TEE verification failed\""

// judgeTEE is a TEE model's attestation state ("" when it passes, or cannot be read now).
func judgeTEE(m Model, n Node) (State, string) {
	if n.NoAttest {
		return TEEUnsupported, "the model is tagged tee, but the proxy-router (" + versionOr(n.Health.Version) + ") has no /v1/models/attestation: a version before v7.0.0 cannot attest a TEE backend, so " + consumersSee + "; run the v7 -tee image"
	}
	if n.AttestErr != "" {
		return "", "" // unknown now: nothing is judged, the last state's alerts keep theirs
	}
	a, stale := m.Attest, StaleAfter(n.StaleAfter)
	switch Judge(a, n.At, stale) {
	case NotAttested:
		return AttestationStale, "the model is tagged tee, but the proxy-router has no attestation for it (not attested since its start)"
	case AttestFailed:
		why := "the node's attestation of the backend failed"
		if a.Error != "" {
			why += ": " + outside.Quote(a.Error)
		}
		return AttestationFailed, why + "; " + consumersSee
	case WorkloadMismatch:
		return AttestationFailed, "the backend's workload is " + outside.Quote(a.WorkloadStatus) + ", not authentic_match: the attested docker-compose is not the one the backend runs; " + consumersSee
	case NotPassed:
		return AttestationStale, fmt.Sprintf("the node's attestation status is %s%s, not passed", outside.Quote(a.Status), verifiedAgo(a.Verified(), n.At))
	case NoTime:
		return AttestationStale, "the node reports the attestation passed but gives no time it was verified"
	case TooOld:
		at := a.Verified()
		return AttestationStale, fmt.Sprintf("the last passing attestation is %s old (verified %s), more than %s", n.At.Sub(at).Round(time.Minute), at.UTC().Format("2006-01-02 15:04 UTC"), stale)
	}
	return "", ""
}

// Verdict is what one TEE attestation says, read the same way by the serving join and /mor verify.
type Verdict int

// The verdicts, in the order they are tested: the first that applies is the verdict.
const (
	Attested         Verdict = iota // passed, the workload matching, verified within the stale time
	NotAttested                     // the node has no attestation for the model
	AttestFailed                    // the attestation failed
	WorkloadMismatch                // passed, but the workload is not the attested one
	NotPassed                       // neither passed nor failed (unknown)
	NoTime                          // passed, with no time it was verified
	TooOld                          // passed longer ago than the stale time
)

// StaleAfter is how long a passing attestation counts: d, or DefaultStaleAfter when d is not set.
func StaleAfter(d time.Duration) time.Duration {
	if d <= 0 {
		return DefaultStaleAfter
	}
	return d
}

// Judge reads one attestation (nil: none) at now.
func Judge(a *proxyrouter.Attestation, now time.Time, staleAfter time.Duration) Verdict {
	switch {
	case a == nil:
		return NotAttested
	case a.Status == proxyrouter.AttestFailed:
		return AttestFailed
	case a.WorkloadStatus != "" && a.WorkloadStatus != proxyrouter.WorkloadMatch:
		return WorkloadMismatch
	case a.Status != proxyrouter.AttestPassed:
		return NotPassed
	case a.Verified().IsZero():
		return NoTime
	case now.Sub(a.Verified()) > StaleAfter(staleAfter):
		return TooOld
	}
	return Attested
}

// Ago is how long before now something happened, to the second; a time ahead of now (the node's
// clock ahead of ours) is 0.
func Ago(now, at time.Time) time.Duration { return max(0, now.Sub(at)).Round(time.Second) }

func versionOr(v string) string {
	if v == "" {
		return "version unknown"
	}
	return outside.Clip(v, 40)
}

func verifiedAgo(at, now time.Time) string {
	if at.IsZero() {
		return ""
	}
	return fmt.Sprintf(" (verified %s ago)", Ago(now, at))
}

// AttestLine is a TEE model's attestation in a line ("" for a model without the tag).
func (m Model) AttestLine(now time.Time) string {
	if !m.TEE {
		return ""
	}
	a := m.Attest
	if a == nil {
		return "attestation: none reported by the node"
	}
	line := "attestation: " + outside.Clip(a.Status, 20)
	if a.WorkloadStatus != "" {
		line += ", workload " + outside.Clip(a.WorkloadStatus, 40)
	}
	if at := a.Verified(); !at.IsZero() {
		line += ", verified " + Ago(now, at).String() + " ago"
	}
	if a.AttestationURL != "" {
		line += " (" + outside.Quote(a.AttestationURL) + ")"
	}
	if a.Error != "" {
		line += ": " + outside.Quote(a.Error)
	}
	return line
}

// componentFor finds a per-model component of the healthcheck (keyed by the model ID).
func componentFor(cs map[string]string, id common.Hash) (string, bool) {
	want := strings.TrimPrefix(Key(id), "0x")
	for k, v := range cs {
		if strings.Contains(strings.ToLower(k), want) {
			return v, true
		}
	}
	return "", false
}

// Line is one model's health in a line, for the status report.
func (m Model) Line() string {
	name := m.Name
	if name == "" {
		name = Key(m.ID)[:10] + "…"
	}
	return fmt.Sprintf("%s: %s — %s", name, m.State, m.Detail)
}

// Median is the median of prices (the lower middle for an even count); nil for none.
func Median(prices []*big.Int) *big.Int {
	if len(prices) == 0 {
		return nil
	}
	s := append([]*big.Int(nil), prices...)
	sort.Slice(s, func(i, j int) bool { return s[i].Cmp(s[j]) < 0 })
	return new(big.Int).Set(s[(len(s)-1)/2])
}
