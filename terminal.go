package main

import (
	"io"
	"os"
	"strconv"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"
)

// This file holds what chronicle does differently when it talks to a
// terminal: the progress bar on stderr and the width of the table on
// stdout. golang.org/x/term is imported here only.

// tableWidth returns the width the table should fit: the terminal's when
// out is one, else $COLUMNS when it is a positive number, else 0 (no
// limit: the widths of a table in a file or a pipe do not change).
func tableWidth(out io.Writer) int {
	if f, ok := out.(*os.File); ok && term.IsTerminal(int(f.Fd())) {
		if w, _, err := term.GetSize(int(f.Fd())); err == nil && w > 0 {
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
	f, ok := stderr.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return &progress{}
	}
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
