// Package approval holds proposals, the team's approval policy, votes, the proposal state machine
// and the executor that signs and sends an approved plan exactly once. It knows no chat platform.
package approval

import (
	"fmt"
	"math/big"
	"slices"
	"strings"
	"time"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/config"
)

// User is a chat identity: the platform, its immutable ID, a display name (never used for
// authorisation) and the role or user-group IDs the adapter resolved for it.
type User struct {
	Platform string
	ID       string
	Name     string
	Roles    []string
}

// String shows the display name and ID.
func (u User) String() string {
	if u.Name != "" && u.Name != u.ID {
		return fmt.Sprintf("%s (%s:%s)", u.Name, u.Platform, u.ID)
	}
	return u.Platform + ":" + u.ID
}

// Same reports whether two users are the same platform identity.
func (u User) Same(o User) bool { return u.Platform == o.Platform && u.ID == o.ID }

// Members are the users and groups allowed on one platform.
type Members struct {
	Users  map[string]bool
	Groups map[string]bool
}

func (m Members) has(u User) bool {
	if m.Users[u.ID] {
		return true
	}
	for _, r := range u.Roles {
		if m.Groups[r] {
			return true
		}
	}
	return false
}

// Caps bound one proposal (nil = no cap).
type Caps struct {
	MaxApprove        *big.Int
	MaxStake          *big.Int
	MaxPricePerSecond *big.Int
}

// Policy is who may propose and approve, how many approvals are needed, and the per-action caps.
type Policy struct {
	Quorum             int
	Approvers          map[string]Members // by platform
	Proposers          map[string]Members // nil: every approver may propose
	Viewers            map[string]Members // nil: approvers and proposers may read
	ProposerMayApprove bool
	AnyRejectEnds      bool
	Expiry             time.Duration
	Caps               Caps
	// AutoApprove are the plan kinds that execute without votes (approval.auto_approve). The engine
	// lets a plan through only when every step is a plain claimForProvider on the Diamond.
	AutoApprove map[Kind]bool
	// People name the person behind each platform identity (approval.members): platform → ID → name.
	People map[string]map[string]string
}

// Member is the name of the person behind an identity, or "" when they are not a listed member.
func (p Policy) Member(u User) string { return p.People[u.Platform][u.ID] }

// Person is who an identity is for votes: the listed member, or, for someone not listed, their own
// platform identity. One person with identities on two platforms is one person.
func (p Policy) Person(u User) string {
	if m := p.Member(u); m != "" {
		return "member " + m
	}
	return u.Platform + ":" + u.ID
}

// SamePerson reports whether two identities are one person.
func (p Policy) SamePerson(a, b User) bool { return p.Person(a) == p.Person(b) }

// Named is u with the member's name as its display name (votes and the audit show it).
func (p Policy) Named(u User) User {
	if m := p.Member(u); m != "" {
		u.Name = m
	}
	return u
}

// CanApprove reports whether a user is an approver.
func (p Policy) CanApprove(u User) bool { return p.Approvers[u.Platform].has(u) }

// CanPropose reports whether a user may propose.
func (p Policy) CanPropose(u User) bool {
	if p.Proposers == nil {
		return p.CanApprove(u)
	}
	return p.Proposers[u.Platform].has(u)
}

// CanView reports whether a user may run read commands (status, proposals, audit, …).
func (p Policy) CanView(u User) bool {
	if p.Viewers != nil {
		return p.Viewers[u.Platform].has(u) || p.CanApprove(u) || p.CanPropose(u)
	}
	return p.CanApprove(u) || p.CanPropose(u)
}

// Amounts are what a proposal would commit, checked against the caps.
type Amounts struct {
	Approve        *big.Int // MOR allowance set
	Stake          *big.Int // largest stake added by one step
	PricePerSecond *big.Int // bid price
}

