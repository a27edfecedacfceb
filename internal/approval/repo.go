package approval

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/store"
)

// querier is what both *sql.DB and *sql.Tx offer.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

type amountsJSON struct {
	Approve        string `json:"approve,omitempty"`
	Stake          string `json:"stake,omitempty"`
	PricePerSecond string `json:"price_per_second,omitempty"`
}

func bigStr(v *big.Int) string {
	if v == nil {
		return ""
	}
	return v.String()
}

func strBig(s string) *big.Int {
	if s == "" {
		return nil
	}
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return nil
	}
	return v
}

func insertProposal(ctx context.Context, q querier, p *Proposal) (int64, error) {
	params, err := json.Marshal(p.Params)
	if err != nil {
		return 0, err
	}
	amounts, err := json.Marshal(amountsJSON{Approve: bigStr(p.Amounts.Approve), Stake: bigStr(p.Amounts.Stake), PricePerSecond: bigStr(p.Amounts.PricePerSecond)})
	if err != nil {
		return 0, err
	}
	var id int64
	err = q.QueryRowContext(ctx, `INSERT INTO proposals (token, kind, params, summary, simulation, payload_hash, chain_id, signer,
		proposer_platform, proposer_id, proposer_name, quorum, status, caps, created_at, updated_at, expires_at)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id`,
		p.Token, string(p.Kind), string(params), p.Summary, p.Simulation, p.PayloadHash.Hex(), p.ChainID, p.Signer.Hex(),
		p.Proposer.Platform, p.Proposer.ID, p.Proposer.Name, p.Quorum, string(p.Status), string(amounts),
		p.CreatedAt.UnixMilli(), p.UpdatedAt.UnixMilli(), p.ExpiresAt.UnixMilli()).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("insert proposal: %w", err)
	}
	for _, s := range p.Steps {
		if s.Request.Data == nil {
			s.Request.Data = []byte{} // a plain transfer: no calldata
		}
		_, err := q.ExecContext(ctx, `INSERT INTO proposal_txs (proposal_id, step, kind, to_addr, data, value, summary, gas, status)
			VALUES (?,?,?,?,?,?,?,?,?)`, id, s.Index, s.Request.Kind, s.Request.To.Hex(), s.Request.Data, bigStr(valueOf(s.Request)), s.Request.Summary, s.Gas, StepPending)
		if err != nil {
			return 0, fmt.Errorf("insert proposal step %d: %w", s.Index, err)
		}
	}
	return id, nil
}

func valueOf(r chain.TxRequest) *big.Int {
	if r.Value == nil {
		return new(big.Int)
	}
	return r.Value
}

const proposalCols = `id, token, kind, params, summary, simulation, payload_hash, chain_id, signer, proposer_platform, proposer_id,
	proposer_name, quorum, status, reason, failed_step, caps, created_at, updated_at, expires_at`

func scanProposal(row interface{ Scan(...any) error }) (*Proposal, error) {
	var (
		p                         Proposal
		params, hash, signer, amt string
		status                    string
		created, updated, expires int64
	)
	err := row.Scan(&p.ID, &p.Token, &p.Kind, &params, &p.Summary, &p.Simulation, &hash, &p.ChainID, &signer,
		&p.Proposer.Platform, &p.Proposer.ID, &p.Proposer.Name, &p.Quorum, &status, &p.Reason, &p.FailedStep, &amt,
		&created, &updated, &expires)
	if err != nil {
		return nil, err
	}
	p.Status = State(status)
	p.PayloadHash = common.HexToHash(hash)
	p.Signer = common.HexToAddress(signer)
	p.CreatedAt, p.UpdatedAt, p.ExpiresAt = time.UnixMilli(created), time.UnixMilli(updated), time.UnixMilli(expires)
	if err := json.Unmarshal([]byte(params), &p.Params); err != nil {
		return nil, fmt.Errorf("proposal %d params: %w", p.ID, err)
	}
	var a amountsJSON
	if err := json.Unmarshal([]byte(amt), &a); err != nil {
		return nil, fmt.Errorf("proposal %d amounts: %w", p.ID, err)
	}
	p.Amounts = Amounts{Approve: strBig(a.Approve), Stake: strBig(a.Stake), PricePerSecond: strBig(a.PricePerSecond)}
	return &p, nil
}

// loadProposal reads one proposal with its steps, votes and messages; where is "id = ?" or "token = ?".
func loadProposal(ctx context.Context, q querier, where string, arg any) (*Proposal, error) {
	p, err := scanProposal(q.QueryRowContext(ctx, `SELECT `+proposalCols+` FROM proposals WHERE `+where, arg))
	if err != nil {
		return nil, err
	}
	if err := loadChildren(ctx, q, p); err != nil {
		return nil, err
	}
	return p, nil
}

