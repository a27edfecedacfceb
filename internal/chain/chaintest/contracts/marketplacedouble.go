// Code generated via abigen V2 - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package contracts

import (
	"bytes"
	"errors"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind/v2"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = bytes.Equal
	_ = errors.New
	_ = big.NewInt
	_ = common.Big1
	_ = types.BloomLookup
	_ = abi.ConvertType
)

// MarketplaceDoubleBid is an auto generated low-level Go binding around an user-defined struct.
type MarketplaceDoubleBid struct {
	Provider       common.Address
	ModelId        [32]byte
	PricePerSecond *big.Int
	Nonce          *big.Int
	CreatedAt      *big.Int
	DeletedAt      *big.Int
}

// MarketplaceDoubleFacetCut is an auto generated low-level Go binding around an user-defined struct.
type MarketplaceDoubleFacetCut struct {
	FacetAddress      common.Address
	Action            uint8
	FunctionSelectors [][4]byte
}

// MarketplaceDoubleModel is an auto generated low-level Go binding around an user-defined struct.
type MarketplaceDoubleModel struct {
	IpfsCID   [32]byte
	Fee       *big.Int
	Stake     *big.Int
	Owner     common.Address
	Name      string
	Tags      []string
	CreatedAt *big.Int
	IsDeleted bool
}

// MarketplaceDoubleProvider is an auto generated low-level Go binding around an user-defined struct.
type MarketplaceDoubleProvider struct {
	Endpoint          string
	Stake             *big.Int
	CreatedAt         *big.Int
	LimitPeriodEnd    *big.Int
	LimitPeriodEarned *big.Int
	IsDeleted         bool
}

// MarketplaceDoubleSession is an auto generated low-level Go binding around an user-defined struct.
type MarketplaceDoubleSession struct {
	User                    common.Address
	BidId                   [32]byte
	Stake                   *big.Int
	CloseoutReceipt         []byte
	CloseoutType            *big.Int
	ProviderWithdrawnAmount *big.Int
	OpenedAt                *big.Int
	EndsAt                  *big.Int
	ClosedAt                *big.Int
	IsActive                bool
	IsDirectPaymentFromUser bool
}

