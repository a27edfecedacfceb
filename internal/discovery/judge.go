package discovery

import (
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/outside"
)

// State is how the network sees one of the team's bids.
type State string

// States, from the worst down.
const (
	Undiscovered     State = "undiscovered"      // on chain past the grace, absent from the network's view
	NetworkUnhealthy State = "network_unhealthy" // listed, but the verifier reports the bid or its model unhealthy
	Unknown          State = "network_unknown"   // no fresh view to judge by
	Settling         State = "not_yet_listed"    // too new for the network to have listed it
	Listed           State = "discovered"        // listed, healthy or without a verdict
)

// BidView is one of the team's bids as the network sees it.
type BidView struct {
	Bid      chain.Bid
	State    State
	Detail   string     // why, in words
	Entry    *Bid       // the network's entry (nil when not listed)
	Model    *Model     // the network's entry for the bid's model (nil when not listed)
	LastSeen *time.Time // when the network last listed it (nil: never, as far as morbot saw)
}

// Latency is the verifier's latency for the bid ("" when it gave none).
func (b BidView) Latency() string {
	if b.Entry == nil || b.Entry.Health == nil || b.Entry.Health.LatencyMs == nil {
		return ""
	}
	return fmt.Sprintf("%.0f ms", *b.Entry.Health.LatencyMs)
}

// Judgement is the network's view of the team's bids at one read.
type Judgement struct {
	View  View
	Grace time.Duration
	Line  string // the view itself: how old, or unavailable since when
	Bids  map[common.Hash]BidView
}

// Dark reports whether the view could not be judged now (the feed fails): alerts it raised keep their
// state, marked unknown.
func (j *Judgement) Dark() bool { return j != nil && !j.View.Fresh() }

// Input is what one judgement reads.
type Input struct {
	View     View
	Bids     []chain.Bid // the team's active bids
	ChainNow uint64      // the read block's timestamp (a bid's age is chain time)
	Grace    time.Duration
	Endpoint string                    // the provider's registered endpoint
	Seen     map[common.Hash]time.Time // when the network last listed each bid
	Names    map[common.Hash]string    // model names, for the text
	Now      time.Time                 // wall clock, for the view's age
}

// Judge gives each of the team's active bids its network state.
func Judge(in Input) *Judgement {
	now := in.View.At
	if now.IsZero() {
		now = in.Now
	}
	j := &Judgement{View: in.View, Grace: in.Grace, Bids: map[common.Hash]BidView{}, Line: viewLine(in.View, in.Grace, now)}
	for _, b := range in.Bids {
		bv := BidView{Bid: b}
		if t, ok := in.Seen[b.ID]; ok {
			t := t
			bv.LastSeen = &t
		}
		v := in.View
		conflict := ""
		if v.Snap != nil {
			if e, ok := v.Snap.Bid(b.ID, b.Provider); ok {
				bv.Entry = &e
			}
			conflict = v.Snap.Conflict(b.ID, b.Provider)
			if m, ok := v.Snap.Models[b.ModelID]; ok {
				m := m
				bv.Model = &m
			}
		}
		name := in.Names[b.ModelID]
		if name == "" && bv.Model != nil {
			name = bv.Model.Name
		}
		switch {
		case !v.Fresh():
			bv.State, bv.Detail = Unknown, unknownDetail(bv, in)
		case conflict != "":
			bv.State = Unknown
			bv.Detail = fmt.Sprintf("the network's view lists bid %s more than once and contradicts itself (%s), so morbot judges nothing from it", strings.ToLower(b.ID.Hex()), conflict)
		case bv.Entry == nil:
			age := time.Duration(0)
			if in.ChainNow > b.CreatedAt {
				age = time.Duration(in.ChainNow-b.CreatedAt) * time.Second
			}
			if age < in.Grace {
				bv.State = Settling
				bv.Detail = fmt.Sprintf("posted %s ago; the network lists a new bid once its verifier has reached the provider (allowed %s)", round(age), round(in.Grace))
				break
			}
			bv.State = Undiscovered
			bv.Detail = fmt.Sprintf("the network does not list bid %s (on chain since %s, longer than the %s grace): its verifier could not reach the provider's public endpoint %s from outside. Check the firewall or security group, the NAT or port forward, and that the registered endpoint is the public host:port (/mor provider update --endpoint). %s",
				strings.ToLower(b.ID.Hex()), chain.When(b.CreatedAt), round(in.Grace), endpoint(in.Endpoint), lastSeen(bv.LastSeen))
		case bv.Entry.Health != nil && Reported(bv.Entry.Health.Status) && !Healthy(bv.Entry.Health.Status):
			bv.State = NetworkUnhealthy
			bv.Detail = fmt.Sprintf("the network lists bid %s, but %s%s", strings.ToLower(b.ID.Hex()), outside.Says("its verifier", bv.Entry.Health.Status), latencyNote(bv))
		case bv.Model == nil:
			bv.State = NetworkUnhealthy
			bv.Detail = fmt.Sprintf("the network reached the provider's endpoint and lists bid %s, but does not list model %s: its verifier could not ping the model's backend through the proxy-router (check that the apiUrl in models-config.json answers from the proxy-router's host)",
				strings.ToLower(b.ID.Hex()), modelRef(name, b.ModelID))
		case bv.Model.Health != nil && Reported(bv.Model.Health.Status) && !Healthy(bv.Model.Health.Status):
			bv.State = NetworkUnhealthy
			bv.Detail = fmt.Sprintf("the network lists model %s (%d healthy bid(s) from %d provider(s)), but %s", modelRef(name, b.ModelID), bv.Model.Health.HealthyBids, bv.Model.Health.Providers, outside.Says("its verifier", bv.Model.Health.Status))
		default:
			bv.State = Listed
			verdict := "no health verdict"
			if bv.Entry.Health != nil && Healthy(bv.Entry.Health.Status) {
				verdict = "healthy"
			}
			bv.Detail = "listed by the network, " + verdict + latencyNote(bv)
		}
		j.Bids[b.ID] = bv
	}
	return j
}

