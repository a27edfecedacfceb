package console

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/morbotlabs/morbot/internal/approval"
	"github.com/morbotlabs/morbot/internal/chat"
	"github.com/morbotlabs/morbot/internal/commands"
)

// ErrScriptFailed is returned by Run when --fail-on-error stopped a script at an error reply.
var ErrScriptFailed = errors.New("script stopped at an error reply")

// Options configure the console.
type Options struct {
	Handler     *commands.Handler
	Idle        func(context.Context) error // waits until no proposal is executing
	In          io.Reader
	Out         io.Writer
	User        string // starting identity
	Script      bool   // echo each line and wait for executions between lines
	FailOnError bool
	IdleTimeout time.Duration
	// FileDir is where attachments (the weekly chart) are written, since a terminal cannot show them
	// ("": a directory of its own under the system's temporary directory).
	FileDir string
}

// Console is the terminal chat.
type Console struct {
	o    Options
	mu   sync.Mutex // guards out and user
	user string
}

// New builds a console.
func New(o Options) *Console {
	if o.IdleTimeout <= 0 {
		o.IdleTimeout = 2 * time.Minute
	}
	return &Console{o: o, user: o.User}
}

func (c *Console) print(s string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	fmt.Fprint(c.o.Out, s)
}

func (c *Console) identity() approval.User {
	c.mu.Lock()
	defer c.mu.Unlock()
	return approval.User{Platform: "console", ID: c.user, Name: c.user}
}

var (
	voteRe  = regexp.MustCompile(`^\[?(approve|reject|details|again)\s+(P-\d+|p-\d+|\d+)\]?$`)
	alertRe = regexp.MustCompile(`^\[?(fix|silence|serve)\s+([a-z0-9][a-z0-9x-]{0,99})\]?$`)
	userRe  = regexp.MustCompile(`^[a-z][a-z0-9_-]{0,31}$`)
)

// MaxLine is the longest console line morbot runs; a longer one is refused and skipped, and the
// console goes on.
const MaxLine = 64 << 10

// inputLine is one line read from the console's input, or the error that ended it.
type inputLine struct {
	text    string
	tooLong int // the line's length when it was over MaxLine (its text is dropped)
	err     error
}

// readLines sends each input line (without its line ending) to out, then the error that ended the
// input (io.EOF at the end). A line longer than MaxLine is reported by length and never buffered whole.
func readLines(r io.Reader, out chan<- inputLine) {
	defer close(out)
	br := bufio.NewReaderSize(r, 4096)
	for {
		var (
			buf []byte
			n   int
			err error
		)
		for {
			var frag []byte
			frag, err = br.ReadSlice('\n')
			n += len(frag)
			if n <= MaxLine+2 { // room for \r\n
				buf = append(buf, frag...)
			}
			if !errors.Is(err, bufio.ErrBufferFull) {
				break
			}
		}
		text := strings.TrimRight(string(buf), "\r\n")
		switch {
		case n > 0 && len(text) > MaxLine || n > MaxLine+2:
			out <- inputLine{tooLong: n}
		case n > 0:
			out <- inputLine{text: text}
		}
		if err != nil {
			out <- inputLine{err: err}
			return
		}
	}
}

// Run reads lines until end of input, /quit, or ctx ends.
func (c *Console) Run(ctx context.Context) error {
	lines := make(chan inputLine)
	go readLines(c.o.In, lines)
	if !c.o.Script {
		c.prompt()
	}
	for {
		var in inputLine
		select {
		case <-ctx.Done():
			return nil
		case in = <-lines:
		}
		if in.err != nil {
			if errors.Is(in.err, io.EOF) {
				return nil
			}
			return fmt.Errorf("read console input: %w", in.err)
		}
		var stop, failed bool
		if in.tooLong > 0 {
			c.print(fmt.Sprintf("✗ that line is %d bytes long; lines are at most %d bytes, so nothing was run\n", in.tooLong, MaxLine))
			failed = true
		} else {
			line := strings.TrimSpace(in.text)
			if c.o.Script && line != "" && !strings.HasPrefix(line, "#") {
				c.print(fmt.Sprintf("%s> %s\n", c.identity().ID, line))
			}
			stop, failed = c.handle(ctx, line)
			if c.o.Script && c.o.Idle != nil {
				ictx, cancel := context.WithTimeout(ctx, c.o.IdleTimeout)
				if err := c.o.Idle(ictx); err != nil {
					c.print("! still executing after " + c.o.IdleTimeout.String() + "; going on\n")
				}
				cancel()
			}
		}
		if failed && c.o.FailOnError {
			return ErrScriptFailed
		}
		if stop {
			return nil
		}
		if !c.o.Script {
			c.prompt()
		}
	}
}

