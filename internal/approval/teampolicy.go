package approval

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/big"
	"slices"
	"sort"
	"time"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/store"
)

// The team's approval policy is shared state: one row in the store that every replica reads, so the
// votes a replica records and the plans the leader signs are judged by the same rules. A replica
// whose configured policy differs refuses to start, unless it is told to make its own the team's.

// policyDoc is a policy's canonical form: sorted lists, amounts in wei, the expiry in seconds. Its
// JSON is what is stored and hashed.
type policyDoc struct {
	Quorum             int                          `json:"quorum"`
	Approvers          map[string]membersDoc        `json:"approvers"`
	Proposers          map[string]membersDoc        `json:"proposers,omitempty"`
	Viewers            map[string]membersDoc        `json:"viewers,omitempty"`
	ProposersSet       bool                         `json:"proposers_set"`
	ViewersSet         bool                         `json:"viewers_set"`
	ProposerMayApprove bool                         `json:"proposer_may_approve"`
	AnyRejectEnds      bool                         `json:"any_reject_ends"`
	ExpirySeconds      int64                        `json:"expiry_seconds"`
	MaxApprove         string                       `json:"max_approve,omitempty"`
	MaxStake           string                       `json:"max_stake,omitempty"`
	MaxPricePerSecond  string                       `json:"max_price_per_second,omitempty"`
	AutoApprove        []string                     `json:"auto_approve,omitempty"`
	Members            map[string]map[string]string `json:"members,omitempty"`
}

type membersDoc struct {
	Users  []string `json:"users,omitempty"`
	Groups []string `json:"groups,omitempty"`
}

