// Package discovery reads the network's view of the marketplace: the two snapshots a verifier
// publishes (active_models.json and active_bids.json, reference §12) listing the models and bids
// whose provider it could reach from outside. A bid on chain that the network does not list earns
// nothing, whatever morbot sees from inside; this package fetches the view, keeps the last good one
// while the feed fails, and judges the team's bids against it.
package discovery

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/big"
	"mime"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"time"

	"github.com/ethereum/go-ethereum/common"
)

// MaxBody is the largest snapshot body accepted (each of the two files).
const MaxBody = 8 << 20

// DefaultTimeout bounds one fetch of both files.
const DefaultTimeout = 20 * time.Second

// Files are the two snapshots under the feed's base URL.
const (
	ModelsFile = "active_models.json"
	BidsFile   = "active_bids.json"
)

// Snapshot is one fetch of the network's view.
type Snapshot struct {
	Fetched time.Time
	Models  map[common.Hash]Model // by model ID
	Bids    map[common.Hash]Bid   // by bid ID
	Skipped int                   // entries without a usable ID (left out)
}

// Model is a model the network lists.
type Model struct {
	ID     common.Hash
	Name   string
	Owner  common.Address
	Type   string
	Health *ModelHealth // nil when the feed gives none
}

// ModelHealth is the verifier's verdict on a model.
type ModelHealth struct {
	Status      string
	HealthyBids int
	Providers   int
}

// Bid is a bid the network lists: the verifier reached its provider's public endpoint.
type Bid struct {
	ID             common.Hash
	Provider       common.Address
	Model          common.Hash
	PricePerSecond *big.Int // nil when the feed gives none
	ModelName      string
	Health         *BidHealth // nil when the feed gives none
}

// BidHealth is the verifier's verdict on a bid.
type BidHealth struct {
	Status    string
	LatencyMs *float64 // nil when the verifier gave no latency
}

// Healthy reports whether a verdict says healthy; Reported whether it says anything at all.
func Healthy(status string) bool { return strings.EqualFold(strings.TrimSpace(status), "healthy") }

// Reported says whether a status carries a verdict ("" and "unknown" do not).
func Reported(status string) bool {
	s := strings.ToLower(strings.TrimSpace(status))
	return s != "" && s != "unknown"
}

// Feed fetches the snapshots from a base URL.
type Feed struct {
	Base    *url.URL
	HTTP    *http.Client // nil: a client with Timeout
	Timeout time.Duration
	Max     int64 // largest body accepted; 0: MaxBody
}

// NewFeed checks a base URL (http or https, a host, no query) and builds a feed on it.
func NewFeed(base string) (*Feed, error) {
	u, err := url.Parse(strings.TrimSpace(base))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.RawQuery != "" || u.User != nil {
		return nil, fmt.Errorf("not a feed base URL: give an http or https URL with a host and no credentials or query, under which %s and %s are served, such as https://active.mor.org", ModelsFile, BidsFile)
	}
	u.Path = strings.TrimSuffix(u.Path, "/") + "/"
	return &Feed{Base: u}, nil
}

// URL is where a file of the feed is.
func (f *Feed) URL(file string) string { return f.Base.JoinPath(file).String() }

// Fetch reads both files and parses them. It fails on anything but a 200 with a JSON body under the
// size cap that holds the file's list; entries without a usable ID are skipped and counted.
func (f *Feed) Fetch(ctx context.Context, now time.Time) (*Snapshot, error) {
	timeout := f.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	s := &Snapshot{Fetched: now, Models: map[common.Hash]Model{}, Bids: map[common.Hash]Bid{}}
	var ms struct {
		Models *[]rawModel `json:"models"`
	}
	if err := f.get(ctx, ModelsFile, &ms); err != nil {
		return nil, err
	}
	if ms.Models == nil {
		return nil, fmt.Errorf("%s: no \"models\" list in the body", ModelsFile)
	}
	var bs struct {
		Bids *[]rawBid `json:"bids"`
	}
	if err := f.get(ctx, BidsFile, &bs); err != nil {
		return nil, err
	}
	if bs.Bids == nil {
		return nil, fmt.Errorf("%s: no \"bids\" list in the body", BidsFile)
	}
	for _, m := range *ms.Models {
		id, ok := parseHash(m.ID)
		if !ok {
			s.Skipped++
			continue
		}
		out := Model{ID: id, Name: clip(m.Name), Type: clip(m.ModelType)}
		if a, ok := parseAddress(m.Owner); ok {
			out.Owner = a
		}
		if m.Health != nil {
			out.Health = &ModelHealth{Status: clip(m.Health.Status), HealthyBids: int(m.Health.HealthyBids), Providers: int(m.Health.Providers)}
		}
		s.Models[id] = out
	}
	for _, b := range *bs.Bids {
		id, ok := parseHash(b.ID)
		if !ok {
			s.Skipped++
			continue
		}
		out := Bid{ID: id, ModelName: clip(b.ModelName)}
		out.Provider, _ = parseAddress(b.Provider)
		out.Model, _ = parseHash(b.ModelAgentID)
		out.PricePerSecond = b.PricePerSecond.big()
		if b.Health != nil {
			out.Health = &BidHealth{Status: clip(b.Health.Status), LatencyMs: latency(b.Health.LatencyMs)}
		}
		s.Bids[id] = out
	}
	return s, nil
}

