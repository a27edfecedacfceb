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

// DelegateRegistryDoubleDelegation is an auto generated low-level Go binding around an user-defined struct.
type DelegateRegistryDoubleDelegation struct {
	Type     uint8
	To       common.Address
	From     common.Address
	Rights   [32]byte
	Contract common.Address
	TokenId  *big.Int
	Amount   *big.Int
}

// DelegateRegistryDoubleMetaData contains all meta data concerning the DelegateRegistryDouble contract.
var DelegateRegistryDoubleMetaData = bind.MetaData{
	ABI: "[{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"rights\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enable\",\"type\":\"bool\"}],\"name\":\"DelegateAll\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"contract_\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"rights\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"enable\",\"type\":\"bool\"}],\"name\":\"DelegateContract\",\"type\":\"event\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"rights\",\"type\":\"bytes32\"}],\"name\":\"checkDelegateForAll\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"contract_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"rights\",\"type\":\"bytes32\"}],\"name\":\"checkDelegateForContract\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"rights\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"enable\",\"type\":\"bool\"}],\"name\":\"delegateAll\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"delegationHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"contract_\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"rights\",\"type\":\"bytes32\"},{\"internalType\":\"bool\",\"name\":\"enable\",\"type\":\"bool\"}],\"name\":\"delegateContract\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"delegationHash\",\"type\":\"bytes32\"}],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"getIncomingDelegations\",\"outputs\":[{\"components\":[{\"internalType\":\"enumDelegateRegistryDouble.DelegationType\",\"name\":\"type_\",\"type\":\"uint8\"},{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"from\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"rights\",\"type\":\"bytes32\"},{\"internalType\":\"address\",\"name\":\"contract_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"tokenId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amount\",\"type\":\"uint256\"}],\"internalType\":\"structDelegateRegistryDouble.Delegation[]\",\"name\":\"delegations\",\"type\":\"tuple[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"}]",
	ID:  "DelegateRegistryDouble",
	Bin: "0x6080604052348015600e575f5ffd5b5061098d8061001c5f395ff3fe608060405260043610610049575f3560e01c806330ff31401461004d57806342f87c25146100735780638988eea91461009f578063d90e73ab146100ce578063e839bd53146100e1575b5f5ffd5b61006061005b366004610712565b610100565b6040519081526020015b60405180910390f35b34801561007e575f5ffd5b5061009261008d36600461074b565b610160565b60405161006a919061079f565b3480156100aa575f5ffd5b506100be6100b936600461083a565b6103ad565b604051901515815260200161006a565b6100606100dc366004610882565b6103fd565b3480156100ec575f5ffd5b506100be6100fb3660046108cc565b610463565b5f61010f6001855f8686610490565b6040805185815284151560208201529192506001600160a01b0386169133917fda3ef6410e30373a9137f83f9781a8129962b6882532b7c229de2e39de423227910160405180910390a39392505050565b6001600160a01b0381165f908152600160205260408120606091805b82548110156101e4575f5f5f85848154811061019a5761019a610906565b5f918252602080832090910154835282019290925260400190205460ff1660058111156101c9576101c961076b565b146101dc57816101d88161091a565b9250505b60010161017c565b508067ffffffffffffffff8111156101fe576101fe61093e565b60405190808252806020026020018201604052801561026357816020015b6040805160e0810182525f8082526020808301829052928201819052606082018190526080820181905260a0820181905260c082015282525f1990920191018161021c5790505b5092505f805b83548110156103a4575f5f5f86848154811061028757610287610906565b5f918252602080832090910154835282019290925260400190205460ff1660058111156102b6576102b661076b565b1461039c575f5f8583815481106102cf576102cf610906565b905f5260205f20015481526020019081526020015f206040518060e00160405290815f82015f9054906101000a900460ff1660058111156103125761031261076b565b60058111156103235761032361076b565b815281546001600160a01b0361010090910481166020830152600183015481166040830152600283015460608301526003830154166080820152600482015460a082015260059091015460c090910152858361037e8161091a565b94508151811061039057610390610906565b60200260200101819052505b600101610269565b50505050919050565b5f6103b9858584610463565b156103c6575060016103f5565b6103d460028686865f61065c565b806103f2575081158015906103f257506103f260028686868661065c565b90505b949350505050565b5f61040c600286868686610490565b6040805185815284151560208201529192506001600160a01b03808716929088169133917f021be15e24de4afc43cfb5d0ba95ca38e0783571e05c12bbe6aece8842ae82df910160405180910390a4949350505050565b5f61047260018585848061065c565b806103f5575081158015906103f557506103f5600185855f8661065c565b5f61049e86338787876106ad565b90508115610605576040518060e001604052808760058111156104c3576104c361076b565b81526001600160a01b03808816602080840191909152336040808501919091526060840188905291881660808401525f60a0840181905260c0909301839052848352829052902081518154829060ff191660018360058111156105285761052861076b565b02179055506020828101518254610100600160a81b0319166101006001600160a01b03928316021783556040808501516001850180546001600160a01b031990811692851692909217905560608601516002808701919091556080870151600387018054909316941693909317905560a0850151600485015560c0909401516005909301929092555f848152919052205460ff16610600575f818152600260209081526040808320805460ff191660019081179091556001600160a01b03891684528083529083208054918201815583529120018190555b610653565b5f81815260208190526040812080546001600160a81b03191681556001810180546001600160a01b031990811690915560028201839055600382018054909116905560048101829055600501555b95945050505050565b5f85600581111561066f5761066f61076b565b5f5f61067e89888a89896106ad565b815260208101919091526040015f205460ff1660058111156106a2576106a261076b565b149695505050505050565b5f85858585856040516020016106c7959493929190610952565b60405160208183030381529060405280519060200120905095945050505050565b80356001600160a01b03811681146106fe575f5ffd5b919050565b803580151581146106fe575f5ffd5b5f5f5f60608486031215610724575f5ffd5b61072d846106e8565b92506020840135915061074260408501610703565b90509250925092565b5f6020828403121561075b575f5ffd5b610764826106e8565b9392505050565b634e487b7160e01b5f52602160045260245ffd5b6006811061079b57634e487b7160e01b5f52602160045260245ffd5b9052565b602080825282518282018190525f918401906040840190835b8181101561082f5783516107cd84825161077f565b6020818101516001600160a01b0390811686830152604080840151821690870152606080840151908701526080808401519091169086015260a0828101519086015260c09182015191850191909152939093019260e0909201916001016107b8565b509095945050505050565b5f5f5f5f6080858703121561084d575f5ffd5b610856856106e8565b9350610864602086016106e8565b9250610872604086016106e8565b9396929550929360600135925050565b5f5f5f5f60808587031215610895575f5ffd5b61089e856106e8565b93506108ac602086016106e8565b9250604085013591506108c160608601610703565b905092959194509250565b5f5f5f606084860312156108de575f5ffd5b6108e7846106e8565b92506108f5602085016106e8565b929592945050506040919091013590565b634e487b7160e01b5f52603260045260245ffd5b5f6001820161093757634e487b7160e01b5f52601160045260245ffd5b5060010190565b634e487b7160e01b5f52604160045260245ffd5b60a08101610960828861077f565b6001600160a01b03958616602083015293851660408201529190931660608201526080019190915291905056",
}

