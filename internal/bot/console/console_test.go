package console

import (
	"bytes"
	"context"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/morbotlabs/morbot/internal/chat"
)

// A line over MaxLine is refused with its length and the console goes on with the next line.
func TestOverlongLineIsRefusedAndTheConsoleGoesOn(t *testing.T) {
	t.Parallel()
	long := "/mor " + strings.Repeat("x", 100<<10)
	in := strings.NewReader(long + "\n/as bob\n")
	var out bytes.Buffer
	c := New(Options{In: in, Out: &out, User: "alice", Script: true})
	if err := c.Run(context.Background()); err != nil {
		t.Fatalf("Run ended with %v", err)
	}
	got := out.String()
	want := "✗ that line is 102406 bytes long; lines are at most 65536 bytes, so nothing was run\n"
	if !strings.Contains(got, want) {
		t.Fatalf("output %q lacks %q", got, want)
	}
	if !strings.Contains(got, "• you are now bob") {
		t.Fatalf("the console stopped after the long line: %q", got)
	}
	if c.identity().ID != "bob" {
		t.Fatal("the line after the long one was not run")
	}
	// A line of exactly MaxLine bytes is still read.
	exact := "/as " + strings.Repeat("c", MaxLine-4)
	ch := make(chan inputLine, 4)
	go readLines(strings.NewReader(exact+"\r\n"), ch)
	if l := <-ch; l.tooLong != 0 || l.text != exact {
		t.Fatalf("a %d-byte line: tooLong %d, text length %d", MaxLine, l.tooLong, len(l.text))
	}
}

// Run returns when its context ends, even while it waits for input.
func TestRunStopsWithItsContext(t *testing.T) {
	t.Parallel()
	r, w := io.Pipe()
	defer w.Close()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- New(Options{In: r, Out: io.Discard, User: "alice"}).Run(ctx) }()
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
}

// A terminal cannot show a picture: the console writes an attachment to a file and prints its path.
func TestAttachmentsAreWrittenToAFile(t *testing.T) {
	var out bytes.Buffer
	dir := t.TempDir()
	c := New(Options{Out: &out, FileDir: dir})
	png := []byte("\x89PNG\r\n\x1a\nfake")
	if err := c.Post(context.Background(), "reports", chat.Message{Title: "Status report", Files: []chat.File{{Name: "morbot-weekly.png", ContentType: "image/png", Data: png}}}); err != nil {
		t.Fatal(err)
	}
	_, after, ok := strings.Cut(out.String(), "written to ")
	if !ok {
		t.Fatalf("no path printed:\n%s", out.String())
	}
	path := strings.TrimSuffix(strings.TrimSpace(after), "]")
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, png) || filepath.Dir(path) != dir || !strings.HasSuffix(path, "-morbot-weekly.png") {
		t.Fatalf("attachment at %q: %v %q", path, err, got)
	}
}
