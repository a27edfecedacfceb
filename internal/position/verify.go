package position

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/discovery"
	"github.com/morbotlabs/morbot/internal/outside"
	"github.com/morbotlabs/morbot/internal/pay"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
	"github.com/morbotlabs/morbot/internal/serving"
	"github.com/morbotlabs/morbot/internal/store"
)

// Outcome is one check's result.
type Outcome int

// Outcomes.
const (
	Pass    Outcome = iota
	Fail            // something to fix
	Skipped         // not configured here: what is missing is said instead
	Unknown         // cannot be told now for a reason outside the provider (the network's view is down)
)

// Check is one item of the support checklist.
type Check struct {
	N       int
	Name    string
	Outcome Outcome
	Lines   []string // what was found
	Fix     string   // what to do (on Fail), what to configure (on Skipped), or when to look again (on Unknown)
}

// Checklist is the support team's "is my setup OK?" checklist (verify-setup), run against one block:
// the proxy-router, the public endpoint, the on-chain records, the network's view, and whether a
// consumer could open a paying session.
type Checklist struct {
	Block    uint64
	Time     uint64
	Provider common.Address
	Endpoint string
	Bids     []chain.Bid // in scope: the provider's active bids (on the model asked about)
	Model    *common.Hash
	Names    map[common.Hash]string
	Checks   []Check
}

// verifyRefresh is how old the network's view may be before a checklist fetches it again.
const verifyRefresh = time.Minute

// Verify runs the checklist for the provider's active bids, or for those on one model.
func (r *Reader) Verify(ctx context.Context, model *common.Hash, now time.Time) (*Checklist, error) {
	s, err := r.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	if d := r.o.Discovery; d != nil && d.Watcher != nil {
		if v := d.Watcher.View(); v.Attempted.IsZero() || now.Sub(v.Attempted) >= d.Watcher.RefreshAfter(verifyRefresh) {
			_ = d.Watcher.Refresh(ctx) // a failure keeps the last good view, and check 4 says so
		}
	}
	cl := &Checklist{Block: s.Block, Time: s.Time, Provider: r.o.Provider, Endpoint: s.Provider.Endpoint, Model: model, Names: map[common.Hash]string{}}
	ms, err := r.Models(ctx)
	if err != nil {
		return nil, err
	}
	for id, m := range s.Models {
		cl.Names[id] = m.Name
	}
	for _, m := range ms {
		cl.Names[m.ID] = m.Name
	}
	for _, b := range s.ActiveBids {
		if model == nil || b.ModelID == *model {
			cl.Bids = append(cl.Bids, b)
		}
	}
	cl.Checks = append(cl.Checks, r.checkNode(ctx, cl), r.checkEndpoint(ctx, s), checkChain(s, cl))
	j, err := r.network(ctx, s, ms, now)
	if err != nil {
		return nil, err
	}
	cl.Checks = append(cl.Checks, checkNetwork(j, cl), checkSession(s, cl))
	if c, ok := r.checkTEE(ctx, s, cl, now); ok {
		cl.Checks = append(cl.Checks, c)
	}
	if r.o.Probing {
		c, err := r.checkProbe(ctx, cl, now)
		if err != nil {
			return nil, err
		}
		cl.Checks = append(cl.Checks, c)
	}
	return cl, nil
}

// probeFresh is how long a passing probe counts as news: older, the check asks for a new one.
const probeFresh = 48 * time.Hour

