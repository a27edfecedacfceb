package chain

import (
	"math/big"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

// The values below are copied from shared/reference/morpheus.md; the test fails if what morbot
// computes from its ABIs differs from the reference.
func TestSelectorsMatchReference(t *testing.T) {
	t.Parallel()
	fns := map[string]string{
		"providerRegister": "365700cb", "providerDeregister": "2ca36c49", "modelRegister": "21dea0a0",
		"modelDeregister": "d5a245f1", "postModelBid": "ede96bb1", "deleteModelBid": "8913dcaa",
		"getProviderMinimumStake": "53c029f6", "getModelMinimumStake": "f647ba3d", "getBidFee": "8dbb4647",
		"getMinMaxBidPricePerSecond": "38c8ac62", "getToken": "21df0da7", "owner": "8da5cb5b",
		"getProvider": "55f21eb7", "getModel": "21e7c498", "getModelId": "bb93d26a", "getBid": "91704e1e",
		"isBidActive": "1345df58", "getProviderActiveBids": "af5b77ca", "getModelActiveBids": "8a683b6e",
		"getBidId": "747ddd5b", "getProviderModelId": "1cc9de8c", "getIsProviderActive": "63ef175d",
		"getIsModelActive": "ca74b5f3", "providerSetMinStake": "0b7f94d6", "modelSetMinStake": "78998329",
		"setMarketplaceBidFee": "849c239c", "setMinMaxBidPricePerSecond": "f748de1c",
		// §11 SessionRouter (getSession, getFundingAccount and the others come from abi/sessions.json)
		"openSession": "a85a1782", "closeSession": "42f77a31", "claimForProvider": "f2e96e8e", "getSession": "39b240bd",
		// §16 the stats consumers rate bids by (getModelStats from abi/sessions.json; reference §5 pins getProviderModelStats)
		"getModelStats": "ce535723", "getProviderModelStats": "1b26c116",
		"getProviderSessions": "87bced7d", "getTotalSessions": "76400935", "getFundingAccount": "775c3727",
		"getMaxSessionDuration": "a9756858",
		// §15 what a probe's session stakes (from abi/sessions.json, canonical signatures)
		"MIN_SESSION_DURATION": "7d980286", "stipendToStake": "ca40d45f",
	}
	for name, want := range fns {
		m, ok := diamondABI.Methods[name]
		if !ok {
			t.Errorf("diamond ABI lacks %s", name)
			continue
		}
		if got := common.Bytes2Hex(m.ID); got != want {
			t.Errorf("%s selector = %s, reference %s", name, got, want)
		}
	}
	if got := common.Bytes2Hex(erc20ABI.Methods["approve"].ID); got != "095ea7b3" {
		t.Errorf("approve selector = %s", got)
	}
	for name, want := range map[string]string{"aggregate3": "82ad56cb", "getEthBalance": "4d2301cc", "getBlockNumber": "42cbb15c", "getCurrentBlockTimestamp": "0f28c97d", "getBasefee": "3e64a696"} {
		if got := common.Bytes2Hex(multicallABI.Methods[name].ID); got != want {
			t.Errorf("Multicall3 %s selector = %s, canonical %s", name, got, want)
		}
	}
	errs := map[string]string{
		"ProviderStakeTooLow": "bcc35dcc", "ModelStakeTooLow": "2f7895f5", "MarketplaceBidPricePerSecondInvalid": "9c7f2f48",
		"MarketplaceProviderNotFound": "8d0285d4", "MarketplaceModelNotFound": "0e68881c", "MarketplaceActiveBidNotFound": "33ac0973",
		"InsufficientRightsForOperation": "2e980d14", "ProviderHasActiveBids": "f6c1fedc", "ProviderNotFound": "b1cd0903",
		"ProviderHasAlreadyDeregistered": "15b52eb4", "ModelHasActiveBids": "633910a0", "ModelHasAlreadyDeregistered": "b0835d39",
		"OwnableUnauthorizedAccount": "118cdaa7", "SessionBidNotFound": "1de03f33", "SessionProviderSignatureMismatch": "453ede6a",
		"SessionTooShort": "f4d7eed5", "SessionAlreadyClosed": "e9fb372e", "SessionUserAmountToWithdrawIsZero": "c41b8c4d",
	}
	for name, want := range errs {
		if got := common.Bytes2Hex(diamondABI.Errors[name].ID.Bytes()[:4]); got != want {
			t.Errorf("error %s selector = %s, reference %s", name, got, want)
		}
	}
	if got := common.Bytes2Hex(erc20ABI.Errors["ERC20InsufficientAllowance"].ID.Bytes()[:4]); got != "fb8f41b2" {
		t.Errorf("ERC20InsufficientAllowance = %s", got)
	}
}

func TestTopicsMatchReference(t *testing.T) {
	t.Parallel()
	topics := map[string]struct {
		got  common.Hash
		want string
	}{
		"ProviderMinimumStakeUpdated":      {TopicProviderMinStakeUpdated, "0x4d6b08cda70533f8222fea5ffc794d3a1f5dcde2620c6fa74789ef647db19450"},
		"ModelMinimumStakeUpdated":         {TopicModelMinStakeUpdated, "0x136e2b2828baa18257e8eef3c26df62481c7b16303ca0ebe4202865df5e97d7e"},
		"MaretplaceFeeUpdated":             {TopicBidFeeUpdated, "0x9c16b729dd48a231a60f92c4c1a12a5225825dd20699fc221314ea2d73a97cce"},
		"MarketplaceBidMinMaxPriceUpdated": {TopicBidPriceBoundsUpdated, "0x522f4bcd10bb097a0de10e63abe81fdef5ff505c11cded69df4bb84b1f87a563"},
		"DiamondCut":                       {TopicDiamondCut, "0x8faa70878671ccd212d20771b795c50af8fd3ff6cf27f4bde57e5d4de0aeb673"},
		"Approval":                         {TopicApproval, "0x8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925"},
		"SessionOpened":                    {TopicSessionOpened, "0x2bd7c890baf595977d256a6e784512c873ac58ba612b4895dbb7f784bfbf4839"},
		"SessionClosed":                    {TopicSessionClosed, "0x337fbb0a41a596db800dc836595a57815f967185e3596615c646f2455ac3914a"},
	}
	for name, tc := range topics {
		if tc.got.Hex() != tc.want {
			t.Errorf("%s topic = %s, reference %s", name, tc.got.Hex(), tc.want)
		}
	}
}

func TestIDDerivationVectors(t *testing.T) {
	t.Parallel()
	owner := common.HexToAddress("0x000000000000000000000000000000000000dEaD")
	base := common.HexToHash("0x01")
	model := ModelID(owner, base)
	if model.Hex() != "0x2408a6e0b95a9051f841a87788bdf639c26214774e8c8df1db1330bc7c6a562e" {
		t.Fatalf("modelId = %s", model.Hex())
	}
	if pm := ProviderModelID(owner, model); pm.Hex() != "0x92f749ccd223418e9cff57239f0ca80b46c785dee3ba524aad14698d5009b300" {
		t.Fatalf("providerModelId = %s", pm.Hex())
	}
	if b := BidID(owner, model, big.NewInt(0)); b.Hex() != "0x32c003c4acee0c689b5541a6e3e6895fc53964ca6425890448eec56ca06c56fc" {
		t.Fatalf("bidId(0) = %s", b.Hex())
	}
	if b := BidID(owner, model, big.NewInt(1)); b.Hex() != "0x53bc6efc94ac0644484bd147b2cdbcfe2eb8f8ec51a76d27d1f4fcf8cfea42db" {
		t.Fatalf("bidId(1) = %s", b.Hex())
	}
	a, err := RandomBaseID()
	b, err2 := RandomBaseID()
	if err != nil || err2 != nil || a == b || a == (common.Hash{}) {
		t.Fatalf("random base IDs: %s %s %v %v", a, b, err, err2)
	}
}

func TestDecodeRevertUnknownSelectorKept(t *testing.T) {
	t.Parallel()
	rv := DecodeRevert(common.FromHex("0xdeadbeef0000"))
	if rv.Name != "" || !strings.Contains(rv.Reason, "0xdeadbeef") {
		t.Fatalf("unknown selector: %+v", rv)
	}
	if rv := DecodeRevert(nil); rv.Reason == "" {
		t.Fatal("empty revert has no reason")
	}
}

func TestDelegationMatchesReference(t *testing.T) {
	t.Parallel()
	for name, want := range map[string]string{
		"provider":    "0x95f03c9db87c84e0b1043857b43822e60143b5fd222cbae6a58608238277e43b",
		"model":       "0xdb1a8f53c9efd81b585fe5c55b156a15496e6ca1c7d55f21128c594fd4b3157a",
		"marketplace": "0xe0e347f99bca6ace06441ab53f851efe66ec57205ae2812242ccddb7923a8a79",
		"session":     "0xbb0b3346f3a62a3cf205ec3a488d79de48762f0ab35cbf72aaf290fde72d79f5",
	} {
		if got := RightHash(name).Hex(); got != want {
			t.Errorf("%s right = %s, reference %s", name, got, want)
		}
	}
	for name, want := range map[string]string{"delegateContract": "d90e73ab", "delegateAll": "30ff3140"} {
		if got := common.Bytes2Hex(delegateABI.Methods[name].ID); got != want {
			t.Errorf("registry %s selector = %s, reference %s", name, got, want)
		}
	}
	for name, want := range map[string]string{"DELEGATION_RULES_PROVIDER": "58aeef93", "DELEGATION_RULES_MODEL": "86878047", "DELEGATION_RULES_MARKETPLACE": "ad34a150", "DELEGATION_RULES_SESSION": "d1b43638"} {
		if got := common.Bytes2Hex(diamondABI.Methods[name].ID); got != want {
			t.Errorf("%s selector = %s, reference %s", name, got, want)
		}
	}
}
