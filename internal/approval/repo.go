package approval

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
	"github.com/morbotlabs/morbot/internal/store"
)

// Repo is the proposal store: every SQL statement on the tables approval owns (proposals, their
// steps, votes, messages, resources, the audit log, the team's policy and the events). The executor
// writes steps through it too, inside its own fenced transactions.
type Repo struct {
	db *store.DB
	// origin names this process in the events it records; served are the chat platforms it shows
	// events on itself (another replica shows a recorded event only on the platforms it lacks).
	origin string
	served []string
}

// NewRepo opens the proposal store on db; origin names this process (its lease holder ID).
func NewRepo(db *store.DB, origin string) *Repo { return &Repo{db: db, origin: origin} }

// Serve records the chat platforms this process shows events on (set once at start-up, before any
// event is recorded).
func (r *Repo) Serve(platforms ...string) { r.served = append(r.served, platforms...) }

// Origin is the name this process records its events under.
func (r *Repo) Origin() string { return r.origin }

// DB is the store underneath (the executor fences its writes with the lease on it).
func (r *Repo) DB() *store.DB { return r.db }

// querier is what both *store.DB and *store.Tx offer.
type querier interface {
	ExecContext(ctx context.Context, query string, args ...any) (sql.Result, error)
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

// Record is an event as a write records it: published once the write has committed.
type Record struct {
	Kind     EventKind
	Proposal int64
	Actor    *User
	Note     string
	Step     int // -1: not about one step
	Hash     common.Hash
	Block    uint64
}

// Writer is one store transaction on approval's tables. What it emits is recorded in the same
// transaction, so an event exists exactly when the change it tells of does.
type Writer struct {
	tx      *store.Tx
	r       *Repo
	now     time.Time
	records []Record
}

// Tx is the store transaction (the executor's fence checks the lease in it).
func (w *Writer) Tx() *store.Tx { return w.tx }

// Now is the time the write is made at.
func (w *Writer) Now() time.Time { return w.now }

// Write runs fn in one store transaction and returns the events it emitted once it committed.
func (r *Repo) Write(ctx context.Context, now time.Time, fn func(w *Writer) error) ([]Record, error) {
	var recs []Record
	err := r.db.InTx(ctx, func(tx *store.Tx) error {
		w := &Writer{tx: tx, r: r, now: now}
		if err := fn(w); err != nil {
			return err
		}
		recs = w.records
		return nil
	})
	if err != nil {
		return nil, err
	}
	return recs, nil
}

// Emit records an event in the transaction.
func (w *Writer) Emit(ctx context.Context, rec Record) error {
	var platform, id, name string
	if rec.Actor != nil {
		platform, id, name = rec.Actor.Platform, rec.Actor.ID, rec.Actor.Name
	}
	hash := ""
	if rec.Hash != (common.Hash{}) {
		hash = rec.Hash.Hex()
	}
	_, err := w.tx.ExecContext(ctx, `INSERT INTO events (at, origin, served, proposal_id, kind, step, tx_hash, block, note, actor_platform, actor_id, actor_name)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`, w.now.UnixMilli(), w.r.origin, strings.Join(w.r.served, ","), rec.Proposal, rec.Kind.String(), rec.Step,
		hash, int64(rec.Block), rec.Note, platform, id, name)
	if err != nil {
		return fmt.Errorf("record event %s: %w", rec.Kind, err)
	}
	w.records = append(w.records, rec)
	return nil
}

// Audit writes an audit row in the transaction.
func (w *Writer) Audit(ctx context.Context, u *User, action string, proposalID int64, detail, txHash string) error {
	return auditLog(ctx, w.tx, w.now, u, action, proposalID, detail, txHash)
}

// CAS moves a proposal from one of the given states to another; false when it was not in them.
func (w *Writer) CAS(ctx context.Context, id int64, from []State, to State, reason string, failedStep int) (bool, error) {
	return casStatus(ctx, w.tx, id, from, to, reason, failedStep, w.now)
}

// Lock locks a proposal's row for the rest of the transaction (votes and cancels on any replica are
// serialised per proposal) and loads it; sql.ErrNoRows when there is none.
func (w *Writer) Lock(ctx context.Context, where string, arg any) (*Proposal, error) {
	var id int64
	if err := w.tx.QueryRowContext(ctx, `SELECT id FROM proposals WHERE `+where+w.tx.ForUpdate(), arg).Scan(&id); err != nil {
		return nil, err
	}
	return loadProposal(ctx, w.tx, "id = ?", id)
}

// ForgetVotes removes every vote on a proposal (its payload changed: votes bind to a payload).
func (w *Writer) ForgetVotes(ctx context.Context, id int64) error {
	_, err := w.tx.ExecContext(ctx, `DELETE FROM votes WHERE proposal_id = ?`, id)
	return err
}

// AddVote records a vote.
func (w *Writer) AddVote(ctx context.Context, id int64, u User, approve bool) error {
	// The roles the adapter resolved are kept with the vote: the leader judges it again by the team's
	// policy before signing, and a role-based approver is one by these roles.
	_, err := w.tx.ExecContext(ctx, `INSERT INTO votes (proposal_id, platform, user_id, user_name, approve, created_at, roles) VALUES (?,?,?,?,?,?,?)`,
		id, u.Platform, u.ID, u.Name, approve, w.now.UnixMilli(), strings.Join(u.Roles, ","))
	if err != nil {
		return fmt.Errorf("record vote: %w", err)
	}
	return nil
}

// SetQuorum records the quorum a proposal needs (the team's policy changed).
func (w *Writer) SetQuorum(ctx context.Context, id int64, quorum int, policyHash string) error {
	_, err := w.tx.ExecContext(ctx, `UPDATE proposals SET quorum = ?, policy_hash = ? WHERE id = ?`, quorum, policyHash, id)
	return err
}

// whileExecuting is the condition that a step write holds only while its proposal is executing (a
// cancellation or a failure recorded meanwhile wins).
const whileExecuting = ` AND EXISTS (SELECT 1 FROM proposals WHERE id = ? AND status IN (?,?,?))`

func executingArgs(id int64) []any {
	return []any{id, string(Submitting), string(Submitted), string(Unknown)}
}

// RecordSigned records a signed step (its nonce, hash and bytes) before it is broadcast; false when
// the step is no longer pending or its proposal no longer executing.
func (w *Writer) RecordSigned(ctx context.Context, id int64, step int, nonce uint64, hash common.Hash, raw []byte, head uint64, attempted bool) (bool, error) {
	res, err := w.tx.ExecContext(ctx, `UPDATE proposal_txs SET status = ?, nonce = ?, hash = ?, raw = ?, sent_block = ?, attempted = ? WHERE proposal_id = ? AND step = ? AND status = ?`+whileExecuting,
		append([]any{StepSigned, nonce, hash.Hex(), raw, head, attempted, id, step, StepPending}, executingArgs(id)...)...)
	if err != nil {
		return false, fmt.Errorf("record signed step: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// MarkAttempted records that a step's recorded bytes are about to be broadcast; false when its
// proposal is no longer executing (a cancellation that dropped the step wins).
func (w *Writer) MarkAttempted(ctx context.Context, id int64, step int) (bool, error) {
	res, err := w.tx.ExecContext(ctx, `UPDATE proposal_txs SET attempted = TRUE WHERE proposal_id = ? AND step = ? AND status IN (?, ?)`+whileExecuting,
		append([]any{id, step, StepSigned, StepSent}, executingArgs(id)...)...)
	if err != nil {
		return false, err
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// MarkSent records a broadcast step as sent (the head it was sent at, kept from the first time);
// moved is true the first time.
func (w *Writer) MarkSent(ctx context.Context, id int64, step int, head uint64) (moved bool, err error) {
	res, err := w.tx.ExecContext(ctx, `UPDATE proposal_txs SET status = ?, sent_block = CASE WHEN sent_block = 0 THEN ? ELSE sent_block END
		WHERE proposal_id = ? AND step = ? AND status = ?`, StepSent, head, id, step, StepSigned)
	if err != nil {
		return false, fmt.Errorf("record sent step: %w", err)
	}
	n, _ := res.RowsAffected()
	return n == 1, nil
}

// SetStep records a step's outcome.
func (w *Writer) SetStep(ctx context.Context, id int64, step int, status StepStatus, block uint64, errText string) error {
	_, err := w.tx.ExecContext(ctx, `UPDATE proposal_txs SET status = ?, block = ?, error = ? WHERE proposal_id = ? AND step = ?`, status, block, errText, id, step)
	return err
}

// SetStepRun records an off-chain step's state and what it did.
func (w *Writer) SetStepRun(ctx context.Context, id int64, step int, status StepStatus, errText, note string) error {
	_, err := w.tx.ExecContext(ctx, `UPDATE proposal_txs SET status = ?, error = ?, note = ? WHERE proposal_id = ? AND step = ?`, status, errText, note, id, step)
	return err
}

// SetStepNote records a note on a step (which transaction settled it).
func (w *Writer) SetStepNote(ctx context.Context, id int64, step int, note string) error {
	_, err := w.tx.ExecContext(ctx, `UPDATE proposal_txs SET note = ? WHERE proposal_id = ? AND step = ?`, note, id, step)
	return err
}

// DropSigned gives up a step that was signed but never broadcast: its bytes exist only here.
func (w *Writer) DropSigned(ctx context.Context, id int64, step int, note string) error {
	_, err := w.tx.ExecContext(ctx, `UPDATE proposal_txs SET status = ?, error = ? WHERE proposal_id = ? AND step = ? AND status = ? AND attempted = FALSE`,
		StepDropped, note, id, step, StepSigned)
	return err
}

// AddAlternative records another transaction that settles a step (a same-nonce replacement, or the
// original a replacement stands for).
func (w *Writer) AddAlternative(ctx context.Context, id int64, step int, h common.Hash) error {
	_, err := w.tx.ExecContext(ctx, `INSERT INTO tx_alternatives (proposal_id, step, hash, created_at) VALUES (?,?,?,?) ON CONFLICT DO NOTHING`, id, step, h.Hex(), w.now.UnixMilli())
	if err != nil {
		return fmt.Errorf("record replacement: %w", err)
	}
	return nil
}

// Replan replaces an approved proposal's steps with a re-planned payload and sends it back for
// approval: its votes are dropped (they bound the old payload) and it expires afresh.
func (w *Writer) Replan(ctx context.Context, p *Proposal, steps []Planned, gas []uint64, summary, reason string, expires time.Time) (bool, error) {
	ok, err := w.CAS(ctx, p.ID, []State{Approved}, Pending, reason, -1)
	if err != nil || !ok {
		return ok, err
	}
	if err := w.ForgetVotes(ctx, p.ID); err != nil {
		return false, err
	}
	if _, err := w.tx.ExecContext(ctx, `DELETE FROM proposal_txs WHERE proposal_id = ?`, p.ID); err != nil {
		return false, err
	}
	if err := insertSteps(ctx, w.tx, p.ID, steps, gas); err != nil {
		return false, err
	}
	hash := PayloadHash(p.ChainID, p.Signer, steps)
	if _, err := w.tx.ExecContext(ctx, `UPDATE proposals SET payload_hash = ?, summary = ?, expires_at = ? WHERE id = ?`,
		hash.Hex(), summary, expires.UnixMilli(), p.ID); err != nil {
		return false, err
	}
	return true, nil
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
	params, err := encodeParams(p)
	if err != nil {
		return 0, err
	}
	amounts, err := json.Marshal(amountsJSON{Approve: bigStr(p.Amounts.Approve), Stake: bigStr(p.Amounts.Stake), PricePerSecond: bigStr(p.Amounts.PricePerSecond)})
	if err != nil {
		return 0, err
	}
	pre := ""
	if len(p.Preconditions) > 0 {
		b, err := json.Marshal(p.Preconditions)
		if err != nil {
			return 0, err
		}
		pre = string(b)
	}
	var id int64
	err = q.QueryRowContext(ctx, `INSERT INTO proposals (token, kind, params, summary, simulation, payload_hash, chain_id, signer,
		proposer_platform, proposer_id, proposer_name, quorum, status, caps, created_at, updated_at, expires_at, policy_hash, preconditions, origin)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) RETURNING id`,
		p.Token, string(p.Kind), params, p.Summary, p.Simulation, p.PayloadHash.Hex(), p.ChainID, p.Signer.Hex(),
		p.Proposer.Platform, p.Proposer.ID, p.Proposer.Name, p.Quorum, string(p.Status), string(amounts),
		p.CreatedAt.UnixMilli(), p.UpdatedAt.UnixMilli(), p.ExpiresAt.UnixMilli(), p.PolicyHash, pre, p.Origin).Scan(&id)
	if err != nil {
		return 0, fmt.Errorf("insert proposal: %w", err)
	}
	gas := make([]uint64, len(p.Steps))
	for i, s := range p.Steps {
		gas[i] = s.Gas
	}
	if err := insertSteps(ctx, q, id, p.Planned(), gas); err != nil {
		return 0, err
	}
	for _, r := range p.Resources {
		if _, err := q.ExecContext(ctx, `INSERT INTO proposal_resources (proposal_id, resource) VALUES (?,?) ON CONFLICT DO NOTHING`, id, r.Key()); err != nil {
			return 0, fmt.Errorf("insert proposal resource: %w", err)
		}
	}
	return id, nil
}

// insertSteps writes a plan's steps. An off-chain step is stored as its kind and payload, with a zero
// address and value (the stored form of stores written before steps were typed).
func insertSteps(ctx context.Context, q querier, id int64, steps []Planned, gas []uint64) error {
	for i, s := range steps {
		kind, to, data, value := string(s.Tx.Kind), s.Tx.To, s.Tx.Data, valueOf(s.Tx)
		if s.Action != nil {
			kind, to, data, value = string(s.Action.Kind), common.Address{}, s.Action.Data, new(big.Int)
		}
		if data == nil {
			data = []byte{} // a plain transfer: no calldata
		}
		var g uint64
		if i < len(gas) {
			g = gas[i]
		}
		if _, err := q.ExecContext(ctx, `INSERT INTO proposal_txs (proposal_id, step, kind, to_addr, data, value, summary, gas, status)
			VALUES (?,?,?,?,?,?,?,?,?)`, id, i, kind, to.Hex(), data, bigStr(value), s.Summary(), g, StepPending); err != nil {
			return fmt.Errorf("insert proposal step %d: %w", i, err)
		}
	}
	return nil
}

func valueOf(r chain.TxRequest) *big.Int {
	if r.Value == nil {
		return new(big.Int)
	}
	return r.Value
}

const proposalCols = `id, token, kind, params, summary, simulation, payload_hash, chain_id, signer, proposer_platform, proposer_id,
	proposer_name, quorum, status, reason, failed_step, caps, created_at, updated_at, expires_at, policy_hash, preconditions, origin`

func scanProposal(row interface{ Scan(...any) error }) (*Proposal, error) {
	var (
		p                         Proposal
		params, hash, signer, amt string
		status, pre               string
		created, updated, expires int64
	)
	err := row.Scan(&p.ID, &p.Token, &p.Kind, &params, &p.Summary, &p.Simulation, &hash, &p.ChainID, &signer,
		&p.Proposer.Platform, &p.Proposer.ID, &p.Proposer.Name, &p.Quorum, &status, &p.Reason, &p.FailedStep, &amt,
		&created, &updated, &expires, &p.PolicyHash, &pre, &p.Origin)
	if err != nil {
		return nil, err
	}
	p.Status = State(status)
	p.PayloadHash = common.HexToHash(hash)
	p.Signer = common.HexToAddress(signer)
	p.CreatedAt, p.UpdatedAt, p.ExpiresAt = time.UnixMilli(created), time.UnixMilli(updated), time.UnixMilli(expires)
	if err := decodeParams(p.Kind, params, &p); err != nil {
		return nil, fmt.Errorf("proposal %d params: %w", p.ID, err)
	}
	var a amountsJSON
	if err := json.Unmarshal([]byte(amt), &a); err != nil {
		return nil, fmt.Errorf("proposal %d amounts: %w", p.ID, err)
	}
	p.Amounts = Amounts{Approve: strBig(a.Approve), Stake: strBig(a.Stake), PricePerSecond: strBig(a.PricePerSecond)}
	if pre != "" {
		if err := json.Unmarshal([]byte(pre), &p.Preconditions); err != nil {
			return nil, fmt.Errorf("proposal %d preconditions: %w", p.ID, err)
		}
	}
	return &p, nil
}

// loadProposal reads one proposal with its steps, votes, messages and resources; where is "id = ?"
// or "token = ?".
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

// offchainKind reads a stored step kind as an off-chain step kind, if it is one.
func offchainKind(kind string) (proxyrouter.StepKind, bool) {
	for _, k := range proxyrouter.StepKinds {
		if string(k) == kind {
			return k, true
		}
	}
	return "", false
}

func loadChildren(ctx context.Context, q querier, p *Proposal) error {
	rows, err := q.QueryContext(ctx, `SELECT step, kind, to_addr, data, value, summary, gas, status, nonce, hash, raw, block, error, note, attempted
		FROM proposal_txs WHERE proposal_id = ? ORDER BY step`, p.ID)
	if err != nil {
		return fmt.Errorf("load steps: %w", err)
	}
	for rows.Next() {
		var (
			s            Step
			to, value    string
			nonce, block sql.NullInt64
			hash         sql.NullString
			data, raw    []byte
			kind, summ   string
			status       string
		)
		if err := rows.Scan(&s.Index, &kind, &to, &data, &value, &summ, &s.Gas, &status, &nonce, &hash, &raw, &block, &s.Error, &s.Note, &s.Attempted); err != nil {
			_ = rows.Close()
			return fmt.Errorf("scan step: %w", err)
		}
		s.Status = StepStatus(status)
		if k, ok := offchainKind(kind); ok {
			s.Action = &proxyrouter.Step{Kind: k, Data: data, Summary: summ}
		} else {
			s.Tx = chain.TxRequest{Kind: chain.Kind(kind), To: common.HexToAddress(to), Data: data, Value: strBig(value), Summary: summ}
		}
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
	rows, err = q.QueryContext(ctx, `SELECT platform, user_id, user_name, approve, created_at, roles FROM votes WHERE proposal_id = ? ORDER BY created_at, rowid`, p.ID)
	if err != nil {
		return fmt.Errorf("load votes: %w", err)
	}
	for rows.Next() {
		var (
			v     Vote
			at    int64
			roles string
		)
		if err := rows.Scan(&v.User.Platform, &v.User.ID, &v.User.Name, &v.Approve, &at, &roles); err != nil {
			_ = rows.Close()
			return err
		}
		if roles != "" {
			v.User.Roles = strings.Split(roles, ",")
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
	for rows.Next() {
		var m MessageRef
		if err := rows.Scan(&m.Platform, &m.Channel, &m.MessageID); err != nil {
			_ = rows.Close()
			return err
		}
		p.Messages = append(p.Messages, m)
	}
	if err := rows.Close(); err != nil {
		return err
	}
	if p.Resources, err = resourcesOf(ctx, q, p.ID); err != nil {
		return err
	}
	if !p.Status.Final() {
		if p.Overlaps, err = overlapsOf(ctx, q, p.ID); err != nil {
			return err
		}
	}
	return nil
}

func parseResource(key string) Resource {
	kind, id, _ := strings.Cut(key, ":")
	return Resource{Kind: ResourceKind(kind), ID: id}
}

func resourcesOf(ctx context.Context, q querier, id int64) ([]Resource, error) {
	rows, err := q.QueryContext(ctx, `SELECT resource FROM proposal_resources WHERE proposal_id = ? ORDER BY resource`, id)
	if err != nil {
		return nil, fmt.Errorf("load resources: %w", err)
	}
	defer rows.Close()
	var out []Resource
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, err
		}
		out = append(out, parseResource(k))
	}
	return out, rows.Err()
}

// overlapsOf lists the other open proposals that change a resource this one changes.
func overlapsOf(ctx context.Context, q querier, id int64) ([]Overlap, error) {
	rows, err := q.QueryContext(ctx, `SELECT o.proposal_id, o.resource FROM proposal_resources r
		JOIN proposal_resources o ON o.resource = r.resource AND o.proposal_id <> r.proposal_id
		JOIN proposals p ON p.id = o.proposal_id
		WHERE r.proposal_id = ? AND p.status IN (?,?,?,?,?) ORDER BY o.proposal_id, o.resource`,
		id, string(Pending), string(Approved), string(Submitting), string(Submitted), string(Unknown))
	if err != nil {
		return nil, fmt.Errorf("load overlaps: %w", err)
	}
	defer rows.Close()
	var out []Overlap
	for rows.Next() {
		var (
			o Overlap
			k string
		)
		if err := rows.Scan(&o.Proposal, &k); err != nil {
			return nil, err
		}
		o.Resource = parseResource(k)
		out = append(out, o)
	}
	return out, rows.Err()
}

// openWithPayload is an open proposal of a kind with exactly this payload, or 0.
func openWithPayload(ctx context.Context, q querier, kind Kind, hash common.Hash) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, `SELECT id FROM proposals WHERE payload_hash = ? AND kind = ? AND status IN (?,?,?,?,?) ORDER BY id LIMIT 1`,
		hash.Hex(), string(kind), string(Pending), string(Approved), string(Submitting), string(Submitted), string(Unknown)).Scan(&id)
	if store.IsNoRows(err) {
		return 0, nil
	}
	return id, err
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

// Audit returns the latest audit entries, newest first.
func (r *Repo) Audit(ctx context.Context, limit int) ([]AuditEntry, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT at, platform, user_id, user_name, action, COALESCE(proposal_id, 0), detail, tx_hash FROM audit ORDER BY id DESC LIMIT ?`, limit)
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

// AuditNow writes an audit row on its own (a refusal: nothing else changed).
func (r *Repo) AuditNow(ctx context.Context, now time.Time, u *User, action string, id int64, detail, txHash string) error {
	return auditLog(ctx, r.db, now, u, action, id, detail, txHash)
}

// Get loads a proposal; store.ErrNoRows when there is none.
func (r *Repo) Get(ctx context.Context, id int64) (*Proposal, error) {
	return loadProposal(ctx, r.db, "id = ?", id)
}

// ByToken loads a proposal by its button token; store.ErrNoRows when there is none.
func (r *Repo) ByToken(ctx context.Context, token string) (*Proposal, error) {
	return loadProposal(ctx, r.db, "token = ?", token)
}

// List returns proposals, newest first; with no states, every proposal.
func (r *Repo) List(ctx context.Context, limit int, states ...State) ([]*Proposal, error) {
	q := `SELECT ` + proposalCols + ` FROM proposals`
	var args []any
	if len(states) > 0 {
		q += ` WHERE status IN (` + strings.TrimSuffix(strings.Repeat("?,", len(states)), ",") + `)`
		for _, s := range states {
			args = append(args, string(s))
		}
	}
	q += ` ORDER BY id DESC LIMIT ?`
	args = append(args, limit)
	rows, err := r.db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, fmt.Errorf("list proposals: %w", err)
	}
	var out []*Proposal
	for rows.Next() {
		p, err := scanProposal(rows)
		if err != nil {
			_ = rows.Close()
			return nil, err
		}
		out = append(out, p)
	}
	_ = rows.Close()
	for _, p := range out {
		if err := loadChildren(ctx, r.db, p); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// IDs lists the IDs of proposals in the given states, oldest first.
func (r *Repo) IDs(ctx context.Context, states ...State) ([]int64, error) {
	args := make([]any, len(states))
	for i, s := range states {
		args[i] = string(s)
	}
	rows, err := r.db.QueryContext(ctx, `SELECT id FROM proposals WHERE status IN (`+strings.TrimSuffix(strings.Repeat("?,", len(states)), ",")+`) ORDER BY id`, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// ExpiredIDs lists the pending proposals past their expiry.
func (r *Repo) ExpiredIDs(ctx context.Context, now time.Time) ([]int64, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT id FROM proposals WHERE status = ? AND expires_at <= ?`, string(Pending), now.UnixMilli())
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// KindOf is a proposal's kind.
func (r *Repo) KindOf(ctx context.Context, id int64) (Kind, error) {
	var k string
	err := r.db.QueryRowContext(ctx, `SELECT kind FROM proposals WHERE id = ?`, id).Scan(&k)
	return Kind(k), err
}

// InFlight is the oldest other proposal of this signer with transactions in flight (being sent,
// sent, or of unknown outcome), or 0.
func (r *Repo) InFlight(ctx context.Context, signer common.Address, except int64) (int64, error) {
	return inFlight(ctx, r.db, signer, except)
}

func inFlight(ctx context.Context, q querier, signer common.Address, except int64) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, `SELECT id FROM proposals WHERE signer = ? AND id <> ? AND status IN (?,?,?) ORDER BY id LIMIT 1`,
		signer.Hex(), except, string(Submitting), string(Submitted), string(Unknown)).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, fmt.Errorf("read in-flight proposals: %w", err)
	}
	return id, nil
}

// QueuedNote is what the last "queued" audit row of a proposal says it waited behind ("behind P-1"),
// or "" when it never waited.
func (r *Repo) QueuedNote(ctx context.Context, id int64) (string, error) {
	var detail string
	err := r.db.QueryRowContext(ctx, `SELECT detail FROM audit WHERE proposal_id = ? AND action = ? ORDER BY id DESC LIMIT 1`, id, "queued").Scan(&detail)
	if store.IsNoRows(err) {
		return "", nil
	}
	return detail, err
}

// Alternatives are the other transactions recorded as settling a step.
func (r *Repo) Alternatives(ctx context.Context, id int64, step int) ([]common.Hash, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT hash FROM tx_alternatives WHERE proposal_id = ? AND step = ? ORDER BY created_at`, id, step)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []common.Hash
	for rows.Next() {
		var h string
		if err := rows.Scan(&h); err != nil {
			return nil, err
		}
		out = append(out, common.HexToHash(h))
	}
	return out, rows.Err()
}

// AttachMessage records where a proposal is shown on a platform, so later states edit that message.
func (r *Repo) AttachMessage(ctx context.Context, id int64, m MessageRef) error {
	_, err := r.db.ExecContext(ctx, `INSERT INTO messages (proposal_id, platform, channel, message_id) VALUES (?,?,?,?)
		ON CONFLICT(proposal_id, platform, channel) DO UPDATE SET message_id = excluded.message_id`, id, m.Platform, m.Channel, m.MessageID)
	if err != nil {
		return fmt.Errorf("attach message to %s: %w", HumanID(id), err)
	}
	return nil
}

// InFlightTx is a signed or broadcast transaction of an executing proposal, not yet settled.
type InFlightTx struct {
	Proposal  int64
	Step      int
	Kind      chain.Kind
	Hash      common.Hash
	Nonce     uint64
	SentBlock uint64 // the head when it was broadcast
	Signer    common.Address
}

// InFlightTxs lists the transactions that were broadcast (or may have been) and have no outcome yet.
func (r *Repo) InFlightTxs(ctx context.Context) ([]InFlightTx, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT t.proposal_id, t.step, t.kind, t.hash, t.nonce, t.sent_block, p.signer FROM proposal_txs t
		JOIN proposals p ON p.id = t.proposal_id WHERE t.status IN (?, ?) AND t.hash IS NOT NULL AND t.sent_block > 0
		AND p.status IN (?, ?, ?)`, StepSigned, StepSent, string(Submitting), string(Submitted), string(Unknown))
	if err != nil {
		return nil, fmt.Errorf("read in-flight transactions: %w", err)
	}
	defer rows.Close()
	var out []InFlightTx
	for rows.Next() {
		var (
			x                  InFlightTx
			kind, hash, signer string
		)
		if err := rows.Scan(&x.Proposal, &x.Step, &kind, &hash, &x.Nonce, &x.SentBlock, &signer); err != nil {
			return nil, err
		}
		x.Kind, x.Hash, x.Signer = chain.Kind(kind), common.HexToHash(hash), common.HexToAddress(signer)
		out = append(out, x)
	}
	return out, rows.Err()
}

// StoredEvent is an event as another replica recorded it.
type StoredEvent struct {
	ID     int64
	Origin string
	Served []string
	Record
}

// EventsAfter are the events recorded after id by other processes, oldest first (at most limit).
func (r *Repo) EventsAfter(ctx context.Context, id int64, limit int) ([]StoredEvent, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT id, origin, served, proposal_id, kind, step, tx_hash, block, note, actor_platform, actor_id, actor_name
		FROM events WHERE id > ? AND origin <> ? ORDER BY id LIMIT ?`, id, r.origin, limit)
	if err != nil {
		return nil, fmt.Errorf("read events: %w", err)
	}
	defer rows.Close()
	var out []StoredEvent
	for rows.Next() {
		var (
			e                          StoredEvent
			served, kind, hash         string
			block                      int64
			platform, actorID, actorNm string
		)
		if err := rows.Scan(&e.ID, &e.Origin, &served, &e.Proposal, &kind, &e.Step, &hash, &block, &e.Note, &platform, &actorID, &actorNm); err != nil {
			return nil, err
		}
		k, ok := eventKindOf(kind)
		if !ok {
			continue // recorded by a newer morbot: nothing here shows it
		}
		e.Kind, e.Block = k, uint64(block)
		if hash != "" {
			e.Hash = common.HexToHash(hash)
		}
		if served != "" {
			e.Served = strings.Split(served, ",")
		}
		if platform != "" {
			e.Actor = &User{Platform: platform, ID: actorID, Name: actorNm}
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// LastEventID is the newest event's ID (0 when there is none): a replica shows what others record
// after it starts.
func (r *Repo) LastEventID(ctx context.Context) (int64, error) {
	var id sql.NullInt64
	if err := r.db.QueryRowContext(ctx, `SELECT MAX(id) FROM events`).Scan(&id); err != nil {
		return 0, err
	}
	return id.Int64, nil
}

// PruneEvents forgets events older than before.
func (r *Repo) PruneEvents(ctx context.Context, before time.Time) error {
	_, err := r.db.ExecContext(ctx, `DELETE FROM events WHERE at < ?`, before.UnixMilli())
	return err
}