// errTooLarge is a body over the cap.
var errTooLarge = errors.New("body too large")

func (f *Feed) get(ctx context.Context, file string, into any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.URL(file), nil)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	req.Header.Set("Accept", "application/json")
	hc := f.HTTP
	if hc == nil {
		hc = http.DefaultClient
	}
	resp, err := hc.Do(req)
	if err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("%s: no answer in time", file)
		}
		return fmt.Errorf("%s: %w", file, unwrapURL(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s: HTTP %d", file, resp.StatusCode)
	}
	if ct := resp.Header.Get("Content-Type"); ct != "" {
		if mt, _, err := mime.ParseMediaType(ct); err == nil && (mt == "text/html" || mt == "application/xhtml+xml") {
			return fmt.Errorf("%s: the feed answered an HTML page, not JSON", file)
		}
	}
	max := f.Max
	if max <= 0 {
		max = MaxBody
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, max+1))
	if err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("%s: no full answer in time", file)
		}
		return fmt.Errorf("%s: read: %w", file, err)
	}
	if int64(len(body)) > max {
		return fmt.Errorf("%s: %w (over %d bytes)", file, errTooLarge, max)
	}
	if t := strings.TrimSpace(string(body[:min(len(body), 64)])); strings.HasPrefix(t, "<") {
		return fmt.Errorf("%s: the feed answered an HTML page, not JSON", file)
	}
	if err := json.Unmarshal(body, into); err != nil {
		return fmt.Errorf("%s: not the expected JSON: %w", file, err)
	}
	return nil
}

// unwrapURL drops the *url.Error wrapper, whose text repeats the URL.
func unwrapURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}

type rawModel struct {
	ID        string `json:"Id"`
	Name      string `json:"Name"`
	Owner     string `json:"Owner"`
	ModelType string `json:"ModelType"`
	Health    *struct {
		Status      string  `json:"status"`
		HealthyBids flexInt `json:"healthyBids"`
		Providers   flexInt `json:"providers"`
	} `json:"health"`
}

type rawBid struct {
	ID             string  `json:"Id"`
	Provider       string  `json:"Provider"`
	ModelAgentID   string  `json:"ModelAgentId"`
	PricePerSecond flexWei `json:"PricePerSecond"`
	ModelName      string  `json:"ModelName"`
	Health         *struct {
		Status    string   `json:"status"`
		LatencyMs *float64 `json:"latencyMs"`
	} `json:"health"`
}

// flexWei is a wei amount given as a decimal string or a JSON integer; anything else is nil.
type flexWei struct{ v *big.Int }

func (w *flexWei) UnmarshalJSON(b []byte) error {
	s := strings.Trim(strings.TrimSpace(string(b)), `"`)
	if v, ok := new(big.Int).SetString(s, 10); ok && v.Sign() >= 0 {
		w.v = v
	}
	return nil
}

func (w flexWei) big() *big.Int { return w.v }

// flexInt is a count given as a number or a string; anything else is 0.
type flexInt int

func (n *flexInt) UnmarshalJSON(b []byte) error {
	var f float64
	s := strings.Trim(strings.TrimSpace(string(b)), `"`)
	if _, err := fmt.Sscan(s, &f); err == nil && f >= 0 && f < 1e9 {
		*n = flexInt(f)
	}
	return nil
}

var (
	hashRe = regexp.MustCompile(`^0[xX][0-9a-fA-F]{64}$`)
	addrRe = regexp.MustCompile(`^0[xX][0-9a-fA-F]{40}$`)
)

// parseHash reads a 32-byte 0x ID in any case.
func parseHash(s string) (common.Hash, bool) {
	s = strings.TrimSpace(s)
	if !hashRe.MatchString(s) {
		return common.Hash{}, false
	}
	return common.HexToHash(s), true
}

// parseAddress reads a 0x address in any case (checksummed or not).
func parseAddress(s string) (common.Address, bool) {
	s = strings.TrimSpace(s)
	if !addrRe.MatchString(s) {
		return common.Address{}, false
	}
	return common.HexToAddress(s), true
}

// maxText is the longest string kept from the feed (names, verdicts): it is shown to people.
const maxText = 100

func clip(s string) string {
	s = strings.TrimSpace(s)
	if len(s) <= maxText {
		return s
	}
	r := []rune(s)
	if len(r) > maxText {
		r = r[:maxText]
	}
	return string(r) + "…"
}

// latency keeps a latency that is a plausible number of milliseconds.
func latency(ms *float64) *float64 {
	if ms == nil || *ms < 0 || *ms > 1e7 || *ms != *ms {
		return nil
	}
	return ms
}
