package chain

import (
	"context"
	"fmt"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// Session is a SessionRouter session (reference §11). Unknown IDs read as zero (OpenedAt == 0).
type Session struct {
	ID                common.Hash
	User              common.Address
	BidID             common.Hash
	Stake             *big.Int
	CloseoutType      uint64 // 1 when the close was disputed (the provider's receipt signature did not verify)
	ProviderWithdrawn *big.Int
	OpenedAt          uint64
	EndsAt            uint64
	ClosedAt          uint64
	IsActive          bool
	Direct            bool // isDirectPaymentFromUser: paid from the consumer's stake, not the funding account
}

// Same reports whether two reads of a session found the same record.
func (s Session) Same(o Session) bool {
	return s.ID == o.ID && s.User == o.User && s.BidID == o.BidID && eqBig(s.Stake, o.Stake) && s.CloseoutType == o.CloseoutType &&
		eqBig(s.ProviderWithdrawn, o.ProviderWithdrawn) && s.OpenedAt == o.OpenedAt && s.EndsAt == o.EndsAt && s.ClosedAt == o.ClosedAt &&
		s.IsActive == o.IsActive && s.Direct == o.Direct
}

func eqBig(a, b *big.Int) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Cmp(b) == 0
}

// Exists reports whether the session was ever opened.
func (s Session) Exists() bool { return s.OpenedAt != 0 }

// Closed reports whether the consumer closed the session.
func (s Session) Closed() bool { return s.ClosedAt != 0 }

// Disputed reports whether the session was closed without a valid provider receipt.
func (s Session) Disputed() bool { return s.CloseoutType != 0 }

// End is when the provider stops earning: endsAt, or min(closedAt, endsAt) once closed.
func (s Session) End() uint64 {
	if s.ClosedAt != 0 && s.ClosedAt < s.EndsAt {
		return s.ClosedAt
	}
	return s.EndsAt
}

// ClaimForProviderTx pays the provider what a session owes it, within the earnings cap. The bid's
// provider or a holder of its SESSION right may send it; the MOR always goes to the provider.
func (c *Client) ClaimForProviderTx(session common.Hash) TxRequest {
	return TxRequest{Kind: KindClaim, To: c.net.Diamond, Data: pack(diamondABI, "claimForProvider", [32]byte(session)),
		Summary: fmt.Sprintf("claim the provider's earnings from session %s", session.Hex())}
}

// KindClaim is the TxRequest kind of claimForProvider.
const KindClaim Kind = "claimForProvider"

// IsClaim reports whether r is exactly a claimForProvider call on this network's Diamond with no
// value: the only transaction an auto-approve policy for claims may let through.
func (n Network) IsClaim(r TxRequest) bool {
	m := diamondABI.Methods["claimForProvider"]
	if r.Kind != KindClaim || r.To != n.Diamond || (r.Value != nil && r.Value.Sign() != 0) || len(r.Data) != 4+32 {
		return false
	}
	return string(r.Data[:4]) == string(m.ID)
}

type rawSession struct {
	User                    common.Address
	BidId                   [32]byte //nolint:revive // field name must match the ABI component
	Stake                   *big.Int
	CloseoutReceipt         []byte
	CloseoutType            *big.Int
	ProviderWithdrawnAmount *big.Int
	OpenedAt                *big.Int
	EndsAt                  *big.Int
	ClosedAt                *big.Int
	IsActive                bool
	IsDirectPaymentFromUser bool
}

func decodeSession(id common.Hash, out []byte) (Session, error) {
	vals, err := diamondABI.Unpack("getSession", out)
	if err != nil || len(vals) != 1 {
		return Session{}, fmt.Errorf("decode getSession: %w", errOr(err))
	}
	r := *abi.ConvertType(vals[0], new(rawSession)).(*rawSession)
	return Session{ID: id, User: r.User, BidID: r.BidId, Stake: r.Stake, CloseoutType: u64(r.CloseoutType), ProviderWithdrawn: r.ProviderWithdrawnAmount,
		OpenedAt: u64(r.OpenedAt), EndsAt: u64(r.EndsAt), ClosedAt: u64(r.ClosedAt), IsActive: r.IsActive, Direct: r.IsDirectPaymentFromUser}, nil
}

