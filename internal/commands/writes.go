package commands

import (
	"context"
	"errors"
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/plans"
	"github.com/morbotlabs/morbot/internal/view"
)

// proposed answers a write command with the proposal it made.
func (h *Handler) proposed(p *approval.Proposal, err error) (*Response, error) {
	if err != nil {
		return nil, err
	}
	return &Response{Message: h.Render(p), ProposalID: p.ID}, nil
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
	return h.proposed(h.plans.ProviderCreate(ctx, c.User, stake, ep))
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
	var ep *string
	if hasEp {
		v, err := parseEndpoint(c, epS)
		if err != nil {
			return nil, err
		}
		ep = &v
	}
	return h.proposed(h.plans.ProviderUpdate(ctx, c.User, add, ep))
}

func (h *Handler) providerDeregister(ctx context.Context, c *Call) (*Response, error) {
	return h.proposed(h.plans.ProviderDeregister(ctx, c.User))
}

func (h *Handler) modelCreate(ctx context.Context, c *Call) (*Response, error) {
	name, err := parseModelName(c, c.Arg("name"))
	if err != nil {
		return nil, err
	}
	m := plans.ModelSpec{Name: name, Fee: new(big.Int), Tags: []string{"LLM"}}
	if m.Stake, err = parseMOR(c, "stake", c.Arg("stake")); err != nil {
		return nil, err
	}
	if v, ok := c.Flag("fee"); ok {
		if m.Fee, err = parseMOR(c, "--fee", v); err != nil {
			return nil, err
		}
	}
	if v, ok := c.Flag("tags"); ok {
		if m.Tags, err = parseTags(c, v); err != nil {
			return nil, err
		}
	}
	if v, ok := c.Flag("ipfs-cid"); ok {
		if m.IPFSCID, err = parseHash(c, "--ipfs-cid", v); err != nil {
			return nil, err
		}
	}
	if v, ok := c.Flag("base-id"); ok {
		if m.Base, err = parseHash(c, "--base-id", v); err != nil {
			return nil, err
		}
	} else if m.Base, err = chain.RandomBaseID(); err != nil {
		return nil, err
	}
	return h.proposed(h.plans.ModelCreate(ctx, c.User, m))
}

func (h *Handler) modelDeregister(ctx context.Context, c *Call) (*Response, error) {
	id, err := h.resolveModel(ctx, c, c.Arg("model"))
	if err != nil {
		return nil, err
	}
	return h.proposed(h.plans.ModelDeregister(ctx, c.User, id))
}

func (h *Handler) modelServe(ctx context.Context, c *Call) (*Response, error) {
	if p := h.d.Proxy; p == nil || p.ModelsConfig == "" {
		return nil, invalid("no proxy-router is configured (proxy_router.models_config); add the model to models-config.json by hand")
	}
	id, err := h.resolveModel(ctx, c, c.Arg("model"))
	if err != nil {
		return nil, err
	}
	sp := plans.ServeSpec{Model: id}
	sp.APIType, _ = c.Flag("api-type")
	sp.APIURL, _ = c.Flag("api-url")
	sp.ModelName, _ = c.Flag("model-name")
	sp.APIKeyEnv, _ = c.Flag("api-key-env")
	if v, ok := c.Flag("slots"); ok {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1000 {
			return nil, usage(c, "--slots: %q is not a number from 1 to 1000", v)
		}
		sp.Slots = n
	}
	return h.proposed(h.plans.ModelServe(ctx, c.User, sp))
}

func (h *Handler) bidCreate(ctx context.Context, c *Call) (*Response, error) {
	price, err := h.parsePrice(ctx, c, c.Arg("price"))
	if err != nil {
		return nil, err
	}
	id, err := h.resolveModel(ctx, c, c.Arg("model"))
	if err != nil {
		return nil, err
	}
	return h.proposed(h.plans.BidCreate(ctx, c.User, id, price))
}

