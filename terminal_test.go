//go:build linux

package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"unsafe"
)

// openPTY opens a pseudo-terminal: the controlling side, and the terminal
// side that chronicle sees as a terminal. It skips the test where there
// is none.
func openPTY(t *testing.T) (ptmx, tty *os.File) {
	t.Helper()
	ptmx, err := os.OpenFile("/dev/ptmx", os.O_RDWR, 0)
	if err != nil {
		t.Skipf("no pseudo-terminal: %v", err)
	}
	var n uint32
	unlock := int32(0)
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ptmx.Fd(), syscall.TIOCSPTLCK, uintptr(unsafe.Pointer(&unlock))); e != 0 {
		t.Skipf("unlocking the pseudo-terminal: %v", e)
	}
	if _, _, e := syscall.Syscall(syscall.SYS_IOCTL, ptmx.Fd(), syscall.TIOCGPTN, uintptr(unsafe.Pointer(&n))); e != 0 {
		t.Skipf("naming the pseudo-terminal: %v", e)
	}
	tty, err = os.OpenFile(fmt.Sprintf("/dev/pts/%d", n), os.O_RDWR|syscall.O_NOCTTY, 0)
	if err != nil {
		t.Skipf("opening the pseudo-terminal: %v", err)
	}
	t.Cleanup(func() { ptmx.Close(); tty.Close() })
	return ptmx, tty
}

// TestHintWhenReadingATerminal checks that chronicle with no file, its
// standard input a terminal, says so in one line instead of waiting
// silently, and that it says nothing when standard input is a pipe.
func TestHintWhenReadingATerminal(t *testing.T) {
	ptmx, tty := openPTY(t)
	if _, err := ptmx.Write([]byte{4}); err != nil { // Ctrl-D: the end of the input
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	execute([]string{"--ref-date", "2025-08-06"}, stdio{tty, &out, &errb})
	lines := strings.Split(strings.TrimSpace(errb.String()), "\n")
	if !strings.Contains(lines[0], "reading an article from the terminal") || !strings.Contains(lines[0], "Ctrl-D") {
		t.Errorf("stderr %q should start with a one-line hint", errb.String())
	}
	_, errOut, _ := run(t, "On May 10, Pakistan fired missiles.", "--ref-date", "2025-08-06")
	if strings.Contains(errOut, "terminal") {
		t.Errorf("no hint when stdin is not a terminal, got %q", errOut)
	}
}

// TestMessagesClearTheProgressLine checks that, with the progress bar on a
// terminal, every message starts on a line of its own.
func TestMessagesClearTheProgressLine(t *testing.T) {
	ptmx, tty := openPTY(t)
	dir := t.TempDir()
	bad := filepath.Join(dir, "empty.txt")
	if err := os.WriteFile(bad, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	got := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(ptmx) // until the terminal side closes
		got <- b
	}()
	var out bytes.Buffer
	execute([]string{"-f", "jsonl", "testdata/accra-talks.txt", bad, "testdata/kyiv-grain.txt", bad}, stdio{strings.NewReader(""), &out, tty})
	tty.Close()
	screen := string(<-got)
	msgs := regexp.MustCompile(`chronicle: [^\r\n]*empty\.txt[^\r\n]*`).FindAllStringIndex(screen, -1)
	if len(msgs) < 2 {
		t.Fatalf("want the two errors on the terminal, got %q", screen)
	}
	for _, m := range msgs {
		before := screen[:m[0]]
		if !strings.HasSuffix(before, "\r\x1b[K") && !strings.HasSuffix(before, "\n") && before != "" {
			t.Errorf("a message shares a line with what came before it: %q", screen[max(0, m[0]-40):m[1]])
		}
	}
}