// Session reads one session.
func (c *Client) Session(ctx context.Context, id common.Hash) (Session, error) {
	out, err := c.readDiamond(ctx, "getSession", 0, id)
	if err != nil {
		return Session{}, err
	}
	return decodeSession(id, out)
}

// Earnings is everything about a provider's sessions and pay, read at one block.
type Earnings struct {
	Block            uint64
	Time             uint64 // block timestamp: the clock the contract's claim math runs on
	Provider         Provider
	Sessions         []Session                // oldest end first
	Bids             map[common.Hash]Bid      // the sessions' bids
	FundingAccount   common.Address           // pays non-direct sessions
	FundingBalance   *big.Int                 // its MOR
	FundingAllowance *big.Int                 // what the Diamond may pull from it
	Prices           map[common.Hash]*big.Int // bid ID → price per second
	// Settled is the settled part of the history when the session index serves it: those sessions
	// are not in Sessions (without an index every session is in Sessions and Settled is empty).
	Settled SettledPart
	// Reads counts what this read fetched: sessions read from the chain, and settled sessions taken
	// from the session index instead.
	Reads SessionReads
}

// Count is how many sessions the provider has: those in Sessions and the settled part.
func (e *Earnings) Count() int { return len(e.Sessions) + e.Settled.Count }

// SessionReads says how a read of the sessions was served.
type SessionReads struct {
	Read    int // getSession calls
	Indexed int // settled sessions taken from the index
	Held    int // closed sessions waiting for pay, taken from the index (no payment since they were read)
	New     int // session IDs the index did not know
}

// Funding is what the funding account can pay now: the lower of its balance and allowance.
func (e *Earnings) Funding() *big.Int { return minBig(e.FundingBalance, e.FundingAllowance) }

// Settled reports whether a session's record can no longer change: closed (so its end is fixed and no
// close will touch it again) and everything it earned withdrawn (so claimForProvider pays 0 for it
// now and forever after, and changes nothing). What is held on it, if anything, is computed from
// the record and the clock, so a settled record gives the same figures at any later time.
func (s Session) Settled(price *big.Int) bool {
	total := new(big.Int).Mul(new(big.Int).SetUint64(s.End()-s.OpenedAt), price)
	return s.Closed() && total.Cmp(s.ProviderWithdrawn) == 0
}

// SessionIndex remembers a provider's sessions between reads (the store keeps it), so that a read
// fetches only what can still change: the session IDs it has not seen, and the sessions not settled.
type SessionIndex interface {
	KnownSessions(ctx context.Context, provider common.Address) (*KnownSessions, error)
	RecordSessions(ctx context.Context, provider common.Address, u IndexUpdate) error
	ForgetSessions(ctx context.Context, provider common.Address) error
}

// HeldSession is a closed session the provider is not yet paid for in full (the earnings cap or a
// dispute's hold keeps part back), with the provider's pay period (end, earned) at the read. Closed,
// its record changes only when the provider is paid for it, and every payment moves that pair (earned
// only grows within a period, and a new period moves its end), so while the pair is the same the
// record is too.
type HeldSession struct {
	SettledSession
	PeriodEnd    uint64
	PeriodEarned *big.Int
}

// Unchanged reports whether the provider's pay period is still the one the session was read under.
func (h HeldSession) Unchanged(p Provider) bool {
	return h.PeriodEnd == p.LimitPeriodEnd && h.PeriodEarned != nil && p.LimitPeriodEarned != nil && h.PeriodEarned.Cmp(p.LimitPeriodEarned) == 0
}

// SettledSession is a settled session with its bid, and the block it was read settled at.
type SettledSession struct {
	Session Session
	Bid     Bid
	Block   uint64
}