func latencyNote(bv BidView) string {
	if l := bv.Latency(); l != "" {
		return ", " + l
	}
	return ""
}

func unknownDetail(bv BidView, in Input) string {
	var was string
	switch {
	case in.View.Snap == nil:
		was = "morbot has not read the network's view yet"
	case bv.Entry == nil:
		was = "the last good view did not list the bid"
	default:
		was = "the last good view listed the bid"
		if bv.Entry.Health != nil && Reported(bv.Entry.Health.Status) {
			was += " (" + outside.Says("its verifier", bv.Entry.Health.Status) + ")"
		}
		was += latencyNote(bv)
	}
	if in.View.Err == "" {
		return "morbot has not read the network's view yet"
	}
	return "the network's view cannot be read now (" + in.View.Err + "); " + was
}

func viewLine(v View, grace time.Duration, now time.Time) string {
	switch {
	case v.Snap == nil && v.Err == "":
		return "network view from " + v.URL + ": not read yet"
	case v.Fresh():
		line := fmt.Sprintf("network view from %s, read %s ago: %d bid(s), %d model(s)", v.URL, round(now.Sub(v.Snap.Fetched)), len(v.Snap.Bids), len(v.Snap.Models))
		if n := v.Snap.Skipped; n > 0 {
			line += fmt.Sprintf("; %d malformed entr%s left out", n, map[bool]string{true: "y", false: "ies"}[n == 1])
		}
		if n := len(v.Snap.Conflicts); n > 0 {
			line += fmt.Sprintf("; %d bid(s) listed twice with different verdicts, not judged", n)
		}
		return line
	case v.Snap == nil || now.Sub(v.FailingSince) >= grace:
		last := "no good view since morbot started"
		if v.Snap != nil {
			last = "the last good view is from " + v.Snap.Fetched.UTC().Format("2006-01-02 15:04 UTC")
		}
		return fmt.Sprintf("network view unavailable since %s: %s (%s)", v.FailingSince.UTC().Format("2006-01-02 15:04 UTC"), v.Err, last)
	default:
		return fmt.Sprintf("network view from %s is %s old: the latest fetch failed (%s), so morbot keeps the last good one and judges nothing new", v.URL, round(now.Sub(v.Snap.Fetched)), v.Err)
	}
}

func lastSeen(t *time.Time) string {
	if t == nil {
		return "morbot has not seen the network list it."
	}
	return "The network last listed it at " + t.UTC().Format("2006-01-02 15:04 UTC") + "."
}

func endpoint(ep string) string {
	if ep == "" {
		return "(none registered)"
	}
	return outside.Quote(ep)
}

func modelRef(name string, id common.Hash) string {
	if name == "" {
		return strings.ToLower(id.Hex())
	}
	return fmt.Sprintf("%q (%s)", name, strings.ToLower(id.Hex()))
}

// round shortens a duration for people (seconds under a minute, minutes under a day).
func round(d time.Duration) string {
	switch {
	case d < time.Minute:
		return d.Round(time.Second).String()
	case d < 24*time.Hour:
		return strings.TrimSuffix(d.Round(time.Minute).String(), "0s")
	default:
		return fmt.Sprintf("%dd%s", d/(24*time.Hour), strings.TrimSuffix((d%(24*time.Hour)).Round(time.Hour).String(), "0m0s"))
	}
}
