package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// TestFormatFlag checks what each command makes of the format table: the
// help of --format, the formats it accepts and the message for one it does
// not.
func TestFormatFlag(t *testing.T) {
	timelineHelp := `output format: "table", "json", "jsonl", "csv", "markdown" (or "md"), "timelinejs" or "html"`
	timelineSpellings := []string{"table", "json", "jsonl", "csv", "markdown", "md", "timelinejs", "html"}
	tests := []struct {
		name      string
		cmd       []string
		formats   formatList
		help      string
		spellings []string
		rejected  string // stderr for --format yaml
	}{
		{"root", nil, timelineFormats(), timelineHelp, timelineSpellings,
			`unknown --format "yaml" (want table, json, jsonl, csv, markdown, md, timelinejs, html)`},
		{"extract", []string{"extract"}, timelineFormats(), timelineHelp, timelineSpellings,
			`unknown --format "yaml" (want table, json, jsonl, csv, markdown, md, timelinejs, html)`},
		{"tag", []string{"tag"}, tagFormats(), `output format: "table", "json" or "jsonl"`, []string{"table", "json", "jsonl"},
			`unknown --format "yaml" (want table, json, jsonl)`},
		{"merge", []string{"merge"}, timelineFormats(), `output format: "table", "json", "jsonl", "csv", "markdown", "timelinejs" or "html"`, timelineSpellings,
			`unknown --format "yaml" (want table, json, jsonl, csv, markdown, timelinejs or html)`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var out, errb bytes.Buffer
			cmd, _, err := newRootCmd(stdio{strings.NewReader(""), &out, &errb}).Find(tc.cmd)
			if err != nil {
				t.Fatal(err)
			}
			f := cmd.Flags().Lookup("format")
			if f == nil || f.Shorthand != "f" || f.DefValue != "table" {
				t.Fatalf("--format = %+v, want -f with default table", f)
			}
			if f.Usage != tc.help {
				t.Errorf("help\n got %s\nwant %s", f.Usage, tc.help)
			}
			if got := tc.formats.spellings(); !slices.Equal(got, tc.spellings) {
				t.Errorf("accepts %q, want %q", got, tc.spellings)
			}
			_, errOut, code := run(t, "", append(tc.cmd, "--format", "yaml", "testdata/accra-talks.txt")...)
			if want := "chronicle: " + tc.rejected + "\n"; code != exitUsage || errOut != want {
				t.Errorf("--format yaml: exit %d, stderr %q; want exit %d, %q", code, errOut, exitUsage, want)
			}
		})
	}
}

// TestFormatNamed checks that every spelling of the table finds its row.
func TestFormatNamed(t *testing.T) {
	for _, f := range outputFormats {
		for _, s := range append([]string{f.name}, f.aliases...) {
			if got := formatNamed(s); got.name != f.name {
				t.Errorf("formatNamed(%q) = %q, want %q", s, got.name, f.name)
			}
		}
		if f.timelines == nil && f.tag == nil {
			t.Errorf("format %q: no command writes it", f.name)
		}
	}
}

// TestJSONOfSeveralInputs checks that -f json writes one JSON value
// whatever the number of documents: the object for one, an array for
// several, which merge reads back; jsonl keeps one line per document.
func TestJSONOfSeveralInputs(t *testing.T) {
	two := []string{"--ref-date", "2024-10-15", "testdata/accra-talks.txt", "testdata/kyiv-grain.txt"}
	tests := []struct {
		name string
		args []string
		docs int // 0: a single object
	}{
		{"one input", []string{"-f", "json", "--ref-date", "2024-10-15", "testdata/accra-talks.txt"}, 0},
		{"two inputs", append([]string{"-f", "json"}, two...), 2},
		{"records", []string{"-f", "json", "--input", "jsonl"}, 3},
		{"tag, two inputs", append([]string{"tag", "-f", "json"}, two...), 2},
	}
	records := `{"id":"a","text":"On May 10, Pakistan fired missiles.","date":"2025-08-06"}
{"id":"b","text":"Last week, Kenya and Ghana signed a pact.","date":"2025-08-06"}
{"id":"c","text":"On Tuesday the ministers met in Lima.","date":"2025-08-06"}
`
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := run(t, records, tc.args...)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			var v any
			if err := json.Unmarshal([]byte(out), &v); err != nil {
				t.Fatalf("not one JSON value: %v\n%.300s", err, out)
			}
			docs, isArray := v.([]any)
			switch {
			case tc.docs == 0 && isArray:
				t.Errorf("one document should be an object, not an array")
			case tc.docs > 0 && len(docs) != tc.docs:
				t.Errorf("got %d documents (array: %v), want an array of %d", len(docs), isArray, tc.docs)
			}
			if !strings.HasSuffix(out, "\n") || strings.Contains(out, "\n\n") {
				t.Errorf("want one newline at the end and no blank lines")
			}
			if tc.args[0] == "tag" {
				return
			}
			merged, errOut, code := run(t, out, "merge", "-f", "jsonl")
			if code != 0 || strings.Count(merged, "\n") != 1 {
				t.Errorf("merge of the output: exit %d, %d lines: %s", code, strings.Count(merged, "\n"), errOut)
			}
		})
	}
	out, _, _ := run(t, "", append([]string{"-f", "jsonl"}, two...)...)
	if n := strings.Count(out, "\n"); n != 2 || strings.HasPrefix(out, "[") {
		t.Errorf("jsonl of two inputs: %d lines, want two lines of objects", n)
	}
}