// IndexUpdate is what one read adds to the index: IDs from position From on, newly settled sessions,
// and closed sessions waiting for pay, read under a pay period the index did not have them for.
type IndexUpdate struct {
	From    int
	IDs     []common.Hash
	Settled []SettledSession
	Held    []HeldSession
}

// indexNotice is how many sessions new to the index make a read say that it is indexing them.
const indexNotice = 1000

// Earnings reads a provider's record, its sessions, their bids and the funding account's balance and
// allowance, all at one block. With a session index, settled sessions come from the index and only
// new and unsettled ones are read.
func (c *Client) Earnings(ctx context.Context, provider common.Address) (*Earnings, error) {
	h, err := c.HeaderByNumber(ctx, 0)
	if err != nil {
		return nil, fmt.Errorf("earnings of %s: %w", provider.Hex(), err)
	}
	e := newEarnings(h.Number.Uint64(), h.Time)
	er := c.newEarningsRead(ctx, e, provider)
	reqs := append(er.first(), c.diamondReq("getProvider", func(out []byte) (err error) { e.Provider, err = decodeProvider(provider, out); return }, provider))
	if err := c.multi(ctx, e.Block, reqs); err != nil {
		return nil, fmt.Errorf("earnings of %s: %w", provider.Hex(), err)
	}
	if err := er.pages(ctx); err != nil {
		return nil, err
	}
	if err := c.multiChunked(ctx, e.Block, er.second()); err != nil {
		return nil, fmt.Errorf("earnings of %s: sessions: %w", provider.Hex(), err)
	}
	if err := er.finish(ctx, nil); err != nil {
		return nil, err
	}
	return e, nil
}

func newEarnings(block, t uint64) *Earnings {
	return &Earnings{Block: block, Time: t, Bids: map[common.Hash]Bid{}, Prices: map[common.Hash]*big.Int{}}
}

// earningsRead gathers Earnings in rounds that can ride along other batched reads (Snapshot): the
// funding account and the first page of session IDs not yet indexed, then the sessions that can still
// change and the funding account's balance and allowance, then any bid not already known.
type earningsRead struct {
	c        *Client
	e        *Earnings
	provider common.Address
	known    *KnownSessions // nil: no index, or it cannot be trusted for this read
	offset   int            // the first ID this read pages from (the index's count)
	ids      []common.Hash  // IDs from offset on
	total    *big.Int
	read     []common.Hash // the sessions read from the chain this time
}

func (c *Client) newEarningsRead(ctx context.Context, e *Earnings, provider common.Address) *earningsRead {
	r := &earningsRead{c: c, e: e, provider: provider}
	if idx := c.opts.SessionIndex; idx != nil {
		k, err := idx.KnownSessions(ctx, provider)
		if err != nil {
			c.log.Warn("session index unreadable; reading every session", "err", err)
		} else {
			r.known, r.offset = k, len(k.IDs)
		}
	}
	return r
}

func (r *earningsRead) page(offset uint64, into *[]common.Hash) callReq {
	return r.c.diamondReq("getProviderSessions", func(out []byte) error {
		p, t, err := decodeIDPage("getProviderSessions", out)
		*into, r.total = p, t
		return err
	}, r.provider, new(big.Int).SetUint64(offset), r.c.pageSize())
}

// first are the reads of round one (the provider record is read by the caller).
func (r *earningsRead) first() []callReq {
	return []callReq{
		r.c.diamondReq("getFundingAccount", func(out []byte) error {
			vals, err := diamondABI.Unpack("getFundingAccount", out)
			if err != nil || len(vals) != 1 {
				return fmt.Errorf("decode getFundingAccount: %w", errOr(err))
			}
			r.e.FundingAccount, _ = vals[0].(common.Address)
			return nil
		}),
		r.page(uint64(r.offset), &r.ids),
	}
}

