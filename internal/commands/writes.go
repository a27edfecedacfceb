package commands

import (
	"context"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/plans"
)

// plan is a proposal being assembled by a write command: the plan itself and, for a model create,
// the new model to remember by name once proposed.
type plan struct {
	*plans.Plan
	model *teamModel
}

func newPlan(kind string) *plan { return &plan{Plan: plans.New(kind)} }

// finish checks and proposes the plan (plans.Builder) and remembers a new model's name.
func (h *Handler) finish(ctx context.Context, c *Call, s *chain.Snapshot, pl *plan) (*Response, error) {
	p, err := h.plans.Propose(ctx, &c.User, fundsOf(s), pl.Plan)
	if err != nil {
		return nil, err
	}
	if pl.model != nil {
		if err := h.rememberModel(ctx, *pl.model, p.ID); err != nil {
			return nil, err
		}
	}
	return &Response{Message: h.Render(p), ProposalID: p.ID}, nil
}

// fundsOf is what a plan is checked against, from a snapshot.
func fundsOf(s *chain.Snapshot) plans.Funds {
	return plans.Funds{Block: s.Block, MOR: s.MORBalance, Allowance: s.Allowance, SignerETH: s.SignerETH, Rights: s.Rights}
}

func belowMin(what string, amount, min *big.Int, block uint64) error {
	return invalid("%s is below the %s %s (read at block %d); stake at least %s", chain.FormatMOR(amount), what, chain.FormatMOR(min), block, chain.FormatMOR(min))
}

func (h *Handler) providerCreate(ctx context.Context, c *Call) (*Response, error) {
	stake, err := parseMOR(c, "stake", c.Arg("stake"))
	if err != nil {
		return nil, err
	}
	ep, err := parseEndpoint(c, c.Arg("endpoint"))
	if err != nil {
		return nil, err
	}
	s, err := h.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	p := s.Provider
	if p.Active() {
		return nil, invalid("provider %s is already registered with %s staked at %s; use /mor provider update to add stake or change the endpoint", h.provider.Hex(), chain.FormatMOR(p.Stake), p.Endpoint)
	}
	newStake := new(big.Int).Add(p.Stake, stake)
	if newStake.Cmp(s.Minimums.ProviderStake) < 0 {
		return nil, belowMin("provider minimum stake", newStake, s.Minimums.ProviderStake, s.Block)
	}
	pl := newPlan("provider create")
	pl.Add(h.chain.ProviderRegisterTx(h.provider, stake, ep), fmt.Sprintf("register provider %s with %s stake at endpoint %s", h.provider.Hex(), chain.FormatMOR(stake), ep))
	if r := h.reachability(ctx, ep); !strings.HasPrefix(r, "reachable") {
		pl.Lines = append(pl.Lines, "warning: endpoint "+ep+" "+r)
	}
	pl.Need.Set(stake)
	pl.Amounts.Stake = stake
	return h.finish(ctx, c, s, pl)
}

func (h *Handler) providerUpdate(ctx context.Context, c *Call) (*Response, error) {
	addS, hasAdd := c.Flag("add-stake")
	epS, hasEp := c.Flag("endpoint")
	if !hasAdd && !hasEp {
		return nil, usage(c, "give --add-stake X and/or --endpoint host:port")
	}
	add := new(big.Int)
	var err error
	if hasAdd {
		if add, err = parseMOR(c, "--add-stake", addS); err != nil {
			return nil, err
		}
	}
	s, err := h.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	p := s.Provider
	switch {
	case !p.Exists():
		return nil, invalid("no provider is registered for %s; use /mor provider create", h.provider.Hex())
	case p.IsDeleted:
		return nil, invalid("provider %s is deregistered; /mor provider create reactivates it", h.provider.Hex())
	}
	ep := p.Endpoint
	if hasEp {
		if ep, err = parseEndpoint(c, epS); err != nil {
			return nil, err
		}
	}
	if add.Sign() == 0 && ep == p.Endpoint {
		return nil, invalid("nothing to change: the endpoint is already %s and no stake is added", ep)
	}
	newStake := new(big.Int).Add(p.Stake, add)
	if newStake.Cmp(s.Minimums.ProviderStake) < 0 {
		short := new(big.Int).Sub(s.Minimums.ProviderStake, newStake)
		return nil, invalid("the stake would be %s, below the provider minimum %s (read at block %d); any update reverts until the stake is topped up, so add at least %s with --add-stake",
			chain.FormatMOR(newStake), chain.FormatMOR(s.Minimums.ProviderStake), s.Block, chain.FormatMOR(short))
	}
	pl := newPlan("provider update")
	line := fmt.Sprintf("update provider %s: stake %s → %s, endpoint %s", h.provider.Hex(), chain.FormatMOR(p.Stake), chain.FormatMOR(newStake), ep)
	pl.Add(h.chain.ProviderRegisterTx(h.provider, add, ep), line)
	pl.Need.Set(add)
	pl.Amounts.Stake = add
	return h.finish(ctx, c, s, pl)
}

