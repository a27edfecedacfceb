package commands

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/morbotlabs/morbot/internal/approval"
)

// Arg is a positional argument.
type Arg struct {
	Name     string
	Help     string
	Optional bool
	Variadic bool // the last argument only: takes every remaining word, joined by single spaces
}

// Flag is a --name value option, or a --name switch when Bool.
type Flag struct {
	Name string
	Help string
	Bool bool // a switch: --name alone means "true"
}

// Spec describes one command. It is the single description of the grammar: parsing, help and the
// Discord command registration are all generated from it.
type Spec struct {
	Path    []string   // e.g. {"provider", "create"}
	Aliases [][]string // other paths that mean the same, e.g. {"proposals"} for "proposals list"
	Summary string
	Brief   string // at most 100 characters, for platforms that limit descriptions (Discord); "" when Summary fits
	Args    []Arg
	Flags   []Flag
	Example string
	Units   string
	Writes  bool                                                              // builds a proposal
	Private bool                                                              // the answer is only for the requester
	Dev     bool                                                              // only in `morbot dev`
	run     func(h *Handler, ctx context.Context, c *Call) (*Response, error) // a method expression of Handler
}

// Name is the command's path joined by spaces.
func (s *Spec) Name() string { return strings.Join(s.Path, " ") }

// Usage is the one-line synopsis.
func (s *Spec) Usage() string {
	var b strings.Builder
	b.WriteString("/mor " + s.Name())
	for _, a := range s.Args {
		dots := ""
		if a.Variadic {
			dots = "…"
		}
		if a.Optional {
			fmt.Fprintf(&b, " [%s%s]", a.Name, dots)
		} else {
			fmt.Fprintf(&b, " <%s%s>", a.Name, dots)
		}
	}
	for _, f := range s.Flags {
		if f.Bool {
			fmt.Fprintf(&b, " [--%s]", f.Name)
		} else {
			fmt.Fprintf(&b, " [--%s X]", f.Name)
		}
	}
	return b.String()
}

// Description is the command's description within 100 characters (Brief, or Summary when it fits).
func (s *Spec) Description() string {
	if s.Brief != "" {
		return s.Brief
	}
	return s.Summary
}

// UsageFor is the synopsis as people type it on a platform: Discord's slash commands take named
// options ("stake:<…>"), everything else the command line ("<stake> [--fee X]").
func (s *Spec) UsageFor(platform string) string {
	if platform != "discord" {
		return s.Usage()
	}
	var b strings.Builder
	b.WriteString("/mor " + s.Name())
	for _, a := range s.Args {
		if a.Optional {
			fmt.Fprintf(&b, " [%s:<%s>]", a.Name, a.Name)
		} else {
			fmt.Fprintf(&b, " %s:<%s>", a.Name, a.Name)
		}
	}
	for _, f := range s.Flags {
		if f.Bool {
			fmt.Fprintf(&b, " [%s:True]", f.Name)
		} else {
			fmt.Fprintf(&b, " [%s:<value>]", f.Name)
		}
	}
	return b.String()
}

// ExampleFor is the example as typed on a platform (named options on Discord).
func (s *Spec) ExampleFor(platform string) string {
	if platform != "discord" || s.Example == "" {
		return s.Example
	}
	toks, err := Tokenize(s.Example)
	if err != nil {
		return s.Example
	}
	c, err := newGrammar([]*Spec{s}).ParseTokens(toks)
	if err != nil {
		return s.Example
	}
	var b strings.Builder
	b.WriteString("/mor " + s.Name())
	for _, a := range s.Args {
		if v, ok := c.Args[a.Name]; ok {
			fmt.Fprintf(&b, " %s:%s", a.Name, v)
		}
	}
	for _, f := range s.Flags {
		if v, ok := c.Flags[f.Name]; ok {
			if f.Bool {
				v = "True"
			}
			fmt.Fprintf(&b, " %s:%s", f.Name, v)
		}
	}
	return b.String()
}

// Help is the full help text of one command.
func (s *Spec) Help() string { return s.HelpFor("") }

