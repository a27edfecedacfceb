package chain

import (
	"bytes"
	"maps"
	"math/big"
	"slices"

	"github.com/ethereum/go-ethereum/common"
)

// BidTotal is the settled part of one bid's sessions: how many, and what the provider was paid for
// them (all they earned: a settled session is paid in full).
type BidTotal struct {
	Count int
	Paid  *big.Int
	// FirstEnd and FirstID are the oldest end among them (and that session's ID): where the bid first
	// appears when sessions are listed oldest end first.
	FirstEnd uint64
	FirstID  common.Hash
}

// SettledPart is the settled part of a provider's sessions (closed, paid in full, nothing held) as
// running totals kept by the session index: a read with the index leaves these sessions out of
// Earnings.Sessions, so its work does not grow with the history. Everything is shared with the index
// and read-only.
type SettledPart struct {
	Count int
	ByBid map[common.Hash]BidTotal
	Bids  map[common.Hash]Bid // the bids of settled sessions
	// Sessions are the settled sessions, oldest end first (ties by ID), for listings.
	Sessions []Session
	// Of are the settled sessions by ID, less those in notFinal.
	Of       map[common.Hash]SettledSession
	notFinal map[common.Hash]bool
}

// Has reports whether a session is in the settled part.
func (p SettledPart) Has(id common.Hash) bool {
	_, ok := p.Of[id]
	return ok && !p.notFinal[id]
}

// KnownSessions is what the index holds of a provider, with what reads need of it kept ready: the IDs
// not settled, and the settled part's totals and orders. Build it with Know and extend it with With;
// everything in it is shared and read-only (With copies what it changes).
type KnownSessions struct {
	IDs     []common.Hash // every session ID seen, in getProviderSessions order
	Settled map[common.Hash]SettledSession
	Held    map[common.Hash]HeldSession

	unsettled []common.Hash    // IDs not settled, in getProviderSessions order
	part      SettledPart      // every settled session
	byBlock   []SettledSession // settled sessions by the block they were read settled at (then ID)
}

// endLess orders sessions oldest end first, ties by ID (the order of Earnings.Sessions).
func endLess(a, b Session) int {
	if x, y := a.End(), b.End(); x != y {
		if x < y {
			return -1
		}
		return 1
	}
	return bytes.Compare(a.ID[:], b.ID[:])
}

func blockLess(a, b SettledSession) int {
	if a.Block != b.Block {
		if a.Block < b.Block {
			return -1
		}
		return 1
	}
	return bytes.Compare(a.Session.ID[:], b.Session.ID[:])
}

// Know builds the index's view of a provider from what the store holds.
func Know(ids []common.Hash, settled map[common.Hash]SettledSession, held map[common.Hash]HeldSession) *KnownSessions {
	k := &KnownSessions{IDs: ids, Settled: settled, Held: held}
	k.part = SettledPart{ByBid: map[common.Hash]BidTotal{}, Of: settled, Bids: map[common.Hash]Bid{}}
	for _, st := range settled {
		k.add(st)
		k.part.Sessions = append(k.part.Sessions, st.Session)
		k.byBlock = append(k.byBlock, st)
	}
	slices.SortFunc(k.part.Sessions, endLess)
	slices.SortFunc(k.byBlock, blockLess)
	for _, id := range ids {
		if _, ok := settled[id]; !ok {
			k.unsettled = append(k.unsettled, id)
		}
	}
	return k
}

// add counts one settled session into the totals (whose maps the caller owns).
func (k *KnownSessions) add(st SettledSession) {
	s := st.Session
	t, ok := k.part.ByBid[s.BidID]
	paid := new(big.Int).Set(s.ProviderWithdrawn)
	if ok {
		paid.Add(paid, t.Paid)
	}
	nt := BidTotal{Count: t.Count + 1, Paid: paid, FirstEnd: t.FirstEnd, FirstID: t.FirstID}
	if !ok || s.End() < t.FirstEnd || (s.End() == t.FirstEnd && bytes.Compare(s.ID[:], t.FirstID[:]) < 0) {
		nt.FirstEnd, nt.FirstID = s.End(), s.ID
	}
	k.part.ByBid[s.BidID] = nt
	k.part.Bids[st.Bid.ID] = st.Bid
	k.part.Count++
}

