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

// SessionBatcherMetaData contains all meta data concerning the SessionBatcher contract.
var SessionBatcherMetaData = bind.MetaData{
	ABI: "[{\"inputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"spender_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount_\",\"type\":\"uint256\"}],\"name\":\"approveToken\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"market_\",\"type\":\"address\"},{\"internalType\":\"bytes[]\",\"name\":\"receipts_\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures_\",\"type\":\"bytes[]\"}],\"name\":\"close\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"market_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"amount_\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"direct_\",\"type\":\"bool\"},{\"internalType\":\"bytes[]\",\"name\":\"approvals_\",\"type\":\"bytes[]\"},{\"internalType\":\"bytes[]\",\"name\":\"signatures_\",\"type\":\"bytes[]\"}],\"name\":\"open\",\"outputs\":[{\"internalType\":\"bytes32[]\",\"name\":\"ids_\",\"type\":\"bytes32[]\"}],\"stateMutability\":\"nonpayable\",\"type\":\"function\"}]",
	ID:  "SessionBatcher",
	Bin: "0x60a0604052348015600e575f5ffd5b50336080526080516108266100385f395f818160a10152818161026f01526103b901526108265ff3fe608060405234801561000f575f5ffd5b506004361061003f575f3560e01c806368db8d7f146100435780637a89b57c1461006c578063da3e339714610081575b5f5ffd5b61005661005136600461051b565b610094565b60405161006391906105b6565b60405180910390f35b61007f61007a3660046105f8565b610264565b005b61007f61008f366004610678565b6103ae565b6060336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146100e75760405162461bcd60e51b81526004016100de906106b2565b60405180910390fd5b8382146101285760405162461bcd60e51b815260206004820152600f60248201526e0d8cadccee8d040dad2e6dac2e8c6d608b1b60448201526064016100de565b8367ffffffffffffffff811115610141576101416106d9565b60405190808252806020026020018201604052801561016a578160200160208202803683370190505b5090505f5b8481101561025857886001600160a01b031663a85a1782308a8a8a8a8781811061019b5761019b6106ed565b90506020028101906101ad9190610701565b8a8a898181106101bf576101bf6106ed565b90506020028101906101d19190610701565b6040518863ffffffff1660e01b81526004016101f3979695949392919061076c565b6020604051808303815f875af115801561020f573d5f5f3e3d5ffd5b505050506040513d601f19601f8201168201806040525081019061023391906107bc565b828281518110610245576102456106ed565b602090810291909101015260010161016f565b50979650505050505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146102ac5760405162461bcd60e51b81526004016100de906106b2565b8281146102ed5760405162461bcd60e51b815260206004820152600f60248201526e0d8cadccee8d040dad2e6dac2e8c6d608b1b60448201526064016100de565b5f5b838110156103a657856001600160a01b03166342f77a31868684818110610318576103186106ed565b905060200281019061032a9190610701565b86868681811061033c5761033c6106ed565b905060200281019061034e9190610701565b6040518563ffffffff1660e01b815260040161036d94939291906107d3565b5f604051808303815f87803b158015610384575f5ffd5b505af1158015610396573d5f5f3e3d5ffd5b5050600190920191506102ef9050565b505050505050565b336001600160a01b037f000000000000000000000000000000000000000000000000000000000000000016146103f65760405162461bcd60e51b81526004016100de906106b2565b60405163095ea7b360e01b81526001600160a01b0383811660048301526024820183905284169063095ea7b3906044016020604051808303815f875af1158015610442573d5f5f3e3d5ffd5b505050506040513d601f19601f820116820180604052508101906104669190610804565b6104a35760405162461bcd60e51b815260206004820152600e60248201526d185c1c1c9bdd994819985a5b195960921b60448201526064016100de565b505050565b80356001600160a01b03811681146104be575f5ffd5b919050565b80151581146104d0575f5ffd5b50565b5f5f83601f8401126104e3575f5ffd5b50813567ffffffffffffffff8111156104fa575f5ffd5b6020830191508360208260051b8501011115610514575f5ffd5b9250929050565b5f5f5f5f5f5f5f60a0888a031215610531575f5ffd5b61053a886104a8565b9650602088013595506040880135610551816104c3565b9450606088013567ffffffffffffffff81111561056c575f5ffd5b6105788a828b016104d3565b909550935050608088013567ffffffffffffffff811115610597575f5ffd5b6105a38a828b016104d3565b989b979a50959850939692959293505050565b602080825282518282018190525f918401906040840190835b818110156105ed5783518352602093840193909201916001016105cf565b509095945050505050565b5f5f5f5f5f6060868803121561060c575f5ffd5b610615866104a8565b9450602086013567ffffffffffffffff811115610630575f5ffd5b61063c888289016104d3565b909550935050604086013567ffffffffffffffff81111561065b575f5ffd5b610667888289016104d3565b969995985093965092949392505050565b5f5f5f6060848603121561068a575f5ffd5b610693846104a8565b92506106a1602085016104a8565b929592945050506040919091013590565b6020808252600d908201526c3737ba103a34329037bbb732b960991b604082015260600190565b634e487b7160e01b5f52604160045260245ffd5b634e487b7160e01b5f52603260045260245ffd5b5f5f8335601e19843603018112610716575f5ffd5b83018035915067ffffffffffffffff821115610730575f5ffd5b602001915036819003821315610514575f5ffd5b81835281816020850137505f828201602090810191909152601f909101601f19169091010190565b60018060a01b0388168152866020820152851515604082015260a060608201525f61079b60a083018688610744565b82810360808401526107ae818587610744565b9a9950505050505050505050565b5f602082840312156107cc575f5ffd5b5051919050565b604081525f6107e6604083018688610744565b82810360208401526107f9818587610744565b979650505050505050565b5f60208284031215610814575f5ffd5b815161081f816104c3565b939250505056",
}