func (h *Handler) bidDelete(ctx context.Context, c *Call) (*Response, error) {
	id, err := parseHash(c, "bid", c.Arg("bid"))
	if err != nil {
		return nil, err
	}
	return h.proposed(h.plans.BidDelete(ctx, c.User, id))
}

func (h *Handler) approve(ctx context.Context, c *Call) (*Response, error) {
	var amount *big.Int // nil: auto
	if arg := c.Arg("amount"); !strings.EqualFold(arg, "auto") {
		var err error
		if amount, err = parseMOR(c, "amount", arg); err != nil {
			return nil, err
		}
	}
	return h.proposed(h.plans.Approve(ctx, c.User, amount))
}

func (h *Handler) onboard(ctx context.Context, c *Call) (*Response, error) {
	var (
		o   plans.OnboardSpec
		err error
	)
	if o.Endpoint, err = parseEndpoint(c, c.Arg("endpoint")); err != nil {
		return nil, err
	}
	if o.ModelName, err = parseModelName(c, c.Arg("model-name")); err != nil {
		return nil, err
	}
	if o.Price, err = h.parsePrice(ctx, c, c.Arg("price")); err != nil {
		return nil, err
	}
	if v, ok := c.Flag("provider-stake"); ok {
		if o.ProviderStake, err = parseMOR(c, "--provider-stake", v); err != nil {
			return nil, err
		}
	}
	if v, ok := c.Flag("model-stake"); ok {
		if o.ModelStake, err = parseMOR(c, "--model-stake", v); err != nil {
			return nil, err
		}
	}
	p, done, err := h.plans.Onboard(ctx, c.User, o)
	if err != nil {
		return nil, err
	}
	if done != nil {
		m := view.Answer("Already onboarded", strings.Join(done.Done, "\n"))
		m.Severity, m.Footer = chat.Success, footerBlock(done.Block)
		return &Response{Message: m}, nil
	}
	return h.proposed(p, nil)
}

// txSpeedup proposes replacing a proposal's sent but unmined transaction (plans.Speedup).
func (h *Handler) txSpeedup(ctx context.Context, c *Call) (*Response, error) {
	id, err := approval.ParseID(c.Arg("id"))
	if err != nil {
		return nil, err
	}
	return h.proposed(h.plans.Speedup(ctx, c.User, id))
}

// txFill proposes a zero-value self-transfer at a nonce nothing is pending for (plans.Fill).
func (h *Handler) txFill(ctx context.Context, c *Call) (*Response, error) {
	nonce, err := strconv.ParseUint(c.Arg("nonce"), 10, 64)
	if errors.Is(err, strconv.ErrRange) {
		return nil, usage(c, "nonce: %s is too large: a nonce is at most %d (the stuck-transaction alert names the missing one)", c.Arg("nonce"), uint64(math.MaxUint64))
	}
	if err != nil {
		return nil, usage(c, "nonce: %q is not a whole number such as 41", c.Arg("nonce"))
	}
	return h.proposed(h.plans.Fill(ctx, c.User, nonce))
}

// ResolveModel accepts a 0x model ID or the name of one of the team's models (for commands built
// outside this package, as morbot dev's).
func (h *Handler) ResolveModel(ctx context.Context, c *Call, ref string) (common.Hash, error) {
	return h.resolveModel(ctx, c, ref)
}

// resolveModel accepts a 0x model ID or the name of one of the team's models.
func (h *Handler) resolveModel(ctx context.Context, c *Call, ref string) (common.Hash, error) {
	if strings.HasPrefix(strings.ToLower(ref), "0x") {
		return parseHash(c, "model", ref)
	}
	tm, _, err := h.read.ModelByName(ctx, ref)
	if err != nil {
		return common.Hash{}, err
	}
	if tm == nil {
		return common.Hash{}, notFound("no active model named %q among the team's models; /mor model list shows them, or give the 0x model ID", ref)
	}
	return tm.ID, nil
}

func (h *Handler) modelName(ctx context.Context, id common.Hash, onchain string) string {
	return h.read.ModelName(ctx, id, onchain)
}

func footerBlock(b uint64) string { return "read at block " + strconv.FormatUint(b, 10) }