func (h *Handler) providerDeregister(ctx context.Context, c *Call) (*Response, error) {
	s, err := h.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	p := s.Provider
	switch {
	case !p.Exists():
		return nil, invalid("no provider is registered for %s", h.provider.Hex())
	case p.IsDeleted:
		return nil, invalid("provider %s is already deregistered", h.provider.Hex())
	case len(s.ActiveBids) > 0:
		return nil, invalid("the provider has %d active bid(s); delete them first with /mor bid delete <bid-id> (see /mor bid list)", len(s.ActiveBids))
	}
	back := p.Headroom(s.Time)
	line := fmt.Sprintf("deregister provider %s; returns %s now", h.provider.Hex(), chain.FormatMOR(back))
	if kept := new(big.Int).Sub(p.Stake, back); kept.Sign() > 0 {
		line += fmt.Sprintf(" (the stake minus the %s earned this period). The other %s stays in the contract as the deregistered provider's stake, and nothing releases it on its own: after the earnings period ends (%s), register again (/mor provider create) and deregister again to withdraw it",
			chain.FormatMOR(p.Earned(s.Time)), chain.FormatMOR(kept), plans.When(p.LimitPeriodEnd))
	}
	pl := newPlan("provider deregister")
	pl.Add(h.chain.ProviderDeregisterTx(h.provider), line)
	return h.finish(ctx, c, s, pl)
}

func (h *Handler) modelCreate(ctx context.Context, c *Call) (*Response, error) {
	name, err := parseModelName(c, c.Arg("name"))
	if err != nil {
		return nil, err
	}
	stake, err := parseMOR(c, "stake", c.Arg("stake"))
	if err != nil {
		return nil, err
	}
	fee := new(big.Int)
	if v, ok := c.Flag("fee"); ok {
		if fee, err = parseMOR(c, "--fee", v); err != nil {
			return nil, err
		}
	}
	tags := []string{"LLM"}
	if v, ok := c.Flag("tags"); ok {
		if tags, err = parseTags(c, v); err != nil {
			return nil, err
		}
	}
	var cid common.Hash
	if v, ok := c.Flag("ipfs-cid"); ok {
		if cid, err = parseHash(c, "--ipfs-cid", v); err != nil {
			return nil, err
		}
	}
	var base common.Hash
	if v, ok := c.Flag("base-id"); ok {
		if base, err = parseHash(c, "--base-id", v); err != nil {
			return nil, err
		}
	} else if base, err = chain.RandomBaseID(); err != nil {
		return nil, err
	}
	if err := h.nameTaken(ctx, name); err != nil {
		return nil, err
	}
	s, err := h.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	pl, err := h.planModel(ctx, s, name, stake, fee, tags, cid, base, newPlan("model create"))
	if err != nil {
		return nil, err
	}
	return h.finish(ctx, c, s, pl)
}

// planModel adds a modelRegister step (shared by model create and onboard).
func (h *Handler) planModel(ctx context.Context, s *chain.Snapshot, name string, stake, fee *big.Int, tags []string, cid, base common.Hash, pl *plan) (*plan, error) {
	id := chain.ModelID(h.provider, base)
	cm, err := h.chain.Model(ctx, id)
	if err != nil {
		return nil, err
	}
	if cm.Active() {
		return nil, invalid("model %s already exists for base ID %s; re-registering would add stake and overwrite its name and tags, so use another --base-id", strings.ToLower(id.Hex()), base.Hex())
	}
	if stake.Cmp(s.Minimums.ModelStake) < 0 {
		return nil, belowMin("model minimum stake", stake, s.Minimums.ModelStake, s.Block)
	}
	pl.Add(h.chain.ModelRegisterTx(h.provider, base, cid, fee, stake, name, tags),
		fmt.Sprintf("register model %q (%s) with %s stake, tags %s\n  model ID %s (put this lower-case ID in models-config.json)", name, strings.ToLower(id.Hex()), chain.FormatMOR(stake), strings.Join(tags, ","), strings.ToLower(id.Hex())))
	pl.Need.Add(pl.Need, stake)
	pl.Amounts.Stake = maxBig(pl.Amounts.Stake, stake)
	pl.model = &teamModel{ID: id, Name: name, Base: base}
	pl.Params["model_id"] = strings.ToLower(id.Hex())
	pl.Params["model_name"] = name
	return pl, nil
}

