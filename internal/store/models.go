package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// TeamModel is a model the team registered through morbot, so people can use its name.
type TeamModel struct {
	ID   common.Hash
	Name string
	Base common.Hash
}

// RememberModel records a model a proposal registers (or re-points the name at that proposal).
func (s *DB) RememberModel(ctx context.Context, owner common.Address, m TeamModel, proposalID int64, at time.Time) error {
	_, err := s.ExecContext(ctx, `INSERT INTO team_models (model_id, name, base_id, owner, proposal_id, created_at) VALUES (?,?,?,?,?,?)
		ON CONFLICT(model_id) DO UPDATE SET name = excluded.name, proposal_id = excluded.proposal_id`,
		strings.ToLower(m.ID.Hex()), m.Name, m.Base.Hex(), owner.Hex(), proposalID, at.UnixMilli())
	if err != nil {
		return fmt.Errorf("remember model %s: %w", m.Name, err)
	}
	return nil
}

// TeamModels lists the models an owner registered through morbot, by name.
func (s *DB) TeamModels(ctx context.Context, owner common.Address) ([]TeamModel, error) {
	rows, err := s.QueryContext(ctx, `SELECT model_id, name, base_id FROM team_models WHERE owner = ? ORDER BY name, created_at`, owner.Hex())
	if err != nil {
		return nil, fmt.Errorf("team models: %w", err)
	}
	defer rows.Close()
	var out []TeamModel
	for rows.Next() {
		var id, name, base string
		if err := rows.Scan(&id, &name, &base); err != nil {
			return nil, err
		}
		out = append(out, TeamModel{ID: common.HexToHash(id), Name: name, Base: common.HexToHash(base)})
	}
	return out, rows.Err()
}

// ModelProposal is the proposal that registered (or is registering) a team model; false when none is
// recorded.
func (s *DB) ModelProposal(ctx context.Context, id common.Hash) (int64, bool, error) {
	var pid sql.NullInt64
	err := s.QueryRowContext(ctx, `SELECT proposal_id FROM team_models WHERE model_id = ?`, strings.ToLower(id.Hex())).Scan(&pid)
	if IsNoRows(err) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("model proposal: %w", err)
	}
	return pid.Int64, pid.Valid, nil
}