func loadChildren(ctx context.Context, q querier, p *Proposal) error {
	rows, err := q.QueryContext(ctx, `SELECT step, kind, to_addr, data, value, summary, gas, status, nonce, hash, raw, block, error, note, attempted
		FROM proposal_txs WHERE proposal_id = ? ORDER BY step`, p.ID)
	if err != nil {
		return fmt.Errorf("load steps: %w", err)
	}
	for rows.Next() {
		var (
			s          Step
			to, value  string
			nonce      sql.NullInt64
			hash       sql.NullString
			block      sql.NullInt64
			data, raw  []byte
			kind, summ string
		)
		if err := rows.Scan(&s.Index, &kind, &to, &data, &value, &summ, &s.Gas, &s.Status, &nonce, &hash, &raw, &block, &s.Error, &s.Note, &s.Attempted); err != nil {
			_ = rows.Close()
			return fmt.Errorf("scan step: %w", err)
		}
		s.Request = chain.TxRequest{Kind: kind, To: common.HexToAddress(to), Data: data, Value: strBig(value), Summary: summ}
		if nonce.Valid {
			n := uint64(nonce.Int64)
			s.Nonce = &n
		}
		if hash.Valid {
			h := common.HexToHash(hash.String)
			s.Hash = &h
		}
		s.Raw = raw
		if block.Valid {
			s.Block = uint64(block.Int64)
		}
		p.Steps = append(p.Steps, s)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	rows, err = q.QueryContext(ctx, `SELECT platform, user_id, user_name, approve, created_at FROM votes WHERE proposal_id = ? ORDER BY created_at, rowid`, p.ID)
	if err != nil {
		return fmt.Errorf("load votes: %w", err)
	}
	for rows.Next() {
		var (
			v  Vote
			at int64
		)
		if err := rows.Scan(&v.User.Platform, &v.User.ID, &v.User.Name, &v.Approve, &at); err != nil {
			_ = rows.Close()
			return err
		}
		v.At = time.UnixMilli(at)
		p.Votes = append(p.Votes, v)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	rows, err = q.QueryContext(ctx, `SELECT platform, channel, message_id FROM messages WHERE proposal_id = ? ORDER BY platform, channel`, p.ID)
	if err != nil {
		return fmt.Errorf("load messages: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var m MessageRef
		if err := rows.Scan(&m.Platform, &m.Channel, &m.MessageID); err != nil {
			return err
		}
		p.Messages = append(p.Messages, m)
	}
	return rows.Err()
}

// casStatus moves a proposal from one of the given states to another; false when it was not in them.
func casStatus(ctx context.Context, q querier, id int64, from []State, to State, reason string, failedStep int, now time.Time) (bool, error) {
	ph := strings.TrimSuffix(strings.Repeat("?,", len(from)), ",")
	args := []any{string(to), reason, failedStep, now.UnixMilli(), id}
	for _, f := range from {
		args = append(args, string(f))
	}
	res, err := q.ExecContext(ctx, `UPDATE proposals SET status = ?, reason = ?, failed_step = ?, updated_at = ? WHERE id = ? AND status IN (`+ph+`)`, args...)
	if err != nil {
		return false, fmt.Errorf("update proposal %d to %s: %w", id, to, err)
	}
	n, err := res.RowsAffected()
	return n == 1, err
}

func auditLog(ctx context.Context, q querier, at time.Time, u *User, action string, proposalID int64, detail, txHash string) error {
	var platform, id, name string
	if u != nil {
		platform, id, name = u.Platform, u.ID, u.Name
	}
	var pid any
	if proposalID > 0 {
		pid = proposalID
	}
	_, err := q.ExecContext(ctx, `INSERT INTO audit (at, platform, user_id, user_name, action, proposal_id, detail, tx_hash) VALUES (?,?,?,?,?,?,?,?)`,
		at.UnixMilli(), platform, id, name, action, pid, detail, txHash)
	if err != nil {
		return fmt.Errorf("audit %s: %w", action, err)
	}
	return nil
}

// AuditEntry is one line of the audit log.
type AuditEntry struct {
	At         time.Time
	User       User
	Action     string
	ProposalID int64
	Detail     string
	TxHash     string
}

func readAudit(ctx context.Context, db *store.DB, limit int) ([]AuditEntry, error) {
	rows, err := db.QueryContext(ctx, `SELECT at, platform, user_id, user_name, action, COALESCE(proposal_id, 0), detail, tx_hash FROM audit ORDER BY id DESC LIMIT ?`, limit)
	if err != nil {
		return nil, fmt.Errorf("read audit: %w", err)
	}
	defer rows.Close()
	var out []AuditEntry
	for rows.Next() {
		var (
			e  AuditEntry
			at int64
		)
		if err := rows.Scan(&at, &e.User.Platform, &e.User.ID, &e.User.Name, &e.Action, &e.ProposalID, &e.Detail, &e.TxHash); err != nil {
			return nil, err
		}
		e.At = time.UnixMilli(at)
		out = append(out, e)
	}
	return out, rows.Err()
}

// InFlightTx is a signed or broadcast transaction of an executing proposal, not yet settled.
type InFlightTx struct {
	Proposal  int64
	Step      int
	Kind      string
	Hash      common.Hash
	Nonce     uint64
	SentBlock uint64 // the head when it was broadcast
	Signer    common.Address
}

// InFlightTxs lists the transactions that were broadcast (or may have been) and have no outcome yet.
func (e *Engine) InFlightTxs(ctx context.Context) ([]InFlightTx, error) {
	rows, err := e.db.QueryContext(ctx, `SELECT t.proposal_id, t.step, t.kind, t.hash, t.nonce, t.sent_block, p.signer FROM proposal_txs t
		JOIN proposals p ON p.id = t.proposal_id WHERE t.status IN (?, ?) AND t.hash IS NOT NULL AND t.sent_block > 0
		AND p.status IN (?, ?, ?)`, StepSigned, StepSent, string(Submitting), string(Submitted), string(Unknown))
	if err != nil {
		return nil, fmt.Errorf("read in-flight transactions: %w", err)
	}
	defer rows.Close()
	var out []InFlightTx
	for rows.Next() {
		var (
			x            InFlightTx
			hash, signer string
		)
		if err := rows.Scan(&x.Proposal, &x.Step, &x.Kind, &hash, &x.Nonce, &x.SentBlock, &signer); err != nil {
			return nil, err
		}
		x.Hash, x.Signer = common.HexToHash(hash), common.HexToAddress(signer)
		out = append(out, x)
	}
	return out, rows.Err()
}
