package approval

import (
	"slices"
	"testing"

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

// Params keep their stored form: a store written before they were typed reads back the same, and
// every typed field survives a round trip.
func TestParamsStoredForm(t *testing.T) {
	// As the map of strings was stored: keys sorted.
	old := `{"bid_model_id":"0x00000000000000000000000000000000000000000000000000000000000000aa","claim_total":"5","execution":"pipelined","model_id":"0x00000000000000000000000000000000000000000000000000000000000000aa","model_name":"m1","mor_needed":"300000000000000000","sessions":"0x00000000000000000000000000000000000000000000000000000000000000b1,0x00000000000000000000000000000000000000000000000000000000000000b2"}`
	var p Params
	if err := p.UnmarshalJSON([]byte(old)); err != nil {
		t.Fatal(err)
	}
	if p.Execution != ExecPipelined || p.MORNeeded.String() != "300000000000000000" || p.Model == nil || p.Model.Hex()[64:] != "aa" ||
		p.ModelName != "m1" || p.BidModel == nil || len(p.Sessions) != 2 || p.Sessions[1].Hex()[64:] != "b2" || p.ClaimTotal.String() != "5" {
		t.Fatalf("decoded %+v", p)
	}
	b, err := p.MarshalJSON()
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != old {
		t.Fatalf("round trip changed the stored form:\n%s\n%s", b, old)
	}
	for _, bad := range []string{`{"mor_needed":"x"}`, `{"model_id":"0x12"}`, `{"nonce":"-1"}`, `{"replaces_proposal":"3"}`} {
		if err := new(Params).UnmarshalJSON([]byte(bad)); err == nil {
			t.Errorf("%s decoded without an error", bad)
		}
	}
}
