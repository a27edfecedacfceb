// SPDX-License-Identifier: MIT
// A test double of the Morpheus marketplace Diamond, written for morbot's tests. It exposes the
// subset of the Diamond ABI morbot uses, with the same rules, custom errors and events as the
// reference (shared/reference/morpheus.md). It is one plain contract, not a Diamond.
pragma solidity ^0.8.24;

interface ITokenLike {
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
    function transfer(address to, uint256 amount) external returns (bool);
}

interface IDelegateRegistryLike {
    function checkDelegateForContract(address to, address from, address contract_, bytes32 rights) external view returns (bool);
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

    struct Session {
        address user;
        bytes32 bidId;
        uint256 stake;
        bytes closeoutReceipt;
        uint256 closeoutType;
        uint256 providerWithdrawnAmount;
        uint128 openedAt;
        uint128 endsAt;
        uint128 closedAt;
        bool isActive;
        bool isDirectPaymentFromUser;
    }

    struct OnHold {
        uint256 amount;
        uint128 releaseAt;
    }

    uint128 public constant PROVIDER_REWARD_LIMITER_PERIOD = 365 days;
    uint32 public constant MIN_SESSION_DURATION = 5 minutes;
    uint32 public constant SIGNATURE_TTL = 10 minutes;

    bytes32 public constant DELEGATION_RULES_PROVIDER = keccak256("delegation.rules.provider");
    bytes32 public constant DELEGATION_RULES_MODEL = keccak256("delegation.rules.model");
    bytes32 public constant DELEGATION_RULES_MARKETPLACE = keccak256("delegation.rules.marketplace");
    bytes32 public constant DELEGATION_RULES_SESSION = keccak256("delegation.rules.session");

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
    event SessionOpened(address indexed user, bytes32 indexed sessionId, address indexed providerId);
    event SessionClosed(address indexed user, bytes32 indexed sessionId, address indexed providerId);

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
    error SessionApprovedForAnotherChainId();
    error SessionApproveExpired();
    error SessionBidNotFound();
    error SessionProviderSignatureMismatch();
    error SessionDuplicateApproval();
    error SessionTooShort();
    error SessionStakeTooLow();
    error SessionReceiptForAnotherChainId();
    error SessionReceiptExpired();
    error SessionAlreadyClosed();

    address private _owner;
    address private immutable _token;
    address private immutable _registry;

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

    mapping(bytes32 => Session) private _sessions;
    mapping(address => Set) private _providerSessions;
    mapping(bytes32 => bool) private _approvalUsed; // keccak256 of the approval bytes
    mapping(address => OnHold[]) private _userStakesOnHold;
    uint256 private _sessionNonce;
    address private _fundingAccount;
    uint128 private _maxSessionDuration;
    uint256 private _providersTotalClaimed;

    Set private _activeProviders;
    Set private _activeModels;
    mapping(address => Set) private _providerActiveBids;
    mapping(bytes32 => Set) private _modelActiveBids;
    mapping(address => Set) private _providerBids;

    // Session stats (reference §16): a running mean and sum of squared deviations, as upstream's LibSD
    // keeps them, updated by every close with a valid provider receipt.
    struct SD {
        int64 mean;
        int64 sqSum;
    }

    struct ModelStats {
        SD tpsScaled1000;
        SD ttftMs;
        SD totalDuration;
        uint32 count;
    }

    struct ProviderModelStats {
        SD tpsScaled1000;
        SD ttftMs;
        uint32 totalDuration;
        uint32 successCount;
        uint32 totalCount;
    }

    mapping(bytes32 => ModelStats) private _modelStats;
    mapping(bytes32 => mapping(address => ProviderModelStats)) private _providerModelStats;

