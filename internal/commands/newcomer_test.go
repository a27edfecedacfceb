package commands_test

import (
	"strings"
	"testing"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chat"
)

// Amounts as a provider types them: a unit word after the amount ("0.2 MOR", "1 wei",
// "0.00001 MOR/s"), rates per hour or day in their usual spellings, and a nonce too large to be one.
func TestAmountsAsProvidersTypeThem(t *testing.T) {
	t.Parallel()
	e := newEnv(t, approval.Caps{})
	for _, c := range []struct{ cmd, want string }{
		{"/mor approve 0.2 MOR", "amount = 0.2 MOR (200000000000000000 wei)"},
		{"/mor approve 1 wei", "amount = 0.000000000000000001 MOR (1 wei)"},
		{"/mor approve 0.3 mor", "amount = 0.3 MOR (300000000000000000 wei)"},
	} {
		r := e.run("alice", c.cmd)
		if got := flatten(r.Message); r.ProposalID == 0 || !strings.Contains(got, c.want) {
			t.Fatalf("%s:\n%s\nwant %q", c.cmd, got, c.want)
		}
		e.run("alice", "/mor proposals cancel P-"+fmtInt(r.ProposalID))
	}
	r := e.run("alice", "/mor onboard 127.0.0.1:3333 m1 0.00001 MOR/s --provider-stake 0.3 MOR")
	if got := flatten(r.Message); r.ProposalID == 0 || !strings.Contains(got, "0.00001 MOR/s") || !strings.Contains(got, "amount = 0.3 MOR") {
		t.Fatalf("onboard with unit words:\n%s", got)
	}
	e.approveAndWait(r.ProposalID)
	for _, price := range []string{"0.072/hr", "0.072/hour", "0.072 MOR/h", "1.728/day", "1.728/d", "0.00002/sec", "0.00002 MOR/second"} {
		r := e.run("alice", "/mor bid create m1 "+price)
		if got := flatten(r.Message); r.ProposalID == 0 || !strings.Contains(got, "0.00002 MOR/s (0.072 MOR/h, 20000000000000 wei/s)") {
			t.Fatalf("bid create m1 %s:\n%s", price, got)
		}
		e.run("alice", "/mor proposals cancel P-"+fmtInt(r.ProposalID))
	}
	if got := e.run("alice", "/mor bid create m1 1/day").Message; got.Severity != chat.Error || !strings.Contains(flatten(got), "a daily price must be a whole number of wei per second; the nearest are ") {
		t.Fatalf("an inexact daily price:\n%s", flatten(got))
	}
	// Inexact rates whose nearest prices are both out of the contract's range say which bound.
	for cmd, want := range map[string]string{
		"/mor bid create m1 37/h":        `price: "37/h" is above the maximum of 36 MOR/h (0.01 MOR/s) (read at block `,
		"/mor bid create m1 0.0359999/h": `price: "0.0359999/h" is below the minimum of 0.036 MOR/h (0.00001 MOR/s) (read at block `,
		"/mor bid create m1 900/day":     `price: "900/day" is above the maximum of 864 MOR/day (0.01 MOR/s) (read at block `,
	} {
		r := e.run("alice", cmd)
		if got := flatten(r.Message); r.ProposalID != 0 || r.Message.Severity != chat.Error || !strings.Contains(got, want) || strings.Contains(got, "usage:") || strings.Contains(got, "nearest") {
			t.Fatalf("%s:\n%s\nwant %q and no usage", cmd, got, want)
		}
	}
	if got := flatten(e.run("alice", "/mor tx fill 99999999999999999999999").Message); !strings.Contains(got, "nonce: 99999999999999999999999 is too large: a nonce is at most 18446744073709551615") {
		t.Fatalf("a huge nonce:\n%s", got)
	}
}
