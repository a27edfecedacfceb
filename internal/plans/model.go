package plans

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"strings"

	"github.com/ethereum/go-ethereum/common"
	"github.com/mtibben/confusables"
	"golang.org/x/text/unicode/norm"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
	"github.com/morbotlabs/morbot/internal/store"
)

// ModelSpec is a model to register.
type ModelSpec struct {
	Name    string
	Stake   *big.Int
	Fee     *big.Int
	Tags    []string
	IPFSCID common.Hash
	Base    common.Hash // the base ID; the model ID is derived from it and the owner
}

// ModelCreate registers a model under a name people cannot confuse with the team's other models.
func (b *Builder) ModelCreate(ctx context.Context, u approval.User, m ModelSpec) (*approval.Proposal, error) {
	if err := b.NameTaken(ctx, m.Name); err != nil {
		return nil, err
	}
	s, err := b.Read.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	pl := New(approval.KindModelCreate)
	id, err := b.planModel(ctx, s, m, pl)
	if err != nil {
		return nil, err
	}
	pl.Params = approval.ModelCreateParams{Model: id, ModelName: m.Name}
	if proxyrouter.IsTEE(m.Tags) {
		pl.Lines = append(pl.Lines, b.teeReadiness(ctx))
	}
	return b.Propose(ctx, &u, FundsOf(s), pl)
}

// planModel adds a modelRegister step (shared by model create and onboard) and returns the derived
// model ID: it relies on the model not being registered and changes it.
func (b *Builder) planModel(ctx context.Context, s *chain.Snapshot, m ModelSpec, pl *Plan) (common.Hash, error) {
	id := chain.ModelID(b.Provider, m.Base)
	cm, err := b.Chain.Model(ctx, id)
	if err != nil {
		return id, err
	}
	if cm.Active() {
		return id, Refuse("model %s already exists for base ID %s; re-registering would add stake and overwrite its name and tags, so use another --base-id", strings.ToLower(id.Hex()), m.Base.Hex())
	}
	if m.Stake.Cmp(s.Minimums.ModelStake) < 0 {
		return id, BelowMin("model minimum stake", m.Stake, s.Minimums.ModelStake, s.Block)
	}
	fee := m.Fee
	if fee == nil {
		fee = new(big.Int)
	}
	pl.Add(b.Chain.ModelRegisterTx(b.Provider, m.Base, m.IPFSCID, fee, m.Stake, m.Name, m.Tags),
		fmt.Sprintf("register model %q (%s) with %s stake, tags %s\n  model ID %s (put this lower-case ID in models-config.json)", m.Name, strings.ToLower(id.Hex()), chain.FormatMOR(m.Stake), strings.Join(m.Tags, ","), strings.ToLower(id.Hex())))
	pl.Need.Add(pl.Need, m.Stake)
	pl.Amounts.Stake = MaxBig(pl.Amounts.Stake, m.Stake)
	pl.model = &store.TeamModel{ID: id, Name: m.Name, Base: m.Base}
	pl.reliesOnModel(id, m.Name, cm)
	pl.Changes(approval.ResModel, id.Hex())
	return id, nil
}

// NameKey is what two model names must differ in to be told apart by people: NFKC-normalised,
// case-folded, then reduced to its Unicode confusables skeleton (TR39), so "gpt" and "gрt" (a
// Cyrillic р) or "ＧＰＴ" share a key.
func NameKey(name string) string {
	return confusables.Skeleton(strings.ToLower(norm.NFKC.String(strings.TrimSpace(name))))
}

