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
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/outside"
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
	Bids    map[BidKey]Bid        // by bid ID and provider: an entry counts only for the provider it names
	// Conflicts are bids listed more than once for one provider with different contents (health,
	// latency, price or model): the feed contradicts itself, so nothing is judged from them.
	Conflicts map[BidKey]string
	Skipped   int // entries left out: no usable ID, or a field of the wrong type
}

// BidKey names a bid entry: its ID and the provider it names.
type BidKey struct {
	ID       common.Hash
	Provider common.Address
}

// Bid is the entry for a bid of provider (false when the network lists none for that provider).
func (s *Snapshot) Bid(id common.Hash, provider common.Address) (Bid, bool) {
	b, ok := s.Bids[BidKey{id, provider}]
	return b, ok
}

// Conflict says why the entries for a bid of provider contradict each other ("" when they do not).
func (s *Snapshot) Conflict(id common.Hash, provider common.Address) string {
	return s.Conflicts[BidKey{id, provider}]
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
	HTTP    *http.Client // nil: the feed's own client (redirects and addresses guarded, see client)
	Timeout time.Duration
	Max     int64 // largest body accepted; 0: MaxBody
	// RedirectHosts are the hosts (host or host:port) a redirect may lead to besides the base URL's
	// own scheme and host (discovery.redirect_hosts).
	RedirectHosts []string

	once   sync.Once
	client *http.Client
}

// maxRedirects is how many redirects one fetch follows.
const maxRedirects = 5

// Client is the HTTP client the feed fetches with (HTTP, else its own).
func (f *Feed) Client() *http.Client {
	if f.HTTP != nil {
		return f.HTTP
	}
	return f.ownClient()
}

// ownClient is the HTTP client of a feed: it follows a redirect only to the base URL's scheme and
// host, or to a configured host, and connects to a private, loopback or link-local address only when
// the base URL itself names one (a feed served on the team's own network).
func (f *Feed) ownClient() *http.Client {
	f.once.Do(func() {
		private := privateHost(f.Base.Hostname())
		d := &net.Dialer{Timeout: 10 * time.Second, Control: func(_, address string, _ syscall.RawConn) error {
			host, _, _ := net.SplitHostPort(address)
			if ip := net.ParseIP(host); ip != nil && !private && privateIP(ip) {
				return fmt.Errorf("the feed led to %s, a private, loopback or link-local address; morbot reads the network's view from such an address only when discovery.url names one", ip)
			}
			return nil
		}}
		tr := http.DefaultTransport.(*http.Transport).Clone()
		tr.Proxy, tr.DialContext = nil, d.DialContext
		f.client = &http.Client{Transport: tr, CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) >= maxRedirects {
				return fmt.Errorf("more than %d redirects", maxRedirects)
			}
			if f.redirectAllowed(req.URL) {
				return nil
			}
			return fmt.Errorf("a redirect to %s://%s was refused: the feed may redirect only within %s://%s, or to a host in discovery.redirect_hosts",
				req.URL.Scheme, outside.Clip(req.URL.Host, 100), f.Base.Scheme, f.Base.Host)
		}}
	})
	return f.client
}

func (f *Feed) redirectAllowed(u *url.URL) bool {
	if u.Scheme == f.Base.Scheme && strings.EqualFold(u.Host, f.Base.Host) {
		return true
	}
	if u.Scheme != "https" && u.Scheme != f.Base.Scheme {
		return false // never from https down to http
	}
	for _, h := range f.RedirectHosts {
		if strings.EqualFold(h, u.Host) || strings.EqualFold(h, u.Hostname()) {
			return true
		}
	}
	return false
}

