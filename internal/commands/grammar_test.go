package commands

import (
	"maps"
	"strings"
	"testing"
)

func TestParseTable(t *testing.T) {
	t.Parallel()
	g := DefaultGrammar()
	cases := []struct {
		in    string
		name  string
		args  map[string]string
		flags map[string]string
	}{
		{"/mor provider create 0.2 h:1", "provider create", map[string]string{"stake": "0.2", "endpoint": "h:1"}, nil},
		{"provider create 0.2 h:1", "provider create", map[string]string{"stake": "0.2", "endpoint": "h:1"}, nil},
		{"/mor PROVIDER Create 0.2 h:1", "provider create", map[string]string{"stake": "0.2", "endpoint": "h:1"}, nil},
		{`/mor model create "my model" 0.1 --tags=LLM,tee --base-id 0x01`, "model create", map[string]string{"name": "my model", "stake": "0.1"}, map[string]string{"tags": "LLM,tee", "base-id": "0x01"}},
		{"/mor proposals", "proposals list", nil, nil},
		{"/mor proposals show P-3", "proposals show", map[string]string{"id": "P-3"}, nil},
		{"/mor", "help", nil, nil},
		{"/mor help bid create", "help", map[string]string{"command": "bid create"}, nil}, // as its example shows
		{`/mor help "bid create"`, "help", map[string]string{"command": "bid create"}, nil},
	}
	for _, c := range cases {
		call, err := g.Parse(c.in)
		if c.name == "" {
			if err == nil {
				t.Errorf("%q parsed, want an error", c.in)
			}
			continue
		}
		if err != nil {
			t.Errorf("%q: %v", c.in, err)
			continue
		}
		if call.Spec.Name() != c.name {
			t.Errorf("%q -> %s, want %s", c.in, call.Spec.Name(), c.name)
		}
		for k, v := range c.args {
			if call.Args[k] != v {
				t.Errorf("%q: arg %s = %q, want %q", c.in, k, call.Args[k], v)
			}
		}
		for k, v := range c.flags {
			if call.Flags[k] != v {
				t.Errorf("%q: flag %s = %q, want %q", c.in, k, call.Flags[k], v)
			}
		}
	}
}

func TestEveryCommandHasHelpAndExample(t *testing.T) {
	t.Parallel()
	for _, s := range DefaultGrammar().Specs {
		if s.Summary == "" || s.Example == "" || s.run == nil {
			t.Errorf("%s: summary, example and handler are required", s.Name())
		}
		if !strings.HasPrefix(s.Example, "/mor "+s.Name()) && !(len(s.Aliases) > 0 && strings.HasPrefix(s.Example, "/mor "+strings.Join(s.Aliases[0], " "))) {
			t.Errorf("%s: example %q does not use the command", s.Name(), s.Example)
		}
	}
}