// NameTaken refuses a new model name that people could confuse with one of the team's models that is
// active on-chain or being registered by an open proposal; it names the model and its ID.
func (b *Builder) NameTaken(ctx context.Context, name string) error {
	ms, err := b.Read.Models(ctx)
	if err != nil {
		return err
	}
	key := NameKey(name)
	for _, m := range ms {
		if NameKey(m.Name) != key {
			continue
		}
		cm, err := b.Chain.Model(ctx, m.ID)
		if err != nil {
			return err
		}
		if cm.Active() {
			if strings.EqualFold(m.Name, name) {
				return Refuse("the team already has an active model named %q (%s); pick another name", m.Name, strings.ToLower(m.ID.Hex()))
			}
			return Refuse("%q looks like %q, the name of the team's active model %s; pick a name people cannot confuse with it", name, m.Name, strings.ToLower(m.ID.Hex()))
		}
		if p, err := b.Read.ModelProposal(ctx, m.ID); err != nil {
			return err
		} else if p != nil && !p.Status.Final() {
			return Refuse("%s (%s) is already registering a model named %q (%s); a second model with a name people cannot tell apart would be ambiguous, so pick another name or cancel %s",
				p.HumanID(), p.Status, m.Name, strings.ToLower(m.ID.Hex()), p.HumanID())
		}
	}
	return nil
}

// ModelDeregister deregisters one of the provider's models and returns its stake.
func (b *Builder) ModelDeregister(ctx context.Context, u approval.User, id common.Hash) (*approval.Proposal, error) {
	s, err := b.Read.Snapshot(ctx)
	if err != nil {
		return nil, err
	}
	cm, err := b.Chain.Model(ctx, id)
	if err != nil {
		return nil, err
	}
	switch {
	case cm.CreatedAt == 0:
		return nil, Missing("model %s does not exist on-chain (is it the derived model ID?)", id.Hex())
	case cm.Owner != b.Provider:
		return nil, Refuse("model %s is owned by %s; only its owner can deregister it", id.Hex(), cm.Owner.Hex())
	case cm.IsDeleted:
		return nil, Refuse("model %s is already deregistered", id.Hex())
	}
	_, bids, err := b.Chain.ModelActiveBids(ctx, id, 0, 1)
	if err != nil {
		return nil, err
	}
	if bids > 0 {
		var ours []string
		for _, bid := range s.ActiveBids {
			if bid.ModelID == id {
				ours = append(ours, bid.ID.Hex())
			}
		}
		others := bids - uint64(len(ours))
		switch {
		case len(ours) > 0 && others > 0:
			return nil, Refuse("model %s still has our active bid %s and %d from other providers; delete ours first (/mor bid delete %s), and the contract refuses until theirs are deleted too (only their providers can)",
				id.Hex(), ours[0], others, ours[0])
		case len(ours) > 0:
			return nil, Refuse("model %s still has our active bid %s; delete it first: /mor bid delete %s", id.Hex(), ours[0], ours[0])
		default:
			return nil, Refuse("model %s still has %d active bid(s) from other providers; the contract refuses to deregister a model with active bids, and only their providers can delete them", id.Hex(), others)
		}
	}
	pl := New(approval.KindModelDeregister)
	name := b.Read.ModelName(ctx, id, cm.Name)
	pl.Params = approval.ModelDeregisterParams{Model: id}
	pl.reliesOnModel(id, name, cm)
	pl.Changes(approval.ResModel, id.Hex())
	pl.Add(b.Chain.ModelDeregisterTx(id), fmt.Sprintf("deregister model %q (%s); returns its %s stake", name, strings.ToLower(id.Hex()), chain.FormatMOR(cm.Stake)))
	return b.Propose(ctx, &u, FundsOf(s), pl)
}

// teeReadiness says whether the configured node can serve a TEE model: it must answer
// /v1/models/attestation (proxy-router v7's -tee image); a warning when it does not.
func (b *Builder) teeReadiness(ctx context.Context) string {
	if b.Serve == nil || b.Serve.Client == nil {
		return "tagged tee: only a proxy-router v7 -tee node on a confidential VM can serve it (no proxy-router is configured here, so morbot cannot check the node)"
	}
	switch _, err := b.Serve.Client.Attestations(ctx); {
	case errors.Is(err, proxyrouter.ErrNoAttestation):
		return "WARNING: tagged tee, but the configured proxy-router has no /v1/models/attestation (a version before v7.0.0): consumers who open a session on it would pay and get only \"LLM TEE verification failed\"; run the v7 -tee image before bidding"
	case err != nil:
		return "tagged tee: the configured proxy-router's attestation list could not be read (" + err.Error() + "); check it serves /v1/models/attestation before bidding"
	}
	return "tagged tee: the configured proxy-router serves /v1/models/attestation (v7), so it can attest the backend once the model is served"
}
