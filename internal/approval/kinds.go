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

// Params are the facts recorded with a proposal that morbot reads back later: how it executes, what
// MOR it pulls, which model or bid it concerns, which sessions a claim covers, what a speed-up
// replaces. They are stored as the JSON object of strings they always were, so stores written before
// they were typed read back the same.
type Params struct {
	Execution string   // ExecPipelined or ExecSequential; "" until the engine records the default
	MORNeeded *big.Int // what the plan pulls from the provider wallet (nil: nothing recorded)
	// Model is the model a model create registers (the onboard's too) or a model serve serves.
	Model     *common.Hash
	ModelName string
	// BidModel is the model of the bid a bid create posts or a bid delete deletes.
	BidModel   *common.Hash
	Sessions   []common.Hash // the sessions a claim claims
	ClaimTotal *big.Int      // what a claim pays the provider
	Nonce      *uint64       // the exact nonce a speed-up or a gap filler is sent with
	Replaces   *Replacement  // what a speed-up replaces
}

// Replacement is the transaction a speed-up replaces and the fees of its replacement.
type Replacement struct {
	Proposal    int64
	Step        int
	Hash        common.Hash
	Gas         uint64
	Tip, FeeCap *big.Int
}

// MarshalJSON writes the parameters as a JSON object of strings (the stored form).
func (p Params) MarshalJSON() ([]byte, error) {
	m := map[string]string{}
	put := func(k, v string) {
		if v != "" {
			m[k] = v
		}
	}
	put("execution", p.Execution)
	if p.MORNeeded != nil {
		m["mor_needed"] = p.MORNeeded.String()
	}
	if p.Model != nil {
		m["model_id"] = strings.ToLower(p.Model.Hex())
	}
	put("model_name", p.ModelName)
	if p.BidModel != nil {
		m["bid_model_id"] = strings.ToLower(p.BidModel.Hex())
	}
	if len(p.Sessions) > 0 {
		ids := make([]string, len(p.Sessions))
		for i, s := range p.Sessions {
			ids[i] = s.Hex()
		}
		m["sessions"] = strings.Join(ids, ",")
	}
	if p.ClaimTotal != nil {
		m["claim_total"] = p.ClaimTotal.String()
	}
	if p.Nonce != nil {
		m["nonce"] = strconv.FormatUint(*p.Nonce, 10)
	}
	if r := p.Replaces; r != nil {
		m["replaces_proposal"] = strconv.FormatInt(r.Proposal, 10)
		m["replaces_step"] = strconv.Itoa(r.Step)
		m["replaces_hash"] = r.Hash.Hex()
		m["gas"] = strconv.FormatUint(r.Gas, 10)
		m["tip"] = bigStr(r.Tip)
		m["fee_cap"] = bigStr(r.FeeCap)
	}
	return json.Marshal(m)
}

// UnmarshalJSON reads the stored form; a value that does not parse is an error, not a silent zero.
func (p *Params) UnmarshalJSON(b []byte) error {
	var m map[string]string
	if err := json.Unmarshal(b, &m); err != nil {
		return err
	}
	*p = Params{Execution: m["execution"], ModelName: m["model_name"]}
	var err error
	big10 := func(k string) *big.Int {
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
	hash := func(k string) *common.Hash {
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
	p.MORNeeded, p.ClaimTotal = big10("mor_needed"), big10("claim_total")
	p.Model, p.BidModel = hash("model_id"), hash("bid_model_id")
	if v := m["sessions"]; v != "" {
		for _, s := range strings.Split(v, ",") {
			if s != "" {
				p.Sessions = append(p.Sessions, common.HexToHash(s))
			}
		}
	}
	if v, ok := m["nonce"]; ok && err == nil {
		n, perr := strconv.ParseUint(v, 10, 64)
		if perr != nil {
			err = fmt.Errorf("param nonce: %q is not a nonce", v)
		}
		p.Nonce = &n
	}
	if v, ok := m["replaces_proposal"]; ok && err == nil {
		r := &Replacement{Hash: common.HexToHash(m["replaces_hash"])}
		var e1, e2, e3 error
		r.Proposal, e1 = strconv.ParseInt(v, 10, 64)
		r.Step, e2 = strconv.Atoi(m["replaces_step"])
		r.Gas, e3 = strconv.ParseUint(m["gas"], 10, 64)
		r.Tip, r.FeeCap = big10("tip"), big10("fee_cap")
		if e1 != nil || e2 != nil || e3 != nil || r.Tip == nil || r.FeeCap == nil {
			err = fmt.Errorf("param replaces: incomplete speed-up parameters")
		}
		p.Replaces = r
	}
	return err
}