// HelpFor is the help text as shown on a platform.
func (s *Spec) HelpFor(platform string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%s\n", s.UsageFor(platform), s.Summary)
	for _, a := range s.Args {
		fmt.Fprintf(&b, "  %-16s %s\n", a.Name, a.Help)
	}
	for _, f := range s.Flags {
		if platform == "discord" {
			fmt.Fprintf(&b, "  %-16s %s\n", f.Name+":", f.Help)
		} else {
			fmt.Fprintf(&b, "  --%-14s %s\n", f.Name, f.Help)
		}
	}
	if s.Units != "" {
		fmt.Fprintf(&b, "units: %s\n", s.Units)
	}
	if s.Example != "" {
		fmt.Fprintf(&b, "example: %s", s.ExampleFor(platform))
	}
	return strings.TrimRight(b.String(), "\n")
}

// UsageError is input the grammar refuses; it names what was wrong and what is accepted.
type UsageError struct {
	Msg  string
	Spec *Spec // nil when no command matched
}

func (e *UsageError) Error() string { return e.Msg }

// Call is a parsed command: its spec, positional arguments by name and flags.
type Call struct {
	Spec    *Spec
	Args    map[string]string
	Flags   map[string]string
	User    approval.User // set by Handler.Handle
	Channel string
}

// Tokens renders the call back as tokens for ParseTokens: the path, the arguments in order, then each
// flag as --name=value (a switch as --name).
func (c *Call) Tokens() []string {
	out := append([]string(nil), c.Spec.Path...)
	for _, a := range c.Spec.Args {
		if v, ok := c.Args[a.Name]; ok {
			out = append(out, v)
		}
	}
	for _, f := range c.Spec.Flags {
		if v, ok := c.Flags[f.Name]; ok {
			if f.Bool {
				out = append(out, "--"+f.Name)
			} else {
				out = append(out, "--"+f.Name+"="+v)
			}
		}
	}
	return out
}

// Arg returns a positional argument ("" when absent).
func (c *Call) Arg(name string) string { return c.Args[name] }

// Flag returns a flag value and whether it was given.
func (c *Call) Flag(name string) (string, bool) {
	v, ok := c.Flags[name]
	return v, ok
}

// Tokenize splits a command line on spaces, honouring "double" and 'single' quotes.
func Tokenize(s string) ([]string, error) {
	var (
		out   []string
		cur   strings.Builder
		quote rune
		inTok bool
	)
	for _, r := range s {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			} else {
				cur.WriteRune(r)
			}
		case r == '"' || r == '\'':
			quote, inTok = r, true
		case unicode.IsSpace(r):
			if inTok {
				out = append(out, cur.String())
				cur.Reset()
				inTok = false
			}
		default:
			cur.WriteRune(r)
			inTok = true
		}
	}
	if quote != 0 {
		return nil, &UsageError{Msg: fmt.Sprintf("unclosed %c quote", quote)}
	}
	if inTok {
		out = append(out, cur.String())
	}
	return out, nil
}

// Parse turns "/mor provider create 0.2 host:3333" (the /mor prefix is optional) into a Call, or a
// *UsageError that says what was wrong and what is accepted.
func (g *Grammar) Parse(text string) (*Call, error) {
	toks, err := Tokenize(text)
	if err != nil {
		return nil, err
	}
	return g.ParseTokens(toks)
}

