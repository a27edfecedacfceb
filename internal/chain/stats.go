package chain

import (
	"fmt"
	"math/big"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common"
)

// SD is a running mean and sum of squared deviations as the SessionRouter keeps them (LibSD).
type SD struct {
	Mean  int64
	SqSum int64
}

// ModelStats are a model's session stats over its providers (getModelStats, reference §16): tps ×1000,
// time to first token in ms and total duration in s, over Count providers with a successful session.
type ModelStats struct {
	TPS, TTFT, Duration SD
	Count               uint32
}

// ProviderModelStats are one provider's session stats on one model (getProviderModelStats), updated
// by every close: Success counts closes with a valid provider receipt, Total every close.
type ProviderModelStats struct {
	TPS, TTFT      SD
	Duration       uint32
	Success, Total uint32
}

type rawSD struct {
	Mean  int64
	SqSum int64
}

type rawModelStats struct {
	TpsScaled1000 rawSD
	TtftMs        rawSD
	TotalDuration rawSD
	Count         uint32
}

type rawProviderModelStats struct {
	TpsScaled1000 rawSD
	TtftMs        rawSD
	TotalDuration uint32
	SuccessCount  uint32
	TotalCount    uint32
}

func decodeModelStats(out []byte) (ModelStats, error) {
	vals, err := diamondABI.Unpack("getModelStats", out)
	if err != nil || len(vals) != 1 {
		return ModelStats{}, fmt.Errorf("decode getModelStats: %w", errOr(err))
	}
	r := *abi.ConvertType(vals[0], new(rawModelStats)).(*rawModelStats)
	return ModelStats{TPS: SD(r.TpsScaled1000), TTFT: SD(r.TtftMs), Duration: SD(r.TotalDuration), Count: r.Count}, nil
}

func decodeProviderModelStats(out []byte) (ProviderModelStats, error) {
	vals, err := diamondABI.Unpack("getProviderModelStats", out)
	if err != nil || len(vals) != 1 {
		return ProviderModelStats{}, fmt.Errorf("decode getProviderModelStats: %w", errOr(err))
	}
	r := *abi.ConvertType(vals[0], new(rawProviderModelStats)).(*rawProviderModelStats)
	return ProviderModelStats{TPS: SD(r.TpsScaled1000), TTFT: SD(r.TtftMs), Duration: r.TotalDuration, Success: r.SuccessCount, Total: r.TotalCount}, nil
}

// Bidder is what consumers rate a bid's provider by: its stake and its stats on the market's model.
type Bidder struct {
	Stake *big.Int
	Stats ProviderModelStats
}

func (c *Client) modelStatsReq(model common.Hash, into *ModelStats) callReq {
	return c.diamondReq("getModelStats", func(out []byte) (err error) { *into, err = decodeModelStats(out); return }, [32]byte(model))
}

func (c *Client) bidderReqs(model common.Hash, provider common.Address, into *Bidder) []callReq {
	return []callReq{
		c.diamondReq("getProvider", func(out []byte) error {
			p, err := decodeProvider(provider, out)
			into.Stake = p.Stake
			return err
		}, provider),
		c.diamondReq("getProviderModelStats", func(out []byte) (err error) { into.Stats, err = decodeProviderModelStats(out); return }, [32]byte(model), provider),
	}
}