// SessionBatcher is an auto generated Go binding around an Ethereum contract.
type SessionBatcher struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *SessionBatcher) GetABI() abi.ABI {
	return c.abi
}

// NewSessionBatcher creates a new instance of SessionBatcher.
func NewSessionBatcher() *SessionBatcher {
	parsed, err := SessionBatcherMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &SessionBatcher{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *SessionBatcher) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackApproveToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda3e3397.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function approveToken(address token_, address spender_, uint256 amount_) returns()
func (sessionBatcher *SessionBatcher) PackApproveToken(token common.Address, spender common.Address, amount *big.Int) []byte {
	enc, err := sessionBatcher.abi.Pack("approveToken", token, spender, amount)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackApproveToken is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xda3e3397.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function approveToken(address token_, address spender_, uint256 amount_) returns()
func (sessionBatcher *SessionBatcher) TryPackApproveToken(token common.Address, spender common.Address, amount *big.Int) ([]byte, error) {
	return sessionBatcher.abi.Pack("approveToken", token, spender, amount)
}

// PackClose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a89b57c.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function close(address market_, bytes[] receipts_, bytes[] signatures_) returns()
func (sessionBatcher *SessionBatcher) PackClose(market common.Address, receipts [][]byte, signatures [][]byte) []byte {
	enc, err := sessionBatcher.abi.Pack("close", market, receipts, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackClose is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x7a89b57c.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function close(address market_, bytes[] receipts_, bytes[] signatures_) returns()
func (sessionBatcher *SessionBatcher) TryPackClose(market common.Address, receipts [][]byte, signatures [][]byte) ([]byte, error) {
	return sessionBatcher.abi.Pack("close", market, receipts, signatures)
}

// PackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68db8d7f.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function open(address market_, uint256 amount_, bool direct_, bytes[] approvals_, bytes[] signatures_) returns(bytes32[] ids_)
func (sessionBatcher *SessionBatcher) PackOpen(market common.Address, amount *big.Int, direct bool, approvals [][]byte, signatures [][]byte) []byte {
	enc, err := sessionBatcher.abi.Pack("open", market, amount, direct, approvals, signatures)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackOpen is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x68db8d7f.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function open(address market_, uint256 amount_, bool direct_, bytes[] approvals_, bytes[] signatures_) returns(bytes32[] ids_)
func (sessionBatcher *SessionBatcher) TryPackOpen(market common.Address, amount *big.Int, direct bool, approvals [][]byte, signatures [][]byte) ([]byte, error) {
	return sessionBatcher.abi.Pack("open", market, amount, direct, approvals, signatures)
}

// UnpackOpen is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x68db8d7f.
//
// Solidity: function open(address market_, uint256 amount_, bool direct_, bytes[] approvals_, bytes[] signatures_) returns(bytes32[] ids_)
func (sessionBatcher *SessionBatcher) UnpackOpen(data []byte) ([][32]byte, error) {
	out, err := sessionBatcher.abi.Unpack("open", data)
	if err != nil {
		return *new([][32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([][32]byte)).(*[][32]byte)
	return out0, nil
}
