// Package rating scores bids as consumers' nodes rank them (reference §16: proxy-router v7.0.0's
// default scorer), from the on-chain session stats, the providers' stakes and the bids' prices. The
// arithmetic follows upstream's float64 steps one for one, so a score here is the score a consumer's
// node computes, including where upstream's arithmetic is odd (stakes read as int64 wei).
package rating

import (
	"bytes"
	"math"
	"math/big"
	"sort"

	"github.com/ethereum/go-ethereum/common"
)

// SD is a running mean and sum of squared deviations, as the contract keeps them.
type SD struct {
	Mean, SqSum int64
}

// ModelStats are a model's stats over every provider with a successful session (getModelStats).
type ModelStats struct {
	TPS, TTFT, Duration SD // tps ×1000, time to first token in ms, total duration in s
	Count               uint32
}

// ProviderStats are one provider's stats on one model (getProviderModelStats).
type ProviderStats struct {
	TPS, TTFT      SD
	Duration       uint32 // total seconds of successful sessions
	Success, Total uint32 // sessions closed with a valid receipt, of all closed
}

// Weights weigh the components; Default are upstream's defaults (rating-config.json).
type Weights struct {
	TPS, TTFT, Duration, Success, Stake float64
}

// Default are the weights a consumer's node uses unless its operator changed them.
var Default = Weights{TPS: 0.24, TTFT: 0.08, Duration: 0.24, Success: 0.32, Stake: 0.12}

// Input is everything one bid's score depends on.
type Input struct {
	Bid      common.Hash
	Provider common.Address
	Model    ModelStats
	Stats    ProviderStats
	Stake    *big.Int // the provider's stake, wei
	MinStake *big.Int // the provider minimum stake, wei
	Price    *big.Int // the bid's price per second, wei
}

// Score is a bid's score and its parts: each component in [0, 1] before weighting, their weighted
// sum (at most 1), and the sum divided by the price in MOR per second.
type Score struct {
	TPS, TTFT, Duration, Success, Stake float64
	Points                              float64 // weighted sum of the components
	Value                               float64 // Points / price: what consumers sort by, highest first
	Valid                               bool    // false for NaN or infinite scores, which consumers drop
	// StakeMisread is set when the stake or ten times the minimum does not fit in an int64 of wei
	// (above about 9.22 MOR): upstream reads them with big.Int.Int64, so the stake part is not what
	// the formula intends.
	StakeMisread bool
}

// Rate scores one bid with the given weights.
func Rate(in Input, w Weights) Score {
	var s Score
	s.TPS = normRange(zIndex(in.Stats.TPS.Mean, in.Model.TPS, int64(in.Model.Count)))
	s.TTFT = normRange(-zIndex(in.Stats.TTFT.Mean, in.Model.TTFT, int64(in.Model.Count)))
	s.Duration = normRange(zIndex(int64(in.Stats.Duration), in.Model.Duration, int64(in.Model.Count)))
	if in.Stats.Total != 0 {
		r := float64(in.Stats.Success) / float64(in.Stats.Total)
		s.Success = math.Pow(r, 2)
	}
	stake, minStake := toInt64(in.Stake), toInt64(in.MinStake)
	s.StakeMisread = !fits(in.Stake) || !fits(in.MinStake) || !fits(new(big.Int).Mul(orZero(in.MinStake), big.NewInt(10)))
	s.Stake = normMinMax(stake, minStake, 10*minStake)
	s.Points = w.TPS*s.TPS + w.TTFT*s.TTFT + w.Duration*s.Duration + w.Success*s.Success + w.Stake*s.Stake
	s.Value = s.Points / priceMOR(in.Price)
	s.Valid = !math.IsNaN(s.Value) && !math.IsInf(s.Value, 0)
	return s
}

// At is the score the same points give at another price.
func (s Score) At(price *big.Int) float64 { return s.Points / priceMOR(price) }

// priceMOR is the price in MOR per second as upstream computes it: the wei as a float64, over 1e18.
func priceMOR(price *big.Int) float64 {
	f, _ := new(big.Float).SetInt(orZero(price)).Float64()
	return f / math.Pow10(18)
}

