package commands

const (
	unitsMOR   = "MOR amounts as decimals (0.2, \"0.2 MOR\") or whole wei (200000000000000000wei); at most 18 decimals"
	unitsPrice = "price per second in MOR (0.00001) or wei (10000000000000wei), or per hour with /h (0.036/h)"
)

func specs() []*Spec {
	return []*Spec{
		{Path: []string{"help"}, Summary: "Show every command, or the help of one.", Args: []Arg{{Name: "command", Help: "a command such as \"bid create\"", Optional: true}},
			Example: "/mor help bid create", Private: true, run: (*Handler).help},
		{Path: []string{"status"}, Summary: "The provider's whole position: stake, endpoint, models, bids, earnings, balances, allowance, minimums, pending proposals.",
			Example: "/mor status", run: (*Handler).status},
		{Path: []string{"minimums"}, Summary: "The marketplace's live minimums (read on-chain now).", Example: "/mor minimums", run: (*Handler).minimums},
		{Path: []string{"provider", "create"}, Summary: "Register the provider wallet with a stake and its public endpoint (the proxy-router's TCP port).",
			Args:    []Arg{{Name: "stake", Help: "MOR to stake (at least the provider minimum)"}, {Name: "endpoint", Help: "public host:port, no scheme, e.g. node.example.com:3333"}},
			Example: "/mor provider create 0.2 node.example.com:3333", Units: unitsMOR, Writes: true, run: (*Handler).providerCreate},
		{Path: []string{"provider", "update"}, Summary: "Add stake and/or change the endpoint of the registered provider.",
			Flags:   []Flag{{Name: "add-stake", Help: "MOR to add to the stake"}, {Name: "endpoint", Help: "new public host:port"}},
			Example: "/mor provider update --add-stake 0.1 --endpoint node2.example.com:3333", Units: unitsMOR, Writes: true, run: (*Handler).providerUpdate},
		{Path: []string{"provider", "show"}, Summary: "Show a provider record (default: ours).", Args: []Arg{{Name: "address", Help: "0x provider address", Optional: true}},
			Example: "/mor provider show", run: (*Handler).providerShow},
		{Path: []string{"provider", "deregister"}, Summary: "Deregister the provider and withdraw its stake (delete every bid first).",
			Example: "/mor provider deregister", Writes: true, run: (*Handler).providerDeregister},
		{Path: []string{"model", "create"}, Summary: "Register a model; shows the derived model ID to put in models-config.json.",
			Args: []Arg{{Name: "name", Help: "model name (quote it if it has spaces)"}, {Name: "stake", Help: "MOR to stake (at least the model minimum)"}},
			Flags: []Flag{{Name: "fee", Help: "model fee in MOR (stored, unused by the marketplace; default 0)"}, {Name: "tags", Help: "comma-separated tags; include a type tag such as LLM (default LLM)"},
				{Name: "ipfs-cid", Help: "0x + 64 hex digits (default zero)"}, {Name: "base-id", Help: "0x + 64 hex digits (default random)"}},
			Example: "/mor model create llama-3.1-8b 0.1 --tags LLM", Units: unitsMOR, Writes: true, run: (*Handler).modelCreate},
		{Path: []string{"model", "list"}, Summary: "The team's models (registered through morbot) and their on-chain state.", Example: "/mor model list", run: (*Handler).modelList},
		{Path: []string{"model", "show"}, Summary: "Show a model by ID or by the team's name for it.", Args: []Arg{{Name: "model", Help: "0x model ID or model name"}},
			Example: "/mor model show llama-3.1-8b", run: (*Handler).modelShow},
		{Path: []string{"model", "deregister"}, Summary: "Deregister a model and return its stake (no provider may have an active bid on it).",
			Args: []Arg{{Name: "model", Help: "0x model ID or model name"}}, Example: "/mor model deregister llama-3.1-8b", Writes: true, run: (*Handler).modelDeregister},
		{Path: []string{"bid", "create"}, Summary: "Post (or re-price) the provider's bid on a model. Every post charges the bid fee.",
			Args:    []Arg{{Name: "model", Help: "0x model ID or model name"}, {Name: "price", Help: "price per second, or per hour with /h"}},
			Example: "/mor bid create llama-3.1-8b 0.00001", Units: unitsPrice, Writes: true, run: (*Handler).bidCreate},
		{Path: []string{"bid", "delete"}, Summary: "Delete an active bid (the fee is not refunded).", Args: []Arg{{Name: "bid", Help: "0x bid ID"}},
			Example: "/mor bid delete 0x32c0…56fc", Writes: true, run: (*Handler).bidDelete},
		{Path: []string{"bid", "list"}, Summary: "The provider's active bids.", Example: "/mor bid list", run: (*Handler).bidList},
		{Path: []string{"approve"}, Summary: "Set the Diamond's MOR allowance (approve replaces it). auto = what pending proposals need.",
			Args: []Arg{{Name: "amount", Help: "MOR amount, or auto"}}, Example: "/mor approve 0.6", Units: unitsMOR, Writes: true, run: (*Handler).approve},
		{Path: []string{"onboard"}, Summary: "Plan every missing step at once (allowance, provider, model, bid) as one proposal; stakes default to the live minimums.",
			Args:    []Arg{{Name: "endpoint", Help: "public host:port"}, {Name: "model-name", Help: "model name"}, {Name: "price", Help: "bid price per second, or per hour with /h"}},
			Flags:   []Flag{{Name: "provider-stake", Help: "provider stake in MOR (default: the minimum)"}, {Name: "model-stake", Help: "model stake in MOR (default: the minimum)"}},
			Example: "/mor onboard node.example.com:3333 llama-3.1-8b 0.00001", Units: unitsPrice, Writes: true, run: (*Handler).onboard},
		{Path: []string{"proposals", "list"}, Aliases: [][]string{{"proposals"}}, Summary: "Open and recent proposals.", Example: "/mor proposals", run: (*Handler).proposalsList},
		{Path: []string{"proposals", "show"}, Summary: "One proposal in full.", Args: []Arg{{Name: "id", Help: "proposal ID such as P-3"}}, Example: "/mor proposals show P-3", run: (*Handler).proposalsShow},
		{Path: []string{"proposals", "cancel"}, Summary: "Cancel a pending proposal (its proposer or an approver).", Args: []Arg{{Name: "id", Help: "proposal ID such as P-3"}},
			Example: "/mor proposals cancel P-3", run: (*Handler).proposalsCancel},
		{Path: []string{"report", "now"}, Summary: "Post the status report to the reports channel now.", Example: "/mor report now", run: (*Handler).reportNow},
		{Path: []string{"alerts", "list"}, Aliases: [][]string{{"alerts"}}, Summary: "Firing and recently resolved alerts, with silences.", Example: "/mor alerts", run: (*Handler).alertsList},
		{Path: []string{"alerts", "silence"}, Summary: "Mute one alert for a while (audited; it expires on its own).",
			Args:    []Arg{{Name: "alert", Help: "alert ID from /mor alerts"}, {Name: "duration", Help: "how long, e.g. 30m, 4h, 2d (at most 30d)"}},
			Example: "/mor alerts silence eth-low 4h", run: (*Handler).alertsSilence},
		{Path: []string{"audit"}, Summary: "The latest audit log entries (who did what, when, which transaction).", Args: []Arg{{Name: "n", Help: "how many (1–50, default 10)", Optional: true}},
			Example: "/mor audit 20", Private: true, run: (*Handler).audit},
	}
}
