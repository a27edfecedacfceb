package rating

import (
	"math"
	"math/big"
	"testing"

	"github.com/ethereum/go-ethereum/common"
)

func wei(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return v
}

func near(a, b float64) bool { return math.Abs(a-b) <= 1e-9*math.Max(1, math.Abs(b)) }

// Hand-computed from reference §16 (upstream's default scorer), one vector per edge.
func TestScoresEqualHandComputedVectors(t *testing.T) {
	min := wei("100000000000000000") // 0.1 MOR
	for _, c := range []struct {
		name                          string
		in                            Input
		tps, ttft, dur, succ, stk, pt float64
		value                         float64
		misread                       bool
	}{
		{"no sessions, the minimum stake", Input{Stake: min, MinStake: min, Price: wei("10000000000000")},
			0.5, 0.5, 0.5, 0, 0, 0.28, 28000, false},
		{"n ≤ 1: the sd is 0 whatever sqSum says", Input{Model: ModelStats{TPS: SD{1000, 100}, TTFT: SD{200, 100}, Duration: SD{600, 100}, Count: 1},
			Stats: ProviderStats{TPS: SD{5000, 0}, TTFT: SD{10, 0}, Duration: 9000, Success: 1, Total: 1}, Stake: min, MinStake: min, Price: wei("10000000000000")},
			0.5, 0.5, 0.5, 1, 0, 0.6, 60000, false},
		{"sd = 0 with three providers", Input{Model: ModelStats{TPS: SD{1000, 0}, TTFT: SD{200, 0}, Duration: SD{600, 0}, Count: 3},
			Stats: ProviderStats{TPS: SD{2000, 0}, Duration: 100, Success: 1, Total: 2}, Stake: min, MinStake: min, Price: wei("10000000000000")},
			0.5, 0.5, 0.5, 0.25, 0, 0.36, 36000, false},
		// tps: sd sqrt(200/2) = 10, z = +10 → cut to 3 → 1; ttft: sd 20, z = +3 → −3 → 0;
		// duration: sd 60, z = 0.5 → 3.5/6; success (3/4)² = 0.5625; stake (0.55 − 0.1) / 0.9 = 0.5.
		// 0.24 + 0 + 0.14 + 0.18 + 0.06 = 0.62, over 0.00002 MOR/s = 31000.
		{"z beyond ±3, a stake halfway", Input{Model: ModelStats{TPS: SD{1000, 200}, TTFT: SD{500, 800}, Duration: SD{600, 7200}, Count: 3},
			Stats: ProviderStats{TPS: SD{1100, 0}, TTFT: SD{560, 0}, Duration: 630, Success: 3, Total: 4}, Stake: wei("550000000000000000"), MinStake: min, Price: wei("20000000000000")},
			1, 0, 3.5 / 6, 0.5625, 0.5, 0.62, 31000, false},
		{"z below −3 is cut to 0, ttft inverted to 1", Input{Model: ModelStats{TPS: SD{1000, 200}, TTFT: SD{500, 800}, Duration: SD{600, 7200}, Count: 3},
			Stats: ProviderStats{TPS: SD{900, 0}, TTFT: SD{300, 0}, Duration: 0, Success: 0, Total: 5}, Stake: min, MinStake: min, Price: wei("10000000000000")},
			0, 1, 0, 0, 0, 0.08, 8000, false},
		{"a negative sqSum (an overflow on chain) reads as sd 0", Input{Model: ModelStats{TPS: SD{1000, -50}, TTFT: SD{500, -1}, Duration: SD{600, -7}, Count: 3},
			Stats: ProviderStats{TPS: SD{99999, 0}, Success: 2, Total: 2}, Stake: min, MinStake: min, Price: wei("10000000000000")},
			0.5, 0.5, 0.5, 1, 0, 0.6, 60000, false},
		{"a stake below the minimum", Input{Stake: wei("50000000000000000"), MinStake: min, Price: wei("10000000000000")},
			0.5, 0.5, 0.5, 0, 0, 0.28, 28000, false},
		{"a stake above 10× the minimum", Input{Stake: wei("2000000000000000000"), MinStake: min, Price: wei("10000000000000")},
			0.5, 0.5, 0.5, 0, 1, 0.40, 40000, false},
		// 10 MOR is more than an int64 of wei: upstream's Int64 wraps it negative, below the minimum.
		{"a stake upstream misreads", Input{Stake: wei("10000000000000000000"), MinStake: min, Price: wei("10000000000000")},
			0.5, 0.5, 0.5, 0, 0, 0.28, 28000, true},
	} {
		s := Rate(c.in, Default)
		if !near(s.TPS, c.tps) || !near(s.TTFT, c.ttft) || !near(s.Duration, c.dur) || !near(s.Success, c.succ) || !near(s.Stake, c.stk) ||
			!near(s.Points, c.pt) || !near(s.Value, c.value) || !s.Valid || s.StakeMisread != c.misread {
			t.Errorf("%s: %+v, want tps %v ttft %v duration %v success %v stake %v points %v value %v misread %v",
				c.name, s, c.tps, c.ttft, c.dur, c.succ, c.stk, c.pt, c.value, c.misread)
		}
	}
}

