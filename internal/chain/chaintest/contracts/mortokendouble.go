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

// MORTokenDoubleMetaData contains all meta data concerning the MORTokenDouble contract.
var MORTokenDoubleMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"owner\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Approval\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"Transfer\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"allowance\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"approve\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"name\":\"balanceOf\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"decimals\",\"outputs\":[{\"internalType\":\"uint8\",\"name\":\"\",\"type\":\"uint8\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"spender\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"added\",\"type\":\"uint256\"}],\"name\":\"increaseAllowance\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"mint\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"minter\",\"outputs\":[{\"internalType\":\"address\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"name\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"symbol\",\"outputs\":[{\"internalType\":\"string\",\"name\":\"\",\"type\":\"string\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"totalSupply\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transfer\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"name\":\"transferFrom\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "MORTokenDouble",
	Bin: "0x60a0604052348015600e575f5ffd5b50336080526080516108b06100315f395f818160f7015261033c01526108b05ff3fe608060405234801561000f575f5ffd5b50600436106100b1575f3560e01c8063395093511161006e578063395093511461019757806340c10f19146101aa57806370a08231146101bf57806395d89b41146101de578063a9059cbb14610200578063dd62ed3e14610213575f5ffd5b806306fdde03146100b557806307546172146100f2578063095ea7b31461013157806318160ddd1461015457806323b872dd1461016a578063313ce5671461017d575b5f5ffd5b6100dc604051806040016040528060088152602001674d6f72706865757360c01b81525081565b6040516100e9919061078e565b60405180910390f35b6101197f000000000000000000000000000000000000000000000000000000000000000081565b6040516001600160a01b0390911681526020016100e9565b61014461013f3660046107de565b61023d565b60405190151581526020016100e9565b61015c5f5481565b6040519081526020016100e9565b610144610178366004610806565b610253565b610185601281565b60405160ff90911681526020016100e9565b6101446101a53660046107de565b6102f6565b6101bd6101b83660046107de565b610331565b005b61015c6101cd366004610840565b60016020525f908152604090205481565b6100dc6040518060400160405280600381526020016226a7a960e91b81525081565b61014461020e3660046107de565b610492565b61015c610221366004610860565b600260209081525f928352604080842090915290825290205481565b5f61024933848461049e565b5060015b92915050565b6001600160a01b0383165f9081526002602090815260408083203384529091528120545f1981146102e057828110156102d35760405162461bcd60e51b815260206004820152601d60248201527f45524332303a20696e73756666696369656e7420616c6c6f77616e636500000060448201526064015b60405180910390fd5b6102e0853385840361049e565b6102eb8585856105c1565b506001949350505050565b335f8181526002602090815260408083206001600160a01b0387168452909152812054909161024991859061032c908690610891565b61049e565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146103b75760405162461bcd60e51b815260206004820152602560248201527f4d4f52546f6b656e446f75626c653a206f6e6c7920746865206d696e746572206044820152646d696e747360d81b60648201526084016102ca565b6001600160a01b03821661040d5760405162461bcd60e51b815260206004820152601f60248201527f45524332303a206d696e7420746f20746865207a65726f20616464726573730060448201526064016102ca565b805f5f82825461041d9190610891565b90915550506001600160a01b0382165f9081526001602052604081208054839290610449908490610891565b90915550506040518181526001600160a01b038316905f907fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef9060200160405180910390a35050565b5f6102493384846105c1565b6001600160a01b0383166105005760405162461bcd60e51b8152602060048201526024808201527f45524332303a20617070726f76652066726f6d20746865207a65726f206164646044820152637265737360e01b60648201526084016102ca565b6001600160a01b0382166105615760405162461bcd60e51b815260206004820152602260248201527f45524332303a20617070726f766520746f20746865207a65726f206164647265604482015261737360f01b60648201526084016102ca565b6001600160a01b038381165f8181526002602090815260408083209487168084529482529182902085905590518481527f8c5be1e5ebec7d5bd14f71427d1e84f3dd0314c0f7b2291e5b200ac8c7c3b925910160405180910390a3505050565b6001600160a01b0383166106255760405162461bcd60e51b815260206004820152602560248201527f45524332303a207472616e736665722066726f6d20746865207a65726f206164604482015264647265737360d81b60648201526084016102ca565b6001600160a01b0382166106875760405162461bcd60e51b815260206004820152602360248201527f45524332303a207472616e7366657220746f20746865207a65726f206164647260448201526265737360e81b60648201526084016102ca565b6001600160a01b0383165f90815260016020526040902054818110156106fe5760405162461bcd60e51b815260206004820152602660248201527f45524332303a207472616e7366657220616d6f756e7420657863656564732062604482015265616c616e636560d01b60648201526084016102ca565b6001600160a01b038085165f90815260016020526040808220858503905591851681529081208054849290610734908490610891565b92505081905550826001600160a01b0316846001600160a01b03167fddf252ad1be2c89b69c2b068fc378daa952ba7f163c4a11628f55a4df523b3ef8460405161078091815260200190565b60405180910390a350505050565b602081525f82518060208401528060208501604085015e5f604082850101526040601f19601f83011684010191505092915050565b80356001600160a01b03811681146107d9575f5ffd5b919050565b5f5f604083850312156107ef575f5ffd5b6107f8836107c3565b946020939093013593505050565b5f5f5f60608486031215610818575f5ffd5b610821846107c3565b925061082f602085016107c3565b929592945050506040919091013590565b5f60208284031215610850575f5ffd5b610859826107c3565b9392505050565b5f5f60408385031215610871575f5ffd5b61087a836107c3565b9150610888602084016107c3565b90509250929050565b8082018082111561024d57634e487b7160e01b5f52601160045260245ffd",
}

