package commands

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/mtibben/confusables"
	"golang.org/x/text/unicode/norm"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
)

// teamModel is a model the team registered through morbot, so people can use its name.
type teamModel struct {
	ID   common.Hash
	Name string
	Base common.Hash
}

func (h *Handler) rememberModel(ctx context.Context, m teamModel, proposalID int64) error {
	_, err := h.db.ExecContext(ctx, `INSERT INTO team_models (model_id, name, base_id, owner, proposal_id, created_at) VALUES (?,?,?,?,?,?)
		ON CONFLICT(model_id) DO UPDATE SET name = excluded.name, proposal_id = excluded.proposal_id`,
		strings.ToLower(m.ID.Hex()), m.Name, m.Base.Hex(), h.provider.Hex(), proposalID, time.Now().UnixMilli())
	if err != nil {
		return fmt.Errorf("remember model %s: %w", m.Name, err)
	}
	return nil
}

func (h *Handler) teamModels(ctx context.Context) ([]teamModel, error) {
	rows, err := h.db.QueryContext(ctx, `SELECT model_id, name, base_id FROM team_models WHERE owner = ? ORDER BY name, created_at`, h.provider.Hex())
	if err != nil {
		return nil, fmt.Errorf("team models: %w", err)
	}
	defer rows.Close()
	var out []teamModel
	for rows.Next() {
		var id, name, base string
		if err := rows.Scan(&id, &name, &base); err != nil {
			return nil, err
		}
		out = append(out, teamModel{ID: common.HexToHash(id), Name: name, Base: common.HexToHash(base)})
	}
	return out, rows.Err()
}

func (h *Handler) teamModelIDs(ctx context.Context) ([]common.Hash, error) {
	ms, err := h.teamModels(ctx)
	if err != nil {
		return nil, err
	}
	ids := make([]common.Hash, len(ms))
	for i, m := range ms {
		ids[i] = m.ID
	}
	return ids, nil
}

// modelByName finds the team's model with a name whose on-chain record is active (a name proposed
// but never registered does not count).
func (h *Handler) modelByName(ctx context.Context, name string) (*teamModel, *chain.Model, error) {
	ms, err := h.teamModels(ctx)
	if err != nil {
		return nil, nil, err
	}
	for _, m := range ms {
		if !strings.EqualFold(m.Name, name) {
			continue
		}
		cm, err := h.chain.Model(ctx, m.ID)
		if err != nil {
			return nil, nil, err
		}
		if cm.Active() {
			tm := m
			return &tm, &cm, nil
		}
	}
	return nil, nil, nil
}

// nameKey is what two model names must differ in to be told apart by people: NFKC-normalised,
// case-folded, then reduced to its Unicode confusables skeleton (TR39), so "gpt" and "gрt" (a
// Cyrillic р) or "ＧＰＴ" share a key.
func nameKey(name string) string {
	return confusables.Skeleton(strings.ToLower(norm.NFKC.String(strings.TrimSpace(name))))
}

// nameTaken refuses a new model name that people could confuse with one of the team's models that is
// active on-chain or being registered by an open proposal; it names the model and its ID.
func (h *Handler) nameTaken(ctx context.Context, name string) error {
	ms, err := h.teamModels(ctx)
	if err != nil {
		return err
	}
	key := nameKey(name)
	for _, m := range ms {
		if nameKey(m.Name) != key {
			continue
		}
		cm, err := h.chain.Model(ctx, m.ID)
		if err != nil {
			return err
		}
		if cm.Active() {
			if strings.EqualFold(m.Name, name) {
				return invalid("the team already has an active model named %q (%s); pick another name", m.Name, strings.ToLower(m.ID.Hex()))
			}
			return invalid("%q looks like %q, the name of the team's active model %s; pick a name people cannot confuse with it", name, m.Name, strings.ToLower(m.ID.Hex()))
		}
		if p, err := h.proposalOf(ctx, m.ID); err != nil {
			return err
		} else if p != nil && !p.Status.Final() {
			return invalid("%s (%s) is already registering a model named %q (%s); a second model with a name people cannot tell apart would be ambiguous, so pick another name or cancel %s",
				p.HumanID(), p.Status, m.Name, strings.ToLower(m.ID.Hex()), p.HumanID())
		}
	}
	return nil
}

// proposalOf is the proposal that registered (or is registering) a team model, or nil.
func (h *Handler) proposalOf(ctx context.Context, id common.Hash) (*approval.Proposal, error) {
	var pid sql.NullInt64
	err := h.db.QueryRowContext(ctx, `SELECT proposal_id FROM team_models WHERE model_id = ?`, strings.ToLower(id.Hex())).Scan(&pid)
	if err != nil || !pid.Valid {
		return nil, nil //nolint:nilerr // no record: no proposal
	}
	p, err := h.engine.Get(ctx, pid.Int64)
	var d *approval.Denial
	if errors.As(err, &d) {
		return nil, nil
	}
	return p, err
}

// resolveModel accepts a 0x model ID or the name of one of the team's models.
func (h *Handler) resolveModel(ctx context.Context, c *Call, ref string) (common.Hash, error) {
	if strings.HasPrefix(strings.ToLower(ref), "0x") {
		return parseHash(c, "model", ref)
	}
	tm, _, err := h.modelByName(ctx, ref)
	if err != nil {
		return common.Hash{}, err
	}
	if tm == nil {
		return common.Hash{}, invalid("no active model named %q among the team's models; /mor model list shows them, or give the 0x model ID", ref)
	}
	return tm.ID, nil
}

func (h *Handler) modelName(ctx context.Context, id common.Hash, onchain string) string {
	ms, err := h.teamModels(ctx)
	if err == nil {
		for _, m := range ms {
			if m.ID == id {
				return m.Name
			}
		}
	}
	return onchain
}
