package proxyrouter

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/morbotlabs/morbot/internal/outside"
)

// Attestation is one entry of GET /v1/models/attestation (proxy-router v7.0.0, reference §14): the
// node's latest attestation of a TEE model's backend.
type Attestation struct {
	ModelID           string `json:"modelId"`
	AttestationURL    string `json:"attestationUrl,omitempty"`
	TEEType           string `json:"teeType,omitempty"`
	VerifiedAt        string `json:"verifiedAt,omitempty"` // RFC 3339
	Status            string `json:"status"`               // passed, failed or unknown
	Error             string `json:"error,omitempty"`
	WorkloadStatus    string `json:"workloadStatus,omitempty"` // authentic_match, authentic_mismatch, not_authentic
	VMTemplateName    string `json:"vmTemplateName,omitempty"`
	ArtifactsVersion  string `json:"artifactsVersion,omitempty"`
	DockerComposeHash string `json:"dockerComposeHash,omitempty"`
}

// Attestation statuses and workload verdicts as the node reports them.
const (
	AttestPassed   = "passed"
	AttestFailed   = "failed"
	AttestUnknown  = "unknown"
	WorkloadMatch  = "authentic_match"
	WorkloadDiffer = "authentic_mismatch"
	WorkloadFake   = "not_authentic"
)

// Verified is when the attestation was made (zero when the node gave no time or an unreadable one).
func (a Attestation) Verified() time.Time {
	t, err := time.Parse(time.RFC3339Nano, a.VerifiedAt)
	if err != nil {
		return time.Time{}
	}
	return t
}

// Clean returns the entry with its outside text cleaned and bounded (the node relays the backend's
// and the portal's words in Error).
func (a Attestation) Clean() Attestation {
	a.Error = outside.Clip(a.Error, 300)
	a.AttestationURL = outside.Clip(a.AttestationURL, 200)
	a.TEEType = outside.Clip(a.TEEType, 40)
	a.Status = outside.Clip(a.Status, 20)
	a.WorkloadStatus = outside.Clip(a.WorkloadStatus, 40)
	return a
}

// ErrNoAttestation is a node without the attestation endpoint (404: a version before v7.0.0).
var ErrNoAttestation = fmt.Errorf("the proxy-router has no /v1/models/attestation (404): a version before v7.0.0, which cannot serve TEE models")

// Attestations reads GET /v1/models/attestation, by lower-case model ID with 0x. A node before v7
// answers 404: ErrNoAttestation.
func (c *Client) Attestations(ctx context.Context) (map[string]Attestation, error) {
	var as []Attestation
	code, err := c.get(ctx, "/v1/models/attestation", &as)
	switch {
	case code == http.StatusNotFound:
		return nil, ErrNoAttestation
	case err != nil:
		return nil, err
	case code == http.StatusUnauthorized || code == http.StatusForbidden:
		return nil, fmt.Errorf("proxy-router /v1/models/attestation refused the credentials (HTTP %d): check proxy_router.cookie_file and the user's get_local_models permission", code)
	case code >= 300:
		return nil, fmt.Errorf("proxy-router /v1/models/attestation answered %d", code)
	}
	out := make(map[string]Attestation, len(as))
	for _, a := range as {
		id := strings.ToLower(strings.TrimSpace(a.ModelID))
		if !strings.HasPrefix(id, "0x") {
			id = "0x" + id
		}
		out[id] = a.Clean()
	}
	return out, nil
}

// AttestationURL is where a v7 node attests a TEE backend: port 29343 on the host of the model's
// apiUrl, over https (attestation.DeriveAttestationURL upstream). The apiUrl must be https: the node
// pins the backend's TLS certificate in the attestation.
func AttestationURL(apiURL string) (string, error) {
	u, err := url.Parse(apiURL)
	if err != nil || u.Host == "" {
		return "", fmt.Errorf("apiUrl %q is not a URL with a host", apiURL)
	}
	if u.Scheme != "https" {
		return "", fmt.Errorf("a TEE model's apiUrl must be https (the node pins the backend's TLS certificate and attests it); %q is %s", apiURL, u.Scheme)
	}
	return "https://" + net.JoinHostPort(u.Hostname(), "29343"), nil
}

// IsTEE says whether on-chain tags make a model a TEE model (the tag tee, in any case).
func IsTEE(tags []string) bool {
	for _, t := range tags {
		if strings.EqualFold(strings.TrimSpace(t), "tee") {
			return true
		}
	}
	return false
}

// AtLeastV7 says whether a node version string (v7.0.0, 7.1.2-tee, …) is v7.0.0 or later; ok is false
// when it does not read as a version.
func AtLeastV7(version string) (at, ok bool) {
	v := strings.TrimPrefix(strings.TrimSpace(strings.ToLower(version)), "v")
	major, _, _ := strings.Cut(v, ".")
	n := 0
	if major == "" {
		return false, false
	}
	for _, r := range major {
		if r < '0' || r > '9' {
			return false, false
		}
		n = n*10 + int(r-'0')
	}
	return n >= 7, true
}