// MORTokenDouble is an auto generated Go binding around an Ethereum contract.
type MORTokenDouble struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *MORTokenDouble) GetABI() abi.ABI {
	return c.abi
}

// NewMORTokenDouble creates a new instance of MORTokenDouble.
func NewMORTokenDouble() *MORTokenDouble {
	parsed, err := MORTokenDoubleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &MORTokenDouble{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *MORTokenDouble) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (mORTokenDouble *MORTokenDouble) PackAllowance(arg0 common.Address, arg1 common.Address) []byte {
	enc, err := mORTokenDouble.abi.Pack("allowance", arg0, arg1)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xdd62ed3e.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (mORTokenDouble *MORTokenDouble) TryPackAllowance(arg0 common.Address, arg1 common.Address) ([]byte, error) {
	return mORTokenDouble.abi.Pack("allowance", arg0, arg1)
}

// UnpackAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xdd62ed3e.
//
// Solidity: function allowance(address , address ) view returns(uint256)
func (mORTokenDouble *MORTokenDouble) UnpackAllowance(data []byte) (*big.Int, error) {
	out, err := mORTokenDouble.abi.Unpack("allowance", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (mORTokenDouble *MORTokenDouble) PackApprove(spender common.Address, amount *big.Int) []byte {
	enc, err := mORTokenDouble.abi.Pack("approve", spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApprove is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x095ea7b3.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (mORTokenDouble *MORTokenDouble) TryPackApprove(spender common.Address, amount *big.Int) ([]byte, error) {
	return mORTokenDouble.abi.Pack("approve", spender, amount)
}

// UnpackApprove is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x095ea7b3.
//
// Solidity: function approve(address spender, uint256 amount) returns(bool)
func (mORTokenDouble *MORTokenDouble) UnpackApprove(data []byte) (bool, error) {
	out, err := mORTokenDouble.abi.Unpack("approve", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (mORTokenDouble *MORTokenDouble) PackBalanceOf(arg0 common.Address) []byte {
	enc, err := mORTokenDouble.abi.Pack("balanceOf", arg0)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackBalanceOf is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x70a08231.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (mORTokenDouble *MORTokenDouble) TryPackBalanceOf(arg0 common.Address) ([]byte, error) {
	return mORTokenDouble.abi.Pack("balanceOf", arg0)
}

// UnpackBalanceOf is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x70a08231.
//
// Solidity: function balanceOf(address ) view returns(uint256)
func (mORTokenDouble *MORTokenDouble) UnpackBalanceOf(data []byte) (*big.Int, error) {
	out, err := mORTokenDouble.abi.Unpack("balanceOf", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function decimals() view returns(uint8)
func (mORTokenDouble *MORTokenDouble) PackDecimals() []byte {
	enc, err := mORTokenDouble.abi.Pack("decimals")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDecimals is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x313ce567.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function decimals() view returns(uint8)
func (mORTokenDouble *MORTokenDouble) TryPackDecimals() ([]byte, error) {
	return mORTokenDouble.abi.Pack("decimals")
}

// UnpackDecimals is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x313ce567.
//
// Solidity: function decimals() view returns(uint8)
func (mORTokenDouble *MORTokenDouble) UnpackDecimals(data []byte) (uint8, error) {
	out, err := mORTokenDouble.abi.Unpack("decimals", data)
	if err != nil {
		return *new(uint8), err
	}
	out0 := *abi.ConvertType(out[0], new(uint8)).(*uint8)
	return out0, nil
}

// PackIncreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39509351.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function increaseAllowance(address spender, uint256 added) returns(bool)
func (mORTokenDouble *MORTokenDouble) PackIncreaseAllowance(spender common.Address, added *big.Int) []byte {
	enc, err := mORTokenDouble.abi.Pack("increaseAllowance", spender, added)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackIncreaseAllowance is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x39509351.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function increaseAllowance(address spender, uint256 added) returns(bool)
func (mORTokenDouble *MORTokenDouble) TryPackIncreaseAllowance(spender common.Address, added *big.Int) ([]byte, error) {
	return mORTokenDouble.abi.Pack("increaseAllowance", spender, added)
}

// UnpackIncreaseAllowance is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x39509351.
//
// Solidity: function increaseAllowance(address spender, uint256 added) returns(bool)
func (mORTokenDouble *MORTokenDouble) UnpackIncreaseAllowance(data []byte) (bool, error) {
	out, err := mORTokenDouble.abi.Unpack("increaseAllowance", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (mORTokenDouble *MORTokenDouble) PackMint(to common.Address, amount *big.Int) []byte {
	enc, err := mORTokenDouble.abi.Pack("mint", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMint is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x40c10f19.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function mint(address to, uint256 amount) returns()
func (mORTokenDouble *MORTokenDouble) TryPackMint(to common.Address, amount *big.Int) ([]byte, error) {
	return mORTokenDouble.abi.Pack("mint", to, amount)
}

// PackMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07546172.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function minter() view returns(address)
func (mORTokenDouble *MORTokenDouble) PackMinter() []byte {
	enc, err := mORTokenDouble.abi.Pack("minter")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackMinter is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x07546172.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function minter() view returns(address)
func (mORTokenDouble *MORTokenDouble) TryPackMinter() ([]byte, error) {
	return mORTokenDouble.abi.Pack("minter")
}

// UnpackMinter is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x07546172.
//
// Solidity: function minter() view returns(address)
func (mORTokenDouble *MORTokenDouble) UnpackMinter(data []byte) (common.Address, error) {
	out, err := mORTokenDouble.abi.Unpack("minter", data)
	if err != nil {
		return *new(common.Address), err
	}
	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)
	return out0, nil
}

// PackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function name() view returns(string)
func (mORTokenDouble *MORTokenDouble) PackName() []byte {
	enc, err := mORTokenDouble.abi.Pack("name")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackName is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x06fdde03.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function name() view returns(string)
func (mORTokenDouble *MORTokenDouble) TryPackName() ([]byte, error) {
	return mORTokenDouble.abi.Pack("name")
}

// UnpackName is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x06fdde03.
//
// Solidity: function name() view returns(string)
func (mORTokenDouble *MORTokenDouble) UnpackName(data []byte) (string, error) {
	out, err := mORTokenDouble.abi.Unpack("name", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function symbol() view returns(string)
func (mORTokenDouble *MORTokenDouble) PackSymbol() []byte {
	enc, err := mORTokenDouble.abi.Pack("symbol")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackSymbol is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x95d89b41.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function symbol() view returns(string)
func (mORTokenDouble *MORTokenDouble) TryPackSymbol() ([]byte, error) {
	return mORTokenDouble.abi.Pack("symbol")
}

// UnpackSymbol is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x95d89b41.
//
// Solidity: function symbol() view returns(string)
func (mORTokenDouble *MORTokenDouble) UnpackSymbol(data []byte) (string, error) {
	out, err := mORTokenDouble.abi.Unpack("symbol", data)
	if err != nil {
		return *new(string), err
	}
	out0 := *abi.ConvertType(out[0], new(string)).(*string)
	return out0, nil
}

// PackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function totalSupply() view returns(uint256)
func (mORTokenDouble *MORTokenDouble) PackTotalSupply() []byte {
	enc, err := mORTokenDouble.abi.Pack("totalSupply")
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTotalSupply is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x18160ddd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function totalSupply() view returns(uint256)
func (mORTokenDouble *MORTokenDouble) TryPackTotalSupply() ([]byte, error) {
	return mORTokenDouble.abi.Pack("totalSupply")
}

// UnpackTotalSupply is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x18160ddd.
//
// Solidity: function totalSupply() view returns(uint256)
func (mORTokenDouble *MORTokenDouble) UnpackTotalSupply(data []byte) (*big.Int, error) {
	out, err := mORTokenDouble.abi.Unpack("totalSupply", data)
	if err != nil {
		return new(big.Int), err
	}
	out0 := abi.ConvertType(out[0], new(big.Int)).(*big.Int)
	return out0, nil
}

// PackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (mORTokenDouble *MORTokenDouble) PackTransfer(to common.Address, amount *big.Int) []byte {
	enc, err := mORTokenDouble.abi.Pack("transfer", to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransfer is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xa9059cbb.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (mORTokenDouble *MORTokenDouble) TryPackTransfer(to common.Address, amount *big.Int) ([]byte, error) {
	return mORTokenDouble.abi.Pack("transfer", to, amount)
}

// UnpackTransfer is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xa9059cbb.
//
// Solidity: function transfer(address to, uint256 amount) returns(bool)
func (mORTokenDouble *MORTokenDouble) UnpackTransfer(data []byte) (bool, error) {
	out, err := mORTokenDouble.abi.Unpack("transfer", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (mORTokenDouble *MORTokenDouble) PackTransferFrom(from common.Address, to common.Address, amount *big.Int) []byte {
	enc, err := mORTokenDouble.abi.Pack("transferFrom", from, to, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackTransferFrom is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x23b872dd.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (mORTokenDouble *MORTokenDouble) TryPackTransferFrom(from common.Address, to common.Address, amount *big.Int) ([]byte, error) {
	return mORTokenDouble.abi.Pack("transferFrom", from, to, amount)
}

// UnpackTransferFrom is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x23b872dd.
//
// Solidity: function transferFrom(address from, address to, uint256 amount) returns(bool)
func (mORTokenDouble *MORTokenDouble) UnpackTransferFrom(data []byte) (bool, error) {
	out, err := mORTokenDouble.abi.Unpack("transferFrom", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// MORTokenDoubleApproval represents a Approval event raised by the MORTokenDouble contract.
type MORTokenDoubleApproval struct {
	Owner   common.Address
	Spender common.Address
	Value   *big.Int
	Raw     *types.Log // Blockchain specific contextual infos
}

const MORTokenDoubleApprovalEventName = "Approval"

// ContractEventName returns the user-defined event name.
func (MORTokenDoubleApproval) ContractEventName() string {
	return MORTokenDoubleApprovalEventName
}

// UnpackApprovalEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Approval(address indexed owner, address indexed spender, uint256 value)
func (mORTokenDouble *MORTokenDouble) UnpackApprovalEvent(log *types.Log) (*MORTokenDoubleApproval, error) {
	event := "Approval"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mORTokenDouble.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MORTokenDoubleApproval)
	if len(log.Data) > 0 {
		if err := mORTokenDouble.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mORTokenDouble.abi.Events[event].Inputs {
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

// MORTokenDoubleTransfer represents a Transfer event raised by the MORTokenDouble contract.
type MORTokenDoubleTransfer struct {
	From  common.Address
	To    common.Address
	Value *big.Int
	Raw   *types.Log // Blockchain specific contextual infos
}

const MORTokenDoubleTransferEventName = "Transfer"

// ContractEventName returns the user-defined event name.
func (MORTokenDoubleTransfer) ContractEventName() string {
	return MORTokenDoubleTransferEventName
}

// UnpackTransferEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event Transfer(address indexed from, address indexed to, uint256 value)
func (mORTokenDouble *MORTokenDouble) UnpackTransferEvent(log *types.Log) (*MORTokenDoubleTransfer, error) {
	event := "Transfer"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != mORTokenDouble.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(MORTokenDoubleTransfer)
	if len(log.Data) > 0 {
		if err := mORTokenDouble.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range mORTokenDouble.abi.Events[event].Inputs {
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