// MarketplaceDoubleMetaData contains all meta data concerning the MarketplaceDouble contract.
var MarketplaceDoubleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"}],\"name\":\"InsufficientRightsForOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceActiveBidNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceBidMinPricePerSecondIsInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceBidMinPricePerSecondIsZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceBidPricePerSecondInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceFeeAmountIsZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceModelNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceProviderNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModelHasActiveBids\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModelHasAlreadyDeregistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minAmount\",\"type\":\"uint256\"}],\"name\":\"ModelStakeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account_\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProviderHasActiveBids\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProviderHasAlreadyDeregistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProviderNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minAmount\",\"type\":\"uint256\"}],\"name\":\"ProviderStakeTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionAlreadyClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionApproveExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionApprovedForAnotherChainId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionBidNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionDuplicateApproval\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionProviderSignatureMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionReceiptExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionReceiptForAnotherChainId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionStakeTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionTooShort\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"facetAddress\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"action\",\"type\":\"uint8\"},{\"internalType\":\"bytes4[]\",\"name\":\"functionSelectors\",\"type\":\"bytes4[]\"}],\"indexed\":false,\"internalType\":\"structMarketplaceDouble.FacetCut[]\",\"name\":\"facets\",\"type\":\"tuple[]\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initFacet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"initData\",\"type\":\"bytes\"}],\"name\":\"DiamondCut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bidFee\",\"type\":\"uint256\"}],\"name\":\"MaretplaceFeeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"MarketplaceBidDeleted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bidMinPricePerSecond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bidMaxPricePerSecond\",\"type\":\"uint256\"}],\"name\":\"MarketplaceBidMinMaxPriceUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"MarketplaceBidPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"ModelDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"modelMinimumStake\",\"type\":\"uint256\"}],\"name\":\"ModelMinimumStakeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"ModelRegisteredUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ProviderDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"providerMinimumStake\",\"type\":\"uint256\"}],\"name\":\"ProviderMinimumStakeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ProviderRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"sessionId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"providerId\",\"type\":\"address\"}],\"name\":\"SessionClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"sessionId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"providerId\",\"type\":\"address\"}],\"name\":\"SessionOpened\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DELEGATION_RULES_MARKETPLACE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DELEGATION_RULES_MODEL\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DELEGATION_RULES_PROVIDER\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DELEGATION_RULES_SESSION\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_SESSION_DURATION\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROVIDER_REWARD_LIMITER_PERIOD\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SIGNATURE_TTL\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"sessionId_\",\"type\":\"bytes32\"}],\"name\":\"claimForProvider\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"receiptEncoded_\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature_\",\"type\":\"bytes\"}],\"name\":\"closeSession\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"bidId_\",\"type\":\"bytes32\"}],\"name\":\"deleteModelBid\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit_\",\"type\":\"uint256\"}],\"name\":\"getActiveModelIds\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit_\",\"type\":\"uint256\"}],\"name\":\"getActiveProviders\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"page\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"bidId_\",\"type\":\"bytes32\"}],\"name\":\"getBid\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"pricePerSecond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"createdAt\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"deletedAt\",\"type\":\"uint128\"}],\"internalType\":\"structMarketplaceDouble.Bid\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getBidFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce_\",\"type\":\"uint256\"}],\"name\":\"getBidId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getFeeBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getFundingAccount\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"}],\"name\":\"getIsModelActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"}],\"name\":\"getIsProviderActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"approval_\",\"type\":\"bytes\"}],\"name\":\"getIsProviderApprovalUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMaxSessionDuration\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMinMaxBidPricePerSecond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"ipfsCID\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"tags\",\"type\":\"string[]\"},{\"internalType\":\"uint128\",\"name\":\"createdAt\",\"type\":\"uint128\"},{\"internalType\":\"bool\",\"name\":\"isDeleted\",\"type\":\"bool\"}],\"internalType\":\"structMarketplaceDouble.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"offset_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit_\",\"type\":\"uint256\"}],\"name\":\"getModelActiveBids\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"baseModelId_\",\"type\":\"bytes32\"}],\"name\":\"getModelId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getModelMinimumStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"}],\"name\":\"getProvider\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"createdAt\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"limitPeriodEnd\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"limitPeriodEarned\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"isDeleted\",\"type\":\"bool\"}],\"internalType\":\"structMarketplaceDouble.Provider\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"offset_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit_\",\"type\":\"uint256\"}],\"name\":\"getProviderActiveBids\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"offset_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit_\",\"type\":\"uint256\"}],\"name\":\"getProviderBids\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getProviderMinimumStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"}],\"name\":\"getProviderModelId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"offset_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit_\",\"type\":\"uint256\"}],\"name\":\"getProviderSessions\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getProvidersTotalClaimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"sessionId_\",\"type\":\"bytes32\"}],\"name\":\"getSession\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"bidId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"closeoutReceipt\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"closeoutType\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"providerWithdrawnAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"openedAt\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"endsAt\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"closedAt\",\"type\":\"uint128\"},{\"internalType\":\"bool\",\"name\":\"isActive\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"isDirectPaymentFromUser\",\"type\":\"bool\"}],\"internalType\":\"structMarketplaceDouble.Session\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerSecond_\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"openedAt_\",\"type\":\"uint128\"}],\"name\":\"getSessionEnd\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"bidId_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce_\",\"type\":\"uint256\"}],\"name\":\"getSessionId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"}],\"name\":\"getTotalSessions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"bidId_\",\"type\":\"bytes32\"}],\"name\":\"isBidActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"delegator_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"rights_\",\"type\":\"bytes32\"}],\"name\":\"isRightsDelegated\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"}],\"name\":\"modelDeregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"modelOwner_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"baseModelId_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ipfsCID_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"fee_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount_\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"tags_\",\"type\":\"string[]\"}],\"name\":\"modelRegister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelMinimumStake_\",\"type\":\"uint256\"}],\"name\":\"modelSetMinStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount_\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"isDirectPaymentFromUser_\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"approvalEncoded_\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature_\",\"type\":\"bytes\"}],\"name\":\"openSession\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"sessionId_\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"pricePerSecond_\",\"type\":\"uint256\"}],\"name\":\"postModelBid\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"bidId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"}],\"name\":\"providerDeregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount_\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"endpoint_\",\"type\":\"string\"}],\"name\":\"providerRegister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"providerMinimumStake_\",\"type\":\"uint256\"}],\"name\":\"providerSetMinStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bidFee_\",\"type\":\"uint256\"}],\"name\":\"setMarketplaceBidFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bidMinPricePerSecond_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bidMaxPricePerSecond_\",\"type\":\"uint256\"}],\"name\":\"setMinMaxBidPricePerSecond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount_\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"name\":\"stakeToStipend\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint128\",\"name\":\"timestamp_\",\"type\":\"uint128\"}],\"name\":\"startOfTheDay\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stipend_\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"name\":\"stipendToStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"facet_\",\"type\":\"address\"},{\"internalType\":\"bytes4[]\",\"name\":\"selectors_\",\"type\":\"bytes4[]\"}],\"name\":\"testDiamondCut\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account_\",\"type\":\"address\"}],\"name\":\"testSetFundingAccount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"earned_\",\"type\":\"uint256\"}],\"name\":\"testSetLimitPeriodEarned\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner_\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount_\",\"type\":\"uint256\"}],\"name\":\"withdrawFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "MarketplaceDouble",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161404638038061404683398101604081905261002e916100ef565b5f80546001600160a01b03199081163390811783556001600160a01b03858116608052841660a052601080549092168117909155601180546001600160801b03191662093a8017905567016345785d8a0000600181905560028190556003556509184e72a000600455662386f26fc100006005556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a35050610120565b80516001600160a01b03811681146100ea575f5ffd5b919050565b5f5f60408385031215610100575f5ffd5b610109836100d4565b9150610117602084016100d4565b90509250929050565b60805160a051613ef06101565f395f818161058101528181611537015261159e01525f818161040a0152612eec0152613ef05ff3fe608060405234801561000f575f5ffd5b5060043610610393575f3560e01c80638a683b6e116101df578063ca40d45f11610109578063e69f342d116100a9578063f2fde38b11610079578063f2fde38b14610977578063f647ba3d1461098a578063f748de1c14610992578063fd9be522146109a5575f5ffd5b8063e69f342d14610935578063e7d791d014610948578063ede96bb114610951578063f2e96e8e14610964575f5ffd5b8063d4c30ceb116100e4578063d4c30ceb146108cf578063d5472642146108d7578063d5a245f1146108f8578063db1cf1e21461090b575f5ffd5b8063ca40d45f14610868578063ca74b5f3146108a8578063d1b43638146108bb575f5ffd5b8063a97568581161017f578063b823dc8f1161014f578063b823dc8f1461087a578063ba26588c1461088d578063bb93d26a146103d4578063bdfbbada146108a0575f5ffd5b8063a97568581461081d578063ad34a1501461082e578063af5b77ca14610855578063b3cb0d0f14610868575f5ffd5b806391704e1e116101ba57806391704e1e146106c057806391b55d9a146107d4578063a11ca26c146107f7578063a85a17821461080a575f5ffd5b80638a683b6e146106955780638da5cb5b146106a85780638dbb4647146106b8575f5ffd5b80635441c925116102c05780637640093511610260578063849c239c11610230578063849c239c14610635578063868780471461064857806387bced7d1461066f5780638913dcaa14610682575f5ffd5b806376400935146105cb578063775c3727146105f357806378998329146106045780637d98028614610617575f5ffd5b806359d435c41161029b57806359d435c41461056c5780635ab1bd531461057f57806363ef175d146105a5578063747ddd5b146105b8575f5ffd5b80635441c9251461052557806355f21eb71461053857806358aeef9314610558575f5ffd5b8063365700cb1161033657806342f77a311161030657806342f77a31146104e45780634d689ffd146104f757806353c029f61461050a57806354126b8f14610512575f5ffd5b8063365700cb146104755780633839d3dc1461048857806338c8ac62146104a957806339b240bd146104c4575f5ffd5b806321dea0a01161037157806321dea0a0146103f557806321df0da71461040857806321e7c498146104425780632ca36c4914610462575f5ffd5b80630b7f94d6146103975780631345df58146103ac5780631cc9de8c146103d4575b5f5ffd5b6103aa6103a5366004613173565b6109b8565b005b6103bf6103ba366004613173565b610a25565b60405190151581526020015b60405180910390f35b6103e76103e236600461319e565b610a67565b6040519081526020016103cb565b6103aa610403366004613245565b610aa9565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016103cb565b610455610450366004613173565b610c77565b6040516103cb9190613373565b6103aa610470366004613412565b610eaf565b6103aa61048336600461342d565b61102b565b61049b610496366004613484565b611195565b6040516103cb9291906134a4565b600454600554604080519283526020830191909152016103cb565b6104d76104d2366004613173565b6111b0565b6040516103cb91906134f0565b6103aa6104f23660046135bc565b611345565b6103e761050536600461360e565b6114e0565b6001546103e7565b6103bf610520366004613651565b611534565b6103aa61053336600461368f565b61160f565b61054b610546366004613412565b611734565b6040516103cb91906136df565b6103e75f516020613ed05f395f51905f5281565b61049b61057a36600461374c565b611863565b7f000000000000000000000000000000000000000000000000000000000000000061042a565b6103bf6105b3366004613412565b611896565b6103e76105c636600461374c565b6118d2565b6103e76105d9366004613412565b6001600160a01b03165f908152600c602052604090205490565b6010546001600160a01b031661042a565b6103aa610612366004613173565b61191b565b61062061012c81565b60405163ffffffff90911681526020016103cb565b6103aa610643366004613173565b61197c565b6103e77fdb1a8f53c9efd81b585fe5c55b156a15496e6ca1c7d55f21128c594fd4b3157a81565b61049b61067d36600461374c565b6119dd565b6103aa610690366004613173565b611a03565b61049b6106a336600461377e565b611a76565b5f546001600160a01b031661042a565b6003546103e7565b61076f6106ce366004613173565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152505f90815260096020908152604091829020825160c08101845281546001600160a01b03168152600182015492810192909252600281015492820192909252600382015460608201526004909101546001600160801b038082166080840152600160801b9091041660a082015290565b6040516103cb91905f60c08201905060018060a01b0383511682526020830151602083015260408301516040830152606083015160608301526001600160801b0360808401511660808301526001600160801b0360a08401511660a083015292915050565b6107df6301e1338081565b6040516001600160801b0390911681526020016103cb565b6103aa61080536600461319e565b611a92565b6103e76108183660046137b4565b611adc565b6011546001600160801b03166107df565b6103e77fe0e347f99bca6ace06441ab53f851efe66ec57205ae2812242ccddb7923a8a7981565b61049b61086336600461374c565b611c90565b6103e761087636600461386a565b5090565b6107df610888366004613894565b611cb6565b6107df61089b3660046138c6565b611cfd565b6012546103e7565b6103bf6108b6366004613173565b611d15565b6103e75f516020613eb05f395f51905f5281565b6006546103e7565b6108ea6108e5366004613484565b611d4e565b6040516103cb9291906138df565b6103aa610906366004613173565b611e0c565b6103bf610919366004613935565b80516020918201205f908152600d909152604090205460ff1690565b6103aa610943366004613412565b611f30565b61062061025881565b6103e761095f36600461374c565b611f7e565b6103aa610972366004613173565b6121e9565b6103aa610985366004613412565b61225d565b6002546103e7565b6103aa6109a0366004613484565b6122e2565b6103aa6109b336600461319e565b612396565b5f546001600160a01b031633146109e95760405163118cdaa760e01b81523360048201526024015b60405180910390fd5b60018190556040518181527f4d6b08cda70533f8222fea5ffc794d3a1f5dcde2620c6fa74789ef647db19450906020015b60405180910390a150565b5f81815260096020526040812060048101546001600160801b031615801590610a6057506004810154600160801b90046001600160801b0316155b9392505050565b6040516001600160601b0319606084901b166020820152603481018290525f906054016040516020818303038152906040528051906020012090505b92915050565b610ad3897fdb1a8f53c9efd81b585fe5c55b156a15496e6ca1c7d55f21128c594fd4b3157a61241c565b5f610ade8a8a610a67565b5f818152600860205260408120600281015492935091610aff9089906139f9565b9050600254811015610b3257600254604051632f7895f560e01b81526109e0918391600401918252602082015260400190565b8715610b4257610b428c8961246c565b60068201546001600160801b03165f03610b91576006820180546001600160801b031916426001600160801b03161790556003820180546001600160a01b0319166001600160a01b038e161790555b898255600182018990556002820181905560048201610bb1878983613a92565b50610bbf600583015f6130f5565b5f5b84811015610c195782600501868683818110610bdf57610bdf613b4b565b9050602002810190610bf19190613b5f565b82546001810184555f938452602090932090920191610c109183613a92565b50600101610bc1565b5060068201805460ff60801b19169055610c346015846124c2565b60405183906001600160a01b038e16907fda9282a68d90c36d31d780a69a65da6c35191a5d8cdd37bd1a1a5aa9fb168e77905f90a3505050505050505050505050565b610ccd6040518061010001604052805f81526020015f81526020015f81526020015f6001600160a01b0316815260200160608152602001606081526020015f6001600160801b031681526020015f151581525090565b5f828152600860209081526040918290208251610100810184528154815260018201549281019290925260028101549282019290925260038201546001600160a01b03166060820152600482018054919291608084019190610d2e90613a0c565b80601f0160208091040260200160405190810160405280929190818152602001828054610d5a90613a0c565b8015610da55780601f10610d7c57610100808354040283529160200191610da5565b820191905f5260205f20905b815481529060010190602001808311610d8857829003601f168201915b5050505050815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015610e7a578382905f5260205f20018054610def90613a0c565b80601f0160208091040260200160405190810160405280929190818152602001828054610e1b90613a0c565b8015610e665780601f10610e3d57610100808354040283529160200191610e66565b820191905f5260205f20905b815481529060010190602001808311610e4957829003601f168201915b505050505081526020019060010190610dd2565b50505090825250600691909101546001600160801b0381166020830152600160801b900460ff16151560409091015292915050565b610ec6815f516020613ed05f395f51905f5261241c565b6001600160a01b0381165f908152600760205260408120600281015490916001600160801b039091169003610f0e5760405163b1cd090360e01b815260040160405180910390fd5b6001600160a01b0382165f9081526017602052604090205415610f4457604051633db07fb760e21b815260040160405180910390fd5b600481015460ff1615610f6a5760405163056d4bad60e21b815260040160405180910390fd5b60028101545f90600160801b90046001600160801b03164211610fa05781600301548260010154610f9b9190613ba1565b610fa6565b81600101545b905080826001015f828254610fbb9190613ba1565b909155505060048201805460ff19166001179055610fe360136001600160a01b038516612504565b8015610ff357610ff383826125d2565b6040516001600160a01b038416907ff04091b4a187e321a42001e46961e45b6a75b203fc6fb766b7e05505f6080abb905f90a2505050565b611042845f516020613ed05f395f51905f5261241c565b821561105257611052848461246c565b6001600160a01b0384165f908152600760205260408120600181015490919061107c9086906139f9565b90506001548110156110af57600154604051632f30d77360e21b81526109e0918391600401918252602082015260400190565b60028201546001600160801b03165f03611118576002820180546001600160801b031916426001600160801b038116919091179091556110f4906301e1338090613bb4565b6002830180546001600160801b03928316600160801b029216919091179055611132565b600482015460ff16156111325760048201805460ff191690555b8161113e848683613a92565b506001820181905561115a60136001600160a01b0388166124c2565b6040516001600160a01b038716907f70abce74777b3838ae60a33a6b9a87d9d25532668fe4fea548554c55868579c0905f90a2505050505050565b60605f6111a460158585612621565b915091505b9250929050565b6040805161016080820183525f808352602080840182905283850182905260608085018190526080850183905260a0850183905260c0850183905260e08501839052610100850183905261012085018390526101408501839052868352600b8252918590208551938401865280546001600160a01b03168452600181015491840191909152600281015494830194909452600384018054939492939184019161125890613a0c565b80601f016020809104026020016040519081016040528092919081815260200182805461128490613a0c565b80156112cf5780601f106112a6576101008083540402835291602001916112cf565b820191905f5260205f20905b8154815290600101906020018083116112b257829003601f168201915b5050509183525050600482015460208201526005820154604082015260068201546001600160801b038082166060840152600160801b918290048116608084015260079093015492831660a083015260ff9083048116151560c0830152600160881b909204909116151560e09091015292915050565b5f808061135486880188613be6565b505092509250925046821461137c57604051632034b81560e11b815260040160405180910390fd5b61138861025882613bb4565b6001600160801b03164211156113b157604051635aad782560e11b815260040160405180910390fd5b5f838152600b6020908152604080832060018101548452600990925290912081546113f2906001600160a01b03165f516020613eb05f395f51905f5261241c565b60078201546001600160801b03161561141e576040516374fd9b9760e11b815260040160405180910390fd5b60078201805460ff60801b191690556003820161143c898b83613a92565b506007820180546001600160801b031916426001600160801b031617905580545f90611474906001600160a01b03168b8b8b8b612712565b905061148083836127ce565b61148b818484612964565b8061149857600160048401555b815483546040516001600160a01b0392831692899216907f337fbb0a41a596db800dc836595a57815f967185e3596615c646f2455ac3914a905f90a450505050505050505050565b6040516001600160601b0319606086811b8216602084015285901b16603482015260488101839052606881018290525f90608801604051602081830303815290604052805190602001209050949350505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661156a57505f610a60565b604051638988eea960e01b81526001600160a01b0385811660048301528481166024830152306044830152606482018490527f00000000000000000000000000000000000000000000000000000000000000001690638988eea990608401602060405180830381865afa1580156115e3573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906116079190613c39565b949350505050565b5f546001600160a01b0316331461163b5760405163118cdaa760e01b81523360048201526024016109e0565b6040805160018082528183019092525f91816020015b60408051606080820183525f8083526020830152918101919091528152602001906001900390816116515790505090506040518060600160405280856001600160a01b03168152602001600160ff1681526020018484808060200260200160405190810160405280939291908181526020018383602002808284375f92018290525093909452505083518492506116ea576116ea613b4b565b60200260200101819052507f8faa70878671ccd212d20771b795c50af8fd3ff6cf27f4bde57e5d4de0aeb673815f604051611726929190613c54565b60405180910390a150505050565b6040805160c08101825260608082525f6020830181905292820183905281018290526080810182905260a08101919091526001600160a01b0382165f9081526007602052604090819020815160c0810190925280548290829061179690613a0c565b80601f01602080910402602001604051908101604052809291908181526020018280546117c290613a0c565b801561180d5780601f106117e45761010080835404028352916020019161180d565b820191905f5260205f20905b8154815290600101906020018083116117f057829003601f168201915b50505091835250506001820154602082015260028201546001600160801b038082166040840152600160801b9091041660608201526003820154608082015260049091015460ff16151560a09091015292915050565b6001600160a01b0383165f90815260196020526040812060609190611889908585612621565b915091505b935093915050565b6001600160a01b0381165f90815260076020526040812060028101546001600160801b031615801590610a6057506004015460ff161592915050565b6040516001600160601b0319606085901b16602082015260348101839052605481018290525f906074016040516020818303038152906040528051906020012090509392505050565b5f546001600160a01b031633146119475760405163118cdaa760e01b81523360048201526024016109e0565b60028190556040518181527f136e2b2828baa18257e8eef3c26df62481c7b16303ca0ebe4202865df5e97d7e90602001610a1a565b5f546001600160a01b031633146119a85760405163118cdaa760e01b81523360048201526024016109e0565b60038190556040518181527f9c16b729dd48a231a60f92c4c1a12a5225825dd20699fc221314ea2d73a97cce90602001610a1a565b6001600160a01b0383165f908152600c6020526040812060609190611889908585612621565b5f81815260096020526040902054611a44906001600160a01b03167fe0e347f99bca6ace06441ab53f851efe66ec57205ae2812242ccddb7923a8a7961241c565b611a4d81610a25565b611a6a576040516333ac097360e01b815260040160405180910390fd5b611a73816129cd565b50565b5f83815260186020526040812060609190611889908585612621565b5f546001600160a01b03163314611abe5760405163118cdaa760e01b81523360048201526024016109e0565b6001600160a01b039091165f90815260076020526040902060030155565b5f611af4885f516020613eb05f395f51905f5261241c565b5f611aff8686612a83565b5f8181526009602052604081208054600f80549495509193611b3e938e936001600160a01b0390931692879291611b3583613d32565b919050556114e0565b5f818152600b60205260409020909350611b588b8b61246c565b80546001600160a01b0319166001600160a01b038c16178155600281018a9055600181018390556006810180546001600160801b031916426001600160801b0316179055611bab838b8b8b8b8b8b612af9565b6006820180546001600160801b03908116600160801b93909116830217905560078201805461ffff60801b1916600160881b8c15150217909117905581546001600160a01b03165f908152600c60205260409020611c0990856124c2565b6001600d5f8a8a604051611c1e929190613d4a565b60408051918290039091208252602082019290925281015f908120805460ff191693151593909317909255835490516001600160a01b039182169287928f16917f2bd7c890baf595977d256a6e784512c873ac58ba612b4895dbb7f784bfbf48399190a4505050979650505050505050565b6001600160a01b0383165f90815260176020526040812060609190611889908585612621565b5f80611cc28486613d6d565b6011549091506001600160801b039081169082161115611cea57506011546001600160801b03165b611cf48184613bb4565b95945050505050565b5f611d0b6201518083613d80565b610aa39083613dad565b5f81815260086020526040812060068101546001600160801b031615801590610a60575060060154600160801b900460ff161592915050565b60605f6060611d5f60138686612621565b81519093509091506001600160401b03811115611d7e57611d7e613921565b604051908082528060200260200182016040528015611da7578160200160208202803683370190505b5092505f5b8151811015611e0357818181518110611dc757611dc7613b4b565b60200260200101515f1c848281518110611de357611de3613b4b565b6001600160a01b0390921660209283029190910190910152600101611dac565b50509250929050565b5f8181526008602052604090206003810154611e51906001600160a01b03167fdb1a8f53c9efd81b585fe5c55b156a15496e6ca1c7d55f21128c594fd4b3157a61241c565b5f8281526018602052604090205415611e7d57604051630319c88560e51b815260040160405180910390fd5b6006810154600160801b900460ff1615611eaa5760405163b0835d3960e01b815260040160405180910390fd5b6002810180545f90915560068201805460ff60801b1916600160801b179055611ed4601584612504565b8015611ef2576003820154611ef2906001600160a01b0316826125d2565b600382015460405184916001600160a01b0316907f79a9f3017f26694a70f688c1e37f4add042a050660c62fc8351f760b153b888b905f90a3505050565b5f546001600160a01b03163314611f5c5760405163118cdaa760e01b81523360048201526024016109e0565b601080546001600160a01b0319166001600160a01b0392909216919091179055565b5f611fa9847fe0e347f99bca6ace06441ab53f851efe66ec57205ae2812242ccddb7923a8a7961241c565b611fb284611896565b611fcf57604051632340a17560e21b815260040160405180910390fd5b611fd883611d15565b611ff55760405163039a220760e21b815260040160405180910390fd5b600454821080612006575060055482115b156120245760405163138fe5e960e31b815260040160405180910390fd5b6120308460035461246c565b60035460065f82825461204391906139f9565b909155505f9050600a816120578787610a67565b81526020019081526020015f205f81548092919061207490613d32565b90915550905080156120ac575f61209186866105c6600186613ba1565b905061209c81610a25565b156120aa576120aa816129cd565b505b6120b78585836118d2565b6040805160c0810182526001600160a01b0380891680835260208084018a81528486018a8152606086018981526001600160801b03428116608089019081525f60a08a018181528c8252600988528b82209a518b549a166001600160a01b0319909a16999099178a55945160018a01559251600289015590516003880155905194518116600160801b02941693909317600490940193909355815260199091522090925061216590836124c2565b6001600160a01b0385165f90815260176020526040902061218690836124c2565b5f84815260186020526040902061219d90836124c2565b83856001600160a01b03167ffc422bb61cd73bc76f27eecf69cce3db0b05d39769ca3ed0fb314a3d04bff6f6836040516121d991815260200190565b60405180910390a3509392505050565b5f818152600b60209081526040808320600181015484526009909252909120805461222a906001600160a01b03165f516020613eb05f395f51905f5261241c565b5f6122358383612c4a565b61224184846001612cce565b61224b9190613ba1565b90506122578382612d8c565b50505050565b5f546001600160a01b031633146122895760405163118cdaa760e01b81523360048201526024016109e0565b5f80546040516001600160a01b03808516939216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b5f546001600160a01b0316331461230e5760405163118cdaa760e01b81523360048201526024016109e0565b815f0361232e57604051636261483d60e01b815260040160405180910390fd5b8082111561234f57604051635dcc063160e01b815260040160405180910390fd5b6004829055600581905560408051838152602081018390527f522f4bcd10bb097a0de10e63abe81fdef5ff505c11cded69df4bb84b1f87a563910160405180910390a15050565b5f546001600160a01b031633146123c25760405163118cdaa760e01b81523360048201526024016109e0565b60065481116123d157806123d5565b6006545b9050805f036123f75760405163864d4cb360e01b815260040160405180910390fd5b8060065f8282546124089190613ba1565b90915550612418905082826125d2565b5050565b336001600160a01b0383161480159061243d575061243b338383611534565b155b1561241857604051630ba6034560e21b81526001600160a01b03831660048201523360248201526044016109e0565b6040516001600160a01b038316602482015230604482015260648101829052612418906084015b60408051601f198184030181529190526020810180516001600160e01b03166323b872dd60e01b179052612ee8565b5f818152600183016020526040902054156124db575050565b8154600181810184555f8481526020808220909301849055845493815293019052604090912055565b5f8181526001830160205260408120549081900361252157505050565b8254818114612592575f84612537600184613ba1565b8154811061254757612547613b4b565b5f9182526020909120015490508085612561600186613ba1565b8154811061257157612571613b4b565b5f918252602080832090910192909255918252600186019052604090208290555b83548490806125a3576125a3613dcc565b600190038181905f5260205f20015f90559055836001015f8481526020019081526020015f205f905550505050565b6040516001600160a01b0383166024820152604481018290526124189060640160408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b179052612ee8565b825460609080841061264257604080515f815260208101909152915061188e565b5f61264d84866139f9565b90508181118061265c57508481105b156126645750805b61266e8582613ba1565b6001600160401b0381111561268557612685613921565b6040519080825280602002602001820160405280156126ae578160200160208202803683370190505b509250845b8181101561270857865f0181815481106126cf576126cf613b4b565b905f5260205f2001548487836126e59190613ba1565b815181106126f5576126f5613b4b565b60209081029190910101526001016126b3565b5050935093915050565b5f5f61277b8686604051612727929190613d4a565b6040519081900381207f19457468657265756d205369676e6564204d6573736167653a0a3332000000006020830152603c820152605c01604051602081830303815290604052805190602001208585612ff3565b90506001600160a01b038116158015906127c35750866001600160a01b0316816001600160a01b031614806127c357506127c381885f516020613ed05f395f51905f52611534565b979650505050505050565b60078201545f906127e7906001600160801b0316611cfd565b60068401546007850154919250600160801b90046001600160801b039081169082161015905f90600160881b900460ff16612822575f61282d565b61282d85855f612cce565b90505f8186600201546128409190613ba1565b90505f8361293d5760068701545f90612866906001600160801b039081169088166130d2565b600689015460078a015461288d916001600160801b03600160801b909104811691166130e7565b6128979190613ba1565b90506128b8836128b38960020154846128b09190613de0565b90565b6130e7565b88546001600160a01b03165f908152600e6020908152604091829020825180840190935283835292945081016128f18962015180613bb4565b6001600160801b039081169091528254600181810185555f94855260209485902084516002909302019182559390920151919092018054919092166001600160801b0319909116179055505b865461295b906001600160a01b03166129568385613ba1565b6125d2565b50505050505050565b600682015460078301546001600160801b03600160801b9092048216911610155f61299184846001612cce565b90505f851580156129a0575082155b156129b2576129af8585612c4a565b90505b6129c5856129c08385613ba1565b612d8c565b505050505050565b5f8181526009602090815260408083206004810180546001600160801b03428116600160801b02911617905580546001600160a01b031684526017909252909120612a189083612504565b60018101545f908152601860205260409020612a349083612504565b6001810154815460038301546040519081526001600160a01b03909116907f409dfc0f98bf6e062e576fbdc63c9f82392d44deff61e3412f8bd256d28148839060200160405180910390a35050565b5f808080612a9385870187613df7565b93505092509250468214612aba576040516315bf2a9160e31b815260040160405180910390fd5b612ac661025882613bb4565b6001600160801b0316421115612aef576040516309b6e99160e31b815260040160405180910390fd5b5090949350505050565b5f612b0388610a25565b612b2057604051631de03f3360e01b815260040160405180910390fd5b5f8881526009602052604090208054612b45906001600160a01b031687878787612712565b612b625760405163229f6f3560e11b815260040160405180910390fd5b600d5f8787604051612b75929190613d4a565b604080519182900390912082526020820192909252015f205460ff1615612baf57604051631a137cd360e21b815260040160405180910390fd5b5f612bbf89836002015442611cb6565b90505f612bcc4283613dad565b905061012c6001600160801b0382161015612bfa5760405163f4d7eed560e01b815260040160405180910390fd5b888015612c1e5750898360020154826001600160801b0316612c1c9190613de0565b115b15612c3c576040516331f104f560e11b815260040160405180910390fd5b509998505050505050505050565b60078201545f908190612c65906001600160801b0316611cfd565b9050612c748162015180613bb4565b6001600160801b03164210612c8c575f915050610aa3565b60028301546006850154612cac906001600160801b0380851691166130d2565b6007860154612cc491906001600160801b0316613ba1565b6116079190613de0565b60078301545f9081906001600160801b031615612d115760078501546006860154612d0c916001600160801b0390811691600160801b9004166130e7565b612d27565b6006850154600160801b90046001600160801b03165b905080421015612d3a575f915050610a60565b5f83612d46575f612d4c565b85600501545b600286015460068801549192508291612d6e906001600160801b031685613ba1565b612d789190613de0565b612d829190613ba1565b9695505050505050565b60018201545f90815260096020908152604080832080546001600160a01b0316845260079092529091206002810154600160801b90046001600160801b0316421115612e0657612de06301e1338042613bb4565b6002820180546001600160801b03928316600160801b0292169190911790555f60038201555b5f81600301548260010154612e1b9190613ba1565b9050612e2784826130e7565b9350835f03612e37575050505050565b83856005015f828254612e4a91906139f9565b9250508190555083826003015f828254612e6491906139f9565b925050819055508360125f828254612e7c91906139f9565b90915550506007850154600160881b900460ff1615612eaf578254612eaa906001600160a01b0316856125d2565b612ee1565b60105483546040516001600160a01b0392831660248201529116604482015260648101859052612ee190608401612493565b5050505050565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031683604051612f229190613e3c565b5f604051808303815f865af19150503d805f8114612f5b576040519150601f19603f3d011682016040523d82523d5f602084013e612f60565b606091505b509150915081612f7257805160208201fd5b80511580612f8f575080806020019051810190612f8f9190613c39565b612fee5760405162461bcd60e51b815260206004820152602a60248201527f5361666545524332303a204552433230206f7065726174696f6e20646964206e6044820152691bdd081cdd58d8d9595960b21b60648201526084016109e0565b505050565b5f6041821461300357505f610a60565b5f6130116020828587613e52565b61301a91613e79565b90505f61302b604060208688613e52565b61303491613e79565b90505f8585604081811061304a5761304a613b4b565b919091013560f81c915050601b81101561306c57613069601b82613e96565b90505b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa1580156130bc573d5f5f3e3d5ffd5b5050604051601f19015198975050505050505050565b5f8183116130e05781610a60565b5090919050565b5f8183106130e05781610a60565b5080545f8255905f5260205f209061310d919061310f565b565b5f5b80821115612fee576131258184015f61312d565b600101613111565b50805461313990613a0c565b5f825580601f10613148575050565b601f0160209004905f5260205f209061310d91905f5b80821115612fee575f8184015560010161315e565b5f60208284031215613183575f5ffd5b5035919050565b6001600160a01b0381168114611a73575f5ffd5b5f5f604083850312156131af575f5ffd5b82356131ba8161318a565b946020939093013593505050565b5f5f83601f8401126131d8575f5ffd5b5081356001600160401b038111156131ee575f5ffd5b6020830191508360208285010111156111a9575f5ffd5b5f5f83601f840112613215575f5ffd5b5081356001600160401b0381111561322b575f5ffd5b6020830191508360208260051b85010111156111a9575f5ffd5b5f5f5f5f5f5f5f5f5f60e08a8c03121561325d575f5ffd5b89356132688161318a565b985060208a0135975060408a0135965060608a0135955060808a0135945060a08a01356001600160401b0381111561329e575f5ffd5b6132aa8c828d016131c8565b90955093505060c08a01356001600160401b038111156132c8575f5ffd5b6132d48c828d01613205565b915080935050809150509295985092959850929598565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b8381101561336757601f198584030188526133518383516132eb565b6020988901989093509190910190600101613335565b50909695505050505050565b6020815281516020820152602082015160408201526040820151606082015260018060a01b0360608301511660808201525f608083015161010060a08401526133c06101208401826132eb565b905060a0840151601f198483030160c08501526133dd8282613319565b91505060c08401516133fa60e08501826001600160801b03169052565b5060e08401518015156101008501525b509392505050565b5f60208284031215613422575f5ffd5b8135610a608161318a565b5f5f5f5f60608587031215613440575f5ffd5b843561344b8161318a565b93506020850135925060408501356001600160401b0381111561346c575f5ffd5b613478878288016131c8565b95989497509550505050565b5f5f60408385031215613495575f5ffd5b50508035926020909101359150565b604080825283519082018190525f9060208501906060840190835b818110156134dd5783518352602093840193909201916001016134bf565b5050602093909301939093525092915050565b6020815261350a6020820183516001600160a01b03169052565b60208201516040820152604082015160608201525f6060830151610160608084015261353a6101808401826132eb565b9050608084015160a084015260a084015160c084015260c084015161356a60e08501826001600160801b03169052565b5060e08401516001600160801b038116610100850152506101008401516001600160801b038116610120850152506101208401518015156101408501525061014084015180151561016085015261340a565b5f5f5f5f604085870312156135cf575f5ffd5b84356001600160401b038111156135e4575f5ffd5b6135f0878288016131c8565b90955093505060208501356001600160401b0381111561346c575f5ffd5b5f5f5f5f60808587031215613621575f5ffd5b843561362c8161318a565b9350602085013561363c8161318a565b93969395505050506040820135916060013590565b5f5f5f60608486031215613663575f5ffd5b833561366e8161318a565b9250602084013561367e8161318a565b929592945050506040919091013590565b5f5f5f604084860312156136a1575f5ffd5b83356136ac8161318a565b925060208401356001600160401b038111156136c6575f5ffd5b6136d286828701613205565b9497909650939450505050565b602081525f825160c060208401526136fa60e08401826132eb565b9050602084015160408401526001600160801b0360408501511660608401526001600160801b036060850151166080840152608084015160a084015260a0840151151560c08401528091505092915050565b5f5f5f6060848603121561375e575f5ffd5b83356137698161318a565b95602085013595506040909401359392505050565b5f5f5f60608486031215613790575f5ffd5b505081359360208301359350604090920135919050565b8015158114611a73575f5ffd5b5f5f5f5f5f5f5f60a0888a0312156137ca575f5ffd5b87356137d58161318a565b96506020880135955060408801356137ec816137a7565b945060608801356001600160401b03811115613806575f5ffd5b6138128a828b016131c8565b90955093505060808801356001600160401b03811115613830575f5ffd5b61383c8a828b016131c8565b989b979a50959850939692959293505050565b80356001600160801b0381168114613865575f5ffd5b919050565b5f5f6040838503121561387b575f5ffd5b8235915061388b6020840161384f565b90509250929050565b5f5f5f606084860312156138a6575f5ffd5b83359250602084013591506138bd6040850161384f565b90509250925092565b5f602082840312156138d6575f5ffd5b610a608261384f565b604080825283519082018190525f9060208501906060840190835b818110156134dd5783516001600160a01b03168352602093840193909201916001016138fa565b634e487b7160e01b5f52604160045260245ffd5b5f60208284031215613945575f5ffd5b81356001600160401b0381111561395a575f5ffd5b8201601f8101841361396a575f5ffd5b80356001600160401b0381111561398357613983613921565b604051601f8201601f19908116603f011681016001600160401b03811182821017156139b1576139b1613921565b6040528181528282016020018610156139c8575f5ffd5b816020840160208301375f91810160200191909152949350505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610aa357610aa36139e5565b600181811c90821680613a2057607f821691505b602082108103613a3e57634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115612fee5782821115612fee57805f5260205f20601f840160051c6020851015613a6f57505f5b90810190601f840160051c035f5b818110156129c5575f83820155600101613a7d565b6001600160401b03831115613aa957613aa9613921565b613abd83613ab78354613a0c565b83613a44565b5f601f841160018114613aee575f8515613ad75750838201355b5f19600387901b1c1916600186901b178355612ee1565b5f83815260208120601f198716915b82811015613b1d5786850135825560209485019460019092019101613afd565b5086821015613b39575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112613b74575f5ffd5b8301803591506001600160401b03821115613b8d575f5ffd5b6020019150368190038213156111a9575f5ffd5b81810381811115610aa357610aa36139e5565b6001600160801b038181168382160190811115610aa357610aa36139e5565b803563ffffffff81168114613865575f5ffd5b5f5f5f5f5f60a08688031215613bfa575f5ffd5b8535945060208601359350613c116040870161384f565b9250613c1f60608701613bd3565b9150613c2d60808701613bd3565b90509295509295909350565b5f60208284031215613c49575f5ffd5b8151610a60816137a7565b5f606082016060835280855180835260808501915060808160051b8601019250602087015f5b82811015613d0b57868503607f19018452815180516001600160a01b0316865260208082015160ff16818801526040918201516060928801839052805192880183905201905f9060808801905b80831015613cf35783516001600160e01b03191682526020938401936001939093019290910190613cc7565b50965050506020938401939190910190600101613c7a565b5050506001600160a01b03851660208501525082810360408401525f815260208101611cf4565b5f60018201613d4357613d436139e5565b5060010190565b818382375f9101908152919050565b634e487b7160e01b5f52601260045260245ffd5b5f82613d7b57613d7b613d59565b500490565b5f6001600160801b03831680613d9857613d98613d59565b806001600160801b0384160691505092915050565b6001600160801b038281168282160390811115610aa357610aa36139e5565b634e487b7160e01b5f52603160045260245ffd5b8082028115828204841417610aa357610aa36139e5565b5f5f5f5f60808587031215613e0a575f5ffd5b84359350602085013592506040850135613e238161318a565b9150613e316060860161384f565b905092959194509250565b5f82518060208501845e5f920191825250919050565b5f5f85851115613e60575f5ffd5b83861115613e6c575f5ffd5b5050820193919092039150565b80356020831015610aa3575f19602084900360031b1b1692915050565b60ff8181168382160190811115610aa357610aa36139e556febb0b3346f3a62a3cf205ec3a488d79de48762f0ab35cbf72aaf290fde72d79f595f03c9db87c84e0b1043857b43822e60143b5fd222cbae6a58608238277e43b",
}

