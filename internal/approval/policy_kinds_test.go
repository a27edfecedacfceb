package approval

import (
	"math/big"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/config"
)

// The configuration accepts in approval.auto_approve exactly the kinds the engine may auto-approve.
func TestConfigAutoApprovableMatchesKinds(t *testing.T) {
	var kinds []string
	for _, k := range AutoApprovable {
		kinds = append(kinds, string(k))
	}
	if !slices.Equal(kinds, config.AutoApprovable) {
		t.Fatalf("config accepts %v, the engine auto-approves %v", config.AutoApprovable, kinds)
	}
	for _, k := range AutoApprovable {
		if !slices.Contains(Kinds, k) {
			t.Fatalf("%q is not a proposal kind", k)
		}
	}
}

// Each kind's parameters keep their stored form: a store written before they were typed reads back
// the same for its kind, and every typed field survives a round trip.
func TestParamsStoredForm(t *testing.T) {
	h := func(b byte) common.Hash { return common.BytesToHash([]byte{b}) }
	model, s1, s2 := h(0xaa), h(0xb1), h(0xb2)
	cases := []struct {
		kind   Kind
		stored string
		want   Params
	}{
		{KindClaim, `{"claim_total":"5","execution":"pipelined","mor_needed":"300000000000000000","sessions":"` + s1.Hex() + `,` + s2.Hex() + `"}`,
			ClaimParams{Sessions: []common.Hash{s1, s2}, Total: big.NewInt(5)}},
		{KindModelCreate, `{"execution":"sequential","model_id":"` + strings.ToLower(model.Hex()) + `","model_name":"m1"}`, ModelCreateParams{Model: model, ModelName: "m1"}},
		{KindBidDelete, `{"bid_model_id":"` + strings.ToLower(model.Hex()) + `"}`, BidDeleteParams{Model: model}},
		{KindOnboard, `{"bid_model_id":"` + strings.ToLower(model.Hex()) + `","model_id":"` + strings.ToLower(model.Hex()) + `","model_name":"m1"}`,
			OnboardParams{Model: &model, ModelName: "m1", BidModel: &model}},
		{KindFillNonce, `{"nonce":"7"}`, FillParams{Nonce: 7}},
		{KindSpeedup, `{"fee_cap":"9","gas":"21000","nonce":"7","replaces_hash":"` + s1.Hex() + `","replaces_proposal":"3","replaces_step":"1","tip":"2"}`,
			SpeedupParams{Nonce: 7, Replaces: Replacement{Proposal: 3, Step: 1, Hash: s1, Gas: 21000, Tip: big.NewInt(2), FeeCap: big.NewInt(9)}}},
		{KindProviderCreate, `{}`, nil},
	}
	for _, c := range cases {
		var p Proposal
		if err := decodeParams(c.kind, c.stored, &p); err != nil {
			t.Fatalf("%s: %v", c.kind, err)
		}
		if !reflect.DeepEqual(p.Params, c.want) {
			t.Fatalf("%s decoded %#v, want %#v", c.kind, p.Params, c.want)
		}
		p.Kind = c.kind
		back, err := encodeParams(&p)
		if err != nil {
			t.Fatal(err)
		}
		if back != c.stored {
			t.Fatalf("%s: the round trip changed the stored form:\n%s\n%s", c.kind, back, c.stored)
		}
	}
	var p Proposal
	if err := decodeParams(KindClaim, cases[0].stored, &p); err != nil || p.Execution != ExecPipelined || p.MORNeeded.String() != "300000000000000000" {
		t.Fatalf("the common fields: %q %v %v", p.Execution, p.MORNeeded, err)
	}
	for _, bad := range []struct {
		kind   Kind
		stored string
	}{{KindClaim, `{"mor_needed":"x"}`}, {KindModelCreate, `{"model_id":"0x12"}`}, {KindFillNonce, `{"nonce":"-1"}`},
		{KindSpeedup, `{"nonce":"1","replaces_proposal":"3"}`}, {KindBidDelete, `{}`}} {
		if err := decodeParams(bad.kind, bad.stored, new(Proposal)); err == nil {
			t.Errorf("%s %s decoded without an error", bad.kind, bad.stored)
		}
	}
	wrong := Proposal{Kind: KindClaim, Params: BidDeleteParams{Model: model}}
	if _, err := encodeParams(&wrong); err == nil {
		t.Error("a bid delete's params were stored on a claim")
	}
}
