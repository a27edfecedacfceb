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

// MarketplaceDoubleModelStats is an auto generated low-level Go binding around an user-defined struct.
type MarketplaceDoubleModelStats struct {
	TpsScaled1000 MarketplaceDoubleSD
	TtftMs        MarketplaceDoubleSD
	TotalDuration MarketplaceDoubleSD
	Count         uint32
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

// MarketplaceDoubleProviderModelStats is an auto generated low-level Go binding around an user-defined struct.
type MarketplaceDoubleProviderModelStats struct {
	TpsScaled1000 MarketplaceDoubleSD
	TtftMs        MarketplaceDoubleSD
	TotalDuration uint32
	SuccessCount  uint32
	TotalCount    uint32
}

// MarketplaceDoubleSD is an auto generated low-level Go binding around an user-defined struct.
type MarketplaceDoubleSD struct {
	Mean  int64
	SqSum int64
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
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"registry_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"}],\"name\":\"InsufficientRightsForOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceActiveBidNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceBidMinPricePerSecondIsInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceBidMinPricePerSecondIsZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceBidPricePerSecondInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceFeeAmountIsZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceModelNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceProviderNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModelHasActiveBids\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModelHasAlreadyDeregistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minAmount\",\"type\":\"uint256\"}],\"name\":\"ModelStakeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account_\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProviderHasActiveBids\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProviderHasAlreadyDeregistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProviderNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minAmount\",\"type\":\"uint256\"}],\"name\":\"ProviderStakeTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionAlreadyClosed\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionApproveExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionApprovedForAnotherChainId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionBidNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionDuplicateApproval\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionProviderSignatureMismatch\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionReceiptExpired\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionReceiptForAnotherChainId\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionStakeTooLow\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"SessionTooShort\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"facetAddress\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"action\",\"type\":\"uint8\"},{\"internalType\":\"bytes4[]\",\"name\":\"functionSelectors\",\"type\":\"bytes4[]\"}],\"indexed\":false,\"internalType\":\"structMarketplaceDouble.FacetCut[]\",\"name\":\"facets\",\"type\":\"tuple[]\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initFacet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"initData\",\"type\":\"bytes\"}],\"name\":\"DiamondCut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bidFee\",\"type\":\"uint256\"}],\"name\":\"MaretplaceFeeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"MarketplaceBidDeleted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bidMinPricePerSecond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bidMaxPricePerSecond\",\"type\":\"uint256\"}],\"name\":\"MarketplaceBidMinMaxPriceUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"MarketplaceBidPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"ModelDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"modelMinimumStake\",\"type\":\"uint256\"}],\"name\":\"ModelMinimumStakeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"ModelRegisteredUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ProviderDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"providerMinimumStake\",\"type\":\"uint256\"}],\"name\":\"ProviderMinimumStakeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ProviderRegistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"sessionId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"providerId\",\"type\":\"address\"}],\"name\":\"SessionClosed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"sessionId\",\"type\":\"bytes32\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"providerId\",\"type\":\"address\"}],\"name\":\"SessionOpened\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"DELEGATION_RULES_MARKETPLACE\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DELEGATION_RULES_MODEL\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DELEGATION_RULES_PROVIDER\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"DELEGATION_RULES_SESSION\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"MIN_SESSION_DURATION\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"PROVIDER_REWARD_LIMITER_PERIOD\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"SIGNATURE_TTL\",\"outputs\":[{\"internalType\":\"uint32\",\"name\":\"\",\"type\":\"uint32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"sessionId_\",\"type\":\"bytes32\"}],\"name\":\"claimForProvider\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"receiptEncoded_\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature_\",\"type\":\"bytes\"}],\"name\":\"closeSession\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"bidId_\",\"type\":\"bytes32\"}],\"name\":\"deleteModelBid\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit_\",\"type\":\"uint256\"}],\"name\":\"getActiveModelIds\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit_\",\"type\":\"uint256\"}],\"name\":\"getActiveProviders\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"page\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"bidId_\",\"type\":\"bytes32\"}],\"name\":\"getBid\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"pricePerSecond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"createdAt\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"deletedAt\",\"type\":\"uint128\"}],\"internalType\":\"structMarketplaceDouble.Bid\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getBidFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce_\",\"type\":\"uint256\"}],\"name\":\"getBidId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getFeeBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getFundingAccount\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"}],\"name\":\"getIsModelActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"}],\"name\":\"getIsProviderActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes\",\"name\":\"approval_\",\"type\":\"bytes\"}],\"name\":\"getIsProviderApprovalUsed\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMaxSessionDuration\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMinMaxBidPricePerSecond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"ipfsCID\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"tags\",\"type\":\"string[]\"},{\"internalType\":\"uint128\",\"name\":\"createdAt\",\"type\":\"uint128\"},{\"internalType\":\"bool\",\"name\":\"isDeleted\",\"type\":\"bool\"}],\"internalType\":\"structMarketplaceDouble.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"offset_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit_\",\"type\":\"uint256\"}],\"name\":\"getModelActiveBids\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"baseModelId_\",\"type\":\"bytes32\"}],\"name\":\"getModelId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getModelMinimumStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"}],\"name\":\"getModelStats\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"int64\",\"name\":\"mean\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"sqSum\",\"type\":\"int64\"}],\"internalType\":\"structMarketplaceDouble.SD\",\"name\":\"tpsScaled1000\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"int64\",\"name\":\"mean\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"sqSum\",\"type\":\"int64\"}],\"internalType\":\"structMarketplaceDouble.SD\",\"name\":\"ttftMs\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"int64\",\"name\":\"mean\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"sqSum\",\"type\":\"int64\"}],\"internalType\":\"structMarketplaceDouble.SD\",\"name\":\"totalDuration\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"count\",\"type\":\"uint32\"}],\"internalType\":\"structMarketplaceDouble.ModelStats\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"}],\"name\":\"getProvider\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"createdAt\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"limitPeriodEnd\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"limitPeriodEarned\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"isDeleted\",\"type\":\"bool\"}],\"internalType\":\"structMarketplaceDouble.Provider\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"offset_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit_\",\"type\":\"uint256\"}],\"name\":\"getProviderActiveBids\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"offset_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit_\",\"type\":\"uint256\"}],\"name\":\"getProviderBids\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getProviderMinimumStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"}],\"name\":\"getProviderModelId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"}],\"name\":\"getProviderModelStats\",\"outputs\":[{\"components\":[{\"components\":[{\"internalType\":\"int64\",\"name\":\"mean\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"sqSum\",\"type\":\"int64\"}],\"internalType\":\"structMarketplaceDouble.SD\",\"name\":\"tpsScaled1000\",\"type\":\"tuple\"},{\"components\":[{\"internalType\":\"int64\",\"name\":\"mean\",\"type\":\"int64\"},{\"internalType\":\"int64\",\"name\":\"sqSum\",\"type\":\"int64\"}],\"internalType\":\"structMarketplaceDouble.SD\",\"name\":\"ttftMs\",\"type\":\"tuple\"},{\"internalType\":\"uint32\",\"name\":\"totalDuration\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"successCount\",\"type\":\"uint32\"},{\"internalType\":\"uint32\",\"name\":\"totalCount\",\"type\":\"uint32\"}],\"internalType\":\"structMarketplaceDouble.ProviderModelStats\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"offset_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit_\",\"type\":\"uint256\"}],\"name\":\"getProviderSessions\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getProvidersTotalClaimed\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getRegistry\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"sessionId_\",\"type\":\"bytes32\"}],\"name\":\"getSession\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"bidId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"bytes\",\"name\":\"closeoutReceipt\",\"type\":\"bytes\"},{\"internalType\":\"uint256\",\"name\":\"closeoutType\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"providerWithdrawnAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"openedAt\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"endsAt\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"closedAt\",\"type\":\"uint128\"},{\"internalType\":\"bool\",\"name\":\"isActive\",\"type\":\"bool\"},{\"internalType\":\"bool\",\"name\":\"isDirectPaymentFromUser\",\"type\":\"bool\"}],\"internalType\":\"structMarketplaceDouble.Session\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pricePerSecond_\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"openedAt_\",\"type\":\"uint128\"}],\"name\":\"getSessionEnd\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"bidId_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce_\",\"type\":\"uint256\"}],\"name\":\"getSessionId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"}],\"name\":\"getTotalSessions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"bidId_\",\"type\":\"bytes32\"}],\"name\":\"isBidActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegatee_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"delegator_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"rights_\",\"type\":\"bytes32\"}],\"name\":\"isRightsDelegated\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"}],\"name\":\"modelDeregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"modelOwner_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"baseModelId_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ipfsCID_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"fee_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount_\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"tags_\",\"type\":\"string[]\"}],\"name\":\"modelRegister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelMinimumStake_\",\"type\":\"uint256\"}],\"name\":\"modelSetMinStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"user_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount_\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"isDirectPaymentFromUser_\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"approvalEncoded_\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"signature_\",\"type\":\"bytes\"}],\"name\":\"openSession\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"sessionId_\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"pricePerSecond_\",\"type\":\"uint256\"}],\"name\":\"postModelBid\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"bidId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"}],\"name\":\"providerDeregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount_\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"endpoint_\",\"type\":\"string\"}],\"name\":\"providerRegister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"providerMinimumStake_\",\"type\":\"uint256\"}],\"name\":\"providerSetMinStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bidFee_\",\"type\":\"uint256\"}],\"name\":\"setMarketplaceBidFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bidMinPricePerSecond_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bidMaxPricePerSecond_\",\"type\":\"uint256\"}],\"name\":\"setMinMaxBidPricePerSecond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount_\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"name\":\"stakeToStipend\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint128\",\"name\":\"timestamp_\",\"type\":\"uint128\"}],\"name\":\"startOfTheDay\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stipend_\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"name\":\"stipendToStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"facet_\",\"type\":\"address\"},{\"internalType\":\"bytes4[]\",\"name\":\"selectors_\",\"type\":\"bytes4[]\"}],\"name\":\"testDiamondCut\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account_\",\"type\":\"address\"}],\"name\":\"testSetFundingAccount\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"earned_\",\"type\":\"uint256\"}],\"name\":\"testSetLimitPeriodEarned\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner_\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount_\",\"type\":\"uint256\"}],\"name\":\"withdrawFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "MarketplaceDouble",
	Bin: "0x60c060405234801561000f575f5ffd5b5060405161483638038061483683398101604081905261002e916100ef565b5f80546001600160a01b03199081163390811783556001600160a01b03858116608052841660a052601080549092168117909155601180546001600160801b03191662093a8017905567016345785d8a0000600181905560028190556003556509184e72a000600455662386f26fc100006005556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a35050610120565b80516001600160a01b03811681146100ea575f5ffd5b919050565b5f5f60408385031215610100575f5ffd5b610109836100d4565b9150610117602084016100d4565b90509250929050565b60805160a0516146e06101565f395f818161061d01528181611821015261188801525f81816104a6015261344701526146e05ff3fe608060405234801561000f575f5ffd5b50600436106103a9575f3560e01c80638a683b6e116101ea578063ca40d45f11610114578063e69f342d116100a9578063f2fde38b11610079578063f2fde38b14610b66578063f647ba3d14610b79578063f748de1c14610b81578063fd9be52214610b94575f5ffd5b8063e69f342d14610b24578063e7d791d014610b37578063ede96bb114610b40578063f2e96e8e14610b53575f5ffd5b8063d4c30ceb116100e4578063d4c30ceb14610abe578063d547264214610ac6578063d5a245f114610ae7578063db1cf1e214610afa575f5ffd5b8063ca40d45f14610904578063ca74b5f314610944578063ce53572314610957578063d1b4363814610aaa575f5ffd5b8063a97568581161018a578063b823dc8f1161015a578063b823dc8f14610916578063ba26588c14610929578063bb93d26a14610470578063bdfbbada1461093c575f5ffd5b8063a9756858146108b9578063ad34a150146108ca578063af5b77ca146108f1578063b3cb0d0f14610904575f5ffd5b806391704e1e116101c557806391704e1e1461075c57806391b55d9a14610870578063a11ca26c14610893578063a85a1782146108a6575f5ffd5b80638a683b6e146107315780638da5cb5b146107445780638dbb464714610754575f5ffd5b806354126b8f116102d6578063764009351161026b578063849c239c1161023b578063849c239c146106d157806386878047146106e457806387bced7d1461070b5780638913dcaa1461071e575f5ffd5b80637640093514610667578063775c37271461068f57806378998329146106a05780637d980286146106b3575f5ffd5b806359d435c4116102a657806359d435c4146106085780635ab1bd531461061b57806363ef175d14610641578063747ddd5b14610654575f5ffd5b806354126b8f146105ae5780635441c925146105c157806355f21eb7146105d457806358aeef93146105f4575f5ffd5b80632ca36c491161034c57806339b240bd1161031c57806339b240bd1461056057806342f77a31146105805780634d689ffd1461059357806353c029f6146105a6575f5ffd5b80632ca36c49146104fe578063365700cb146105115780633839d3dc1461052457806338c8ac6214610545575f5ffd5b80631cc9de8c116103875780631cc9de8c1461047057806321dea0a01461049157806321df0da7146104a457806321e7c498146104de575f5ffd5b80630b7f94d6146103ad5780631345df58146103c25780631b26c116146103ea575b5f5ffd5b6103c06103bb366004613818565b610ba7565b005b6103d56103d0366004613818565b610c14565b60405190151581526020015b60405180910390f35b6103fd6103f8366004613843565b610c56565b6040516103e1919081518051600790810b8352602091820151810b82840152818401518051820b604085015291820151900b606083015260e08201905063ffffffff604084015116608083015263ffffffff60608401511660a083015263ffffffff60808401511660c083015292915050565b61048361047e366004613871565b610d3f565b6040519081526020016103e1565b6103c061049f366004613918565b610d80565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b0390911681526020016103e1565b6104f16104ec366004613818565b610f4e565b6040516103e19190613a46565b6103c061050c366004613ae5565b611186565b6103c061051f366004613b00565b611302565b610537610532366004613b57565b61146c565b6040516103e1929190613b77565b600454600554604080519283526020830191909152016103e1565b61057361056e366004613818565b611487565b6040516103e19190613bc3565b6103c061058e366004613c8f565b61161c565b6104836105a1366004613ce1565b6117ca565b600154610483565b6103d56105bc366004613d24565b61181e565b6103c06105cf366004613d62565b6118f9565b6105e76105e2366004613ae5565b611a1e565b6040516103e19190613db2565b6104835f5160206146c05f395f51905f5281565b610537610616366004613e1f565b611b4d565b7f00000000000000000000000000000000000000000000000000000000000000006104c6565b6103d561064f366004613ae5565b611b80565b610483610662366004613e1f565b611bbc565b610483610675366004613ae5565b6001600160a01b03165f908152600c602052604090205490565b6010546001600160a01b03166104c6565b6103c06106ae366004613818565b611c05565b6106bc61012c81565b60405163ffffffff90911681526020016103e1565b6103c06106df366004613818565b611c66565b6104837fdb1a8f53c9efd81b585fe5c55b156a15496e6ca1c7d55f21128c594fd4b3157a81565b610537610719366004613e1f565b611cc7565b6103c061072c366004613818565b611ced565b61053761073f366004613e51565b611d60565b5f546001600160a01b03166104c6565b600354610483565b61080b61076a366004613818565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152505f90815260096020908152604091829020825160c08101845281546001600160a01b03168152600182015492810192909252600281015492820192909252600382015460608201526004909101546001600160801b038082166080840152600160801b9091041660a082015290565b6040516103e191905f60c08201905060018060a01b0383511682526020830151602083015260408301516040830152606083015160608301526001600160801b0360808401511660808301526001600160801b0360a08401511660a083015292915050565b61087b6301e1338081565b6040516001600160801b0390911681526020016103e1565b6103c06108a1366004613871565b611d7c565b6104836108b4366004613e87565b611dc6565b6011546001600160801b031661087b565b6104837fe0e347f99bca6ace06441ab53f851efe66ec57205ae2812242ccddb7923a8a7981565b6105376108ff366004613e1f565b611f7a565b610483610912366004613f3d565b5090565b61087b610924366004613f67565b611fa0565b61087b610937366004613f99565b611fe7565b601254610483565b6103d5610952366004613818565b611fff565b610a47610965366004613818565b6040805160c0810182525f6080820181815260a0830182905282528251808401845281815260208082018390528084019190915283518085018552828152908101829052928201929092526060810191909152505f908152601a6020908152604091829020825160c0810184528154600781810b60808401908152600160401b92839004820b60a0850152835285518087018752600185015480830b8252839004820b818701528386015285518087018752600285015480830b825292909204900b93810193909352928301919091526003015463ffffffff16606082015290565b6040805182518051600790810b8352602091820151810b82840152818501518051820b84860152820151810b606080850191909152938501518051820b608085015290910151900b60a082015291015163ffffffff1660c082015260e0016103e1565b6104835f5160206146a05f395f51905f5281565b600654610483565b610ad9610ad4366004613b57565b612038565b6040516103e1929190613fb2565b6103c0610af5366004613818565b6120f6565b6103d5610b08366004614008565b80516020918201205f908152600d909152604090205460ff1690565b6103c0610b32366004613ae5565b61221a565b6106bc61025881565b610483610b4e366004613e1f565b612268565b6103c0610b61366004613818565b6124d3565b6103c0610b74366004613ae5565b612547565b600254610483565b6103c0610b8f366004613b57565b6125cc565b6103c0610ba2366004613871565b612680565b5f546001600160a01b03163314610bd85760405163118cdaa760e01b81523360048201526024015b60405180910390fd5b60018190556040518181527f4d6b08cda70533f8222fea5ffc794d3a1f5dcde2620c6fa74789ef647db19450906020015b60405180910390a150565b5f81815260096020526040812060048101546001600160801b031615801590610c4f57506004810154600160801b90046001600160801b0316155b9392505050565b6040805160e0810182525f60a0820181815260c083018290528252825180840184528181526020808201839052830152918101829052606081018290526080810191909152505f828152601b602090815260408083206001600160a01b0385168452825291829020825160e0810184528154600781810b60a08401908152600160401b92839004820b60c0850152835285518087018752600185015480830b825283900490910b818601529382019390935260029091015463ffffffff808216948301949094526401000000008104841660608301529190910490911660808201525b92915050565b6040516001600160601b0319606084901b166020820152603481018290525f9060540160405160208183030381529060405280519060200120905092915050565b610daa897fdb1a8f53c9efd81b585fe5c55b156a15496e6ca1c7d55f21128c594fd4b3157a612706565b5f610db58a8a610d3f565b5f818152600860205260408120600281015492935091610dd69089906140cc565b9050600254811015610e0957600254604051632f7895f560e01b8152610bcf918391600401918252602082015260400190565b8715610e1957610e198c89612756565b60068201546001600160801b03165f03610e68576006820180546001600160801b031916426001600160801b03161790556003820180546001600160a01b0319166001600160a01b038e161790555b898255600182018990556002820181905560048201610e88878983614165565b50610e96600583015f61379a565b5f5b84811015610ef05782600501868683818110610eb657610eb661421e565b9050602002810190610ec89190614232565b82546001810184555f938452602090932090920191610ee79183614165565b50600101610e98565b5060068201805460ff60801b19169055610f0b6015846127ac565b60405183906001600160a01b038e16907fda9282a68d90c36d31d780a69a65da6c35191a5d8cdd37bd1a1a5aa9fb168e77905f90a3505050505050505050505050565b610fa46040518061010001604052805f81526020015f81526020015f81526020015f6001600160a01b0316815260200160608152602001606081526020015f6001600160801b031681526020015f151581525090565b5f828152600860209081526040918290208251610100810184528154815260018201549281019290925260028101549282019290925260038201546001600160a01b03166060820152600482018054919291608084019190611005906140df565b80601f0160208091040260200160405190810160405280929190818152602001828054611031906140df565b801561107c5780601f106110535761010080835404028352916020019161107c565b820191905f5260205f20905b81548152906001019060200180831161105f57829003601f168201915b5050505050815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015611151578382905f5260205f200180546110c6906140df565b80601f01602080910402602001604051908101604052809291908181526020018280546110f2906140df565b801561113d5780601f106111145761010080835404028352916020019161113d565b820191905f5260205f20905b81548152906001019060200180831161112057829003601f168201915b5050505050815260200190600101906110a9565b50505090825250600691909101546001600160801b0381166020830152600160801b900460ff16151560409091015292915050565b61119d815f5160206146c05f395f51905f52612706565b6001600160a01b0381165f908152600760205260408120600281015490916001600160801b0390911690036111e55760405163b1cd090360e01b815260040160405180910390fd5b6001600160a01b0382165f908152601760205260409020541561121b57604051633db07fb760e21b815260040160405180910390fd5b600481015460ff16156112415760405163056d4bad60e21b815260040160405180910390fd5b60028101545f90600160801b90046001600160801b0316421161127757816003015482600101546112729190614274565b61127d565b81600101545b905080826001015f8282546112929190614274565b909155505060048201805460ff191660011790556112ba60136001600160a01b0385166127ee565b80156112ca576112ca83826128bc565b6040516001600160a01b038416907ff04091b4a187e321a42001e46961e45b6a75b203fc6fb766b7e05505f6080abb905f90a2505050565b611319845f5160206146c05f395f51905f52612706565b8215611329576113298484612756565b6001600160a01b0384165f90815260076020526040812060018101549091906113539086906140cc565b905060015481101561138657600154604051632f30d77360e21b8152610bcf918391600401918252602082015260400190565b60028201546001600160801b03165f036113ef576002820180546001600160801b031916426001600160801b038116919091179091556113cb906301e1338090614287565b6002830180546001600160801b03928316600160801b029216919091179055611409565b600482015460ff16156114095760048201805460ff191690555b81611415848683614165565b506001820181905561143160136001600160a01b0388166127ac565b6040516001600160a01b038716907f70abce74777b3838ae60a33a6b9a87d9d25532668fe4fea548554c55868579c0905f90a2505050505050565b60605f61147b6015858561290b565b915091505b9250929050565b6040805161016080820183525f808352602080840182905283850182905260608085018190526080850183905260a0850183905260c0850183905260e08501839052610100850183905261012085018390526101408501839052868352600b8252918590208551938401865280546001600160a01b03168452600181015491840191909152600281015494830194909452600384018054939492939184019161152f906140df565b80601f016020809104026020016040519081016040528092919081815260200182805461155b906140df565b80156115a65780601f1061157d576101008083540402835291602001916115a6565b820191905f5260205f20905b81548152906001019060200180831161158957829003601f168201915b5050509183525050600482015460208201526005820154604082015260068201546001600160801b038082166060840152600160801b918290048116608084015260079093015492831660a083015260ff9083048116151560c0830152600160881b909204909116151560e09091015292915050565b5f8080808061162d888a018a6142b9565b9450945094509450945046841461165757604051632034b81560e11b815260040160405180910390fd5b61166361025884614287565b6001600160801b031642111561168c57604051635aad782560e11b815260040160405180910390fd5b5f858152600b6020908152604080832060018101548452600990925290912081546116cd906001600160a01b03165f5160206146a05f395f51905f52612706565b60078201546001600160801b0316156116f9576040516374fd9b9760e11b815260040160405180910390fd5b60078201805460ff60801b19169055600382016117178b8d83614165565b506007820180546001600160801b031916426001600160801b031617905580545f9061174f906001600160a01b03168d8d8d8d6129fc565b905061175b8383612ab8565b611766818484612c4e565b8061177357600160048401555b6117808186868686612cb7565b815483546040516001600160a01b03928316928b9216907f337fbb0a41a596db800dc836595a57815f967185e3596615c646f2455ac3914a905f90a4505050505050505050505050565b6040516001600160601b0319606086811b8216602084015285901b16603482015260488101839052606881018290525f90608801604051602081830303815290604052805190602001209050949350505050565b5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031661185457505f610c4f565b604051638988eea960e01b81526001600160a01b0385811660048301528481166024830152306044830152606482018490527f00000000000000000000000000000000000000000000000000000000000000001690638988eea990608401602060405180830381865afa1580156118cd573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906118f1919061430c565b949350505050565b5f546001600160a01b031633146119255760405163118cdaa760e01b8152336004820152602401610bcf565b6040805160018082528183019092525f91816020015b60408051606080820183525f80835260208301529181019190915281526020019060019003908161193b5790505090506040518060600160405280856001600160a01b03168152602001600160ff1681526020018484808060200260200160405190810160405280939291908181526020018383602002808284375f92018290525093909452505083518492506119d4576119d461421e565b60200260200101819052507f8faa70878671ccd212d20771b795c50af8fd3ff6cf27f4bde57e5d4de0aeb673815f604051611a10929190614327565b60405180910390a150505050565b6040805160c08101825260608082525f6020830181905292820183905281018290526080810182905260a08101919091526001600160a01b0382165f9081526007602052604090819020815160c08101909252805482908290611a80906140df565b80601f0160208091040260200160405190810160405280929190818152602001828054611aac906140df565b8015611af75780601f10611ace57610100808354040283529160200191611af7565b820191905f5260205f20905b815481529060010190602001808311611ada57829003601f168201915b50505091835250506001820154602082015260028201546001600160801b038082166040840152600160801b9091041660608201526003820154608082015260049091015460ff16151560a09091015292915050565b6001600160a01b0383165f90815260196020526040812060609190611b7390858561290b565b915091505b935093915050565b6001600160a01b0381165f90815260076020526040812060028101546001600160801b031615801590610c4f57506004015460ff161592915050565b6040516001600160601b0319606085901b16602082015260348101839052605481018290525f906074016040516020818303038152906040528051906020012090509392505050565b5f546001600160a01b03163314611c315760405163118cdaa760e01b8152336004820152602401610bcf565b60028190556040518181527f136e2b2828baa18257e8eef3c26df62481c7b16303ca0ebe4202865df5e97d7e90602001610c09565b5f546001600160a01b03163314611c925760405163118cdaa760e01b8152336004820152602401610bcf565b60038190556040518181527f9c16b729dd48a231a60f92c4c1a12a5225825dd20699fc221314ea2d73a97cce90602001610c09565b6001600160a01b0383165f908152600c6020526040812060609190611b7390858561290b565b5f81815260096020526040902054611d2e906001600160a01b03167fe0e347f99bca6ace06441ab53f851efe66ec57205ae2812242ccddb7923a8a79612706565b611d3781610c14565b611d54576040516333ac097360e01b815260040160405180910390fd5b611d5d81612f2f565b50565b5f83815260186020526040812060609190611b7390858561290b565b5f546001600160a01b03163314611da85760405163118cdaa760e01b8152336004820152602401610bcf565b6001600160a01b039091165f90815260076020526040902060030155565b5f611dde885f5160206146a05f395f51905f52612706565b5f611de98686612fe5565b5f8181526009602052604081208054600f80549495509193611e28938e936001600160a01b0390931692879291611e1f83614405565b919050556117ca565b5f818152600b60205260409020909350611e428b8b612756565b80546001600160a01b0319166001600160a01b038c16178155600281018a9055600181018390556006810180546001600160801b031916426001600160801b0316179055611e95838b8b8b8b8b8b61305b565b6006820180546001600160801b03908116600160801b93909116830217905560078201805461ffff60801b1916600160881b8c15150217909117905581546001600160a01b03165f908152600c60205260409020611ef390856127ac565b6001600d5f8a8a604051611f0892919061441d565b60408051918290039091208252602082019290925281015f908120805460ff191693151593909317909255835490516001600160a01b039182169287928f16917f2bd7c890baf595977d256a6e784512c873ac58ba612b4895dbb7f784bfbf48399190a4505050979650505050505050565b6001600160a01b0383165f90815260176020526040812060609190611b7390858561290b565b5f80611fac8486614440565b6011549091506001600160801b039081169082161115611fd457506011546001600160801b03165b611fde8184614287565b95945050505050565b5f611ff56201518083614453565b610d399083614480565b5f81815260086020526040812060068101546001600160801b031615801590610c4f575060060154600160801b900460ff161592915050565b60605f60606120496013868661290b565b81519093509091506001600160401b0381111561206857612068613ff4565b604051908082528060200260200182016040528015612091578160200160208202803683370190505b5092505f5b81518110156120ed578181815181106120b1576120b161421e565b60200260200101515f1c8482815181106120cd576120cd61421e565b6001600160a01b0390921660209283029190910190910152600101612096565b50509250929050565b5f818152600860205260409020600381015461213b906001600160a01b03167fdb1a8f53c9efd81b585fe5c55b156a15496e6ca1c7d55f21128c594fd4b3157a612706565b5f828152601860205260409020541561216757604051630319c88560e51b815260040160405180910390fd5b6006810154600160801b900460ff16156121945760405163b0835d3960e01b815260040160405180910390fd5b6002810180545f90915560068201805460ff60801b1916600160801b1790556121be6015846127ee565b80156121dc5760038201546121dc906001600160a01b0316826128bc565b600382015460405184916001600160a01b0316907f79a9f3017f26694a70f688c1e37f4add042a050660c62fc8351f760b153b888b905f90a3505050565b5f546001600160a01b031633146122465760405163118cdaa760e01b8152336004820152602401610bcf565b601080546001600160a01b0319166001600160a01b0392909216919091179055565b5f612293847fe0e347f99bca6ace06441ab53f851efe66ec57205ae2812242ccddb7923a8a79612706565b61229c84611b80565b6122b957604051632340a17560e21b815260040160405180910390fd5b6122c283611fff565b6122df5760405163039a220760e21b815260040160405180910390fd5b6004548210806122f0575060055482115b1561230e5760405163138fe5e960e31b815260040160405180910390fd5b61231a84600354612756565b60035460065f82825461232d91906140cc565b909155505f9050600a816123418787610d3f565b81526020019081526020015f205f81548092919061235e90614405565b9091555090508015612396575f61237b8686610662600186614274565b905061238681610c14565b156123945761239481612f2f565b505b6123a1858583611bbc565b6040805160c0810182526001600160a01b0380891680835260208084018a81528486018a8152606086018981526001600160801b03428116608089019081525f60a08a018181528c8252600988528b82209a518b549a166001600160a01b0319909a16999099178a55945160018a01559251600289015590516003880155905194518116600160801b02941693909317600490940193909355815260199091522090925061244f90836127ac565b6001600160a01b0385165f90815260176020526040902061247090836127ac565b5f84815260186020526040902061248790836127ac565b83856001600160a01b03167ffc422bb61cd73bc76f27eecf69cce3db0b05d39769ca3ed0fb314a3d04bff6f6836040516124c391815260200190565b60405180910390a3509392505050565b5f818152600b602090815260408083206001810154845260099092529091208054612514906001600160a01b03165f5160206146a05f395f51905f52612706565b5f61251f83836131ac565b61252b84846001613230565b6125359190614274565b905061254183826132ee565b50505050565b5f546001600160a01b031633146125735760405163118cdaa760e01b8152336004820152602401610bcf565b5f80546040516001600160a01b03808516939216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b5f546001600160a01b031633146125f85760405163118cdaa760e01b8152336004820152602401610bcf565b815f0361261857604051636261483d60e01b815260040160405180910390fd5b8082111561263957604051635dcc063160e01b815260040160405180910390fd5b6004829055600581905560408051838152602081018390527f522f4bcd10bb097a0de10e63abe81fdef5ff505c11cded69df4bb84b1f87a563910160405180910390a15050565b5f546001600160a01b031633146126ac5760405163118cdaa760e01b8152336004820152602401610bcf565b60065481116126bb57806126bf565b6006545b9050805f036126e15760405163864d4cb360e01b815260040160405180910390fd5b8060065f8282546126f29190614274565b90915550612702905082826128bc565b5050565b336001600160a01b03831614801590612727575061272533838361181e565b155b1561270257604051630ba6034560e21b81526001600160a01b0383166004820152336024820152604401610bcf565b6040516001600160a01b038316602482015230604482015260648101829052612702906084015b60408051601f198184030181529190526020810180516001600160e01b03166323b872dd60e01b179052613443565b5f818152600183016020526040902054156127c5575050565b8154600181810184555f8481526020808220909301849055845493815293019052604090912055565b5f8181526001830160205260408120549081900361280b57505050565b825481811461287c575f84612821600184614274565b815481106128315761283161421e565b5f918252602090912001549050808561284b600186614274565b8154811061285b5761285b61421e565b5f918252602080832090910192909255918252600186019052604090208290555b835484908061288d5761288d61449f565b600190038181905f5260205f20015f90559055836001015f8481526020019081526020015f205f905550505050565b6040516001600160a01b0383166024820152604481018290526127029060640160408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b179052613443565b825460609080841061292c57604080515f8152602081019091529150611b78565b5f61293784866140cc565b90508181118061294657508481105b1561294e5750805b6129588582614274565b6001600160401b0381111561296f5761296f613ff4565b604051908082528060200260200182016040528015612998578160200160208202803683370190505b509250845b818110156129f257865f0181815481106129b9576129b961421e565b905f5260205f2001548487836129cf9190614274565b815181106129df576129df61421e565b602090810291909101015260010161299d565b5050935093915050565b5f5f612a658686604051612a1192919061441d565b6040519081900381207f19457468657265756d205369676e6564204d6573736167653a0a3332000000006020830152603c820152605c0160405160208183030381529060405280519060200120858561354e565b90506001600160a01b03811615801590612aad5750866001600160a01b0316816001600160a01b03161480612aad5750612aad81885f5160206146c05f395f51905f5261181e565b979650505050505050565b60078201545f90612ad1906001600160801b0316611fe7565b60068401546007850154919250600160801b90046001600160801b039081169082161015905f90600160881b900460ff16612b0c575f612b17565b612b1785855f613230565b90505f818660020154612b2a9190614274565b90505f83612c275760068701545f90612b50906001600160801b0390811690881661362d565b600689015460078a0154612b77916001600160801b03600160801b90910481169116613642565b612b819190614274565b9050612ba283612b9d896002015484612b9a91906144b3565b90565b613642565b88546001600160a01b03165f908152600e602090815260409182902082518084019093528383529294508101612bdb8962015180614287565b6001600160801b039081169091528254600181810185555f94855260209485902084516002909302019182559390920151919092018054919092166001600160801b0319909116179055505b8654612c45906001600160a01b0316612c408385614274565b6128bc565b50505050505050565b600682015460078301546001600160801b03600160801b9092048216911610155f612c7b84846001613230565b90505f85158015612c8a575082155b15612c9c57612c9985856131ac565b90505b612caf85612caa8385614274565b6132ee565b505050505050565b60018101545f818152601b6020908152604080832085546001600160a01b031684528252808320938352601a9091529020600282018054600160401b900463ffffffff16906008612d07836144ca565b91906101000a81548163ffffffff021916908363ffffffff1602179055505086612d32575050612f28565b6002820154640100000000900463ffffffff1615612da0578154600380830154612d749284920b90612d6c9060019063ffffffff166144ee565b60030b613650565b600182810154600380840154612d9b938086019390920b91612d6c9163ffffffff166144ee565b612dd7565b60038101805463ffffffff16905f612db7836144ca565b91906101000a81548163ffffffff021916908363ffffffff160217905550505b600282018054640100000000900463ffffffff16906004612df7836144ca565b825463ffffffff9182166101009390930a92830291909202199091161790555060068401546007850154612e37916001600160801b039081169116614480565b6002830180545f90612e5090849063ffffffff1661450a565b92506101000a81548163ffffffff021916908363ffffffff160217905550612e95825f018760030b8460020160049054906101000a900463ffffffff1660030b61371c565b612ebd826001018660030b8460020160049054906101000a900463ffffffff1660030b61371c565b600282810154600380840154612ee49385019263ffffffff908116830b929116900b61371c565b8154600380830154612f0392849290810b9163ffffffff16900b61371c565b600182810154600380840154612c4593850192820b9163ffffffff909116900b61371c565b5050505050565b5f8181526009602090815260408083206004810180546001600160801b03428116600160801b02911617905580546001600160a01b031684526017909252909120612f7a90836127ee565b60018101545f908152601860205260409020612f9690836127ee565b6001810154815460038301546040519081526001600160a01b03909116907f409dfc0f98bf6e062e576fbdc63c9f82392d44deff61e3412f8bd256d28148839060200160405180910390a35050565b5f808080612ff585870187614526565b9350509250925046821461301c576040516315bf2a9160e31b815260040160405180910390fd5b61302861025882614287565b6001600160801b0316421115613051576040516309b6e99160e31b815260040160405180910390fd5b5090949350505050565b5f61306588610c14565b61308257604051631de03f3360e01b815260040160405180910390fd5b5f88815260096020526040902080546130a7906001600160a01b0316878787876129fc565b6130c45760405163229f6f3560e11b815260040160405180910390fd5b600d5f87876040516130d792919061441d565b604080519182900390912082526020820192909252015f205460ff161561311157604051631a137cd360e21b815260040160405180910390fd5b5f61312189836002015442611fa0565b90505f61312e4283614480565b905061012c6001600160801b038216101561315c5760405163f4d7eed560e01b815260040160405180910390fd5b8880156131805750898360020154826001600160801b031661317e91906144b3565b115b1561319e576040516331f104f560e11b815260040160405180910390fd5b509998505050505050505050565b60078201545f9081906131c7906001600160801b0316611fe7565b90506131d68162015180614287565b6001600160801b031642106131ee575f915050610d39565b6002830154600685015461320e906001600160801b03808516911661362d565b600786015461322691906001600160801b0316614274565b6118f191906144b3565b60078301545f9081906001600160801b031615613273576007850154600686015461326e916001600160801b0390811691600160801b900416613642565b613289565b6006850154600160801b90046001600160801b03165b90508042101561329c575f915050610c4f565b5f836132a8575f6132ae565b85600501545b6002860154600688015491925082916132d0906001600160801b031685614274565b6132da91906144b3565b6132e49190614274565b9695505050505050565b60018201545f90815260096020908152604080832080546001600160a01b0316845260079092529091206002810154600160801b90046001600160801b0316421115613368576133426301e1338042614287565b6002820180546001600160801b03928316600160801b0292169190911790555f60038201555b5f8160030154826001015461337d9190614274565b90506133898482613642565b9350835f03613399575050505050565b83856005015f8282546133ac91906140cc565b9250508190555083826003015f8282546133c691906140cc565b925050819055508360125f8282546133de91906140cc565b90915550506007850154600160881b900460ff161561341157825461340c906001600160a01b0316856128bc565b612f28565b60105483546040516001600160a01b0392831660248201529116604482015260648101859052612f289060840161277d565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b03168360405161347d919061456b565b5f604051808303815f865af19150503d805f81146134b6576040519150601f19603f3d011682016040523d82523d5f602084013e6134bb565b606091505b5091509150816134cd57805160208201fd5b805115806134ea5750808060200190518101906134ea919061430c565b6135495760405162461bcd60e51b815260206004820152602a60248201527f5361666545524332303a204552433230206f7065726174696f6e20646964206e6044820152691bdd081cdd58d8d9595960b21b6064820152608401610bcf565b505050565b5f6041821461355e57505f610c4f565b5f61356c6020828587614581565b613575916145a8565b90505f613586604060208688614581565b61358f916145a8565b90505f858560408181106135a5576135a561421e565b919091013560f81c915050601b8110156135c7576135c4601b826145c5565b90505b604080515f81526020810180835289905260ff831691810191909152606081018490526080810183905260019060a0016020604051602081039080840390855afa158015613617573d5f5f3e3d5ffd5b5050604051601f19015198975050505050505050565b5f81831161363b5781610c4f565b5090919050565b5f81831061363b5781610c4f565b8060070b5f0361366c57505080546001600160801b0319169055565b825460070b8161367c82856145de565b613686919061460d565b8454613695919060070b6145de565b845467ffffffffffffffff19166001600160401b03919091161784556136bb81846145de565b84546136ca9060070b856145de565b6136d4919061464a565b84546136ea9190600160401b900460070b6145de565b84546001600160401b0391909116600160401b026fffffffffffffffff00000000000000001990911617909355505050565b825460070b8161372c82856145de565b613736919061460d565b8454613745919060070b614670565b845467ffffffffffffffff19166001600160401b039190911617845561376b81846145de565b845461377a9060070b856145de565b613784919061464a565b84546136ea9190600160401b900460070b614670565b5080545f8255905f5260205f20906137b291906137b4565b565b5f5b80821115613549576137ca8184015f6137d2565b6001016137b6565b5080546137de906140df565b5f825580601f106137ed575050565b601f0160209004905f5260205f20906137b291905f5b80821115613549575f81840155600101613803565b5f60208284031215613828575f5ffd5b5035919050565b6001600160a01b0381168114611d5d575f5ffd5b5f5f60408385031215613854575f5ffd5b8235915060208301356138668161382f565b809150509250929050565b5f5f60408385031215613882575f5ffd5b823561388d8161382f565b946020939093013593505050565b5f5f83601f8401126138ab575f5ffd5b5081356001600160401b038111156138c1575f5ffd5b602083019150836020828501011115611480575f5ffd5b5f5f83601f8401126138e8575f5ffd5b5081356001600160401b038111156138fe575f5ffd5b6020830191508360208260051b8501011115611480575f5ffd5b5f5f5f5f5f5f5f5f5f60e08a8c031215613930575f5ffd5b893561393b8161382f565b985060208a0135975060408a0135965060608a0135955060808a0135945060a08a01356001600160401b03811115613971575f5ffd5b61397d8c828d0161389b565b90955093505060c08a01356001600160401b0381111561399b575f5ffd5b6139a78c828d016138d8565b915080935050809150509295985092959850929598565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b83811015613a3a57601f19858403018852613a248383516139be565b6020988901989093509190910190600101613a08565b50909695505050505050565b6020815281516020820152602082015160408201526040820151606082015260018060a01b0360608301511660808201525f608083015161010060a0840152613a936101208401826139be565b905060a0840151601f198483030160c0850152613ab082826139ec565b91505060c0840151613acd60e08501826001600160801b03169052565b5060e08401518015156101008501525b509392505050565b5f60208284031215613af5575f5ffd5b8135610c4f8161382f565b5f5f5f5f60608587031215613b13575f5ffd5b8435613b1e8161382f565b93506020850135925060408501356001600160401b03811115613b3f575f5ffd5b613b4b8782880161389b565b95989497509550505050565b5f5f60408385031215613b68575f5ffd5b50508035926020909101359150565b604080825283519082018190525f9060208501906060840190835b81811015613bb0578351835260209384019390920191600101613b92565b5050602093909301939093525092915050565b60208152613bdd6020820183516001600160a01b03169052565b60208201516040820152604082015160608201525f60608301516101606080840152613c0d6101808401826139be565b9050608084015160a084015260a084015160c084015260c0840151613c3d60e08501826001600160801b03169052565b5060e08401516001600160801b038116610100850152506101008401516001600160801b0381166101208501525061012084015180151561014085015250610140840151801515610160850152613add565b5f5f5f5f60408587031215613ca2575f5ffd5b84356001600160401b03811115613cb7575f5ffd5b613cc38782880161389b565b90955093505060208501356001600160401b03811115613b3f575f5ffd5b5f5f5f5f60808587031215613cf4575f5ffd5b8435613cff8161382f565b93506020850135613d0f8161382f565b93969395505050506040820135916060013590565b5f5f5f60608486031215613d36575f5ffd5b8335613d418161382f565b92506020840135613d518161382f565b929592945050506040919091013590565b5f5f5f60408486031215613d74575f5ffd5b8335613d7f8161382f565b925060208401356001600160401b03811115613d99575f5ffd5b613da5868287016138d8565b9497909650939450505050565b602081525f825160c06020840152613dcd60e08401826139be565b9050602084015160408401526001600160801b0360408501511660608401526001600160801b036060850151166080840152608084015160a084015260a0840151151560c08401528091505092915050565b5f5f5f60608486031215613e31575f5ffd5b8335613e3c8161382f565b95602085013595506040909401359392505050565b5f5f5f60608486031215613e63575f5ffd5b505081359360208301359350604090920135919050565b8015158114611d5d575f5ffd5b5f5f5f5f5f5f5f60a0888a031215613e9d575f5ffd5b8735613ea88161382f565b9650602088013595506040880135613ebf81613e7a565b945060608801356001600160401b03811115613ed9575f5ffd5b613ee58a828b0161389b565b90955093505060808801356001600160401b03811115613f03575f5ffd5b613f0f8a828b0161389b565b989b979a50959850939692959293505050565b80356001600160801b0381168114613f38575f5ffd5b919050565b5f5f60408385031215613f4e575f5ffd5b82359150613f5e60208401613f22565b90509250929050565b5f5f5f60608486031215613f79575f5ffd5b8335925060208401359150613f9060408501613f22565b90509250925092565b5f60208284031215613fa9575f5ffd5b610c4f82613f22565b604080825283519082018190525f9060208501906060840190835b81811015613bb05783516001600160a01b0316835260209384019390920191600101613fcd565b634e487b7160e01b5f52604160045260245ffd5b5f60208284031215614018575f5ffd5b81356001600160401b0381111561402d575f5ffd5b8201601f8101841361403d575f5ffd5b80356001600160401b0381111561405657614056613ff4565b604051601f8201601f19908116603f011681016001600160401b038111828210171561408457614084613ff4565b60405281815282820160200186101561409b575f5ffd5b816020840160208301375f91810160200191909152949350505050565b634e487b7160e01b5f52601160045260245ffd5b80820180821115610d3957610d396140b8565b600181811c908216806140f357607f821691505b60208210810361411157634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115613549578282111561354957805f5260205f20601f840160051c602085101561414257505f5b90810190601f840160051c035f5b81811015612caf575f83820155600101614150565b6001600160401b0383111561417c5761417c613ff4565b6141908361418a83546140df565b83614117565b5f601f8411600181146141c1575f85156141aa5750838201355b5f19600387901b1c1916600186901b178355612f28565b5f83815260208120601f198716915b828110156141f057868501358255602094850194600190920191016141d0565b508682101561420c575f1960f88860031b161c19848701351681555b505060018560011b0183555050505050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112614247575f5ffd5b8301803591506001600160401b03821115614260575f5ffd5b602001915036819003821315611480575f5ffd5b81810381811115610d3957610d396140b8565b6001600160801b038181168382160190811115610d3957610d396140b8565b803563ffffffff81168114613f38575f5ffd5b5f5f5f5f5f60a086880312156142cd575f5ffd5b85359450602086013593506142e460408701613f22565b92506142f2606087016142a6565b9150614300608087016142a6565b90509295509295909350565b5f6020828403121561431c575f5ffd5b8151610c4f81613e7a565b5f606082016060835280855180835260808501915060808160051b8601019250602087015f5b828110156143de57868503607f19018452815180516001600160a01b0316865260208082015160ff16818801526040918201516060928801839052805192880183905201905f9060808801905b808310156143c65783516001600160e01b0319168252602093840193600193909301929091019061439a565b5096505050602093840193919091019060010161434d565b5050506001600160a01b03851660208501525082810360408401525f815260208101611fde565b5f60018201614416576144166140b8565b5060010190565b818382375f9101908152919050565b634e487b7160e01b5f52601260045260245ffd5b5f8261444e5761444e61442c565b500490565b5f6001600160801b0383168061446b5761446b61442c565b806001600160801b0384160691505092915050565b6001600160801b038281168282160390811115610d3957610d396140b8565b634e487b7160e01b5f52603160045260245ffd5b8082028115828204841417610d3957610d396140b8565b5f63ffffffff821663ffffffff81036144e5576144e56140b8565b60010192915050565b63ffffffff8281168282160390811115610d3957610d396140b8565b63ffffffff8181168382160190811115610d3957610d396140b8565b5f5f5f5f60808587031215614539575f5ffd5b843593506020850135925060408501356145528161382f565b915061456060608601613f22565b905092959194509250565b5f82518060208501845e5f920191825250919050565b5f5f8585111561458f575f5ffd5b8386111561459b575f5ffd5b5050820193919092039150565b80356020831015610d39575f19602084900360031b1b1692915050565b60ff8181168382160190811115610d3957610d396140b8565b600782810b9082900b03677fffffffffffffff198112677fffffffffffffff82131715610d3957610d396140b8565b5f8160070b8360070b806146235761462361442c565b677fffffffffffffff1982145f1982141615614641576146416140b8565b90059392505050565b5f8260070b8260070b028060070b9150808214614669576146696140b8565b5092915050565b600781810b9083900b01677fffffffffffffff8113677fffffffffffffff1982121715610d3957610d396140b856febb0b3346f3a62a3cf205ec3a488d79de48762f0ab35cbf72aaf290fde72d79f595f03c9db87c84e0b1043857b43822e60143b5fd222cbae6a58608238277e43b",
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