// TestTableFitsColumns checks that the table fits $COLUMNS (the terminal's
// width when stdout is one), and that --wide and an unset COLUMNS keep the
// widths of the golden files.
func TestTableFitsColumns(t *testing.T) {
	args := []string{"--ref-date", "2025-08-06", "testdata/pakistan-us-2025.txt"}
	golden, err := os.ReadFile("testdata/pakistan-us-2025.golden.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, cols := range []int{80, 100, 132} {
		t.Run(fmt.Sprintf("COLUMNS=%d", cols), func(t *testing.T) {
			t.Setenv("COLUMNS", strconv.Itoa(cols))
			for _, cmd := range [][]string{args, append([]string{"--sentence"}, args...)} {
				out, errOut, code := run(t, "", cmd...)
				if code != 0 {
					t.Fatalf("exit %d: %s", code, errOut)
				}
				for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
					if w := twwidth.Width(l); w > cols {
						t.Errorf("%v: line %d is %d columns wide:\n%s", cmd, i+1, w, out)
						break
					}
				}
			}
			wide, _, _ := run(t, "", append([]string{"--wide"}, args...)...)
			if !strings.Contains(wide, "Pakistani forces launched “Operation Bunyanum Marsoos” in retaliation for Indian strikes") {
				t.Errorf("--wide should not cut cells to fit COLUMNS:\n%s", wide)
			}
		})
	}
	t.Run("COLUMNS unset", func(t *testing.T) {
		out, _, _ := run(t, "", args...)
		if out != string(golden) {
			t.Errorf("without COLUMNS the table should be the golden one:\n%s", out)
		}
	})
	t.Run("merge", func(t *testing.T) {
		t.Setenv("COLUMNS", "80")
		jsonl, _, _ := run(t, "", append([]string{"-f", "jsonl"}, args...)...)
		out, _, _ := run(t, jsonl, "merge")
		for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
			if twwidth.Width(l) > 80 {
				t.Errorf("merge at COLUMNS=80: %d columns: %q", twwidth.Width(l), l)
			}
		}
	})
}

// TestFiltersOnTheTimelineCommand checks --from, --to, --type, --actor and
// --place on the main command, and that a place matches its country.
func TestFiltersOnTheTimelineCommand(t *testing.T) {
	text := "On Monday, Iran and the United States held talks in Geneva. " +
		"On Tuesday, Pakistani forces attacked positions near Srinagar. " +
		"On Wednesday, Kenya and Ghana signed a trade pact in Accra."
	tests := []struct {
		args []string
		want []string // the triggers listed, in order
	}{
		{nil, []string{"held talks", "attacked", "signed a trade pact"}},
		{[]string{"--place", "Switzerland"}, []string{"held talks"}},
		{[]string{"--place", "geneva"}, []string{"held talks"}},
		{[]string{"--place", "India"}, []string{"attacked"}},
		{[]string{"--actor", "Pakistan"}, []string{"attacked"}},
		{[]string{"--type", "agreement,attack"}, []string{"attacked", "signed a trade pact"}},
		{[]string{"--from", "2025-08-05", "--to", "2025-08-05"}, []string{"attacked"}},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			if got := filteredTriggers(t, text, tc.args...); !slices.Equal(got, tc.want) {
				t.Errorf("events %q, want %q", got, tc.want)
			}
		})
	}
	_, _, code := run(t, text, "--type", "bogus")
	if code != exitUsage {
		t.Errorf("--type bogus: exit %d, want %d", code, exitUsage)
	}
}

