package commands_test

import (
	"context"
	"encoding/json"
	"math/big"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/common/hexutil"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/approval/approvaltest"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/store/testdb"
	"github.com/morbotlabs/morbot/internal/txexport"
	"github.com/morbotlabs/morbot/internal/wiring"
)

// opEnv runs morbot in operator mode: the provider is a cold wallet (account 0) whose key morbot
// does not hold; morbot signs with a hot key (account 1).
type opEnv struct {
	*env
	cold, hot chaintest.Account
}

func newOperatorEnv(t *testing.T) *opEnv {
	t.Helper()
	ctx := context.Background()
	sim, err := chaintest.NewSim(ctx, chaintest.Options{Accounts: 3})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = sim.Close() })
	db, err := testdb.Open(t, filepath.Join(t.TempDir(), "m.db"))
	if err != nil {
		t.Fatal(err)
	}
	cl := sim.Client(chain.Options{PollInterval: 5 * time.Millisecond})
	cold, hot := sim.Accounts[0], sim.Accounts[1]
	members := approval.Members{Users: map[string]bool{"alice": true, "bob": true, "carol": true}}
	engCore := wiring.New(wiring.Options{Store: db, Chain: cl, Signer: chaintest.KeySigner{Key: hot.Key}, Policy: approval.Policy{Quorum: 2, Approvers: map[string]approval.Members{"console": members}, AnyRejectEnds: true, Expiry: time.Hour}, Provider: cold.Address})
	eng := approvaltest.CoreOf(engCore)
	t.Cleanup(func() { eng.Close(); _ = db.Close() })
	h := commands.New(commands.Options{Domain: engCore})
	return &opEnv{env: &env{t: t, sim: sim, eng: eng, h: h, cl: cl}, cold: cold, hot: hot}
}

// grant has the cold wallet grant (or revoke) a right to the hot key in the registry.
func (o *opEnv) grant(right string, enable bool) {
	o.t.Helper()
	if err := o.sim.Delegate(context.Background(), o.cold.Key, o.hot.Address, chain.RightHash(right), enable); err != nil {
		o.t.Fatal(err)
	}
}

func (o *opEnv) eth(a common.Address) *big.Int {
	o.t.Helper()
	b, err := o.cl.ETHBalance(context.Background(), a)
	if err != nil {
		o.t.Fatal(err)
	}
	return b
}