// CheckCaps returns a sentence for the first cap the amounts exceed, or "".
func (p Policy) CheckCaps(a Amounts) string {
	if p.Caps.MaxApprove != nil && a.Approve != nil && a.Approve.Cmp(p.Caps.MaxApprove) > 0 {
		return fmt.Sprintf("approving %s exceeds the team's cap of %s per approval (approval.caps.max_approve)", chain.FormatMOR(a.Approve), chain.FormatMOR(p.Caps.MaxApprove))
	}
	if p.Caps.MaxStake != nil && a.Stake != nil && a.Stake.Cmp(p.Caps.MaxStake) > 0 {
		return fmt.Sprintf("staking %s exceeds the team's cap of %s (approval.caps.max_stake)", chain.FormatMOR(a.Stake), chain.FormatMOR(p.Caps.MaxStake))
	}
	if p.Caps.MaxPricePerSecond != nil && a.PricePerSecond != nil && a.PricePerSecond.Cmp(p.Caps.MaxPricePerSecond) > 0 {
		return fmt.Sprintf("a price of %s exceeds the team's cap of %s (approval.caps.max_price_per_second)", chain.FormatPrice(a.PricePerSecond), chain.FormatPrice(p.Caps.MaxPricePerSecond))
	}
	return ""
}

// PolicyFromConfig builds the policy from a validated configuration.
func PolicyFromConfig(c config.Approval) (Policy, error) {
	p := Policy{Quorum: c.Quorum, ProposerMayApprove: c.ProposerMayApprove, AnyRejectEnds: true, Expiry: c.Expiry.Or(config.DefaultExpiry)}
	if c.AnyRejectEnds != nil {
		p.AnyRejectEnds = *c.AnyRejectEnds
	}
	p.Approvers = members(c.Approvers)
	for _, m := range c.Members {
		for platform, id := range map[string]string{"discord": m.Discord, "slack": m.Slack, "console": m.Console} {
			if id == "" {
				continue
			}
			if p.People == nil {
				p.People = map[string]map[string]string{}
			}
			if p.People[platform] == nil {
				p.People[platform] = map[string]string{}
			}
			p.People[platform][id] = m.Name
		}
	}
	if c.Proposers != nil {
		p.Proposers = members(*c.Proposers)
	}
	if c.Viewers != nil {
		p.Viewers = members(*c.Viewers)
	}
	for _, k := range c.AutoApprove {
		if !slices.Contains(AutoApprovable, Kind(k)) {
			return Policy{}, fmt.Errorf("approval.auto_approve: %q cannot be auto-approved; only %s can", k, strings.Join(config.AutoApprovable, ", "))
		}
		if p.AutoApprove == nil {
			p.AutoApprove = map[Kind]bool{}
		}
		p.AutoApprove[Kind(k)] = true
	}
	var err error
	if p.Caps.MaxApprove, err = capOf(c.Caps.MaxApprove); err != nil {
		return Policy{}, fmt.Errorf("approval.caps.max_approve: %w", err)
	}
	if p.Caps.MaxStake, err = capOf(c.Caps.MaxStake); err != nil {
		return Policy{}, fmt.Errorf("approval.caps.max_stake: %w", err)
	}
	if p.Caps.MaxPricePerSecond, err = capOf(c.Caps.MaxPricePerSecond); err != nil {
		return Policy{}, fmt.Errorf("approval.caps.max_price_per_second: %w", err)
	}
	return p, nil
}

func capOf(d config.Decimal) (*big.Int, error) {
	if !d.Set() {
		return nil, nil
	}
	return chain.ParseUnits(d.Raw, chain.Decimals)
}

func set(ids []string) map[string]bool {
	m := map[string]bool{}
	for _, id := range ids {
		m[id] = true
	}
	return m
}

func members(m config.Members) map[string]Members {
	out := map[string]Members{}
	if d := m.Discord; d != nil {
		out["discord"] = Members{Users: set(d.Users), Groups: set(d.Roles)}
	}
	if s := m.Slack; s != nil {
		out["slack"] = Members{Users: set(s.Users), Groups: set(s.Groups)}
	}
	if c := m.Console; c != nil {
		out["console"] = Members{Users: set(c.Users)}
	}
	return out
}
