package chain

import (
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"
)

// Decimals is the number of decimals of MOR and ETH.
const Decimals = 18

// maxUint256 is the largest value an EVM word can hold.
var maxUint256 = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 256), big.NewInt(1))

var secondsPerHour = big.NewInt(3600)

// AmountError says why a typed amount was refused and which forms are accepted.
type AmountError struct {
	Input  string
	Reason string
	Forms  string
	// For a rate that is not a whole number of wei per second: the two nearest prices per second
	// (below and above), the rate's seconds (3600 for /h) and its unit as typed ("/h", "/day").
	Nearest [2]*big.Int
	Per     int64
	Unit    string
}

func (e *AmountError) Error() string {
	return fmt.Sprintf("%q is not a valid amount: %s; accepted: %s", e.Input, e.Reason, e.Forms)
}

const (
	morForms   = `a decimal MOR amount such as 0.2 or "0.2 MOR" (at most 18 decimals), or whole wei such as 200000000000000000wei`
	ethForms   = `a decimal ETH amount such as 0.01 or "0.01 ETH" (at most 18 decimals), or whole wei such as 10000000000000000wei`
	priceForms = `MOR per second such as 0.00001 or "0.00001 MOR/s" (or /sec), wei per second such as 10000000000000wei, MOR per hour such as 0.036/h (or /hr, /hour), or MOR per day such as 0.864/day (or /d)`
)

// ParseMOR parses an exact MOR amount into wei. Accepted: "0.2", "0.2 MOR", "200000000000000000wei".
func ParseMOR(s string) (*big.Int, error) { return parseToken(s, "MOR", morForms) }

// ParseETH parses an exact ETH amount into wei. Accepted: "0.01", "0.01 ETH", "10000000000000000wei".
func ParseETH(s string) (*big.Int, error) { return parseToken(s, "ETH", ethForms) }

func parseToken(s, symbol, forms string) (*big.Int, error) {
	in := s
	t := strings.TrimSpace(s)
	if t == "" {
		return nil, &AmountError{Input: in, Reason: "it is empty", Forms: forms}
	}
	if w, ok := cutSuffixFold(t, "wei"); ok {
		return parseWei(in, strings.TrimSpace(w), forms)
	}
	if v, ok := cutSuffixFold(t, symbol); ok {
		t = strings.TrimSpace(v)
	}
	return parseDecimal(in, t, Decimals, forms)
}

// ParsePricePerSecond parses a bid price into wei of MOR per second. It accepts MOR per second
// ("0.00001", "0.00001 MOR/s", "0.00001/s"), wei per second ("10000000000000wei", "…wei/s") and MOR
// per hour ("0.036/h", "0.036 MOR/h"). A per-hour price is converted exactly when it divides into whole
// wei per second; otherwise it is refused, with the nearest exact hourly prices named.
func ParsePricePerSecond(s string) (*big.Int, error) {
	in := s
	t := strings.TrimSpace(s)
	if t == "" {
		return nil, &AmountError{Input: in, Reason: "it is empty", Forms: priceForms}
	}
	per := big.NewInt(1) // seconds the typed amount is for
	for _, u := range rateUnits {
		if v, ok := cutSuffixFold(t, u.suffix); ok {
			per, t = big.NewInt(u.seconds), strings.TrimSpace(v)
			break
		}
	}
	perHour := per.Int64() != 1
	var (
		v   *big.Int
		err error
	)
	if w, ok := cutSuffixFold(t, "wei"); ok {
		v, err = parseWei(in, strings.TrimSpace(w), priceForms)
	} else {
		if m, ok := cutSuffixFold(t, "MOR"); ok {
			t = strings.TrimSpace(m)
		}
		v, err = parseDecimal(in, t, Decimals, priceForms)
	}
	if err != nil {
		return nil, err
	}
	if !perHour {
		return v, nil
	}
	q, r := new(big.Int).QuoRem(v, per, new(big.Int))
	if r.Sign() != 0 {
		unit, word := "/h", "an hourly"
		if per.Int64() == 86400 {
			unit, word = "/day", "a daily"
		}
		lo := new(big.Int).Mul(q, per)
		hi := new(big.Int).Add(lo, per)
		return nil, &AmountError{Input: in,
			Reason:  fmt.Sprintf("%s price must be a whole number of wei per second; the nearest are %s%s and %s%s", word, FormatUnits(lo, Decimals), unit, FormatUnits(hi, Decimals), unit),
			Forms:   priceForms,
			Nearest: [2]*big.Int{q, new(big.Int).Add(q, big.NewInt(1))}, Per: per.Int64(), Unit: unit}
	}
	return q, nil
}

// rateUnits are the rates a price may be typed in, longest suffix first.
var rateUnits = []struct {
	suffix  string
	seconds int64
}{{"/second", 1}, {"/hour", 3600}, {"/sec", 1}, {"/day", 86400}, {"/hr", 3600}, {"/s", 1}, {"/h", 3600}, {"/d", 86400}}

// PerHour converts a price per second into a price per hour.
func PerHour(perSecond *big.Int) *big.Int { return new(big.Int).Mul(perSecond, secondsPerHour) }

// PerDay converts a price per second into a price per day.
func PerDay(perSecond *big.Int) *big.Int { return new(big.Int).Mul(perSecond, big.NewInt(86400)) }

