package commands

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"runtime/debug"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/plans"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/probe"
	"github.com/morbotlabs/morbot/internal/view"
	"github.com/morbotlabs/morbot/internal/wiring"
)

// Chain is what commands read directly (*chain.Client implements it; writes go through plans).
type Chain interface {
	Network() chain.Network
	Minimums(ctx context.Context) (chain.Minimums, error)
	Provider(ctx context.Context, addr common.Address) (chain.Provider, error)
	Model(ctx context.Context, id common.Hash) (chain.Model, error)
	Market(ctx context.Context, model common.Hash) (*chain.Market, error)
	ProviderActiveBids(ctx context.Context, provider common.Address, offset, limit uint64) ([]common.Hash, uint64, error)
	ModelActiveBids(ctx context.Context, model common.Hash, offset, limit uint64) ([]common.Hash, uint64, error)
	HeaderByNumber(ctx context.Context, number uint64) (*types.Header, error)
	ApproveTx(amount *big.Int) chain.TxRequest
	DelegateTx(registry, operator common.Address, right string, enable bool) chain.TxRequest
}

// Options wire a Handler.
type Options struct {
	Domain *wiring.Core // the read model, the plans and the proposal renderer
	Logger *slog.Logger
	Extra  []*Spec  // extra commands (e.g. dev-only ones), added to the grammar
	Report Reporter // /mor report now; nil when reports are not running here
	Alerts Alerts   // /mor alerts, silences and fix buttons; nil when alerts are not running here
	// Observe, when set, is told every command's name and outcome (ok, proposed, refused, error).
	Observe func(command, outcome string)
	// Probe runs /mor probe (nil: no probe is configured).
	Probe Prober
}

// Prober buys one answer from our own bids through a consumer node (*probe.Prober).
type Prober interface {
	Run(ctx context.Context, targets []probe.Target, scheduled bool) (*probe.Round, error)
}

// Reporter posts the status report on demand.
type Reporter interface {
	ReportNow(ctx context.Context, chart bool) (chat.Message, error)
}

// Alerts is the alert service behind /mor alerts and the alert buttons.
type Alerts interface {
	List(ctx context.Context) (chat.Message, error)
	// Silence mutes the alerts a matcher covers (an alert ID, a rule, or a prefix ending in *), firing or not.
	Silence(ctx context.Context, u approval.User, matcher string, d time.Duration) (chat.Message, error)
	Silences(ctx context.Context) (chat.Message, error)
	// FixCommand is the command line that fixes a firing alert ("" when it has none).
	FixCommand(ctx context.Context, alertID string) (string, error)
}

// Handler answers /mor commands and button clicks.
type Handler struct {
	d        *wiring.Core
	chain    Chain
	engine   *approval.Engine
	read     *position.Reader
	plans    *plans.Builder
	provider common.Address
	signer   common.Address
	log      *slog.Logger
	grammar  *Grammar
	report   Reporter
	alerts   Alerts
	observe  func(command, outcome string)
	prober   Prober
}

// New builds a handler.
func New(o Options) *Handler {
	if o.Logger == nil {
		o.Logger = slog.New(slog.DiscardHandler)
	}
	d := o.Domain
	return &Handler{d: d, chain: d.Chain, engine: d.Engine, read: d.Read, plans: d.Plans, provider: d.Provider, signer: d.Signer,
		log: o.Logger, grammar: newGrammar(append(specs(), o.Extra...)), report: o.Report, alerts: o.Alerts, observe: o.Observe, prober: o.Probe}
}

// NewGrammarOnly is a handler that only knows the grammar (for registering platform commands); it
// must not be asked to run commands.
func NewGrammarOnly() *Handler {
	return &Handler{grammar: newGrammar(specs()), log: slog.New(slog.DiscardHandler)}
}

// Grammar returns the command grammar (for help and platform registration).
func (h *Handler) Grammar() *Grammar { return h.grammar }

// Grammar returns the standard command grammar without a handler (for registration and tests).
func DefaultGrammar() *Grammar { return newGrammar(specs()) }

// Request is one command from a person. Text is the command line ("provider create 0.2 h:1", with or
// without /mor); Tokens is a line already split (each token kept whole); Structured are structured
// options (Discord). Structured, then Tokens, then Text: the first one set is used.
type Request struct {
	User       approval.User
	Channel    string
	Text       string
	Tokens     []string
	Structured *Structured
}

// Parse parses a request with the handler's grammar.
func (h *Handler) Parse(req Request) (*Call, error) {
	switch {
	case req.Structured != nil:
		return h.grammar.ParseStructured(*req.Structured)
	case req.Tokens != nil:
		return h.grammar.ParseTokens(req.Tokens)
	}
	return h.grammar.Parse(req.Text)
}

