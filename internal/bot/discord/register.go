package discord

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/morbotlabs/morbot/internal/commands"
)

// autocompleted are the argument names whose values Discord suggests while typing (re-validated on submit).
var autocompleted = map[string]bool{"model": true, "bid": true, "id": true}

// CommandName is the one top-level slash command.
const CommandName = "mor"

// desc is a description for registration; the grammar keeps every one within Discord's 100
// characters (a test checks it), so nothing is cut here.
func desc(s string) string {
	s = strings.TrimSpace(strings.TrimSuffix(s, "."))
	if s == "" {
		s = "—"
	}
	return s
}

// Command generates the /mor application command from the grammar: groups for two-word commands,
// subcommands, required arguments first, then flags as optional options. Every value is a STRING
// option (wei amounts exceed Discord's 2^53 integers), except switches, which are BOOLEAN.
func Command(g *commands.Grammar) *discordgo.ApplicationCommand {
	adminOnly := int64(0)                                                                                // hidden from members until a server admin grants roles; morbot's own ACL decides approvals
	guildOnly := []discordgo.InteractionContextType{discordgo.InteractionContextGuild}                   // not in DMs (replaces dm_permission)
	guildInstall := []discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall} // installed to the server, not to users
	cmd := &discordgo.ApplicationCommand{Name: CommandName, Description: "Run the team's Morpheus compute provider",
		Type: discordgo.ChatApplicationCommand, DefaultMemberPermissions: &adminOnly, Contexts: &guildOnly, IntegrationTypes: &guildInstall}
	groups := map[string]*discordgo.ApplicationCommandOption{}
	for _, s := range g.Specs {
		if s.Dev {
			continue
		}
		sub := &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommand, Name: s.Path[len(s.Path)-1], Description: desc(s.Description())}
		for _, a := range s.Args {
			sub.Options = append(sub.Options, &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionString, Name: a.Name,
				Description: desc(a.Help), Required: !a.Optional, Autocomplete: autocompleted[a.Name]})
		}
		for _, f := range s.Flags {
			typ := discordgo.ApplicationCommandOptionString
			if f.Bool {
				typ = discordgo.ApplicationCommandOptionBoolean
			}
			sub.Options = append(sub.Options, &discordgo.ApplicationCommandOption{Type: typ, Name: f.Name, Description: desc(f.Help)})
		}
		if len(s.Path) == 1 {
			cmd.Options = append(cmd.Options, sub)
			continue
		}
		grp, ok := groups[s.Path[0]]
		if !ok {
			grp = &discordgo.ApplicationCommandOption{Type: discordgo.ApplicationCommandOptionSubCommandGroup, Name: s.Path[0], Description: desc(s.Path[0] + " commands")}
			groups[s.Path[0]] = grp
			cmd.Options = append(cmd.Options, grp)
		}
		grp.Options = append(grp.Options, sub)
	}
	return cmd
}

// Structured turns the options of a /mor interaction into the command's path and its values by
// name. Each option's value stays whole: a value with a newline, spaces or a leading "--" is one value
// (and the grammar refuses control characters in it).
func Structured(data discordgo.ApplicationCommandInteractionData) (*commands.Structured, error) {
	if data.Name != CommandName || len(data.Options) != 1 {
		return nil, fmt.Errorf("unknown command %q", data.Name)
	}
	opt := data.Options[0]
	path := []string{opt.Name}
	opts := opt.Options
	if opt.Type == discordgo.ApplicationCommandOptionSubCommandGroup {
		if len(opt.Options) != 1 {
			return nil, fmt.Errorf("the %s group needs one subcommand", opt.Name)
		}
		path = append(path, opt.Options[0].Name)
		opts = opt.Options[0].Options
	}
	values := map[string]string{}
	for _, o := range opts {
		switch v := o.Value.(type) {
		case string:
			values[o.Name] = v
		case bool:
			values[o.Name] = fmt.Sprint(v)
		default:
			return nil, fmt.Errorf("option %q has a value of an unexpected type (re-register the commands with morbot discord register)", o.Name)
		}
	}
	return &commands.Structured{Path: path, Values: values}, nil
}

// Payload is the command as sent to Discord's bulk overwrite: discordgo's encoding with
// default_member_permissions as the integer the API schema specifies (discordgo writes a string).
func Payload(cmd *discordgo.ApplicationCommand) (map[string]any, error) {
	b, err := json.Marshal(cmd)
	if err != nil {
		return nil, err
	}
	var m map[string]any
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, err
	}
	if cmd.DefaultMemberPermissions != nil {
		m["default_member_permissions"] = *cmd.DefaultMemberPermissions
	}
	return m, nil
}

// focused returns the option being typed in an autocomplete interaction.
func focused(opts []*discordgo.ApplicationCommandInteractionDataOption) *discordgo.ApplicationCommandInteractionDataOption {
	for _, o := range opts {
		if o.Focused {
			return o
		}
		if f := focused(o.Options); f != nil {
			return f
		}
	}
	return nil
}
