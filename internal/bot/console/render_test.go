package console

import (
	"flag"
	"math/big"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/view"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func golden(t *testing.T, name, got string) {
	t.Helper()
	p := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(p, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(p)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if string(want) != got {
		t.Fatalf("%s differs from the golden file\n--- got\n%s--- want\n%s", name, got, want)
	}
}

var fixedNet = chain.Network{Name: "base", ChainID: 8453, Diamond: common.HexToAddress("0x6aBE1d282f72B474E54527D93b979A4f64d3030a"), MOR: common.HexToAddress("0x7431aDa8a591C955a994a21710752EF9b882b8e3"), ExplorerTx: "https://basescan.org/tx/{hash}"}

func fixedProposal(status approval.State) *approval.Proposal {
	c := chain.NewClient(nil, fixedNet, chain.Options{})
	provider := common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")
	steps := []chain.TxRequest{c.ApproveTx(big.NewInt(3e17)), c.ProviderRegisterTx(provider, big.NewInt(1e17), "node.example.com:3333")}
	at := time.Date(2026, 11, 25, 12, 0, 0, 0, time.UTC)
	p := &approval.Proposal{ID: 7, Token: "00112233445566778899aabbccddeeff", Kind: "provider create",
		Summary:    "approve the Diamond to pull 0.3 MOR (allowance now 0 MOR)\nregister provider 0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266 with 0.1 MOR stake at endpoint node.example.com:3333",
		Simulation: "eth_simulateV1 on the state at block 100: all 2 step(s) succeed; gas ≈ 200000, at most 0.0002 ETH at current fees",
		ChainID:    8453, Signer: provider, Proposer: approval.User{Platform: "console", ID: "alice", Name: "alice"}, Quorum: 2, Status: status,
		FailedStep: -1, CreatedAt: at, UpdatedAt: at, ExpiresAt: at.Add(24 * time.Hour)}
	planned := []approval.Planned{approval.TxStep(steps[0]), approval.TxStep(steps[1])}
	p.PayloadHash = approval.PayloadHash(8453, provider, planned)
	for i, s := range planned {
		p.Steps = append(p.Steps, approval.Step{Index: i, Planned: s, Status: approval.StepPending})
	}
	if status != approval.Pending {
		h1, h2 := common.HexToHash("0xaa"), common.HexToHash("0xbb")
		p.Votes = []approval.Vote{{User: approval.User{Platform: "console", ID: "bob", Name: "bob"}, Approve: true}, {User: approval.User{Platform: "console", ID: "carol", Name: "carol"}, Approve: true}}
		p.Steps[0].Status, p.Steps[0].Hash, p.Steps[0].Block = approval.StepConfirmed, &h1, 101
		p.Steps[1].Status, p.Steps[1].Hash = approval.StepFailed, &h2
		p.FailedStep = 1
		p.Reason = "step 2 (providerRegister) reverted on-chain: your provider stake would be 0.1 MOR but the minimum is 0.5 MOR; add at least 0.4 MOR"
	}
	return p
}

func TestRenderGolden(t *testing.T) {
	labels := map[common.Address]string{fixedNet.Diamond: "the Diamond", common.HexToAddress("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266"): "the provider wallet, the signer"}
	golden(t, "proposal_pending", Render(view.Proposal(fixedProposal(approval.Pending), fixedNet, labels)))
	golden(t, "proposal_failed", Render(view.Proposal(fixedProposal(approval.Failed), fixedNet, labels)))
	golden(t, "proposal_raw", Render(view.Raw(fixedProposal(approval.Pending), fixedNet, labels)))
	golden(t, "usage_error", Render(chat.Message{Severity: chat.Error, Title: "Cannot run that", Text: "missing <endpoint>",
		Fields: []chat.Field{{Name: "usage", Value: "/mor provider create <stake> <endpoint>"}, {Name: "example", Value: "/mor provider create 0.2 node.example.com:3333"}}}))
	golden(t, "denial", Render(chat.Message{Severity: chat.Warning, Text: "you proposed P-1, so you cannot approve it; 2 other approver(s) must"}))
}