// ParseTokens parses a command line already split into tokens; each token is kept whole.
func (g *Grammar) ParseTokens(toks []string) (*Call, error) {
	toks = append([]string(nil), toks...)
	if len(toks) > 0 && strings.EqualFold(toks[0], "/mor") {
		toks = toks[1:]
	}
	if len(toks) == 0 {
		return &Call{Spec: g.byName["help"], Args: map[string]string{}, Flags: map[string]string{}}, nil
	}
	for i := range toks {
		if i >= 2 {
			break
		}
		toks[i] = strings.ToLower(toks[i])
	}
	spec, rest := g.match(toks)
	if spec == nil {
		return nil, g.unknown(toks)
	}
	c := &Call{Spec: spec, Args: map[string]string{}, Flags: map[string]string{}}
	var pos []string
	for i := 0; i < len(rest); i++ {
		t := rest[i]
		if !strings.HasPrefix(t, "--") || len(t) < 3 {
			if n := len(pos); n > 0 && unitWord(t) && startsWithDigit(pos[n-1]) && !strings.HasPrefix(rest[i-1], "--") {
				pos[n-1] += " " + t // "0.2 MOR", "1 wei", "0.036 /h": the unit belongs to the amount before it
				continue
			}
			pos = append(pos, t)
			continue
		}
		name, val, hasVal := strings.Cut(t[2:], "=")
		f := spec.flag(name)
		if f == nil {
			return nil, &UsageError{Spec: spec, Msg: fmt.Sprintf("unknown option --%s for /mor %s%s", name, spec.Name(), spec.flagList())}
		}
		if !f.Bool && !hasVal {
			if i+1 >= len(rest) {
				return nil, &UsageError{Spec: spec, Msg: fmt.Sprintf("option --%s needs a value", name)}
			}
			i++
			val, hasVal = rest[i], true
			if i+1 < len(rest) && unitWord(rest[i+1]) && startsWithDigit(val) {
				i++
				val += " " + rest[i] // --provider-stake 1 MOR
			}
		}
		if err := c.setFlag(f, val, hasVal); err != nil {
			return nil, err
		}
	}
	required := 0
	for _, a := range spec.Args {
		if !a.Optional {
			required++
		}
	}
	if len(pos) < required {
		missing := spec.Args[len(pos)].Name
		return nil, &UsageError{Spec: spec, Msg: fmt.Sprintf("missing <%s>", missing)}
	}
	if n := len(spec.Args); n > 0 && spec.Args[n-1].Variadic && len(pos) > n {
		pos = append(pos[:n-1], strings.Join(pos[n-1:], " "))
	}
	if len(pos) > len(spec.Args) {
		return nil, &UsageError{Spec: spec, Msg: fmt.Sprintf("too many arguments: /mor %s takes %d, got %d (quote a name that has spaces)", spec.Name(), len(spec.Args), len(pos))}
	}
	for i, v := range pos {
		if err := checkValue(spec, "<"+spec.Args[i].Name+">", v); err != nil {
			return nil, err
		}
		c.Args[spec.Args[i].Name] = v
	}
	return c, nil
}

// Structured is a command given as structured options (Discord's slash-command options): the command's
// path and each argument or flag value by name. Values are taken whole: a value that looks like a
// flag, or holds spaces, is still one value.
type Structured struct {
	Path   []string
	Values map[string]string
}

// ParseStructured builds a Call from structured options.
func (g *Grammar) ParseStructured(o Structured) (*Call, error) {
	spec := g.Lookup(strings.Join(o.Path, " "))
	if spec == nil || len(o.Path) != len(spec.Path) {
		return nil, g.unknown(o.Path)
	}
	c := &Call{Spec: spec, Args: map[string]string{}, Flags: map[string]string{}}
	given := map[string]string{}
	for k, v := range o.Values {
		given[k] = v
	}
	for _, a := range spec.Args {
		v, ok := given[a.Name]
		if !ok {
			if !a.Optional {
				return nil, &UsageError{Spec: spec, Msg: fmt.Sprintf("missing <%s>", a.Name)}
			}
			continue
		}
		delete(given, a.Name)
		if err := checkValue(spec, "<"+a.Name+">", v); err != nil {
			return nil, err
		}
		c.Args[a.Name] = v
	}
	for i := range spec.Flags {
		f := &spec.Flags[i]
		v, ok := given[f.Name]
		if !ok {
			continue
		}
		delete(given, f.Name)
		if err := c.setFlag(f, v, true); err != nil {
			return nil, err
		}
	}
	for name := range given {
		return nil, &UsageError{Spec: spec, Msg: fmt.Sprintf("unknown option %s for /mor %s%s", name, spec.Name(), spec.flagList())}
	}
	return c, nil
}

// setFlag records one flag's value, refusing repeats and malformed switches.
func (c *Call) setFlag(f *Flag, val string, hasVal bool) error {
	spec := c.Spec
	if _, dup := c.Flags[f.Name]; dup {
		return &UsageError{Spec: spec, Msg: fmt.Sprintf("option --%s is given twice", f.Name)}
	}
	if f.Bool {
		if hasVal && val != "true" && val != "false" {
			return &UsageError{Spec: spec, Msg: fmt.Sprintf("option --%s is a switch: give it alone (or --%s=true / --%s=false)", f.Name, f.Name, f.Name)}
		}
		if val != "false" {
			c.Flags[f.Name] = "true"
		}
		return nil
	}
	if err := checkValue(spec, "--"+f.Name, val); err != nil {
		return err
	}
	c.Flags[f.Name] = val
	return nil
}

