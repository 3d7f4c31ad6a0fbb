package main

import (
	"bytes"
	"slices"
	"strings"
	"testing"
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
