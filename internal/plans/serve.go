package plans

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/ethereum/go-ethereum/common"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/proxyrouter"
)

// ServeSpec is a model to put in the proxy-router's models-config.json.
type ServeSpec struct {
	Model     common.Hash
	APIType   string // "": proxy_router.default_api_type
	APIURL    string // "": proxy_router.default_api_url
	ModelName string // the backend's model name ("": the model's name)
	Slots     int    // concurrent sessions (0: the proxy-router's default)
	APIKeyEnv string // a variable of proxy_router.api_key_envs holding the backend's API key ("": none)
}

// ModelServe proposes the node's part of onboarding: add (or replace) the model's entry in
// models-config.json, restart the proxy-router and check it serves the model. Off-chain steps only.
func (b *Builder) ModelServe(ctx context.Context, u approval.User, sp ServeSpec) (*approval.Proposal, error) {
	sv := b.Serve
	if sv == nil || sv.ModelsConfig == "" {
		return nil, Refuse("no proxy-router is configured (proxy_router.models_config); add the model to models-config.json by hand")
	}
	if sp.APIType == "" {
		sp.APIType = sv.DefaultAPIType
	}
	if sp.APIType == "" {
		return nil, &BadInput{Msg: "--api-type is required (or set proxy_router.default_api_type): " + strings.Join(proxyrouter.APITypes, ", ")}
	}
	if sp.APIKeyEnv != "" && !slices.Contains(sv.APIKeyEnvs, sp.APIKeyEnv) {
		allowed := "none are listed, so no API key can be set from chat (add the variable's name to proxy_router.api_key_envs)"
		if len(sv.APIKeyEnvs) > 0 {
			allowed = "the allowed ones are " + strings.Join(sv.APIKeyEnvs, ", ") + " (proxy_router.api_key_envs)"
		}
		return nil, &BadInput{Msg: fmt.Sprintf("--api-key-env: %q is not a variable morbot may hand to the proxy-router; %s", sp.APIKeyEnv, allowed)}
	}
	cm, err := b.Chain.Model(ctx, sp.Model)
	if err != nil {
		return nil, err
	}
	if !cm.Active() {
		return nil, Refuse("model %s is not active on-chain; register it first (/mor model create) — the proxy-router only serves registered models", sp.Model.Hex())
	}
	if sp.APIURL == "" && proxyrouter.IsTEE(cm.Tags) {
		sp.APIURL = sv.DefaultTEEAPIURL
	}
	if sp.APIURL == "" {
		sp.APIURL = sv.DefaultAPIURL
	}
	if sp.APIURL == "" {
		return nil, &BadInput{Msg: "--api-url is required (or set proxy_router.default_api_url): the backend's full endpoint URL"}
	}
	tee := ""
	if proxyrouter.IsTEE(cm.Tags) {
		att, err := proxyrouter.AttestationURL(sp.APIURL)
		if err != nil {
			return nil, &BadInput{Msg: fmt.Sprintf("model %s is tagged tee: %v; give the backend's https URL with --api-url", strings.ToLower(sp.Model.Hex()), err)}
		}
		tee = fmt.Sprintf("TEE model: the node pins this backend's TLS certificate and attests it at %s (port 29343 of the backend's host) at its start and before every prompt; /mor health shows the attestation once it has restarted", att)
	}
	p := proxyrouter.ServePayload{ModelID: strings.ToLower(sp.Model.Hex()), ModelName: sp.ModelName, APIType: sp.APIType, APIURL: sp.APIURL,
		ConcurrentSlots: sp.Slots, APIKeyEnv: sp.APIKeyEnv}
	if p.ModelName == "" {
		p.ModelName = b.Read.ModelName(ctx, sp.Model, cm.Name)
	}
	e := p.Entry()
	if err := e.Validate(); err != nil {
		return nil, &BadInput{Msg: err.Error()}
	}
	if p.APIKeyEnv != "" {
		e.APIKey = "(set)" // only whether a key comes with the entry matters for the preview
	}
	action, err := proxyrouter.Preview(sv.ModelsConfig, e)
	if err != nil {
		return nil, Refuse("%v; fix %s first", err, sv.ModelsConfig)
	}
	key := "no API key"
	if p.APIKeyEnv != "" {
		key = "the API key from morbot's environment variable " + p.APIKeyEnv + " (never shown)"
	}
	cur, err := servedEntry(sv.ModelsConfig, p.ModelID)
	if err != nil {
		return nil, Refuse("%v; fix %s first", err, sv.ModelsConfig)
	}
	pl := New(approval.KindModelServe)
	pl.Lines = append(pl.Lines, fmt.Sprintf("serve model %q (%s) from %s backend %s with %s; the entry will be %s", p.ModelName, p.ModelID, p.APIType, p.APIURL, key, action))
	if tee != "" {
		pl.Lines = append(pl.Lines, tee)
	}
	for _, st := range proxyrouter.Steps(p, sv.ModelsConfig, sv.RestartCommand) {
		pl.AddAction(st)
	}
	if len(sv.RestartCommand) == 0 {
		pl.Lines = append(pl.Lines, "then restart the proxy-router yourself — it has no hot reload — e.g. `systemctl restart proxy-router` or `docker restart proxy-router`, and check with /mor proxy status")
	}
	pl.Params = approval.ModelServeParams{Model: sp.Model}
	pl.Relies(approval.FactServed, p.ModelID, fmt.Sprintf("the models-config.json entry of %q", p.ModelName), ServedFact(cur))
	pl.Changes(approval.ResServed, p.ModelID)
	return b.Propose(ctx, &u, Funds{}, pl)
}
