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

// MarketplaceDoubleMetaData contains all meta data concerning the MarketplaceDouble contract.
var MarketplaceDoubleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"delegator\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"delegatee\",\"type\":\"address\"}],\"name\":\"InsufficientRightsForOperation\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceActiveBidNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceBidMinPricePerSecondIsInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceBidMinPricePerSecondIsZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceBidPricePerSecondInvalid\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceFeeAmountIsZero\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceModelNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"MarketplaceProviderNotFound\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModelHasActiveBids\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ModelHasAlreadyDeregistered\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minAmount\",\"type\":\"uint256\"}],\"name\":\"ModelStakeTooLow\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account_\",\"type\":\"address\"}],\"name\":\"OwnableUnauthorizedAccount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProviderHasActiveBids\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProviderHasAlreadyDeregistered\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ProviderNotFound\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"minAmount\",\"type\":\"uint256\"}],\"name\":\"ProviderStakeTooLow\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"facetAddress\",\"type\":\"address\"},{\"internalType\":\"uint8\",\"name\":\"action\",\"type\":\"uint8\"},{\"internalType\":\"bytes4[]\",\"name\":\"functionSelectors\",\"type\":\"bytes4[]\"}],\"indexed\":false,\"internalType\":\"structMarketplaceDouble.FacetCut[]\",\"name\":\"facets\",\"type\":\"tuple[]\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initFacet\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes\",\"name\":\"initData\",\"type\":\"bytes\"}],\"name\":\"DiamondCut\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bidFee\",\"type\":\"uint256\"}],\"name\":\"MaretplaceFeeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"MarketplaceBidDeleted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bidMinPricePerSecond\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"bidMaxPricePerSecond\",\"type\":\"uint256\"}],\"name\":\"MarketplaceBidMinMaxPriceUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"}],\"name\":\"MarketplaceBidPosted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"ModelDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"modelMinimumStake\",\"type\":\"uint256\"}],\"name\":\"ModelMinimumStakeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"}],\"name\":\"ModelRegisteredUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"previousOwner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"newOwner\",\"type\":\"address\"}],\"name\":\"OwnershipTransferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ProviderDeregistered\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"providerMinimumStake\",\"type\":\"uint256\"}],\"name\":\"ProviderMinimumStakeUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"}],\"name\":\"ProviderRegistered\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"PROVIDER_REWARD_LIMITER_PERIOD\",\"outputs\":[{\"internalType\":\"uint128\",\"name\":\"\",\"type\":\"uint128\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"bidId_\",\"type\":\"bytes32\"}],\"name\":\"deleteModelBid\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit_\",\"type\":\"uint256\"}],\"name\":\"getActiveModelIds\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"offset_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit_\",\"type\":\"uint256\"}],\"name\":\"getActiveProviders\",\"outputs\":[{\"internalType\":\"address[]\",\"name\":\"page\",\"type\":\"address[]\"},{\"internalType\":\"uint256\",\"name\":\"total\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"bidId_\",\"type\":\"bytes32\"}],\"name\":\"getBid\",\"outputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"provider\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelId\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"pricePerSecond\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"nonce\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"createdAt\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"deletedAt\",\"type\":\"uint128\"}],\"internalType\":\"structMarketplaceDouble.Bid\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getBidFee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"nonce_\",\"type\":\"uint256\"}],\"name\":\"getBidId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getFeeBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"}],\"name\":\"getIsModelActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"}],\"name\":\"getIsProviderActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getMinMaxBidPricePerSecond\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"}],\"name\":\"getModel\",\"outputs\":[{\"components\":[{\"internalType\":\"bytes32\",\"name\":\"ipfsCID\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"fee\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"tags\",\"type\":\"string[]\"},{\"internalType\":\"uint128\",\"name\":\"createdAt\",\"type\":\"uint128\"},{\"internalType\":\"bool\",\"name\":\"isDeleted\",\"type\":\"bool\"}],\"internalType\":\"structMarketplaceDouble.Model\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"offset_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit_\",\"type\":\"uint256\"}],\"name\":\"getModelActiveBids\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"baseModelId_\",\"type\":\"bytes32\"}],\"name\":\"getModelId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getModelMinimumStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"}],\"name\":\"getProvider\",\"outputs\":[{\"components\":[{\"internalType\":\"string\",\"name\":\"endpoint\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"stake\",\"type\":\"uint256\"},{\"internalType\":\"uint128\",\"name\":\"createdAt\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"limitPeriodEnd\",\"type\":\"uint128\"},{\"internalType\":\"uint256\",\"name\":\"limitPeriodEarned\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"isDeleted\",\"type\":\"bool\"}],\"internalType\":\"structMarketplaceDouble.Provider\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"offset_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit_\",\"type\":\"uint256\"}],\"name\":\"getProviderActiveBids\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"offset_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"limit_\",\"type\":\"uint256\"}],\"name\":\"getProviderBids\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"\",\"type\":\"bytes32[]\"},{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getProviderMinimumStake\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"}],\"name\":\"getProviderModelId\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getToken\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"}],\"name\":\"getTotalSessions\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"bidId_\",\"type\":\"bytes32\"}],\"name\":\"isBidActive\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"}],\"name\":\"modelDeregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"modelOwner_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"baseModelId_\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"ipfsCID_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"fee_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount_\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"name_\",\"type\":\"string\"},{\"internalType\":\"string[]\",\"name\":\"tags_\",\"type\":\"string[]\"}],\"name\":\"modelRegister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"modelMinimumStake_\",\"type\":\"uint256\"}],\"name\":\"modelSetMinStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"owner\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"modelId_\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"pricePerSecond_\",\"type\":\"uint256\"}],\"name\":\"postModelBid\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"bidId\",\"type\":\"bytes32\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"}],\"name\":\"providerDeregister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount_\",\"type\":\"uint256\"},{\"internalType\":\"string\",\"name\":\"endpoint_\",\"type\":\"string\"}],\"name\":\"providerRegister\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"providerMinimumStake_\",\"type\":\"uint256\"}],\"name\":\"providerSetMinStake\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bidFee_\",\"type\":\"uint256\"}],\"name\":\"setMarketplaceBidFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"bidMinPricePerSecond_\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"bidMaxPricePerSecond_\",\"type\":\"uint256\"}],\"name\":\"setMinMaxBidPricePerSecond\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"facet_\",\"type\":\"address\"},{\"internalType\":\"bytes4[]\",\"name\":\"selectors_\",\"type\":\"bytes4[]\"}],\"name\":\"testDiamondCut\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"provider_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"earned_\",\"type\":\"uint256\"}],\"name\":\"testSetLimitPeriodEarned\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"newOwner_\",\"type\":\"address\"}],\"name\":\"transferOwnership\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"recipient_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount_\",\"type\":\"uint256\"}],\"name\":\"withdrawFee\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "MarketplaceDouble",
	Bin: "0x60a060405234801561000f575f5ffd5b5060405161270038038061270083398101604081905261002e916100aa565b5f80546001600160a01b0319163390811782556001600160a01b03831660805267016345785d8a0000600181905560028190556003556509184e72a000600455662386f26fc100006005556040519091907f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e0908290a3506100d7565b5f602082840312156100ba575f5ffd5b81516001600160a01b03811681146100d0575f5ffd5b9392505050565b60805161260a6100f65f395f81816102950152611c5e015261260a5ff3fe608060405234801561000f575f5ffd5b506004361061021e575f3560e01c8063849c239c1161012a578063bb93d26a116100b4578063ede96bb111610079578063ede96bb1146105fb578063f2fde38b1461060e578063f647ba3d14610621578063f748de1c14610629578063fd9be5221461063c575f5ffd5b8063bb93d26a1461025f578063ca74b5f3146105ac578063d4c30ceb146105bf578063d5472642146105c7578063d5a245f1146105e8575f5ffd5b80638dbb4647116100fa5780638dbb46471461044757806391704e1e1461044f57806391b55d9a14610563578063a11ca26c14610586578063af5b77ca14610599575f5ffd5b8063849c239c146103fe5780638913dcaa146104115780638a683b6e146104245780638da5cb5b14610437575f5ffd5b806338c8ac62116101ab57806359d435c41161017b57806359d435c41461038a57806363ef175d1461039d578063747ddd5b146103b057806376400935146103c357806378998329146103eb575f5ffd5b806338c8ac621461033457806353c029f61461034f5780635441c9251461035757806355f21eb71461036a575f5ffd5b806321df0da7116101f157806321df0da71461029357806321e7c498146102cd5780632ca36c49146102ed578063365700cb146103005780633839d3dc14610313575f5ffd5b80630b7f94d6146102225780631345df58146102375780631cc9de8c1461025f57806321dea0a014610280575b5f5ffd5b610235610230366004611de3565b61064f565b005b61024a610245366004611de3565b6106bc565b60405190151581526020015b60405180910390f35b61027261026d366004611e15565b6106fe565b604051908152602001610256565b61023561028e366004611ebc565b610745565b7f00000000000000000000000000000000000000000000000000000000000000005b6040516001600160a01b039091168152602001610256565b6102e06102db366004611de3565b6108f2565b6040516102569190611fea565b6102356102fb366004612088565b610b2a565b61023561030e3660046120a1565b610c98565b6103266103213660046120f7565b610df4565b604051610256929190612117565b60045460055460408051928352602083019190915201610256565b600154610272565b610235610365366004612163565b610e0f565b61037d610378366004612088565b610f34565b60405161025691906121b2565b61032661039836600461221f565b611063565b61024a6103ab366004612088565b611096565b6102726103be36600461221f565b6110d2565b6102726103d1366004612088565b6001600160a01b03165f908152600b602052604090205490565b6102356103f9366004611de3565b611120565b61023561040c366004611de3565b611181565b61023561041f366004611de3565b6111e2565b61032661043236600461224f565b611234565b5f546001600160a01b03166102b5565b600354610272565b6104fe61045d366004611de3565b6040805160c0810182525f80825260208201819052918101829052606081018290526080810182905260a0810191909152505f90815260096020908152604091829020825160c08101845281546001600160a01b03168152600182015492810192909252600281015492820192909252600382015460608201526004909101546001600160801b038082166080840152600160801b9091041660a082015290565b60405161025691905f60c08201905060018060a01b0383511682526020830151602083015260408301516040830152606083015160608301526001600160801b0360808401511660808301526001600160801b0360a08401511660a083015292915050565b61056e6301e1338081565b6040516001600160801b039091168152602001610256565b610235610594366004611e15565b611250565b6103266105a736600461221f565b61129a565b61024a6105ba366004611de3565b6112c0565b600654610272565b6105da6105d53660046120f7565b6112f9565b604051610256929190612278565b6102356105f6366004611de3565b6113b8565b61027261060936600461221f565b6114bb565b61023561061c366004612088565b611705565b600254610272565b6102356106373660046120f7565b61178a565b61023561064a366004611e15565b61183e565b5f546001600160a01b031633146106805760405163118cdaa760e01b81523360048201526024015b60405180910390fd5b60018190556040518181527f4d6b08cda70533f8222fea5ffc794d3a1f5dcde2620c6fa74789ef647db19450906020015b60405180910390a150565b5f81815260096020526040812060048101546001600160801b0316158015906106f757506004810154600160801b90046001600160801b0316155b9392505050565b6040516bffffffffffffffffffffffff19606084901b166020820152603481018290525f906054016040516020818303038152906040528051906020012090505b92915050565b61074e896118c4565b5f6107598a8a6106fe565b5f81815260086020526040812060028101549293509161077a9089906122ce565b90506002548110156107ad57600254604051632f7895f560e01b8152610677918391600401918252602082015260400190565b87156107bd576107bd8c896118fe565b60068201546001600160801b03165f0361080c576006820180546001600160801b031916426001600160801b03161790556003820180546001600160a01b0319166001600160a01b038e161790555b89825560018201899055600282018190556004820161082c878983612383565b5061083a600583015f611d65565b5f5b84811015610894578260050186868381811061085a5761085a61243e565b905060200281019061086c9190612452565b82546001810184555f93845260209093209092019161088b9183612383565b5060010161083c565b5060068201805460ff60801b191690556108af600e84611953565b60405183906001600160a01b038e16907fda9282a68d90c36d31d780a69a65da6c35191a5d8cdd37bd1a1a5aa9fb168e77905f90a3505050505050505050505050565b6109486040518061010001604052805f81526020015f81526020015f81526020015f6001600160a01b0316815260200160608152602001606081526020015f6001600160801b031681526020015f151581525090565b5f828152600860209081526040918290208251610100810184528154815260018201549281019290925260028101549282019290925260038201546001600160a01b031660608201526004820180549192916080840191906109a9906122f5565b80601f01602080910402602001604051908101604052809291908181526020018280546109d5906122f5565b8015610a205780601f106109f757610100808354040283529160200191610a20565b820191905f5260205f20905b815481529060010190602001808311610a0357829003601f168201915b5050505050815260200160058201805480602002602001604051908101604052809291908181526020015f905b82821015610af5578382905f5260205f20018054610a6a906122f5565b80601f0160208091040260200160405190810160405280929190818152602001828054610a96906122f5565b8015610ae15780601f10610ab857610100808354040283529160200191610ae1565b820191905f5260205f20905b815481529060010190602001808311610ac457829003601f168201915b505050505081526020019060010190610a4d565b50505090825250600691909101546001600160801b0381166020830152600160801b900460ff16151560409091015292915050565b610b33816118c4565b6001600160a01b0381165f908152600760205260408120600281015490916001600160801b039091169003610b7b5760405163b1cd090360e01b815260040160405180910390fd5b6001600160a01b0382165f9081526010602052604090205415610bb157604051633db07fb760e21b815260040160405180910390fd5b600481015460ff1615610bd75760405163056d4bad60e21b815260040160405180910390fd5b60028101545f90600160801b90046001600160801b03164211610c0d5781600301548260010154610c089190612495565b610c13565b81600101545b905080826001015f828254610c289190612495565b909155505060048201805460ff19166001179055610c50600c6001600160a01b038516611995565b8015610c6057610c608382611a63565b6040516001600160a01b038416907ff04091b4a187e321a42001e46961e45b6a75b203fc6fb766b7e05505f6080abb905f90a2505050565b610ca1846118c4565b8215610cb157610cb184846118fe565b6001600160a01b0384165f9081526007602052604081206001810154909190610cdb9086906122ce565b9050600154811015610d0e57600154604051632f30d77360e21b8152610677918391600401918252602082015260400190565b60028201546001600160801b03165f03610d77576002820180546001600160801b031916426001600160801b03811691909117909155610d53906301e13380906124a8565b6002830180546001600160801b03928316600160801b029216919091179055610d91565b600482015460ff1615610d915760048201805460ff191690555b81610d9d848683612383565b5060018201819055610db9600c6001600160a01b038816611953565b6040516001600160a01b038716907f70abce74777b3838ae60a33a6b9a87d9d25532668fe4fea548554c55868579c0905f90a2505050505050565b60605f610e03600e8585611ab2565b915091505b9250929050565b5f546001600160a01b03163314610e3b5760405163118cdaa760e01b8152336004820152602401610677565b6040805160018082528183019092525f91816020015b60408051606080820183525f808352602083015291810191909152815260200190600190039081610e515790505090506040518060600160405280856001600160a01b03168152602001600160ff1681526020018484808060200260200160405190810160405280939291908181526020018383602002808284375f9201829052509390945250508351849250610eea57610eea61243e565b60200260200101819052507f8faa70878671ccd212d20771b795c50af8fd3ff6cf27f4bde57e5d4de0aeb673815f604051610f269291906124c7565b60405180910390a150505050565b6040805160c08101825260608082525f6020830181905292820183905281018290526080810182905260a08101919091526001600160a01b0382165f9081526007602052604090819020815160c08101909252805482908290610f96906122f5565b80601f0160208091040260200160405190810160405280929190818152602001828054610fc2906122f5565b801561100d5780601f10610fe45761010080835404028352916020019161100d565b820191905f5260205f20905b815481529060010190602001808311610ff057829003601f168201915b50505091835250506001820154602082015260028201546001600160801b038082166040840152600160801b9091041660608201526003820154608082015260049091015460ff16151560a09091015292915050565b6001600160a01b0383165f90815260126020526040812060609190611089908585611ab2565b915091505b935093915050565b6001600160a01b0381165f90815260076020526040812060028101546001600160801b0316158015906106f757506004015460ff161592915050565b6040516bffffffffffffffffffffffff19606085901b16602082015260348101839052605481018290525f906074016040516020818303038152906040528051906020012090509392505050565b5f546001600160a01b0316331461114c5760405163118cdaa760e01b8152336004820152602401610677565b60028190556040518181527f136e2b2828baa18257e8eef3c26df62481c7b16303ca0ebe4202865df5e97d7e906020016106b1565b5f546001600160a01b031633146111ad5760405163118cdaa760e01b8152336004820152602401610677565b60038190556040518181527f9c16b729dd48a231a60f92c4c1a12a5225825dd20699fc221314ea2d73a97cce906020016106b1565b5f81815260096020526040902054611202906001600160a01b03166118c4565b61120b816106bc565b611228576040516333ac097360e01b815260040160405180910390fd5b61123181611ba4565b50565b5f83815260116020526040812060609190611089908585611ab2565b5f546001600160a01b0316331461127c5760405163118cdaa760e01b8152336004820152602401610677565b6001600160a01b039091165f90815260076020526040902060030155565b6001600160a01b0383165f90815260106020526040812060609190611089908585611ab2565b5f81815260086020526040812060068101546001600160801b0316158015906106f7575060060154600160801b900460ff161592915050565b60605f606061130a600c8686611ab2565b815190935090915067ffffffffffffffff81111561132a5761132a6122e1565b604051908082528060200260200182016040528015611353578160200160208202803683370190505b5092505f5b81518110156113af578181815181106113735761137361243e565b60200260200101515f1c84828151811061138f5761138f61243e565b6001600160a01b0390921660209283029190910190910152600101611358565b50509250929050565b5f81815260086020526040902060038101546113dc906001600160a01b03166118c4565b5f828152601160205260409020541561140857604051630319c88560e51b815260040160405180910390fd5b6006810154600160801b900460ff16156114355760405163b0835d3960e01b815260040160405180910390fd5b6002810180545f90915560068201805460ff60801b1916600160801b17905561145f600e84611995565b801561147d57600382015461147d906001600160a01b031682611a63565b600382015460405184916001600160a01b0316907f79a9f3017f26694a70f688c1e37f4add042a050660c62fc8351f760b153b888b905f90a3505050565b5f6114c5846118c4565b6114ce84611096565b6114eb57604051632340a17560e21b815260040160405180910390fd5b6114f4836112c0565b6115115760405163039a220760e21b815260040160405180910390fd5b600454821080611522575060055482115b156115405760405163138fe5e960e31b815260040160405180910390fd5b61154c846003546118fe565b60035460065f82825461155f91906122ce565b909155505f9050600a8161157387876106fe565b81526020019081526020015f205f815480929190611590906125a9565b90915550905080156115c8575f6115ad86866103be600186612495565b90506115b8816106bc565b156115c6576115c681611ba4565b505b6115d38585836110d2565b6040805160c0810182526001600160a01b0380891680835260208084018a81528486018a8152606086018981526001600160801b03428116608089019081525f60a08a018181528c8252600988528b82209a518b549a166001600160a01b0319909a16999099178a55945160018a01559251600289015590516003880155905194518116600160801b0294169390931760049094019390935581526012909152209092506116819083611953565b6001600160a01b0385165f9081526010602052604090206116a29083611953565b5f8481526011602052604090206116b99083611953565b83856001600160a01b03167ffc422bb61cd73bc76f27eecf69cce3db0b05d39769ca3ed0fb314a3d04bff6f6836040516116f591815260200190565b60405180910390a3509392505050565b5f546001600160a01b031633146117315760405163118cdaa760e01b8152336004820152602401610677565b5f80546040516001600160a01b03808516939216917f8be0079c531659141344cd1fd0a4f28419497f9722a3daafe3b4186f6b6457e091a35f80546001600160a01b0319166001600160a01b0392909216919091179055565b5f546001600160a01b031633146117b65760405163118cdaa760e01b8152336004820152602401610677565b815f036117d657604051636261483d60e01b815260040160405180910390fd5b808211156117f757604051635dcc063160e01b815260040160405180910390fd5b6004829055600581905560408051838152602081018390527f522f4bcd10bb097a0de10e63abe81fdef5ff505c11cded69df4bb84b1f87a563910160405180910390a15050565b5f546001600160a01b0316331461186a5760405163118cdaa760e01b8152336004820152602401610677565b6006548111611879578061187d565b6006545b9050805f0361189f5760405163864d4cb360e01b815260040160405180910390fd5b8060065f8282546118b09190612495565b909155506118c090508282611a63565b5050565b336001600160a01b0382161461123157604051630ba6034560e21b81526001600160a01b0382166004820152336024820152604401610677565b6040516001600160a01b0383166024820152306044820152606481018290526118c09060840160408051601f198184030181529190526020810180516001600160e01b03166323b872dd60e01b179052611c5a565b5f8181526001830160205260409020541561196c575050565b8154600181810184555f8481526020808220909301849055845493815293019052604090912055565b5f818152600183016020526040812054908190036119b257505050565b8254818114611a23575f846119c8600184612495565b815481106119d8576119d861243e565b5f91825260209091200154905080856119f2600186612495565b81548110611a0257611a0261243e565b5f918252602080832090910192909255918252600186019052604090208290555b8354849080611a3457611a346125c1565b600190038181905f5260205f20015f90559055836001015f8481526020019081526020015f205f905550505050565b6040516001600160a01b0383166024820152604481018290526118c09060640160408051601f198184030181529190526020810180516001600160e01b031663a9059cbb60e01b179052611c5a565b8254606090808410611ad357604080515f815260208101909152915061108e565b5f611ade84866122ce565b905081811180611aed57508481105b15611af55750805b611aff8582612495565b67ffffffffffffffff811115611b1757611b176122e1565b604051908082528060200260200182016040528015611b40578160200160208202803683370190505b509250845b81811015611b9a57865f018181548110611b6157611b6161243e565b905f5260205f200154848783611b779190612495565b81518110611b8757611b8761243e565b6020908102919091010152600101611b45565b5050935093915050565b5f8181526009602090815260408083206004810180546001600160801b03428116600160801b02911617905580546001600160a01b031684526010909252909120611bef9083611995565b60018101545f908152601160205260409020611c0b9083611995565b6001810154815460038301546040519081526001600160a01b03909116907f409dfc0f98bf6e062e576fbdc63c9f82392d44deff61e3412f8bd256d28148839060200160405180910390a35050565b5f5f7f00000000000000000000000000000000000000000000000000000000000000006001600160a01b031683604051611c9491906125d5565b5f604051808303815f865af19150503d805f8114611ccd576040519150601f19603f3d011682016040523d82523d5f602084013e611cd2565b606091505b509150915081611ce457805160208201fd5b80511580611d01575080806020019051810190611d0191906125eb565b611d605760405162461bcd60e51b815260206004820152602a60248201527f5361666545524332303a204552433230206f7065726174696f6e20646964206e6044820152691bdd081cdd58d8d9595960b21b6064820152608401610677565b505050565b5080545f8255905f5260205f2090611d7d9190611d7f565b565b5f5b80821115611d6057611d958184015f611d9d565b600101611d81565b508054611da9906122f5565b5f825580601f10611db8575050565b601f0160209004905f5260205f2090611d7d91905f5b80821115611d60575f81840155600101611dce565b5f60208284031215611df3575f5ffd5b5035919050565b80356001600160a01b0381168114611e10575f5ffd5b919050565b5f5f60408385031215611e26575f5ffd5b611e2f83611dfa565b946020939093013593505050565b5f5f83601f840112611e4d575f5ffd5b50813567ffffffffffffffff811115611e64575f5ffd5b602083019150836020828501011115610e08575f5ffd5b5f5f83601f840112611e8b575f5ffd5b50813567ffffffffffffffff811115611ea2575f5ffd5b6020830191508360208260051b8501011115610e08575f5ffd5b5f5f5f5f5f5f5f5f5f60e08a8c031215611ed4575f5ffd5b611edd8a611dfa565b985060208a0135975060408a0135965060608a0135955060808a0135945060a08a013567ffffffffffffffff811115611f14575f5ffd5b611f208c828d01611e3d565b90955093505060c08a013567ffffffffffffffff811115611f3f575f5ffd5b611f4b8c828d01611e7b565b915080935050809150509295985092959850929598565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f82825180855260208501945060208160051b830101602085015f5b83811015611fde57601f19858403018852611fc8838351611f62565b6020988901989093509190910190600101611fac565b50909695505050505050565b6020815281516020820152602082015160408201526040820151606082015260018060a01b0360608301511660808201525f608083015161010060a0840152612037610120840182611f62565b905060a0840151601f198483030160c08501526120548282611f90565b91505060c084015161207160e08501826001600160801b03169052565b5060e0840151801515610100850152509392505050565b5f60208284031215612098575f5ffd5b6106f782611dfa565b5f5f5f5f606085870312156120b4575f5ffd5b6120bd85611dfa565b935060208501359250604085013567ffffffffffffffff8111156120df575f5ffd5b6120eb87828801611e3d565b95989497509550505050565b5f5f60408385031215612108575f5ffd5b50508035926020909101359150565b604080825283519082018190525f9060208501906060840190835b81811015612150578351835260209384019390920191600101612132565b5050602093909301939093525092915050565b5f5f5f60408486031215612175575f5ffd5b61217e84611dfa565b9250602084013567ffffffffffffffff811115612199575f5ffd5b6121a586828701611e7b565b9497909650939450505050565b602081525f825160c060208401526121cd60e0840182611f62565b9050602084015160408401526001600160801b0360408501511660608401526001600160801b036060850151166080840152608084015160a084015260a0840151151560c08401528091505092915050565b5f5f5f60608486031215612231575f5ffd5b61223a84611dfa565b95602085013595506040909401359392505050565b5f5f5f60608486031215612261575f5ffd5b505081359360208301359350604090920135919050565b604080825283519082018190525f9060208501906060840190835b818110156121505783516001600160a01b0316835260209384019390920191600101612293565b634e487b7160e01b5f52601160045260245ffd5b8082018082111561073f5761073f6122ba565b634e487b7160e01b5f52604160045260245ffd5b600181811c9082168061230957607f821691505b60208210810361232757634e487b7160e01b5f52602260045260245ffd5b50919050565b601f821115611d605782821115611d6057805f5260205f20601f840160051c602085101561235857505f5b90810190601f840160051c035f5b8181101561237b575f83820155600101612366565b505050505050565b67ffffffffffffffff83111561239b5761239b6122e1565b6123af836123a983546122f5565b8361232d565b5f601f8411600181146123e0575f85156123c95750838201355b5f19600387901b1c1916600186901b178355612437565b5f83815260208120601f198716915b8281101561240f57868501358255602094850194600190920191016123ef565b508682101561242b575f1960f88860031b161c19848701351681555b505060018560011b0183555b5050505050565b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112612467575f5ffd5b83018035915067ffffffffffffffff821115612481575f5ffd5b602001915036819003821315610e08575f5ffd5b8181038181111561073f5761073f6122ba565b6001600160801b03818116838216019081111561073f5761073f6122ba565b5f606082016060835280855180835260808501915060808160051b8601019250602087015f5b8281101561257e57868503607f19018452815180516001600160a01b0316865260208082015160ff16818801526040918201516060928801839052805192880183905201905f9060808801905b808310156125665783516001600160e01b0319168252602093840193600193909301929091019061253a565b509650505060209384019391909101906001016124ed565b5050506001600160a01b03851660208501525082810360408401525f81526020810195945050505050565b5f600182016125ba576125ba6122ba565b5060010190565b634e487b7160e01b5f52603160045260245ffd5b5f82518060208501845e5f920191825250919050565b5f602082840312156125fb575f5ffd5b815180151581146106f7575f5ffd",
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
// Solidity: constructor(address token_) returns()
func (marketplaceDouble *MarketplaceDouble) PackConstructor(token_ common.Address) []byte {
	enc, err := marketplaceDouble.abi.Pack("", token_)
	if err != nil {
		panic(err)
	}
	return enc
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
