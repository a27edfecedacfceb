package chain

import (
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/crypto"
)

// Event topics morbot watches, computed from the embedded ABIs (a test checks them against the reference).
var (
	TopicProviderRegistered      = diamondABI.Events["ProviderRegistered"].ID
	TopicProviderDeregistered    = diamondABI.Events["ProviderDeregistered"].ID
	TopicModelRegisteredUpdated  = diamondABI.Events["ModelRegisteredUpdated"].ID
	TopicModelDeregistered       = diamondABI.Events["ModelDeregistered"].ID
	TopicBidPosted               = diamondABI.Events["MarketplaceBidPosted"].ID
	TopicBidDeleted              = diamondABI.Events["MarketplaceBidDeleted"].ID
	TopicProviderMinStakeUpdated = diamondABI.Events["ProviderMinimumStakeUpdated"].ID
	TopicModelMinStakeUpdated    = diamondABI.Events["ModelMinimumStakeUpdated"].ID
	TopicBidFeeUpdated           = diamondABI.Events["MaretplaceFeeUpdated"].ID // sic, misspelled upstream
	TopicBidPriceBoundsUpdated   = diamondABI.Events["MarketplaceBidMinMaxPriceUpdated"].ID
	TopicSessionOpened           = diamondABI.Events["SessionOpened"].ID
	TopicSessionClosed           = diamondABI.Events["SessionClosed"].ID
	TopicDiamondCut              = diamondABI.Events["DiamondCut"].ID
	TopicApproval                = erc20ABI.Events["Approval"].ID
	// The delegate.xyz v2 registry's grants (reference §7): from (the provider) and to (the operator)
	// are indexed.
	TopicDelegateAll      = crypto.Keccak256Hash([]byte("DelegateAll(address,address,bytes32,bool)"))
	TopicDelegateContract = crypto.Keccak256Hash([]byte("DelegateContract(address,address,address,bytes32,bool)"))
)

// Events is what morbot reads from a receipt's logs.
type Events struct {
	ProvidersRegistered []common.Address
	ModelsRegistered    []common.Hash // derived model IDs
	BidsPosted          []PostedBid
	BidsDeleted         []PostedBid
}

// PostedBid is a bid event; the bid ID is derived from provider, model and nonce (it is not in the event).
type PostedBid struct {
	ID       common.Hash
	Provider common.Address
	ModelID  common.Hash
	Nonce    *big.Int
}

// DecodeEvents reads the Diamond's events from receipt logs.
func DecodeEvents(n Network, logs []*types.Log) Events {
	var ev Events
	for _, l := range logs {
		if l.Address != n.Diamond || len(l.Topics) == 0 {
			continue
		}
		switch l.Topics[0] {
		case TopicProviderRegistered:
			if len(l.Topics) == 2 {
				ev.ProvidersRegistered = append(ev.ProvidersRegistered, common.BytesToAddress(l.Topics[1].Bytes()))
			}
		case TopicModelRegisteredUpdated:
			if len(l.Topics) == 3 {
				ev.ModelsRegistered = append(ev.ModelsRegistered, l.Topics[2])
			}
		case TopicBidPosted, TopicBidDeleted:
			if len(l.Topics) != 3 || len(l.Data) != 32 {
				continue
			}
			p := PostedBid{Provider: common.BytesToAddress(l.Topics[1].Bytes()), ModelID: l.Topics[2], Nonce: new(big.Int).SetBytes(l.Data)}
			p.ID = BidID(p.Provider, p.ModelID, p.Nonce)
			if l.Topics[0] == TopicBidPosted {
				ev.BidsPosted = append(ev.BidsPosted, p)
			} else {
				ev.BidsDeleted = append(ev.BidsDeleted, p)
			}
		}
	}
	return ev
}