func sortedKeys(m map[string]bool) []string {
	var out []string
	for k, v := range m {
		if v {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

func membersOf(m map[string]Members) map[string]membersDoc {
	out := map[string]membersDoc{}
	for platform, ms := range m {
		d := membersDoc{Users: sortedKeys(ms.Users), Groups: sortedKeys(ms.Groups)}
		if len(d.Users)+len(d.Groups) > 0 {
			out[platform] = d
		}
	}
	return out
}

func (d membersDoc) members() Members {
	m := Members{Users: map[string]bool{}, Groups: map[string]bool{}}
	for _, u := range d.Users {
		m.Users[u] = true
	}
	for _, g := range d.Groups {
		m.Groups[g] = true
	}
	return m
}

func docMembers(d map[string]membersDoc) map[string]Members {
	out := map[string]Members{}
	for platform, ms := range d {
		out[platform] = ms.members()
	}
	return out
}

func (p Policy) doc() policyDoc {
	d := policyDoc{Quorum: p.Quorum, Approvers: membersOf(p.Approvers), ProposerMayApprove: p.ProposerMayApprove, AnyRejectEnds: p.AnyRejectEnds,
		ExpirySeconds: int64(p.Expiry / time.Second), MaxApprove: bigStr(p.Caps.MaxApprove), MaxStake: bigStr(p.Caps.MaxStake),
		MaxPricePerSecond: bigStr(p.Caps.MaxPricePerSecond)}
	if p.Proposers != nil {
		d.Proposers, d.ProposersSet = membersOf(p.Proposers), true
	}
	if p.Viewers != nil {
		d.Viewers, d.ViewersSet = membersOf(p.Viewers), true
	}
	for k, on := range p.AutoApprove {
		if on {
			d.AutoApprove = append(d.AutoApprove, string(k))
		}
	}
	sort.Strings(d.AutoApprove)
	if len(p.People) > 0 {
		d.Members = map[string]map[string]string{}
		for platform, ids := range p.People {
			if len(ids) > 0 {
				d.Members[platform] = ids
			}
		}
	}
	return d
}

func (d policyDoc) policy() Policy {
	p := Policy{Quorum: d.Quorum, Approvers: docMembers(d.Approvers), ProposerMayApprove: d.ProposerMayApprove, AnyRejectEnds: d.AnyRejectEnds,
		Expiry: time.Duration(d.ExpirySeconds) * time.Second, Caps: Caps{MaxApprove: strBig(d.MaxApprove), MaxStake: strBig(d.MaxStake), MaxPricePerSecond: strBig(d.MaxPricePerSecond)},
		People: d.Members}
	if d.ProposersSet {
		p.Proposers = docMembers(d.Proposers)
	}
	if d.ViewersSet {
		p.Viewers = docMembers(d.Viewers)
	}
	for _, k := range d.AutoApprove {
		if p.AutoApprove == nil {
			p.AutoApprove = map[Kind]bool{}
		}
		p.AutoApprove[Kind(k)] = true
	}
	return p
}

// Canonical is the policy's stored form.
func (p Policy) Canonical() []byte {
	b, _ := json.Marshal(p.doc()) // only strings, numbers, bools, slices and maps of them
	return b
}

// Hash identifies the policy: the first 16 hex digits of the SHA-256 of its canonical form.
func (p Policy) Hash() string {
	sum := sha256.Sum256(p.Canonical())
	return hex.EncodeToString(sum[:8])
}

// Diff lists how another policy differs from this one, one line per setting ("approval.quorum: 2 →
// 1"); nil when they are the same.
func (p Policy) Diff(o Policy) []string {
	a, b := p.doc(), o.doc()
	var out []string
	line := func(name string, x, y any) {
		xs, _ := json.Marshal(x)
		ys, _ := json.Marshal(y)
		if string(xs) != string(ys) {
			out = append(out, fmt.Sprintf("approval.%s: %s → %s", name, xs, ys))
		}
	}
	line("quorum", a.Quorum, b.Quorum)
	line("approvers", a.Approvers, b.Approvers)
	line("proposers", proposersOf(a.ProposersSet, a.Proposers), proposersOf(b.ProposersSet, b.Proposers))
	line("viewers", proposersOf(a.ViewersSet, a.Viewers), proposersOf(b.ViewersSet, b.Viewers))
	line("proposer_may_approve", a.ProposerMayApprove, b.ProposerMayApprove)
	line("any_reject_ends", a.AnyRejectEnds, b.AnyRejectEnds)
	line("expiry", (time.Duration(a.ExpirySeconds) * time.Second).String(), (time.Duration(b.ExpirySeconds) * time.Second).String())
	line("caps.max_approve", capText(a.MaxApprove), capText(b.MaxApprove))
	line("caps.max_stake", capText(a.MaxStake), capText(b.MaxStake))
	line("caps.max_price_per_second", capText(a.MaxPricePerSecond), capText(b.MaxPricePerSecond))
	line("auto_approve", a.AutoApprove, b.AutoApprove)
	line("members", a.Members, b.Members)
	return out
}

func proposersOf(set bool, m map[string]membersDoc) any {
	if !set {
		return "(every approver)"
	}
	return m
}

func capText(wei string) string {
	if wei == "" {
		return "none"
	}
	v, _ := new(big.Int).SetString(wei, 10)
	return chain.FormatMOR(v)
}

// policyName is the row the team's policy is stored under.
const policyName = "approval"

// StoredPolicy is the team's policy as the store holds it.
type StoredPolicy struct {
	Policy    Policy
	Hash      string
	AdoptedAt time.Time
	AdoptedBy string
}

func readPolicy(ctx context.Context, q querier) (*StoredPolicy, error) {
	var (
		body, hash, by string
		at             int64
	)
	err := q.QueryRowContext(ctx, `SELECT hash, body, adopted_at, adopted_by FROM team_policy WHERE name = ?`, policyName).Scan(&hash, &body, &at, &by)
	if store.IsNoRows(err) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read the team's policy: %w", err)
	}
	var d policyDoc
	if err := json.Unmarshal([]byte(body), &d); err != nil {
		return nil, fmt.Errorf("the team's stored policy does not parse: %w", err)
	}
	return &StoredPolicy{Policy: d.policy(), Hash: hash, AdoptedAt: time.UnixMilli(at), AdoptedBy: by}, nil
}

func writePolicy(ctx context.Context, q querier, p Policy, at time.Time, by string) error {
	_, err := q.ExecContext(ctx, `INSERT INTO team_policy (name, hash, body, adopted_at, adopted_by) VALUES (?,?,?,?,?)
		ON CONFLICT (name) DO UPDATE SET hash = excluded.hash, body = excluded.body, adopted_at = excluded.adopted_at, adopted_by = excluded.adopted_by`,
		policyName, p.Hash(), string(p.Canonical()), at.UnixMilli(), by)
	if err != nil {
		return fmt.Errorf("store the team's policy: %w", err)
	}
	return nil
}

// PolicyMismatch is a replica's configured policy differing from the team's: it refuses to start.
type PolicyMismatch struct {
	Team, Mine string // hashes
	Diff       []string
	AdoptedBy  string
	AdoptedAt  time.Time
}

func (e *PolicyMismatch) Error() string {
	return fmt.Sprintf("this replica's approval policy (%s) differs from the team's (%s, adopted by %s at %s); every replica must sign by the same rules. "+
		"Make the config match, or start with --adopt-policy to make this one the team's (audited and posted). The team's → this file's:\n  %s",
		e.Mine, e.Team, e.AdoptedBy, e.AdoptedAt.UTC().Format(time.RFC3339), joinLines(e.Diff))
}

func joinLines(ls []string) string {
	out := ""
	for i, l := range ls {
		if i > 0 {
			out += "\n  "
		}
		out += l
	}
	return out
}

// PolicyAdoption is what SyncPolicy did.
type PolicyAdoption struct {
	First   bool     // the store had no policy: this one became the team's
	Adopted bool     // --adopt-policy replaced the team's policy with this one
	Diff    []string // what changed (Adopted)
	From    string   // the replaced policy's hash (Adopted)
}

// SyncPolicy makes the engine's configured policy the team's when the store has none yet, checks it
// against the team's otherwise (a *PolicyMismatch when they differ), and with adopt makes it the
// team's for every replica (audited as by). The check and the write are one transaction.
func (e *Engine) SyncPolicy(ctx context.Context, adopt bool, by string) (PolicyAdoption, error) {
	var res PolicyAdoption
	mine := e.local
	_, err := e.repo.Write(ctx, e.now(), func(w *Writer) error {
		res = PolicyAdoption{}
		if err := w.tx.LockKey(ctx, "team policy"); err != nil {
			return err
		}
		cur, err := readPolicy(ctx, w.tx)
		if err != nil {
			return err
		}
		switch {
		case cur == nil:
			res.First = true
			if err := writePolicy(ctx, w.tx, mine, w.now, by); err != nil {
				return err
			}
			return w.Audit(ctx, nil, "policy adopted", 0, "the team's approval policy is now "+mine.Hash()+" (first start of "+by+")", "")
		case cur.Hash == mine.Hash():
			return nil
		case !adopt:
			return &PolicyMismatch{Team: cur.Hash, Mine: mine.Hash(), Diff: cur.Policy.Diff(mine), AdoptedBy: cur.AdoptedBy, AdoptedAt: cur.AdoptedAt}
		}
		res.Adopted, res.Diff, res.From = true, cur.Policy.Diff(mine), cur.Hash
		if err := writePolicy(ctx, w.tx, mine, w.now, by); err != nil {
			return err
		}
		return w.Audit(ctx, nil, "policy adopted", 0, fmt.Sprintf("--adopt-policy by %s: the team's approval policy %s → %s: %s", by, cur.Hash, mine.Hash(), joinLines(res.Diff)), "")
	})
	if err == nil {
		e.forgetPolicy()
	}
	return res, err
}

// teamPolicy is the team's policy as q reads it now: the stored one, or the configured one while the
// store has none (a store no replica has synced yet: tests, morbot dev before its first start). What
// it reads becomes the one read-only checks use.
func (e *Engine) teamPolicy(ctx context.Context, q querier) (Policy, string, error) {
	sp, err := readPolicy(ctx, q)
	if err != nil {
		return Policy{}, "", err
	}
	p, h := e.local, e.localHash
	if sp != nil {
		p, h = sp.Policy, sp.Hash
	}
	e.polMu.Lock()
	e.pol, e.polHash = p, h
	e.polMu.Unlock()
	return p, h, nil
}

// Policy is the team's policy for read-only checks (who may view, propose or approve): the last one
// read, never a store read on the way to an answer. A replica that started agrees with the store's
// (SyncPolicy), votes and proposals read it afresh, and RefreshPolicy (run with the event follower)
// picks up another replica's --adopt-policy.
func (e *Engine) Policy() Policy {
	e.polMu.Lock()
	defer e.polMu.Unlock()
	if e.polHash == "" {
		return e.local
	}
	return e.pol
}

// RefreshPolicy reads the team's policy again for the read-only checks.
func (e *Engine) RefreshPolicy(ctx context.Context) error {
	_, _, err := e.teamPolicy(ctx, e.repo.db)
	return err
}

func (e *Engine) forgetPolicy() {
	e.polMu.Lock()
	e.polHash = ""
	e.polMu.Unlock()
}

// countedApprovals are the approve votes that count under a policy, one per person: an approver, not
// the proposer unless the policy lets proposers approve. why names each vote that does not count.
func countedApprovals(pol Policy, p *Proposal) (n int, why []string) {
	seen := map[string]bool{}
	for _, v := range p.Votes {
		if !v.Approve {
			continue
		}
		who := pol.Person(v.User)
		switch {
		case seen[who]:
			why = append(why, v.User.String()+" voted twice as one person")
		case !pol.CanApprove(v.User):
			why = append(why, v.User.String()+" is not an approver")
		case pol.SamePerson(v.User, p.Proposer) && !pol.ProposerMayApprove:
			why = append(why, v.User.String()+" proposed it")
		default:
			n++
		}
		seen[who] = true
	}
	return n, why
}

// autoApproved reports whether a plan executes without votes under a policy: its kind is in
// approval.auto_approve and every step is a plain claimForProvider on this network's Diamond.
func autoApproved(pol Policy, n chain.Network, kind Kind, steps []Planned) bool {
	if !pol.AutoApprove[kind] {
		return false
	}
	for _, s := range steps {
		if s.Action != nil || !n.IsClaim(s.Tx) {
			return false
		}
	}
	return true
}

// Recheck judges an approved proposal by the team's policy as it is now, just before it is signed:
// its caps, and the approvals that count (or the auto-approval of its kind). ok false comes with the
// reason and the quorum the policy now asks for.
func (e *Engine) Recheck(ctx context.Context, p *Proposal) (ok bool, reason string, quorum int, hash string, err error) {
	pol, hash, err := e.teamPolicy(ctx, e.repo.db)
	if err != nil {
		return false, "", 0, "", err
	}
	if msg := pol.CheckCaps(p.Amounts); msg != "" {
		return false, "the team's policy now refuses it: " + msg, pol.Quorum, hash, nil
	}
	if autoApproved(pol, e.network, p.Kind, p.Planned()) {
		return true, "", pol.Quorum, hash, nil
	}
	n, why := countedApprovals(pol, p)
	if n >= pol.Quorum {
		return true, "", pol.Quorum, hash, nil
	}
	reason = fmt.Sprintf("the team's policy (%s) needs %d approval(s) and %d of its votes count", hash, pol.Quorum, n)
	if len(why) > 0 {
		slices.Sort(why)
		reason += " (" + joinComma(why) + ")"
	}
	if p.PolicyHash != "" && p.PolicyHash != hash {
		reason += fmt.Sprintf("; it was proposed under policy %s", p.PolicyHash)
	}
	return false, reason, pol.Quorum, hash, nil
}

func joinComma(ls []string) string {
	out := ""
	for i, l := range ls {
		if i > 0 {
			out += "; "
		}
		out += l
	}
	return out
}