// NewSpec builds an extra command (for adapters or dev mode) with its own handler.
func NewSpec(s Spec, run func(h *Handler, ctx context.Context, c *Call) (*Response, error)) *Spec {
	s.run = run
	return &s
}

// Handle runs one command. It never panics and never returns an error: every outcome is a message.
func (h *Handler) Handle(ctx context.Context, req Request) (resp Response) {
	defer func() {
		if r := recover(); r != nil {
			ref := newRef()
			h.log.Error("command panicked", "ref", ref, "user", req.User.String(), "panic", r, "stack", string(debug.Stack()))
			resp = Response{Message: internalError(ref)}
		}
	}()
	call, err := h.Parse(req)
	if err != nil {
		h.observed("unknown", Response{Message: view.Failed("", "")})
		return Response{Message: h.usageMessage(err, req.User.Platform)}
	}
	defer func() { h.observed(call.Spec.Name(), resp) }()
	if call.Spec.run == nil {
		return Response{Message: h.usageMessage(&UsageError{Msg: "that command is not available here"}, req.User.Platform)}
	}
	call.User, call.Channel = req.User, req.Channel
	// Authorise before anything is read: someone outside the team learns nothing from the chain or the
	// store through a refusal, whatever the command.
	if call.Spec.Name() != "help" && h.engine != nil {
		if refusal := h.authorise(req.User, call.Spec); refusal != "" {
			return Response{Message: view.Refused(view.TitleRefused, refusal)}
		}
	}
	if call.Spec.Writes {
		// A plan records the command that built it: a stale plan offers to run it again.
		if line, err := json.Marshal(call.Tokens()); err == nil {
			ctx = approval.WithOrigin(ctx, string(line))
		}
	}
	r, err := call.Spec.run(h, ctx, call)
	if err != nil {
		return Response{Message: h.errorMessage(err, req.User, call.Spec)}
	}
	if call.Spec.Private {
		r.Message.Ephemeral = true
	}
	return *r
}

// role is what a command needs of its caller.
type role int

const (
	roleViewer   role = iota // reads
	roleProposer             // proposals: a proposer
	roleMember               // team actions that are not proposals (cancel, silence): a proposer or an approver
)

// roleOf is the role a command needs.
func roleOf(s *Spec) role {
	switch {
	case s.Writes || s.Name() == "probe": // a probe spends the consumer node's gas, within its budget
		return roleProposer
	case s.Name() == "proposals cancel" || s.Name() == "alerts silence":
		return roleMember
	}
	return roleViewer
}

// authorise checks the caller's role for a command before anything is read; it returns the refusal,
// which says only what the caller may do, or "" when they may run it.
func (h *Handler) authorise(u approval.User, s *Spec) string {
	pol := h.engine.Policy()
	switch roleOf(s) {
	case roleProposer:
		if !pol.CanPropose(u) {
			return fmt.Sprintf("sorry, only the team's proposers may run /mor %s; you may run /mor help (a team admin can add your %s ID %s to approval.proposers)", s.Name(), u.Platform, u.ID)
		}
	case roleMember:
		if !pol.CanPropose(u) && !pol.CanApprove(u) {
			return fmt.Sprintf("sorry, only the team's proposers and approvers may run /mor %s; you may run /mor help (a team admin can add your %s ID %s to the team)", s.Name(), u.Platform, u.ID)
		}
	default:
		if !pol.CanView(u) {
			return fmt.Sprintf("sorry, you are not one of this team's viewers, so morbot does not show its position here; you may run /mor help (a team admin can add your %s ID %s to approval.viewers)", u.Platform, u.ID)
		}
	}
	return ""
}

func (h *Handler) observed(name string, r Response) {
	if h.observe == nil {
		return
	}
	outcome := "ok"
	switch {
	case r.ProposalID != 0:
		outcome = "proposed"
	case view.IsRefusal(r.Message):
		outcome = "refused"
	case r.Message.Severity == chat.Error:
		outcome = "error"
	case r.Message.Severity == chat.Warning:
		outcome = "refused"
	}
	h.observe(name, outcome)
}

// QuoteJoin joins tokens into a command line, quoting those with spaces or quotes.
func QuoteJoin(toks []string) string {
	out := make([]string, len(toks))
	for i, t := range toks {
		if strings.ContainsAny(t, " \t\"'") || t == "" {
			out[i] = `"` + strings.ReplaceAll(t, `"`, "'") + `"`
		} else {
			out[i] = t
		}
	}
	return strings.Join(out, " ")
}