// The market: ours at 0.00001 MOR/s with no sessions scores 28,000; theirs at twice the price
// with three good sessions and twice the minimum stake scores 30,667 and ranks first. A zero price
// scores infinity, which consumers drop.
func TestRankOrdersAsConsumersDo(t *testing.T) {
	min := wei("100000000000000000")
	ours := Input{Bid: common.HexToHash("0x01"), Stake: min, MinStake: min, Price: wei("10000000000000")}
	theirs := Input{Bid: common.HexToHash("0x02"), Model: ModelStats{TPS: SD{10000, 0}, TTFT: SD{250, 0}, Duration: SD{1800, 0}, Count: 1},
		Stats: ProviderStats{TPS: SD{10000, 0}, TTFT: SD{250, 0}, Duration: 1800, Success: 3, Total: 3}, Stake: wei("200000000000000000"), MinStake: min, Price: wei("20000000000000")}
	broken := Input{Bid: common.HexToHash("0x00"), Stake: min, MinStake: min, Price: new(big.Int)}
	r := Rank([]Input{ours, broken, theirs}, Default)
	if r[0].Bid != theirs.Bid || r[0].Rank != 1 || r[1].Bid != ours.Bid || r[1].Rank != 2 || r[2].Bid != broken.Bid || r[2].Rank != 0 || Valid(r) != 2 {
		t.Fatalf("order: %v %d, %v %d, %v %d", r[0].Bid, r[0].Rank, r[1].Bid, r[1].Rank, r[2].Bid, r[2].Rank)
	}
	if !near(r[0].Score.Value, 0.6133333333333333/0.00002) || math.Round(r[0].Score.Value) != 30667 || math.Round(r[1].Score.Value) != 28000 {
		t.Fatalf("scores %v and %v", r[0].Score.Value, r[1].Score.Value)
	}
	// Ties share a rank.
	twin := ours
	twin.Bid = common.HexToHash("0x03")
	if r := Rank([]Input{ours, twin}, Default); r[0].Rank != 1 || r[1].Rank != 1 {
		t.Fatalf("a tie: ranks %d and %d", r[0].Rank, r[1].Rank)
	}
	// The price that leads: scores above theirs, and one wei in 10^12 more does not.
	p := PriceToLead(r[1].Score.Points, r[0].Score.Value)
	if p == nil || r[1].Score.At(p) <= r[0].Score.Value {
		t.Fatalf("price to lead %v scores %v, not above %v", p, r[1].Score.At(p), r[0].Score.Value)
	}
	if above := new(big.Int).Add(p, big.NewInt(1)); r[1].Score.At(above) > r[0].Score.Value {
		t.Fatalf("price to lead %v is not the highest: %v leads too", p, above)
	}
	// Equal points at an equal price tie; one wei less leads.
	if p := PriceToLead(0.28, 28000); p == nil || p.Cmp(big.NewInt(9999999999999)) != 0 {
		t.Fatalf("price to lead a twin at 1e13: %v", p)
	}
	if PriceToLead(0, 1) != nil || PriceToLead(1, 0) != nil {
		t.Fatal("a price to lead with no points or nothing to beat")
	}
}