// checkValue refuses a value holding a control character (a newline, a tab, an escape), an invisible
// formatting character (a bidirectional override, a zero-width joiner) or a private-use character:
// values are single-line visible text, and what an approver reads is what is stored.
func checkValue(spec *Spec, what, v string) error {
	for _, r := range v {
		if unicode.IsControl(r) || unicode.In(r, unicode.Cf, unicode.Co, unicode.Cs) || r == utf8.RuneError {
			return &UsageError{Spec: spec, Msg: fmt.Sprintf("%s holds the invisible or control character %U; values are single-line visible text", what, r)}
		}
	}
	return nil
}

func (g *Grammar) unknown(toks []string) error {
	if len(toks) == 0 {
		return &UsageError{Msg: "no command given; try /mor help"}
	}
	if subs := g.children(toks[0]); len(subs) > 0 {
		msg := fmt.Sprintf("/mor %s needs a subcommand: %s", toks[0], strings.Join(subs, ", "))
		if len(toks) > 1 {
			msg = fmt.Sprintf("unknown command /mor %s %s; %s has: %s", toks[0], toks[1], toks[0], strings.Join(subs, ", "))
			if s := closest(toks[1], subs); s != "" {
				msg += fmt.Sprintf(" (did you mean %s %s?)", toks[0], s)
			}
		}
		return &UsageError{Msg: msg}
	}
	msg := fmt.Sprintf("unknown command %q; try /mor help", toks[0])
	if s := closest(toks[0], g.topNames()); s != "" {
		msg = fmt.Sprintf("unknown command %q (did you mean %s?); try /mor help", toks[0], s)
	}
	return &UsageError{Msg: msg}
}

func (s *Spec) flag(name string) *Flag {
	for i := range s.Flags {
		if s.Flags[i].Name == name {
			return &s.Flags[i]
		}
	}
	return nil
}

func (s *Spec) flagList() string {
	if len(s.Flags) == 0 {
		return " (it takes no options)"
	}
	var names []string
	for _, f := range s.Flags {
		names = append(names, "--"+f.Name)
	}
	return " (options: " + strings.Join(names, ", ") + ")"
}

// Grammar is the set of commands.
type Grammar struct {
	Specs  []*Spec
	byName map[string]*Spec
}

func newGrammar(specs []*Spec) *Grammar {
	g := &Grammar{Specs: specs, byName: map[string]*Spec{}}
	for _, s := range specs {
		g.byName[s.Name()] = s
		for _, a := range s.Aliases {
			g.byName[strings.Join(a, " ")] = s
		}
	}
	return g
}

// Lookup finds a spec by its name ("provider create").
func (g *Grammar) Lookup(name string) *Spec {
	return g.byName[strings.ToLower(strings.TrimSpace(name))]
}

func (g *Grammar) match(toks []string) (*Spec, []string) {
	if len(toks) >= 2 {
		if s := g.byName[toks[0]+" "+toks[1]]; s != nil {
			return s, toks[2:]
		}
	}
	// A one-word command, or a bare group that aliases one of its subcommands ("proposals").
	if s := g.byName[toks[0]]; s != nil && (len(s.Path) == 1 || len(toks) == 1) {
		return s, toks[1:]
	}
	return nil, nil
}

func (g *Grammar) children(group string) []string {
	var out []string
	for _, s := range g.Specs {
		if len(s.Path) == 2 && s.Path[0] == group {
			out = append(out, s.Path[1])
		}
	}
	return out
}

func (g *Grammar) topNames() []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range g.Specs {
		if !seen[s.Path[0]] {
			seen[s.Path[0]] = true
			out = append(out, s.Path[0])
		}
	}
	sort.Strings(out)
	return out
}

// closest returns the candidate within edit distance 2 of s, if any.
func closest(s string, candidates []string) string {
	best, bestD := "", 3
	for _, c := range candidates {
		if d := editDistance(s, c); d < bestD {
			best, bestD = c, d
		}
	}
	return best
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

// unitWord reports whether a word is a unit that may follow an amount: MOR, ETH, wei, or a rate such as
// MOR/s, MOR/h or /day.
func unitWord(w string) bool {
	u := strings.ToLower(w)
	for _, coin := range []string{"mor", "eth", "wei", ""} {
		if rest, ok := strings.CutPrefix(u, coin); ok {
			switch rest {
			case "":
				return coin != ""
			case "/s", "/sec", "/second", "/h", "/hr", "/hour", "/d", "/day":
				return coin != "eth"
			}
		}
	}
	return false
}

func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }
