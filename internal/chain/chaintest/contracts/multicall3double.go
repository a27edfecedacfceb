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

// Multicall3DoubleCall is an auto generated low-level Go binding around an user-defined struct.
type Multicall3DoubleCall struct {
	Target   common.Address
	CallData []byte
}

// Multicall3DoubleCall3 is an auto generated low-level Go binding around an user-defined struct.
type Multicall3DoubleCall3 struct {
	Target       common.Address
	AllowFailure bool
	CallData     []byte
}

// Multicall3DoubleResult is an auto generated low-level Go binding around an user-defined struct.
type Multicall3DoubleResult struct {
	Success    bool
	ReturnData []byte
}

// Multicall3DoubleMetaData contains all meta data concerning the Multicall3Double contract.
var Multicall3DoubleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"}],\"internalType\":\"structMulticall3Double.Call[]\",\"name\":\"calls\",\"type\":\"tuple[]\"}],\"name\":\"aggregate\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"blockNumber\",\"type\":\"uint256\"},{\"internalType\":\"bytes[]\",\"name\":\"returnData\",\"type\":\"bytes[]\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowFailure\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"}],\"internalType\":\"structMulticall3Double.Call3[]\",\"name\":\"calls\",\"type\":\"tuple[]\"}],\"name\":\"aggregate3\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"returnData\",\"type\":\"bytes\"}],\"internalType\":\"structMulticall3Double.Result[]\",\"name\":\"returnData\",\"type\":\"tuple[]\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getBasefee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getBlockNumber\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getCurrentBlockTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"}],\"name\":\"getEthBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bool\",\"name\":\"requireSuccess\",\"type\":\"bool\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"}],\"internalType\":\"structMulticall3Double.Call[]\",\"name\":\"calls\",\"type\":\"tuple[]\"}],\"name\":\"tryAggregate\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"returnData\",\"type\":\"bytes\"}],\"internalType\":\"structMulticall3Double.Result[]\",\"name\":\"returnData\",\"type\":\"tuple[]\"}],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	ID:  "Multicall3Double",
	Bin: "0x6080604052348015600e575f5ffd5b5061092b8061001c5f395ff3fe60806040526004361061006e575f3560e01c806342cbb15c1161004c57806342cbb15c146100c65780634d2301cc146100d857806382ad56cb146100ff578063bce38bd71461011f575f5ffd5b80630f28c97d14610072578063252dba42146100935780633e64a696146100b4575b5f5ffd5b34801561007d575f5ffd5b50425b6040519081526020015b60405180910390f35b6100a66100a136600461064c565b610132565b60405161008a9291906106b9565b3480156100bf575f5ffd5b5048610080565b3480156100d1575f5ffd5b5043610080565b3480156100e3575f5ffd5b506100806100f2366004610723565b6001600160a01b03163190565b61011261010d36600461064c565b6102a4565b60405161008a9190610750565b61011261012d3660046107e0565b61046e565b4360608267ffffffffffffffff81111561014e5761014e61082f565b60405190808252806020026020018201604052801561018157816020015b606081526020019060019003908161016c5790505b5090505f5b8381101561029c575f5f8686848181106101a2576101a2610843565b90506020028101906101b49190610857565b6101c2906020810190610723565b6001600160a01b03168787858181106101dd576101dd610843565b90506020028101906101ef9190610857565b6101fd906020810190610875565b60405161020b9291906108b8565b5f604051808303815f865af19150503d805f8114610244576040519150601f19603f3d011682016040523d82523d5f602084013e610249565b606091505b5091509150816102745760405162461bcd60e51b815260040161026b906108c7565b60405180910390fd5b8084848151811061028757610287610843565b60209081029190910101525050600101610186565b509250929050565b60608167ffffffffffffffff8111156102bf576102bf61082f565b60405190808252806020026020018201604052801561030457816020015b604080518082019091525f8152606060208201528152602001906001900390816102dd5790505b5090505f5b82811015610467575f5f85858481811061032557610325610843565b905060200281019061033791906108fe565b610345906020810190610723565b6001600160a01b031686868581811061036057610360610843565b905060200281019061037291906108fe565b610380906040810190610875565b60405161038e9291906108b8565b5f604051808303815f865af19150503d805f81146103c7576040519150601f19603f3d011682016040523d82523d5f602084013e6103cc565b606091505b5091509150818061040d57508585848181106103ea576103ea610843565b90506020028101906103fc91906108fe565b61040d906040810190602001610912565b6104295760405162461bcd60e51b815260040161026b906108c7565b604051806040016040528083151581526020018281525084848151811061045257610452610843565b60209081029190910101525050600101610309565b5092915050565b60608167ffffffffffffffff8111156104895761048961082f565b6040519080825280602002602001820160405280156104ce57816020015b604080518082019091525f8152606060208201528152602001906001900390816104a75790505b5090505f5b828110156105fc575f5f8585848181106104ef576104ef610843565b90506020028101906105019190610857565b61050f906020810190610723565b6001600160a01b031686868581811061052a5761052a610843565b905060200281019061053c9190610857565b61054a906020810190610875565b6040516105589291906108b8565b5f604051808303815f865af19150503d805f8114610591576040519150601f19603f3d011682016040523d82523d5f602084013e610596565b606091505b509150915086156105be57816105be5760405162461bcd60e51b815260040161026b906108c7565b60405180604001604052808315158152602001828152508484815181106105e7576105e7610843565b602090810291909101015250506001016104d3565b509392505050565b5f5f83601f840112610614575f5ffd5b50813567ffffffffffffffff81111561062b575f5ffd5b6020830191508360208260051b8501011115610645575f5ffd5b9250929050565b5f5f6020838503121561065d575f5ffd5b823567ffffffffffffffff811115610673575f5ffd5b61067f85828601610604565b90969095509350505050565b5f81518084528060208401602086015e5f602082860101526020601f19601f83011685010191505092915050565b5f604082018483526040602084015280845180835260608501915060608160051b8601019250602086015f5b8281101561071657605f1987860301845261070185835161068b565b945060209384019391909101906001016106e5565b5092979650505050505050565b5f60208284031215610733575f5ffd5b81356001600160a01b0381168114610749575f5ffd5b9392505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b828110156107c057603f19878603018452815180511515865260208101519050604060208701526107aa604087018261068b565b9550506020938401939190910190600101610776565b50929695505050505050565b803580151581146107db575f5ffd5b919050565b5f5f5f604084860312156107f2575f5ffd5b6107fb846107cc565b9250602084013567ffffffffffffffff811115610816575f5ffd5b61082286828701610604565b9497909650939450505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f8235603e1983360301811261086b575f5ffd5b9190910192915050565b5f5f8335601e1984360301811261088a575f5ffd5b83018035915067ffffffffffffffff8211156108a4575f5ffd5b602001915036819003821315610645575f5ffd5b818382375f9101908152919050565b60208082526017908201527f4d756c746963616c6c333a2063616c6c206661696c6564000000000000000000604082015260600190565b5f8235605e1983360301811261086b575f5ffd5b5f60208284031215610922575f5ffd5b610749826107cc56",
}

