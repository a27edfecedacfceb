// Package proxyrouter does the provider node's part of onboarding: it edits models-config.json (one
// entry added or replaced, everything else kept as it was, written atomically with a backup), runs
// the configured restart command, and checks the node through its API and the public endpoint.
package proxyrouter

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"
)

// Entry is one model served by the proxy-router.
type Entry struct {
	ModelID         string // derived on-chain ID; written as 0x + 64 lower-case hex
	ModelName       string // the backend's model name
	APIType         string
	APIURL          string
	APIKey          string // optional; read from the environment by the caller, never from chat
	ConcurrentSlots int    // optional, ≥ 1
	CapacityPolicy  string // optional: simple or idle_timeout
}

// APITypes the proxy-router accepts (schema enum plus the ones its code also takes).
var APITypes = []string{"openai", "prodia-v2", "hyperbolic-sd", "claudeai", "prodia-sd", "prodia-sdxl"}

var idRe = regexp.MustCompile(`^0x[0-9a-fA-F]{64}$`)

// Validate checks an entry and normalises the model ID to lower case.
func (e *Entry) Validate() error {
	var probs []string
	e.ModelID = strings.ToLower(strings.TrimSpace(e.ModelID))
	if !idRe.MatchString(e.ModelID) {
		probs = append(probs, fmt.Sprintf("model ID %q must be 0x followed by 64 hex digits (the derived on-chain ID)", e.ModelID))
	}
	if strings.TrimSpace(e.ModelName) == "" {
		probs = append(probs, "model name is empty")
	}
	ok := false
	for _, t := range APITypes {
		ok = ok || e.APIType == t
	}
	if !ok {
		probs = append(probs, fmt.Sprintf("api type %q is not one of %s", e.APIType, strings.Join(APITypes, ", ")))
	}
	if u, err := url.Parse(e.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		probs = append(probs, fmt.Sprintf("api url %q is not an http(s) URL", e.APIURL))
	} else if e.APIType == "openai" && strings.HasSuffix(strings.TrimRight(u.Path, "/"), "/v1") {
		probs = append(probs, "api url ends in /v1: the proxy-router posts to the URL as given, so use the full endpoint, e.g. …/v1/chat/completions")
	}
	if e.ConcurrentSlots < 0 {
		probs = append(probs, "concurrent slots must be at least 1")
	}
	if e.CapacityPolicy != "" && e.CapacityPolicy != "simple" && e.CapacityPolicy != "idle_timeout" {
		probs = append(probs, fmt.Sprintf("capacity policy %q is not simple or idle_timeout", e.CapacityPolicy))
	}
	if len(probs) > 0 {
		return fmt.Errorf("invalid models-config entry: %s", strings.Join(probs, "; "))
	}
	return nil
}

// field is one key of a JSON object, kept in file order with its raw value.
type field struct {
	Key   string
	Value json.RawMessage
}

type object []field

func (o object) get(k string) (json.RawMessage, bool) {
	for _, f := range o {
		if f.Key == k {
			return f.Value, true
		}
	}
	return nil, false
}

func (o *object) set(k string, v json.RawMessage) {
	for i, f := range *o {
		if f.Key == k {
			(*o)[i].Value = v
			return
		}
	}
	*o = append(*o, field{Key: k, Value: v})
}

func (o *object) del(k string) {
	for i, f := range *o {
		if f.Key == k {
			*o = append((*o)[:i], (*o)[i+1:]...)
			return
		}
	}
}

// parseObject reads a JSON object keeping key order and raw values.
func parseObject(b []byte) (object, error) {
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	t, err := dec.Token()
	if err != nil {
		return nil, err
	}
	if d, ok := t.(json.Delim); !ok || d != '{' {
		return nil, errors.New("not a JSON object")
	}
	var o object
	for dec.More() {
		kt, err := dec.Token()
		if err != nil {
			return nil, err
		}
		k, _ := kt.(string)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			return nil, err
		}
		o = append(o, field{Key: k, Value: raw})
	}
	if _, err := dec.Token(); err != nil {
		return nil, err
	}
	if _, err := dec.Token(); err != io.EOF {
		return nil, errors.New("trailing data after the JSON object")
	}
	return o, nil
}

