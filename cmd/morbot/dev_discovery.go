//go:build !slim

package main

import (
	"context"
	"fmt"
	"net"
	"strings"
	"sync"
	"time"

	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
	"github.com/morbotlabs/morbot/internal/discovery"
	"github.com/morbotlabs/morbot/internal/discovery/discoverytest"
	"github.com/morbotlabs/morbot/internal/position"
	"github.com/morbotlabs/morbot/internal/proxyrouter/pingtest"
	"github.com/morbotlabs/morbot/internal/store"
)

// Dev's network view: read every 5 s, a bid unlisted a minute after it was posted is undiscovered.
const (
	devDiscoveryInterval = 5 * time.Second
	devDiscoveryGrace    = time.Minute
)

// devNetwork is morbot dev's stand-in for the network: a discovery feed on 127.0.0.1 that lists every
// active bid on the simulated chain as healthy (or hides, sickens or breaks as /mor dev discovery
// says), and a listener on the provider's dev endpoint that accepts TCP connections as a reachable
// proxy-router does.
type devNetwork struct {
	feed     *discoverytest.Feed
	watcher  *discovery.Watcher
	endpoint string
	ln       net.Listener

	mu   sync.Mutex
	mode string // show, hide, unhealthy
}

func startDevNetwork(ctx context.Context, dev *devChain, db *store.DB, endpoint string) (*devNetwork, *position.Discovery, error) {
	fallback := endpoint == ""
	if fallback {
		endpoint = "127.0.0.1:3333" // the README's Quickstart onboards with it
	}
	if host, _, err := net.SplitHostPort(endpoint); err != nil || host != "127.0.0.1" {
		return nil, nil, fmt.Errorf("--endpoint %q: give 127.0.0.1:PORT (the dev node listens on loopback only)", endpoint)
	}
	feed, err := discoverytest.Start()
	if err != nil {
		return nil, nil, err
	}
	ln, err := net.Listen("tcp", endpoint)
	if err != nil && fallback {
		ln, err = net.Listen("tcp", "127.0.0.1:0") // 3333 is taken: any free port (the banner names it)
	}
	if err != nil {
		feed.Close()
		return nil, nil, fmt.Errorf("dev endpoint: %w", err)
	}
	// The provider's node answers MOR-RPC pings on its endpoint, signed with the provider's key.
	go (&pingtest.Pinger{Key: dev.nodeKey, Version: devNodeVersion}).Serve(ln)
	n := &devNetwork{feed: feed, endpoint: ln.Addr().String(), ln: ln, mode: "show"}
	feed.Source = func() ([]discoverytest.Model, []discoverytest.Bid) { return n.list(ctx, dev) }
	f, err := discovery.NewFeed(feed.URL)
	if err != nil {
		n.close()
		return nil, nil, err
	}
	// OnDemand: /mor verify reads the stand-in again every time, so a change shows at once.
	n.watcher = &discovery.Watcher{Feed: f, Interval: devDiscoveryInterval, Provider: dev.provider(), Seen: db, OnDemand: time.Nanosecond}
	return n, &position.Discovery{Watcher: n.watcher, Grace: devDiscoveryGrace}, nil
}

func (n *devNetwork) close() {
	_ = n.ln.Close()
	n.feed.Close()
}

// list is what the stand-in feed lists now: every active bid of the provider on the simulated chain.
func (n *devNetwork) list(ctx context.Context, dev *devChain) ([]discoverytest.Model, []discoverytest.Bid) {
	n.mu.Lock()
	mode := n.mode
	n.mu.Unlock()
	s, err := dev.client.Snapshot(ctx, dev.provider())
	if err != nil {
		return nil, nil
	}
	health := "healthy"
	if mode == "unhealthy" {
		health = "unhealthy"
	}
	var models []discoverytest.Model
	var bids []discoverytest.Bid
	for id, m := range s.Models {
		if m.Active() {
			models = append(models, discoverytest.Model{ID: id, Name: m.Name, Owner: m.Owner, Health: "healthy"})
		}
	}
	if mode == "hide" {
		return models, nil
	}
	for _, b := range s.ActiveBids {
		bids = append(bids, discoverytest.Bid{ID: b.ID, Provider: b.Provider, Model: b.ModelID, ModelName: s.Models[b.ModelID].Name,
			Price: b.PricePerSecond, Health: health, LatencyMs: discoverytest.Ms(42)})
	}
	return models, bids
}

// spec is `/mor dev discovery <hide|show|unhealthy|broken>`.
func (n *devNetwork) spec() *commands.Spec {
	return commands.NewSpec(commands.Spec{Path: []string{"dev", "discovery"}, Dev: true,
		Summary: "(dev only) what the stand-in network view shows: hide our bids, show them, mark them unhealthy, or break the feed (an HTML page)",
		Args:    []commands.Arg{{Name: "state", Help: "hide, show, unhealthy or broken"}},
		Example: "/mor dev discovery hide"},
		func(_ *commands.Handler, ctx context.Context, c *commands.Call) (*commands.Response, error) {
			state := strings.ToLower(c.Arg("state"))
			what := map[string]string{
				"hide":      "no longer lists our bids, as when the verifier cannot reach the endpoint (undiscovered once a bid is older than the 1m dev grace: /mor dev advance 1m)",
				"show":      "lists our bids again, healthy at 42 ms",
				"unhealthy": "lists our bids as unhealthy",
				"broken":    "answers an HTML page instead of JSON: morbot keeps the last good view and judges nothing new",
			}[state]
			if what == "" {
				return nil, &commands.UsageError{Spec: c.Spec, Msg: fmt.Sprintf("state: %q is not hide, show, unhealthy or broken", c.Arg("state"))}
			}
			n.mu.Lock()
			if state != "broken" {
				n.mode = state
			}
			n.mu.Unlock()
			if state == "broken" {
				n.feed.Break(discoverytest.HTML)
			} else {
				n.feed.Break(discoverytest.OK)
			}
			_ = n.watcher.Refresh(ctx)
			return &commands.Response{Message: chat.Message{Severity: chat.Success,
				Text: "the stand-in network view now " + what + "; /mor health, /mor verify and the next alert check show it"}}, nil
		})
}
