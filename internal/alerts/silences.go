package alerts

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/store"
)

// ruleNames are what a silence may name before an alert fires, from the rule registry: the team-wide
// alert IDs, and the prefixes of per-model (or per-step) IDs, the part before their first "…".
func ruleNames() (team, prefixes []string) {
	for _, r := range Rules {
		for _, id := range r.IDs {
			if p, _, per := strings.Cut(id, "…"); per {
				prefixes = append(prefixes, p)
			} else {
				team = append(team, id)
			}
		}
	}
	return team, prefixes
}

// silenceMatches reports whether a silence's matcher covers an alert ID: the ID itself, or, ending in
// *, every ID that starts with what comes before it.
func silenceMatches(matcher, id string) bool {
	if p, ok := strings.CutSuffix(matcher, "*"); ok {
		return strings.HasPrefix(id, p)
	}
	return matcher == id
}

// validMatcher reports whether a matcher can ever match an alert: a rule, one model's instance of a
// per-model rule, a prefix of rules ending in *, or the ID of an alert the store holds.
func validMatcher(m string, known map[string]row) bool {
	if _, ok := known[m]; ok {
		return true
	}
	team, prefixes := ruleNames()
	if p, wild := strings.CutSuffix(m, "*"); wild {
		if p == "" {
			return false // everything: not a silence but an outage of alerts
		}
		for _, r := range append(team, prefixes...) {
			if strings.HasPrefix(r, p) || strings.HasPrefix(p, r) {
				return true
			}
		}
		return false
	}
	for _, r := range team {
		if m == r {
			return true
		}
	}
	for _, r := range prefixes {
		if strings.HasPrefix(m, r) && len(m) > len(r) {
			return true
		}
	}
	return false
}

// silencedBy returns the latest expiry of the silences covering an alert ID (0 when none does).
func silencedBy(sil []store.Silence, id string) int64 {
	var until int64
	for _, s := range sil {
		if silenceMatches(s.Matcher, id) && s.Until > until {
			until = s.Until
		}
	}
	return until
}

// Silence mutes every alert a matcher covers until now+d, whether or not it fires now (audited).
func (r *Alerter) Silence(ctx context.Context, u approval.User, matcher string, d time.Duration) (chat.Message, error) {
	rows, err := r.rows(ctx)
	if err != nil {
		return chat.Message{}, err
	}
	matcher = strings.TrimSpace(matcher)
	if !validMatcher(matcher, rows) {
		team, _ := ruleNames()
		return chat.Message{}, &approval.Denial{Reason: fmt.Sprintf("no alert is or can be %q; silence a rule (%s), one model's alert (such as bid-missing-0x1234abcd), or every model's with * (such as bid-missing-*); /mor alerts lists what fires",
			matcher, strings.Join(team, ", "))}
	}
	now := r.o.Now()
	until := now.Add(d)
	if err := r.o.Store.AddSilence(ctx, store.Silence{Matcher: matcher, Until: until.UnixMilli(), SetBy: u.Name, CreatedAt: now.UnixMilli()}); err != nil {
		return chat.Message{}, err
	}
	if err := r.o.Domain.Engine.Record(ctx, u, "silenced", fmt.Sprintf("alerts matching %s until %s", matcher, until.UTC().Format(time.RFC3339))); err != nil {
		return chat.Message{}, fmt.Errorf("audit silence: %w", err)
	}
	var firing []string
	for id, x := range rows {
		if (x.State == store.AlertFiring || x.State == store.AlertPending) && silenceMatches(matcher, id) {
			firing = append(firing, id)
		}
	}
	sort.Strings(firing)
	text := fmt.Sprintf("alerts matching %s are silenced until %s", matcher, until.UTC().Format(time.RFC3339))
	if len(firing) == 0 {
		text += "; none fires now, and none that starts meanwhile is posted"
	} else {
		text += "; firing now: " + strings.Join(firing, ", ")
	}
	return chat.Message{Severity: chat.Success, Text: text}, nil
}

// Silences lists the silences in force: what they match, until when, and who set them.
func (r *Alerter) Silences(ctx context.Context) (chat.Message, error) {
	now := r.o.Now()
	sil, err := r.o.Store.Silences(ctx, now.UnixMilli())
	if err != nil {
		return chat.Message{}, err
	}
	m := chat.Message{Title: "Silences"}
	if len(sil) == 0 {
		m.Text = "no silence is in force; /mor alerts silence <alert or rule> <duration> sets one"
		return m, nil
	}
	lines := make([]string, len(sil))
	for i, s := range sil {
		left := time.UnixMilli(s.Until).Sub(now).Round(time.Minute)
		lines[i] = fmt.Sprintf("%s until %s (%s left), set by %s", s.Matcher, time.UnixMilli(s.Until).UTC().Format(time.RFC3339), left, s.SetBy)
	}
	m.Text = strings.Join(lines, "\n")
	return m, nil
}
