package chain

import (
	"fmt"
	"strings"

	"github.com/ethereum/go-ethereum/common"
)

// ParseAddress accepts 0x followed by 40 hex digits. All-lower or all-upper case is taken as is;
// mixed case must be a correct EIP-55 checksum, since a wrong one means a typo.
func ParseAddress(s string) (common.Address, error) {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, "0x") && !strings.HasPrefix(t, "0X") {
		return common.Address{}, fmt.Errorf("%q is not an address: it must start with 0x followed by 40 hex digits", s)
	}
	h := t[2:]
	if len(h) != 40 {
		return common.Address{}, fmt.Errorf("%q is not an address: it has %d hex digits after 0x, an address has 40", s, len(h))
	}
	for _, r := range h {
		if !isHex(r) {
			return common.Address{}, fmt.Errorf("%q is not an address: %q is not a hex digit", s, r)
		}
	}
	a := common.HexToAddress(h)
	if h != strings.ToLower(h) && h != strings.ToUpper(h) && a.Hex()[2:] != h {
		return common.Address{}, fmt.Errorf("%q has a bad EIP-55 checksum (mixed case must be exactly %s); check for a typo", s, a.Hex())
	}
	return a, nil
}

// ParseHash32 accepts 0x followed by 64 hex digits (a model ID, bid ID, base ID or CID).
func ParseHash32(s string) (common.Hash, error) {
	t := strings.TrimSpace(s)
	if !strings.HasPrefix(t, "0x") && !strings.HasPrefix(t, "0X") {
		return common.Hash{}, fmt.Errorf("%q is not a 32-byte ID: it must start with 0x followed by 64 hex digits", s)
	}
	h := t[2:]
	if len(h) != 64 {
		return common.Hash{}, fmt.Errorf("%q is not a 32-byte ID: it has %d hex digits after 0x, an ID has 64", s, len(h))
	}
	for _, r := range h {
		if !isHex(r) {
			return common.Hash{}, fmt.Errorf("%q is not a 32-byte ID: %q is not a hex digit", s, r)
		}
	}
	return common.HexToHash(h), nil
}

func isHex(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F'
}