func (o object) marshal(indent string) []byte {
	var b bytes.Buffer
	b.WriteString("{")
	for i, f := range o {
		if i > 0 {
			b.WriteString(",")
		}
		b.WriteString("\n" + indent + "  ")
		k, _ := json.Marshal(f.Key)
		b.Write(k)
		b.WriteString(": ")
		b.Write(reindent(f.Value, indent+"  "))
	}
	if len(o) > 0 {
		b.WriteString("\n" + indent)
	}
	b.WriteString("}")
	return b.Bytes()
}

func reindent(raw json.RawMessage, prefix string) []byte {
	var out bytes.Buffer
	if err := json.Indent(&out, raw, prefix, "  "); err != nil {
		return raw
	}
	return out.Bytes()
}

func str(v string) json.RawMessage { b, _ := json.Marshal(v); return b }

// apply writes the entry's fields into an object, keeping its other fields and their order. A key
// kept from the old entry is dropped when the backend's host changes and the entry brings none:
// the proxy-router would otherwise send the old backend's key to the new host. It reports that.
func (e Entry) apply(o *object, legacy bool) (droppedKey bool) {
	if !legacy {
		o.set("modelId", str(e.ModelID))
	}
	if e.APIKey == "" {
		if _, hasKey := o.get("apiKey"); hasKey {
			var old string
			if raw, ok := o.get("apiUrl"); ok {
				_ = json.Unmarshal(raw, &old)
			}
			if hostOf(old) != hostOf(e.APIURL) {
				o.del("apiKey")
				droppedKey = true
			}
		}
	}
	o.set("modelName", str(e.ModelName))
	o.set("apiType", str(e.APIType))
	o.set("apiUrl", str(e.APIURL))
	if e.APIKey != "" {
		o.set("apiKey", str(e.APIKey))
	}
	if e.ConcurrentSlots > 0 {
		o.set("concurrentSlots", json.RawMessage(fmt.Sprint(e.ConcurrentSlots)))
	}
	if e.CapacityPolicy != "" {
		o.set("capacityPolicy", str(e.CapacityPolicy))
	}
	return droppedKey
}

// hostOf is a URL's scheme and host (with port), lower-cased; "" when it does not parse.
func hostOf(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.Host == "" {
		return ""
	}
	return strings.ToLower(u.Scheme + "://" + u.Host)
}

// droppedNote is Edit's action when a replaced entry lost the API key it had for another host.
const droppedNote = "replaced (its API key was for another host and was dropped; name one with --api-key-env if the new backend needs one)"

// Edit returns the file content with the entry added or replaced ("added", "replaced" or droppedNote). Everything
// else — other entries, unknown fields, key order — is kept. Both the "models" array and the legacy
// flat map keyed by model ID are understood.
func Edit(content []byte, e Entry) ([]byte, string, error) {
	if err := e.Validate(); err != nil {
		return nil, "", err
	}
	root, err := parseObject(content)
	if err != nil {
		return nil, "", fmt.Errorf("models-config is not valid JSON: %w", err)
	}
	action := "added"
	if raw, ok := root.get("models"); ok {
		var models []json.RawMessage
		if err := json.Unmarshal(raw, &models); err != nil {
			return nil, "", fmt.Errorf("models-config \"models\" is not an array: %w", err)
		}
		found := false
		for i, m := range models {
			obj, err := parseObject(m)
			if err != nil {
				return nil, "", fmt.Errorf("models-config models[%d] is not an object: %w", i, err)
			}
			var id string
			if v, ok := obj.get("modelId"); ok {
				_ = json.Unmarshal(v, &id)
			}
			if !strings.EqualFold(strings.TrimPrefix(strings.ToLower(id), "0x"), strings.TrimPrefix(e.ModelID, "0x")) {
				continue
			}
			action = "replaced"
			if e.apply(&obj, false) {
				action = droppedNote
			}
			models[i] = obj.marshal("")
			found = true
		}
		if !found {
			var obj object
			e.apply(&obj, false)
			models = append(models, obj.marshal(""))
		}
		root.set("models", marshalArray(models))
	} else {
		// Legacy flat map: { "<modelId>": { modelName, apiType, apiUrl, … } }. Any spelling of the ID is replaced by the lower-case key.
		var obj object
		for _, f := range root {
			if strings.EqualFold(strings.TrimPrefix(strings.ToLower(f.Key), "0x"), strings.TrimPrefix(e.ModelID, "0x")) {
				if o, err := parseObject(f.Value); err == nil {
					obj = o
				}
				root.del(f.Key)
				action = "replaced"
				break
			}
		}
		if e.apply(&obj, true) {
			action = droppedNote
		}
		root.set(e.ModelID, obj.marshal(""))
	}
	return append(root.marshal(""), '\n'), action, nil
}