// PackGetModelStats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce535723.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getModelStats(bytes32 modelId_) view returns(((int64,int64),(int64,int64),(int64,int64),uint32))
func (marketplaceDouble *MarketplaceDouble) PackGetModelStats(modelId [32]byte) []byte {
	enc, err := marketplaceDouble.abi.Pack("getModelStats", modelId)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetModelStats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xce535723.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getModelStats(bytes32 modelId_) view returns(((int64,int64),(int64,int64),(int64,int64),uint32))
func (marketplaceDouble *MarketplaceDouble) TryPackGetModelStats(modelId [32]byte) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getModelStats", modelId)
}

// UnpackGetModelStats is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xce535723.
//
// Solidity: function getModelStats(bytes32 modelId_) view returns(((int64,int64),(int64,int64),(int64,int64),uint32))
func (marketplaceDouble *MarketplaceDouble) UnpackGetModelStats(data []byte) (MarketplaceDoubleModelStats, error) {
	out, err := marketplaceDouble.abi.Unpack("getModelStats", data)
	if err != nil {
		return *new(MarketplaceDoubleModelStats), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketplaceDoubleModelStats)).(*MarketplaceDoubleModelStats)
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

// PackGetProviderModelStats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b26c116.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getProviderModelStats(bytes32 modelId_, address provider_) view returns(((int64,int64),(int64,int64),uint32,uint32,uint32))
func (marketplaceDouble *MarketplaceDouble) PackGetProviderModelStats(modelId [32]byte, provider common.Address) []byte {
	enc, err := marketplaceDouble.abi.Pack("getProviderModelStats", modelId, provider)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetProviderModelStats is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x1b26c116.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getProviderModelStats(bytes32 modelId_, address provider_) view returns(((int64,int64),(int64,int64),uint32,uint32,uint32))
func (marketplaceDouble *MarketplaceDouble) TryPackGetProviderModelStats(modelId [32]byte, provider common.Address) ([]byte, error) {
	return marketplaceDouble.abi.Pack("getProviderModelStats", modelId, provider)
}

// UnpackGetProviderModelStats is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x1b26c116.
//
// Solidity: function getProviderModelStats(bytes32 modelId_, address provider_) view returns(((int64,int64),(int64,int64),uint32,uint32,uint32))
func (marketplaceDouble *MarketplaceDouble) UnpackGetProviderModelStats(data []byte) (MarketplaceDoubleProviderModelStats, error) {
	out, err := marketplaceDouble.abi.Unpack("getProviderModelStats", data)
	if err != nil {
		return *new(MarketplaceDoubleProviderModelStats), err
	}
	out0 := *abi.ConvertType(out[0], new(MarketplaceDoubleProviderModelStats)).(*MarketplaceDoubleProviderModelStats)
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