// Click handles a button. Votes answer the clicker only (the proposal message is updated through the
// approval engine's notifier); a fix button proposes the alert's fix as the clicker, so the response
// may carry a new proposal for the adapter to post.
func (h *Handler) Click(ctx context.Context, u approval.User, token string, action chat.Action) (resp Response) {
	defer func() {
		if r := recover(); r != nil {
			ref := newRef()
			h.log.Error("click panicked", "ref", ref, "panic", r, "stack", string(debug.Stack()))
			resp = Response{Message: internalError(ref)}
		}
	}()
	// Authorise before anything is read (the proposal behind a token, the alert behind an ID).
	if refusal := h.clickRefusal(u, action); refusal != "" {
		return Response{Message: view.Refused(view.TitleRefused, refusal)}
	}
	switch action {
	case chat.ActionApprove, chat.ActionReject:
	case chat.ActionDetails:
		p, err := h.engine.ByToken(ctx, token)
		if err != nil {
			return Response{Message: h.errorMessage(err, u, nil)}
		}
		return Response{Message: h.d.Proposals.Raw(p)}
	case chat.ActionFix, chat.ActionSilence:
		return h.alertClick(ctx, u, token, action)
	case chat.ActionProposeAgain:
		return h.proposeAgain(ctx, u, token)
	case chat.ActionServe:
		apiType, apiURL := h.d.ServeDefaults()
		if apiType == "" {
			return Response{Message: view.Refused(view.TitleNotProposed, "no default backend is configured (proxy_router.default_api_type and default_api_url); use /mor model serve")}
		}
		if _, err := chain.ParseHash32(token); err != nil {
			return Response{Message: view.Refused(view.TitleNotFound, "that button does not name a model")}
		}
		return h.Handle(ctx, Request{User: u, Channel: "proposals", Tokens: []string{"model", "serve", token, "--api-type", apiType, "--api-url", apiURL}})
	default:
		return Response{Message: view.Refused(view.TitleNotDone, "unknown button action")}
	}
	res, err := h.engine.Vote(ctx, u, token, action == chat.ActionApprove)
	if err != nil {
		return Response{Message: h.errorMessage(err, u, nil)}
	}
	if !res.Changed {
		return Response{Message: view.Note(res.Message)}
	}
	return Response{Message: view.Done(res.Message)}
}

// clickRefusal is the refusal of a button for someone outside its role, or "".
func (h *Handler) clickRefusal(u approval.User, action chat.Action) string {
	pol := h.engine.Policy()
	switch action {
	case chat.ActionApprove, chat.ActionReject:
		if !pol.CanApprove(u) {
			return "sorry, only the team's approvers may vote; nothing was recorded"
		}
	case chat.ActionFix, chat.ActionServe, chat.ActionProposeAgain:
		if !pol.CanPropose(u) {
			return "sorry, only the team's proposers may propose a fix; nothing was proposed"
		}
	case chat.ActionSilence:
		if !pol.CanPropose(u) && !pol.CanApprove(u) {
			return "sorry, only the team's proposers and approvers may silence an alert"
		}
	case chat.ActionDetails:
		if !pol.CanView(u) {
			return "sorry, only the team's viewers may see a proposal's details"
		}
	}
	return ""
}

// proposeAgain runs the command that built a stale proposal again, as the clicker: a fresh plan on
// the chain as it is now, checked like any other.
func (h *Handler) proposeAgain(ctx context.Context, u approval.User, token string) Response {
	p, err := h.engine.ByToken(ctx, token)
	if err != nil {
		return Response{Message: h.errorMessage(err, u, nil)}
	}
	var toks []string
	if p.Status != approval.Stale || p.Origin == "" || json.Unmarshal([]byte(p.Origin), &toks) != nil || len(toks) == 0 {
		return Response{Message: view.Refused(view.TitleNotProposed, fmt.Sprintf("%s is %s; only a stale proposal built by a command can be proposed again", p.HumanID(), p.Status))}
	}
	return h.Handle(ctx, Request{User: u, Channel: "proposals", Tokens: toks})
}

func (h *Handler) alertClick(ctx context.Context, u approval.User, alertID string, action chat.Action) Response {
	if h.alerts == nil {
		return Response{Message: view.Refused(view.TitleNotDone, "alerts are not running here")}
	}
	if action == chat.ActionSilence {
		m, err := h.alerts.Silence(ctx, u, alertID, time.Hour)
		if err != nil {
			return Response{Message: h.errorMessage(err, u, nil)}
		}
		m.Ephemeral = true
		return Response{Message: m}
	}
	cmd, err := h.alerts.FixCommand(ctx, alertID)
	if err != nil {
		return Response{Message: h.errorMessage(err, u, nil)}
	}
	if cmd == "" {
		return Response{Message: view.Note("alert " + alertID + " has no fix to propose (or is resolved)")}
	}
	return h.Handle(ctx, Request{User: u, Channel: "alerts", Text: cmd})
}

// Render is the proposal message as this deployment shows it (view.Proposals).
func (h *Handler) Render(p *approval.Proposal) chat.Message { return h.d.Proposals.Render(p) }

