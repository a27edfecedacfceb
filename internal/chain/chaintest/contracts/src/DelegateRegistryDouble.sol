// SPDX-License-Identifier: MIT
// A test double of the delegate.xyz v2 registry, written for morbot's tests: contract delegations
// (delegateContract), the check the Morpheus facets make (checkDelegateForContract) and the listing
// morbot reads (getIncomingDelegations). As in v2, a delegation with empty rights grants every right
// for that contract, and an "all" delegation grants it for every contract.
pragma solidity ^0.8.24;

contract DelegateRegistryDouble {
    enum DelegationType {
        NONE,
        ALL,
        CONTRACT,
        ERC721,
        ERC20,
        ERC1155
    }

    struct Delegation {
        DelegationType type_;
        address to;
        address from;
        bytes32 rights;
        address contract_;
        uint256 tokenId;
        uint256 amount;
    }

    event DelegateAll(address indexed from, address indexed to, bytes32 rights, bool enable);
    event DelegateContract(address indexed from, address indexed to, address indexed contract_, bytes32 rights, bool enable);

    mapping(bytes32 => Delegation) private _delegations;
    mapping(address => bytes32[]) private _incoming;
    mapping(bytes32 => bool) private _listed;

    function _hash(DelegationType t, address from, address to, address contract_, bytes32 rights) private pure returns (bytes32) {
        return keccak256(abi.encode(t, from, to, contract_, rights));
    }

    function _set(DelegationType t, address to, address contract_, bytes32 rights, bool enable) private returns (bytes32 h) {
        h = _hash(t, msg.sender, to, contract_, rights);
        if (enable) {
            _delegations[h] = Delegation(t, to, msg.sender, rights, contract_, 0, 0);
            if (!_listed[h]) {
                _listed[h] = true;
                _incoming[to].push(h);
            }
        } else {
            delete _delegations[h];
        }
    }

    function delegateAll(address to, bytes32 rights, bool enable) external payable returns (bytes32 delegationHash) {
        delegationHash = _set(DelegationType.ALL, to, address(0), rights, enable);
        emit DelegateAll(msg.sender, to, rights, enable);
    }

    function delegateContract(address to, address contract_, bytes32 rights, bool enable) external payable returns (bytes32 delegationHash) {
        delegationHash = _set(DelegationType.CONTRACT, to, contract_, rights, enable);
        emit DelegateContract(msg.sender, to, contract_, rights, enable);
    }

    function _has(DelegationType t, address to, address from, address contract_, bytes32 rights) private view returns (bool) {
        return _delegations[_hash(t, from, to, contract_, rights)].type_ == t;
    }

    function checkDelegateForAll(address to, address from, bytes32 rights) public view returns (bool) {
        return _has(DelegationType.ALL, to, from, address(0), bytes32(0)) ||
            (rights != bytes32(0) && _has(DelegationType.ALL, to, from, address(0), rights));
    }

    function checkDelegateForContract(address to, address from, address contract_, bytes32 rights) external view returns (bool) {
        if (checkDelegateForAll(to, from, rights)) return true;
        return _has(DelegationType.CONTRACT, to, from, contract_, bytes32(0)) ||
            (rights != bytes32(0) && _has(DelegationType.CONTRACT, to, from, contract_, rights));
    }

    function getIncomingDelegations(address to) external view returns (Delegation[] memory delegations) {
        bytes32[] storage hs = _incoming[to];
        uint256 n = 0;
        for (uint256 i = 0; i < hs.length; i++) {
            if (_delegations[hs[i]].type_ != DelegationType.NONE) n++;
        }
        delegations = new Delegation[](n);
        uint256 k = 0;
        for (uint256 i = 0; i < hs.length; i++) {
            if (_delegations[hs[i]].type_ != DelegationType.NONE) delegations[k++] = _delegations[hs[i]];
        }
    }
}
