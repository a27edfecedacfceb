package approval

import (
	"encoding/json"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// Kind is what a proposal does, as people read it ("bid delete") and as the policy names it
// (approval.auto_approve: [claim]). Every kind morbot proposes is a constant here; nothing compares
// kinds as string literals.
type Kind string

// Proposal kinds.
const (
	KindOnboard            Kind = "onboard"
	KindProviderCreate     Kind = "provider create"
	KindProviderUpdate     Kind = "provider update"
	KindProviderDeregister Kind = "provider deregister"
	KindModelCreate        Kind = "model create"
	KindModelDeregister    Kind = "model deregister"
	KindModelServe         Kind = "model serve"
	KindBidCreate          Kind = "bid create"
	KindBidDelete          Kind = "bid delete"
	KindApprove            Kind = "approve"
	KindClaim              Kind = "claim"
	// KindSpeedup replaces a stuck transaction (same nonce, higher fees).
	KindSpeedup Kind = "tx speedup"
	// KindFillNonce sends a zero-value self-transfer at a nonce nothing is pending for, so the
	// transactions queued behind that gap can be mined.
	KindFillNonce Kind = "tx fill"
)

// Kinds lists every proposal kind.
var Kinds = []Kind{KindOnboard, KindProviderCreate, KindProviderUpdate, KindProviderDeregister, KindModelCreate, KindModelDeregister,
	KindModelServe, KindBidCreate, KindBidDelete, KindApprove, KindClaim, KindSpeedup, KindFillNonce}

// AutoApprovable are the kinds approval.auto_approve may name: plans that only pay the provider.
var AutoApprovable = []Kind{KindClaim}

// LaneFree reports whether a kind runs outside the signer's lane: a speed-up or a gap filler reuses
// or fills a nonce that a stuck plan is waiting on, so it must not queue behind that plan.
func (k Kind) LaneFree() bool { return k == KindSpeedup || k == KindFillNonce }

// Execution modes, recorded on each proposal when it is made.
const (
	ExecPipelined  = "pipelined"
	ExecSequential = "sequential"
)

// Params are the facts only one kind of proposal records, which morbot reads back later: which model
// or bid it concerns, which sessions a claim covers, what a speed-up replaces. Each kind has its own
// type; kinds that record nothing have none.
type Params interface{ kind() Kind }

// OnboardParams: the model an onboarding registers (nil when it reuses the team's model of that
// name) and the model its bid is posted on.
type OnboardParams struct {
	Model     *common.Hash
	ModelName string
	BidModel  *common.Hash
}

// ModelCreateParams: the model a model create registers, and its name.
type ModelCreateParams struct {
	Model     common.Hash
	ModelName string
}

// ModelDeregisterParams: the model deregistered.
type ModelDeregisterParams struct{ Model common.Hash }

// ModelServeParams: the model a serve puts on the node.
type ModelServeParams struct{ Model common.Hash }

// BidCreateParams: the model a bid is posted on.
type BidCreateParams struct{ Model common.Hash }

// BidDeleteParams: the model of the deleted bid (the bid-missing alert reads it back).
type BidDeleteParams struct{ Model common.Hash }

// ClaimParams: the sessions a claim claims and what it pays the provider.
type ClaimParams struct {
	Sessions []common.Hash
	Total    *big.Int
}

// SpeedupParams: the nonce and the transaction a speed-up replaces.
type SpeedupParams struct {
	Nonce    uint64
	Replaces Replacement
}

// FillParams: the nonce a gap filler is sent with.
type FillParams struct{ Nonce uint64 }

func (OnboardParams) kind() Kind         { return KindOnboard }
func (ModelCreateParams) kind() Kind     { return KindModelCreate }
func (ModelDeregisterParams) kind() Kind { return KindModelDeregister }
func (ModelServeParams) kind() Kind      { return KindModelServe }
func (BidCreateParams) kind() Kind       { return KindBidCreate }
func (BidDeleteParams) kind() Kind       { return KindBidDelete }
func (ClaimParams) kind() Kind           { return KindClaim }
func (SpeedupParams) kind() Kind         { return KindSpeedup }
func (FillParams) kind() Kind            { return KindFillNonce }

// Replacement is the transaction a speed-up replaces and the fees of its replacement.
type Replacement struct {
	Proposal    int64
	Step        int
	Hash        common.Hash
	Gas         uint64
	Tip, FeeCap *big.Int
}

// RegisteredModel is the model a plan registers on-chain (a model create, or an onboarding that
// registers one).
func (p *Proposal) RegisteredModel() (common.Hash, bool) {
	switch x := p.Params.(type) {
	case ModelCreateParams:
		return x.Model, true
	case OnboardParams:
		if x.Model != nil {
			return *x.Model, true
		}
	}
	return common.Hash{}, false
}

// encodeParams writes a proposal's parameters as the JSON object of strings they were always stored
// as (the execution mode and the MOR it pulls with the kind's own facts), so stores written before
// they were typed read back the same.
func encodeParams(p *Proposal) (string, error) {
	if p.Params != nil && p.Params.kind() != p.Kind {
		return "", fmt.Errorf("params of a %s proposal given to a %s proposal", p.Params.kind(), p.Kind)
	}
	m := map[string]string{}
	put := func(k, v string) {
		if v != "" {
			m[k] = v
		}
	}
	hash := func(k string, h *common.Hash) {
		if h != nil {
			m[k] = strings.ToLower(h.Hex())
		}
	}
	put("execution", p.Execution)
	if p.MORNeeded != nil {
		m["mor_needed"] = p.MORNeeded.String()
	}
	switch x := p.Params.(type) {
	case OnboardParams:
		hash("model_id", x.Model)
		put("model_name", x.ModelName)
		hash("bid_model_id", x.BidModel)
	case ModelCreateParams:
		hash("model_id", &x.Model)
		put("model_name", x.ModelName)
	case ModelDeregisterParams:
		hash("model_id", &x.Model)
	case ModelServeParams:
		hash("model_id", &x.Model)
	case BidCreateParams:
		hash("bid_model_id", &x.Model)
	case BidDeleteParams:
		hash("bid_model_id", &x.Model)
	case ClaimParams:
		ids := make([]string, len(x.Sessions))
		for i, s := range x.Sessions {
			ids[i] = s.Hex()
		}
		put("sessions", strings.Join(ids, ","))
		if x.Total != nil {
			m["claim_total"] = x.Total.String()
		}
	case SpeedupParams:
		r := x.Replaces
		m["nonce"] = strconv.FormatUint(x.Nonce, 10)
		m["replaces_proposal"] = strconv.FormatInt(r.Proposal, 10)
		m["replaces_step"] = strconv.Itoa(r.Step)
		m["replaces_hash"] = r.Hash.Hex()
		m["gas"] = strconv.FormatUint(r.Gas, 10)
		m["tip"] = bigStr(r.Tip)
		m["fee_cap"] = bigStr(r.FeeCap)
	case FillParams:
		m["nonce"] = strconv.FormatUint(x.Nonce, 10)
	}
	b, err := json.Marshal(m)
	return string(b), err
}

// decodeParams reads the stored form back for a kind; a value that does not parse is an error, not
// a silent zero.
func decodeParams(kind Kind, stored string, p *Proposal) error {
	var m map[string]string
	if err := json.Unmarshal([]byte(stored), &m); err != nil {
		return err
	}
	var err error
	bigOf := func(k string) *big.Int {
		v, ok := m[k]
		if !ok || err != nil {
			return nil
		}
		x, good := new(big.Int).SetString(v, 10)
		if !good {
			err = fmt.Errorf("param %s: %q is not a whole number", k, v)
		}
		return x
	}
	hashOf := func(k string) *common.Hash {
		v, ok := m[k]
		if !ok || err != nil {
			return nil
		}
		if !strings.HasPrefix(v, "0x") || len(v) != 66 {
			err = fmt.Errorf("param %s: %q is not a 32-byte hash", k, v)
			return nil
		}
		h := common.HexToHash(v)
		return &h
	}
	need := func(k string) common.Hash {
		h := hashOf(k)
		if h == nil {
			if err == nil {
				err = fmt.Errorf("param %s: missing from a %s proposal", k, kind)
			}
			return common.Hash{}
		}
		return *h
	}
	nonce := func() uint64 {
		n, perr := strconv.ParseUint(m["nonce"], 10, 64)
		if perr != nil && err == nil {
			err = fmt.Errorf("param nonce: %q is not a nonce", m["nonce"])
		}
		return n
	}
	p.Execution, p.MORNeeded = m["execution"], bigOf("mor_needed")
	switch kind {
	case KindOnboard:
		p.Params = OnboardParams{Model: hashOf("model_id"), ModelName: m["model_name"], BidModel: hashOf("bid_model_id")}
	case KindModelCreate:
		p.Params = ModelCreateParams{Model: need("model_id"), ModelName: m["model_name"]}
	case KindModelDeregister:
		if h := hashOf("model_id"); h != nil {
			p.Params = ModelDeregisterParams{Model: *h}
		}
	case KindModelServe:
		p.Params = ModelServeParams{Model: need("model_id")}
	case KindBidCreate:
		if h := hashOf("bid_model_id"); h != nil {
			p.Params = BidCreateParams{Model: *h}
		}
	case KindBidDelete:
		p.Params = BidDeleteParams{Model: need("bid_model_id")}
	case KindClaim:
		c := ClaimParams{Total: bigOf("claim_total")}
		for _, s := range strings.Split(m["sessions"], ",") {
			if s != "" {
				c.Sessions = append(c.Sessions, common.HexToHash(s))
			}
		}
		p.Params = c
	case KindSpeedup:
		r := Replacement{Hash: common.HexToHash(m["replaces_hash"])}
		var e1, e2, e3 error
		r.Proposal, e1 = strconv.ParseInt(m["replaces_proposal"], 10, 64)
		r.Step, e2 = strconv.Atoi(m["replaces_step"])
		r.Gas, e3 = strconv.ParseUint(m["gas"], 10, 64)
		r.Tip, r.FeeCap = bigOf("tip"), bigOf("fee_cap")
		if (e1 != nil || e2 != nil || e3 != nil || r.Tip == nil || r.FeeCap == nil) && err == nil {
			err = fmt.Errorf("param replaces: incomplete speed-up parameters")
		}
		p.Params = SpeedupParams{Nonce: nonce(), Replaces: r}
	case KindFillNonce:
		p.Params = FillParams{Nonce: nonce()}
	}
	return err
}
