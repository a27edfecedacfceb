package commands

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"net"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/chain"
)

func usage(c *Call, format string, args ...any) error {
	return &UsageError{Spec: c.Spec, Msg: fmt.Sprintf(format, args...)}
}

func amountReason(err error) string {
	var ae *chain.AmountError
	if errors.As(err, &ae) {
		return fmt.Sprintf("%q is not a valid amount: %s", ae.Input, ae.Reason)
	}
	return err.Error()
}

// parseMOR parses an amount argument or flag; what is the argument's name for the message.
func parseMOR(c *Call, what, s string) (*big.Int, error) {
	v, err := chain.ParseMOR(s)
	if err != nil {
		return nil, usage(c, "%s: %s", what, amountReason(err))
	}
	return v, nil
}

// parsePrice parses a bid price. A rate that is not a whole number of wei per second, with both
// nearest prices outside the contract's range, is refused for the range it misses (the nearest
// prices would not be accepted either).
func (h *Handler) parsePrice(ctx context.Context, c *Call, s string) (*big.Int, error) {
	v, err := chain.ParsePricePerSecond(s)
	var ae *chain.AmountError
	if err != nil && errors.As(err, &ae) && ae.Nearest[0] != nil {
		if m, merr := h.chain.Minimums(ctx); merr == nil && m.MaxPricePerSecond != nil && m.MinPricePerSecond != nil {
			rate := func(perSecond *big.Int) string {
				return fmt.Sprintf("%s MOR%s (%s MOR/s)", chain.FormatUnits(new(big.Int).Mul(perSecond, big.NewInt(ae.Per)), chain.Decimals), ae.Unit, chain.FormatUnits(perSecond, chain.Decimals))
			}
			switch {
			case ae.Nearest[0].Cmp(m.MaxPricePerSecond) > 0:
				return nil, invalid("price: %q is above the maximum of %s (read at block %d)", ae.Input, rate(m.MaxPricePerSecond), m.Block)
			case ae.Nearest[1].Cmp(m.MinPricePerSecond) < 0:
				return nil, invalid("price: %q is below the minimum of %s (read at block %d)", ae.Input, rate(m.MinPricePerSecond), m.Block)
			}
		}
	}
	if err != nil {
		return nil, usage(c, "price: %s", amountReason(err))
	}
	if v.Sign() == 0 {
		return nil, usage(c, "price: a bid price must be above zero")
	}
	return v, nil
}

var portRe = regexp.MustCompile(`^[1-9][0-9]{0,4}$`)

// ParseEndpoint checks a provider endpoint and returns it in canonical form: host:port without a
// scheme or path, a port of 1–65535 written without a sign or leading zeros, a host name in lower
// case without a trailing dot, an IP address in its shortest form (IPv6 in brackets). Addresses
// consumers can never reach are refused: unspecified (0.0.0.0, ::), link-local (169.254.0.0/16,
// fe80::/10) and multicast. ParseEndpoint(ParseEndpoint(x)) is ParseEndpoint(x).
func ParseEndpoint(s string) (string, error) {
	t := strings.TrimSpace(s)
	bad := func(why string) error {
		return fmt.Errorf("%q is not an endpoint: %s; give the public host:port of the proxy-router's TCP port without a scheme, e.g. node.example.com:3333", s, why)
	}
	switch {
	case t == "":
		return "", bad("it is empty")
	case strings.Contains(t, "://"):
		return "", bad("it has a scheme")
	case strings.ContainsAny(t, "/?#@ \t%"):
		return "", bad("it has a path, credentials, a zone or spaces")
	case len(t) > 253:
		return "", bad("it is too long")
	}
	host, port, err := net.SplitHostPort(t)
	if err != nil {
		return "", bad("it is not host:port")
	}
	p, err := strconv.Atoi(port)
	if !portRe.MatchString(port) || err != nil || p > 65535 {
		return "", bad(fmt.Sprintf("port %q is not a number from 1 to 65535 written without a sign or leading zeros", port))
	}
	if host == "" {
		return "", bad("the host is empty")
	}
	if ip := net.ParseIP(host); ip != nil {
		switch {
		case ip.IsUnspecified():
			return "", bad("the address is unspecified (it means any address, not a host consumers can reach)")
		case ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast():
			return "", bad("the address is link-local (169.254.0.0/16 or fe80::/10), unreachable from the internet")
		case ip.IsMulticast():
			return "", bad("the address is a multicast address")
		}
		return net.JoinHostPort(ip.String(), port), nil
	}
	if strings.Contains(t, "[") {
		return "", bad("brackets hold an IPv6 address only")
	}
	host = strings.ToLower(strings.TrimSuffix(host, "."))
	for _, label := range strings.Split(host, ".") {
		if label == "" || len(label) > 63 || strings.HasPrefix(label, "-") || strings.HasSuffix(label, "-") {
			return "", bad(fmt.Sprintf("%q is not a valid host name", host))
		}
		for _, r := range label {
			if !(r == '-' || r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r))) {
				return "", bad(fmt.Sprintf("%q is not a valid host name", host))
			}
		}
	}
	return net.JoinHostPort(host, port), nil
}

func parseEndpoint(c *Call, s string) (string, error) {
	ep, err := ParseEndpoint(s)
	if err != nil {
		return "", usage(c, "endpoint: %v", err)
	}
	return ep, nil
}

func parseHash(c *Call, what, s string) (common.Hash, error) {
	h, err := chain.ParseHash32(s)
	if err != nil {
		return common.Hash{}, usage(c, "%s: %v", what, err)
	}
	return h, nil
}

func parseAddress(c *Call, what, s string) (common.Address, error) {
	a, err := chain.ParseAddress(s)
	if err != nil {
		return common.Address{}, usage(c, "%s: %v", what, err)
	}
	return a, nil
}

func parseModelName(c *Call, s string) (string, error) {
	t := strings.TrimSpace(s)
	if t == "" || len(t) > 64 {
		return "", usage(c, "model name: give 1–64 characters")
	}
	if strings.HasPrefix(strings.ToLower(t), "0x") {
		return "", usage(c, "model name: %q looks like an ID; a name must not start with 0x", t)
	}
	for _, r := range t {
		if !unicode.IsPrint(r) {
			return "", usage(c, "model name: it contains a control character")
		}
	}
	return t, nil
}

// typeTags are the tags the proxy-router reads a model type from (case-insensitive).
var typeTags = []string{"llm", "textgeneration", "text2text", "text-to-text", "t2t", "embedding", "embeddings", "tts", "stt"}

func parseTags(c *Call, s string) ([]string, error) {
	var out []string
	for _, t := range strings.Split(s, ",") {
		t = strings.TrimSpace(t)
		if t == "" {
			continue
		}
		if len(t) > 32 {
			return nil, usage(c, "tags: %q is longer than 32 characters", t)
		}
		out = append(out, t)
	}
	if len(out) == 0 || len(out) > 10 {
		return nil, usage(c, "tags: give 1–10 comma-separated tags, e.g. LLM")
	}
	for _, t := range out {
		for _, tt := range typeTags {
			if strings.EqualFold(t, tt) {
				return out, nil
			}
		}
	}
	return nil, usage(c, "tags: include a model type tag (%s) or the proxy-router reports the type as UNKNOWN", strings.Join(typeTags, ", "))
}
