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
)

// State is a proposal's place in its life.
type State string

// States. pending → approved → submitting → submitted → confirmed | failed;
// pending → rejected | expired | cancelled; unknown = sent, outcome not known (resolved by reconciling).
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
	Unknown    State = "unknown"
)

// Closed reports whether no vote can change the proposal any more.
func (s State) Closed() bool { return s != Pending }

// Final reports whether the proposal will never change again.
func (s State) Final() bool {
	switch s {
	case Confirmed, Failed, Rejected, Expired, Cancelled:
		return true
	}
	return false
}

// Step states.
const (
	StepPending   = "pending"   // not signed yet
	StepSigned    = "signed"    // signed and recorded, broadcast may or may not have happened
	StepSent      = "sent"      // broadcast accepted
	StepConfirmed = "confirmed" // mined successfully
	StepFailed    = "failed"    // reverted or refused
	StepDropped   = "dropped"   // signed but never broadcast, and given up after an earlier step failed
)

// Step is one transaction of a proposal's plan.
type Step struct {
	Index     int
	Request   chain.TxRequest
	Gas       uint64
	Status    string
	Nonce     *uint64
	Hash      *common.Hash
	Raw       []byte
	Block     uint64
	Error     string
	Note      string // what an off-chain step did
	Attempted bool   // a broadcast of the signed bytes was attempted (they may have reached a node)
}

// OffchainPrefix marks a step that is not a transaction (see chain.OffchainPrefix): it is bound
// into the payload hash like any step and run by the OffchainRunner once approved.
const OffchainPrefix = chain.OffchainPrefix

// IsOffchain reports whether a step is an off-chain action.
func IsOffchain(r chain.TxRequest) bool { return strings.HasPrefix(r.Kind, OffchainPrefix) }

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
	Params      Params
	Summary     string
	Simulation  string
	PayloadHash common.Hash
	ChainID     uint64
	Signer      common.Address
	Proposer    User
	Quorum      int
	Status      State
	Reason      string
	FailedStep  int
	Amounts     Amounts
	Steps       []Step
	Votes       []Vote
	Messages    []MessageRef
	CreatedAt   time.Time
	UpdatedAt   time.Time
	ExpiresAt   time.Time
}

// HumanID is the short ID people type, e.g. "P-17".
func (p *Proposal) HumanID() string { return fmt.Sprintf("P-%d", p.ID) }

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

// PayloadHash binds votes to the exact payload: chain ID, signer, and each step's to, calldata and value.
func PayloadHash(chainID uint64, signer common.Address, steps []chain.TxRequest) common.Hash {
	buf := make([]byte, 0, 8+20+len(steps)*(20+32+32))
	buf = binary.BigEndian.AppendUint64(buf, chainID)
	buf = append(buf, signer.Bytes()...)
	for _, s := range steps {
		v := s.Value
		if v == nil {
			v = new(big.Int)
		}
		buf = append(buf, s.To.Bytes()...)
		buf = append(buf, crypto.Keccak256(s.Data)...)
		buf = append(buf, common.BigToHash(v).Bytes()...)
	}
	return crypto.Keccak256Hash(buf)
}