// pages reads the further pages of session IDs, if any, all in one round. When the chain has fewer
// sessions than the index (a node behind the one the index was read from), the index is set aside
// for this read and every ID is read.
func (r *earningsRead) pages(ctx context.Context) error {
	total := u64(r.total)
	if r.known != nil && total < uint64(r.offset) {
		r.c.log.Warn("the session index knows more sessions than the node at this block; reading every session", "indexed", r.offset, "on_chain", total)
		r.known, r.offset, r.ids = nil, 0, nil
	}
	have := uint64(r.offset + len(r.ids))
	if have >= total {
		return nil
	}
	pages := make([][]common.Hash, (total-have+r.c.opts.Page-1)/r.c.opts.Page)
	reqs := make([]callReq, len(pages))
	for i := range pages {
		reqs[i] = r.page(have+uint64(i)*r.c.opts.Page, &pages[i])
	}
	if err := r.c.multiChunked(ctx, r.e.Block, reqs); err != nil {
		return fmt.Errorf("earnings of %s: sessions page: %w", r.provider.Hex(), err)
	}
	for _, p := range pages {
		r.ids = append(r.ids, p...)
	}
	r.total = new(big.Int).SetUint64(total)
	return nil
}

// final reports whether the index's settled record of a session can be used at this read's block:
// read settled at least the configured confirmations ago.
func (r *earningsRead) final(s SettledSession) bool {
	return s.Block+r.c.opts.Confirmations-1 <= r.e.Block
}

// held returns the index's record of a closed session waiting for pay when it can be used at this
// read's block: read at least the configured confirmations ago, under the pay period the provider is
// still in (so no payment has touched it since).
func (r *earningsRead) held(id common.Hash) (HeldSession, bool) {
	h, ok := r.knownHeld(id)
	if !ok || !r.final(h.SettledSession) || !h.Unchanged(r.e.Provider) {
		return HeldSession{}, false
	}
	return h, true
}

// second are the reads of round two: the funding account's balance and allowance, and every session
// that can still change (all of them without an index). The provider record must be read by now.
func (r *earningsRead) second() []callReq {
	e := r.e
	reqs := []callReq{
		{to: r.c.net.MOR, data: pack(erc20ABI, "balanceOf", e.FundingAccount), decode: func(out []byte) (err error) {
			e.FundingBalance, err = uintResult(erc20ABI, "balanceOf", out)
			return
		}},
		{to: r.c.net.MOR, data: pack(erc20ABI, "allowance", e.FundingAccount, r.c.net.Diamond), decode: func(out []byte) (err error) {
			e.FundingAllowance, err = uintResult(erc20ABI, "allowance", out)
			return
		}},
	}
	r.read = nil
	if r.known != nil {
		// The settled part comes as running totals; only what is not settled, or settled too recently
		// to be final at this block, is looked at one by one.
		var notFinal []common.Hash
		e.Settled, notFinal = r.known.partAt(e.Block, r.c.opts.Confirmations)
		e.Reads.Indexed = e.Settled.Count
		for _, id := range r.known.unsettled {
			if h, ok := r.held(id); ok {
				e.Sessions = append(e.Sessions, h.Session)
				e.Reads.Held++
				continue
			}
			r.read = append(r.read, id)
		}
		r.read = append(r.read, notFinal...)
	}
	r.read = append(r.read, r.ids...)
	e.Reads.New = len(r.ids)
	if e.Reads.New >= indexNotice {
		r.c.log.Info(fmt.Sprintf("indexing %d sessions of %s…", e.Reads.New, r.provider.Hex()))
	}
	base := len(e.Sessions)
	e.Sessions = append(e.Sessions, make([]Session, len(r.read))...)
	for i, id := range r.read {
		reqs = append(reqs, r.c.diamondReq("getSession", func(out []byte) (err error) { e.Sessions[base+i], err = decodeSession(id, out); return }, id))
	}
	e.Reads.Read = len(r.read)
	return reqs
}

