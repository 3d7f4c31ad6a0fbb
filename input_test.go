package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf16"
)

// fold wraps every line of s at width columns, breaking after a space, as
// fold -s -w width does.
func fold(s string, width int) string {
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		for len(line) > width {
			cut := strings.LastIndexByte(line[:width], ' ') + 1
			if cut == 0 {
				cut = width
			}
			b.WriteString(line[:cut] + "\n")
			line = line[cut:]
		}
		b.WriteString(line)
	}
	return b.String()
}

// TestWrappedExampleGivesTheGoldenTable: the bundled example hard-wrapped
// at 72 columns (as wire copy and e-mail arrive) gives exactly its golden
// table.
func TestWrappedExampleGivesTheGoldenTable(t *testing.T) {
	data, err := os.ReadFile("testdata/pakistan-us-2025.txt")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("testdata/pakistan-us-2025.golden.txt")
	if err != nil {
		t.Fatal(err)
	}
	wrapped := fold(string(data), 72)
	if wrapped == string(data) {
		t.Fatal("the example has no line over 72 columns to wrap")
	}
	for _, crlf := range []bool{false, true} {
		in := wrapped
		if crlf {
			in = strings.ReplaceAll(in, "\n", "\r\n")
		}
		out, errOut, code := run(t, in, "--ref-date", "2025-08-06")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errOut)
		}
		if out != string(want) {
			t.Errorf("wrapped (CRLF %v) differs from the golden table:\n%s", crlf, lineDiff(string(want), out, 40))
		}
	}
}

// TestEncodingsGiveTheSameTimeline: the example in UTF-16 and in
// Windows-1252 gives the plain run's JSON, with a notice for the guess.
func TestEncodingsGiveTheSameTimeline(t *testing.T) {
	data, err := os.ReadFile("testdata/kyiv-grain.txt")
	if err != nil {
		t.Fatal(err)
	}
	plain, _, code := run(t, string(data), "--ref-date", "2024-10-15", "-f", "jsonl")
	if code != 0 {
		t.Fatalf("plain: exit %d", code)
	}
	u16 := []byte{0xFF, 0xFE}
	for _, u := range utf16.Encode([]rune(string(data))) {
		u16 = append(u16, byte(u), byte(u>>8))
	}
	cp := strings.NewReplacer("’", "\x92", "—", "\x97", "“", "\x93", "”", "\x94").Replace(string(data))
	tests := []struct {
		name, in, notice string
	}{
		{"UTF-16LE", string(u16), ""},
		{"Windows-1252", cp, "stdin: not UTF-8: read as Windows-1252"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			out, errOut, code := run(t, tc.in, "--ref-date", "2024-10-15", "-f", "jsonl")
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errOut)
			}
			if out != plain {
				t.Errorf("output differs from the UTF-8 run:\n%s", lineDiff(plain, out, 20))
			}
			if tc.notice != "" && !strings.Contains(errOut, tc.notice) {
				t.Errorf("stderr %q should say %q", errOut, tc.notice)
			}
		})
	}
}

func TestRefDateForms(t *testing.T) {
	for _, d := range []string{"2024-10-15", "2024-10-15T09:30:00Z", "2024-10-15T23:30:00-05:00", "20241015"} {
		out, errOut, code := run(t, "", "--ref-date", d, "-f", "jsonl", "testdata/kyiv-grain.txt")
		if code != 0 {
			t.Fatalf("--ref-date %s: exit %d: %s", d, code, errOut)
		}
		if !strings.Contains(out, `"ref_date":"2024-10-15","ref_date_source":"flag"`) {
			t.Errorf("--ref-date %s: document is not dated 2024-10-15: %.200s", d, out)
		}
	}
	rec := `{"id": "r1", "text": "Talks opened in Geneva on Tuesday.", "date": "2024-10-15T09:30:00+02:00"}` + "\n"
	out, errOut, code := run(t, rec, "--input", "jsonl", "-f", "jsonl")
	if code != 0 || !strings.Contains(out, `"ref_date":"2024-10-15","ref_date_source":"record"`) {
		t.Errorf("record with an ISO timestamp: exit %d, %s %s", code, out, errOut)
	}
	_, errOut, code = run(t, "", "--ref-date", "15/10/2024", "testdata/kyiv-grain.txt")
	if code != exitUsage || !strings.Contains(errOut, "2025-03-14T09:30:00Z") {
		t.Errorf("a bad --ref-date: exit %d, %q", code, errOut)
	}
}

