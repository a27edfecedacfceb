package approval

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
)

// State is a proposal's place in its life.
type State string

// States. pending → approved → submitting → submitted → confirmed | failed;
// pending → rejected | expired | cancelled; approved → stale (what it was approved against changed
// before anything was sent); unknown = sent, outcome not known (resolved by reconciling).
const (
	Pending    State = "pending"
	Approved   State = "approved"
	Submitting State = "submitting"
	Submitted  State = "submitted"
	Confirmed  State = "confirmed"
	Failed     State = "failed"
	Rejected   State = "rejected"
	Expired    State = "expired"
	Cancelled  State = "cancelled"
	Stale      State = "stale"
	Unknown    State = "unknown"
)

// Open are the states of a proposal that may still run: a new proposal is checked against these.
var Open = []State{Pending, Approved, Submitting, Submitted, Unknown}

// Executing are the states of a proposal with transactions being sent or in flight.
var Executing = []State{Submitting, Submitted, Unknown}

// Closed reports whether no vote can change the proposal any more.
func (s State) Closed() bool { return s != Pending }

// Final reports whether the proposal will never change again.
func (s State) Final() bool {
	switch s {
	case Confirmed, Failed, Rejected, Expired, Cancelled, Stale:
		return true
	}
	return false
}

// StepStatus is where one step of an executing plan stands.
type StepStatus string

// Step states.
const (
	StepPending   StepStatus = "pending"   // not signed yet
	StepSigned    StepStatus = "signed"    // signed and recorded, broadcast may or may not have happened
	StepSent      StepStatus = "sent"      // broadcast accepted
	StepConfirmed StepStatus = "confirmed" // mined successfully (an off-chain step: done)
	StepFailed    StepStatus = "failed"    // reverted or refused
	StepDropped   StepStatus = "dropped"   // signed but never broadcast, and given up after an earlier step failed
)

// Planned is one step of a plan as it is proposed: a transaction, or an action on the team's node
// (Action non-nil). Both are bound into the payload hash and approved alike.
type Planned struct {
	Tx     chain.TxRequest
	Action *proxyrouter.Step
}

// TxStep plans a transaction.
func TxStep(r chain.TxRequest) Planned { return Planned{Tx: r} }

// ActionStep plans an off-chain action.
func ActionStep(a proxyrouter.Step) Planned { return Planned{Action: &a} }

// OnChain reports whether the step is a transaction.
func (p Planned) OnChain() bool { return p.Action == nil }

// Summary is the step's line as people read it.
func (p Planned) Summary() string {
	if p.Action != nil {
		return p.Action.Summary
	}
	return p.Tx.Summary
}

// Name is what the step does, in a word or two: the contract function, or the action.
func (p Planned) Name() string {
	if p.Action != nil {
		return p.Action.Kind.Title()
	}
	return string(p.Tx.Kind)
}

// Step is one step of a proposal's plan and what happened to it.
type Step struct {
	Planned
	Index     int
	Gas       uint64
	Status    StepStatus
	Nonce     *uint64
	Hash      *common.Hash
	Raw       []byte
	Block     uint64
	Error     string
	Note      string // what an off-chain step did
	Attempted bool   // a broadcast of the signed bytes was attempted (they may have reached a node)
}

// Vote is one person's approve or reject.
type Vote struct {
	User    User
	Approve bool
	At      time.Time
}

// MessageRef locates the chat message that shows a proposal.
type MessageRef struct {
	Platform  string
	Channel   string
	MessageID string
}

// Proposal is a plan of transactions awaiting or past the team's decision.
type Proposal struct {
	ID          int64
	Token       string
	Kind        Kind
	Params      Params // what only this kind records (nil for kinds that record nothing)
	Execution   string // ExecPipelined or ExecSequential
	MORNeeded   *big.Int
	Summary     string
	Simulation  string
	PayloadHash common.Hash
	ChainID     uint64
	Signer      common.Address
	Proposer    User
	Quorum      int
	PolicyHash  string // the team's policy it was proposed under
	Status      State
	Reason      string
	FailedStep  int
	Amounts     Amounts
	Steps       []Step
	Votes       []Vote
	Messages    []MessageRef
	// Preconditions are the facts the plan's text relies on, read when it was proposed; the executor
	// reads them again before anything is signed and ends the plan Stale if one changed.
	Preconditions []Precondition
	// Resources are what the plan changes; Overlaps are the other open proposals that change one of
	// them too (loaded for open proposals only).
	Resources []Resource
	Overlaps  []Overlap
	// Origin is the command line that built the plan ("" for plans morbot made on its own): a stale
	// plan offers to run it again.
	Origin    string
	CreatedAt time.Time
	UpdatedAt time.Time
	ExpiresAt time.Time
}

// HumanID is the short ID people type, e.g. "P-17".
func (p *Proposal) HumanID() string { return HumanID(p.ID) }

// HumanID is a proposal's short ID from its number.
func HumanID(id int64) string { return fmt.Sprintf("P-%d", id) }

// ShortHash is the payload hash as shown on messages.
func (p *Proposal) ShortHash() string { return p.PayloadHash.Hex()[:10] }

// Approvals counts approve votes.
func (p *Proposal) Approvals() int {
	n := 0
	for _, v := range p.Votes {
		if v.Approve {
			n++
		}
	}
	return n
}

// Planned are the proposal's steps as they were proposed.
func (p *Proposal) Planned() []Planned {
	out := make([]Planned, len(p.Steps))
	for i, s := range p.Steps {
		out[i] = s.Planned
	}
	return out
}