// MarketplaceDouble is an auto generated Go binding around an Ethereum contract.
type MarketplaceDouble struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MarketplaceDouble) GetABI() abi.ABI {
	return c.abi
}

// NewMarketplaceDouble creates a new instance of MarketplaceDouble.
func NewMarketplaceDouble() *MarketplaceDouble {
	parsed, err := MarketplaceDoubleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MarketplaceDouble{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MarketplaceDouble) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackConstructor is the Go binding used to pack the parameters required for
// contract deployment.
//
// Solidity: constructor(address token_, address registry_) returns()
func (marketplaceDouble *MarketplaceDouble) PackConstructor(token_ common.Address, registry_ common.Address) []byte {
	enc, err := marketplaceDouble.abi.Pack("", token_, registry_)
	if err != nil {
		panic(err)
	}
	return enc
}

// PackDELEGATIONRULESMARKETPLACE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad34a150.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DELEGATION_RULES_MARKETPLACE() view returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) PackDELEGATIONRULESMARKETPLACE() []byte {
	enc, err := marketplaceDouble.abi.Pack("DELEGATION_RULES_MARKETPLACE")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDELEGATIONRULESMARKETPLACE is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xad34a150.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DELEGATION_RULES_MARKETPLACE() view returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) TryPackDELEGATIONRULESMARKETPLACE() ([]byte, error) {
	return marketplaceDouble.abi.Pack("DELEGATION_RULES_MARKETPLACE")
}

