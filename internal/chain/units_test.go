package chain

import (
	"math/big"
	"strings"
	"testing"
)

func TestParseMOR(t *testing.T) {
	t.Parallel()
	ok := []struct{ in, wei string }{
		{"0.2", "200000000000000000"},
		{"0.2 MOR", "200000000000000000"},
		{"0.2mor", "200000000000000000"},
		{"200000000000000000wei", "200000000000000000"},
		{"200000000000000000 wei", "200000000000000000"},
		{"1", "1000000000000000000"},
		{"0.000000000000000001", "1"},
		{"  12.5  ", "12500000000000000000"},
		{"0", "0"},
	}
	for _, c := range ok {
		got, err := ParseMOR(c.in)
		if err != nil {
			t.Errorf("ParseMOR(%q): %v", c.in, err)
			continue
		}
		if got.String() != c.wei {
			t.Errorf("ParseMOR(%q) = %s, want %s", c.in, got, c.wei)
		}
	}
	bad := []struct{ in, reason string }{
		{"", "empty"},
		{"-1", "negative"},
		{"1e18", "exponents"},
		{"0.1234567890123456789", "19 decimals"},
		{"abc", "unexpected character"},
		{".5", "digit must come before"},
		{"1.", "no digits after"},
		{"1,000", "separators"},
		{"1.5wei", "unexpected character"},
		{"wei", "no number before wei"},
		{"115792089237316195423570985008687907853269984665640564039457584007913129639936wei", "uint256"},
		{"0x10", "unexpected character"},
		{"NaN", "unexpected character"},
	}
	for _, c := range bad {
		_, err := ParseMOR(c.in)
		if err == nil {
			t.Errorf("ParseMOR(%q) accepted", c.in)
			continue
		}
		if !strings.Contains(err.Error(), c.reason) || !strings.Contains(err.Error(), "accepted:") {
			t.Errorf("ParseMOR(%q) error %q lacks %q or the accepted forms", c.in, err, c.reason)
		}
	}
}

func TestParsePricePerSecond(t *testing.T) {
	t.Parallel()
	cases := []struct{ in, wei string }{
		{"0.00001", "10000000000000"},
		{"0.00001 MOR/s", "10000000000000"},
		{"10000000000000wei", "10000000000000"},
		{"10000000000000wei/s", "10000000000000"},
		{"0.036/h", "10000000000000"},
		{"0.036 MOR/h", "10000000000000"},
	}
	for _, c := range cases {
		got, err := ParsePricePerSecond(c.in)
		if err != nil || got.String() != c.wei {
			t.Errorf("ParsePricePerSecond(%q) = %v, %v; want %s", c.in, got, err, c.wei)
		}
	}
	_, err := ParsePricePerSecond("0.05/h")
	if err == nil || !strings.Contains(err.Error(), "whole number of wei per second") || !strings.Contains(err.Error(), "0.0499999999999968/h and 0.0500000000000004/h") {
		t.Fatalf("inexact hourly price: %v", err)
	}
	if _, err := ParsePricePerSecond("-1/h"); err == nil {
		t.Fatal("negative hourly price accepted")
	}
}

func TestFormat(t *testing.T) {
	t.Parallel()
	cases := []struct {
		wei  string
		want string
	}{
		{"0", "0 MOR"}, {"1", "0.000000000000000001 MOR"}, {"200000000000000000", "0.2 MOR"},
		{"1000000000000000000", "1 MOR"}, {"123456789000000000000", "123.456789 MOR"},
	}
	for _, c := range cases {
		v, _ := new(big.Int).SetString(c.wei, 10)
		if got := FormatMOR(v); got != c.want {
			t.Errorf("FormatMOR(%s) = %q, want %q", c.wei, got, c.want)
		}
	}
	if got := FormatPrice(big.NewInt(1e13)); got != "0.00001 MOR/s (0.036 MOR/h, 10000000000000 wei/s)" {
		t.Errorf("FormatPrice = %q", got)
	}
}

func FuzzParseMOR(f *testing.F) {
	for _, s := range []string{"0.2", "0.2 MOR", "1wei", "-1", "1e5", "0.1234567890123456789", "", " 7 ", "99999999999999999999999999999"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseMOR(s)
		if err != nil {
			return
		}
		if v.Sign() < 0 || v.Cmp(maxUint256) > 0 {
			t.Fatalf("ParseMOR(%q) = %s out of range", s, v)
		}
		// Round trip: what we print parses back to the same wei.
		back, err := ParseMOR(FormatMOR(v))
		if err != nil || back.Cmp(v) != 0 {
			t.Fatalf("round trip of %q: %v %v", s, back, err)
		}
	})
}

func FuzzParsePricePerSecond(f *testing.F) {
	for _, s := range []string{"0.00001", "0.036/h", "1wei/s", "0.05/h", "/h", "1e3/s"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParsePricePerSecond(s)
		if err != nil {
			return
		}
		if v.Sign() < 0 || v.Cmp(maxUint256) > 0 {
			t.Fatalf("ParsePricePerSecond(%q) = %s out of range", s, v)
		}
		// An accepted price, printed per second, parses back to the same wei per second.
		back, err := ParsePricePerSecond(FormatUnits(v, Decimals))
		if err != nil || back.Cmp(v) != 0 {
			t.Fatalf("round trip of %q (%s wei/s): %v %v", s, v, back, err)
		}
		back, err = ParsePricePerSecond(v.String() + "wei")
		if err != nil || back.Cmp(v) != 0 {
			t.Fatalf("wei round trip of %q: %v %v", s, back, err)
		}
	})
}

// An allowance set to the maximum reads "unlimited", not a 60-digit MOR figure.
func TestFormatAllowance(t *testing.T) {
	if got := FormatAllowance(maxUint256); got != "unlimited" {
		t.Fatalf("max allowance: %q", got)
	}
	if got := FormatAllowance(new(big.Int).Sub(maxUint256, big.NewInt(1))); got == "unlimited" {
		t.Fatal("one wei under the maximum is not unlimited")
	}
	if got := FormatAllowance(big.NewInt(5e17)); got != "0.5 MOR" {
		t.Fatalf("0.5 MOR: %q", got)
	}
}