// EventLine is an event's one line as this deployment shows it (view.EventLine).
func (h *Handler) EventLine(ev approval.Event) string {
	return view.EventLine(ev, h.d.Proposals.Network)
}

// ClickByID clicks a button named by its human ID (the console types "approve P-1" or "fix <alert>").
func (h *Handler) ClickByID(ctx context.Context, u approval.User, ref string, action chat.Action) Response {
	if action == chat.ActionFix || action == chat.ActionSilence || action == chat.ActionServe {
		return h.Click(ctx, u, ref, action)
	}
	// Approve, reject, details and propose-again name a proposal: authorised before it is looked up.
	if refusal := h.clickRefusal(u, action); refusal != "" {
		return Response{Message: view.Refused(view.TitleRefused, refusal)}
	}
	id, err := approval.ParseID(ref)
	if err != nil {
		return Response{Message: h.errorMessage(err, u, nil)}
	}
	p, err := h.engine.Get(ctx, id)
	if err != nil {
		return Response{Message: h.errorMessage(err, u, nil)}
	}
	return h.Click(ctx, u, p.Token, action)
}

func (h *Handler) usageMessage(err error, platform string) chat.Message {
	var ue *UsageError
	if !errors.As(err, &ue) {
		return view.CannotRun(err.Error(), "", "", "")
	}
	if ue.Spec == nil {
		return view.CannotRun(ue.Msg, "", "", "")
	}
	example := ""
	if ue.Spec.Example != "" {
		example = ue.Spec.ExampleFor(platform)
	}
	return view.CannotRun(ue.Msg, ue.Spec.UsageFor(platform), example, ue.Spec.Units)
}

// errorMessage turns an error into what a person reads: usage problems and refusals as themselves,
// reverts with their plain-English reason, anything else as an internal error with a reference.
func (h *Handler) errorMessage(err error, u approval.User, spec *Spec) chat.Message {
	var (
		ue  *UsageError
		d   *approval.Denial
		rv  *chain.RevertError
		pe  *chain.PlanStepError
		inv *plans.Refusal
		bad *plans.BadInput
		fc  *chain.FeeCapError
		un  *chain.UnreachableError
	)
	switch {
	case errors.As(err, &ue):
		if ue.Spec == nil {
			ue.Spec = spec
		}
		return h.usageMessage(ue, u.Platform)
	case errors.As(err, &bad):
		return h.usageMessage(&UsageError{Spec: spec, Msg: bad.Msg}, u.Platform)
	case errors.As(err, &inv):
		return view.Refused(refusalTitle(inv.NotFound, spec), inv.Msg)
	case errors.As(err, &d):
		return view.Refused(refusalTitle(false, spec), d.Reason)
	case errors.As(err, &pe):
		return view.Failed(failureTitle(spec), pe.Error())
	case errors.As(err, &rv):
		return view.Failed(failureTitle(spec), rv.Reason)
	case errors.As(err, &fc):
		return view.Refused(refusalTitle(false, spec), fc.Error())
	case errors.As(err, &un):
		ref := newRef()
		h.log.Error("rpc unreachable", "ref", ref, "err", err)
		return view.Failed("Chain unreachable", "the chain cannot be reached right now (no RPC endpoint answered); try again shortly (ref "+ref+")")
	}
	ref := newRef()
	h.log.Error("command failed", "ref", ref, "user", u.String(), "err", err)
	return internalError(ref)
}

func internalError(ref string) chat.Message { return view.InternalError(ref) }

func newRef() string {
	b := make([]byte, 4)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

// invalid is input that parsed but does not fit the chain's rules or the team's state; it names the
// numbers and the block they were read at (the same refusal plans make).
func invalid(format string, args ...any) error { return plans.Refuse(format, args...) }

// notFound is a refusal because what the command names does not exist.
func notFound(format string, args ...any) error { return plans.Missing(format, args...) }

// refusalTitle heads a refusal by what was refused: "Not found" when the thing named does not exist,
// "Not proposed" when a write command proposed nothing, "Refused" for any other command.
func refusalTitle(notFound bool, spec *Spec) string {
	switch {
	case notFound:
		return view.TitleNotFound
	case spec != nil && spec.Writes:
		return view.TitleNotProposed
	}
	return view.TitleRefused
}

// failureTitle heads a revert the chain gave: a write proposed nothing because its simulation failed;
// a read only could not read.
func failureTitle(spec *Spec) string {
	if spec != nil && spec.Writes {
		return "Simulation failed, nothing proposed"
	}
	return "The chain refused the read"
}

// Response is the result of one command: a message, and the proposal it created, if any.
type Response struct {
	Message    chat.Message
	ProposalID int64 // 0 when no proposal was created
}