// With is the view after an update: new IDs appended (when they follow on), sessions newly settled
// counted in, and held sessions recorded. k is left as it was for readers that hold it.
func (k *KnownSessions) With(u IndexUpdate) *KnownSessions {
	n := &KnownSessions{IDs: k.IDs, Settled: k.Settled, Held: k.Held, unsettled: k.unsettled, part: k.part, byBlock: k.byBlock}
	if u.From == len(k.IDs) && len(u.IDs) > 0 {
		n.IDs = append(k.IDs[:len(k.IDs):len(k.IDs)], u.IDs...)
	}
	var fresh []SettledSession
	for _, st := range u.Settled {
		if _, ok := k.Settled[st.Session.ID]; !ok {
			fresh = append(fresh, st)
		}
	}
	if len(fresh) > 0 || len(u.Held) > 0 {
		n.Settled, n.Held = maps.Clone(k.Settled), maps.Clone(k.Held)
		for _, st := range u.Settled {
			n.Settled[st.Session.ID] = st
			delete(n.Held, st.Session.ID)
		}
		for _, h := range u.Held {
			if _, settled := n.Settled[h.Session.ID]; settled {
				continue
			}
			if old, ok := n.Held[h.Session.ID]; !ok || h.Block >= old.Block {
				n.Held[h.Session.ID] = h
			}
		}
	}
	if len(fresh) > 0 {
		n.part = SettledPart{Count: k.part.Count, ByBid: maps.Clone(k.part.ByBid), Bids: maps.Clone(k.part.Bids), Of: n.Settled}
		for _, st := range fresh {
			n.add(st)
		}
		sessions := make([]Session, 0, len(k.part.Sessions)+len(fresh))
		sessions = append(sessions, k.part.Sessions...)
		byBlock := append(make([]SettledSession, 0, len(k.byBlock)+len(fresh)), k.byBlock...)
		for _, st := range fresh {
			sessions = append(sessions, st.Session)
			byBlock = append(byBlock, st)
		}
		slices.SortFunc(sessions, endLess)
		slices.SortFunc(byBlock, blockLess)
		n.part.Sessions, n.byBlock = sessions, byBlock
	}
	if len(fresh) > 0 || len(n.IDs) != len(k.IDs) {
		var unsettled []common.Hash
		for _, id := range k.unsettled {
			if _, ok := n.Settled[id]; !ok {
				unsettled = append(unsettled, id)
			}
		}
		for _, id := range n.IDs[len(k.IDs):] {
			if _, ok := n.Settled[id]; !ok {
				unsettled = append(unsettled, id)
			}
		}
		n.unsettled = unsettled
	}
	return n
}

// recent are the settled sessions read settled after block `after`, newest last.
func (k *KnownSessions) recent(after uint64) []SettledSession {
	i, _ := slices.BinarySearchFunc(k.byBlock, after+1, func(st SettledSession, b uint64) int {
		if st.Block < b {
			return -1
		}
		return 1
	})
	return k.byBlock[i:]
}

// partAt is the settled part a read at block `block` may use: sessions read settled fewer than the
// read's confirmations ago are left out (the read fetches them again), with their share taken off
// the totals. notFinal are those sessions' IDs.
func (k *KnownSessions) partAt(block, confirmations uint64) (SettledPart, []common.Hash) {
	// final: read settled at block b with b + confirmations - 1 <= block (earningsRead.final).
	var recent []SettledSession
	switch {
	case confirmations == 0:
	case block+1 < confirmations:
		recent = k.byBlock
	default:
		recent = k.recent(block + 1 - confirmations)
	}
	if len(recent) == 0 {
		return k.part, nil
	}
	p := SettledPart{Count: k.part.Count, ByBid: maps.Clone(k.part.ByBid), Bids: k.part.Bids, Of: k.Settled, notFinal: map[common.Hash]bool{}}
	skip := p.notFinal
	var ids []common.Hash
	for _, st := range recent {
		s := st.Session
		skip[s.ID] = true
		ids = append(ids, s.ID)
		t := p.ByBid[s.BidID]
		t.Count--
		t.Paid = new(big.Int).Sub(t.Paid, s.ProviderWithdrawn)
		if t.Count == 0 {
			delete(p.ByBid, s.BidID)
		} else {
			p.ByBid[s.BidID] = t
		}
		p.Count--
	}
	for _, s := range k.part.Sessions {
		if !skip[s.ID] {
			p.Sessions = append(p.Sessions, s)
		}
	}
	// FirstEnd/FirstID of a bid that lost its first session: recomputed from what is left.
	for bid, t := range p.ByBid {
		if skip[t.FirstID] {
			t.FirstEnd, t.FirstID = 0, common.Hash{}
			for _, s := range p.Sessions {
				if s.BidID == bid {
					t.FirstEnd, t.FirstID = s.End(), s.ID
					break
				}
			}
			p.ByBid[bid] = t
		}
	}
	return p, ids
}