// privateHost reports whether a URL's host names the team's own network: localhost, or a private,
// loopback or link-local IP address.
func privateHost(h string) bool {
	if strings.EqualFold(h, "localhost") {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && privateIP(ip)
}

// privateIP reports whether ip is private, loopback, link-local (169.254.0.0/16, fe80::/10: the
// cloud metadata services live there) or unspecified.
func privateIP(ip net.IP) bool {
	return ip.IsPrivate() || ip.IsLoopback() || ip.IsLinkLocalUnicast() || ip.IsLinkLocalMulticast() || ip.IsUnspecified() || ip.IsInterfaceLocalMulticast()
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
	s := &Snapshot{Fetched: now, Models: map[common.Hash]Model{}, Bids: map[BidKey]Bid{}, Conflicts: map[BidKey]string{}}
	var ms struct {
		Models *[]json.RawMessage `json:"models"`
	}
	if err := f.get(ctx, ModelsFile, &ms); err != nil {
		return nil, err
	}
	if ms.Models == nil {
		return nil, fmt.Errorf("%s: no \"models\" list in the body", ModelsFile)
	}
	var bs struct {
		Bids *[]json.RawMessage `json:"bids"`
	}
	if err := f.get(ctx, BidsFile, &bs); err != nil {
		return nil, err
	}
	if bs.Bids == nil {
		return nil, fmt.Errorf("%s: no \"bids\" list in the body", BidsFile)
	}
	for _, raw := range *ms.Models {
		var m rawModel
		var id common.Hash
		var ok bool
		if json.Unmarshal(raw, &m) == nil {
			id, ok = parseHash(m.ID)
		}
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
	for _, raw := range *bs.Bids {
		var b rawBid
		var id common.Hash
		var ok bool
		if json.Unmarshal(raw, &b) == nil {
			id, ok = parseHash(b.ID)
		}
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
		s.add(out)
	}
	return s, nil
}

// add keeps a bid entry under its ID and provider. The same bid listed again for the same provider
// must say the same; if it does not, the entries contradict each other and neither is used.
func (s *Snapshot) add(b Bid) {
	k := BidKey{b.ID, b.Provider}
	if _, bad := s.Conflicts[k]; bad {
		return
	}
	prev, dup := s.Bids[k]
	if !dup {
		s.Bids[k] = b
		return
	}
	if why := differ(prev, b); why != "" {
		delete(s.Bids, k)
		s.Conflicts[k] = why
	}
}

// differ says how two entries for one bid disagree ("" when they agree).
func differ(a, b Bid) string {
	status := func(h *BidHealth) string {
		if h == nil {
			return "no verdict"
		}
		return strings.ToLower(h.Status)
	}
	lat := func(h *BidHealth) string {
		if h == nil || h.LatencyMs == nil {
			return "none"
		}
		return fmt.Sprintf("%.0f ms", *h.LatencyMs)
	}
	switch {
	case status(a.Health) != status(b.Health):
		return fmt.Sprintf("one entry says %s, another %s", outside.Quote(status(a.Health)), outside.Quote(status(b.Health)))
	case lat(a.Health) != lat(b.Health):
		return fmt.Sprintf("one entry gives a latency of %s, another %s", lat(a.Health), lat(b.Health))
	case a.Model != b.Model:
		return "the entries name different models"
	case (a.PricePerSecond == nil) != (b.PricePerSecond == nil) || (a.PricePerSecond != nil && a.PricePerSecond.Cmp(b.PricePerSecond) != 0):
		return "the entries give different prices"
	}
	return ""
}

// errTooLarge is a body over the cap.
var errTooLarge = errors.New("body too large")

func (f *Feed) get(ctx context.Context, file string, into any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.URL(file), nil)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	req.Header.Set("Accept", "application/json")
	hc := f.Client()
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
		LatencyMs *float64 `json:"latencyMs"` // a string here fails the entry: it is skipped and counted
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

// clip cleans a string from the feed as outside text: one line, no control, format or bidi
// characters, at most maxText runes.
func clip(s string) string { return outside.Clip(s, maxText) }

// latency keeps a latency that is a plausible number of milliseconds.
func latency(ms *float64) *float64 {
	if ms == nil || *ms < 0 || *ms > 1e7 || *ms != *ms {
		return nil
	}
	return ms
}
