// Package keys keeps signing keys in an OS or file keyring (github.com/99designs/keyring) and signs
// transactions with them. Key bytes exist only while a key is created, imported or used to sign,
// and are zeroed afterwards where Go allows. Nothing here prints, logs or returns key material.
package keys

import (
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"regexp"
	"sort"
	"strings"

	"github.com/99designs/keyring"
	"github.com/ethereum/go-ethereum/accounts"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/morbotlabs/morbot/internal/config"
)

// itemPrefix namespaces morbot's signing keys inside the keyring service.
const itemPrefix = "signer/"

// Options select and unlock a keyring.
type Options struct {
	Backends   []string // tried in order; default ["file"]
	Service    string   // keyring service name; default "morbot"
	FileDir    string   // file backend directory
	PassDir    string   // pass backend store
	Passphrase func() (config.Secret, error)
}

// Store is an opened keyring.
type Store struct {
	kr    keyring.Keyring
	where string
}

// Sentinel errors; use errors.Is.
var (
	ErrNotFound        = errors.New("key not found")
	ErrExists          = errors.New("key already exists")
	ErrWrongPassphrase = errors.New("wrong keyring passphrase")
	ErrInvalidKey      = errors.New("invalid private key")
	ErrUnknownBackend  = errors.New("unknown keyring backend")
)