func (h *Handler) modelDeregister(ctx context.Context, c *Call) (*Response, error) {
	id, err := h.resolveModel(ctx, c, c.Arg("model"))
	if err != nil {
		return nil, err
	}
	s, err := h.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	cm, err := h.chain.Model(ctx, id)
	if err != nil {
		return nil, err
	}
	switch {
	case cm.CreatedAt == 0:
		return nil, invalid("model %s does not exist on-chain (is it the derived model ID?)", id.Hex())
	case cm.Owner != h.provider:
		return nil, invalid("model %s is owned by %s; only its owner can deregister it", id.Hex(), cm.Owner.Hex())
	case cm.IsDeleted:
		return nil, invalid("model %s is already deregistered", id.Hex())
	}
	_, bids, err := h.chain.ModelActiveBids(ctx, id, 0, 1)
	if err != nil {
		return nil, err
	}
	if bids > 0 {
		return nil, invalid("model %s still has %d active bid(s), possibly from other providers; it cannot be deregistered until they are deleted", id.Hex(), bids)
	}
	pl := newPlan("model deregister")
	pl.Add(h.chain.ModelDeregisterTx(id), fmt.Sprintf("deregister model %q (%s); returns its %s stake", h.modelName(ctx, id, cm.Name), strings.ToLower(id.Hex()), chain.FormatMOR(cm.Stake)))
	return h.finish(ctx, c, s, pl)
}

func (h *Handler) bidCreate(ctx context.Context, c *Call) (*Response, error) {
	price, err := parsePrice(c, c.Arg("price"))
	if err != nil {
		return nil, err
	}
	id, err := h.resolveModel(ctx, c, c.Arg("model"))
	if err != nil {
		return nil, err
	}
	s, err := h.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	if !s.Provider.Active() {
		return nil, invalid("provider %s is not an active provider; register it first (/mor provider create or /mor onboard)", h.provider.Hex())
	}
	mk, err := h.chain.Market(ctx, id)
	if err != nil {
		return nil, err
	}
	cm := mk.Model
	if !cm.Active() {
		return nil, invalid("model %s is not active on-chain; use the derived model ID (see /mor model list)", id.Hex())
	}
	pl := newPlan("bid create")
	if err := h.planBid(ctx, s, id, h.modelName(ctx, id, cm.Name), price, pl); err != nil {
		return nil, err
	}
	pl.Lines = append(pl.Lines, rankLine(mk, price, h.provider))
	return h.finish(ctx, c, s, pl)
}

// planBid adds a postModelBid step (shared by bid create and onboard).
func (h *Handler) planBid(ctx context.Context, s *chain.Snapshot, id common.Hash, name string, price *big.Int, pl *plan) error {
	m := s.Minimums
	if !m.PriceInRange(price) {
		return invalid("the price %s is outside the allowed range %s … %s (read at block %d)", chain.FormatPrice(price), chain.FormatPrice(m.MinPricePerSecond), chain.FormatPrice(m.MaxPricePerSecond), s.Block)
	}
	line := fmt.Sprintf("bid on model %q (%s) at %s; pays the %s bid fee (not refunded)", name, strings.ToLower(id.Hex()), chain.FormatPrice(price), chain.FormatMOR(m.BidFee))
	for _, b := range s.ActiveBids {
		if b.ModelID != id {
			continue
		}
		if b.PricePerSecond.Cmp(price) == 0 {
			return invalid("the active bid %s on this model already has the price %s; posting again would only cost the %s fee", b.ID.Hex(), chain.FormatPrice(price), chain.FormatMOR(m.BidFee))
		}
		line += fmt.Sprintf("; replaces the active bid %s at %s", b.ID.Hex(), chain.FormatPrice(b.PricePerSecond))
	}
	pl.Add(h.chain.PostModelBidTx(h.provider, id, price), line)
	pl.Need.Add(pl.Need, m.BidFee)
	pl.Amounts.PricePerSecond = price
	pl.Params["bid_model_id"] = strings.ToLower(id.Hex())
	return nil
}

