package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.* from current output")

// goldenCases are the articles under testdata/ with the reference date
// each is read against.
var goldenCases = []struct {
	name    string
	refDate string // "" : from the text
}{
	{"pakistan-us-2025", "2025-08-06"},
	{"accra-talks", ""},
	{"kyiv-grain", "2024-10-15"},
	{"sahel-coup", ""},
}

func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = execute(args, stdio{strings.NewReader(stdin), &out, &errb})
	return out.String(), errb.String(), code
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test . -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s; review the change and rerun with go test . -update\n--- %s\n+++ got\n%s",
			path, path, lineDiff(string(want), got, 40))
	}
}

// lineDiff returns the lines that differ between want and got, each with
// its line number: "-" for a line only in want, "+" for one only in got.
// It shows at most limit lines and counts the rest.
func lineDiff(want, got string, limit int) string {
	a, b := splitLines(want), splitLines(got)
	// common[i][j] is the length of the longest common subsequence of
	// a[i:] and b[j:].
	common := make([][]int, len(a)+1)
	for i := range common {
		common[i] = make([]int, len(b)+1)
	}
	for i := len(a) - 1; i >= 0; i-- {
		for j := len(b) - 1; j >= 0; j-- {
			if a[i] == b[j] {
				common[i][j] = common[i+1][j+1] + 1
			} else {
				common[i][j] = max(common[i+1][j], common[i][j+1])
			}
		}
	}
	var out strings.Builder
	n := 0
	show := func(sign string, line int, s string) {
		if n < limit {
			if !strings.HasSuffix(s, "\n") {
				s += " (no newline at end)\n"
			}
			fmt.Fprintf(&out, "%s%d: %s", sign, line, s)
		}
		n++
	}
	i, j := 0, 0
	for i < len(a) || j < len(b) {
		switch {
		case i < len(a) && j < len(b) && a[i] == b[j]:
			i, j = i+1, j+1
		case i < len(a) && (j == len(b) || common[i+1][j] >= common[i][j+1]):
			show("-", i+1, a[i])
			i++
		default:
			show("+", j+1, b[j])
			j++
		}
	}
	if n > limit {
		fmt.Fprintf(&out, "... and %d more differing lines\n", n-limit)
	}
	return out.String()
}

// splitLines splits s after each newline; a last line without one is a
// line too.
func splitLines(s string) []string {
	lines := strings.SplitAfter(s, "\n")
	if lines[len(lines)-1] == "" {
		lines = lines[:len(lines)-1]
	}
	return lines
}

func TestLineDiff(t *testing.T) {
	tests := []struct {
		name, want, got string
		limit           int
		diff            string
	}{
		{"same", "a\nb\n", "a\nb\n", 10, ""},
		{"changed line", "a\nb\nc\n", "a\nB\nc\n", 10, "-2: b\n+2: B\n"},
		{"added line", "a\nc\n", "a\nb\nc\n", 10, "+2: b\n"},
		{"removed line", "a\nb\nc\n", "a\nc\n", 10, "-2: b\n"},
		{"no final newline", "a\n", "a", 10, "-1: a\n+1: a (no newline at end)\n"},
		{"from empty", "", "a\n", 10, "+1: a\n"},
		{"limited", "a\nb\nc\n", "x\ny\nz\n", 2, "-1: a\n-2: b\n... and 4 more differing lines\n"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := lineDiff(tc.want, tc.got, tc.limit); got != tc.diff {
				t.Errorf("lineDiff(%q, %q) =\n%s\nwant\n%s", tc.want, tc.got, got, tc.diff)
			}
		})
	}
}

func TestGolden(t *testing.T) {
	for _, tc := range goldenCases {
		for _, format := range []string{"table", "json"} {
			t.Run(tc.name+"/"+format, func(t *testing.T) {
				args := []string{"--format", format}
				if tc.refDate != "" {
					args = append(args, "--ref-date", tc.refDate)
				}
				args = append(args, filepath.Join("testdata", tc.name+".txt"))
				out, errOut, code := run(t, "", args...)
				if code != 0 {
					t.Fatalf("exit %d: %s", code, errOut)
				}
				ext := map[string]string{"table": ".golden.txt", "json": ".golden.json"}[format]
				checkGolden(t, filepath.Join("testdata", tc.name+ext), out)
			})
		}
	}
}