// finish reads the bids of the sessions that known does not hold (one more round only then), orders
// the sessions, oldest end first, and records in the index what this read learnt.
func (r *earningsRead) finish(ctx context.Context, known []Bid) error {
	e := r.e
	if r.known != nil && r.vanished() {
		// The index holds a session the chain does not have at this block (a reorg took it): empty
		// the index and read everything again at the same block.
		r.c.log.Warn("an indexed session does not exist at this block; the session index is rebuilt", "provider", r.provider.Hex(), "block", e.Block)
		if err := r.c.opts.SessionIndex.ForgetSessions(ctx, r.provider); err != nil {
			r.c.log.Warn("forget the session index", "err", err)
		}
		return r.full(ctx, known)
	}
	for _, b := range known {
		e.Bids[b.ID], e.Prices[b.ID] = b, b.PricePerSecond
	}
	if r.known != nil {
		for id, b := range e.Settled.Bids {
			if _, ok := e.Bids[id]; !ok {
				e.Bids[id], e.Prices[id] = b, b.PricePerSecond
			}
		}
		for id, h := range r.known.Held {
			if _, ok := e.Bids[h.Bid.ID]; !ok {
				if _, use := r.held(id); use {
					e.Bids[h.Bid.ID], e.Prices[h.Bid.ID] = h.Bid, h.Bid.PricePerSecond
				}
			}
		}
	}
	var bidIDs []common.Hash
	seen := map[common.Hash]bool{}
	for _, s := range e.Sessions {
		if _, ok := e.Bids[s.BidID]; !ok && !seen[s.BidID] {
			seen[s.BidID] = true
			bidIDs = append(bidIDs, s.BidID)
		}
	}
	bids := make([]Bid, len(bidIDs))
	reqs := make([]callReq, 0, len(bidIDs))
	for i, id := range bidIDs {
		reqs = append(reqs, r.c.diamondReq("getBid", func(out []byte) (err error) { bids[i], err = decodeBid(id, out); return }, id))
	}
	if err := r.c.multiChunked(ctx, e.Block, reqs); err != nil {
		return fmt.Errorf("earnings of %s: bids: %w", r.provider.Hex(), err)
	}
	for _, b := range bids {
		e.Bids[b.ID], e.Prices[b.ID] = b, b.PricePerSecond
	}
	r.record(ctx)
	slices.SortStableFunc(e.Sessions, endLess)
	return nil
}

// vanished reports whether a session this read fetched reads as never opened.
func (r *earningsRead) vanished() bool {
	for _, s := range r.e.Sessions[len(r.e.Sessions)-len(r.read):] {
		if !s.Exists() {
			return true
		}
	}
	return false
}

// full reads every session again at the read's block, without the index.
func (r *earningsRead) full(ctx context.Context, known []Bid) error {
	r.known, r.offset, r.ids = nil, 0, nil
	r.e.Sessions, r.e.Reads, r.e.Settled = nil, SessionReads{}, SettledPart{}
	if err := r.c.multi(ctx, r.e.Block, []callReq{r.page(0, &r.ids)}); err != nil {
		return fmt.Errorf("earnings of %s: %w", r.provider.Hex(), err)
	}
	if err := r.pages(ctx); err != nil {
		return err
	}
	if err := r.c.multiChunked(ctx, r.e.Block, r.second()); err != nil {
		return fmt.Errorf("earnings of %s: sessions: %w", r.provider.Hex(), err)
	}
	return r.finish(ctx, known)
}