// checkProbe is the last check (6, or 7 after the TEE check), with the probe configured: each bid in
// scope answered a paying session when last probed, recently.
func (r *Reader) checkProbe(ctx context.Context, cl *Checklist, now time.Time) (Check, error) {
	c := Check{N: len(cl.Checks) + 1, Name: "a consumer's paid answer (probe)", Outcome: Pass}
	if len(cl.Bids) == 0 {
		c.Outcome, c.Lines, c.Fix = Skipped, []string{"no active bid to probe"}, "post a bid, then run /mor probe"
		return c, nil
	}
	last, err := r.Probes(ctx)
	if err != nil {
		return c, err
	}
	for _, b := range cl.Bids {
		name := cl.Names[b.ModelID]
		p, ok := last[b.ID]
		switch {
		case !ok:
			if c.Outcome == Pass {
				c.Outcome = Unknown
			}
			c.Lines = append(c.Lines, fmt.Sprintf("%s: bid %s was never probed", outside.Quote(name), b.ID.Hex()))
			if c.Fix == "" {
				c.Fix = "run /mor probe to open a session on it as a consumer and ask one prompt"
			}
		case p.Result != store.ProbeOK:
			c.Outcome = Fail
			c.Lines = append(c.Lines, fmt.Sprintf("%s: the last probe (%s) failed at the %s: %s", outside.Quote(name), p.FinishedAt.UTC().Format("2006-01-02 15:04 MST"), p.Data.Step, p.Data.Message))
			c.Fix = "fix what the failed step names (checks 1–6 above cover the node, the endpoint and the chain), then run /mor probe again"
		case now.Sub(p.FinishedAt) > probeFresh:
			if c.Outcome == Pass {
				c.Outcome = Unknown
			}
			c.Lines = append(c.Lines, fmt.Sprintf("%s: answered when last probed, %s, which is more than %d h ago", outside.Quote(name), p.FinishedAt.UTC().Format("2006-01-02 15:04 MST"), int(probeFresh.Hours())))
			if c.Fix == "" {
				c.Fix = "run /mor probe for a fresh answer, or set probe.schedule"
			}
		default:
			c.Lines = append(c.Lines, fmt.Sprintf("%s: answered a paying session %s (session open %d ms, first token %d ms)", outside.Quote(name), p.FinishedAt.UTC().Format("2006-01-02 15:04 MST"), p.Data.OpenMS, p.Data.FirstMS))
		}
	}
	return c, nil
}

// checkTEE is check 6, only when a bid in scope is on a model tagged tee: the node is v7.0.0 or later,
// and for each such model its attestation passes, recently, with the workload matching.
func (r *Reader) checkTEE(ctx context.Context, s *chain.Snapshot, cl *Checklist, now time.Time) (Check, bool) {
	var tee []chain.Bid
	for _, b := range cl.Bids {
		if proxyrouter.IsTEE(s.Models[b.ModelID].Tags) {
			tee = append(tee, b)
		}
	}
	if len(tee) == 0 {
		return Check{}, false
	}
	c := Check{N: 6, Name: "TEE attestation"}
	nd := r.o.Node
	if nd == nil || nd.Client == nil {
		c.Outcome, c.Lines = Skipped, []string{"not checked: no proxy-router API is configured"}
		c.Fix = "set proxy_router.api_url, or curl the node's /v1/models/attestation with its cookie"
		return c, true
	}
	const v7 = "run the proxy-router v7 -tee image (v7.0.0 or later) on a confidential VM: only it attests a TEE backend"
	fail := func(line, fix string) {
		c.Outcome, c.Lines = Fail, append(c.Lines, line)
		if c.Fix == "" {
			c.Fix = fix
		} else if !strings.Contains(c.Fix, fix) {
			c.Fix += "; " + fix
		}
	}
	if h, err := nd.Client.Health(ctx); err != nil {
		fail("the proxy-router's API does not answer: "+err.Error(), "see check 1")
		return c, true
	} else if at, ok := proxyrouter.AtLeastV7(h.Version); !at {
		what := "version " + outside.Quote(orDash(h.Version)) + " is before v7.0.0"
		if !ok {
			what = "version " + outside.Quote(orDash(h.Version)) + " does not read as a version (v7.0.0 or later is needed)"
		}
		fail(what, v7)
	} else {
		c.Lines = append(c.Lines, "version "+outside.Clip(h.Version, 40)+": v7.0.0 or later")
	}
	as, err := nd.Client.Attestations(ctx)
	switch {
	case errors.Is(err, proxyrouter.ErrNoAttestation):
		fail("the node has no /v1/models/attestation (404): it cannot attest the backend, and every session on a TEE model fails", v7)
		return c, true
	case err != nil:
		if c.Outcome != Fail {
			c.Outcome = Unknown
			c.Fix = "look again once the attestation list can be read (proxy_router.cookie_file, and the user's get_local_models permission)"
		}
		c.Lines = append(c.Lines, "the attestation list could not be read: "+err.Error())
		return c, true
	}
	stale := serving.StaleAfter(nd.StaleAfter)
	for _, b := range tee {
		name := cl.name(b.ModelID)
		var a *proxyrouter.Attestation
		if x, ok := as[strings.ToLower(b.ModelID.Hex())]; ok {
			a = &x
		}
		switch serving.Judge(a, now, stale) {
		case serving.NotAttested:
			fail(name+": not attested by the node", "restart the node so it attests the backend at start-up, and read its log for the attestation error")
		case serving.AttestFailed:
			fail(name+": attestation failed: "+outside.Quote(a.Error)+"; consumers pay and every prompt fails with \"LLM TEE verification failed\"",
				"make the backend's attestation pass: its service at "+outside.Quote(orDash(a.AttestationURL))+" (https, port 29343 of the backend's host) must answer with a TDX quote that pins the backend's TLS certificate; the node's log names the failing step")
		case serving.WorkloadMismatch:
			fail(name+": attestation passed, but the workload is "+outside.Quote(a.WorkloadStatus)+", not authentic_match",
				"redeploy the backend with exactly the docker-compose the VM attests (RTMR3), or attest the one it runs")
		case serving.NotPassed:
			fail(name+": attestation status "+outside.Quote(a.Status)+", not passed", "read the node's log: it attests at start-up and before every prompt")
		case serving.NoTime, serving.TooOld:
			fail(fmt.Sprintf("%s: the last passing attestation is older than %s", name, stale), "check that the node runs and reaches its attestation URL; it attests before every prompt")
		default:
			line := fmt.Sprintf("%s: attestation passed, workload %s, verified %s ago", name, orDash(a.WorkloadStatus), serving.Ago(now, a.Verified()))
			c.Lines = append(c.Lines, line)
		}
	}
	return c, true
}