func TestPageMetadataGivesTheRefDate(t *testing.T) {
	page := `<!DOCTYPE html><html><head><meta property="article:published_time" content="2024-10-15T08:00:00Z">
<title>Drones hit Odesa</title><body><p>Russian drones struck grain silos in Odesa on Tuesday, officials said.</p>`
	out, errOut, code := run(t, page, "-f", "jsonl")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if !strings.Contains(out, `"ref_date":"2024-10-15","ref_date_source":"metadata"`) || !strings.Contains(out, `"value":"2024-10-15"`) {
		t.Errorf("the page's date was not used: %s", out)
	}
	if strings.Contains(errOut, "no publication date") {
		t.Errorf("a notice for a dated page: %s", errOut)
	}
}

func TestFolderArgument(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("b.txt", "Talks opened in Geneva on Tuesday.")
	write("a.html", "<p>Troops crossed the border on Monday.</p>")
	write("notes.pdf", "%PDF-1.7")
	write("sub/c.md", "The ministers met in Doha on Friday.")
	write(".hidden.txt", "Nothing here.")
	out, errOut, code := run(t, "", "--ref-date", "2025-08-06", "-f", "jsonl", dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	if got := strings.Count(out, "\n"); got != 2 || strings.Index(out, `"id":"a"`) > strings.Index(out, `"id":"b"`) {
		t.Errorf("want a then b, got:\n%s", out)
	}
	if !strings.Contains(errOut, "reading 2 files") {
		t.Errorf("stderr %q should say how many files the folder gave", errOut)
	}
	out, errOut, code = run(t, "", "--ref-date", "2025-08-06", "-f", "jsonl", "-r", dir)
	if code != 0 || strings.Count(out, "\n") != 3 || !strings.Contains(errOut, "reading 3 files") {
		t.Errorf("-r: exit %d, %d lines, %q", code, strings.Count(out, "\n"), errOut)
	}
	empty := t.TempDir()
	_, errOut, code = run(t, "", empty)
	if code != exitFailure || !strings.Contains(errOut, "no .txt, .html, .htm, .md or .jsonl files") {
		t.Errorf("an empty folder: exit %d, %q", code, errOut)
	}
}

func TestMaxBytes(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.txt")
	if err := os.WriteFile(big, []byte(strings.Repeat("Troops crossed the border on Monday. ", 10)), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := run(t, "", "--max-bytes", "100", "-f", "jsonl", big, "testdata/kyiv-grain.txt")
	if code != exitFailure || !strings.Contains(errOut, "big.txt: 370 bytes, over the --max-bytes limit of 100: skipped") {
		t.Errorf("a file over the limit: exit %d, %q", code, errOut)
	}
	if strings.Count(out, "\n") != 2 || !strings.Contains(out, `"error":"370 bytes, over`) {
		t.Errorf("want an error record and the other file's timeline, got:\n%.300s", out)
	}
	recs := `{"id": "a", "text": "` + strings.Repeat("Troops crossed the border. ", 10) + `"}` + "\n" +
		`{"id": "b", "text": "Talks opened in Geneva on Tuesday."}` + "\n"
	out, errOut, code = run(t, recs, "--max-bytes", "100", "--input", "jsonl", "-f", "jsonl", "--ref-date", "2025-08-06")
	if code != exitFailure || !strings.Contains(errOut, "stdin:1: over the --max-bytes limit of 100 bytes") ||
		strings.Count(out, "\n") != 2 || !strings.Contains(out, `"id":"b"`) {
		t.Errorf("a record over the limit: exit %d, %q\n%s", code, errOut, out)
	}
	if _, _, code := run(t, "", "--max-bytes", "0", big); code != exitUsage {
		t.Errorf("--max-bytes 0: exit %d, want %d", code, exitUsage)
	}
}

// TestMergeGoesOnPastBadInputs: merge reports a cut-off or missing input
// and still merges the others, exiting 1.
func TestMergeGoesOnPastBadInputs(t *testing.T) {
	good, _, code := run(t, "", "-f", "jsonl", "--ref-date", "2025-08-06", "testdata/pakistan-us-2025.txt")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	dir := t.TempDir()
	goodPath, cutPath := filepath.Join(dir, "good.jsonl"), filepath.Join(dir, "cut.jsonl")
	if err := os.WriteFile(goodPath, []byte(good), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(cutPath, []byte(good[:len(good)/2]), 0o644); err != nil {
		t.Fatal(err)
	}
	out, errOut, code := run(t, "", "merge", "-f", "json", cutPath, goodPath, filepath.Join(dir, "missing.jsonl"))
	if code != exitFailure {
		t.Errorf("exit %d, want %d", code, exitFailure)
	}
	for _, want := range []string{"cut.jsonl: timeline 1 is cut off", "missing.jsonl: no such file", "2 of 3 inputs"} {
		if !strings.Contains(errOut, want) {
			t.Errorf("stderr %q lacks %q", errOut, want)
		}
	}
	if !strings.Contains(out, `"trigger": "fired"`) {
		t.Errorf("the good input was not merged:\n%.300s", out)
	}
}