// TestPlaceByRegion checks that --place on the main command matches the
// world region of a place's country.
func TestPlaceByRegion(t *testing.T) {
	text := "On Monday, Iran and the United States held talks in Geneva. " +
		"On Tuesday, gunmen attacked a shopping centre in Nairobi."
	tests := []struct {
		args []string
		want []string // the triggers listed, in order
	}{
		{nil, []string{"held talks", "attacked"}},
		{[]string{"--place", "Europe"}, []string{"held talks"}},
		{[]string{"--place", "western europe"}, []string{"held talks"}},
		{[]string{"--place", "Africa"}, []string{"attacked"}},
		{[]string{"--place", "Eastern Africa"}, []string{"attacked"}},
		{[]string{"--place", "Asia"}, nil},
	}
	for _, tc := range tests {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			if got := filteredTriggers(t, text, tc.args...); !slices.Equal(got, tc.want) {
				t.Errorf("events %q, want %q", got, tc.want)
			}
		})
	}
}

// TestTablesStreamAsDocumentsFinish checks that the timeline command writes
// the rows of a table, CSV and Markdown while its input is still being
// read: records go into a pipe one at a time until output appears, and
// only then is the pipe closed. A format that waited for the end of its
// input would write nothing before the pipe closes. The table needs its
// first block of timeline.TableBlock rows (about 25 of these records with
// --all), Markdown two records, CSV one.
func TestTablesStreamAsDocumentsFinish(t *testing.T) {
	var text strings.Builder
	for _, c := range goldenCases {
		b, err := os.ReadFile("testdata/" + c.name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		text.Write(b)
		text.WriteString("\n\n")
	}
	const most = 200 // records
	for _, format := range []string{"table", "csv", "markdown"} {
		t.Run(format, func(t *testing.T) {
			in, feed := io.Pipe()
			var closed atomic.Bool
			out := &firstWrite{got: make(chan struct{}), closed: &closed}
			code := make(chan int, 1)
			go func() {
				code <- execute([]string{"--input", "jsonl", "--all", "--ref-date", "2025-08-06", "-j", "2", "-f", format},
					stdio{in, out, io.Discard})
			}()
			sent := 0
		feeding:
			for ; sent < most; sent++ {
				select {
				case <-out.got:
					break feeding
				default:
				}
				rec, _ := json.Marshal(record{ID: fmt.Sprintf("doc%03d", sent), Text: text.String()})
				if _, err := feed.Write(append(rec, '\n')); err != nil {
					t.Fatal(err)
				}
			}
			closed.Store(true)
			feed.Close()
			if c := <-code; c != 0 {
				t.Fatalf("exit %d", c)
			}
			if !out.early {
				t.Fatalf("nothing was written before the input ended (%d records)", sent)
			}
			t.Logf("the first rows came while record %d of %d was being sent", sent, most)
			got := out.buf.String()
			switch format {
			case "csv":
				recs, err := csv.NewReader(strings.NewReader(got)).ReadAll()
				if err != nil || recs[0][0] != "doc" || slices.ContainsFunc(recs[1:], func(r []string) bool { return r[0] == "doc" }) {
					t.Errorf("want one header line, then rows (%v):\n%.300s", err, got)
				}
			case "table", "markdown":
				header := "DOC  "
				if format == "markdown" {
					header = "| DOC |"
				}
				if strings.Count(got, header) != 1 || !strings.HasPrefix(got, header) {
					t.Errorf("want one header line, first:\n%.300s", got)
				}
			}
			if !strings.Contains(got, fmt.Sprintf("doc%03d", sent-1)) {
				t.Errorf("the last record's rows are missing")
			}
		})
	}
}

// filteredTriggers runs chronicle on text with args (and a fixed reference
// date) and returns the triggers of the events it lists, in order.
func filteredTriggers(t *testing.T, text string, args ...string) []string {
	t.Helper()
	out, errOut, code := run(t, text, append([]string{"--ref-date", "2025-08-07", "-f", "jsonl"}, args...)...)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var tl struct {
		Events []struct {
			Trigger string `json:"trigger"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &tl); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range tl.Events {
		got = append(got, e.Trigger)
	}
	return got
}

// firstWrite is an io.Writer that keeps what is written, and notes whether
// the first write came before closed was set.
type firstWrite struct {
	buf    bytes.Buffer
	got    chan struct{} // closed at the first write
	closed *atomic.Bool
	early  bool
}

func (w *firstWrite) Write(p []byte) (int, error) {
	if w.buf.Len() == 0 && len(p) > 0 {
		w.early = !w.closed.Load()
		close(w.got)
	}
	return w.buf.Write(p)
}
