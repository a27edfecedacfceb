// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

// A test consumer that opens and closes many sessions in one transaction, so tests and benchmarks can
// build a provider with thousands of sessions. It is the sessions' user: each call goes through the
// marketplace's own openSession and closeSession, with the provider's signed approvals and receipts,
// under every rule the marketplace enforces.
interface ISessionMarket {
    function openSession(address user_, uint256 amount_, bool direct_, bytes calldata approval_, bytes calldata signature_) external returns (bytes32);
    function closeSession(bytes calldata receipt_, bytes calldata signature_) external;
}

interface IApprovable {
    function approve(address spender, uint256 amount) external returns (bool);
}

contract SessionBatcher {
    address private immutable _owner;

    constructor() {
        _owner = msg.sender;
    }

    modifier onlyOwner() {
        require(msg.sender == _owner, "not the owner");
        _;
    }

    function approveToken(address token_, address spender_, uint256 amount_) external onlyOwner {
        require(IApprovable(token_).approve(spender_, amount_), "approve failed");
    }

    function open(address market_, uint256 amount_, bool direct_, bytes[] calldata approvals_, bytes[] calldata signatures_)
        external
        onlyOwner
        returns (bytes32[] memory ids_)
    {
        require(approvals_.length == signatures_.length, "length mismatch");
        ids_ = new bytes32[](approvals_.length);
        for (uint256 i = 0; i < approvals_.length; i++) {
            ids_[i] = ISessionMarket(market_).openSession(address(this), amount_, direct_, approvals_[i], signatures_[i]);
        }
    }

    function close(address market_, bytes[] calldata receipts_, bytes[] calldata signatures_) external onlyOwner {
        require(receipts_.length == signatures_.length, "length mismatch");
        for (uint256 i = 0; i < receipts_.length; i++) {
            ISessionMarket(market_).closeSession(receipts_[i], signatures_[i]);
        }
    }
}