func TestEndpoints(t *testing.T) {
	t.Parallel()
	good := []string{"node.example.com:3333", "127.0.0.1:3333", "[::1]:3333", "a-b.c:1", "h:65535"}
	bad := []string{"", "http://h:1", "h", "h:0", "h:65536", "h:-1", "h:x", ":3333", "h:1/path", "user@h:1", "-h.com:1", "h..c:1", "h c:1", "ünï.com:1"}
	for _, s := range good {
		if _, err := ParseEndpoint(s); err != nil {
			t.Errorf("%q refused: %v", s, err)
		}
	}
	for _, s := range bad {
		if _, err := ParseEndpoint(s); err == nil {
			t.Errorf("%q accepted", s)
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range []string{"/mor provider create 0.2 h:1", `/mor model create "a b" 0.1 --tags x`, "/mor", "/mor proposals", `"`, "--x", "/mor bid create m --", "/mor help 'bid create'"} {
		f.Add(s)
	}
	g := DefaultGrammar()
	f.Fuzz(func(t *testing.T, s string) {
		call, err := g.Parse(s)
		if err == nil && call.Spec == nil {
			t.Fatalf("%q: no spec and no error", s)
		}
		if err != nil {
			if err.Error() == "" {
				t.Fatalf("%q: empty error", s)
			}
			return
		}
		// A parsed command, rendered back to tokens, parses to the same command.
		again, err := g.ParseTokens(call.Tokens())
		if err != nil {
			t.Fatalf("%q → %q does not parse again: %v", s, call.Tokens(), err)
		}
		if again.Spec != call.Spec || !maps.Equal(again.Args, call.Args) || !maps.Equal(again.Flags, call.Flags) {
			t.Fatalf("%q → %q parses to a different command: %+v vs %+v", s, call.Tokens(), again, call)
		}
	})
}

func FuzzParseEndpoint(f *testing.F) {
	for _, s := range []string{"h:1", "http://h:1", "[::1]:3333", "h:70000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		ep, err := ParseEndpoint(s)
		if err != nil {
			if ep != "" {
				t.Fatalf("%q refused but returned %q", s, ep)
			}
			return
		}
		if strings.Contains(ep, "://") || ep == "" {
			t.Fatalf("%q accepted as %q", s, ep)
		}
		// An accepted endpoint is canonical: parsing it again gives it back unchanged.
		again, err := ParseEndpoint(ep)
		if err != nil || again != ep {
			t.Fatalf("%q → %q is not canonical: %q, %v", s, ep, again, err)
		}
	})
}

func TestParseEndpointCanonical(t *testing.T) {
	t.Parallel()
	ok := map[string]string{
		"Node.Example.COM:3333":  "node.example.com:3333",
		"node.example.com.:3333": "node.example.com:3333",
		" 127.0.0.1:3333 ":       "127.0.0.1:3333",
		"[::1]:3333":             "[::1]:3333",
		"[2001:DB8::0001]:443":   "[2001:db8::1]:443",
		"[::ffff:1.2.3.4]:80":    "1.2.3.4:80",
		"h:65535":                "h:65535",
	}
	for in, want := range ok {
		if got, err := ParseEndpoint(in); err != nil || got != want {
			t.Errorf("ParseEndpoint(%q) = %q, %v; want %q", in, got, err, want)
		}
	}
	bad := map[string]string{
		"h:+3333":             `port "+3333" is not a number from 1 to 65535 written without a sign or leading zeros`,
		"h:03333":             `port "03333" is not a number from 1 to 65535`,
		"h:65536":             `port "65536" is not a number`,
		"0.0.0.0:3333":        "the address is unspecified",
		"[::]:3333":           "the address is unspecified",
		"169.254.169.254:80":  "the address is link-local",
		"[fe80::1]:3333":      "the address is link-local",
		"[fe80::1%eth0]:3333": "zone",
		"239.1.2.3:3333":      "multicast",
		"[node.example]:3333": "brackets hold an IPv6 address only",
		"http://h:1":          "it has a scheme",
		"h_1:3333":            "is not a valid host name",
	}
	for in, want := range bad {
		if got, err := ParseEndpoint(in); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("ParseEndpoint(%q) = %q, %v; want an error with %q", in, got, err, want)
		}
	}
}

// Usage and examples are written as people type them on each platform: Discord's named options, the
// command line elsewhere.
func TestUsagePerPlatform(t *testing.T) {
	t.Parallel()
	g := DefaultGrammar()
	s := g.Lookup("model create")
	if got := s.UsageFor("discord"); got != "/mor model create name:<name> stake:<stake> [fee:<value>] [tags:<value>] [ipfs-cid:<value>] [base-id:<value>]" {
		t.Errorf("discord usage %q", got)
	}
	if got := s.UsageFor("slack"); got != "/mor model create <name> <stake> [--fee X] [--tags X] [--ipfs-cid X] [--base-id X]" {
		t.Errorf("slack usage %q", got)
	}
	if got := s.ExampleFor("discord"); got != "/mor model create name:llama-3.1-8b stake:0.1 tags:LLM" {
		t.Errorf("discord example %q", got)
	}
	if got := g.Lookup("proposals show").UsageFor("discord"); got != "/mor proposals show id:<id> [raw:True]" {
		t.Errorf("discord switch usage %q", got)
	}
	for _, sp := range g.Specs {
		if strings.Contains(sp.UsageFor("discord"), "--") || strings.Contains(sp.HelpFor("discord"), "  --") {
			t.Errorf("%s: Discord usage shows command-line flags: %q", sp.Name(), sp.UsageFor("discord"))
		}
	}
}
