package chain

import (
	"crypto/rand"
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
)

// ModelID derives the on-chain model ID: keccak256(abi.encodePacked(owner, baseModelId)).
func ModelID(owner common.Address, base common.Hash) common.Hash {
	return crypto.Keccak256Hash(owner.Bytes(), base.Bytes())
}

// ProviderModelID derives the key of the per-pair bid nonce: keccak256(abi.encodePacked(provider, modelId)).
func ProviderModelID(provider common.Address, modelID common.Hash) common.Hash {
	return crypto.Keccak256Hash(provider.Bytes(), modelID.Bytes())
}

// BidID derives a bid ID: keccak256(abi.encodePacked(provider, modelId, uint256 nonce)).
func BidID(provider common.Address, modelID common.Hash, nonce *big.Int) common.Hash {
	return crypto.Keccak256Hash(provider.Bytes(), modelID.Bytes(), common.BigToHash(nonce).Bytes())
}

// RandomBaseID returns 32 random bytes from crypto/rand, for a new model's base ID.
func RandomBaseID() (common.Hash, error) {
	var h common.Hash
	if _, err := rand.Read(h[:]); err != nil {
		return common.Hash{}, fmt.Errorf("random base ID: %w", err)
	}
	return h, nil
}