func (h *Handler) bidDelete(ctx context.Context, c *Call) (*Response, error) {
	id, err := parseHash(c, "bid", c.Arg("bid"))
	if err != nil {
		return nil, err
	}
	s, err := h.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	b, err := h.chain.Bid(ctx, id)
	if err != nil {
		return nil, err
	}
	switch {
	case b.CreatedAt == 0:
		return nil, invalid("there is no bid %s (see /mor bid list)", id.Hex())
	case b.Provider != h.provider:
		return nil, invalid("bid %s belongs to provider %s, not to ours", id.Hex(), b.Provider.Hex())
	case !b.Active():
		return nil, invalid("bid %s is already deleted or replaced", id.Hex())
	}
	pl := newPlan("bid delete")
	pl.Params["bid_model_id"] = strings.ToLower(b.ModelID.Hex())
	pl.Add(h.chain.DeleteModelBidTx(id), fmt.Sprintf("delete bid %s on model %s at %s (the fee is not refunded)", id.Hex(), strings.ToLower(b.ModelID.Hex()), chain.FormatPrice(b.PricePerSecond)))
	return h.finish(ctx, c, s, pl)
}

// openNeed is the MOR the open proposals (pending or approved) will pull from the provider wallet.
func (h *Handler) openNeed(ctx context.Context) (*big.Int, error) {
	ps, err := h.engine.List(ctx, 1000, approval.Pending, approval.Approved)
	if err != nil {
		return nil, err
	}
	amount := new(big.Int)
	for _, p := range ps {
		if v, ok := new(big.Int).SetString(p.Params["mor_needed"], 10); ok {
			amount.Add(amount, v)
		}
	}
	return amount, nil
}

func (h *Handler) approve(ctx context.Context, c *Call) (*Response, error) {
	arg := c.Arg("amount")
	var amount *big.Int
	if strings.EqualFold(arg, "auto") {
		var err error
		if amount, err = h.openNeed(ctx); err != nil {
			return nil, err
		}
		if amount.Sign() == 0 {
			return nil, invalid("no open proposal needs MOR; give an amount, e.g. /mor approve 0.6")
		}
	} else {
		var err error
		if amount, err = parseMOR(c, "amount", arg); err != nil {
			return nil, err
		}
	}
	if h.signer != h.provider {
		return nil, invalid("approve must be sent by the provider wallet %s itself; morbot signs as the operator %s. The provider wallet must send %s; /mor delegation --approve %s shows it as an EIP-681 link and a Safe batch",
			h.provider.Hex(), h.signer.Hex(), plans.CallLine(h.chain.ApproveTx(amount)), chain.FormatUnits(amount, chain.Decimals))
	}
	s, err := h.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	if amount.Cmp(s.Allowance) == 0 {
		return nil, invalid("the allowance is already %s (read at block %d)", chain.FormatMOR(amount), s.Block)
	}
	pl := newPlan("approve")
	pl.Add(h.chain.ApproveTx(amount), fmt.Sprintf("set the Diamond's MOR allowance to %s (now %s; approve replaces, it does not add)", chain.FormatMOR(amount), chain.FormatMOR(s.Allowance)))
	pl.Amounts.Approve = amount
	return h.finish(ctx, c, s, pl)
}