// DelegateRegistryDouble is an auto generated Go binding around an Ethereum contract.
type DelegateRegistryDouble struct {
	abi abi.ABI
}

// GetABI returns the ABI associated with this contract binding.
func (c *DelegateRegistryDouble) GetABI() abi.ABI {
	return c.abi
}

// NewDelegateRegistryDouble creates a new instance of DelegateRegistryDouble.
func NewDelegateRegistryDouble() *DelegateRegistryDouble {
	parsed, err := DelegateRegistryDoubleMetaData.ParseABI()
	if err != nil {
		panic(errors.New("invalid ABI: " + err.Error()))
	}
	return &DelegateRegistryDouble{abi: *parsed}
}

// Instance creates a wrapper for a deployed contract instance at the given address.
// Use this to create the instance object passed to abigen v2 library functions Call, Transact, etc.
func (c *DelegateRegistryDouble) Instance(backend bind.ContractBackend, addr common.Address) *bind.BoundContract {
	return bind.NewBoundContract(addr, c.abi, backend, backend, backend)
}

// PackCheckDelegateForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe839bd53.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkDelegateForAll(address to, address from, bytes32 rights) view returns(bool)
func (delegateRegistryDouble *DelegateRegistryDouble) PackCheckDelegateForAll(to common.Address, from common.Address, rights [32]byte) []byte {
	enc, err := delegateRegistryDouble.abi.Pack("checkDelegateForAll", to, from, rights)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckDelegateForAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xe839bd53.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkDelegateForAll(address to, address from, bytes32 rights) view returns(bool)
func (delegateRegistryDouble *DelegateRegistryDouble) TryPackCheckDelegateForAll(to common.Address, from common.Address, rights [32]byte) ([]byte, error) {
	return delegateRegistryDouble.abi.Pack("checkDelegateForAll", to, from, rights)
}

// UnpackCheckDelegateForAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xe839bd53.
//
// Solidity: function checkDelegateForAll(address to, address from, bytes32 rights) view returns(bool)
func (delegateRegistryDouble *DelegateRegistryDouble) UnpackCheckDelegateForAll(data []byte) (bool, error) {
	out, err := delegateRegistryDouble.abi.Unpack("checkDelegateForAll", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackCheckDelegateForContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8988eea9.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function checkDelegateForContract(address to, address from, address contract_, bytes32 rights) view returns(bool)
func (delegateRegistryDouble *DelegateRegistryDouble) PackCheckDelegateForContract(to common.Address, from common.Address, contract common.Address, rights [32]byte) []byte {
	enc, err := delegateRegistryDouble.abi.Pack("checkDelegateForContract", to, from, contract, rights)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackCheckDelegateForContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x8988eea9.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function checkDelegateForContract(address to, address from, address contract_, bytes32 rights) view returns(bool)
func (delegateRegistryDouble *DelegateRegistryDouble) TryPackCheckDelegateForContract(to common.Address, from common.Address, contract common.Address, rights [32]byte) ([]byte, error) {
	return delegateRegistryDouble.abi.Pack("checkDelegateForContract", to, from, contract, rights)
}

// UnpackCheckDelegateForContract is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x8988eea9.
//
// Solidity: function checkDelegateForContract(address to, address from, address contract_, bytes32 rights) view returns(bool)
func (delegateRegistryDouble *DelegateRegistryDouble) UnpackCheckDelegateForContract(data []byte) (bool, error) {
	out, err := delegateRegistryDouble.abi.Unpack("checkDelegateForContract", data)
	if err != nil {
		return *new(bool), err
	}
	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)
	return out0, nil
}

// PackDelegateAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30ff3140.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegateAll(address to, bytes32 rights, bool enable) payable returns(bytes32 delegationHash)
func (delegateRegistryDouble *DelegateRegistryDouble) PackDelegateAll(to common.Address, rights [32]byte, enable bool) []byte {
	enc, err := delegateRegistryDouble.abi.Pack("delegateAll", to, rights, enable)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegateAll is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x30ff3140.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegateAll(address to, bytes32 rights, bool enable) payable returns(bytes32 delegationHash)
func (delegateRegistryDouble *DelegateRegistryDouble) TryPackDelegateAll(to common.Address, rights [32]byte, enable bool) ([]byte, error) {
	return delegateRegistryDouble.abi.Pack("delegateAll", to, rights, enable)
}

// UnpackDelegateAll is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x30ff3140.
//
// Solidity: function delegateAll(address to, bytes32 rights, bool enable) payable returns(bytes32 delegationHash)
func (delegateRegistryDouble *DelegateRegistryDouble) UnpackDelegateAll(data []byte) ([32]byte, error) {
	out, err := delegateRegistryDouble.abi.Unpack("delegateAll", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackDelegateContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd90e73ab.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function delegateContract(address to, address contract_, bytes32 rights, bool enable) payable returns(bytes32 delegationHash)
func (delegateRegistryDouble *DelegateRegistryDouble) PackDelegateContract(to common.Address, contract common.Address, rights [32]byte, enable bool) []byte {
	enc, err := delegateRegistryDouble.abi.Pack("delegateContract", to, contract, rights, enable)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackDelegateContract is the Go binding used to pack the parameters required for calling
// the contract method with ID 0xd90e73ab.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function delegateContract(address to, address contract_, bytes32 rights, bool enable) payable returns(bytes32 delegationHash)
func (delegateRegistryDouble *DelegateRegistryDouble) TryPackDelegateContract(to common.Address, contract common.Address, rights [32]byte, enable bool) ([]byte, error) {
	return delegateRegistryDouble.abi.Pack("delegateContract", to, contract, rights, enable)
}

// UnpackDelegateContract is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0xd90e73ab.
//
// Solidity: function delegateContract(address to, address contract_, bytes32 rights, bool enable) payable returns(bytes32 delegationHash)
func (delegateRegistryDouble *DelegateRegistryDouble) UnpackDelegateContract(data []byte) ([32]byte, error) {
	out, err := delegateRegistryDouble.abi.Unpack("delegateContract", data)
	if err != nil {
		return *new([32]byte), err
	}
	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)
	return out0, nil
}

// PackGetIncomingDelegations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42f87c25.  This method will panic if any
// invalid/nil inputs are passed.
//
// Solidity: function getIncomingDelegations(address to) view returns((uint8,address,address,bytes32,address,uint256,uint256)[] delegations)
func (delegateRegistryDouble *DelegateRegistryDouble) PackGetIncomingDelegations(to common.Address) []byte {
	enc, err := delegateRegistryDouble.abi.Pack("getIncomingDelegations", to)
	if err != nil {
		panic(err)
	}
	return enc
}

// TryPackGetIncomingDelegations is the Go binding used to pack the parameters required for calling
// the contract method with ID 0x42f87c25.  This method will return an error
// if any inputs are invalid/nil.
//
// Solidity: function getIncomingDelegations(address to) view returns((uint8,address,address,bytes32,address,uint256,uint256)[] delegations)
func (delegateRegistryDouble *DelegateRegistryDouble) TryPackGetIncomingDelegations(to common.Address) ([]byte, error) {
	return delegateRegistryDouble.abi.Pack("getIncomingDelegations", to)
}

// UnpackGetIncomingDelegations is the Go binding that unpacks the parameters returned
// from invoking the contract method with ID 0x42f87c25.
//
// Solidity: function getIncomingDelegations(address to) view returns((uint8,address,address,bytes32,address,uint256,uint256)[] delegations)
func (delegateRegistryDouble *DelegateRegistryDouble) UnpackGetIncomingDelegations(data []byte) ([]DelegateRegistryDoubleDelegation, error) {
	out, err := delegateRegistryDouble.abi.Unpack("getIncomingDelegations", data)
	if err != nil {
		return *new([]DelegateRegistryDoubleDelegation), err
	}
	out0 := *abi.ConvertType(out[0], new([]DelegateRegistryDoubleDelegation)).(*[]DelegateRegistryDoubleDelegation)
	return out0, nil
}

// DelegateRegistryDoubleDelegateAll represents a DelegateAll event raised by the DelegateRegistryDouble contract.
type DelegateRegistryDoubleDelegateAll struct {
	From   common.Address
	To     common.Address
	Rights [32]byte
	Enable bool
	Raw    *types.Log // Blockchain specific contextual infos
}

const DelegateRegistryDoubleDelegateAllEventName = "DelegateAll"

// ContractEventName returns the user-defined event name.
func (DelegateRegistryDoubleDelegateAll) ContractEventName() string {
	return DelegateRegistryDoubleDelegateAllEventName
}

// UnpackDelegateAllEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateAll(address indexed from, address indexed to, bytes32 rights, bool enable)
func (delegateRegistryDouble *DelegateRegistryDouble) UnpackDelegateAllEvent(log *types.Log) (*DelegateRegistryDoubleDelegateAll, error) {
	event := "DelegateAll"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != delegateRegistryDouble.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DelegateRegistryDoubleDelegateAll)
	if len(log.Data) > 0 {
		if err := delegateRegistryDouble.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range delegateRegistryDouble.abi.Events[event].Inputs {
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

// DelegateRegistryDoubleDelegateContract represents a DelegateContract event raised by the DelegateRegistryDouble contract.
type DelegateRegistryDoubleDelegateContract struct {
	From     common.Address
	To       common.Address
	Contract common.Address
	Rights   [32]byte
	Enable   bool
	Raw      *types.Log // Blockchain specific contextual infos
}

const DelegateRegistryDoubleDelegateContractEventName = "DelegateContract"

// ContractEventName returns the user-defined event name.
func (DelegateRegistryDoubleDelegateContract) ContractEventName() string {
	return DelegateRegistryDoubleDelegateContractEventName
}

// UnpackDelegateContractEvent is the Go binding that unpacks the event data emitted
// by contract.
//
// Solidity: event DelegateContract(address indexed from, address indexed to, address indexed contract_, bytes32 rights, bool enable)
func (delegateRegistryDouble *DelegateRegistryDouble) UnpackDelegateContractEvent(log *types.Log) (*DelegateRegistryDoubleDelegateContract, error) {
	event := "DelegateContract"
	if len(log.Topics) == 0 {
		return nil, bind.ErrNoEventSignature
	}
	if log.Topics[0] != delegateRegistryDouble.abi.Events[event].ID {
		return nil, bind.ErrEventSignatureMismatch
	}
	out := new(DelegateRegistryDoubleDelegateContract)
	if len(log.Data) > 0 {
		if err := delegateRegistryDouble.abi.UnpackIntoInterface(out, event, log.Data); err != nil {
			return nil, err
		}
	}
	var indexed abi.Arguments
	for _, arg := range delegateRegistryDouble.abi.Events[event].Inputs {
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