func (cl *Checklist) name(id common.Hash) string {
	if n := cl.Names[id]; n != "" {
		return fmt.Sprintf("%q (%s)", n, strings.ToLower(id.Hex()))
	}
	return strings.ToLower(id.Hex())
}

// checkNode is check 1: the proxy-router's healthcheck and version, and that it lists each model bid on.
func (r *Reader) checkNode(ctx context.Context, cl *Checklist) Check {
	c := Check{N: 1, Name: "proxy-router healthcheck"}
	nd := r.o.Node
	if nd == nil || nd.Client == nil {
		c.Outcome, c.Lines = Skipped, []string{"not checked: no proxy-router API is configured"}
		c.Fix = "set proxy_router.api_url (the node's API, e.g. http://127.0.0.1:8082), or run curl http://127.0.0.1:8082/healthcheck on the node"
		return c
	}
	h, err := nd.Client.Health(ctx)
	if err != nil {
		c.Outcome, c.Lines = Fail, []string{"the proxy-router's API does not answer: " + err.Error()}
		c.Fix = "start the proxy-router (and check proxy_router.api_url and cookie_file)"
		return c
	}
	line := fmt.Sprintf("status %q, version %s, up %s", h.Status, orDash(h.Version), orDash(h.Uptime))
	c.Lines = append(c.Lines, line)
	if !strings.EqualFold(h.Status, "healthy") {
		c.Outcome = Fail
		c.Fix = "read the proxy-router's log: its healthcheck is not healthy"
	}
	for _, b := range cl.Bids {
		served, err := nd.Client.Serves(ctx, strings.ToLower(b.ModelID.Hex()))
		switch {
		case err != nil:
			c.Lines = append(c.Lines, "its model list could not be read: "+err.Error())
		case served:
			c.Lines = append(c.Lines, "lists model "+cl.name(b.ModelID))
		default:
			c.Outcome = Fail
			c.Lines = append(c.Lines, "does NOT list model "+cl.name(b.ModelID)+", which the provider bids on")
			c.Fix = "add the model to models-config.json and restart the proxy-router: /mor model serve " + strings.ToLower(b.ModelID.Hex())
		}
	}
	return c
}