func TestStdinAndFileGiveTheSameTimeline(t *testing.T) {
	data, err := os.ReadFile("testdata/pakistan-us-2025.txt")
	if err != nil {
		t.Fatal(err)
	}
	fromFile, _, code := run(t, "", "--ref-date", "2025-08-06", "-f", "jsonl", "testdata/pakistan-us-2025.txt")
	if code != 0 {
		t.Fatalf("file: exit %d", code)
	}
	fromStdin, _, code := run(t, string(data), "--ref-date", "2025-08-06", "-f", "jsonl")
	if code != 0 {
		t.Fatalf("stdin: exit %d", code)
	}
	// the document object differs only in id and source
	norm := func(s string) string {
		s = strings.Replace(s, `"id":"pakistan-us-2025","source":"path"`, `"id":"X","source":"X"`, 1)
		return regexp.MustCompile(`"id":"stdin-[0-9a-f]{12}","source":"stdin"`).ReplaceAllString(s, `"id":"X","source":"X"`)
	}
	if norm(fromFile) != norm(fromStdin) {
		t.Errorf("stdin and file output differ:\n%s\n%s", fromFile, fromStdin)
	}
}

func TestJSONLKeepsOneLinePerInput(t *testing.T) {
	in := `{"id":"a","text":"On May 10, Pakistan fired missiles at Indian sites.","date":"2025-08-06"}
not json at all
{"id":"c","text":"","date":"2025-08-06"}
{"id":"d","text":"Last week, Kenya and Ghana signed a trade pact in Accra.","date":"2025-08-06"}
`
	out, errOut, code := run(t, in, "--input", "jsonl", "-f", "jsonl")
	if code != exitFailure {
		t.Errorf("exit %d, want %d: two records are bad", code, exitFailure)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != 4 {
		t.Fatalf("got %d output lines for 4 records:\n%s", len(lines), out)
	}
	for i, want := range []string{`"id":"a"`, `"line":2`, `"id":"c"`, `"id":"d"`} {
		if !strings.Contains(lines[i], want) {
			t.Errorf("line %d = %s, want it to hold %s", i+1, lines[i], want)
		}
	}
	if !strings.Contains(lines[1], `"error"`) || !strings.Contains(lines[2], `"error"`) {
		t.Errorf("bad records should be error records:\n%s", out)
	}
	if !strings.Contains(errOut, "stdin:2:") || !strings.Contains(errOut, "stdin:3:") {
		t.Errorf("stderr should name the bad lines, got:\n%s", errOut)
	}
	if !strings.Contains(lines[0], `"2025-05-10"`) || !strings.Contains(lines[3], `"2025-W31"`) {
		t.Errorf("good records should have their dated events:\n%s", out)
	}
}

// TestJSONLWithoutRecords reports a JSON Lines input with no record, as
// it does an empty text file, rather than printing nothing.
func TestJSONLWithoutRecords(t *testing.T) {
	out, errOut, code := run(t, "\n  \n", "--input", "jsonl", "-f", "jsonl")
	if code != exitFailure || !strings.Contains(errOut, "stdin: no JSON Lines records") || !strings.Contains(out, `"error"`) {
		t.Errorf("exit %d, output %q, stderr %q: want the input reported", code, out, errOut)
	}
}

// TestJSONLWithByteOrderMark reads a JSON Lines file that starts with a
// UTF-8 byte order mark, as some Windows editors save one.
func TestJSONLWithByteOrderMark(t *testing.T) {
	in := "\xef\xbb\xbf" + `{"id":"a","text":"On May 10, Pakistan fired missiles at Indian sites.","date":"2025-08-06"}` + "\n"
	out, errOut, code := run(t, in, "--input", "jsonl", "-f", "jsonl")
	if code != exitOK || !strings.Contains(out, `"id":"a"`) || !strings.Contains(out, `"2025-05-10"`) {
		t.Errorf("exit %d, output %s, stderr %s: want the record read", code, out, errOut)
	}
}

func TestBadInputs(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	tests := []struct {
		name    string
		path    string
		wantErr string
	}{
		{"empty", write("empty.txt", nil), "empty input"},
		{"binary", write("bin.txt", []byte("\x00\x01\x02 binary")), "binary input"},
		{"an image", write("img.txt", []byte("GIF89a\x00\x01\x02")), "a GIF image, not text"},
		{"missing", filepath.Join(dir, "nope.txt"), "no such file"},
	}
	good := "testdata/accra-talks.txt"
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := run(t, "", "-f", "jsonl", tc.path, good)
			if code != exitFailure {
				t.Errorf("exit %d, want %d", code, exitFailure)
			}
			if !strings.Contains(errOut, tc.path) || !strings.Contains(errOut, tc.wantErr) {
				t.Errorf("stderr %q should name %s and say %q", errOut, tc.path, tc.wantErr)
			}
			if n := strings.Count(out, "\n"); n != 2 {
				t.Errorf("want an error record and the good document, got %d lines:\n%s", n, out)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	tests := [][]string{
		{"--format", "yaml", "testdata/accra-talks.txt"},
		{"--ref-date", "6 Aug 2025", "testdata/accra-talks.txt"},
		{"--no-such-flag"},
		{"eval", "timeline"},
		{"-j", "100000000", "testdata/accra-talks.txt"},
		{"-j", "9223372036854775807", "testdata/accra-talks.txt"},
		{"-j", "-1", "testdata/accra-talks.txt"},
	}
	for _, args := range tests {
		t.Run(strings.Join(args, " "), func(t *testing.T) {
			_, errOut, code := run(t, "", args...)
			if code != exitUsage {
				t.Errorf("exit %d, want %d (stderr %q)", code, exitUsage, errOut)
			}
			if !strings.HasPrefix(errOut, "chronicle: ") {
				t.Errorf("stderr %q should start with chronicle:", errOut)
			}
		})
	}
}

func TestRefDateNoticeWhenNoneFound(t *testing.T) {
	_, errOut, code := run(t, "Pakistan fired missiles at Indian military sites on Tuesday, officials said.")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(errOut, "stdin: no publication date found") || !strings.Contains(errOut, "--ref-date") {
		t.Errorf("want a notice naming stdin and --ref-date, got %q", errOut)
	}
	_, errOut, _ = run(t, "", "testdata/accra-talks.txt")
	if errOut != "" {
		t.Errorf("a text with a date line needs no notice, got %q", errOut)
	}
}

func TestTagSpans(t *testing.T) {
	data, err := os.ReadFile("testdata/pakistan-us-2025.txt")
	if err != nil {
		t.Fatal(err)
	}
	out, errOut, code := run(t, "", "tag", "--ref-date", "2025-08-06", "-f", "json", "testdata/pakistan-us-2025.txt")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var doc tagDoc
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	kinds := map[string]bool{}
	for _, m := range doc.Mentions {
		if got := string(data[m.Span[0]:m.Span[1]]); got != m.Text {
			t.Errorf("mention %q: span %v slices %q", m.Text, m.Span, got)
		}
		kinds[m.Kind] = true
	}
	for _, k := range []string{"person", "country", "city", "region", "facility", "organization", "time"} {
		if !kinds[k] {
			t.Errorf("no %s mention found", k)
		}
	}
	find := func(text string) tagMention {
		for _, m := range doc.Mentions {
			if m.Text == text {
				return m
			}
		}
		t.Errorf("no mention %q", text)
		return tagMention{}
	}
	if m := find("late April"); m.Value != "2025-04" || m.Mod != "END" || m.TimexType != "DATE" {
		t.Errorf("late April = %+v", m)
	}
	if m := find("Munir"); m.Canonical != "Asim Munir" {
		t.Errorf("Munir canonical = %q, want Asim Munir", m.Canonical)
	}
	if m := find("Pakistani"); m.Canonical != "Pakistan" {
		t.Errorf("Pakistani canonical = %q, want Pakistan", m.Canonical)
	}
}

func TestOutputIsDeterministic(t *testing.T) {
	args := []string{"--ref-date", "2025-08-06", "-f", "json", "testdata/pakistan-us-2025.txt", "testdata/accra-talks.txt"}
	first, errOut, code := run(t, "", args...)
	if code != 0 || !strings.Contains(first, `"events"`) {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	outs := make([]string, 3)
	var wg sync.WaitGroup
	for i := range outs {
		wg.Add(1)
		go func() { // in parallel, as STYLE asks
			defer wg.Done()
			outs[i], _, _ = run(t, "", args...)
		}()
	}
	wg.Wait()
	for i, again := range outs {
		if again != first {
			t.Errorf("parallel run %d differs from the first", i+1)
		}
	}
}

// TestREADMEShowsTheGolden checks that README.md shows the example's
// golden table whole and the start of its golden JSON; with -update it
// copies them in.
func TestREADMEShowsTheGolden(t *testing.T) {
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	table, err := os.ReadFile("testdata/pakistan-us-2025.golden.txt")
	if err != nil {
		t.Fatal(err)
	}
	js, err := os.ReadFile("testdata/pakistan-us-2025.golden.json")
	if err != nil {
		t.Fatal(err)
	}
	// the JSON excerpt runs to the end of the first event
	end := bytes.Index(js, []byte("\n    },\n"))
	if end < 0 {
		t.Fatal("golden JSON has no event")
	}
	excerpt := js[:end+len("\n    },\n")]
	text := string(readme)
	text, okTable := replaceBlock(text, "$ chronicle --ref-date 2025-08-06 testdata/pakistan-us-2025.txt\n", "```", string(table))
	text, okJSON := replaceBlock(text, "```json\n", "  ...\n```", string(excerpt))
	if !okTable || !okJSON {
		t.Fatal("README.md lost the blocks that show the example's table and JSON")
	}
	if *update {
		if err := os.WriteFile("README.md", []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if text != string(readme) {
		t.Errorf("README.md does not show the golden table and JSON of testdata/pakistan-us-2025; rerun with go test . -update")
	}
}

// replaceBlock replaces what stands between the first start marker and the
// next end marker.
func replaceBlock(text, start, end, body string) (string, bool) {
	i := strings.Index(text, start)
	if i < 0 {
		return text, false
	}
	i += len(start)
	j := strings.Index(text[i:], end)
	if j < 0 {
		return text, false
	}
	return text[:i] + body + text[i+j:], true
}

func TestParallelKeepsInputOrder(t *testing.T) {
	var in strings.Builder
	texts := []string{
		"On May 10, Pakistan fired missiles at Indian military sites.",
		"Last week, Kenya and Ghana signed a trade pact in Accra.",
		"Protesters rallied in Belgrade on Sunday against the government.",
		"The foreign ministers of Chile and Peru met in Lima on Tuesday.",
	}
	for i := 0; i < 40; i++ {
		rec, _ := json.Marshal(record{ID: fmt.Sprintf("doc%02d", i), Text: texts[i%len(texts)], Date: "2025-08-06"})
		in.Write(rec)
		in.WriteByte('\n')
	}
	serial, _, code := run(t, in.String(), "--input", "jsonl", "-f", "jsonl", "-j", "1")
	if code != 0 {
		t.Fatalf("-j 1: exit %d", code)
	}
	parallel, _, code := run(t, in.String(), "--input", "jsonl", "-f", "jsonl", "-j", "4")
	if code != 0 {
		t.Fatalf("-j 4: exit %d", code)
	}
	if serial != parallel {
		t.Errorf("-j 4 output differs from -j 1")
	}
	for _, format := range []string{"table", "csv", "markdown"} { // streamed too
		serial, _, _ := run(t, in.String(), "--input", "jsonl", "-f", format, "-j", "1")
		parallel, _, _ := run(t, in.String(), "--input", "jsonl", "-f", format, "-j", "4")
		if serial != parallel || !strings.Contains(serial, "doc39") {
			t.Errorf("-f %s: -j 4 output differs from -j 1, or lacks doc39", format)
		}
	}
	lines := strings.Split(strings.TrimSpace(parallel), "\n")
	if len(lines) != 40 {
		t.Fatalf("%d lines for 40 records", len(lines))
	}
	for i, l := range lines {
		if !strings.Contains(l, fmt.Sprintf(`"id":"doc%02d"`, i)) {
			t.Fatalf("line %d is not doc%02d: %.80s", i+1, i, l)
		}
	}
}

func TestHTMLInputIsReducedToText(t *testing.T) {
	page := `<!DOCTYPE html><html><head><title>Talks</title><script>var x = "On May 1 they met";</script></head>
<body><nav>Home | World</nav><article><p>On May 10, Pakistan fired missiles at Indian military sites.</p>
<p>Officials said the strikes caused no casualties &amp; no damage.</p></article></body></html>`
	out, errOut, code := run(t, page, "--ref-date", "2025-08-06", "-f", "json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, `"value": "2025-05-10"`) || !strings.Contains(out, `"trigger": "fired"`) {
		t.Errorf("the event in the article text was not found:\n%s", out)
	}
	if strings.Contains(out, "2025-05-01") || strings.Contains(out, "<p>") {
		t.Errorf("script or markup leaked into the text:\n%s", out)
	}
}

// FuzzReadRecords feeds any bytes to the JSON Lines reader: it must not
// panic, and every non-blank line must come out as exactly one document,
// numbered with its line (an input without one, as one document that says
// so).
func FuzzReadRecords(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"On May 10 they met.","date":"2025-08-06"}` + "\n"))
	f.Add([]byte("not json\n\n{\"text\": \"\"}\n{\"id\": 3}\n"))
	f.Add([]byte("{\"text\":\"caf\\u00e9\",\"date\":\"10 May\"}\r\n\x00\xff"))
	f.Fuzz(func(t *testing.T, data []byte) {
		want := 0
		for _, line := range bytes.Split(data, []byte("\n")) {
			if len(bytes.TrimSpace(line)) > 0 {
				want++
			}
		}
		got := 0
		err := readRecords("fuzz.jsonl", bytes.NewReader(data), defaultMaxBytes, func(d document) error {
			got++
			d.decode()
			if d.line < 1 && d.err != errNoRecords || d.name == "" || d.id == "" {
				t.Fatalf("document without a line, name or id: %+v", d)
			}
			if d.err == nil && strings.TrimSpace(d.text) == "" {
				t.Fatalf("line %d: an empty text with no error", d.line)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		if want == 0 {
			want = 1 // an input without a record is reported as one
		}
		if got != want {
			t.Fatalf("%d documents for %d non-blank lines", got, want)
		}
	})
}

// TestLongSingleLine feeds a text of over a megabyte on one line, as a
// scraped page can be: it is read whole, in chunks, into one document.
func TestLongSingleLine(t *testing.T) {
	var b strings.Builder
	for i := 0; b.Len() < 1<<20; i++ {
		fmt.Fprintf(&b, "On May %d, rebels attacked a convoy near Goma and officials in Kinshasa condemned the attack. ", 1+i%28)
	}
	out, errOut, code := run(t, b.String(), "--ref-date", "2025-08-06", "-f", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if n := strings.Count(out, "\n"); n != 1 {
		t.Fatalf("want one line for one document, got %d", n)
	}
	var tl struct {
		Events []struct {
			Date struct{ Value string } `json:"date"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatal(err)
	}
	days := map[string]bool{}
	for _, e := range tl.Events {
		days[e.Date.Value] = true
	}
	if len(days) < 28 {
		t.Errorf("events on %d days, want the 28 days the text names", len(days))
	}
}