func marshalArray(items []json.RawMessage) json.RawMessage {
	var b bytes.Buffer
	b.WriteString("[")
	for i, it := range items {
		if i > 0 {
			b.WriteString(",")
		}
		b.Write(it)
	}
	b.WriteString("]")
	return b.Bytes()
}

var fileLocks sync.Map // path -> *sync.Mutex: concurrent edits are applied one after the other

// EnvVar is the variable the -tee image reads its models config from, one line of JSON, instead of a
// file (reference §14).
const EnvVar = "MODELS_CONFIG_CONTENT"

// IsEnvFile says whether path is an env file (its name ends in .env) holding the models config as
// MODELS_CONFIG_CONTENT=<one-line JSON>, the form a redeploy hands the -tee image; any other path is
// the models-config.json file itself.
func IsEnvFile(path string) bool { return strings.HasSuffix(filepath.Base(path), ".env") }

// readDoc reads the models-config JSON at path: the file itself, or its MODELS_CONFIG_CONTENT line
// when path is an env file. raw is the whole file; a missing file or variable reads as no models.
func readDoc(path string) (doc, raw []byte, exists bool, err error) {
	raw, err = os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return []byte(`{"models": []}`), nil, false, nil
	}
	if err != nil {
		return nil, nil, false, fmt.Errorf("read %s: %w", path, err)
	}
	if !IsEnvFile(path) {
		return raw, raw, true, nil
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if v, ok := strings.CutPrefix(strings.TrimRight(line, "\r"), EnvVar+"="); ok {
			return []byte(v), raw, true, nil
		}
	}
	return []byte(`{"models": []}`), raw, true, nil
}

// render is the file's new content with doc as its models config: the JSON itself, or for an env
// file its MODELS_CONFIG_CONTENT line replaced (added when missing) with doc on one line, every other
// line kept as it was.
func render(path string, raw, doc []byte) ([]byte, error) {
	if !IsEnvFile(path) {
		return doc, nil
	}
	var one bytes.Buffer
	if err := json.Compact(&one, doc); err != nil {
		return nil, err
	}
	line := EnvVar + "=" + one.String()
	lines := strings.Split(strings.TrimRight(string(raw), "\n"), "\n")
	if len(raw) == 0 {
		lines = nil
	}
	found := false
	for i, l := range lines {
		if strings.HasPrefix(strings.TrimRight(l, "\r"), EnvVar+"=") {
			lines[i], found = line, true
		}
	}
	if !found {
		lines = append(lines, line)
	}
	return []byte(strings.Join(lines, "\n") + "\n"), nil
}

// Preview says what EditFile would do to the file now ("added", "replaced", …), without writing.
func Preview(path string, e Entry) (string, error) {
	old, _, exists, err := readDoc(path)
	if err != nil {
		return "", err
	}
	if !exists {
		return "added (the file is created, mode 0600)", nil
	}
	_, action, err := Edit(old, e)
	return action, err
}