// checkEndpoint is check 2: the provider's node answers a MOR-RPC ping on the registered endpoint, signed by the provider.
func (r *Reader) checkEndpoint(ctx context.Context, s *chain.Snapshot) Check {
	c := Check{N: 2, Name: "public endpoint"}
	ep := s.Provider.Endpoint
	if !s.Provider.Active() {
		c.Outcome, c.Lines, c.Fix = Fail, []string{"no provider is registered, so there is no endpoint to check"}, "/mor onboard (or /mor provider create)"
		return c
	}
	rc := r.reach(ctx, ep)
	when := ""
	if rc.age > 0 {
		when = fmt.Sprintf(" (checked %s ago)", rc.age.Round(time.Second))
	}
	shown := outside.Quote(ep)
	switch {
	case !rc.known:
		c.Outcome, c.Lines = Skipped, []string{"not checked now: morbot contacts at most one endpoint every " + ReachabilityEvery.String()}
		c.Fix = "run /mor verify again in a few seconds"
		return c
	case rc.ours(r.o.Provider):
		c.Lines = []string{shown + ": the provider's node answered a MOR-RPC ping from morbot's host (version " + outside.Quote(rc.pong.Version) + ", signed by the provider)" + when +
			"; only the network's view (check 4) proves it is reachable from outside"}
	case rc.err != nil && errors.Is(rc.err, proxyrouter.ErrNoConnection):
		c.Outcome = Fail
		c.Lines = []string{shown + " does NOT accept TCP connections from morbot's host within 2 s" + when}
		c.Fix = "start the proxy-router and make it listen on that port on a public interface; if the endpoint is wrong, /mor provider update --endpoint HOST:PORT"
	default:
		c.Outcome = Fail
		c.Lines = []string{shown + ": " + rc.words(r.o.Provider) + when}
		c.Fix = "point the registered endpoint at the proxy-router's public port (PROXY_ADDRESS, 3333 by default) and make sure its WALLET_PRIVATE_KEY is the provider's key; /mor provider update --endpoint HOST:PORT if the endpoint is wrong"
	}
	if host, _, err := net.SplitHostPort(ep); err == nil {
		if ip := net.ParseIP(host); host == "localhost" || ip != nil && (ip.IsLoopback() || ip.IsPrivate() || ip.IsUnspecified()) {
			c.Lines = append(c.Lines, "note: "+host+" is not a public address; consumers on the internet cannot reach it (register the public host:port)")
		}
	}
	return c
}

// checkChain is check 3: the provider, model and bid records, read at the checklist's block.
func checkChain(s *chain.Snapshot, cl *Checklist) Check {
	c := Check{N: 3, Name: "on-chain records"}
	p := s.Provider
	switch {
	case !p.Exists():
		c.Outcome, c.Lines, c.Fix = Fail, []string{"no provider is registered for " + cl.Provider.Hex()}, "/mor onboard (or /mor provider create)"
		return c
	case p.IsDeleted:
		c.Outcome, c.Lines, c.Fix = Fail, []string{"the provider " + cl.Provider.Hex() + " is deregistered"}, "/mor provider create registers it again"
		return c
	}
	line := fmt.Sprintf("provider %s active, stake %s, endpoint %s", cl.Provider.Hex(), chain.FormatMOR(p.Stake), p.EndpointText())
	if p.Stake.Cmp(s.Minimums.ProviderStake) < 0 {
		line += fmt.Sprintf(" (below today's minimum %s: its next update reverts until topped up)", chain.FormatMOR(s.Minimums.ProviderStake))
	}
	c.Lines = append(c.Lines, line)
	if len(cl.Bids) == 0 {
		c.Outcome = Fail
		what := "the provider has no active bid"
		if cl.Model != nil {
			what += " on model " + cl.name(*cl.Model)
		}
		c.Lines, c.Fix = append(c.Lines, what), "/mor bid create MODEL PRICE"
		return c
	}
	for _, b := range cl.Bids {
		m := s.Models[b.ModelID]
		state := "active"
		if !m.Active() {
			state, c.Outcome = "NOT active", Fail
			c.Fix = "the model is deregistered: consumers cannot use its bids; bid on an active model"
		}
		c.Lines = append(c.Lines, fmt.Sprintf("model %s %s; bid %s active at %s", cl.name(b.ModelID), state, strings.ToLower(b.ID.Hex()), chain.FormatPrice(b.PricePerSecond)))
	}
	return c
}

