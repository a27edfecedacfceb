// Package sessionindex keeps the chain's session index in the store: a provider's session IDs in the
// contract's order, the sessions that settled (closed, fully paid, nothing held), which are never
// read from the chain again, and the closed sessions waiting for pay, with the provider's pay period
// they were read under (read again only once a payment has moved it).
package sessionindex

import (
	"context"
	"encoding/json"
	"fmt"
	"math/big"
	"sync"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/store"
)

// Index is a chain.SessionIndex on a store, with what it read kept in memory: settled sessions never
// change and IDs are only ever appended, so a copy that lags another replica's writes is still true,
// only shorter (the next read fetches the difference from the chain and records it again).
type Index struct {
	db *store.DB

	mu    sync.Mutex
	known map[common.Address]*chain.KnownSessions
}

// New builds the index on a store.
func New(db *store.DB) *Index {
	return &Index{db: db, known: map[common.Address]*chain.KnownSessions{}}
}

var _ chain.SessionIndex = (*Index)(nil)

// KnownSessions is what the index holds of a provider (read from the store once per process).
func (x *Index) KnownSessions(ctx context.Context, provider common.Address) (*chain.KnownSessions, error) {
	x.mu.Lock()
	defer x.mu.Unlock()
	k, ok := x.known[provider]
	if !ok {
		var err error
		if k, err = x.load(ctx, provider); err != nil {
			return nil, err
		}
		x.known[provider] = k
	}
	// The reader shares everything, read-only: RecordSessions replaces the view rather than change it
	// (copy on write), so a warm read costs no copy of the history.
	return k, nil
}

func (x *Index) load(ctx context.Context, provider common.Address) (*chain.KnownSessions, error) {
	ids, err := x.db.SessionIDs(ctx, provider.Hex())
	if err != nil {
		return nil, err
	}
	known := make([]common.Hash, len(ids))
	for i, id := range ids {
		known[i] = common.HexToHash(id)
	}
	settled, heldBy := map[common.Hash]chain.SettledSession{}, map[common.Hash]chain.HeldSession{}
	rows, err := x.db.SettledSessions(ctx, provider.Hex())
	if err != nil {
		return nil, err
	}
	for _, r := range rows {
		st, err := decode(r)
		if err != nil {
			return nil, fmt.Errorf("session index: %s: %w", r.SessionID, err)
		}
		settled[st.Session.ID] = st
	}
	held, err := x.db.HeldSessions(ctx, provider.Hex())
	if err != nil {
		return nil, err
	}
	for _, r := range held {
		st, err := decode(store.SettledRow{SessionID: r.SessionID, Block: r.Block, Data: r.Data})
		if err != nil {
			return nil, fmt.Errorf("session index: held %s: %w", r.SessionID, err)
		}
		earned, ok := new(big.Int).SetString(r.PeriodEarned, 10)
		if !ok {
			return nil, fmt.Errorf("session index: held %s: period earned %q is not an amount", r.SessionID, r.PeriodEarned)
		}
		if _, done := settled[st.Session.ID]; !done {
			heldBy[st.Session.ID] = chain.HeldSession{SettledSession: st, PeriodEnd: r.PeriodEnd, PeriodEarned: earned}
		}
	}
	return chain.Know(known, settled, heldBy), nil
}