var nameRe = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$`)

// FromConfig turns the signer section of the configuration into keyring options.
func FromConfig(s config.Signer) Options {
	src := s.PassphraseSource()
	return Options{Backends: s.Backends, Service: s.Service, FileDir: s.FileDir, PassDir: s.PassDir, Passphrase: src.Load}
}

// Available lists the keyring backends this build supports on this OS.
func Available() []string {
	var out []string
	for _, b := range keyring.AvailableBackends() {
		out = append(out, string(b))
	}
	return out
}

// Open opens the first usable backend and, for the file backend, checks the passphrase against an
// existing key (the library does not, so a wrong passphrase could otherwise store a second key
// under another passphrase).
func Open(o Options) (*Store, error) {
	if len(o.Backends) == 0 {
		o.Backends = []string{"file"}
	}
	if o.Service == "" {
		o.Service = config.DefaultService
	}
	avail := Available()
	var allowed []keyring.BackendType
	for _, b := range o.Backends {
		if !contains(avail, b) {
			return nil, fmt.Errorf("%w %q; available on this system: %s", ErrUnknownBackend, b, strings.Join(avail, ", "))
		}
		allowed = append(allowed, keyring.BackendType(b))
	}
	var passErr error
	cfg := keyring.Config{
		ServiceName:     o.Service,
		AllowedBackends: allowed,
		FileDir:         o.FileDir,
		PassDir:         o.PassDir,
		KeyCtlScope:     "user",
		FilePasswordFunc: func(string) (string, error) {
			if o.Passphrase == nil {
				passErr = errors.New("no keyring passphrase source configured")
				return "", passErr
			}
			s, err := o.Passphrase()
			if err != nil {
				passErr = fmt.Errorf("keyring passphrase: %w", err)
				return "", passErr
			}
			if s.Empty() {
				passErr = errors.New("keyring passphrase is empty")
				return "", passErr
			}
			return s.Reveal(), nil
		},
	}
	if contains(o.Backends, "file") && o.FileDir == "" {
		return nil, errors.New("the file keyring needs a directory (signer.file_dir or --keyring-dir)")
	}
	kr, err := keyring.Open(cfg)
	if err != nil {
		return nil, fmt.Errorf("open keyring (%s): %w", strings.Join(o.Backends, ", "), err)
	}
	s := &Store{kr: kr, where: strings.Join(o.Backends, "/") + " keyring"}
	if o.Backends[0] == "file" {
		s.where = "file keyring " + o.FileDir
	}
	if err := s.verifyUnlock(&passErr); err != nil {
		return nil, err
	}
	return s, nil
}

// verifyUnlock decrypts one existing item so a wrong passphrase fails now, not at the first signature.
func (s *Store) verifyUnlock(passErr *error) error {
	names, err := s.kr.Keys()
	if err != nil {
		return fmt.Errorf("list keyring: %w", err)
	}
	for _, n := range names {
		if !strings.HasPrefix(n, itemPrefix) {
			continue
		}
		it, err := s.kr.Get(n)
		if err != nil {
			if *passErr != nil {
				return *passErr
			}
			if isDecryptError(err) {
				return fmt.Errorf("%w: it does not decrypt the existing key %q in the %s", ErrWrongPassphrase, strings.TrimPrefix(n, itemPrefix), s.where)
			}
			return fmt.Errorf("read keyring: %w", err)
		}
		zero(it.Data)
		return nil
	}
	return nil
}

func isDecryptError(err error) bool {
	m := strings.ToLower(err.Error())
	return strings.Contains(m, "integrity check failed") || strings.Contains(m, "keyunwrap") || strings.Contains(m, "decrypt")
}

// Where describes the keyring for messages (backend and location, never secrets).
func (s *Store) Where() string { return s.where }

// Names lists the stored key names, sorted.
func (s *Store) Names() ([]string, error) {
	all, err := s.kr.Keys()
	if err != nil {
		return nil, fmt.Errorf("list keyring: %w", err)
	}
	var out []string
	for _, n := range all {
		if strings.HasPrefix(n, itemPrefix) {
			out = append(out, strings.TrimPrefix(n, itemPrefix))
		}
	}
	sort.Strings(out)
	return out, nil
}

func checkName(name string) error {
	if !nameRe.MatchString(name) {
		return fmt.Errorf("key name %q is not valid: use 1–64 letters, digits, '.', '_' or '-', starting with a letter or digit", name)
	}
	return nil
}

// withKey loads a key, hands it to fn, and zeroes it afterwards.
func (s *Store) withKey(name string, fn func(*ecdsa.PrivateKey) error) error {
	if err := checkName(name); err != nil {
		return err
	}
	it, err := s.kr.Get(itemPrefix + name)
	if errors.Is(err, keyring.ErrKeyNotFound) {
		return fmt.Errorf("%w: no key named %q in the %s; import one with `morbot keys import --name %s` (key on standard input) or create one with `morbot keys new --name %s`", ErrNotFound, name, s.where, name, name)
	}
	if err != nil {
		if isDecryptError(err) {
			return fmt.Errorf("%w: it does not decrypt key %q", ErrWrongPassphrase, name)
		}
		return fmt.Errorf("read key %q: %w", name, err)
	}
	defer zero(it.Data)
	k, err := crypto.ToECDSA(it.Data)
	if err != nil {
		return fmt.Errorf("key %q in the keyring is corrupt: %w", name, ErrInvalidKey)
	}
	defer zeroKey(k)
	return fn(k)
}

// Address returns the address of a stored key.
func (s *Store) Address(name string) (common.Address, error) {
	var a common.Address
	err := s.withKey(name, func(k *ecdsa.PrivateKey) error {
		a = crypto.PubkeyToAddress(k.PublicKey)
		return nil
	})
	return a, err
}

// Has reports whether a key name exists.
func (s *Store) Has(name string) (bool, error) {
	names, err := s.Names()
	if err != nil {
		return false, err
	}
	return contains(names, name), nil
}

// Generate creates a key with crypto/rand and stores it; it returns only the address.
func (s *Store) Generate(name string) (common.Address, error) {
	if err := s.checkNew(name, false); err != nil {
		return common.Address{}, err
	}
	k, err := crypto.GenerateKey()
	if err != nil {
		return common.Address{}, fmt.Errorf("generate key: %w", err)
	}
	defer zeroKey(k)
	raw := crypto.FromECDSA(k)
	defer zero(raw)
	return s.store(name, raw, crypto.PubkeyToAddress(k.PublicKey))
}

// Import stores a hex private key (with or without 0x, surrounding whitespace ignored). The input
// slice is zeroed. Errors never contain the input.
func (s *Store) Import(name string, hexKey []byte, force bool) (common.Address, error) {
	defer zero(hexKey)
	if err := s.checkNew(name, force); err != nil {
		return common.Address{}, err
	}
	raw, err := decodeHexKey(hexKey)
	if err != nil {
		return common.Address{}, err
	}
	defer zero(raw)
	k, err := crypto.ToECDSA(raw)
	if err != nil {
		return common.Address{}, fmt.Errorf("%w: not a valid secp256k1 private key", ErrInvalidKey)
	}
	defer zeroKey(k)
	return s.store(name, raw, crypto.PubkeyToAddress(k.PublicKey))
}

func (s *Store) checkNew(name string, force bool) error {
	if err := checkName(name); err != nil {
		return err
	}
	exists, err := s.Has(name)
	if err != nil {
		return err
	}
	if exists && !force {
		return fmt.Errorf("%w: a key named %q is already in the %s; choose another name, or pass --force to replace it", ErrExists, name, s.where)
	}
	return nil
}

func (s *Store) store(name string, raw []byte, addr common.Address) (common.Address, error) {
	data := append([]byte(nil), raw...)
	defer zero(data)
	err := s.kr.Set(keyring.Item{Key: itemPrefix + name, Data: data, Label: "morbot signer " + name, Description: "Ethereum key " + addr.Hex()})
	if err != nil {
		return common.Address{}, fmt.Errorf("store key %q: %w", name, err)
	}
	return addr, nil
}

// Delete removes a key.
func (s *Store) Delete(name string) error {
	if err := checkName(name); err != nil {
		return err
	}
	if ok, err := s.Has(name); err != nil {
		return err
	} else if !ok {
		return fmt.Errorf("%w: no key named %q in the %s", ErrNotFound, name, s.where)
	}
	if err := s.kr.Remove(itemPrefix + name); err != nil {
		return fmt.Errorf("delete key %q: %w", name, err)
	}
	return nil
}

// decodeHexKey parses 64 hex digits (optionally 0x-prefixed). Messages describe the shape, never the content.
func decodeHexKey(in []byte) ([]byte, error) {
	t := trimSpace(in)
	if len(t) >= 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') {
		t = t[2:]
	}
	if len(t) != 64 {
		return nil, fmt.Errorf("%w: expected 64 hex digits (optionally prefixed with 0x), got %d characters", ErrInvalidKey, len(t))
	}
	out := make([]byte, 32)
	for i := 0; i < 32; i++ {
		hi, ok1 := hexVal(t[2*i])
		lo, ok2 := hexVal(t[2*i+1])
		if !ok1 || !ok2 {
			zero(out)
			return nil, fmt.Errorf("%w: it contains a character that is not a hex digit", ErrInvalidKey)
		}
		out[i] = hi<<4 | lo
	}
	return out, nil
}

func trimSpace(b []byte) []byte {
	for len(b) > 0 && (b[0] == ' ' || b[0] == '\t' || b[0] == '\n' || b[0] == '\r') {
		b = b[1:]
	}
	for len(b) > 0 && (b[len(b)-1] == ' ' || b[len(b)-1] == '\t' || b[len(b)-1] == '\n' || b[len(b)-1] == '\r') {
		b = b[:len(b)-1]
	}
	return b
}

func hexVal(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

func zero(b []byte) {
	for i := range b {
		b[i] = 0
	}
}

// zeroKey wipes the private scalar's words in place.
func zeroKey(k *ecdsa.PrivateKey) {
	if k == nil || k.D == nil {
		return
	}
	w := k.D.Bits()
	for i := range w {
		w[i] = 0
	}
	k.D.SetInt64(0)
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Signer signs with one named key, reading it from the keyring for each signature. It holds no key
// material itself.
type Signer struct {
	store *Store
	name  string
	addr  common.Address
}

// Signer returns a signer for a stored key (the key must exist).
func (s *Store) Signer(name string) (*Signer, error) {
	addr, err := s.Address(name)
	if err != nil {
		return nil, err
	}
	return &Signer{store: s, name: name, addr: addr}, nil
}

// Address is the signer's address.
func (g *Signer) Address() common.Address { return g.addr }

// Name is the key's name in the keyring.
func (g *Signer) Name() string { return g.name }

// SignTx signs an EIP-1559 or legacy transaction with go-ethereum's latest signer for the chain ID.
func (g *Signer) SignTx(ctx context.Context, tx *types.Transaction, chainID *big.Int) (*types.Transaction, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var signed *types.Transaction
	err := g.store.withKey(g.name, func(k *ecdsa.PrivateKey) error {
		if crypto.PubkeyToAddress(k.PublicKey) != g.addr {
			return fmt.Errorf("key %q changed in the keyring since the signer was opened", g.name)
		}
		var err error
		signed, err = types.SignTx(tx, types.LatestSignerForChainID(chainID), k)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sign with %q: %w", g.name, err)
	}
	return signed, nil
}

// SignSessionMessage signs data as a provider's node signs session approvals and receipts (reference
// §11): an EIP-191 personal message over keccak256(data), 65 bytes with v in {27, 28}. morbot dev's
// simulated consumer uses it; morbot itself never signs approvals for real consumers.
func (g *Signer) SignSessionMessage(ctx context.Context, data []byte) ([]byte, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var sig []byte
	err := g.store.withKey(g.name, func(k *ecdsa.PrivateKey) error {
		if crypto.PubkeyToAddress(k.PublicKey) != g.addr {
			return fmt.Errorf("key %q changed in the keyring since the signer was opened", g.name)
		}
		var err error
		sig, err = crypto.Sign(accounts.TextHash(crypto.Keccak256(data)), k)
		return err
	})
	if err != nil {
		return nil, fmt.Errorf("sign with %q: %w", g.name, err)
	}
	sig[64] += 27
	return sig, nil
}

// String describes the signer without key material.
func (g *Signer) String() string { return fmt.Sprintf("signer %q (%s)", g.name, g.addr.Hex()) }

// GoString is the same as String.
func (g *Signer) GoString() string { return g.String() }

// LogValue logs name and address only.
func (g *Signer) LogValue() slog.Value {
	return slog.GroupValue(slog.String("key", g.name), slog.String("address", g.addr.Hex()))
}