// record adds this read's new IDs and newly settled sessions to the index. A failure to record costs
// the next read time, not correctness, so it is logged.
func (r *earningsRead) record(ctx context.Context) {
	idx := r.c.opts.SessionIndex
	if idx == nil {
		return
	}
	e := r.e
	u := IndexUpdate{From: r.offset, IDs: r.ids}
	base := len(e.Sessions) - len(r.read)
	for i := range r.read {
		s := e.Sessions[base+i]
		if _, done := r.knownSettled(s.ID); done {
			continue
		}
		b, ok := e.Bids[s.BidID]
		switch {
		case !ok:
		case s.Settled(b.PricePerSecond):
			u.Settled = append(u.Settled, SettledSession{Session: s, Bid: b, Block: e.Block})
		case s.Closed():
			if e.Provider.LimitPeriodEarned == nil {
				continue
			}
			if h, known := r.knownHeld(s.ID); known && h.Unchanged(e.Provider) && h.Session.Same(s) {
				continue // recorded as it is under this period already: its older block stays, nearer to final
			}
			u.Held = append(u.Held, HeldSession{SettledSession: SettledSession{Session: s, Bid: b, Block: e.Block},
				PeriodEnd: e.Provider.LimitPeriodEnd, PeriodEarned: new(big.Int).Set(e.Provider.LimitPeriodEarned)})
		}
	}
	if len(u.IDs) == 0 && len(u.Settled) == 0 && len(u.Held) == 0 {
		return
	}
	if err := idx.RecordSessions(ctx, r.provider, u); err != nil {
		r.c.log.Warn("record the session index", "err", err)
	}
	if e.Reads.New >= indexNotice {
		r.c.log.Info(fmt.Sprintf("indexed %d sessions of %s (%d settled)", len(r.ids), r.provider.Hex(), len(u.Settled)))
	}
}

func (r *earningsRead) knownHeld(id common.Hash) (HeldSession, bool) {
	if r.known == nil {
		return HeldSession{}, false
	}
	h, ok := r.known.Held[id]
	return h, ok
}

func (r *earningsRead) knownSettled(id common.Hash) (SettledSession, bool) {
	if r.known == nil {
		return SettledSession{}, false
	}
	st, ok := r.known.Settled[id]
	return st, ok
}

// multiChunk bounds the reads in one aggregate3 (or JSON-RPC batch) of a long list.
const multiChunk = 500

// multiChunked runs a long list of reads at one block in batches of multiChunk.
func (c *Client) multiChunked(ctx context.Context, block uint64, reqs []callReq) error {
	for len(reqs) > 0 {
		n := min(len(reqs), multiChunk)
		if err := c.multi(ctx, block, reqs[:n]); err != nil {
			return err
		}
		reqs = reqs[n:]
	}
	return nil
}

func minBig(a, b *big.Int) *big.Int {
	if a.Cmp(b) <= 0 {
		return new(big.Int).Set(a)
	}
	return new(big.Int).Set(b)
}

// MinSessionDuration is the shortest session the contract opens, in seconds (MIN_SESSION_DURATION).
func (c *Client) MinSessionDuration(ctx context.Context) (uint64, error) {
	out, err := c.readDiamond(ctx, "MIN_SESSION_DURATION", 0)
	if err != nil {
		return 0, err
	}
	v, err := unpack("MIN_SESSION_DURATION", out, one[uint32])
	return uint64(v), err
}

// SessionStake is the MOR a consumer stakes for a session of seconds on a bid priced perSecond, as
// the consumer's node computes it: stipendToStake(seconds × price, now).
func (c *Client) SessionStake(ctx context.Context, perSecond *big.Int, seconds, now uint64) (*big.Int, error) {
	stipend := new(big.Int).Mul(perSecond, new(big.Int).SetUint64(seconds))
	out, err := c.readDiamond(ctx, "stipendToStake", 0, stipend, new(big.Int).SetUint64(now))
	if err != nil {
		return nil, err
	}
	return unpack("stipendToStake", out, one[*big.Int])
}

// TotalSessions is how many sessions were ever opened on a provider's bids (getTotalSessions).
func (c *Client) TotalSessions(ctx context.Context, provider common.Address) (uint64, error) {
	out, err := c.readDiamond(ctx, "getTotalSessions", 0, provider)
	if err != nil {
		return 0, err
	}
	v, err := unpack("getTotalSessions", out, one[*big.Int])
	if err != nil {
		return 0, err
	}
	return u64(v), nil
}