// checkNetwork is check 4: the network's view lists the models and bids.
func checkNetwork(j *discovery.Judgement, cl *Checklist) Check {
	c := Check{N: 4, Name: "network discovery"}
	if j == nil {
		c.Outcome, c.Lines = Skipped, []string{"not checked: the network's view is off"}
		c.Fix = "set discovery.url (on base the built-in feed is https://active.mor.org)"
		return c
	}
	if j.Dark() {
		// The feed is down: nothing about the provider can be told from it, and it is not the
		// provider's fault.
		c.Outcome, c.Lines = Unknown, []string{"unknown (" + j.Line + ")"}
		c.Fix = "nothing to fix on the provider's side: the network's view cannot be read now; run /mor verify again later (discovery.url names the feed)"
		return c
	}
	c.Lines = append(c.Lines, j.Line)
	if len(cl.Bids) == 0 {
		c.Outcome, c.Fix = Fail, "no active bid to look for (check 3)"
		return c
	}
	for _, b := range cl.Bids {
		bv := j.Bids[b.ID]
		c.Lines = append(c.Lines, fmt.Sprintf("bid %s on %s: %s — %s", strings.ToLower(b.ID.Hex()), cl.name(b.ModelID), bv.State, bv.Detail))
		switch bv.State {
		case discovery.Listed:
		case discovery.Undiscovered:
			c.Outcome, c.Fix = Fail, "make the endpoint reachable from the internet: open the port in the firewall or security group, forward it through the NAT, and register the public host:port"
		case discovery.Settling:
			c.Outcome, c.Fix = Fail, fmt.Sprintf("wait: the network lists a new bid once its verifier reaches the provider (allowed %s), then run /mor verify again", j.Grace)
		case discovery.Unknown:
			if c.Outcome == Pass {
				c.Outcome, c.Fix = Unknown, "nothing to fix on the provider's side: the network's view contradicts itself about the bid; run /mor verify again later"
			}
		default:
			c.Outcome, c.Fix = Fail, "check that the model's backend answers from the proxy-router's host (the apiUrl in models-config.json)"
		}
	}
	return c
}

// checkSession is check 5: whether a consumer could open a session that pays the provider: the bid is
// active, its price within today's limits, and the earnings cap leaves headroom.
func checkSession(s *chain.Snapshot, cl *Checklist) Check {
	c := Check{N: 5, Name: "a consumer could open a session"}
	if len(cl.Bids) == 0 || !s.Provider.Active() {
		c.Outcome, c.Lines, c.Fix = Fail, []string{"no active bid of an active provider to open a session on"}, "see check 3"
		return c
	}
	for _, b := range cl.Bids {
		if !s.Models[b.ModelID].Active() {
			c.Outcome, c.Fix = Fail, "see check 3"
			c.Lines = append(c.Lines, "bid "+strings.ToLower(b.ID.Hex())+": its model is not active")
			continue
		}
		if !s.Minimums.PriceInRange(b.PricePerSecond) {
			c.Outcome = Fail
			c.Lines = append(c.Lines, fmt.Sprintf("bid %s: its price %s is outside today's range %s … %s", strings.ToLower(b.ID.Hex()), chain.FormatPrice(b.PricePerSecond),
				chain.FormatPrice(s.Minimums.MinPricePerSecond), chain.FormatPrice(s.Minimums.MaxPricePerSecond)))
			c.Fix = "re-price within the range: /mor bid create " + strings.ToLower(b.ModelID.Hex()) + " PRICE"
			continue
		}
		c.Lines = append(c.Lines, fmt.Sprintf("bid %s on %s: active at %s, within today's range", strings.ToLower(b.ID.Hex()), cl.name(b.ModelID), chain.FormatPrice(b.PricePerSecond)))
	}
	cp := pay.CapAt(s.Provider, s.Time)
	if cp.Left().Sign() == 0 {
		c.Outcome = Fail
		c.Lines = append(c.Lines, fmt.Sprintf("the earnings cap is used up: %s earned of the %s cap (the stake) until %s, so sessions pay nothing until then", chain.FormatMOR(cp.Earned), chain.FormatMOR(cp.Stake), chain.When(cp.PeriodEnd)))
		c.Fix = "wait for the period to end, or add stake (/mor provider update --add-stake AMOUNT): each MOR of stake lets the provider claim one more MOR this period"
	} else {
		c.Lines = append(c.Lines, fmt.Sprintf("the earnings cap leaves %s this period", chain.FormatMOR(cp.Left())))
	}
	return c
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
