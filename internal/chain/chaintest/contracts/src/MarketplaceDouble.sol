// SPDX-License-Identifier: MIT
// A test double of the Morpheus marketplace Diamond, written for morbot's tests. It exposes the
// subset of the Diamond ABI morbot uses, with the same rules, custom errors and events as the
// reference (shared/reference/morpheus.md). It is one plain contract, not a Diamond.
pragma solidity ^0.8.24;

interface ITokenLike {
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
    function transfer(address to, uint256 amount) external returns (bool);
}

contract MarketplaceDouble {
    struct Provider {
        string endpoint;
        uint256 stake;
        uint128 createdAt;
        uint128 limitPeriodEnd;
        uint256 limitPeriodEarned;
        bool isDeleted;
    }

    struct Model {
        bytes32 ipfsCID;
        uint256 fee;
        uint256 stake;
        address owner;
        string name;
        string[] tags;
        uint128 createdAt;
        bool isDeleted;
    }

    struct Bid {
        address provider;
        bytes32 modelId;
        uint256 pricePerSecond;
        uint256 nonce;
        uint128 createdAt;
        uint128 deletedAt;
    }

    struct FacetCut {
        address facetAddress;
        uint8 action;
        bytes4[] functionSelectors;
    }

    // A set with swap-and-pop removal: like an enumerable set, its order changes on removal.
    struct Set {
        bytes32[] values;
        mapping(bytes32 => uint256) pos; // index + 1
    }

    uint128 public constant PROVIDER_REWARD_LIMITER_PERIOD = 365 days;

    event ProviderRegistered(address indexed provider);
    event ProviderDeregistered(address indexed provider);
    event ProviderMinimumStakeUpdated(uint256 providerMinimumStake);
    event ModelRegisteredUpdated(address indexed owner, bytes32 indexed modelId);
    event ModelDeregistered(address indexed owner, bytes32 indexed modelId);
    event ModelMinimumStakeUpdated(uint256 modelMinimumStake);
    event MaretplaceFeeUpdated(uint256 bidFee); // sic: the upstream event name is misspelled
    event MarketplaceBidPosted(address indexed provider, bytes32 indexed modelId, uint256 nonce);
    event MarketplaceBidDeleted(address indexed provider, bytes32 indexed modelId, uint256 nonce);
    event MarketplaceBidMinMaxPriceUpdated(uint256 bidMinPricePerSecond, uint256 bidMaxPricePerSecond);
    event DiamondCut(FacetCut[] facets, address initFacet, bytes initData);
    event OwnershipTransferred(address indexed previousOwner, address indexed newOwner);

    error InsufficientRightsForOperation(address delegator, address delegatee);
    error OwnableUnauthorizedAccount(address account_);
    error ProviderStakeTooLow(uint256 amount, uint256 minAmount);
    error ProviderNotFound();
    error ProviderHasActiveBids();
    error ProviderHasAlreadyDeregistered();
    error ModelStakeTooLow(uint256 amount, uint256 minAmount);
    error ModelHasActiveBids();
    error ModelHasAlreadyDeregistered();
    error MarketplaceProviderNotFound();
    error MarketplaceModelNotFound();
    error MarketplaceBidPricePerSecondInvalid();
    error MarketplaceActiveBidNotFound();
    error MarketplaceBidMinPricePerSecondIsZero();
    error MarketplaceBidMinPricePerSecondIsInvalid();
    error MarketplaceFeeAmountIsZero();

    address private _owner;
    address private immutable _token;

    uint256 private _providerMinimumStake;
    uint256 private _modelMinimumStake;
    uint256 private _bidFee;
    uint256 private _minPrice;
    uint256 private _maxPrice;
    uint256 private _feeBalance;

    mapping(address => Provider) private _providers;
    mapping(bytes32 => Model) private _models;
    mapping(bytes32 => Bid) private _bids;
    mapping(bytes32 => uint256) private _providerModelNonce;
    mapping(address => uint256) private _totalSessions;

    Set private _activeProviders;
    Set private _activeModels;
    mapping(address => Set) private _providerActiveBids;
    mapping(bytes32 => Set) private _modelActiveBids;
    mapping(address => Set) private _providerBids;

    // Starts with the Base mainnet deploy configuration.
    constructor(address token_) {
        _owner = msg.sender;
        _token = token_;
        _providerMinimumStake = 1e17;
        _modelMinimumStake = 1e17;
        _bidFee = 1e17;
        _minPrice = 1e13;
        _maxPrice = 1e16;
        emit OwnershipTransferred(address(0), msg.sender);
    }

    modifier onlyOwner() {
        if (msg.sender != _owner) revert OwnableUnauthorizedAccount(msg.sender);
        _;
    }

    function _validateDelegatee(address delegator_) private view {
        if (msg.sender != delegator_) revert InsufficientRightsForOperation(delegator_, msg.sender);
    }

    // ---- providers

    function providerRegister(address provider_, uint256 amount_, string calldata endpoint_) external {
        _validateDelegatee(provider_);
        // As upstream: MOR is pulled before the minimum is checked.
        if (amount_ > 0) _pull(provider_, amount_);
        Provider storage p = _providers[provider_];
        uint256 newStake_ = p.stake + amount_;
        if (newStake_ < _providerMinimumStake) revert ProviderStakeTooLow(newStake_, _providerMinimumStake);
        if (p.createdAt == 0) {
            p.createdAt = uint128(block.timestamp);
            p.limitPeriodEnd = uint128(block.timestamp) + PROVIDER_REWARD_LIMITER_PERIOD;
        } else if (p.isDeleted) {
            p.isDeleted = false;
        }
        p.endpoint = endpoint_;
        p.stake = newStake_;
        _add(_activeProviders, bytes32(uint256(uint160(provider_))));
        emit ProviderRegistered(provider_);
    }

    function providerDeregister(address provider_) external {
        _validateDelegatee(provider_);
        Provider storage p = _providers[provider_];
        if (p.createdAt == 0) revert ProviderNotFound();
        if (_providerActiveBids[provider_].values.length != 0) revert ProviderHasActiveBids();
        if (p.isDeleted) revert ProviderHasAlreadyDeregistered();
        uint256 withdraw_ = block.timestamp > p.limitPeriodEnd ? p.stake : p.stake - p.limitPeriodEarned;
        p.stake -= withdraw_;
        p.isDeleted = true;
        _remove(_activeProviders, bytes32(uint256(uint160(provider_))));
        if (withdraw_ > 0) _push(provider_, withdraw_);
        emit ProviderDeregistered(provider_);
    }

    function providerSetMinStake(uint256 providerMinimumStake_) external onlyOwner {
        _providerMinimumStake = providerMinimumStake_;
        emit ProviderMinimumStakeUpdated(providerMinimumStake_);
    }

    function getProviderMinimumStake() external view returns (uint256) {
        return _providerMinimumStake;
    }

    function getProvider(address provider_) external view returns (Provider memory) {
        return _providers[provider_];
    }

    function getIsProviderActive(address provider_) public view returns (bool) {
        Provider storage p = _providers[provider_];
        return p.createdAt != 0 && !p.isDeleted;
    }

    function getActiveProviders(uint256 offset_, uint256 limit_) external view returns (address[] memory page, uint256 total) {
        bytes32[] memory raw;
        (raw, total) = _page(_activeProviders, offset_, limit_);
        page = new address[](raw.length);
        for (uint256 i = 0; i < raw.length; i++) page[i] = address(uint160(uint256(raw[i])));
    }

    // ---- models

    function modelRegister(
        address modelOwner_,
        bytes32 baseModelId_,
        bytes32 ipfsCID_,
        uint256 fee_,
        uint256 amount_,
        string calldata name_,
        string[] calldata tags_
    ) external {
        _validateDelegatee(modelOwner_);
        bytes32 modelId_ = getModelId(modelOwner_, baseModelId_);
        Model storage m = _models[modelId_];
        uint256 newStake_ = m.stake + amount_;
        // As upstream: the minimum is checked before MOR is pulled.
        if (newStake_ < _modelMinimumStake) revert ModelStakeTooLow(newStake_, _modelMinimumStake);
        if (amount_ > 0) _pull(modelOwner_, amount_);
        if (m.createdAt == 0) {
            m.createdAt = uint128(block.timestamp);
            m.owner = modelOwner_;
        }
        m.ipfsCID = ipfsCID_;
        m.fee = fee_;
        m.stake = newStake_;
        m.name = name_;
        delete m.tags;
        for (uint256 i = 0; i < tags_.length; i++) m.tags.push(tags_[i]);
        m.isDeleted = false;
        _add(_activeModels, modelId_);
        emit ModelRegisteredUpdated(modelOwner_, modelId_);
    }

    function modelDeregister(bytes32 modelId_) external {
        Model storage m = _models[modelId_];
        _validateDelegatee(m.owner);
        if (_modelActiveBids[modelId_].values.length != 0) revert ModelHasActiveBids();
        if (m.isDeleted) revert ModelHasAlreadyDeregistered();
        uint256 withdraw_ = m.stake;
        m.stake = 0;
        m.isDeleted = true;
        _remove(_activeModels, modelId_);
        if (withdraw_ > 0) _push(m.owner, withdraw_);
        emit ModelDeregistered(m.owner, modelId_);
    }

    function modelSetMinStake(uint256 modelMinimumStake_) external onlyOwner {
        _modelMinimumStake = modelMinimumStake_;
        emit ModelMinimumStakeUpdated(modelMinimumStake_);
    }

    function getModelMinimumStake() external view returns (uint256) {
        return _modelMinimumStake;
    }

    function getModel(bytes32 modelId_) external view returns (Model memory) {
        return _models[modelId_];
    }

    function getModelId(address account_, bytes32 baseModelId_) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(account_, baseModelId_));
    }

    function getIsModelActive(bytes32 modelId_) public view returns (bool) {
        Model storage m = _models[modelId_];
        return m.createdAt != 0 && !m.isDeleted;
    }

    function getActiveModelIds(uint256 offset_, uint256 limit_) external view returns (bytes32[] memory, uint256) {
        return _page(_activeModels, offset_, limit_);
    }

    // ---- bids

    function postModelBid(address provider_, bytes32 modelId_, uint256 pricePerSecond_) external returns (bytes32 bidId) {
        _validateDelegatee(provider_);
        if (!getIsProviderActive(provider_)) revert MarketplaceProviderNotFound();
        if (!getIsModelActive(modelId_)) revert MarketplaceModelNotFound();
        if (pricePerSecond_ < _minPrice || pricePerSecond_ > _maxPrice) revert MarketplaceBidPricePerSecondInvalid();

        _pull(provider_, _bidFee);
        _feeBalance += _bidFee;

        uint256 nonce_ = _providerModelNonce[getProviderModelId(provider_, modelId_)]++;
        if (nonce_ != 0) {
            bytes32 old_ = getBidId(provider_, modelId_, nonce_ - 1);
            if (isBidActive(old_)) _deleteBid(old_);
        }
        bidId = getBidId(provider_, modelId_, nonce_);
        _bids[bidId] = Bid(provider_, modelId_, pricePerSecond_, nonce_, uint128(block.timestamp), 0);
        _add(_providerBids[provider_], bidId);
        _add(_providerActiveBids[provider_], bidId);
        _add(_modelActiveBids[modelId_], bidId);
        emit MarketplaceBidPosted(provider_, modelId_, nonce_);
    }

    function deleteModelBid(bytes32 bidId_) external {
        // An unknown bid reads as provider 0x0, so the rights check fails first, as upstream.
        _validateDelegatee(_bids[bidId_].provider);
        if (!isBidActive(bidId_)) revert MarketplaceActiveBidNotFound();
        _deleteBid(bidId_);
    }

    function _deleteBid(bytes32 bidId_) private {
        Bid storage b = _bids[bidId_];
        b.deletedAt = uint128(block.timestamp);
        _remove(_providerActiveBids[b.provider], bidId_);
        _remove(_modelActiveBids[b.modelId], bidId_);
        emit MarketplaceBidDeleted(b.provider, b.modelId, b.nonce);
    }

    // A zero fee is valid, as upstream: bids are then free.
    function setMarketplaceBidFee(uint256 bidFee_) external onlyOwner {
        _bidFee = bidFee_;
        emit MaretplaceFeeUpdated(bidFee_);
    }

    // As upstream: the amount is clamped to the collected fees; nothing to withdraw reverts.
    function withdrawFee(address recipient_, uint256 amount_) external onlyOwner {
        amount_ = amount_ > _feeBalance ? _feeBalance : amount_;
        if (amount_ == 0) revert MarketplaceFeeAmountIsZero();
        _feeBalance -= amount_;
        _push(recipient_, amount_);
    }

    function setMinMaxBidPricePerSecond(uint256 bidMinPricePerSecond_, uint256 bidMaxPricePerSecond_) external onlyOwner {
        if (bidMinPricePerSecond_ == 0) revert MarketplaceBidMinPricePerSecondIsZero();
        if (bidMinPricePerSecond_ > bidMaxPricePerSecond_) revert MarketplaceBidMinPricePerSecondIsInvalid();
        _minPrice = bidMinPricePerSecond_;
        _maxPrice = bidMaxPricePerSecond_;
        emit MarketplaceBidMinMaxPriceUpdated(bidMinPricePerSecond_, bidMaxPricePerSecond_);
    }

    function getBidFee() external view returns (uint256) {
        return _bidFee;
    }

    function getMinMaxBidPricePerSecond() external view returns (uint256, uint256) {
        return (_minPrice, _maxPrice);
    }

    function getFeeBalance() external view returns (uint256) {
        return _feeBalance;
    }

    function getBid(bytes32 bidId_) external view returns (Bid memory) {
        return _bids[bidId_];
    }

    function isBidActive(bytes32 bidId_) public view returns (bool) {
        Bid storage b = _bids[bidId_];
        return b.createdAt != 0 && b.deletedAt == 0;
    }

    function getBidId(address provider_, bytes32 modelId_, uint256 nonce_) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(provider_, modelId_, nonce_));
    }

    function getProviderModelId(address provider_, bytes32 modelId_) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(provider_, modelId_));
    }

    function getProviderActiveBids(address provider_, uint256 offset_, uint256 limit_) external view returns (bytes32[] memory, uint256) {
        return _page(_providerActiveBids[provider_], offset_, limit_);
    }

    function getModelActiveBids(bytes32 modelId_, uint256 offset_, uint256 limit_) external view returns (bytes32[] memory, uint256) {
        return _page(_modelActiveBids[modelId_], offset_, limit_);
    }

    function getProviderBids(address provider_, uint256 offset_, uint256 limit_) external view returns (bytes32[] memory, uint256) {
        return _page(_providerBids[provider_], offset_, limit_);
    }

    function getTotalSessions(address provider_) external view returns (uint256) {
        return _totalSessions[provider_];
    }

    // ---- admin and identity

    function getToken() external view returns (address) {
        return _token;
    }

    function owner() external view returns (address) {
        return _owner;
    }

    function transferOwnership(address newOwner_) external onlyOwner {
        emit OwnershipTransferred(_owner, newOwner_);
        _owner = newOwner_;
    }

    // ---- test hooks (not part of the real Diamond's ABI)

    // Records earnings against the provider's yearly cap, as claims would.
    function testSetLimitPeriodEarned(address provider_, uint256 earned_) external onlyOwner {
        _providers[provider_].limitPeriodEarned = earned_;
    }

    // Emits the Diamond's upgrade event, as a diamondCut would.
    function testDiamondCut(address facet_, bytes4[] calldata selectors_) external onlyOwner {
        FacetCut[] memory cuts = new FacetCut[](1);
        cuts[0] = FacetCut(facet_, 1, selectors_);
        emit DiamondCut(cuts, address(0), "");
    }

    // ---- internals

    function _pull(address from_, uint256 amount_) private {
        _call(abi.encodeCall(ITokenLike.transferFrom, (from_, address(this), amount_)));
    }

    function _push(address to_, uint256 amount_) private {
        _call(abi.encodeCall(ITokenLike.transfer, (to_, amount_)));
    }

    // Calls the token and bubbles its revert data up unchanged, as SafeERC20 does.
    function _call(bytes memory data_) private {
        (bool ok, bytes memory ret) = _token.call(data_);
        if (!ok) {
            assembly {
                revert(add(ret, 32), mload(ret))
            }
        }
        require(ret.length == 0 || abi.decode(ret, (bool)), "SafeERC20: ERC20 operation did not succeed");
    }

    function _add(Set storage s, bytes32 v) private {
        if (s.pos[v] != 0) return;
        s.values.push(v);
        s.pos[v] = s.values.length;
    }

    function _remove(Set storage s, bytes32 v) private {
        uint256 p = s.pos[v];
        if (p == 0) return;
        uint256 last = s.values.length;
        if (p != last) {
            bytes32 moved = s.values[last - 1];
            s.values[p - 1] = moved;
            s.pos[moved] = p;
        }
        s.values.pop();
        delete s.pos[v];
    }

    function _page(Set storage s, uint256 offset_, uint256 limit_) private view returns (bytes32[] memory page, uint256 total) {
        total = s.values.length;
        if (offset_ >= total) return (new bytes32[](0), total);
        uint256 end = offset_ + limit_;
        if (end > total || end < offset_) end = total;
        page = new bytes32[](end - offset_);
        for (uint256 i = offset_; i < end; i++) page[i - offset_] = s.values[i];
    }
}
