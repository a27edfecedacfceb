package commands

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
)

var stateSeverity = map[approval.State]Severity{
	approval.Pending: Info, approval.Approved: Info, approval.Submitting: Info, approval.Submitted: Info,
	approval.Confirmed: Success, approval.Failed: Error, approval.Rejected: Warning, approval.Expired: Warning,
	approval.Cancelled: Warning, approval.Unknown: Warning,
}

// RenderProposal is the message that shows a proposal in any state; adapters post it once and then
// edit it in place on every state change. Buttons are present only while votes are open.
func RenderProposal(p *approval.Proposal, n chain.Network) Message {
	m := Message{
		Title:    fmt.Sprintf("%s · %s · %s", p.HumanID(), p.Kind, strings.ToUpper(string(p.Status))),
		Text:     p.Summary,
		Severity: stateSeverity[p.Status],
	}
	for _, s := range p.Steps {
		v := stepState(s)
		if s.Note != "" {
			v += "\n" + s.Note
		}
		if s.Hash != nil {
			if u := n.TxURL(*s.Hash); u != "" {
				v += "\n" + u
			} else {
				v += "\ntx " + s.Hash.Hex()
			}
		}
		m.Fields = append(m.Fields, Field{Name: fmt.Sprintf("step %d: %s", s.Index+1, s.Request.Kind), Value: v})
	}
	if p.Simulation != "" {
		m.Fields = append(m.Fields, Field{Name: "simulation", Value: p.Simulation})
	}
	var approvers, rejecters []string
	for _, v := range p.Votes {
		name := v.User.Name
		if name == "" {
			name = v.User.ID
		}
		if v.Approve {
			approvers = append(approvers, name)
		} else {
			rejecters = append(rejecters, name)
		}
	}
	votes := fmt.Sprintf("%d/%d approvals", p.Approvals(), p.Quorum)
	if len(approvers) > 0 {
		votes += " (" + strings.Join(approvers, ", ") + ")"
	}
	if len(rejecters) > 0 {
		votes += "; rejected by " + strings.Join(rejecters, ", ")
	}
	m.Fields = append(m.Fields, Field{Name: "votes", Value: votes, Inline: true})
	proposer := p.Proposer.Name
	if proposer == "" {
		proposer = p.Proposer.ID
	}
	m.Fields = append(m.Fields, Field{Name: "proposed by", Value: proposer, Inline: true})
	if id := p.Params["model_id"]; id != "" && p.Status == approval.Confirmed && p.Kind != "model serve" {
		m.Fields = append(m.Fields, Field{Name: "next: add it to the proxy-router", Value: "/mor model serve " + id + " --api-type openai --api-url <backend URL, e.g. http://127.0.0.1:8000/v1/chat/completions>"})
	}
	if p.Reason != "" {
		m.Fields = append(m.Fields, Field{Name: reasonLabel(p.Status), Value: p.Reason})
	}
	if p.Status == approval.Pending {
		m.Buttons = []Button{
			{Label: "Approve", Action: ActionApprove, Token: p.Token, Ref: p.HumanID()},
			{Label: "Reject", Action: ActionReject, Token: p.Token, Ref: p.HumanID()},
		}
		m.Footer = fmt.Sprintf("payload %s · chain %d · signer %s · expires %s", p.ShortHash(), p.ChainID, p.Signer.Hex(), p.ExpiresAt.UTC().Format(time.RFC3339))
	} else {
		m.Footer = fmt.Sprintf("payload %s · chain %d · signer %s", p.ShortHash(), p.ChainID, p.Signer.Hex())
	}
	return m
}

func reasonLabel(s approval.State) string {
	switch s {
	case approval.Failed:
		return "why it failed"
	case approval.Unknown:
		return "outcome unknown"
	}
	return "note"
}

func stepState(s approval.Step) string {
	switch s.Status {
	case approval.StepConfirmed:
		if approval.IsOffchain(s.Request) {
			return "done"
		}
		return fmt.Sprintf("confirmed in block %d", s.Block)
	case approval.StepSent:
		if approval.IsOffchain(s.Request) {
			return "running"
		}
		return "sent, waiting for the receipt"
	case approval.StepSigned:
		return "signed"
	case approval.StepFailed:
		return "failed"
	}
	return "not sent"
}

func fmtMOR(v *big.Int) string {
	if v == nil {
		return "?"
	}
	return chain.FormatMOR(v)
}