    // Starts with the Base mainnet deploy configuration; the owner is the funding account at first.
    constructor(address token_, address registry_) {
        _owner = msg.sender;
        _token = token_;
        _registry = registry_;
        _fundingAccount = msg.sender;
        _maxSessionDuration = 7 days;
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

    // As upstream: the caller acts for delegator_ itself, or holds the right through the registry.
    function _validateDelegatee(address delegator_, bytes32 rights_) private view {
        if (msg.sender != delegator_ && !isRightsDelegated(msg.sender, delegator_, rights_)) {
            revert InsufficientRightsForOperation(delegator_, msg.sender);
        }
    }

    function isRightsDelegated(address delegatee_, address delegator_, bytes32 rights_) public view returns (bool) {
        if (_registry == address(0)) return false;
        return IDelegateRegistryLike(_registry).checkDelegateForContract(delegatee_, delegator_, address(this), rights_);
    }

    function getRegistry() external view returns (address) {
        return _registry;
    }

    // ---- providers

    function providerRegister(address provider_, uint256 amount_, string calldata endpoint_) external {
        _validateDelegatee(provider_, DELEGATION_RULES_PROVIDER);
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
        _validateDelegatee(provider_, DELEGATION_RULES_PROVIDER);
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
        _validateDelegatee(modelOwner_, DELEGATION_RULES_MODEL);
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
        _validateDelegatee(m.owner, DELEGATION_RULES_MODEL);
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
        _validateDelegatee(provider_, DELEGATION_RULES_MARKETPLACE);
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
        _validateDelegatee(_bids[bidId_].provider, DELEGATION_RULES_MARKETPLACE);
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
        return _providerSessions[provider_].values.length;
    }

    // ---- sessions (the subset morbot needs, with upstream's rules and claim math)

    function openSession(
        address user_,
        uint256 amount_,
        bool isDirectPaymentFromUser_,
        bytes calldata approvalEncoded_,
        bytes calldata signature_
    ) external returns (bytes32 sessionId_) {
        _validateDelegatee(user_, DELEGATION_RULES_SESSION);
        bytes32 bidId_ = _extractProviderApproval(approvalEncoded_);
        Bid storage bid = _bids[bidId_];
        sessionId_ = getSessionId(user_, bid.provider, bidId_, _sessionNonce++);
        Session storage session = _sessions[sessionId_];
        _pull(user_, amount_);
        session.user = user_;
        session.stake = amount_;
        session.bidId = bidId_;
        session.openedAt = uint128(block.timestamp);
        session.endsAt = _validateSession(bidId_, amount_, isDirectPaymentFromUser_, approvalEncoded_, signature_);
        session.isActive = true;
        session.isDirectPaymentFromUser = isDirectPaymentFromUser_;
        _add(_providerSessions[bid.provider], sessionId_);
        _approvalUsed[keccak256(approvalEncoded_)] = true;
        emit SessionOpened(user_, sessionId_, bid.provider);
    }

    function _validateSession(bytes32 bidId_, uint256 amount_, bool direct_, bytes calldata approval_, bytes calldata signature_) private view returns (uint128) {
        if (!isBidActive(bidId_)) revert SessionBidNotFound();
        Bid storage bid = _bids[bidId_];
        if (!_isValidProviderReceipt(bid.provider, approval_, signature_)) revert SessionProviderSignatureMismatch();
        if (_approvalUsed[keccak256(approval_)]) revert SessionDuplicateApproval();
        uint128 endsAt_ = getSessionEnd(amount_, bid.pricePerSecond, uint128(block.timestamp));
        uint128 duration_ = endsAt_ - uint128(block.timestamp);
        if (duration_ < MIN_SESSION_DURATION) revert SessionTooShort();
        if (direct_ && (duration_ * bid.pricePerSecond) > amount_) revert SessionStakeTooLow();
        return endsAt_;
    }

    function getSessionId(address user_, address provider_, bytes32 bidId_, uint256 nonce_) public pure returns (bytes32) {
        return keccak256(abi.encodePacked(user_, provider_, bidId_, nonce_));
    }

    function getSessionEnd(uint256 amount_, uint256 pricePerSecond_, uint128 openedAt_) public view returns (uint128) {
        uint128 duration_ = uint128(stakeToStipend(amount_, openedAt_) / pricePerSecond_);
        if (duration_ > _maxSessionDuration) duration_ = _maxSessionDuration;
        return openedAt_ + duration_;
    }

    // Simplified (documented in chaintest): one MOR staked buys one MOR of stipend. Upstream derives the
    // rate from the emission pools; the claim math below does not depend on it.
    function stakeToStipend(uint256 amount_, uint128) public pure returns (uint256) {
        return amount_;
    }

    function stipendToStake(uint256 stipend_, uint128) public pure returns (uint256) {
        return stipend_;
    }

    function _extractProviderApproval(bytes calldata approval_) private view returns (bytes32) {
        (bytes32 bidId_, uint256 chainId_, , uint128 timestamp_) = abi.decode(approval_, (bytes32, uint256, address, uint128));
        if (chainId_ != block.chainid) revert SessionApprovedForAnotherChainId();
        if (block.timestamp > timestamp_ + SIGNATURE_TTL) revert SessionApproveExpired();
        return bidId_;
    }

    function closeSession(bytes calldata receiptEncoded_, bytes calldata signature_) external {
        (bytes32 sessionId_, uint256 chainId_, uint128 timestamp_, uint32 tps_, uint32 ttft_) = abi.decode(receiptEncoded_, (bytes32, uint256, uint128, uint32, uint32));
        if (chainId_ != block.chainid) revert SessionReceiptForAnotherChainId();
        if (block.timestamp > timestamp_ + SIGNATURE_TTL) revert SessionReceiptExpired();
        Session storage session = _sessions[sessionId_];
        Bid storage bid = _bids[session.bidId];
        _validateDelegatee(session.user, DELEGATION_RULES_SESSION);
        if (session.closedAt != 0) revert SessionAlreadyClosed();
        session.isActive = false;
        session.closeoutReceipt = receiptEncoded_;
        session.closedAt = uint128(block.timestamp);
        bool noDispute_ = _isValidProviderReceipt(bid.provider, receiptEncoded_, signature_);
        _rewardUserAfterClose(session, bid);
        _rewardProviderAfterClose(noDispute_, session, bid);
        if (!noDispute_) session.closeoutType = 1;
        _recordStats(noDispute_, tps_, ttft_, session, bid);
        emit SessionClosed(session.user, sessionId_, bid.provider);
    }

    // The same arithmetic as upstream's SessionRouter._setStats with LibSD (integer division, int64).
    function _recordStats(bool noDispute_, uint32 tps_, uint32 ttft_, Session storage session, Bid storage bid) private {
        ProviderModelStats storage ps = _providerModelStats[bid.modelId][bid.provider];
        ModelStats storage ms = _modelStats[bid.modelId];
        ps.totalCount++;
        if (!noDispute_) return;
        if (ps.successCount > 0) {
            _sdRemove(ms.tpsScaled1000, int32(ps.tpsScaled1000.mean), int32(ms.count - 1));
            _sdRemove(ms.ttftMs, int32(ps.ttftMs.mean), int32(ms.count - 1));
        } else {
            ms.count++;
        }
        ps.successCount++;
        ps.totalDuration += uint32(session.closedAt - session.openedAt);
        _sdAdd(ps.tpsScaled1000, int32(tps_), int32(ps.successCount));
        _sdAdd(ps.ttftMs, int32(ttft_), int32(ps.successCount));
        _sdAdd(ms.totalDuration, int32(ps.totalDuration), int32(ms.count));
        _sdAdd(ms.tpsScaled1000, int32(ps.tpsScaled1000.mean), int32(ms.count));
        _sdAdd(ms.ttftMs, int32(ps.ttftMs.mean), int32(ms.count));
    }

    function _sdAdd(SD storage sd_, int64 x_, int64 n_) private {
        int64 before_ = sd_.mean;
        sd_.mean = sd_.mean + (x_ - sd_.mean) / n_;
        sd_.sqSum = sd_.sqSum + (x_ - sd_.mean) * (x_ - before_);
    }

    function _sdRemove(SD storage sd_, int64 x_, int64 n_) private {
        if (n_ == 0) {
            sd_.mean = 0;
            sd_.sqSum = 0;
            return;
        }
        int64 before_ = sd_.mean;
        sd_.mean = sd_.mean - (x_ - sd_.mean) / n_;
        sd_.sqSum = sd_.sqSum - (x_ - sd_.mean) * (x_ - before_);
    }

    function getModelStats(bytes32 modelId_) external view returns (ModelStats memory) {
        return _modelStats[modelId_];
    }

    function getProviderModelStats(bytes32 modelId_, address provider_) external view returns (ProviderModelStats memory) {
        return _providerModelStats[modelId_][provider_];
    }

    function _getProviderRewards(Session storage session, Bid storage bid, bool withWithdrawn_) private view returns (uint256) {
        uint256 end_ = session.closedAt == 0 ? session.endsAt : _min(session.closedAt, session.endsAt);
        if (block.timestamp < end_) return 0;
        uint256 withdrawn_ = withWithdrawn_ ? session.providerWithdrawnAmount : 0;
        return (end_ - session.openedAt) * bid.pricePerSecond - withdrawn_;
    }

    function _getProviderOnHoldAmount(Session storage session, Bid storage bid) private view returns (uint256) {
        uint128 startOfClosedAt_ = startOfTheDay(session.closedAt);
        if (block.timestamp >= startOfClosedAt_ + 1 days) return 0;
        return (session.closedAt - _max(startOfClosedAt_, session.openedAt)) * bid.pricePerSecond;
    }

    function _rewardProviderAfterClose(bool noDispute_, Session storage session, Bid storage bid) private {
        bool late_ = session.closedAt >= session.endsAt;
        uint256 amount_ = _getProviderRewards(session, bid, true);
        uint256 onHold_ = 0;
        if (!noDispute_ && !late_) onHold_ = _getProviderOnHoldAmount(session, bid);
        _claimForProvider(session, amount_ - onHold_);
    }

    function _rewardUserAfterClose(Session storage session, Bid storage bid) private {
        uint128 startOfClosedAt_ = startOfTheDay(session.closedAt);
        bool late_ = session.closedAt >= session.endsAt;
        uint256 toProvider_ = session.isDirectPaymentFromUser ? _getProviderRewards(session, bid, false) : 0;
        uint256 userStake_ = session.stake - toProvider_;
        uint256 lock_ = 0;
        if (!late_) {
            uint256 duration_ = _min(session.endsAt, session.closedAt) - _max(session.openedAt, startOfClosedAt_);
            lock_ = _min(userStake_, stipendToStake(duration_ * bid.pricePerSecond, startOfClosedAt_));
            _userStakesOnHold[session.user].push(OnHold(lock_, uint128(startOfClosedAt_ + 1 days)));
        }
        _push(session.user, userStake_ - lock_);
    }

    function claimForProvider(bytes32 sessionId_) external {
        Session storage session = _sessions[sessionId_];
        Bid storage bid = _bids[session.bidId];
        _validateDelegatee(bid.provider, DELEGATION_RULES_SESSION);
        uint256 amount_ = _getProviderRewards(session, bid, true) - _getProviderOnHoldAmount(session, bid);
        _claimForProvider(session, amount_);
    }

    function _claimForProvider(Session storage session, uint256 amount_) private {
        Bid storage bid = _bids[session.bidId];
        Provider storage provider = _providers[bid.provider];
        if (block.timestamp > provider.limitPeriodEnd) {
            provider.limitPeriodEnd = uint128(block.timestamp) + PROVIDER_REWARD_LIMITER_PERIOD;
            provider.limitPeriodEarned = 0;
        }
        uint256 limit_ = provider.stake - provider.limitPeriodEarned;
        amount_ = _min(amount_, limit_);
        if (amount_ == 0) return;
        session.providerWithdrawnAmount += amount_;
        provider.limitPeriodEarned += amount_;
        _providersTotalClaimed += amount_;
        if (session.isDirectPaymentFromUser) {
            _push(bid.provider, amount_);
        } else {
            _call(abi.encodeCall(ITokenLike.transferFrom, (_fundingAccount, bid.provider, amount_)));
        }
    }

    function startOfTheDay(uint128 timestamp_) public pure returns (uint128) {
        return timestamp_ - (timestamp_ % 1 days);
    }

    function getSession(bytes32 sessionId_) external view returns (Session memory) {
        return _sessions[sessionId_];
    }

    function getProviderSessions(address provider_, uint256 offset_, uint256 limit_) external view returns (bytes32[] memory, uint256) {
        return _page(_providerSessions[provider_], offset_, limit_);
    }

    function getFundingAccount() external view returns (address) {
        return _fundingAccount;
    }

    function getMaxSessionDuration() external view returns (uint128) {
        return _maxSessionDuration;
    }

    function getProvidersTotalClaimed() external view returns (uint256) {
        return _providersTotalClaimed;
    }

    function getIsProviderApprovalUsed(bytes memory approval_) external view returns (bool) {
        return _approvalUsed[keccak256(approval_)];
    }

    function _isValidProviderReceipt(address provider_, bytes calldata data_, bytes calldata signature_) private view returns (bool) {
        address signer_ = _recover(keccak256(abi.encodePacked("\x19Ethereum Signed Message:\n32", keccak256(data_))), signature_);
        return signer_ != address(0) && (signer_ == provider_ || isRightsDelegated(signer_, provider_, DELEGATION_RULES_PROVIDER));
    }

    function _recover(bytes32 hash_, bytes calldata sig_) private pure returns (address) {
        if (sig_.length != 65) return address(0);
        bytes32 r_ = bytes32(sig_[0:32]);
        bytes32 s_ = bytes32(sig_[32:64]);
        uint8 v_ = uint8(sig_[64]);
        if (v_ < 27) v_ += 27;
        return ecrecover(hash_, v_, r_, s_);
    }

    function _min(uint256 a, uint256 b) private pure returns (uint256) {
        return a < b ? a : b;
    }

    function _max(uint256 a, uint256 b) private pure returns (uint256) {
        return a > b ? a : b;
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

    // Sets the account provider payouts are pulled from (upstream: set at initialisation).
    function testSetFundingAccount(address account_) external onlyOwner {
        _fundingAccount = account_;
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
