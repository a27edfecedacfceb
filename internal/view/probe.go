package view

import (
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/outside"
	"github.com/morbotlabs/morbot/internal/probe"
	"github.com/morbotlabs/morbot/internal/store"
)

// seconds says milliseconds as "2.1 s", or "640 ms" under a second.
func seconds(ms int64) string {
	if ms < 1000 {
		return fmt.Sprintf("%d ms", ms)
	}
	return fmt.Sprintf("%d.%d s", ms/1000, (ms%1000)/100)
}

// tokensPerSecond says a rate ×1000 as "38 tok/s".
func tokensPerSecond(milli uint64) string {
	return fmt.Sprintf("%d tok/s", (milli+500)/1000)
}

func wei(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		return new(big.Int)
	}
	return v
}

// ProbeLine is one probe as /mor probe reports it: every measure of a success, or the step that
// failed with its likely cause.
func ProbeLine(name string, r store.ProbeRun) string {
	d := r.Data
	if r.Result == store.ProbeOK {
		parts := []string{fmt.Sprintf("✓ %s: session %s opened in %s", name, r.Session, seconds(d.OpenMS))}
		if d.OpenBlock != 0 {
			parts[0] += fmt.Sprintf(" (block %d)", d.OpenBlock)
		}
		parts = append(parts, "first token "+seconds(d.FirstMS))
		if d.TPSMilli > 0 {
			parts = append(parts, tokensPerSecond(d.TPSMilli))
		}
		parts = append(parts, "answered "+outside.Quote(d.Excerpt))
		if d.CloseBlock != 0 {
			parts = append(parts, fmt.Sprintf("closed in block %d", d.CloseBlock))
		} else {
			parts = append(parts, "closed")
		}
		if d.GasWei != "" {
			parts = append(parts, "gas "+chain.FormatETH(wei(d.GasWei)))
		}
		if d.PaidWei != "" {
			parts = append(parts, chain.FormatMOR(wei(d.PaidWei))+" paid to ourselves")
		}
		return strings.Join(parts, " · ")
	}
	line := fmt.Sprintf("✗ %s: the probe failed at the %s: %s", name, stepName(d.Step), d.Message)
	switch {
	case r.Session != "" && r.State == store.ProbeClosed && d.Step == store.ProbeStepOpen:
		line += fmt.Sprintf(". The open reached the chain anyway: session %s, which morbot found and closed", r.Session)
	case r.Session != "" && r.State == store.ProbeClosed:
		line += fmt.Sprintf(". Session %s is closed", r.Session)
	case r.Session != "":
		line += fmt.Sprintf(". Session %s is still open: morbot closes it before the next probe and at start-up", r.Session)
	case r.State != store.ProbeClosed:
		line += ". If the open reached the chain, morbot finds and closes the session before the next probe and at start-up"
	}
	return line + ". /mor verify checks what is behind it"
}

func stepName(step string) string {
	switch step {
	case store.ProbeStepOpen:
		return "session open"
	case store.ProbeStepPrompt:
		return "prompt"
	case store.ProbeStepClose:
		return "session close"
	}
	return step
}

// Probes is /mor probe's answer: one line per bid probed, and the sessions earlier probes left
// open that this round closed first.
func Probes(round *probe.Round) chat.Message {
	m := chat.Message{Title: "Probe of our own bids, as a consumer", Severity: chat.Success}
	var lines []string
	if round.Leftovers > 0 {
		lines = append(lines, fmt.Sprintf("first closed %d probe session(s) an earlier probe left open", round.Leftovers))
	}
	rs := round.Results
	ok := 0
	for _, r := range rs {
		lines = append(lines, ProbeLine(r.Name, r.Run))
		if r.OK() {
			ok++
		} else {
			m.Severity = chat.Error
		}
	}
	m.Text = strings.Join(lines, "\n")
	m.Footer = fmt.Sprintf("%d of %d bids answered a paying session", ok, len(rs))
	return m
}

// ProbeSummary is the last probe of a bid in a line, with its age: what /mor health, /mor status
// and the report show.
func ProbeSummary(r store.ProbeRun, now time.Time) string {
	age := Age(now.Sub(r.FinishedAt))
	if r.Result == store.ProbeOK {
		s := fmt.Sprintf("last probe ✓ %s: opened in %s, first token %s", age, seconds(r.Data.OpenMS), seconds(r.Data.FirstMS))
		if r.Data.TPSMilli > 0 {
			s += ", " + tokensPerSecond(r.Data.TPSMilli)
		}
		return s
	}
	return fmt.Sprintf("last probe ✗ %s: failed at the %s: %s", age, stepName(r.Data.Step), r.Data.Message)
}
