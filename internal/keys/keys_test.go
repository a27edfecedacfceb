package keys_test

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"errors"
	"fmt"
	"log/slog"
	"math/big"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/config"
	"github.com/morbotlabs/morbot/internal/keys"
)

const (
	testKey  = "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80"
	testAddr = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"
)

func open(t *testing.T, dir, pass string) (*keys.Store, error) {
	t.Helper()
	return keys.Open(keys.Options{Backends: []string{"file"}, FileDir: dir,
		Passphrase: func() (config.Secret, error) { return config.NewSecret(pass), nil }})
}

func TestImportSignAndSendOnSimulatedChain(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	st, err := open(t, dir, "correct horse")
	if err != nil {
		t.Fatal(err)
	}
	addr, err := st.Import("k", []byte(testKey+"\n"), false)
	if err != nil || addr.Hex() != testAddr {
		t.Fatalf("import: %s %v", addr.Hex(), err)
	}
	signer, err := st.Signer("k")
	if err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.HexToECDSA(strings.TrimPrefix(testKey, "0x"))
	sim, err := chaintest.NewSim(context.Background(), chaintest.Options{Keys: []*ecdsaKey{key}})
	if err != nil {
		t.Fatal(err)
	}
	defer sim.Close()
	c := sim.Client(chain.Options{PollInterval: 10 * time.Millisecond})

	// A signed transaction recovers to the key's address...
	tx, err := c.Build(context.Background(), signer.Address(), c.ApproveTx(big.NewInt(1)), 0, 0)
	if err != nil {
		t.Fatal(err)
	}
	signed, err := signer.SignTx(context.Background(), tx, c.ChainID())
	if err != nil {
		t.Fatal(err)
	}
	from, err := types.Sender(types.LatestSignerForChainID(c.ChainID()), signed)
	if err != nil || from.Hex() != testAddr {
		t.Fatalf("recovered %s %v", from.Hex(), err)
	}
	// ...and the chain accepts it.
	sent, err := c.Send(context.Background(), signer, c.ApproveTx(big.NewInt(5)))
	if err != nil {
		t.Fatalf("send: %v", err)
	}
	if sent.Receipt.Status != types.ReceiptStatusSuccessful {
		t.Fatal("approve failed")
	}
	if got, _ := c.Allowance(context.Background(), signer.Address()); got.Int64() != 5 {
		t.Fatalf("allowance %s", got)
	}
}

type ecdsaKey = ecdsa.PrivateKey

func TestWrongPassphraseRefusedAndNothingStored(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	st, err := open(t, dir, "right")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Generate("a"); err != nil {
		t.Fatal(err)
	}
	before := listDir(t, dir)
	_, err = open(t, dir, "wrong")
	if !errors.Is(err, keys.ErrWrongPassphrase) || !strings.Contains(err.Error(), `does not decrypt the existing key "a"`) {
		t.Fatalf("wrong passphrase: %v", err)
	}
	if strings.Contains(err.Error(), "wrong\"") || strings.Contains(err.Error(), "right") {
		t.Fatalf("passphrase leaked: %v", err)
	}
	if after := listDir(t, dir); after != before {
		t.Fatalf("keyring changed: %s -> %s", before, after)
	}
}

func TestErrorsAreSpecificAndNeverEchoTheKey(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	st, err := open(t, dir, "pw")
	if err != nil {
		t.Fatal(err)
	}
	_, err = st.Address("missing")
	if !errors.Is(err, keys.ErrNotFound) || !strings.Contains(err.Error(), "morbot keys import --name missing") {
		t.Fatalf("missing key: %v", err)
	}
	secretish := "0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff8" // 63 digits
	_, err = st.Import("k", []byte(secretish), false)
	if !errors.Is(err, keys.ErrInvalidKey) || !strings.Contains(err.Error(), "got 63 characters") || strings.Contains(err.Error(), "ac0974") {
		t.Fatalf("short key: %v", err)
	}
	_, err = st.Import("k", []byte(strings.Replace(testKey, "a", "z", 1)), false)
	if !errors.Is(err, keys.ErrInvalidKey) || strings.Contains(err.Error(), "c0974bec") {
		t.Fatalf("non-hex key: %v", err)
	}
	if _, err := st.Import("k", []byte(testKey), false); err != nil {
		t.Fatal(err)
	}
	_, err = st.Import("k", []byte(testKey), false)
	if !errors.Is(err, keys.ErrExists) || !strings.Contains(err.Error(), "--force") {
		t.Fatalf("overwrite: %v", err)
	}
	if _, err := st.Import("k", []byte(testKey), true); err != nil {
		t.Fatalf("forced overwrite: %v", err)
	}
	names, _ := st.Names()
	if len(names) != 1 || names[0] != "k" {
		t.Fatalf("names after failures: %v", names)
	}
	_, err = keys.Open(keys.Options{Backends: []string{"vault"}, FileDir: dir})
	if !errors.Is(err, keys.ErrUnknownBackend) || !strings.Contains(err.Error(), "available on this system: ") || !strings.Contains(err.Error(), "file") {
		t.Fatalf("unknown backend: %v", err)
	}
	if _, err := st.Generate("bad name!"); err == nil {
		t.Fatal("bad name accepted")
	}
}

func TestSignerRedactsItself(t *testing.T) {
	t.Parallel()
	st, err := open(t, t.TempDir(), "pw")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Import("k", []byte(testKey), false); err != nil {
		t.Fatal(err)
	}
	s, err := st.Signer("k")
	if err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	slog.New(slog.NewJSONHandler(&logs, nil)).Info("signer", "s", s)
	out := fmt.Sprintf("%v %+v %#v %s", s, s, s, s) + logs.String()
	if strings.Contains(out, "ac0974bec39a17e3") || !strings.Contains(out, testAddr) {
		t.Fatalf("signer printing: %s", out)
	}
}

func listDir(t *testing.T, dir string) string {
	t.Helper()
	es, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var b strings.Builder
	for _, e := range es {
		info, _ := e.Info()
		fmt.Fprintf(&b, "%s:%d:%s;", e.Name(), info.Size(), info.ModTime())
	}
	return b.String()
}

// A session message signed through the keyring is byte-for-byte what the in-memory key signs, and
// recovers to the key's address as the contract's EIP-191 check does.
func TestSignSessionMessageMatchesTheKey(t *testing.T) {
	t.Parallel()
	st, err := open(t, t.TempDir(), "correct horse")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := st.Import("k", []byte(testKey), false); err != nil {
		t.Fatal(err)
	}
	signer, err := st.Signer("k")
	if err != nil {
		t.Fatal(err)
	}
	data := []byte("abi-encoded approval")
	sig, err := signer.SignSessionMessage(context.Background(), data)
	if err != nil {
		t.Fatal(err)
	}
	key, _ := crypto.HexToECDSA(strings.TrimPrefix(testKey, "0x"))
	want, _ := chaintest.KeyMessageSigner(key)(data)
	if !bytes.Equal(sig, want) || sig[64] < 27 {
		t.Fatalf("signature %x, want %x", sig, want)
	}
	hash := crypto.Keccak256(append([]byte("\x19Ethereum Signed Message:\n32"), crypto.Keccak256(data)...))
	rs := append(append([]byte(nil), sig[:64]...), sig[64]-27)
	pub, err := crypto.SigToPub(hash, rs)
	if err != nil || crypto.PubkeyToAddress(*pub).Hex() != testAddr {
		t.Fatalf("recovered %v %v", pub, err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := signer.SignSessionMessage(ctx, data); !errors.Is(err, context.Canceled) {
		t.Fatalf("cancelled context: %v", err)
	}
}