// EditFile edits the file at path: read, change, write to a temporary file in the same directory,
// fsync, rename over the original, after keeping a timestamped backup. The file and its backup keep
// the existing file's mode (0600 for a new file): it may hold API keys. A file that is not valid JSON,
// or an invalid entry, changes nothing.
func EditFile(path string, e Entry, now time.Time) (action, backup string, err error) {
	mu, _ := fileLocks.LoadOrStore(filepath.Clean(path), &sync.Mutex{})
	mu.(*sync.Mutex).Lock()
	defer mu.(*sync.Mutex).Unlock()
	old, raw, exists, err := readDoc(path)
	if err != nil {
		return "", "", err
	}
	doc, action, err := Edit(old, e)
	if err != nil {
		return "", "", err
	}
	content, err := render(path, raw, doc)
	if err != nil {
		return "", "", err
	}
	mode := os.FileMode(0o600)
	if st, err := os.Stat(path); err == nil {
		mode = st.Mode().Perm()
	}
	if exists {
		backup = fmt.Sprintf("%s.bak-%s", path, now.UTC().Format("20060102T150405.000000000Z"))
		if err := writeAtomic(backup, raw, mode); err != nil {
			return "", "", fmt.Errorf("backup %s: %w", path, err)
		}
	}
	if err := writeAtomic(path, content, mode); err != nil {
		return "", backup, fmt.Errorf("write %s: %w", path, err)
	}
	return action, backup, nil
}

// writeData writes a temporary file's content (tests stop it halfway, as a crash would).
var writeData = func(f *os.File, data []byte) error { _, err := f.Write(data); return err }

func writeAtomic(path string, data []byte, mode os.FileMode) error {
	dir := filepath.Dir(path)
	f, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		return err
	}
	tmp := f.Name()
	defer os.Remove(tmp)
	if err := writeData(f, data); err != nil {
		f.Close()
		return err
	}
	if err := f.Chmod(mode); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		return err
	}
	if d, err := os.Open(dir); err == nil {
		_ = d.Sync()
		d.Close()
	}
	return nil
}

// ReadEntries reads the models-config file: every entry by lower-case model ID (0x + 64 hex), in the
// "models" array form or the legacy flat map. API keys are not read. Entries are returned as written;
// Validate says whether the proxy-router can use one.
func ReadEntries(path string) (map[string]Entry, error) {
	content, _, exists, err := readDoc(path)
	if err != nil {
		return nil, fmt.Errorf("read models-config: %w", err)
	}
	if !exists {
		return nil, fmt.Errorf("read models-config: %s does not exist", path)
	}
	root, err := parseObject(content)
	if err != nil {
		return nil, fmt.Errorf("models-config %s is not valid JSON: %w", path, err)
	}
	out := map[string]Entry{}
	read := func(obj object, id string) {
		e := Entry{ModelID: strings.ToLower(id)}
		get := func(k string, dst *string) {
			if v, ok := obj.get(k); ok {
				_ = json.Unmarshal(v, dst)
			}
		}
		get("modelName", &e.ModelName)
		get("apiType", &e.APIType)
		get("apiUrl", &e.APIURL)
		get("capacityPolicy", &e.CapacityPolicy)
		if v, ok := obj.get("concurrentSlots"); ok {
			_ = json.Unmarshal(v, &e.ConcurrentSlots)
		}
		if !strings.HasPrefix(e.ModelID, "0x") {
			e.ModelID = "0x" + e.ModelID
		}
		out[e.ModelID] = e
	}
	if raw, ok := root.get("models"); ok {
		var models []json.RawMessage
		if err := json.Unmarshal(raw, &models); err != nil {
			return nil, fmt.Errorf("models-config \"models\" is not an array: %w", err)
		}
		for i, m := range models {
			obj, err := parseObject(m)
			if err != nil {
				return nil, fmt.Errorf("models-config models[%d] is not an object: %w", i, err)
			}
			var id string
			if v, ok := obj.get("modelId"); ok {
				_ = json.Unmarshal(v, &id)
			}
			read(obj, id)
		}
		return out, nil
	}
	for _, f := range root {
		if obj, err := parseObject(f.Value); err == nil {
			read(obj, f.Key)
		}
	}
	return out, nil
}