// Multicall3Double is an auto generated Go binding around an Ethereum contract.
type Multicall3Double struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *Multicall3Double) GetABI() abi.ABI {
	return c.abi
}

// NewMulticall3Double creates a new instance of Multicall3Double.
func NewMulticall3Double() *Multicall3Double {
	parsed, err := Multicall3DoubleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &Multicall3Double{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *Multicall3Double) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAggregate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x252dba42.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aggregate((address,bytes)[] calls) payable returns(uint256 blockNumber, bytes[] returnData)
func (multicall3Double *Multicall3Double) PackAggregate(calls []Multicall3DoubleCall) []byte {
	enc, err := multicall3Double.abi.Pack("aggregate", calls)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAggregate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x252dba42.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function aggregate((address,bytes)[] calls) payable returns(uint256 blockNumber, bytes[] returnData)
func (multicall3Double *Multicall3Double) TryPackAggregate(calls []Multicall3DoubleCall) ([]byte, error) {
	return multicall3Double.abi.Pack("aggregate", calls)
}

// AggregateOutput serves as a container for the return parameters of contract
// method Aggregate.
type AggregateOutput struct {
	BlockNumber *big.Int
	ReturnData  [][]byte
}

// UnpackAggregate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x252dba42.
//
// Solidity: function aggregate((address,bytes)[] calls) payable returns(uint256 blockNumber, bytes[] returnData)
func (multicall3Double *Multicall3Double) UnpackAggregate(data []byte) (AggregateOutput, error) {
	out, err := multicall3Double.abi.Unpack("aggregate", data)
	outstruct := new(AggregateOutput)
	if err != nil {
		return *outstruct, err
	}
	outstruct.BlockNumber = abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	outstruct.ReturnData = *abi.ConvertType(out[1], new([][]byte)).(*[][]byte)
	return *outstruct, nil
}

// PackAggregate3 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82ad56cb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function aggregate3((address,bool,bytes)[] calls) payable returns((bool,bytes)[] returnData)
func (multicall3Double *Multicall3Double) PackAggregate3(calls []Multicall3DoubleCall3) []byte {
	enc, err := multicall3Double.abi.Pack("aggregate3", calls)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAggregate3 is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x82ad56cb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function aggregate3((address,bool,bytes)[] calls) payable returns((bool,bytes)[] returnData)
func (multicall3Double *Multicall3Double) TryPackAggregate3(calls []Multicall3DoubleCall3) ([]byte, error) {
	return multicall3Double.abi.Pack("aggregate3", calls)
}

// UnpackAggregate3 is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x82ad56cb.
//
// Solidity: function aggregate3((address,bool,bytes)[] calls) payable returns((bool,bytes)[] returnData)
func (multicall3Double *Multicall3Double) UnpackAggregate3(data []byte) ([]Multicall3DoubleResult, error) {
	out, err := multicall3Double.abi.Unpack("aggregate3", data)
	if err != nil {
		return *new([]Multicall3DoubleResult), err
	}
	out0 := *abi.ConvertType(out[0], new([]Multicall3DoubleResult)).(*[]Multicall3DoubleResult)
	return out0, nil
}

// PackGetBasefee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e64a696.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBasefee() view returns(uint256)
func (multicall3Double *Multicall3Double) PackGetBasefee() []byte {
	enc, err := multicall3Double.abi.Pack("getBasefee")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBasefee is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x3e64a696.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBasefee() view returns(uint256)
func (multicall3Double *Multicall3Double) TryPackGetBasefee() ([]byte, error) {
	return multicall3Double.abi.Pack("getBasefee")
}

// UnpackGetBasefee is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x3e64a696.
//
// Solidity: function getBasefee() view returns(uint256)
func (multicall3Double *Multicall3Double) UnpackGetBasefee(data []byte) (*big.Int, error) {
	out, err := multicall3Double.abi.Unpack("getBasefee", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetBlockNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cbb15c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getBlockNumber() view returns(uint256)
func (multicall3Double *Multicall3Double) PackGetBlockNumber() []byte {
	enc, err := multicall3Double.abi.Pack("getBlockNumber")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetBlockNumber is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42cbb15c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getBlockNumber() view returns(uint256)
func (multicall3Double *Multicall3Double) TryPackGetBlockNumber() ([]byte, error) {
	return multicall3Double.abi.Pack("getBlockNumber")
}

// UnpackGetBlockNumber is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42cbb15c.
//
// Solidity: function getBlockNumber() view returns(uint256)
func (multicall3Double *Multicall3Double) UnpackGetBlockNumber(data []byte) (*big.Int, error) {
	out, err := multicall3Double.abi.Unpack("getBlockNumber", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetCurrentBlockTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f28c97d.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getCurrentBlockTimestamp() view returns(uint256)
func (multicall3Double *Multicall3Double) PackGetCurrentBlockTimestamp() []byte {
	enc, err := multicall3Double.abi.Pack("getCurrentBlockTimestamp")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetCurrentBlockTimestamp is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x0f28c97d.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getCurrentBlockTimestamp() view returns(uint256)
func (multicall3Double *Multicall3Double) TryPackGetCurrentBlockTimestamp() ([]byte, error) {
	return multicall3Double.abi.Pack("getCurrentBlockTimestamp")
}

// UnpackGetCurrentBlockTimestamp is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x0f28c97d.
//
// Solidity: function getCurrentBlockTimestamp() view returns(uint256)
func (multicall3Double *Multicall3Double) UnpackGetCurrentBlockTimestamp(data []byte) (*big.Int, error) {
	out, err := multicall3Double.abi.Unpack("getCurrentBlockTimestamp", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackGetEthBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d2301cc.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getEthBalance(address addr) view returns(uint256)
func (multicall3Double *Multicall3Double) PackGetEthBalance(addr common.Address) []byte {
	enc, err := multicall3Double.abi.Pack("getEthBalance", addr)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetEthBalance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x4d2301cc.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getEthBalance(address addr) view returns(uint256)
func (multicall3Double *Multicall3Double) TryPackGetEthBalance(addr common.Address) ([]byte, error) {
	return multicall3Double.abi.Pack("getEthBalance", addr)
}

// UnpackGetEthBalance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x4d2301cc.
//
// Solidity: function getEthBalance(address addr) view returns(uint256)
func (multicall3Double *Multicall3Double) UnpackGetEthBalance(data []byte) (*big.Int, error) {
	out, err := multicall3Double.abi.Unpack("getEthBalance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTryAggregate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbce38bd7.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function tryAggregate(bool requireSuccess, (address,bytes)[] calls) payable returns((bool,bytes)[] returnData)
func (multicall3Double *Multicall3Double) PackTryAggregate(requireSuccess bool, calls []Multicall3DoubleCall) []byte {
	enc, err := multicall3Double.abi.Pack("tryAggregate", requireSuccess, calls)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTryAggregate is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xbce38bd7.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function tryAggregate(bool requireSuccess, (address,bytes)[] calls) payable returns((bool,bytes)[] returnData)
func (multicall3Double *Multicall3Double) TryPackTryAggregate(requireSuccess bool, calls []Multicall3DoubleCall) ([]byte, error) {
	return multicall3Double.abi.Pack("tryAggregate", requireSuccess, calls)
}

// UnpackTryAggregate is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xbce38bd7.
//
// Solidity: function tryAggregate(bool requireSuccess, (address,bytes)[] calls) payable returns((bool,bytes)[] returnData)
func (multicall3Double *Multicall3Double) UnpackTryAggregate(data []byte) ([]Multicall3DoubleResult, error) {
	out, err := multicall3Double.abi.Unpack("tryAggregate", data)
	if err != nil {
		return *new([]Multicall3DoubleResult), err
	}
	out0 := *abi.ConvertType(out[0], new([]Multicall3DoubleResult)).(*[]Multicall3DoubleResult)
	return out0, nil
}