// zIndex is (x − mean) / sd, or 0 when the sd is 0.
func zIndex(x int64, s SD, n int64) float64 {
	sd := math.Sqrt(variance(s, n))
	if sd == 0 {
		return 0
	}
	return float64(x-s.Mean) / sd
}

// variance is sqSum / (n − 1): 0 for n ≤ 1 and for a negative sqSum (an overflow on chain).
func variance(s SD, n int64) float64 {
	if n <= 1 {
		return 0
	}
	v := float64(s.SqSum) / float64(n-1)
	if v < 0 {
		return 0
	}
	return v
}

// normRange maps a z-index cut to [−3, 3] onto [0, 1].
func normRange(z float64) float64 {
	v := (z + 3) / 6
	return math.Max(0, math.Min(1, v))
}

// normMinMax maps val in [lo, hi] onto [0, 1]: 0 below lo (and when lo = hi), 1 above hi.
func normMinMax(val, lo, hi int64) float64 {
	if hi == lo || val < lo {
		return 0
	}
	if val > hi {
		return 1
	}
	return float64(val-lo) / float64(hi-lo)
}

// toInt64 is big.Int.Int64 as upstream calls it: the low 64 bits, as two's complement.
func toInt64(v *big.Int) int64 { return orZero(v).Int64() }

func fits(v *big.Int) bool { return orZero(v).IsInt64() }

func orZero(v *big.Int) *big.Int {
	if v == nil {
		return new(big.Int)
	}
	return v
}

// Rated is one bid with its score and its place.
type Rated struct {
	Input
	Score Score
	Rank  int // 1 + the number of valid bids scoring strictly higher; 0 when the score is not valid
}

// Rank scores every bid and orders them as consumers do: valid scores highest first (ties by bid ID,
// where a consumer's order is arbitrary), invalid ones last and unranked.
func Rank(in []Input, w Weights) []Rated {
	out := make([]Rated, len(in))
	for i, x := range in {
		out[i] = Rated{Input: x, Score: Rate(x, w)}
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Score, out[j].Score
		if a.Valid != b.Valid {
			return a.Valid
		}
		if a.Valid && a.Value != b.Value {
			return a.Value > b.Value
		}
		return bytes.Compare(out[i].Bid[:], out[j].Bid[:]) < 0
	})
	for i := range out {
		if !out[i].Score.Valid {
			continue
		}
		out[i].Rank = 1
		for j := range out {
			if out[j].Score.Valid && out[j].Score.Value > out[i].Score.Value {
				out[i].Rank++
			}
		}
	}
	return out
}

// Valid counts the ranked bids.
func Valid(r []Rated) int {
	n := 0
	for _, x := range r {
		if x.Score.Valid {
			n++
		}
	}
	return n
}

// PriceToLead is the highest price, in wei, at which a bid with these points would score strictly
// above best (the best other bid's score), all else equal, through the same float steps consumers
// use; nil when no positive price does.
func PriceToLead(points, best float64) *big.Int {
	if points <= 0 || best <= 0 || math.IsInf(best, 0) || math.IsNaN(best) {
		return nil
	}
	leads := func(p *big.Int) bool { return p.Sign() > 0 && points/priceMOR(p) > best }
	// A bound that does not lead, then bisect: the score falls as the price rises.
	hi, _ := new(big.Float).SetFloat64(points / best * 2e18).Int(nil)
	hi.Add(hi, big.NewInt(2))
	for leads(hi) {
		hi.Lsh(hi, 1)
	}
	lo := big.NewInt(0) // leads(lo) is false only for 0; treat 0 as the floor
	for new(big.Int).Sub(hi, lo).Cmp(big.NewInt(1)) > 0 {
		mid := new(big.Int).Add(lo, hi)
		mid.Rsh(mid, 1)
		if leads(mid) {
			lo = mid
		} else {
			hi = mid
		}
	}
	if !leads(lo) {
		return nil
	}
	return lo
}