// Started reports whether any step was signed or run: from then on the plan's own steps change the
// facts it was approved against.
func (p *Proposal) Started() bool {
	for _, s := range p.Steps {
		if s.Status != StepPending {
			return true
		}
	}
	return false
}

// Fact names a precondition: a piece of the world a plan's text relies on.
type Fact string

// Facts a plan can rely on.
const (
	// FactActiveBid is the provider's active bid on a model (Subject: the model ID): "none" or its ID
	// and price.
	FactActiveBid Fact = "active bid"
	// FactProvider is the provider record (Subject: its address): registered or not, stake, endpoint.
	FactProvider Fact = "provider"
	// FactModel is a model record (Subject: the model ID): registered or not, and its stake.
	FactModel Fact = "model"
	// FactAllowance is the Diamond's MOR allowance exactly (Subject: the owner).
	FactAllowance Fact = "allowance"
	// FactAllowanceCovers is whether the allowance covers what the plan pulls (Subject: the owner;
	// Want says the amount).
	FactAllowanceCovers Fact = "allowance covers"
	// FactServed is the model's entry in models-config.json (Subject: the model ID).
	FactServed Fact = "models-config entry"
)

// Precondition is one fact as the plan was proposed against it: Want is its value then, written the
// way the fact's reader writes it now, so a change is a different string. Label says what it is for
// people ("the active bid on \"m1\"").
type Precondition struct {
	Fact    Fact   `json:"fact"`
	Subject string `json:"subject"`
	Label   string `json:"label"`
	Want    string `json:"want"`
}

// Change is a precondition that no longer holds: what it was and what it is now.
type Change struct {
	Precondition
	Now string
}

// String is the change as people read it: "the active bid on "m1": was … → now …".
func (c Change) String() string { return fmt.Sprintf("%s: was %s → now %s", c.Label, c.Want, c.Now) }

// ResourceKind is a kind of thing a plan changes.
type ResourceKind string

// Resources a plan can change.
const (
	ResProvider  ResourceKind = "provider"
	ResModel     ResourceKind = "model"
	ResBid       ResourceKind = "bid"       // a model's bid (ID: the model ID)
	ResAllowance ResourceKind = "allowance" // the Diamond's MOR allowance (ID: the owner)
	ResServed    ResourceKind = "served"    // a model's models-config entry (ID: the model ID)
	ResSession   ResourceKind = "session"   // what a claim takes from a session
	ResNonce     ResourceKind = "nonce"     // an exact nonce (a speed-up, a gap filler)
)

// Resource is one thing a plan changes.
type Resource struct {
	Kind ResourceKind
	ID   string
}

// Key is the resource as stored: "kind:id".
func (r Resource) Key() string { return string(r.Kind) + ":" + r.ID }

// What names the resource for people.
func (r Resource) What() string {
	switch r.Kind {
	case ResProvider:
		return "the provider"
	case ResModel:
		return "this model"
	case ResBid:
		return "this bid"
	case ResAllowance:
		return "the allowance"
	case ResServed:
		return "this models-config entry"
	case ResSession:
		return "a session's pay"
	case ResNonce:
		return "a nonce"
	}
	return "the same thing"
}

// Overlap is another open proposal that changes a resource this one changes too.
type Overlap struct {
	Proposal int64
	Resource Resource
}

// OverlapNote is what one proposal is told of another that changes the same things.
type OverlapNote struct {
	Proposal int64 // the proposal told
	Other    int64
	Note     string
}

// OverlapNotes say, one per other proposal, what it shares with proposal id: "P-2 also changes the
// allowance and this bid; whichever runs second will be checked against the first". Overlaps are
// those of id, so each note is addressed to the other proposal.
func OverlapNotes(id int64, overlaps []Overlap) []OverlapNote {
	var (
		order []int64
		what  = map[int64][]string{}
	)
	for _, o := range overlaps {
		if _, ok := what[o.Proposal]; !ok {
			order = append(order, o.Proposal)
		}
		what[o.Proposal] = append(what[o.Proposal], o.Resource.What())
	}
	out := make([]OverlapNote, 0, len(order))
	for _, other := range order {
		out = append(out, OverlapNote{Proposal: other, Other: id,
			Note: fmt.Sprintf("%s also changes %s; whichever runs second will be checked against the first", HumanID(id), strings.Join(what[other], " and "))})
	}
	return out
}

// PayloadHash binds votes to the exact payload: chain ID, signer, and each step's to, calldata and
// value (an off-chain step: its payload, with a zero address and value).
func PayloadHash(chainID uint64, signer common.Address, steps []Planned) common.Hash {
	buf := make([]byte, 0, 8+20+len(steps)*(20+32+32))
	buf = binary.BigEndian.AppendUint64(buf, chainID)
	buf = append(buf, signer.Bytes()...)
	for _, s := range steps {
		to, data, v := s.Tx.To, s.Tx.Data, s.Tx.Value
		if s.Action != nil {
			to, data, v = common.Address{}, s.Action.Data, nil
		}
		if v == nil {
			v = new(big.Int)
		}
		buf = append(buf, to.Bytes()...)
		buf = append(buf, crypto.Keccak256(data)...)
		buf = append(buf, common.BigToHash(v).Bytes()...)
	}
	return crypto.Keccak256Hash(buf)
}

// Replan is a plan re-planned when it came to run (its allowance step, after another plan changed
// the allowance): the new steps with their gas, the new summary, and why.
type Replan struct {
	Steps   []Planned
	Gas     []uint64
	Summary string
	Reason  string
}
