// Package view renders the domain for every front: the status (the position at one block), a
// proposal in any state and its exact payload, the earnings figures and the serving lines. Commands,
// alerts, reports and the adapters all show the same things the same way through it; it returns
// chat messages of plain text and knows no platform.
package view

import (
	"encoding/hex"
	"fmt"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
)

var stateSeverity = map[approval.State]chat.Severity{
	approval.Pending: chat.Info, approval.Approved: chat.Info, approval.Submitting: chat.Info, approval.Submitted: chat.Info,
	approval.Confirmed: chat.Success, approval.Failed: chat.Error, approval.Rejected: chat.Warning, approval.Expired: chat.Warning,
	approval.Cancelled: chat.Warning, approval.Unknown: chat.Warning, approval.Stale: chat.Warning,
}

// Proposal is the message that shows a proposal in any state; adapters post it once and then
// edit it in place on every state change. Buttons are present only while votes are open. Each step
// shows what its bytes do, decoded from the exact calldata that will be signed (contract and address,
// function, every argument with amounts in MOR and wei); labels name known addresses.
func Proposal(p *approval.Proposal, n chain.Network, labels map[common.Address]string) chat.Message {
	m := chat.Message{
		Title:    fmt.Sprintf("%s · %s · %s", p.HumanID(), p.Kind, strings.ToUpper(string(p.Status))),
		Text:     p.Summary,
		Severity: stateSeverity[p.Status],
	}
	for _, s := range p.Steps {
		v := stepState(s) + "\n" + describeStep(s.Planned, n, labels)
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
		m.Fields = append(m.Fields, chat.Field{Name: fmt.Sprintf("step %d: %s", s.Index+1, s.Name()), Value: v})
	}
	if flags := OverlapLines(p); len(flags) > 0 {
		m.Fields = append(m.Fields, chat.Field{Name: "also changed by", Value: strings.Join(flags, "\n")})
	}
	if p.Simulation != "" {
		m.Fields = append(m.Fields, chat.Field{Name: "simulation", Value: p.Simulation})
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
	m.Fields = append(m.Fields, chat.Field{Name: "votes", Value: votes, Inline: true})
	proposer := p.Proposer.Name
	if proposer == "" {
		proposer = p.Proposer.ID
	}
	m.Fields = append(m.Fields, chat.Field{Name: "proposed by", Value: proposer, Inline: true})
	if id, ok := registered(p); ok {
		m.Fields = append(m.Fields, chat.Field{Name: nextServe, Value: "/mor model serve " + id + " --api-type openai --api-url <backend URL, e.g. http://127.0.0.1:8000/v1/chat/completions>"})
	}
	if p.Reason != "" {
		m.Fields = append(m.Fields, chat.Field{Name: reasonLabel(p.Status), Value: p.Reason})
	}
	if p.Status == approval.Stale && p.Origin != "" {
		m.Buttons = append(m.Buttons, chat.Button{Label: "Propose again", Action: chat.ActionProposeAgain, Token: p.Token, Ref: p.HumanID()})
	}
	if p.Status == approval.Pending {
		m.Buttons = []chat.Button{
			{Label: "Approve", Action: chat.ActionApprove, Token: p.Token, Ref: p.HumanID()},
			{Label: "Reject", Action: chat.ActionReject, Token: p.Token, Ref: p.HumanID()},
			{Label: "Details", Action: chat.ActionDetails, Token: p.Token, Ref: p.HumanID()},
		}
		m.Footer = fmt.Sprintf("payload %s · chain %d · signer %s · expires %s", p.PayloadHash.Hex(), p.ChainID, p.Signer.Hex(), p.ExpiresAt.UTC().Format(time.RFC3339))
	} else {
		m.Footer = fmt.Sprintf("payload %s · chain %d · signer %s", p.PayloadHash.Hex(), p.ChainID, p.Signer.Hex())
	}
	return m
}

// describeStep is one step's effect for approvers: a transaction decoded from its calldata, or an
// off-chain step's payload.
func describeStep(s approval.Planned, n chain.Network, labels map[common.Address]string) string {
	if s.Action != nil {
		return proxyrouter.DescribeStep(*s.Action)
	}
	return "calls " + n.DescribeCall(s.Tx, labels).String()
}

// OverlapLines flag the other open proposals that change what this one changes, one line each:
// "P-2 also changes this bid; whichever runs second will be checked against the first".
func OverlapLines(p *approval.Proposal) []string {
	var out []string
	// p's overlaps seen from the others' side: each note is what the other proposal changes too.
	byOther := map[int64][]approval.Overlap{}
	var order []int64
	for _, o := range p.Overlaps {
		if _, ok := byOther[o.Proposal]; !ok {
			order = append(order, o.Proposal)
		}
		byOther[o.Proposal] = append(byOther[o.Proposal], approval.Overlap{Proposal: p.ID, Resource: o.Resource})
	}
	for _, other := range order {
		for _, n := range approval.OverlapNotes(other, byOther[other]) {
			out = append(out, n.Note)
		}
	}
	return out
}

// rawChunk is the longest run of calldata hex in one field, within every platform's field limit.
const rawChunk = 960

// Raw is a proposal's exact payload: for each step the target, value and full calldata as they
// will be signed, so an approver can decode and check them independently (e.g. cast calldata-decode),
// and how the payload hash the votes bind to is computed.
func Raw(p *approval.Proposal, n chain.Network, labels map[common.Address]string) chat.Message {
	m := chat.Message{Title: fmt.Sprintf("%s · exact payload", p.HumanID()), Ephemeral: true,
		Text: fmt.Sprintf("Signed by %s on chain %d. Votes bind to payload %s = keccak256(chain ID as 8 bytes ‖ signer ‖ for each step: to ‖ keccak256(data) ‖ value as 32 bytes). "+
			"Decode a step's data with, e.g., cast calldata-decode or cast 4byte-decode.", p.Signer.Hex(), p.ChainID, p.PayloadHash.Hex())}
	for _, s := range p.Steps {
		head := fmt.Sprintf("step %d: %s", s.Index+1, s.Name())
		if s.Action != nil {
			m.Fields = append(m.Fields, chat.Field{Name: head + " (off-chain)", Value: describeStep(s.Planned, n, labels) + "\npayload " + string(s.Action.Data)})
			continue
		}
		c := n.DescribeCall(s.Tx, labels)
		v := fmt.Sprintf("to %s (%s)\nvalue %s wei\nfunction %s", c.To.Hex(), c.Contract, c.Value, c.Function)
		if c.Function == "" {
			v = fmt.Sprintf("to %s (%s)\nvalue %s wei\nno calldata", c.To.Hex(), c.Contract, c.Value)
		}
		m.Fields = append(m.Fields, chat.Field{Name: head, Value: v})
		data := "0x" + hex.EncodeToString(s.Tx.Data)
		parts := (len(data) + rawChunk - 1) / rawChunk
		for i := 0; i < parts && len(s.Tx.Data) > 0; i++ {
			name := fmt.Sprintf("step %d data", s.Index+1)
			if parts > 1 {
				name += fmt.Sprintf(" (%d/%d)", i+1, parts)
			}
			m.Fields = append(m.Fields, chat.Field{Name: name, Value: data[i*rawChunk : min(len(data), (i+1)*rawChunk)]})
		}
	}
	return m
}

func reasonLabel(s approval.State) string {
	switch s {
	case approval.Failed:
		return "why it failed"
	case approval.Unknown:
		return "outcome unknown"
	case approval.Stale:
		return "what changed"
	}
	return "note"
}

func stepState(s approval.Step) string {
	switch s.Status {
	case approval.StepConfirmed:
		if !s.OnChain() {
			return "done"
		}
		return fmt.Sprintf("confirmed in block %d", s.Block)
	case approval.StepSent:
		if !s.OnChain() {
			return "running"
		}
		return "sent, waiting for the receipt"
	case approval.StepSigned:
		if !s.Attempted {
			return "signed, not broadcast yet"
		}
		return "signed, broadcast not confirmed"
	case approval.StepDropped:
		return "dropped: signed but never broadcast, its nonce left free"
	case approval.StepFailed:
		return "failed"
	}
	if !s.OnChain() {
		return "not done yet"
	}
	return "not sent"
}

// registered is the model a confirmed proposal registered (its lower-case ID); false for anything
// else, a model serve included.
func registered(p *approval.Proposal) (string, bool) {
	id, ok := p.RegisteredModel()
	if !ok || p.Status != approval.Confirmed {
		return "", false
	}
	return strings.ToLower(id.Hex()), true
}

// Proposals renders proposals as one deployment shows them: with its network's explorer, the names of
// the addresses it knows, and, when default backends are configured, an "Add to proxy-router" button
// on a confirmed model registration.
type Proposals struct {
	Network chain.Network
	Labels  map[common.Address]string
	// DefaultAPIType and DefaultAPIURL are proxy_router.default_api_type and default_api_url: when
	// set, the "next" line of a confirmed model registration is the command that serves it there,
	// and a button runs it.
	DefaultAPIType string
	DefaultAPIURL  string
}

// nextServe names the field that says how to serve a model just registered.
const nextServe = "next: add it to the proxy-router"

// Render is the proposal message (see Proposal), with the serve command and button for the
// configured default backend where it applies.
func (r Proposals) Render(p *approval.Proposal) chat.Message {
	m := Proposal(p, r.Network, r.Labels)
	if id, ok := registered(p); ok && r.DefaultAPIType != "" && r.DefaultAPIURL != "" {
		for i := range m.Fields {
			if m.Fields[i].Name == nextServe {
				m.Fields[i].Value = fmt.Sprintf("/mor model serve %s (the default backend: %s at %s; add --api-type and --api-url for another)", id, r.DefaultAPIType, r.DefaultAPIURL)
			}
		}
		m.Buttons = append(m.Buttons, chat.Button{Label: "Add to proxy-router", Action: chat.ActionServe, Token: id, Ref: id})
	}
	return m
}

// Raw is the proposal's exact payload (see Raw).
func (r Proposals) Raw(p *approval.Proposal) chat.Message { return Raw(p, r.Network, r.Labels) }

// Labels name the addresses a deployment knows, for decoded calls.
func Labels(n chain.Network, provider, signer common.Address) map[common.Address]string {
	l := map[common.Address]string{n.Diamond: "the Diamond", n.MOR: "the MOR token", signer: "the signer"}
	if provider == signer {
		l[provider] = "the provider wallet, the signer"
	} else {
		l[provider] = "the provider wallet"
	}
	return l
}