// RecordSessions adds a read's new IDs and settled sessions, to the store and to the copy in memory.
func (x *Index) RecordSessions(ctx context.Context, provider common.Address, u chain.IndexUpdate) error {
	ids := make([]string, len(u.IDs))
	for i, id := range u.IDs {
		ids[i] = id.Hex()
	}
	rows := make([]store.SettledRow, len(u.Settled))
	for i, st := range u.Settled {
		b, err := json.Marshal(encode(st))
		if err != nil {
			return err
		}
		rows[i] = store.SettledRow{SessionID: st.Session.ID.Hex(), Block: st.Block, Data: string(b)}
	}
	held := make([]store.HeldRow, len(u.Held))
	for i, h := range u.Held {
		b, err := json.Marshal(encode(h.SettledSession))
		if err != nil {
			return err
		}
		held[i] = store.HeldRow{SessionID: h.Session.ID.Hex(), Block: h.Block, PeriodEnd: h.PeriodEnd, PeriodEarned: str(h.PeriodEarned), Data: string(b)}
	}
	if err := x.db.IndexSessions(ctx, provider.Hex(), u.From, ids, rows, held); err != nil {
		return err
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	if k, ok := x.known[provider]; ok {
		x.known[provider] = k.With(u) // readers may hold the old view
	}
	return nil
}

// ForgetSessions empties a provider's index.
func (x *Index) ForgetSessions(ctx context.Context, provider common.Address) error {
	x.mu.Lock()
	delete(x.known, provider)
	x.mu.Unlock()
	return x.db.ForgetSessions(ctx, provider.Hex())
}

// record is a settled session as stored: every field, amounts as decimal strings.
type record struct {
	ID           common.Hash    `json:"id"`
	User         common.Address `json:"user"`
	BidID        common.Hash    `json:"bid"`
	Stake        string         `json:"stake"`
	CloseoutType uint64         `json:"closeoutType"`
	Withdrawn    string         `json:"withdrawn"`
	OpenedAt     uint64         `json:"openedAt"`
	EndsAt       uint64         `json:"endsAt"`
	ClosedAt     uint64         `json:"closedAt"`
	IsActive     bool           `json:"isActive"`
	Direct       bool           `json:"direct"`
	BidProvider  common.Address `json:"bidProvider"`
	BidModel     common.Hash    `json:"bidModel"`
	BidPrice     string         `json:"bidPrice"`
	BidNonce     string         `json:"bidNonce"`
	BidCreatedAt uint64         `json:"bidCreatedAt"`
	BidDeletedAt uint64         `json:"bidDeletedAt"`
}

func encode(st chain.SettledSession) record {
	s, b := st.Session, st.Bid
	return record{ID: s.ID, User: s.User, BidID: s.BidID, Stake: str(s.Stake), CloseoutType: s.CloseoutType, Withdrawn: str(s.ProviderWithdrawn),
		OpenedAt: s.OpenedAt, EndsAt: s.EndsAt, ClosedAt: s.ClosedAt, IsActive: s.IsActive, Direct: s.Direct,
		BidProvider: b.Provider, BidModel: b.ModelID, BidPrice: str(b.PricePerSecond), BidNonce: str(b.Nonce), BidCreatedAt: b.CreatedAt, BidDeletedAt: b.DeletedAt}
}

func decode(r store.SettledRow) (chain.SettledSession, error) {
	var x record
	if err := json.Unmarshal([]byte(r.Data), &x); err != nil {
		return chain.SettledSession{}, err
	}
	var err error
	num := func(s string) *big.Int {
		v, ok := new(big.Int).SetString(s, 10)
		if !ok {
			err = fmt.Errorf("%q is not an amount", s)
			return new(big.Int)
		}
		return v
	}
	st := chain.SettledSession{Block: r.Block,
		Session: chain.Session{ID: x.ID, User: x.User, BidID: x.BidID, Stake: num(x.Stake), CloseoutType: x.CloseoutType, ProviderWithdrawn: num(x.Withdrawn),
			OpenedAt: x.OpenedAt, EndsAt: x.EndsAt, ClosedAt: x.ClosedAt, IsActive: x.IsActive, Direct: x.Direct},
		Bid: chain.Bid{ID: x.BidID, Provider: x.BidProvider, ModelID: x.BidModel, PricePerSecond: num(x.BidPrice), Nonce: num(x.BidNonce), CreatedAt: x.BidCreatedAt, DeletedAt: x.BidDeletedAt}}
	return st, err
}

func str(v *big.Int) string {
	if v == nil {
		return "0"
	}
	return v.String()
}