func (h *Handler) onboard(ctx context.Context, c *Call) (*Response, error) {
	ep, err := parseEndpoint(c, c.Arg("endpoint"))
	if err != nil {
		return nil, err
	}
	name, err := parseModelName(c, c.Arg("model-name"))
	if err != nil {
		return nil, err
	}
	price, err := parsePrice(c, c.Arg("price"))
	if err != nil {
		return nil, err
	}
	var provStake, modelStake *big.Int
	if v, ok := c.Flag("provider-stake"); ok {
		if provStake, err = parseMOR(c, "--provider-stake", v); err != nil {
			return nil, err
		}
	}
	if v, ok := c.Flag("model-stake"); ok {
		if modelStake, err = parseMOR(c, "--model-stake", v); err != nil {
			return nil, err
		}
	}
	s, err := h.snapshot(ctx)
	if err != nil {
		return nil, err
	}
	m := s.Minimums
	if !m.PriceInRange(price) {
		return nil, invalid("the price %s is outside the allowed range %s … %s (read at block %d)", chain.FormatPrice(price), chain.FormatPrice(m.MinPricePerSecond), chain.FormatPrice(m.MaxPricePerSecond), s.Block)
	}
	pl := newPlan("onboard")
	var done []string

	// Provider: register, top up to the minimum, or update the endpoint.
	p := s.Provider
	switch {
	case !p.Active():
		stake := provStake
		if stake == nil {
			stake = new(big.Int).Sub(m.ProviderStake, p.Stake)
			if stake.Sign() < 0 {
				stake.SetInt64(0)
			}
		}
		if total := new(big.Int).Add(p.Stake, stake); total.Cmp(m.ProviderStake) < 0 {
			return nil, belowMin("provider minimum stake", total, m.ProviderStake, s.Block)
		}
		pl.Add(h.chain.ProviderRegisterTx(h.provider, stake, ep), fmt.Sprintf("register provider %s with %s stake at endpoint %s", h.provider.Hex(), chain.FormatMOR(stake), ep))
		pl.Need.Add(pl.Need, stake)
		pl.Amounts.Stake = maxBig(pl.Amounts.Stake, stake)
	case p.Stake.Cmp(m.ProviderStake) < 0 || p.Endpoint != ep || provStake != nil:
		add := new(big.Int)
		if provStake != nil {
			add.Set(provStake)
		} else if p.Stake.Cmp(m.ProviderStake) < 0 {
			add.Sub(m.ProviderStake, p.Stake)
		}
		if total := new(big.Int).Add(p.Stake, add); total.Cmp(m.ProviderStake) < 0 {
			return nil, belowMin("provider minimum stake", total, m.ProviderStake, s.Block)
		}
		pl.Add(h.chain.ProviderRegisterTx(h.provider, add, ep), fmt.Sprintf("update provider %s: add %s stake, endpoint %s", h.provider.Hex(), chain.FormatMOR(add), ep))
		pl.Need.Add(pl.Need, add)
		pl.Amounts.Stake = maxBig(pl.Amounts.Stake, add)
	default:
		done = append(done, fmt.Sprintf("provider already registered with %s at %s", chain.FormatMOR(p.Stake), p.Endpoint))
	}

	// Model: reuse the team's active model of that name, or register one.
	var modelID common.Hash
	tm, _, err := h.modelByName(ctx, name)
	if err != nil {
		return nil, err
	}
	if tm != nil {
		modelID = tm.ID
		done = append(done, fmt.Sprintf("model %q already registered (%s)", name, strings.ToLower(tm.ID.Hex())))
	} else if err := h.nameTaken(ctx, name); err != nil {
		return nil, err
	} else {
		stake := modelStake
		if stake == nil {
			stake = m.ModelStake
		}
		base, err := chain.RandomBaseID()
		if err != nil {
			return nil, err
		}
		if _, err := h.planModel(ctx, s, name, stake, new(big.Int), []string{"LLM"}, common.Hash{}, base, pl); err != nil {
			return nil, err
		}
		modelID = pl.model.ID
	}

	// Bid: post unless the same price is already active.
	sameBid := false
	for _, b := range s.ActiveBids {
		if b.ModelID == modelID && b.PricePerSecond.Cmp(price) == 0 {
			sameBid = true
			done = append(done, fmt.Sprintf("bid %s already active at %s", b.ID.Hex(), chain.FormatPrice(price)))
		}
	}
	if !sameBid {
		if err := h.planBid(ctx, s, modelID, name, price, pl); err != nil {
			return nil, err
		}
	}
	if len(pl.Steps) == 0 {
		return &Response{Message: chat.Message{Title: "Already onboarded", Text: strings.Join(done, "\n"), Severity: chat.Success, Footer: fmt.Sprintf("read at block %d", s.Block)}}, nil
	}
	for _, d := range done {
		pl.Lines = append(pl.Lines, "already done: "+d)
	}
	return h.finish(ctx, c, s, pl)
}

var maxBig = plans.MaxBig