func (c *Console) prompt() { c.print(c.identity().ID + "> ") }

// handle runs one line; it reports whether to stop and whether the reply was an error.
func (c *Console) handle(ctx context.Context, line string) (stop, failed bool) {
	switch {
	case line == "" || strings.HasPrefix(line, "#"):
		return false, false
	case line == "/quit" || line == "/exit":
		return true, false
	case strings.HasPrefix(line, "/as"):
		name := strings.TrimSpace(strings.TrimPrefix(line, "/as"))
		if !userRe.MatchString(name) {
			c.print("✗ /as needs a user name (lower case letters, digits, _ or -), e.g. /as bob\n")
			return false, true
		}
		c.mu.Lock()
		c.user = name
		c.mu.Unlock()
		c.print(fmt.Sprintf("• you are now %s\n", name))
		return false, false
	case strings.HasPrefix(line, "/mor"):
		resp := c.o.Handler.Handle(ctx, commands.Request{User: c.identity(), Channel: "console", Text: line})
		c.print(Render(resp.Message))
		return false, resp.Message.Severity == chat.Error
	}
	m := voteRe.FindStringSubmatch(line)
	if m == nil {
		m = alertRe.FindStringSubmatch(line)
	}
	if m != nil {
		resp := c.o.Handler.ClickByID(ctx, c.identity(), m[2], chat.Action(m[1]))
		c.print(Render(resp.Message))
		return false, resp.Message.Severity == chat.Error
	}
	c.print("✗ type /mor help for commands, approve P-1 / reject P-1 to vote, fix <alert> / silence <alert> for alert buttons, /as <user> to switch user, /quit to leave\n")
	return false, true
}

// Post prints a scheduled report or an alert.
func (c *Console) Post(_ context.Context, channel string, m chat.Message) error {
	out := fmt.Sprintf("[%s]\n%s", channel, Render(m))
	for _, f := range m.Files {
		path, err := c.writeFile(f)
		if err != nil {
			out += fmt.Sprintf("  [attachment %s, %s, %d bytes: could not be written (%v)]\n", f.Name, f.ContentType, len(f.Data), err)
			continue
		}
		out += fmt.Sprintf("  [attachment %s, %d bytes, written to %s]\n", f.Name, len(f.Data), path)
	}
	c.print(out)
	return nil
}

// writeFile writes an attachment where a person can open it, and returns the path.
func (c *Console) writeFile(f chat.File) (string, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.o.FileDir == "" {
		dir, err := os.MkdirTemp("", "morbot-files-")
		if err != nil {
			return "", err
		}
		c.o.FileDir = dir
	}
	if err := os.MkdirAll(c.o.FileDir, 0o700); err != nil {
		return "", err
	}
	name := time.Now().UTC().Format("20060102-150405.000") + "-" + filepath.Base(f.Name)
	path := filepath.Join(c.o.FileDir, name)
	if err := os.WriteFile(path, f.Data, 0o600); err != nil {
		return "", err
	}
	return path, nil
}

// Notifier returns the approval notifier that prints proposal updates as the message edits would
// appear: a step or a vote as one line (line: view.EventLine), a new state as the whole proposal.
// Every console shows every event, another replica's too.
func (c *Console) Notifier(render func(*approval.Proposal) chat.Message, line func(approval.Event) string) approval.Notifier {
	return approval.NotifierFunc(func(_ context.Context, ev approval.Event) {
		p := ev.Proposal
		switch ev.Kind {
		case approval.EvCreated:
			if p.Scheduled() || ev.Remote { // no command reply here shows it
				c.print("[proposals]\n" + Render(render(p)))
			}
			return
		case approval.EvVoted, approval.EvApproved, approval.EvExecuting, approval.EvQueued, approval.EvFlagged,
			approval.EvStepSent, approval.EvStepResent, approval.EvStepConfirmed, approval.EvStepReverted, approval.EvStepFailed, approval.EvStepRan:
			c.print("  ↳ " + line(ev) + "\n")
		case approval.EvStepSigned:
			// the send follows at once
		default:
			c.print("  ↳ updated:\n" + indent(Render(render(p))))
		}
	})
}

func indent(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = "    " + l
	}
	return strings.Join(lines, "\n") + "\n"
}