func TestOperatorModeOnboardsWithTheHotKey(t *testing.T) {
	t.Parallel()
	o := newOperatorEnv(t)
	ctx := context.Background()
	n := o.cl.Network()
	grantData := func(right string) string {
		return strings.ToLower(hexutil.Encode(o.cl.DelegateTx(o.sim.C.Registry, o.hot.Address, right, true).Data))
	}

	// Nothing granted: onboarding is refused before anything is proposed, naming each right and the
	// exact grant to send.
	r := o.run("alice", "/mor onboard 127.0.0.1:3333 m1 0.00001")
	got := flatten(r.Message)
	if r.ProposalID != 0 {
		t.Fatalf("proposed without rights: %s", got)
	}
	for _, want := range []string{
		"the operator key " + o.hot.Address.Hex() + " does not hold the provider right (delegation.rules.provider), which providerRegister needs: the provider wallet must send to " + o.sim.C.Registry.Hex() + ", value 0, data " + grantData("provider"),
		"the model right (delegation.rules.model), which modelRegister needs",
		"the marketplace right (delegation.rules.marketplace), which postModelBid needs",
	} {
		if !strings.Contains(strings.ToLower(got), strings.ToLower(want)) {
			t.Errorf("refusal lacks %q:\n%s", want, got)
		}
	}
	if strings.Contains(got, "session right") {
		t.Errorf("onboarding does not need the session right: %s", got)
	}

	// /mor delegation lists the four missing grants and the approve, in three forms.
	d := o.run("alice", "/mor delegation --approve 1")
	dt := flatten(d.Message)
	for _, want := range []string{
		"provider (delegation.rules.provider): missing — provider create, update and deregister",
		"session (delegation.rules.session): missing — claim",
		"provider wallet's allowance to the Diamond: 0 MOR",
		"1. grant the operator " + o.hot.Address.Hex() + " the provider right",
		"5. let the Diamond " + n.Diamond.Hex() + " pull up to 1 MOR",
		"EIP-681: ethereum:" + o.sim.C.Registry.Hex() + "@1337/delegateContract?address=" + o.hot.Address.Hex() + "&address=" + n.Diamond.Hex() + "&bytes32=" + chain.RightHash("provider").Hex() + "&bool=true",
		"EIP-681: ethereum:" + n.MOR.Hex() + "@1337/approve?address=" + n.Diamond.Hex() + "&uint256=1000000000000000000",
	} {
		if !strings.Contains(dt, want) {
			t.Errorf("/mor delegation lacks %q:\n%s", want, dt)
		}
	}
	// The Safe batch decodes back to exactly those calls.
	safe := o.run("alice", "/mor delegation --approve 1 --safe").Message.Text
	js := safe[strings.Index(safe, "{"):]
	var batch txexport.Batch
	if err := json.Unmarshal([]byte(js), &batch); err != nil {
		t.Fatalf("safe batch: %v\n%s", err, safe)
	}
	if batch.ChainID != "1337" || batch.Meta.CreatedFromSafeAddress != o.cold.Address.Hex() || len(batch.Transactions) != 5 {
		t.Fatalf("batch header: %+v", batch)
	}
	if sum, err := txexport.Checksum(&batch); err != nil || sum != batch.Meta.Checksum {
		t.Fatalf("checksum %s, file says %s (%v)", sum, batch.Meta.Checksum, err)
	}
	for i, right := range chain.RightNames {
		tx := batch.Transactions[i]
		args := decodeCall(t, chain.DelegateRegistryABI(), "delegateContract", tx.Data)
		if tx.To != o.sim.C.Registry.Hex() || tx.Value != "0" || args[0] != o.hot.Address || args[1] != n.Diamond || common.Hash(args[2].([32]byte)) != chain.RightHash(right) || args[3] != true {
			t.Fatalf("batch call %d: %+v %v", i+1, tx, args)
		}
	}
	if args := decodeCall(t, chain.ERC20ABI(), "approve", batch.Transactions[4].Data); batch.Transactions[4].To != n.MOR.Hex() || args[0] != n.Diamond || args[1].(*big.Int).Cmp(mor("1")) != 0 {
		t.Fatalf("batch approve: %+v %v", batch.Transactions[4], args)
	}

	// The cold wallet grants the three rights onboarding needs and approves; the hot key onboards.
	for _, right := range []string{"provider", "model", "marketplace"} {
		o.grant(right, true)
	}
	if _, err := o.cl.Send(ctx, chaintest.KeySigner{Key: o.cold.Key}, o.cl.ApproveTx(mor("1"))); err != nil {
		t.Fatal(err)
	}
	coldMOR, hotMOR, coldETH, hotETH := o.morOf(o.cold.Address), o.morOf(o.hot.Address), o.eth(o.cold.Address), o.eth(o.hot.Address)
	r = o.run("alice", "/mor onboard 127.0.0.1:3333 m1 0.00001")
	if r.ProposalID == 0 {
		t.Fatalf("onboard with the rights granted: %s", flatten(r.Message))
	}
	p := o.approveAndWait(r.ProposalID)
	if p.Status != approval.Confirmed || len(p.Steps) != 3 || p.Signer != o.hot.Address {
		t.Fatalf("onboard: %s %s, %d steps, signer %s", p.Status, p.Reason, len(p.Steps), p.Signer.Hex())
	}
	// MOR left only the cold wallet (0.1 stake + 0.1 model stake + 0.1 bid fee); ETH only the hot key.
	if d := new(big.Int).Sub(coldMOR, o.morOf(o.cold.Address)); d.Cmp(mor("0.3")) != 0 {
		t.Fatalf("the cold wallet paid %s wei MOR, want 0.3 MOR", d)
	}
	if o.morOf(o.hot.Address).Cmp(hotMOR) != 0 || o.eth(o.cold.Address).Cmp(coldETH) != 0 {
		t.Fatal("the hot key's MOR or the cold wallet's ETH moved")
	}
	if o.eth(o.hot.Address).Cmp(hotETH) >= 0 {
		t.Fatal("the hot key paid no gas")
	}
	prov, _ := o.cl.Provider(ctx, o.cold.Address)
	if !prov.Active() {
		t.Fatal("the cold wallet is not a registered provider")
	}
	st := flatten(o.run("alice", "/mor status").Message)
	for _, want := range []string{"ETH of the operator key " + o.hot.Address.Hex() + " (pays the gas)", "ETH of the provider wallet (signs nothing here): " + chain.FormatETH(coldETH), "operator rights: ✓ provider · ✓ model · ✓ marketplace · ✗ session"} {
		if !strings.Contains(st, want) {
			t.Errorf("status lacks %q:\n%s", want, st)
		}
	}

	// One right revoked: the command that needs it is refused before proposing, and names it.
	o.grant("marketplace", false)
	r = o.run("alice", "/mor bid create m1 0.00002")
	if got := flatten(r.Message); r.ProposalID != 0 || !strings.Contains(got, "does not hold the marketplace right (delegation.rules.marketplace), which postModelBid needs") {
		t.Fatalf("bid with the marketplace right revoked: P-%d %s", r.ProposalID, got)
	}
	// Revoked between proposal and quorum: the re-simulation before sending catches it, decoded, and
	// nothing is sent.
	o.grant("marketplace", true)
	r = o.run("alice", "/mor bid create m1 0.00002")
	if r.ProposalID == 0 {
		t.Fatalf("bid: %s", flatten(r.Message))
	}
	o.grant("marketplace", false)
	nonce, _ := o.cl.Nonce(ctx, o.hot.Address)
	p = o.approveAndWait(r.ProposalID)
	if p.Status != approval.Failed || !strings.Contains(p.Reason, "InsufficientRightsForOperation") && !strings.Contains(p.Reason, "may not act for "+o.cold.Address.Hex()) {
		t.Fatalf("bid after the right was revoked: %s %q", p.Status, p.Reason)
	}
	if after, _ := o.cl.Nonce(ctx, o.hot.Address); after != nonce {
		t.Fatalf("the hot key sent %d transaction(s) after the right was revoked", after-nonce)
	}
	// approve cannot be delegated: it is refused with the call the provider wallet must send.
	if got := flatten(o.run("alice", "/mor approve 2").Message); !strings.Contains(got, "The provider wallet must send to "+n.MOR.Hex()+", value 0, data 0x095ea7b3") {
		t.Fatalf("approve in operator mode: %s", got)
	}
}

func decodeCall(t *testing.T, a abi.ABI, name, data string) []any {
	t.Helper()
	b, err := hexutil.Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	m, err := a.MethodById(b[:4])
	if err != nil || m.Name != name {
		t.Fatalf("call %s: %v %v", data[:10], m, err)
	}
	args, err := m.Inputs.Unpack(b[4:])
	if err != nil {
		t.Fatal(err)
	}
	return args
}