// ParseUnits parses a plain non-negative decimal with at most decimals fractional digits into an integer
// scaled by 10^decimals (e.g. gwei with decimals 9). No unit suffix is accepted.
func ParseUnits(s string, decimals int) (*big.Int, error) {
	forms := fmt.Sprintf("a plain decimal number with at most %d decimals, such as 1.5", decimals)
	return parseDecimal(s, strings.TrimSpace(s), decimals, forms)
}

func parseWei(in, digits, forms string) (*big.Int, error) {
	if digits == "" {
		return nil, &AmountError{Input: in, Reason: "no number before wei", Forms: forms}
	}
	if err := checkDigits(digits); err != nil {
		return nil, &AmountError{Input: in, Reason: err.Error(), Forms: forms}
	}
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, &AmountError{Input: in, Reason: "not a whole number of wei", Forms: forms}
	}
	if v.Cmp(maxUint256) > 0 {
		return nil, &AmountError{Input: in, Reason: "it is larger than a uint256 can hold", Forms: forms}
	}
	return v, nil
}

func parseDecimal(in, t string, decimals int, forms string) (*big.Int, error) {
	if t == "" {
		return nil, &AmountError{Input: in, Reason: "no number given", Forms: forms}
	}
	whole, frac, hasPoint := strings.Cut(t, ".")
	if whole == "" {
		return nil, &AmountError{Input: in, Reason: "a digit must come before the decimal point (write 0.5, not .5)", Forms: forms}
	}
	if err := checkDigits(whole); err != nil {
		return nil, &AmountError{Input: in, Reason: err.Error(), Forms: forms}
	}
	if hasPoint {
		if frac == "" {
			return nil, &AmountError{Input: in, Reason: "no digits after the decimal point", Forms: forms}
		}
		if err := checkDigits(frac); err != nil {
			return nil, &AmountError{Input: in, Reason: err.Error(), Forms: forms}
		}
		if len(frac) > decimals {
			return nil, &AmountError{Input: in, Reason: fmt.Sprintf("it has %d decimals; at most %d are allowed", len(frac), decimals), Forms: forms}
		}
	}
	digits := whole + frac + strings.Repeat("0", decimals-len(frac))
	v, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, &AmountError{Input: in, Reason: "not a number", Forms: forms}
	}
	if v.Cmp(maxUint256) > 0 {
		return nil, &AmountError{Input: in, Reason: "it is larger than a uint256 can hold", Forms: forms}
	}
	return v, nil
}

func checkDigits(s string) error {
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
		case r == '-':
			return errors.New("negative amounts are not allowed")
		case r == 'e' || r == 'E':
			return errors.New("exponents are not allowed")
		case r == ',' || r == '_' || r == ' ':
			return errors.New("digit separators are not allowed")
		default:
			return fmt.Errorf("unexpected character %q", r)
		}
	}
	return nil
}

func cutSuffixFold(s, suffix string) (string, bool) {
	if len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}

// FormatUnits prints v / 10^decimals exactly, without trailing zeros ("0.2", "12", "0.000000000000000001").
func FormatUnits(v *big.Int, decimals int) string {
	if v == nil {
		return "0"
	}
	neg := v.Sign() < 0
	a := new(big.Int).Abs(v).String()
	if len(a) <= decimals {
		a = strings.Repeat("0", decimals-len(a)+1) + a
	}
	whole, frac := a[:len(a)-decimals], strings.TrimRight(a[len(a)-decimals:], "0")
	out := whole
	if frac != "" {
		out += "." + frac
	}
	if neg {
		out = "-" + out
	}
	return out
}

// FormatMOR prints a wei amount as MOR, e.g. "0.2 MOR".
func FormatMOR(wei *big.Int) string { return FormatUnits(wei, Decimals) + " MOR" }

// FormatETH prints a wei amount as ETH, e.g. "0.01 ETH".
func FormatETH(wei *big.Int) string { return FormatUnits(wei, Decimals) + " ETH" }

// FormatPrice prints a price per second with its hourly equivalent,
// e.g. "0.00001 MOR/s (0.036 MOR/h, 10000000000000 wei/s)".
func FormatPrice(perSecond *big.Int) string {
	return fmt.Sprintf("%s MOR/s (%s MOR/h, %s wei/s)", FormatUnits(perSecond, Decimals), FormatUnits(PerHour(perSecond), Decimals), perSecond.String())
}

// FormatRates is a price per second, hour and day: "0.00001 MOR/s = 0.036 MOR/h = 0.864 MOR/day".
func FormatRates(perSecond *big.Int) string {
	return fmt.Sprintf("%s MOR/s = %s MOR/h = %s MOR/day", FormatUnits(perSecond, Decimals), FormatUnits(PerHour(perSecond), Decimals), FormatUnits(PerDay(perSecond), Decimals))
}

// When formats a chain timestamp for people (UTC, to the minute).
func When(t uint64) string { return time.Unix(int64(t), 0).UTC().Format("2006-01-02 15:04 UTC") }

// FormatAllowance is an ERC-20 allowance for people: "unlimited" for the maximum a wallet sets for
// no limit, MOR otherwise.
func FormatAllowance(v *big.Int) string {
	if v != nil && v.Cmp(maxUint256) == 0 {
		return "unlimited"
	}
	return FormatMOR(v)
}
