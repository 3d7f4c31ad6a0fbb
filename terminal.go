package main

import (
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// This file holds what chronicle does differently when it talks to a
// terminal: the progress bar on stderr (and messages that never share its
// line), the width of the table on stdout, and a hint when it would wait
// for text typed at the terminal. golang.org/x/term is imported here only.

// isTerminal reports whether v is a file that is a terminal.
func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// hintIfTyping prints a one-line hint on stderr when chronicle is about to
// read standard input (no file named, or "-") and standard input is a
// terminal, so that it does not wait silently for text to be typed.
func hintIfTyping(std stdio, args []string, what string) {
	if (len(args) == 0 || slices.Contains(args, "-")) && isTerminal(std.in) {
		fmt.Fprintf(std.err, "chronicle: reading %s from the terminal: paste it and press Ctrl-D, or name files (chronicle --help)\n", what)
	}
}

// tableWidth returns the width the table should fit: the terminal's when
// out is one, else $COLUMNS when it is a positive number, else 0 (no
// limit: the widths of a table in a file or a pipe do not change).
func tableWidth(out io.Writer) int {
	if isTerminal(out) {
		if w, _, err := term.GetSize(int(out.(*os.File).Fd())); err == nil && w > 0 {
			return w
		}
	}
	if w, err := strconv.Atoi(os.Getenv("COLUMNS")); err == nil && w > 0 {
		return w
	}
	return 0
}

// progress shows how many documents are done, on stderr, only when stderr
// is a terminal: piped or redirected, chronicle prints nothing extra. It
// uses schollz/progressbar, which handles terminal width, throttling and
// clearing, so that we need not.
type progress struct {
	bar *progressbar.ProgressBar // nil: silent
}

func newProgress(stderr io.Writer) *progress {
	if !isTerminal(stderr) {
		return &progress{}
	}
	f := stderr.(*os.File)
	bar := progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(f),
		progressbar.OptionSetDescription("documents"),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("docs"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionSpinnerType(14),
		progressbar.OptionClearOnFinish(),
	)
	return &progress{bar: bar}
}

func (p *progress) add(n int) {
	if p.bar != nil {
		_ = p.bar.Add(n)
	}
}

func (p *progress) finish() {
	if p.bar != nil {
		_ = p.bar.Finish()
	}
}

// say writes a message to w (stderr) on a line of its own: while the bar
// is shown, it first clears the bar's line (the bar is drawn again on the
// next document).
func (p *progress) say(w io.Writer, format string, args ...any) {
	if p.bar != nil {
		fmt.Fprint(w, "\r\x1b[K")
	}
	fmt.Fprintf(w, format, args...)
}