// UnpackDELEGATIONRULESMARKETPLACE is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xad34a150.
//
// Solidity: function DELEGATION_RULES_MARKETPLACE() view returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) UnpackDELEGATIONRULESMARKETPLACE(data []byte) ([32]byte, error) {
	out, err := marketplaceDouble.abi.Unpack("DELEGATION_RULES_MARKETPLACE", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDELEGATIONRULESMODEL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86878047.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DELEGATION_RULES_MODEL() view returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) PackDELEGATIONRULESMODEL() []byte {
	enc, err := marketplaceDouble.abi.Pack("DELEGATION_RULES_MODEL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDELEGATIONRULESMODEL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x86878047.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DELEGATION_RULES_MODEL() view returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) TryPackDELEGATIONRULESMODEL() ([]byte, error) {
	return marketplaceDouble.abi.Pack("DELEGATION_RULES_MODEL")
}

// UnpackDELEGATIONRULESMODEL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x86878047.
//
// Solidity: function DELEGATION_RULES_MODEL() view returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) UnpackDELEGATIONRULESMODEL(data []byte) ([32]byte, error) {
	out, err := marketplaceDouble.abi.Unpack("DELEGATION_RULES_MODEL", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDELEGATIONRULESPROVIDER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58aeef93.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DELEGATION_RULES_PROVIDER() view returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) PackDELEGATIONRULESPROVIDER() []byte {
	enc, err := marketplaceDouble.abi.Pack("DELEGATION_RULES_PROVIDER")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDELEGATIONRULESPROVIDER is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x58aeef93.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DELEGATION_RULES_PROVIDER() view returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) TryPackDELEGATIONRULESPROVIDER() ([]byte, error) {
	return marketplaceDouble.abi.Pack("DELEGATION_RULES_PROVIDER")
}

// UnpackDELEGATIONRULESPROVIDER is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x58aeef93.
//
// Solidity: function DELEGATION_RULES_PROVIDER() view returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) UnpackDELEGATIONRULESPROVIDER(data []byte) ([32]byte, error) {
	out, err := marketplaceDouble.abi.Unpack("DELEGATION_RULES_PROVIDER", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDELEGATIONRULESSESSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1b43638.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function DELEGATION_RULES_SESSION() view returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) PackDELEGATIONRULESSESSION() []byte {
	enc, err := marketplaceDouble.abi.Pack("DELEGATION_RULES_SESSION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDELEGATIONRULESSESSION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd1b43638.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function DELEGATION_RULES_SESSION() view returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) TryPackDELEGATIONRULESSESSION() ([]byte, error) {
	return marketplaceDouble.abi.Pack("DELEGATION_RULES_SESSION")
}

// UnpackDELEGATIONRULESSESSION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd1b43638.
//
// Solidity: function DELEGATION_RULES_SESSION() view returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) UnpackDELEGATIONRULESSESSION(data []byte) ([32]byte, error) {
	out, err := marketplaceDouble.abi.Unpack("DELEGATION_RULES_SESSION", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackMINSESSIONDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d980286.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function MIN_SESSION_DURATION() view returns(uint32)
func (marketplaceDouble *MarketplaceDouble) PackMINSESSIONDURATION() []byte {
	enc, err := marketplaceDouble.abi.Pack("MIN_SESSION_DURATION")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMINSESSIONDURATION is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7d980286.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function MIN_SESSION_DURATION() view returns(uint32)
func (marketplaceDouble *MarketplaceDouble) TryPackMINSESSIONDURATION() ([]byte, error) {
	return marketplaceDouble.abi.Pack("MIN_SESSION_DURATION")
}

// UnpackMINSESSIONDURATION is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x7d980286.
//
// Solidity: function MIN_SESSION_DURATION() view returns(uint32)
func (marketplaceDouble *MarketplaceDouble) UnpackMINSESSIONDURATION(data []byte) (uint32, error) {
	out, err := marketplaceDouble.abi.Unpack("MIN_SESSION_DURATION", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackPROVIDERREWARDLIMITERPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91b55d9a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function PROVIDER_REWARD_LIMITER_PERIOD() view returns(uint128)
func (marketplaceDouble *MarketplaceDouble) PackPROVIDERREWARDLIMITERPERIOD() []byte {
	enc, err := marketplaceDouble.abi.Pack("PROVIDER_REWARD_LIMITER_PERIOD")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPROVIDERREWARDLIMITERPERIOD is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91b55d9a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function PROVIDER_REWARD_LIMITER_PERIOD() view returns(uint128)
func (marketplaceDouble *MarketplaceDouble) TryPackPROVIDERREWARDLIMITERPERIOD() ([]byte, error) {
	return marketplaceDouble.abi.Pack("PROVIDER_REWARD_LIMITER_PERIOD")
}

// UnpackPROVIDERREWARDLIMITERPERIOD is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91b55d9a.
//
// Solidity: function PROVIDER_REWARD_LIMITER_PERIOD() view returns(uint128)
func (marketplaceDouble *MarketplaceDouble) UnpackPROVIDERREWARDLIMITERPERIOD(data []byte) (*big.Int, error) {
	out, err := marketplaceDouble.abi.Unpack("PROVIDER_REWARD_LIMITER_PERIOD", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackSIGNATURETTL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7d791d0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function SIGNATURE_TTL() view returns(uint32)
func (marketplaceDouble *MarketplaceDouble) PackSIGNATURETTL() []byte {
	enc, err := marketplaceDouble.abi.Pack("SIGNATURE_TTL")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSIGNATURETTL is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe7d791d0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function SIGNATURE_TTL() view returns(uint32)
func (marketplaceDouble *MarketplaceDouble) TryPackSIGNATURETTL() ([]byte, error) {
	return marketplaceDouble.abi.Pack("SIGNATURE_TTL")
}

// UnpackSIGNATURETTL is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe7d791d0.
//
// Solidity: function SIGNATURE_TTL() view returns(uint32)
func (marketplaceDouble *MarketplaceDouble) UnpackSIGNATURETTL(data []byte) (uint32, error) {
	out, err := marketplaceDouble.abi.Unpack("SIGNATURE_TTL", data)
	if err != nil {
		return *new(uint32), err
	}
	out0 := *abi.ConvertType(out[0], new(uint32)).(*uint32)
	return out0, nil
}

// PackClaimForProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2e96e8e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function claimForProvider(bytes32 sessionId_) returns()
func (marketplaceDouble *MarketplaceDouble) PackClaimForProvider(sessionId [32]byte) []byte {
	enc, err := marketplaceDouble.abi.Pack("claimForProvider", sessionId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClaimForProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2e96e8e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function claimForProvider(bytes32 sessionId_) returns()
func (marketplaceDouble *MarketplaceDouble) TryPackClaimForProvider(sessionId [32]byte) ([]byte, error) {
	return marketplaceDouble.abi.Pack("claimForProvider", sessionId)
}

// PackCloseSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42f77a31.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function closeSession(bytes receiptEncoded_, bytes signature_) returns()
func (marketplaceDouble *MarketplaceDouble) PackCloseSession(receiptEncoded []byte, signature []byte) []byte {
	enc, err := marketplaceDouble.abi.Pack("closeSession", receiptEncoded, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCloseSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42f77a31.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function closeSession(bytes receiptEncoded_, bytes signature_) returns()
func (marketplaceDouble *MarketplaceDouble) TryPackCloseSession(receiptEncoded []byte, signature []byte) ([]byte, error) {
	return marketplaceDouble.abi.Pack("closeSession", receiptEncoded, signature)
}

// PackDeleteModelBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8913dcaa.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function deleteModelBid(bytes32 bidId_) returns()
func (marketplaceDouble *MarketplaceDouble) PackDeleteModelBid(bidId [32]byte) []byte {
	enc, err := marketplaceDouble.abi.Pack("deleteModelBid", bidId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDeleteModelBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8913dcaa.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function deleteModelBid(bytes32 bidId_) returns()
func (marketplaceDouble *MarketplaceDouble) TryPackDeleteModelBid(bidId [32]byte) ([]byte, error) {
	return marketplaceDouble.abi.Pack("deleteModelBid", bidId)
}

// PackGetActiveModelIds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3839d3dc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getActiveModelIds(uint256 offset_, uint256 limit_) view returns(bytes32[], uint256)
func (marketplaceDouble *MarketplaceDouble) PackGetActiveModelIds(offset *big.Int, limit *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("getActiveModelIds", offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetActiveModelIds is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3839d3dc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getActiveModelIds(uint256 offset_, uint256 limit_) view returns(bytes32[], uint256)
func (marketplaceDouble *MarketplaceDouble) TryPackGetActiveModelIds(offset *big.Int, limit *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getActiveModelIds", offset, limit)
}

// GetActiveModelIdsOutput serves as a container for the return parameters of contract
// method GetActiveModelIds.
type GetActiveModelIdsOutput struct {
	Arg0 [][32]byte
	Arg1 *big.Int
}

// UnpackGetActiveModelIds is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3839d3dc.
//
// Solidity: function getActiveModelIds(uint256 offset_, uint256 limit_) view returns(bytes32[], uint256)
func (marketplaceDouble *MarketplaceDouble) UnpackGetActiveModelIds(data []byte) (GetActiveModelIdsOutput, error) {
	out, err := marketplaceDouble.abi.Unpack("getActiveModelIds", data)
	outstruct := new(GetActiveModelIdsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetActiveProviders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5472642.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getActiveProviders(uint256 offset_, uint256 limit_) view returns(address[] page, uint256 total)
func (marketplaceDouble *MarketplaceDouble) PackGetActiveProviders(offset *big.Int, limit *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("getActiveProviders", offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetActiveProviders is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5472642.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getActiveProviders(uint256 offset_, uint256 limit_) view returns(address[] page, uint256 total)
func (marketplaceDouble *MarketplaceDouble) TryPackGetActiveProviders(offset *big.Int, limit *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getActiveProviders", offset, limit)
}

// GetActiveProvidersOutput serves as a container for the return parameters of contract
// method GetActiveProviders.
type GetActiveProvidersOutput struct {
	Page  []common.Address
	Total *big.Int
}

// UnpackGetActiveProviders is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd5472642.
//
// Solidity: function getActiveProviders(uint256 offset_, uint256 limit_) view returns(address[] page, uint256 total)
func (marketplaceDouble *MarketplaceDouble) UnpackGetActiveProviders(data []byte) (GetActiveProvidersOutput, error) {
	out, err := marketplaceDouble.abi.Unpack("getActiveProviders", data)
	outstruct := new(GetActiveProvidersOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Page = *abi.ConvertType(out[0], new([]common.Address)).(*[]common.Address)
	outstruct.Total = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91704e1e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBid(bytes32 bidId_) view returns((address,bytes32,uint256,uint256,uint128,uint128))
func (marketplaceDouble *MarketplaceDouble) PackGetBid(bidId [32]byte) []byte {
	enc, err := marketplaceDouble.abi.Pack("getBid", bidId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x91704e1e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBid(bytes32 bidId_) view returns((address,bytes32,uint256,uint256,uint128,uint128))
func (marketplaceDouble *MarketplaceDouble) TryPackGetBid(bidId [32]byte) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getBid", bidId)
}

// UnpackGetBid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x91704e1e.
//
// Solidity: function getBid(bytes32 bidId_) view returns((address,bytes32,uint256,uint256,uint128,uint128))
func (marketplaceDouble *MarketplaceDouble) UnpackGetBid(data []byte) (MarketplaceDoubleBid, error) {
	out, err := marketplaceDouble.abi.Unpack("getBid", data)
	if err != nil {
		return *new(MarketplaceDoubleBid), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketplaceDoubleBid)).(*MarketplaceDoubleBid)
	return out0, nil
}

// PackGetBidFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dbb4647.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBidFee() view returns(uint256)
func (marketplaceDouble *MarketplaceDouble) PackGetBidFee() []byte {
	enc, err := marketplaceDouble.abi.Pack("getBidFee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBidFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8dbb4647.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBidFee() view returns(uint256)
func (marketplaceDouble *MarketplaceDouble) TryPackGetBidFee() ([]byte, error) {
	return marketplaceDouble.abi.Pack("getBidFee")
}

// UnpackGetBidFee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8dbb4647.
//
// Solidity: function getBidFee() view returns(uint256)
func (marketplaceDouble *MarketplaceDouble) UnpackGetBidFee(data []byte) (*big.Int, error) {
	out, err := marketplaceDouble.abi.Unpack("getBidFee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetBidId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x747ddd5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBidId(address provider_, bytes32 modelId_, uint256 nonce_) pure returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) PackGetBidId(provider common.Address, modelId [32]byte, nonce *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("getBidId", provider, modelId, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBidId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x747ddd5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBidId(address provider_, bytes32 modelId_, uint256 nonce_) pure returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) TryPackGetBidId(provider common.Address, modelId [32]byte, nonce *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getBidId", provider, modelId, nonce)
}

// UnpackGetBidId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x747ddd5b.
//
// Solidity: function getBidId(address provider_, bytes32 modelId_, uint256 nonce_) pure returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) UnpackGetBidId(data []byte) ([32]byte, error) {
	out, err := marketplaceDouble.abi.Unpack("getBidId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetFeeBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4c30ceb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFeeBalance() view returns(uint256)
func (marketplaceDouble *MarketplaceDouble) PackGetFeeBalance() []byte {
	enc, err := marketplaceDouble.abi.Pack("getFeeBalance")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFeeBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd4c30ceb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFeeBalance() view returns(uint256)
func (marketplaceDouble *MarketplaceDouble) TryPackGetFeeBalance() ([]byte, error) {
	return marketplaceDouble.abi.Pack("getFeeBalance")
}

// UnpackGetFeeBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd4c30ceb.
//
// Solidity: function getFeeBalance() view returns(uint256)
func (marketplaceDouble *MarketplaceDouble) UnpackGetFeeBalance(data []byte) (*big.Int, error) {
	out, err := marketplaceDouble.abi.Unpack("getFeeBalance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetFundingAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x775c3727.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getFundingAccount() view returns(address)
func (marketplaceDouble *MarketplaceDouble) PackGetFundingAccount() []byte {
	enc, err := marketplaceDouble.abi.Pack("getFundingAccount")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetFundingAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x775c3727.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getFundingAccount() view returns(address)
func (marketplaceDouble *MarketplaceDouble) TryPackGetFundingAccount() ([]byte, error) {
	return marketplaceDouble.abi.Pack("getFundingAccount")
}

// UnpackGetFundingAccount is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x775c3727.
//
// Solidity: function getFundingAccount() view returns(address)
func (marketplaceDouble *MarketplaceDouble) UnpackGetFundingAccount(data []byte) (common.Address, error) {
	out, err := marketplaceDouble.abi.Unpack("getFundingAccount", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetIsModelActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca74b5f3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getIsModelActive(bytes32 modelId_) view returns(bool)
func (marketplaceDouble *MarketplaceDouble) PackGetIsModelActive(modelId [32]byte) []byte {
	enc, err := marketplaceDouble.abi.Pack("getIsModelActive", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetIsModelActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca74b5f3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getIsModelActive(bytes32 modelId_) view returns(bool)
func (marketplaceDouble *MarketplaceDouble) TryPackGetIsModelActive(modelId [32]byte) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getIsModelActive", modelId)
}

// UnpackGetIsModelActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca74b5f3.
//
// Solidity: function getIsModelActive(bytes32 modelId_) view returns(bool)
func (marketplaceDouble *MarketplaceDouble) UnpackGetIsModelActive(data []byte) (bool, error) {
	out, err := marketplaceDouble.abi.Unpack("getIsModelActive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetIsProviderActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63ef175d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getIsProviderActive(address provider_) view returns(bool)
func (marketplaceDouble *MarketplaceDouble) PackGetIsProviderActive(provider common.Address) []byte {
	enc, err := marketplaceDouble.abi.Pack("getIsProviderActive", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetIsProviderActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x63ef175d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getIsProviderActive(address provider_) view returns(bool)
func (marketplaceDouble *MarketplaceDouble) TryPackGetIsProviderActive(provider common.Address) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getIsProviderActive", provider)
}

// UnpackGetIsProviderActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x63ef175d.
//
// Solidity: function getIsProviderActive(address provider_) view returns(bool)
func (marketplaceDouble *MarketplaceDouble) UnpackGetIsProviderActive(data []byte) (bool, error) {
	out, err := marketplaceDouble.abi.Unpack("getIsProviderActive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetIsProviderApprovalUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb1cf1e2.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getIsProviderApprovalUsed(bytes approval_) view returns(bool)
func (marketplaceDouble *MarketplaceDouble) PackGetIsProviderApprovalUsed(approval []byte) []byte {
	enc, err := marketplaceDouble.abi.Pack("getIsProviderApprovalUsed", approval)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetIsProviderApprovalUsed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdb1cf1e2.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getIsProviderApprovalUsed(bytes approval_) view returns(bool)
func (marketplaceDouble *MarketplaceDouble) TryPackGetIsProviderApprovalUsed(approval []byte) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getIsProviderApprovalUsed", approval)
}

// UnpackGetIsProviderApprovalUsed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdb1cf1e2.
//
// Solidity: function getIsProviderApprovalUsed(bytes approval_) view returns(bool)
func (marketplaceDouble *MarketplaceDouble) UnpackGetIsProviderApprovalUsed(data []byte) (bool, error) {
	out, err := marketplaceDouble.abi.Unpack("getIsProviderApprovalUsed", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackGetMaxSessionDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9756858.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMaxSessionDuration() view returns(uint128)
func (marketplaceDouble *MarketplaceDouble) PackGetMaxSessionDuration() []byte {
	enc, err := marketplaceDouble.abi.Pack("getMaxSessionDuration")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMaxSessionDuration is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9756858.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMaxSessionDuration() view returns(uint128)
func (marketplaceDouble *MarketplaceDouble) TryPackGetMaxSessionDuration() ([]byte, error) {
	return marketplaceDouble.abi.Pack("getMaxSessionDuration")
}

// UnpackGetMaxSessionDuration is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9756858.
//
// Solidity: function getMaxSessionDuration() view returns(uint128)
func (marketplaceDouble *MarketplaceDouble) UnpackGetMaxSessionDuration(data []byte) (*big.Int, error) {
	out, err := marketplaceDouble.abi.Unpack("getMaxSessionDuration", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetMinMaxBidPricePerSecond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38c8ac62.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getMinMaxBidPricePerSecond() view returns(uint256, uint256)
func (marketplaceDouble *MarketplaceDouble) PackGetMinMaxBidPricePerSecond() []byte {
	enc, err := marketplaceDouble.abi.Pack("getMinMaxBidPricePerSecond")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetMinMaxBidPricePerSecond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x38c8ac62.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getMinMaxBidPricePerSecond() view returns(uint256, uint256)
func (marketplaceDouble *MarketplaceDouble) TryPackGetMinMaxBidPricePerSecond() ([]byte, error) {
	return marketplaceDouble.abi.Pack("getMinMaxBidPricePerSecond")
}

// GetMinMaxBidPricePerSecondOutput serves as a container for the return parameters of contract
// method GetMinMaxBidPricePerSecond.
type GetMinMaxBidPricePerSecondOutput struct {
	Arg0 *big.Int
	Arg1 *big.Int
}

// UnpackGetMinMaxBidPricePerSecond is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x38c8ac62.
//
// Solidity: function getMinMaxBidPricePerSecond() view returns(uint256, uint256)
func (marketplaceDouble *MarketplaceDouble) UnpackGetMinMaxBidPricePerSecond(data []byte) (GetMinMaxBidPricePerSecondOutput, error) {
	out, err := marketplaceDouble.abi.Unpack("getMinMaxBidPricePerSecond", data)
	outstruct := new(GetMinMaxBidPricePerSecondOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21e7c498.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getModel(bytes32 modelId_) view returns((bytes32,uint256,uint256,address,string,string[],uint128,bool))
func (marketplaceDouble *MarketplaceDouble) PackGetModel(modelId [32]byte) []byte {
	enc, err := marketplaceDouble.abi.Pack("getModel", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetModel is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21e7c498.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getModel(bytes32 modelId_) view returns((bytes32,uint256,uint256,address,string,string[],uint128,bool))
func (marketplaceDouble *MarketplaceDouble) TryPackGetModel(modelId [32]byte) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getModel", modelId)
}

// UnpackGetModel is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21e7c498.
//
// Solidity: function getModel(bytes32 modelId_) view returns((bytes32,uint256,uint256,address,string,string[],uint128,bool))
func (marketplaceDouble *MarketplaceDouble) UnpackGetModel(data []byte) (MarketplaceDoubleModel, error) {
	out, err := marketplaceDouble.abi.Unpack("getModel", data)
	if err != nil {
		return *new(MarketplaceDoubleModel), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketplaceDoubleModel)).(*MarketplaceDoubleModel)
	return out0, nil
}

// PackGetModelActiveBids is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a683b6e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getModelActiveBids(bytes32 modelId_, uint256 offset_, uint256 limit_) view returns(bytes32[], uint256)
func (marketplaceDouble *MarketplaceDouble) PackGetModelActiveBids(modelId [32]byte, offset *big.Int, limit *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("getModelActiveBids", modelId, offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetModelActiveBids is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8a683b6e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getModelActiveBids(bytes32 modelId_, uint256 offset_, uint256 limit_) view returns(bytes32[], uint256)
func (marketplaceDouble *MarketplaceDouble) TryPackGetModelActiveBids(modelId [32]byte, offset *big.Int, limit *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getModelActiveBids", modelId, offset, limit)
}

// GetModelActiveBidsOutput serves as a container for the return parameters of contract
// method GetModelActiveBids.
type GetModelActiveBidsOutput struct {
	Arg0 [][32]byte
	Arg1 *big.Int
}

// UnpackGetModelActiveBids is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8a683b6e.
//
// Solidity: function getModelActiveBids(bytes32 modelId_, uint256 offset_, uint256 limit_) view returns(bytes32[], uint256)
func (marketplaceDouble *MarketplaceDouble) UnpackGetModelActiveBids(data []byte) (GetModelActiveBidsOutput, error) {
	out, err := marketplaceDouble.abi.Unpack("getModelActiveBids", data)
	outstruct := new(GetModelActiveBidsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetModelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb93d26a.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getModelId(address account_, bytes32 baseModelId_) pure returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) PackGetModelId(account common.Address, baseModelId [32]byte) []byte {
	enc, err := marketplaceDouble.abi.Pack("getModelId", account, baseModelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetModelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbb93d26a.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getModelId(address account_, bytes32 baseModelId_) pure returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) TryPackGetModelId(account common.Address, baseModelId [32]byte) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getModelId", account, baseModelId)
}

// UnpackGetModelId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbb93d26a.
//
// Solidity: function getModelId(address account_, bytes32 baseModelId_) pure returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) UnpackGetModelId(data []byte) ([32]byte, error) {
	out, err := marketplaceDouble.abi.Unpack("getModelId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetModelMinimumStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf647ba3d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getModelMinimumStake() view returns(uint256)
func (marketplaceDouble *MarketplaceDouble) PackGetModelMinimumStake() []byte {
	enc, err := marketplaceDouble.abi.Pack("getModelMinimumStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetModelMinimumStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf647ba3d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getModelMinimumStake() view returns(uint256)
func (marketplaceDouble *MarketplaceDouble) TryPackGetModelMinimumStake() ([]byte, error) {
	return marketplaceDouble.abi.Pack("getModelMinimumStake")
}

// UnpackGetModelMinimumStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xf647ba3d.
//
// Solidity: function getModelMinimumStake() view returns(uint256)
func (marketplaceDouble *MarketplaceDouble) UnpackGetModelMinimumStake(data []byte) (*big.Int, error) {
	out, err := marketplaceDouble.abi.Unpack("getModelMinimumStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55f21eb7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProvider(address provider_) view returns((string,uint256,uint128,uint128,uint256,bool))
func (marketplaceDouble *MarketplaceDouble) PackGetProvider(provider common.Address) []byte {
	enc, err := marketplaceDouble.abi.Pack("getProvider", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProvider is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x55f21eb7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProvider(address provider_) view returns((string,uint256,uint128,uint128,uint256,bool))
func (marketplaceDouble *MarketplaceDouble) TryPackGetProvider(provider common.Address) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getProvider", provider)
}

// UnpackGetProvider is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x55f21eb7.
//
// Solidity: function getProvider(address provider_) view returns((string,uint256,uint128,uint128,uint256,bool))
func (marketplaceDouble *MarketplaceDouble) UnpackGetProvider(data []byte) (MarketplaceDoubleProvider, error) {
	out, err := marketplaceDouble.abi.Unpack("getProvider", data)
	if err != nil {
		return *new(MarketplaceDoubleProvider), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketplaceDoubleProvider)).(*MarketplaceDoubleProvider)
	return out0, nil
}

// PackGetProviderActiveBids is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf5b77ca.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProviderActiveBids(address provider_, uint256 offset_, uint256 limit_) view returns(bytes32[], uint256)
func (marketplaceDouble *MarketplaceDouble) PackGetProviderActiveBids(provider common.Address, offset *big.Int, limit *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("getProviderActiveBids", provider, offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProviderActiveBids is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xaf5b77ca.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProviderActiveBids(address provider_, uint256 offset_, uint256 limit_) view returns(bytes32[], uint256)
func (marketplaceDouble *MarketplaceDouble) TryPackGetProviderActiveBids(provider common.Address, offset *big.Int, limit *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getProviderActiveBids", provider, offset, limit)
}

// GetProviderActiveBidsOutput serves as a container for the return parameters of contract
// method GetProviderActiveBids.
type GetProviderActiveBidsOutput struct {
	Arg0 [][32]byte
	Arg1 *big.Int
}

// UnpackGetProviderActiveBids is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xaf5b77ca.
//
// Solidity: function getProviderActiveBids(address provider_, uint256 offset_, uint256 limit_) view returns(bytes32[], uint256)
func (marketplaceDouble *MarketplaceDouble) UnpackGetProviderActiveBids(data []byte) (GetProviderActiveBidsOutput, error) {
	out, err := marketplaceDouble.abi.Unpack("getProviderActiveBids", data)
	outstruct := new(GetProviderActiveBidsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetProviderBids is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59d435c4.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProviderBids(address provider_, uint256 offset_, uint256 limit_) view returns(bytes32[], uint256)
func (marketplaceDouble *MarketplaceDouble) PackGetProviderBids(provider common.Address, offset *big.Int, limit *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("getProviderBids", provider, offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProviderBids is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x59d435c4.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProviderBids(address provider_, uint256 offset_, uint256 limit_) view returns(bytes32[], uint256)
func (marketplaceDouble *MarketplaceDouble) TryPackGetProviderBids(provider common.Address, offset *big.Int, limit *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getProviderBids", provider, offset, limit)
}

// GetProviderBidsOutput serves as a container for the return parameters of contract
// method GetProviderBids.
type GetProviderBidsOutput struct {
	Arg0 [][32]byte
	Arg1 *big.Int
}

// UnpackGetProviderBids is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x59d435c4.
//
// Solidity: function getProviderBids(address provider_, uint256 offset_, uint256 limit_) view returns(bytes32[], uint256)
func (marketplaceDouble *MarketplaceDouble) UnpackGetProviderBids(data []byte) (GetProviderBidsOutput, error) {
	out, err := marketplaceDouble.abi.Unpack("getProviderBids", data)
	outstruct := new(GetProviderBidsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetProviderMinimumStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53c029f6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProviderMinimumStake() view returns(uint256)
func (marketplaceDouble *MarketplaceDouble) PackGetProviderMinimumStake() []byte {
	enc, err := marketplaceDouble.abi.Pack("getProviderMinimumStake")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProviderMinimumStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x53c029f6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProviderMinimumStake() view returns(uint256)
func (marketplaceDouble *MarketplaceDouble) TryPackGetProviderMinimumStake() ([]byte, error) {
	return marketplaceDouble.abi.Pack("getProviderMinimumStake")
}

// UnpackGetProviderMinimumStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x53c029f6.
//
// Solidity: function getProviderMinimumStake() view returns(uint256)
func (marketplaceDouble *MarketplaceDouble) UnpackGetProviderMinimumStake(data []byte) (*big.Int, error) {
	out, err := marketplaceDouble.abi.Unpack("getProviderMinimumStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetProviderModelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cc9de8c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProviderModelId(address provider_, bytes32 modelId_) pure returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) PackGetProviderModelId(provider common.Address, modelId [32]byte) []byte {
	enc, err := marketplaceDouble.abi.Pack("getProviderModelId", provider, modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProviderModelId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1cc9de8c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProviderModelId(address provider_, bytes32 modelId_) pure returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) TryPackGetProviderModelId(provider common.Address, modelId [32]byte) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getProviderModelId", provider, modelId)
}

// UnpackGetProviderModelId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1cc9de8c.
//
// Solidity: function getProviderModelId(address provider_, bytes32 modelId_) pure returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) UnpackGetProviderModelId(data []byte) ([32]byte, error) {
	out, err := marketplaceDouble.abi.Unpack("getProviderModelId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetProviderSessions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87bced7d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProviderSessions(address provider_, uint256 offset_, uint256 limit_) view returns(bytes32[], uint256)
func (marketplaceDouble *MarketplaceDouble) PackGetProviderSessions(provider common.Address, offset *big.Int, limit *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("getProviderSessions", provider, offset, limit)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProviderSessions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x87bced7d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProviderSessions(address provider_, uint256 offset_, uint256 limit_) view returns(bytes32[], uint256)
func (marketplaceDouble *MarketplaceDouble) TryPackGetProviderSessions(provider common.Address, offset *big.Int, limit *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getProviderSessions", provider, offset, limit)
}

// GetProviderSessionsOutput serves as a container for the return parameters of contract
// method GetProviderSessions.
type GetProviderSessionsOutput struct {
	Arg0 [][32]byte
	Arg1 *big.Int
}

// UnpackGetProviderSessions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x87bced7d.
//
// Solidity: function getProviderSessions(address provider_, uint256 offset_, uint256 limit_) view returns(bytes32[], uint256)
func (marketplaceDouble *MarketplaceDouble) UnpackGetProviderSessions(data []byte) (GetProviderSessionsOutput, error) {
	out, err := marketplaceDouble.abi.Unpack("getProviderSessions", data)
	outstruct := new(GetProviderSessionsOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.Arg0 = *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	outstruct.Arg1 = abi.ConvertType(out[1], new(big.Int)).(*big.Int)
	return *outstruct, nil
}

// PackGetProvidersTotalClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbdfbbada.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProvidersTotalClaimed() view returns(uint256)
func (marketplaceDouble *MarketplaceDouble) PackGetProvidersTotalClaimed() []byte {
	enc, err := marketplaceDouble.abi.Pack("getProvidersTotalClaimed")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProvidersTotalClaimed is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbdfbbada.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProvidersTotalClaimed() view returns(uint256)
func (marketplaceDouble *MarketplaceDouble) TryPackGetProvidersTotalClaimed() ([]byte, error) {
	return marketplaceDouble.abi.Pack("getProvidersTotalClaimed")
}

// UnpackGetProvidersTotalClaimed is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbdfbbada.
//
// Solidity: function getProvidersTotalClaimed() view returns(uint256)
func (marketplaceDouble *MarketplaceDouble) UnpackGetProvidersTotalClaimed(data []byte) (*big.Int, error) {
	out, err := marketplaceDouble.abi.Unpack("getProvidersTotalClaimed", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ab1bd53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getRegistry() view returns(address)
func (marketplaceDouble *MarketplaceDouble) PackGetRegistry() []byte {
	enc, err := marketplaceDouble.abi.Pack("getRegistry")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetRegistry is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5ab1bd53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getRegistry() view returns(address)
func (marketplaceDouble *MarketplaceDouble) TryPackGetRegistry() ([]byte, error) {
	return marketplaceDouble.abi.Pack("getRegistry")
}

// UnpackGetRegistry is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x5ab1bd53.
//
// Solidity: function getRegistry() view returns(address)
func (marketplaceDouble *MarketplaceDouble) UnpackGetRegistry(data []byte) (common.Address, error) {
	out, err := marketplaceDouble.abi.Unpack("getRegistry", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39b240bd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSession(bytes32 sessionId_) view returns((address,bytes32,uint256,bytes,uint256,uint256,uint128,uint128,uint128,bool,bool))
func (marketplaceDouble *MarketplaceDouble) PackGetSession(sessionId [32]byte) []byte {
	enc, err := marketplaceDouble.abi.Pack("getSession", sessionId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39b240bd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSession(bytes32 sessionId_) view returns((address,bytes32,uint256,bytes,uint256,uint256,uint128,uint128,uint128,bool,bool))
func (marketplaceDouble *MarketplaceDouble) TryPackGetSession(sessionId [32]byte) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getSession", sessionId)
}

// UnpackGetSession is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39b240bd.
//
// Solidity: function getSession(bytes32 sessionId_) view returns((address,bytes32,uint256,bytes,uint256,uint256,uint128,uint128,uint128,bool,bool))
func (marketplaceDouble *MarketplaceDouble) UnpackGetSession(data []byte) (MarketplaceDoubleSession, error) {
	out, err := marketplaceDouble.abi.Unpack("getSession", data)
	if err != nil {
		return *new(MarketplaceDoubleSession), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketplaceDoubleSession)).(*MarketplaceDoubleSession)
	return out0, nil
}

// PackGetSessionEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb823dc8f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSessionEnd(uint256 amount_, uint256 pricePerSecond_, uint128 openedAt_) view returns(uint128)
func (marketplaceDouble *MarketplaceDouble) PackGetSessionEnd(amount *big.Int, pricePerSecond *big.Int, openedAt *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("getSessionEnd", amount, pricePerSecond, openedAt)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSessionEnd is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb823dc8f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSessionEnd(uint256 amount_, uint256 pricePerSecond_, uint128 openedAt_) view returns(uint128)
func (marketplaceDouble *MarketplaceDouble) TryPackGetSessionEnd(amount *big.Int, pricePerSecond *big.Int, openedAt *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getSessionEnd", amount, pricePerSecond, openedAt)
}

// UnpackGetSessionEnd is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb823dc8f.
//
// Solidity: function getSessionEnd(uint256 amount_, uint256 pricePerSecond_, uint128 openedAt_) view returns(uint128)
func (marketplaceDouble *MarketplaceDouble) UnpackGetSessionEnd(data []byte) (*big.Int, error) {
	out, err := marketplaceDouble.abi.Unpack("getSessionEnd", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetSessionId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d689ffd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getSessionId(address user_, address provider_, bytes32 bidId_, uint256 nonce_) pure returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) PackGetSessionId(user common.Address, provider common.Address, bidId [32]byte, nonce *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("getSessionId", user, provider, bidId, nonce)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetSessionId is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d689ffd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getSessionId(address user_, address provider_, bytes32 bidId_, uint256 nonce_) pure returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) TryPackGetSessionId(user common.Address, provider common.Address, bidId [32]byte, nonce *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getSessionId", user, provider, bidId, nonce)
}

// UnpackGetSessionId is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d689ffd.
//
// Solidity: function getSessionId(address user_, address provider_, bytes32 bidId_, uint256 nonce_) pure returns(bytes32)
func (marketplaceDouble *MarketplaceDouble) UnpackGetSessionId(data []byte) ([32]byte, error) {
	out, err := marketplaceDouble.abi.Unpack("getSessionId", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21df0da7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getToken() view returns(address)
func (marketplaceDouble *MarketplaceDouble) PackGetToken() []byte {
	enc, err := marketplaceDouble.abi.Pack("getToken")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21df0da7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getToken() view returns(address)
func (marketplaceDouble *MarketplaceDouble) TryPackGetToken() ([]byte, error) {
	return marketplaceDouble.abi.Pack("getToken")
}

// UnpackGetToken is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x21df0da7.
//
// Solidity: function getToken() view returns(address)
func (marketplaceDouble *MarketplaceDouble) UnpackGetToken(data []byte) (common.Address, error) {
	out, err := marketplaceDouble.abi.Unpack("getToken", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackGetTotalSessions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76400935.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getTotalSessions(address provider_) view returns(uint256)
func (marketplaceDouble *MarketplaceDouble) PackGetTotalSessions(provider common.Address) []byte {
	enc, err := marketplaceDouble.abi.Pack("getTotalSessions", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetTotalSessions is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x76400935.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getTotalSessions(address provider_) view returns(uint256)
func (marketplaceDouble *MarketplaceDouble) TryPackGetTotalSessions(provider common.Address) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getTotalSessions", provider)
}

// UnpackGetTotalSessions is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x76400935.
//
// Solidity: function getTotalSessions(address provider_) view returns(uint256)
func (marketplaceDouble *MarketplaceDouble) UnpackGetTotalSessions(data []byte) (*big.Int, error) {
	out, err := marketplaceDouble.abi.Unpack("getTotalSessions", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackIsBidActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1345df58.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isBidActive(bytes32 bidId_) view returns(bool)
func (marketplaceDouble *MarketplaceDouble) PackIsBidActive(bidId [32]byte) []byte {
	enc, err := marketplaceDouble.abi.Pack("isBidActive", bidId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsBidActive is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1345df58.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isBidActive(bytes32 bidId_) view returns(bool)
func (marketplaceDouble *MarketplaceDouble) TryPackIsBidActive(bidId [32]byte) ([]byte, error) {
	return marketplaceDouble.abi.Pack("isBidActive", bidId)
}

// UnpackIsBidActive is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1345df58.
//
// Solidity: function isBidActive(bytes32 bidId_) view returns(bool)
func (marketplaceDouble *MarketplaceDouble) UnpackIsBidActive(data []byte) (bool, error) {
	out, err := marketplaceDouble.abi.Unpack("isBidActive", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackIsRightsDelegated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54126b8f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function isRightsDelegated(address delegatee_, address delegator_, bytes32 rights_) view returns(bool)
func (marketplaceDouble *MarketplaceDouble) PackIsRightsDelegated(delegatee common.Address, delegator common.Address, rights [32]byte) []byte {
	enc, err := marketplaceDouble.abi.Pack("isRightsDelegated", delegatee, delegator, rights)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIsRightsDelegated is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x54126b8f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function isRightsDelegated(address delegatee_, address delegator_, bytes32 rights_) view returns(bool)
func (marketplaceDouble *MarketplaceDouble) TryPackIsRightsDelegated(delegatee common.Address, delegator common.Address, rights [32]byte) ([]byte, error) {
	return marketplaceDouble.abi.Pack("isRightsDelegated", delegatee, delegator, rights)
}

// UnpackIsRightsDelegated is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x54126b8f.
//
// Solidity: function isRightsDelegated(address delegatee_, address delegator_, bytes32 rights_) view returns(bool)
func (marketplaceDouble *MarketplaceDouble) UnpackIsRightsDelegated(data []byte) (bool, error) {
	out, err := marketplaceDouble.abi.Unpack("isRightsDelegated", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackModelDeregister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5a245f1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelDeregister(bytes32 modelId_) returns()
func (marketplaceDouble *MarketplaceDouble) PackModelDeregister(modelId [32]byte) []byte {
	enc, err := marketplaceDouble.abi.Pack("modelDeregister", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelDeregister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd5a245f1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelDeregister(bytes32 modelId_) returns()
func (marketplaceDouble *MarketplaceDouble) TryPackModelDeregister(modelId [32]byte) ([]byte, error) {
	return marketplaceDouble.abi.Pack("modelDeregister", modelId)
}

// PackModelRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21dea0a0.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelRegister(address modelOwner_, bytes32 baseModelId_, bytes32 ipfsCID_, uint256 fee_, uint256 amount_, string name_, string[] tags_) returns()
func (marketplaceDouble *MarketplaceDouble) PackModelRegister(modelOwner common.Address, baseModelId [32]byte, ipfsCID [32]byte, fee *big.Int, amount *big.Int, name string, tags []string) []byte {
	enc, err := marketplaceDouble.abi.Pack("modelRegister", modelOwner, baseModelId, ipfsCID, fee, amount, name, tags)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x21dea0a0.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelRegister(address modelOwner_, bytes32 baseModelId_, bytes32 ipfsCID_, uint256 fee_, uint256 amount_, string name_, string[] tags_) returns()
func (marketplaceDouble *MarketplaceDouble) TryPackModelRegister(modelOwner common.Address, baseModelId [32]byte, ipfsCID [32]byte, fee *big.Int, amount *big.Int, name string, tags []string) ([]byte, error) {
	return marketplaceDouble.abi.Pack("modelRegister", modelOwner, baseModelId, ipfsCID, fee, amount, name, tags)
}

// PackModelSetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78998329.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function modelSetMinStake(uint256 modelMinimumStake_) returns()
func (marketplaceDouble *MarketplaceDouble) PackModelSetMinStake(modelMinimumStake *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("modelSetMinStake", modelMinimumStake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackModelSetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x78998329.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function modelSetMinStake(uint256 modelMinimumStake_) returns()
func (marketplaceDouble *MarketplaceDouble) TryPackModelSetMinStake(modelMinimumStake *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("modelSetMinStake", modelMinimumStake)
}

// PackOpenSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa85a1782.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function openSession(address user_, uint256 amount_, bool isDirectPaymentFromUser_, bytes approvalEncoded_, bytes signature_) returns(bytes32 sessionId_)
func (marketplaceDouble *MarketplaceDouble) PackOpenSession(user common.Address, amount *big.Int, isDirectPaymentFromUser bool, approvalEncoded []byte, signature []byte) []byte {
	enc, err := marketplaceDouble.abi.Pack("openSession", user, amount, isDirectPaymentFromUser, approvalEncoded, signature)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpenSession is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa85a1782.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function openSession(address user_, uint256 amount_, bool isDirectPaymentFromUser_, bytes approvalEncoded_, bytes signature_) returns(bytes32 sessionId_)
func (marketplaceDouble *MarketplaceDouble) TryPackOpenSession(user common.Address, amount *big.Int, isDirectPaymentFromUser bool, approvalEncoded []byte, signature []byte) ([]byte, error) {
	return marketplaceDouble.abi.Pack("openSession", user, amount, isDirectPaymentFromUser, approvalEncoded, signature)
}

// UnpackOpenSession is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa85a1782.
//
// Solidity: function openSession(address user_, uint256 amount_, bool isDirectPaymentFromUser_, bytes approvalEncoded_, bytes signature_) returns(bytes32 sessionId_)
func (marketplaceDouble *MarketplaceDouble) UnpackOpenSession(data []byte) ([32]byte, error) {
	out, err := marketplaceDouble.abi.Unpack("openSession", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function owner() view returns(address)
func (marketplaceDouble *MarketplaceDouble) PackOwner() []byte {
	enc, err := marketplaceDouble.abi.Pack("owner")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOwner is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8da5cb5b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function owner() view returns(address)
func (marketplaceDouble *MarketplaceDouble) TryPackOwner() ([]byte, error) {
	return marketplaceDouble.abi.Pack("owner")
}

// UnpackOwner is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8da5cb5b.
//
// Solidity: function owner() view returns(address)
func (marketplaceDouble *MarketplaceDouble) UnpackOwner(data []byte) (common.Address, error) {
	out, err := marketplaceDouble.abi.Unpack("owner", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackPostModelBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xede96bb1.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function postModelBid(address provider_, bytes32 modelId_, uint256 pricePerSecond_) returns(bytes32 bidId)
func (marketplaceDouble *MarketplaceDouble) PackPostModelBid(provider common.Address, modelId [32]byte, pricePerSecond *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("postModelBid", provider, modelId, pricePerSecond)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackPostModelBid is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xede96bb1.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function postModelBid(address provider_, bytes32 modelId_, uint256 pricePerSecond_) returns(bytes32 bidId)
func (marketplaceDouble *MarketplaceDouble) TryPackPostModelBid(provider common.Address, modelId [32]byte, pricePerSecond *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("postModelBid", provider, modelId, pricePerSecond)
}

// UnpackPostModelBid is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xede96bb1.
//
// Solidity: function postModelBid(address provider_, bytes32 modelId_, uint256 pricePerSecond_) returns(bytes32 bidId)
func (marketplaceDouble *MarketplaceDouble) UnpackPostModelBid(data []byte) ([32]byte, error) {
	out, err := marketplaceDouble.abi.Unpack("postModelBid", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackProviderDeregister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ca36c49.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function providerDeregister(address provider_) returns()
func (marketplaceDouble *MarketplaceDouble) PackProviderDeregister(provider common.Address) []byte {
	enc, err := marketplaceDouble.abi.Pack("providerDeregister", provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProviderDeregister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x2ca36c49.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function providerDeregister(address provider_) returns()
func (marketplaceDouble *MarketplaceDouble) TryPackProviderDeregister(provider common.Address) ([]byte, error) {
	return marketplaceDouble.abi.Pack("providerDeregister", provider)
}

// PackProviderRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365700cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function providerRegister(address provider_, uint256 amount_, string endpoint_) returns()
func (marketplaceDouble *MarketplaceDouble) PackProviderRegister(provider common.Address, amount *big.Int, endpoint string) []byte {
	enc, err := marketplaceDouble.abi.Pack("providerRegister", provider, amount, endpoint)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProviderRegister is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x365700cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function providerRegister(address provider_, uint256 amount_, string endpoint_) returns()
func (marketplaceDouble *MarketplaceDouble) TryPackProviderRegister(provider common.Address, amount *big.Int, endpoint string) ([]byte, error) {
	return marketplaceDouble.abi.Pack("providerRegister", provider, amount, endpoint)
}

// PackProviderSetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b7f94d6.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function providerSetMinStake(uint256 providerMinimumStake_) returns()
func (marketplaceDouble *MarketplaceDouble) PackProviderSetMinStake(providerMinimumStake *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("providerSetMinStake", providerMinimumStake)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackProviderSetMinStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0b7f94d6.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function providerSetMinStake(uint256 providerMinimumStake_) returns()
func (marketplaceDouble *MarketplaceDouble) TryPackProviderSetMinStake(providerMinimumStake *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("providerSetMinStake", providerMinimumStake)
}

// PackSetMarketplaceBidFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x849c239c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMarketplaceBidFee(uint256 bidFee_) returns()
func (marketplaceDouble *MarketplaceDouble) PackSetMarketplaceBidFee(bidFee *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("setMarketplaceBidFee", bidFee)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMarketplaceBidFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x849c239c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMarketplaceBidFee(uint256 bidFee_) returns()
func (marketplaceDouble *MarketplaceDouble) TryPackSetMarketplaceBidFee(bidFee *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("setMarketplaceBidFee", bidFee)
}

// PackSetMinMaxBidPricePerSecond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf748de1c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function setMinMaxBidPricePerSecond(uint256 bidMinPricePerSecond_, uint256 bidMaxPricePerSecond_) returns()
func (marketplaceDouble *MarketplaceDouble) PackSetMinMaxBidPricePerSecond(bidMinPricePerSecond *big.Int, bidMaxPricePerSecond *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("setMinMaxBidPricePerSecond", bidMinPricePerSecond, bidMaxPricePerSecond)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSetMinMaxBidPricePerSecond is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf748de1c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function setMinMaxBidPricePerSecond(uint256 bidMinPricePerSecond_, uint256 bidMaxPricePerSecond_) returns()
func (marketplaceDouble *MarketplaceDouble) TryPackSetMinMaxBidPricePerSecond(bidMinPricePerSecond *big.Int, bidMaxPricePerSecond *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("setMinMaxBidPricePerSecond", bidMinPricePerSecond, bidMaxPricePerSecond)
}

// PackStakeToStipend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3cb0d0f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stakeToStipend(uint256 amount_, uint128 ) pure returns(uint256)
func (marketplaceDouble *MarketplaceDouble) PackStakeToStipend(amount *big.Int, arg1 *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("stakeToStipend", amount, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStakeToStipend is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xb3cb0d0f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stakeToStipend(uint256 amount_, uint128 ) pure returns(uint256)
func (marketplaceDouble *MarketplaceDouble) TryPackStakeToStipend(amount *big.Int, arg1 *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("stakeToStipend", amount, arg1)
}

// UnpackStakeToStipend is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xb3cb0d0f.
//
// Solidity: function stakeToStipend(uint256 amount_, uint128 ) pure returns(uint256)
func (marketplaceDouble *MarketplaceDouble) UnpackStakeToStipend(data []byte) (*big.Int, error) {
	out, err := marketplaceDouble.abi.Unpack("stakeToStipend", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStartOfTheDay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba26588c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function startOfTheDay(uint128 timestamp_) pure returns(uint128)
func (marketplaceDouble *MarketplaceDouble) PackStartOfTheDay(timestamp *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("startOfTheDay", timestamp)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStartOfTheDay is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xba26588c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function startOfTheDay(uint128 timestamp_) pure returns(uint128)
func (marketplaceDouble *MarketplaceDouble) TryPackStartOfTheDay(timestamp *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("startOfTheDay", timestamp)
}

// UnpackStartOfTheDay is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xba26588c.
//
// Solidity: function startOfTheDay(uint128 timestamp_) pure returns(uint128)
func (marketplaceDouble *MarketplaceDouble) UnpackStartOfTheDay(data []byte) (*big.Int, error) {
	out, err := marketplaceDouble.abi.Unpack("startOfTheDay", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackStipendToStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca40d45f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function stipendToStake(uint256 stipend_, uint128 ) pure returns(uint256)
func (marketplaceDouble *MarketplaceDouble) PackStipendToStake(stipend *big.Int, arg1 *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("stipendToStake", stipend, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackStipendToStake is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xca40d45f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function stipendToStake(uint256 stipend_, uint128 ) pure returns(uint256)
func (marketplaceDouble *MarketplaceDouble) TryPackStipendToStake(stipend *big.Int, arg1 *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("stipendToStake", stipend, arg1)
}

// UnpackStipendToStake is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xca40d45f.
//
// Solidity: function stipendToStake(uint256 stipend_, uint128 ) pure returns(uint256)
func (marketplaceDouble *MarketplaceDouble) UnpackStipendToStake(data []byte) (*big.Int, error) {
	out, err := marketplaceDouble.abi.Unpack("stipendToStake", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTestDiamondCut is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5441c925.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testDiamondCut(address facet_, bytes4[] selectors_) returns()
func (marketplaceDouble *MarketplaceDouble) PackTestDiamondCut(facet common.Address, selectors [][4]byte) []byte {
	enc, err := marketplaceDouble.abi.Pack("testDiamondCut", facet, selectors)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestDiamondCut is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x5441c925.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testDiamondCut(address facet_, bytes4[] selectors_) returns()
func (marketplaceDouble *MarketplaceDouble) TryPackTestDiamondCut(facet common.Address, selectors [][4]byte) ([]byte, error) {
	return marketplaceDouble.abi.Pack("testDiamondCut", facet, selectors)
}

// PackTestSetFundingAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe69f342d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testSetFundingAccount(address account_) returns()
func (marketplaceDouble *MarketplaceDouble) PackTestSetFundingAccount(account common.Address) []byte {
	enc, err := marketplaceDouble.abi.Pack("testSetFundingAccount", account)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestSetFundingAccount is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe69f342d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testSetFundingAccount(address account_) returns()
func (marketplaceDouble *MarketplaceDouble) TryPackTestSetFundingAccount(account common.Address) ([]byte, error) {
	return marketplaceDouble.abi.Pack("testSetFundingAccount", account)
}

// PackTestSetLimitPeriodEarned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa11ca26c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function testSetLimitPeriodEarned(address provider_, uint256 earned_) returns()
func (marketplaceDouble *MarketplaceDouble) PackTestSetLimitPeriodEarned(provider common.Address, earned *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("testSetLimitPeriodEarned", provider, earned)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTestSetLimitPeriodEarned is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa11ca26c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function testSetLimitPeriodEarned(address provider_, uint256 earned_) returns()
func (marketplaceDouble *MarketplaceDouble) TryPackTestSetLimitPeriodEarned(provider common.Address, earned *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("testSetLimitPeriodEarned", provider, earned)
}

// PackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferOwnership(address newOwner_) returns()
func (marketplaceDouble *MarketplaceDouble) PackTransferOwnership(newOwner common.Address) []byte {
	enc, err := marketplaceDouble.abi.Pack("transferOwnership", newOwner)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferOwnership is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xf2fde38b.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferOwnership(address newOwner_) returns()
func (marketplaceDouble *MarketplaceDouble) TryPackTransferOwnership(newOwner common.Address) ([]byte, error) {
	return marketplaceDouble.abi.Pack("transferOwnership", newOwner)
}

// PackWithdrawFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd9be522.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function withdrawFee(address recipient_, uint256 amount_) returns()
func (marketplaceDouble *MarketplaceDouble) PackWithdrawFee(recipient common.Address, amount *big.Int) []byte {
	enc, err := marketplaceDouble.abi.Pack("withdrawFee", recipient, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackWithdrawFee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xfd9be522.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function withdrawFee(address recipient_, uint256 amount_) returns()
func (marketplaceDouble *MarketplaceDouble) TryPackWithdrawFee(recipient common.Address, amount *big.Int) ([]byte, error) {
	return marketplaceDouble.abi.Pack("withdrawFee", recipient, amount)
}

// MarketplaceDoubleDiamondCut represents a DiamondCut event raised by the MarketplaceDouble contract.
type MarketplaceDoubleDiamondCut struct {
	Facets    []MarketplaceDoubleFacetCut
	InitFacet common.Address
	InitData  []byte
	Raw       *types.Log // Blockchain specific contextual infos
}

const MarketplaceDoubleDiamondCutEventName = "DiamondCut"

// ContractEventName returns the user-defined event name.
func (MarketplaceDoubleDiamondCut) ContractEventName() string {
	return MarketplaceDoubleDiamondCutEventName
}

// UnpackDiamondCutEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DiamondCut((address,uint8,bytes4[])[] facets, address initFacet, bytes initData)
func (marketplaceDouble *MarketplaceDouble) UnpackDiamondCutEvent(log *types.Log) (*MarketplaceDoubleDiamondCut, error) {
	event := "DiamondCut"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceDouble.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceDoubleDiamondCut)
	if len(log.Data) > 0 {
		if err := marketplaceDouble.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceDouble.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceDoubleMaretplaceFeeUpdated represents a MaretplaceFeeUpdated event raised by the MarketplaceDouble contract.
type MarketplaceDoubleMaretplaceFeeUpdated struct {
	BidFee *big.Int
	Raw    *types.Log // Blockchain specific contextual infos
}

const MarketplaceDoubleMaretplaceFeeUpdatedEventName = "MaretplaceFeeUpdated"

// ContractEventName returns the user-defined event name.
func (MarketplaceDoubleMaretplaceFeeUpdated) ContractEventName() string {
	return MarketplaceDoubleMaretplaceFeeUpdatedEventName
}

// UnpackMaretplaceFeeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MaretplaceFeeUpdated(uint256 bidFee)
func (marketplaceDouble *MarketplaceDouble) UnpackMaretplaceFeeUpdatedEvent(log *types.Log) (*MarketplaceDoubleMaretplaceFeeUpdated, error) {
	event := "MaretplaceFeeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceDouble.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceDoubleMaretplaceFeeUpdated)
	if len(log.Data) > 0 {
		if err := marketplaceDouble.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceDouble.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceDoubleMarketplaceBidDeleted represents a MarketplaceBidDeleted event raised by the MarketplaceDouble contract.
type MarketplaceDoubleMarketplaceBidDeleted struct {
	Provider common.Address
	ModelId  [32]byte
	Nonce    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceDoubleMarketplaceBidDeletedEventName = "MarketplaceBidDeleted"

// ContractEventName returns the user-defined event name.
func (MarketplaceDoubleMarketplaceBidDeleted) ContractEventName() string {
	return MarketplaceDoubleMarketplaceBidDeletedEventName
}

// UnpackMarketplaceBidDeletedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MarketplaceBidDeleted(address indexed provider, bytes32 indexed modelId, uint256 nonce)
func (marketplaceDouble *MarketplaceDouble) UnpackMarketplaceBidDeletedEvent(log *types.Log) (*MarketplaceDoubleMarketplaceBidDeleted, error) {
	event := "MarketplaceBidDeleted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceDouble.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceDoubleMarketplaceBidDeleted)
	if len(log.Data) > 0 {
		if err := marketplaceDouble.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceDouble.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceDoubleMarketplaceBidMinMaxPriceUpdated represents a MarketplaceBidMinMaxPriceUpdated event raised by the MarketplaceDouble contract.
type MarketplaceDoubleMarketplaceBidMinMaxPriceUpdated struct {
	BidMinPricePerSecond *big.Int
	BidMaxPricePerSecond *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const MarketplaceDoubleMarketplaceBidMinMaxPriceUpdatedEventName = "MarketplaceBidMinMaxPriceUpdated"

// ContractEventName returns the user-defined event name.
func (MarketplaceDoubleMarketplaceBidMinMaxPriceUpdated) ContractEventName() string {
	return MarketplaceDoubleMarketplaceBidMinMaxPriceUpdatedEventName
}

// UnpackMarketplaceBidMinMaxPriceUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MarketplaceBidMinMaxPriceUpdated(uint256 bidMinPricePerSecond, uint256 bidMaxPricePerSecond)
func (marketplaceDouble *MarketplaceDouble) UnpackMarketplaceBidMinMaxPriceUpdatedEvent(log *types.Log) (*MarketplaceDoubleMarketplaceBidMinMaxPriceUpdated, error) {
	event := "MarketplaceBidMinMaxPriceUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceDouble.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceDoubleMarketplaceBidMinMaxPriceUpdated)
	if len(log.Data) > 0 {
		if err := marketplaceDouble.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceDouble.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceDoubleMarketplaceBidPosted represents a MarketplaceBidPosted event raised by the MarketplaceDouble contract.
type MarketplaceDoubleMarketplaceBidPosted struct {
	Provider common.Address
	ModelId  [32]byte
	Nonce    *big.Int
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceDoubleMarketplaceBidPostedEventName = "MarketplaceBidPosted"

// ContractEventName returns the user-defined event name.
func (MarketplaceDoubleMarketplaceBidPosted) ContractEventName() string {
	return MarketplaceDoubleMarketplaceBidPostedEventName
}

// UnpackMarketplaceBidPostedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event MarketplaceBidPosted(address indexed provider, bytes32 indexed modelId, uint256 nonce)
func (marketplaceDouble *MarketplaceDouble) UnpackMarketplaceBidPostedEvent(log *types.Log) (*MarketplaceDoubleMarketplaceBidPosted, error) {
	event := "MarketplaceBidPosted"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceDouble.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceDoubleMarketplaceBidPosted)
	if len(log.Data) > 0 {
		if err := marketplaceDouble.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceDouble.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceDoubleModelDeregistered represents a ModelDeregistered event raised by the MarketplaceDouble contract.
type MarketplaceDoubleModelDeregistered struct {
	Owner   common.Address
	ModelId [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketplaceDoubleModelDeregisteredEventName = "ModelDeregistered"

// ContractEventName returns the user-defined event name.
func (MarketplaceDoubleModelDeregistered) ContractEventName() string {
	return MarketplaceDoubleModelDeregisteredEventName
}

// UnpackModelDeregisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelDeregistered(address indexed owner, bytes32 indexed modelId)
func (marketplaceDouble *MarketplaceDouble) UnpackModelDeregisteredEvent(log *types.Log) (*MarketplaceDoubleModelDeregistered, error) {
	event := "ModelDeregistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceDouble.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceDoubleModelDeregistered)
	if len(log.Data) > 0 {
		if err := marketplaceDouble.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceDouble.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceDoubleModelMinimumStakeUpdated represents a ModelMinimumStakeUpdated event raised by the MarketplaceDouble contract.
type MarketplaceDoubleModelMinimumStakeUpdated struct {
	ModelMinimumStake *big.Int
	Raw               *types.Log // Blockchain specific contextual infos
}

const MarketplaceDoubleModelMinimumStakeUpdatedEventName = "ModelMinimumStakeUpdated"

// ContractEventName returns the user-defined event name.
func (MarketplaceDoubleModelMinimumStakeUpdated) ContractEventName() string {
	return MarketplaceDoubleModelMinimumStakeUpdatedEventName
}

// UnpackModelMinimumStakeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelMinimumStakeUpdated(uint256 modelMinimumStake)
func (marketplaceDouble *MarketplaceDouble) UnpackModelMinimumStakeUpdatedEvent(log *types.Log) (*MarketplaceDoubleModelMinimumStakeUpdated, error) {
	event := "ModelMinimumStakeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceDouble.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceDoubleModelMinimumStakeUpdated)
	if len(log.Data) > 0 {
		if err := marketplaceDouble.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceDouble.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceDoubleModelRegisteredUpdated represents a ModelRegisteredUpdated event raised by the MarketplaceDouble contract.
type MarketplaceDoubleModelRegisteredUpdated struct {
	Owner   common.Address
	ModelId [32]byte
	Raw     *types.Log // Blockchain specific contextual infos
}

const MarketplaceDoubleModelRegisteredUpdatedEventName = "ModelRegisteredUpdated"

// ContractEventName returns the user-defined event name.
func (MarketplaceDoubleModelRegisteredUpdated) ContractEventName() string {
	return MarketplaceDoubleModelRegisteredUpdatedEventName
}

// UnpackModelRegisteredUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ModelRegisteredUpdated(address indexed owner, bytes32 indexed modelId)
func (marketplaceDouble *MarketplaceDouble) UnpackModelRegisteredUpdatedEvent(log *types.Log) (*MarketplaceDoubleModelRegisteredUpdated, error) {
	event := "ModelRegisteredUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceDouble.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceDoubleModelRegisteredUpdated)
	if len(log.Data) > 0 {
		if err := marketplaceDouble.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceDouble.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceDoubleOwnershipTransferred represents a OwnershipTransferred event raised by the MarketplaceDouble contract.
type MarketplaceDoubleOwnershipTransferred struct {
	PreviousOwner common.Address
	NewOwner      common.Address
	Raw           *types.Log // Blockchain specific contextual infos
}

const MarketplaceDoubleOwnershipTransferredEventName = "OwnershipTransferred"

// ContractEventName returns the user-defined event name.
func (MarketplaceDoubleOwnershipTransferred) ContractEventName() string {
	return MarketplaceDoubleOwnershipTransferredEventName
}

// UnpackOwnershipTransferredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event OwnershipTransferred(address indexed previousOwner, address indexed newOwner)
func (marketplaceDouble *MarketplaceDouble) UnpackOwnershipTransferredEvent(log *types.Log) (*MarketplaceDoubleOwnershipTransferred, error) {
	event := "OwnershipTransferred"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceDouble.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceDoubleOwnershipTransferred)
	if len(log.Data) > 0 {
		if err := marketplaceDouble.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceDouble.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceDoubleProviderDeregistered represents a ProviderDeregistered event raised by the MarketplaceDouble contract.
type MarketplaceDoubleProviderDeregistered struct {
	Provider common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceDoubleProviderDeregisteredEventName = "ProviderDeregistered"

// ContractEventName returns the user-defined event name.
func (MarketplaceDoubleProviderDeregistered) ContractEventName() string {
	return MarketplaceDoubleProviderDeregisteredEventName
}

// UnpackProviderDeregisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderDeregistered(address indexed provider)
func (marketplaceDouble *MarketplaceDouble) UnpackProviderDeregisteredEvent(log *types.Log) (*MarketplaceDoubleProviderDeregistered, error) {
	event := "ProviderDeregistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceDouble.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceDoubleProviderDeregistered)
	if len(log.Data) > 0 {
		if err := marketplaceDouble.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceDouble.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceDoubleProviderMinimumStakeUpdated represents a ProviderMinimumStakeUpdated event raised by the MarketplaceDouble contract.
type MarketplaceDoubleProviderMinimumStakeUpdated struct {
	ProviderMinimumStake *big.Int
	Raw                  *types.Log // Blockchain specific contextual infos
}

const MarketplaceDoubleProviderMinimumStakeUpdatedEventName = "ProviderMinimumStakeUpdated"

// ContractEventName returns the user-defined event name.
func (MarketplaceDoubleProviderMinimumStakeUpdated) ContractEventName() string {
	return MarketplaceDoubleProviderMinimumStakeUpdatedEventName
}

// UnpackProviderMinimumStakeUpdatedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderMinimumStakeUpdated(uint256 providerMinimumStake)
func (marketplaceDouble *MarketplaceDouble) UnpackProviderMinimumStakeUpdatedEvent(log *types.Log) (*MarketplaceDoubleProviderMinimumStakeUpdated, error) {
	event := "ProviderMinimumStakeUpdated"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceDouble.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceDoubleProviderMinimumStakeUpdated)
	if len(log.Data) > 0 {
		if err := marketplaceDouble.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceDouble.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceDoubleProviderRegistered represents a ProviderRegistered event raised by the MarketplaceDouble contract.
type MarketplaceDoubleProviderRegistered struct {
	Provider common.Address
	Raw      *types.Log // Blockchain specific contextual infos
}

const MarketplaceDoubleProviderRegisteredEventName = "ProviderRegistered"

// ContractEventName returns the user-defined event name.
func (MarketplaceDoubleProviderRegistered) ContractEventName() string {
	return MarketplaceDoubleProviderRegisteredEventName
}

// UnpackProviderRegisteredEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event ProviderRegistered(address indexed provider)
func (marketplaceDouble *MarketplaceDouble) UnpackProviderRegisteredEvent(log *types.Log) (*MarketplaceDoubleProviderRegistered, error) {
	event := "ProviderRegistered"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceDouble.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceDoubleProviderRegistered)
	if len(log.Data) > 0 {
		if err := marketplaceDouble.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceDouble.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceDoubleSessionClosed represents a SessionClosed event raised by the MarketplaceDouble contract.
type MarketplaceDoubleSessionClosed struct {
	User       common.Address
	SessionId  [32]byte
	ProviderId common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const MarketplaceDoubleSessionClosedEventName = "SessionClosed"

// ContractEventName returns the user-defined event name.
func (MarketplaceDoubleSessionClosed) ContractEventName() string {
	return MarketplaceDoubleSessionClosedEventName
}

// UnpackSessionClosedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SessionClosed(address indexed user, bytes32 indexed sessionId, address indexed providerId)
func (marketplaceDouble *MarketplaceDouble) UnpackSessionClosedEvent(log *types.Log) (*MarketplaceDoubleSessionClosed, error) {
	event := "SessionClosed"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceDouble.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceDoubleSessionClosed)
	if len(log.Data) > 0 {
		if err := marketplaceDouble.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceDouble.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// MarketplaceDoubleSessionOpened represents a SessionOpened event raised by the MarketplaceDouble contract.
type MarketplaceDoubleSessionOpened struct {
	User       common.Address
	SessionId  [32]byte
	ProviderId common.Address
	Raw        *types.Log // Blockchain specific contextual infos
}

const MarketplaceDoubleSessionOpenedEventName = "SessionOpened"

// ContractEventName returns the user-defined event name.
func (MarketplaceDoubleSessionOpened) ContractEventName() string {
	return MarketplaceDoubleSessionOpenedEventName
}

// UnpackSessionOpenedEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event SessionOpened(address indexed user, bytes32 indexed sessionId, address indexed providerId)
func (marketplaceDouble *MarketplaceDouble) UnpackSessionOpenedEvent(log *types.Log) (*MarketplaceDoubleSessionOpened, error) {
	event := "SessionOpened"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != marketplaceDouble.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MarketplaceDoubleSessionOpened)
	if len(log.Data) > 0 {
		if err := marketplaceDouble.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range marketplaceDouble.abi.Events[event].Inputs {
		if arg.Indexed {
			indexed = append(indexed, arg)
		}
	}
	if err := abi.ParseTopics(out, indexed, log.Topics[1:]); err != nil {
		return nil, err
	}
	out.Raw = log
	return out, nil
}

// UnpackError attempts to decode the provided error data using user-defined
// error definitions.
func (marketplaceDouble *MarketplaceDouble) UnpackError(raw []byte) (any, error) {
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["InsufficientRightsForOperation"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackInsufficientRightsForOperationError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["MarketplaceActiveBidNotFound"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackMarketplaceActiveBidNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["MarketplaceBidMinPricePerSecondIsInvalid"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackMarketplaceBidMinPricePerSecondIsInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["MarketplaceBidMinPricePerSecondIsZero"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackMarketplaceBidMinPricePerSecondIsZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["MarketplaceBidPricePerSecondInvalid"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackMarketplaceBidPricePerSecondInvalidError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["MarketplaceFeeAmountIsZero"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackMarketplaceFeeAmountIsZeroError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["MarketplaceModelNotFound"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackMarketplaceModelNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["MarketplaceProviderNotFound"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackMarketplaceProviderNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["ModelHasActiveBids"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackModelHasActiveBidsError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["ModelHasAlreadyDeregistered"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackModelHasAlreadyDeregisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["ModelStakeTooLow"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackModelStakeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["OwnableUnauthorizedAccount"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackOwnableUnauthorizedAccountError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["ProviderHasActiveBids"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackProviderHasActiveBidsError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["ProviderHasAlreadyDeregistered"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackProviderHasAlreadyDeregisteredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["ProviderNotFound"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackProviderNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["ProviderStakeTooLow"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackProviderStakeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["SessionAlreadyClosed"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackSessionAlreadyClosedError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["SessionApproveExpired"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackSessionApproveExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["SessionApprovedForAnotherChainId"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackSessionApprovedForAnotherChainIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["SessionBidNotFound"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackSessionBidNotFoundError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["SessionDuplicateApproval"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackSessionDuplicateApprovalError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["SessionProviderSignatureMismatch"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackSessionProviderSignatureMismatchError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["SessionReceiptExpired"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackSessionReceiptExpiredError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["SessionReceiptForAnotherChainId"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackSessionReceiptForAnotherChainIdError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["SessionStakeTooLow"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackSessionStakeTooLowError(raw[4:])
	}
	if bytes.Equal(raw[:4], marketplaceDouble.abi.Errors["SessionTooShort"].ID.Bytes()[:4]) {
		return marketplaceDouble.UnpackSessionTooShortError(raw[4:])
	}
	return nil, errors.New("Unknown error")
}

// MarketplaceDoubleInsufficientRightsForOperation represents a InsufficientRightsForOperation error raised by the MarketplaceDouble contract.
type MarketplaceDoubleInsufficientRightsForOperation struct {
	Delegator common.Address
	Delegatee common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error InsufficientRightsForOperation(address delegator, address delegatee)
func MarketplaceDoubleInsufficientRightsForOperationErrorID() common.Hash {
	return common.HexToHash("0x2e980d14539388560ec3c509bbed7bb75ab14ddeab55607e7d013f707ba8a43a")
}

// UnpackInsufficientRightsForOperationError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error InsufficientRightsForOperation(address delegator, address delegatee)
func (marketplaceDouble *MarketplaceDouble) UnpackInsufficientRightsForOperationError(raw []byte) (*MarketplaceDoubleInsufficientRightsForOperation, error) {
	out := new(MarketplaceDoubleInsufficientRightsForOperation)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "InsufficientRightsForOperation", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleMarketplaceActiveBidNotFound represents a MarketplaceActiveBidNotFound error raised by the MarketplaceDouble contract.
type MarketplaceDoubleMarketplaceActiveBidNotFound struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketplaceActiveBidNotFound()
func MarketplaceDoubleMarketplaceActiveBidNotFoundErrorID() common.Hash {
	return common.HexToHash("0x33ac0973c24f6526c5cda8cbbd433864153943f900e41a2407d3ee44dd43aeaf")
}

// UnpackMarketplaceActiveBidNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketplaceActiveBidNotFound()
func (marketplaceDouble *MarketplaceDouble) UnpackMarketplaceActiveBidNotFoundError(raw []byte) (*MarketplaceDoubleMarketplaceActiveBidNotFound, error) {
	out := new(MarketplaceDoubleMarketplaceActiveBidNotFound)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "MarketplaceActiveBidNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleMarketplaceBidMinPricePerSecondIsInvalid represents a MarketplaceBidMinPricePerSecondIsInvalid error raised by the MarketplaceDouble contract.
type MarketplaceDoubleMarketplaceBidMinPricePerSecondIsInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketplaceBidMinPricePerSecondIsInvalid()
func MarketplaceDoubleMarketplaceBidMinPricePerSecondIsInvalidErrorID() common.Hash {
	return common.HexToHash("0x5dcc06310e68cc61e6d99962b192d67ada90ca77d5f430a6f65eb0bac49c7435")
}

// UnpackMarketplaceBidMinPricePerSecondIsInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketplaceBidMinPricePerSecondIsInvalid()
func (marketplaceDouble *MarketplaceDouble) UnpackMarketplaceBidMinPricePerSecondIsInvalidError(raw []byte) (*MarketplaceDoubleMarketplaceBidMinPricePerSecondIsInvalid, error) {
	out := new(MarketplaceDoubleMarketplaceBidMinPricePerSecondIsInvalid)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "MarketplaceBidMinPricePerSecondIsInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleMarketplaceBidMinPricePerSecondIsZero represents a MarketplaceBidMinPricePerSecondIsZero error raised by the MarketplaceDouble contract.
type MarketplaceDoubleMarketplaceBidMinPricePerSecondIsZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketplaceBidMinPricePerSecondIsZero()
func MarketplaceDoubleMarketplaceBidMinPricePerSecondIsZeroErrorID() common.Hash {
	return common.HexToHash("0x6261483dedc7de75deb21e7bc6196c5eb81a0f603d4aa135e565205f8bfbc883")
}

// UnpackMarketplaceBidMinPricePerSecondIsZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketplaceBidMinPricePerSecondIsZero()
func (marketplaceDouble *MarketplaceDouble) UnpackMarketplaceBidMinPricePerSecondIsZeroError(raw []byte) (*MarketplaceDoubleMarketplaceBidMinPricePerSecondIsZero, error) {
	out := new(MarketplaceDoubleMarketplaceBidMinPricePerSecondIsZero)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "MarketplaceBidMinPricePerSecondIsZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleMarketplaceBidPricePerSecondInvalid represents a MarketplaceBidPricePerSecondInvalid error raised by the MarketplaceDouble contract.
type MarketplaceDoubleMarketplaceBidPricePerSecondInvalid struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketplaceBidPricePerSecondInvalid()
func MarketplaceDoubleMarketplaceBidPricePerSecondInvalidErrorID() common.Hash {
	return common.HexToHash("0x9c7f2f48cd9d4299b8668417a4bfdc876db7987a1f7ffb74c545117d837ad601")
}

// UnpackMarketplaceBidPricePerSecondInvalidError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketplaceBidPricePerSecondInvalid()
func (marketplaceDouble *MarketplaceDouble) UnpackMarketplaceBidPricePerSecondInvalidError(raw []byte) (*MarketplaceDoubleMarketplaceBidPricePerSecondInvalid, error) {
	out := new(MarketplaceDoubleMarketplaceBidPricePerSecondInvalid)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "MarketplaceBidPricePerSecondInvalid", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleMarketplaceFeeAmountIsZero represents a MarketplaceFeeAmountIsZero error raised by the MarketplaceDouble contract.
type MarketplaceDoubleMarketplaceFeeAmountIsZero struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketplaceFeeAmountIsZero()
func MarketplaceDoubleMarketplaceFeeAmountIsZeroErrorID() common.Hash {
	return common.HexToHash("0x864d4cb343d689fa27378558d00225f9e63e153b58b99c2e1c556fd6ce4dec64")
}

// UnpackMarketplaceFeeAmountIsZeroError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketplaceFeeAmountIsZero()
func (marketplaceDouble *MarketplaceDouble) UnpackMarketplaceFeeAmountIsZeroError(raw []byte) (*MarketplaceDoubleMarketplaceFeeAmountIsZero, error) {
	out := new(MarketplaceDoubleMarketplaceFeeAmountIsZero)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "MarketplaceFeeAmountIsZero", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleMarketplaceModelNotFound represents a MarketplaceModelNotFound error raised by the MarketplaceDouble contract.
type MarketplaceDoubleMarketplaceModelNotFound struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketplaceModelNotFound()
func MarketplaceDoubleMarketplaceModelNotFoundErrorID() common.Hash {
	return common.HexToHash("0x0e68881c8c2bc70b2b670d4c4313faac4de6e68a00c71b7e5ba89309535329b4")
}

// UnpackMarketplaceModelNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketplaceModelNotFound()
func (marketplaceDouble *MarketplaceDouble) UnpackMarketplaceModelNotFoundError(raw []byte) (*MarketplaceDoubleMarketplaceModelNotFound, error) {
	out := new(MarketplaceDoubleMarketplaceModelNotFound)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "MarketplaceModelNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleMarketplaceProviderNotFound represents a MarketplaceProviderNotFound error raised by the MarketplaceDouble contract.
type MarketplaceDoubleMarketplaceProviderNotFound struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error MarketplaceProviderNotFound()
func MarketplaceDoubleMarketplaceProviderNotFoundErrorID() common.Hash {
	return common.HexToHash("0x8d0285d4db5b37975c4a72d6cbee7383c7ea97388db6add8ddbd8fd5e80406fe")
}

// UnpackMarketplaceProviderNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error MarketplaceProviderNotFound()
func (marketplaceDouble *MarketplaceDouble) UnpackMarketplaceProviderNotFoundError(raw []byte) (*MarketplaceDoubleMarketplaceProviderNotFound, error) {
	out := new(MarketplaceDoubleMarketplaceProviderNotFound)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "MarketplaceProviderNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleModelHasActiveBids represents a ModelHasActiveBids error raised by the MarketplaceDouble contract.
type MarketplaceDoubleModelHasActiveBids struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelHasActiveBids()
func MarketplaceDoubleModelHasActiveBidsErrorID() common.Hash {
	return common.HexToHash("0x633910a0232b69568d4edef7adaa9330f8469e861ac0b51b0b86183dd328e76d")
}

// UnpackModelHasActiveBidsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelHasActiveBids()
func (marketplaceDouble *MarketplaceDouble) UnpackModelHasActiveBidsError(raw []byte) (*MarketplaceDoubleModelHasActiveBids, error) {
	out := new(MarketplaceDoubleModelHasActiveBids)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "ModelHasActiveBids", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleModelHasAlreadyDeregistered represents a ModelHasAlreadyDeregistered error raised by the MarketplaceDouble contract.
type MarketplaceDoubleModelHasAlreadyDeregistered struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelHasAlreadyDeregistered()
func MarketplaceDoubleModelHasAlreadyDeregisteredErrorID() common.Hash {
	return common.HexToHash("0xb0835d394062458ac22bdb47a6dff5bf612db93a3bb9bbcd87ab78bb61462899")
}

// UnpackModelHasAlreadyDeregisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelHasAlreadyDeregistered()
func (marketplaceDouble *MarketplaceDouble) UnpackModelHasAlreadyDeregisteredError(raw []byte) (*MarketplaceDoubleModelHasAlreadyDeregistered, error) {
	out := new(MarketplaceDoubleModelHasAlreadyDeregistered)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "ModelHasAlreadyDeregistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleModelStakeTooLow represents a ModelStakeTooLow error raised by the MarketplaceDouble contract.
type MarketplaceDoubleModelStakeTooLow struct {
	Amount    *big.Int
	MinAmount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ModelStakeTooLow(uint256 amount, uint256 minAmount)
func MarketplaceDoubleModelStakeTooLowErrorID() common.Hash {
	return common.HexToHash("0x2f7895f5934693b95d574d9445d867a5367d94760fe07e94a92e68d1e4b33fe5")
}

// UnpackModelStakeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ModelStakeTooLow(uint256 amount, uint256 minAmount)
func (marketplaceDouble *MarketplaceDouble) UnpackModelStakeTooLowError(raw []byte) (*MarketplaceDoubleModelStakeTooLow, error) {
	out := new(MarketplaceDoubleModelStakeTooLow)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "ModelStakeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleOwnableUnauthorizedAccount represents a OwnableUnauthorizedAccount error raised by the MarketplaceDouble contract.
type MarketplaceDoubleOwnableUnauthorizedAccount struct {
	Account common.Address
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error OwnableUnauthorizedAccount(address account_)
func MarketplaceDoubleOwnableUnauthorizedAccountErrorID() common.Hash {
	return common.HexToHash("0x118cdaa7a341953d1887a2245fd6665d741c67c8c50581daa59e1d03373fa188")
}

// UnpackOwnableUnauthorizedAccountError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error OwnableUnauthorizedAccount(address account_)
func (marketplaceDouble *MarketplaceDouble) UnpackOwnableUnauthorizedAccountError(raw []byte) (*MarketplaceDoubleOwnableUnauthorizedAccount, error) {
	out := new(MarketplaceDoubleOwnableUnauthorizedAccount)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "OwnableUnauthorizedAccount", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleProviderHasActiveBids represents a ProviderHasActiveBids error raised by the MarketplaceDouble contract.
type MarketplaceDoubleProviderHasActiveBids struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProviderHasActiveBids()
func MarketplaceDoubleProviderHasActiveBidsErrorID() common.Hash {
	return common.HexToHash("0xf6c1fedca77e60de17519896f1991a119a5b3f2298cc3ebdef3238f9b23d11a2")
}

// UnpackProviderHasActiveBidsError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProviderHasActiveBids()
func (marketplaceDouble *MarketplaceDouble) UnpackProviderHasActiveBidsError(raw []byte) (*MarketplaceDoubleProviderHasActiveBids, error) {
	out := new(MarketplaceDoubleProviderHasActiveBids)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "ProviderHasActiveBids", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleProviderHasAlreadyDeregistered represents a ProviderHasAlreadyDeregistered error raised by the MarketplaceDouble contract.
type MarketplaceDoubleProviderHasAlreadyDeregistered struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProviderHasAlreadyDeregistered()
func MarketplaceDoubleProviderHasAlreadyDeregisteredErrorID() common.Hash {
	return common.HexToHash("0x15b52eb4fdaaadaa8deb874aba32680170cf339413fa775d8f8b81b5a2777024")
}

// UnpackProviderHasAlreadyDeregisteredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProviderHasAlreadyDeregistered()
func (marketplaceDouble *MarketplaceDouble) UnpackProviderHasAlreadyDeregisteredError(raw []byte) (*MarketplaceDoubleProviderHasAlreadyDeregistered, error) {
	out := new(MarketplaceDoubleProviderHasAlreadyDeregistered)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "ProviderHasAlreadyDeregistered", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleProviderNotFound represents a ProviderNotFound error raised by the MarketplaceDouble contract.
type MarketplaceDoubleProviderNotFound struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProviderNotFound()
func MarketplaceDoubleProviderNotFoundErrorID() common.Hash {
	return common.HexToHash("0xb1cd09032d7657898415a36f9ff2abe8423d220ec941d5c18d13e1186d88c3c5")
}

// UnpackProviderNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProviderNotFound()
func (marketplaceDouble *MarketplaceDouble) UnpackProviderNotFoundError(raw []byte) (*MarketplaceDoubleProviderNotFound, error) {
	out := new(MarketplaceDoubleProviderNotFound)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "ProviderNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleProviderStakeTooLow represents a ProviderStakeTooLow error raised by the MarketplaceDouble contract.
type MarketplaceDoubleProviderStakeTooLow struct {
	Amount    *big.Int
	MinAmount *big.Int
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error ProviderStakeTooLow(uint256 amount, uint256 minAmount)
func MarketplaceDoubleProviderStakeTooLowErrorID() common.Hash {
	return common.HexToHash("0xbcc35dcc1509e89b7fed5c9371f396b43dda777bdb8a1623ffde07be217bf253")
}

// UnpackProviderStakeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error ProviderStakeTooLow(uint256 amount, uint256 minAmount)
func (marketplaceDouble *MarketplaceDouble) UnpackProviderStakeTooLowError(raw []byte) (*MarketplaceDoubleProviderStakeTooLow, error) {
	out := new(MarketplaceDoubleProviderStakeTooLow)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "ProviderStakeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleSessionAlreadyClosed represents a SessionAlreadyClosed error raised by the MarketplaceDouble contract.
type MarketplaceDoubleSessionAlreadyClosed struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionAlreadyClosed()
func MarketplaceDoubleSessionAlreadyClosedErrorID() common.Hash {
	return common.HexToHash("0xe9fb372e4ef647f6e7710ce7033df0b292d5d14011d35b1184e3c43ae848f8b4")
}

// UnpackSessionAlreadyClosedError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionAlreadyClosed()
func (marketplaceDouble *MarketplaceDouble) UnpackSessionAlreadyClosedError(raw []byte) (*MarketplaceDoubleSessionAlreadyClosed, error) {
	out := new(MarketplaceDoubleSessionAlreadyClosed)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "SessionAlreadyClosed", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleSessionApproveExpired represents a SessionApproveExpired error raised by the MarketplaceDouble contract.
type MarketplaceDoubleSessionApproveExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionApproveExpired()
func MarketplaceDoubleSessionApproveExpiredErrorID() common.Hash {
	return common.HexToHash("0x4db74c887301456ea455f95fc6f87687d7fe1b40d170d5c894bbf5e2574db1b4")
}

// UnpackSessionApproveExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionApproveExpired()
func (marketplaceDouble *MarketplaceDouble) UnpackSessionApproveExpiredError(raw []byte) (*MarketplaceDoubleSessionApproveExpired, error) {
	out := new(MarketplaceDoubleSessionApproveExpired)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "SessionApproveExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleSessionApprovedForAnotherChainId represents a SessionApprovedForAnotherChainId error raised by the MarketplaceDouble contract.
type MarketplaceDoubleSessionApprovedForAnotherChainId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionApprovedForAnotherChainId()
func MarketplaceDoubleSessionApprovedForAnotherChainIdErrorID() common.Hash {
	return common.HexToHash("0xadf95488bcc88f13611d4b6c571fc78def40bcb0320d22f06d38982e930ba4cd")
}

// UnpackSessionApprovedForAnotherChainIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionApprovedForAnotherChainId()
func (marketplaceDouble *MarketplaceDouble) UnpackSessionApprovedForAnotherChainIdError(raw []byte) (*MarketplaceDoubleSessionApprovedForAnotherChainId, error) {
	out := new(MarketplaceDoubleSessionApprovedForAnotherChainId)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "SessionApprovedForAnotherChainId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleSessionBidNotFound represents a SessionBidNotFound error raised by the MarketplaceDouble contract.
type MarketplaceDoubleSessionBidNotFound struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionBidNotFound()
func MarketplaceDoubleSessionBidNotFoundErrorID() common.Hash {
	return common.HexToHash("0x1de03f33241d78d2fe2e82f81f4fca05e56a213dbb54b74b8588e52e9d1dea73")
}

// UnpackSessionBidNotFoundError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionBidNotFound()
func (marketplaceDouble *MarketplaceDouble) UnpackSessionBidNotFoundError(raw []byte) (*MarketplaceDoubleSessionBidNotFound, error) {
	out := new(MarketplaceDoubleSessionBidNotFound)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "SessionBidNotFound", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleSessionDuplicateApproval represents a SessionDuplicateApproval error raised by the MarketplaceDouble contract.
type MarketplaceDoubleSessionDuplicateApproval struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionDuplicateApproval()
func MarketplaceDoubleSessionDuplicateApprovalErrorID() common.Hash {
	return common.HexToHash("0x684df34c9e2914953829afee2eda29cfae3a455c3c2a26ce5acad4169167aedd")
}

// UnpackSessionDuplicateApprovalError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionDuplicateApproval()
func (marketplaceDouble *MarketplaceDouble) UnpackSessionDuplicateApprovalError(raw []byte) (*MarketplaceDoubleSessionDuplicateApproval, error) {
	out := new(MarketplaceDoubleSessionDuplicateApproval)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "SessionDuplicateApproval", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleSessionProviderSignatureMismatch represents a SessionProviderSignatureMismatch error raised by the MarketplaceDouble contract.
type MarketplaceDoubleSessionProviderSignatureMismatch struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionProviderSignatureMismatch()
func MarketplaceDoubleSessionProviderSignatureMismatchErrorID() common.Hash {
	return common.HexToHash("0x453ede6a79bc3fdbee3078c0bbda332366a734e1c848cef2e4e026754c9e03c2")
}

// UnpackSessionProviderSignatureMismatchError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionProviderSignatureMismatch()
func (marketplaceDouble *MarketplaceDouble) UnpackSessionProviderSignatureMismatchError(raw []byte) (*MarketplaceDoubleSessionProviderSignatureMismatch, error) {
	out := new(MarketplaceDoubleSessionProviderSignatureMismatch)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "SessionProviderSignatureMismatch", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleSessionReceiptExpired represents a SessionReceiptExpired error raised by the MarketplaceDouble contract.
type MarketplaceDoubleSessionReceiptExpired struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionReceiptExpired()
func MarketplaceDoubleSessionReceiptExpiredErrorID() common.Hash {
	return common.HexToHash("0xb55af04a9dfa2804338e3444a8ece885f1bf8cce462b4ae4506d23e455cff51c")
}

// UnpackSessionReceiptExpiredError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionReceiptExpired()
func (marketplaceDouble *MarketplaceDouble) UnpackSessionReceiptExpiredError(raw []byte) (*MarketplaceDoubleSessionReceiptExpired, error) {
	out := new(MarketplaceDoubleSessionReceiptExpired)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "SessionReceiptExpired", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleSessionReceiptForAnotherChainId represents a SessionReceiptForAnotherChainId error raised by the MarketplaceDouble contract.
type MarketplaceDoubleSessionReceiptForAnotherChainId struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionReceiptForAnotherChainId()
func MarketplaceDoubleSessionReceiptForAnotherChainIdErrorID() common.Hash {
	return common.HexToHash("0x4069702a507956384179e305ce193d6e662a4896f4308415fc534b23a0a8fe9d")
}

// UnpackSessionReceiptForAnotherChainIdError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionReceiptForAnotherChainId()
func (marketplaceDouble *MarketplaceDouble) UnpackSessionReceiptForAnotherChainIdError(raw []byte) (*MarketplaceDoubleSessionReceiptForAnotherChainId, error) {
	out := new(MarketplaceDoubleSessionReceiptForAnotherChainId)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "SessionReceiptForAnotherChainId", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleSessionStakeTooLow represents a SessionStakeTooLow error raised by the MarketplaceDouble contract.
type MarketplaceDoubleSessionStakeTooLow struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionStakeTooLow()
func MarketplaceDoubleSessionStakeTooLowErrorID() common.Hash {
	return common.HexToHash("0x63e209ea14f84bef05eecccb23b591e10b34e3d83e5830691299d02e6f69e91e")
}

// UnpackSessionStakeTooLowError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionStakeTooLow()
func (marketplaceDouble *MarketplaceDouble) UnpackSessionStakeTooLowError(raw []byte) (*MarketplaceDoubleSessionStakeTooLow, error) {
	out := new(MarketplaceDoubleSessionStakeTooLow)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "SessionStakeTooLow", raw); err != nil {
		return nil, err
	}
	return out, nil
}

// MarketplaceDoubleSessionTooShort represents a SessionTooShort error raised by the MarketplaceDouble contract.
type MarketplaceDoubleSessionTooShort struct {
}

// ErrorID returns the hash of canonical representation of the error's signature.
//
// Solidity: error SessionTooShort()
func MarketplaceDoubleSessionTooShortErrorID() common.Hash {
	return common.HexToHash("0xf4d7eed5a1b270894e33a61ff8bc9367ae8517789775306370cbbec3290e9347")
}

// UnpackSessionTooShortError is the Go binding used to decode the provided
// error data into the corresponding Go error struct.
//
// Solidity: error SessionTooShort()
func (marketplaceDouble *MarketplaceDouble) UnpackSessionTooShortError(raw []byte) (*MarketplaceDoubleSessionTooShort, error) {
	out := new(MarketplaceDoubleSessionTooShort)
	if err := marketplaceDouble.abi.UnpackIntoInterface(out, "SessionTooShort", raw); err != nil {
		return nil, err
	}
	return out, nil
}
