//go:build e2e

package main

import (
	"context"
	"math/big"
	"testing"
	"time"

	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/crypto"
	"github.com/ethereum/go-ethereum/ethclient"
	"github.com/ethereum/go-ethereum/rpc"

	"github.com/morbotlabs/morbot/internal/chain"
	"github.com/morbotlabs/morbot/internal/chain/chaintest"
	"github.com/morbotlabs/morbot/internal/chain/chaintest/anviltest"
)

// The two-process test against anvil: the Morpheus doubles deployed by anvil's second dev account
// (the marketplace owner), the provider is anvil's first (wellKnownKey), automine off and blocks mined
// with evm_mine. morbot reaches anvil through a proxy on 127.0.0.1 that only reports each accepted
// transaction to the test.
func TestTwoProcessesOneStoreExactlyOnceOnAnvil(t *testing.T) { twoProcesses(t, anvilNode(t)) }

// Replicas on PostgreSQL, against anvil: a partition between the leader and the database, and a
// leader paused past its lease, each mid-plan.
func TestReplicasPartitionOnAnvil(t *testing.T)    { replicasPartition(t, anvilNode(t)) }
func TestReplicasPausedLeaderOnAnvil(t *testing.T) { replicasPaused(t, anvilNode(t)) }

// What binds an approval to its world, on anvil: one fee for two identical re-prices, a stale
// re-price leaving the later price, a 10 s row lock that only delays a plan, one policy for replicas.
func TestApprovalsBindToTheWorldOnAnvil(t *testing.T)     { approvalsBind(t, anvilNode(t)) }
func TestRowLockDelaysAnApprovedPlanOnAnvil(t *testing.T) { rowLockDelays(t, anvilNode(t)) }
func TestReplicasShareOnePolicyOnAnvil(t *testing.T)      { replicasSharePolicy(t, anvilNode(t)) }

// anvilNode starts anvil with the doubles deployed and automine off, reached through a proxy that
// reports each accepted transaction.
func anvilNode(t *testing.T) testNode {
	const chainID = 31337
	url := anviltest.Start(t, chainID)
	ctx := context.Background()
	ec, err := ethclient.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ec.Close)
	ownerKey, _ := crypto.HexToECDSA(anviltest.Key1)
	owner, err := chaintest.Deploy(ctx, ec, ownerKey, big.NewInt(chainID), nil)
	if err != nil {
		t.Fatalf("deploy doubles on anvil: %v", err)
	}
	mor, _ := new(big.Int).SetString("10000000000000000000", 10)
	if err := owner.MintMOR(ctx, common.HexToAddress(wellKnownAddr), mor); err != nil {
		t.Fatal(err)
	}
	raw, err := rpc.DialContext(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(raw.Close)
	if err := raw.CallContext(ctx, nil, "evm_setAutomine", false); err != nil {
		t.Fatal(err)
	}
	proxy := chaintest.NewFaultProxy(raw)
	t.Cleanup(proxy.Close)
	net := owner.Network("anvil")
	mine := func() {
		mctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		defer cancel()
		if err := raw.CallContext(mctx, nil, "evm_mine"); err != nil {
			t.Errorf("evm_mine: %v", err)
		}
	}
	return testNode{url: proxy.URL(), net: net, mine: mine, sends: proxy.Watch("eth_sendRawTransaction"),
		cl: chain.NewClient(raw, net, chain.Options{})}
}
