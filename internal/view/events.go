package view

import (
	"fmt"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
)

// EventLine is one line for what happened to a proposal, as the console prints it and a proposal's
// thread reads it: "P-1 step 1 (approve) confirmed in block 9". "" for an event that has no line of
// its own (a creation shows the proposal itself).
func EventLine(ev approval.Event, n chain.Network) string {
	p := ev.Proposal
	id := p.HumanID()
	step := ""
	if s := ev.StepOf(); s != nil {
		step = fmt.Sprintf("step %d (%s)", s.Index+1, s.Name())
	}
	who := ""
	if ev.Actor != nil {
		who = " by " + ev.Actor.Name
	}
	note := ""
	if ev.Note != "" {
		note = ": " + ev.Note
	}
	tx := func() string {
		if u := n.TxURL(ev.Hash); u != "" {
			return u
		}
		return "tx " + ev.Hash.Hex()
	}
	switch ev.Kind {
	case approval.EvCreated:
		return ""
	case approval.EvVoted, approval.EvApproved:
		return fmt.Sprintf("%s %s%s (%d/%d approvals)%s", id, ev.Kind, who, p.Approvals(), p.Quorum, note)
	case approval.EvExecuting:
		return fmt.Sprintf("%s sending%s", id, note)
	case approval.EvQueued:
		return fmt.Sprintf("%s approved and queued%s", id, note)
	case approval.EvStepSigned:
		return fmt.Sprintf("%s %s signed (%s)", id, step, tx())
	case approval.EvStepSent:
		return fmt.Sprintf("%s %s sent: %s", id, step, tx())
	case approval.EvStepResent:
		return fmt.Sprintf("%s %s re-sent%s", id, step, note)
	case approval.EvStepConfirmed:
		return fmt.Sprintf("%s %s confirmed in block %d", id, step, ev.Block)
	case approval.EvStepRan:
		return fmt.Sprintf("%s %s done%s", id, step, note)
	case approval.EvStepReverted, approval.EvStepFailed, approval.EvFlagged:
		return fmt.Sprintf("%s %s", id, ev.Note)
	}
	return fmt.Sprintf("%s %s%s%s", id, ev.Kind, who, note)
}
