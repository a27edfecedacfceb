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
	ABI: "[{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"target\",\"type\":\"address\"},{\"internalType\":\"bool\",\"name\":\"allowFailure\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"callData\",\"type\":\"bytes\"}],\"internalType\":\"structMulticall3Double.Call3[]\",\"name\":\"calls\",\"type\":\"tuple[]\"}],\"name\":\"aggregate3\",\"outputs\":[{\"components\":[{\"internalType\":\"bool\",\"name\":\"success\",\"type\":\"bool\"},{\"internalType\":\"bytes\",\"name\":\"returnData\",\"type\":\"bytes\"}],\"internalType\":\"structMulticall3Double.Result[]\",\"name\":\"returnData\",\"type\":\"tuple[]\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getBasefee\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getBlockNumber\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"getCurrentBlockTimestamp\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"addr\",\"type\":\"address\"}],\"name\":\"getEthBalance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "Multicall3Double",
	Bin: "0x6080604052348015600e575f5ffd5b506104ce8061001c5f395ff3fe608060405260043610610049575f3560e01c80630f28c97d1461004d5780633e64a6961461006e57806342cbb15c146100805780634d2301cc1461009257806382ad56cb146100b9575b5f5ffd5b348015610058575f5ffd5b50425b6040519081526020015b60405180910390f35b348015610079575f5ffd5b504861005b565b34801561008b575f5ffd5b504361005b565b34801561009d575f5ffd5b5061005b6100ac3660046102d7565b6001600160a01b03163190565b6100cc6100c7366004610304565b6100d9565b6040516100659190610375565b60608167ffffffffffffffff8111156100f4576100f4610410565b60405190808252806020026020018201604052801561013957816020015b604080518082019091525f8152606060208201528152602001906001900390816101125790505b5090505f5b828110156102d0575f5f85858481811061015a5761015a610424565b905060200281019061016c9190610438565b61017a9060208101906102d7565b6001600160a01b031686868581811061019557610195610424565b90506020028101906101a79190610438565b6101b5906040810190610456565b6040516101c39291906104a0565b5f604051808303815f865af19150503d805f81146101fc576040519150601f19603f3d011682016040523d82523d5f602084013e610201565b606091505b50915091508180610242575085858481811061021f5761021f610424565b90506020028101906102319190610438565b6102429060408101906020016104af565b6102925760405162461bcd60e51b815260206004820152601760248201527f4d756c746963616c6c333a2063616c6c206661696c6564000000000000000000604482015260640160405180910390fd5b60405180604001604052808315158152602001828152508484815181106102bb576102bb610424565b6020908102919091010152505060010161013e565b5092915050565b5f602082840312156102e7575f5ffd5b81356001600160a01b03811681146102fd575f5ffd5b9392505050565b5f5f60208385031215610315575f5ffd5b823567ffffffffffffffff81111561032b575f5ffd5b8301601f8101851361033b575f5ffd5b803567ffffffffffffffff811115610351575f5ffd5b8560208260051b8401011115610365575f5ffd5b6020919091019590945092505050565b5f602082016020835280845180835260408501915060408160051b8601019250602086015f5b8281101561040457603f198786030184528151805115158652602081015190506040602087015280518060408801528060208301606089015e5f606082890101526060601f19601f8301168801019650505060208201915060208401935060018101905061039b565b50929695505050505050565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f8235605e1983360301811261044c575f5ffd5b9190910192915050565b5f5f8335601e1984360301811261046b575f5ffd5b83018035915067ffffffffffffffff821115610485575f5ffd5b602001915036819003821315610499575f5ffd5b9250929050565b818382375f9101908152919050565b5f602082840312156104bf575f5ffd5b813580151581146102fd575f5ffd",
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
