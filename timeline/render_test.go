package timeline

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/olekukonko/tablewriter/pkg/twwidth"
)

// built returns a small built timeline with a summary, a planned and an
// inherited event, a location, duplicated participants and a pipe.
func built(id string) Timeline {
	es := sample()
	es[2].Summary = "attack in Indian Illegally Occupied Jammu and Kashmir left 26 people dead, most of them tourists"
	es[2].Type, es[2].CAMEO = "attack", "18"
	es[5].Date.Anchor = AnchorInherited
	es[3].Planned = true
	es[0].Type, es[0].CAMEO = "call", "04"
	es[0].Summary = "spoke | phone\nconversation"
	es[0].Participants = append(es[0].Participants,
		Entity{Text: "Mohammad Ishaq Dar", Kind: "person"},
		Entity{Text: "Pakistan", Kind: "country"}, Entity{Text: "US", Kind: "country"},
		Entity{Text: "India", Kind: "country"})
	return Build(Document{ID: id, Source: "stdin", RefDate: "2025-08-06", RefDateSource: "flag"}, es)
}

func TestWriteJSON(t *testing.T) {
	var b bytes.Buffer
	if err := built("pk").WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		`"schema": 1,`,
		`"participants": []`,
		`"entities": []`,
		`"ref_date": "2025-08-06"`,
		`"ref_date_source": "flag"`,
		`"edtf": "2025-04-21/2025-04-30"`,
		`"anchor": "inherited"`,
		`"location": {`,
		`"location": null`,
		`"span": [`,
		`"sentence_index": 0`,
		`"mentions": 0`,
		`"confidence": 0`,
		"\n  \"events\": [\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("JSON lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, `"participants": null`) {
		t.Error("JSON has null participants")
	}
	if !strings.HasSuffix(out, "}\n") {
		t.Error("JSON does not end with a newline")
	}
	var back Timeline
	if err := json.Unmarshal(b.Bytes(), &back); err != nil {
		t.Fatalf("JSON does not parse back: %v", err)
	}
	if back.Schema != 1 || len(back.Events) != 7 || back.Events[0].ID != "e1" {
		t.Errorf("parsed back %d events, schema %d", len(back.Events), back.Schema)
	}
}

func TestWriteJSONNilSlices(t *testing.T) {
	tl := Timeline{Schema: Schema, Events: []Event{{ID: "e1"}}} // not built: nil slices
	for name, write := range map[string]func(*bytes.Buffer) error{
		"json":  func(b *bytes.Buffer) error { return tl.WriteJSON(b) },
		"jsonl": func(b *bytes.Buffer) error { return tl.WriteJSONL(b) },
	} {
		t.Run(name, func(t *testing.T) {
			var b bytes.Buffer
			if err := write(&b); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(b.String(), `"participants":null`) || strings.Contains(b.String(), `"entities":null`) ||
				strings.Contains(b.String(), `"participants": null`) || strings.Contains(b.String(), `"entities": null`) {
				t.Errorf("null slice in %s", b.String())
			}
		})
	}
	if tl.Events[0].Participants != nil {
		t.Error("WriteJSON modified the timeline")
	}
}

func TestWriteJSONL(t *testing.T) {
	var b bytes.Buffer
	tl := built("a")
	if err := tl.WriteJSONL(&b); err != nil {
		t.Fatal(err)
	}
	if err := tl.WriteJSONL(&b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("got %d lines, want 2", len(lines))
	}
	for _, l := range lines {
		var back Timeline
		if err := json.Unmarshal([]byte(l), &back); err != nil {
			t.Errorf("line does not parse: %v", err)
		}
	}
}

func TestWriteCSV(t *testing.T) {
	var b bytes.Buffer
	a := built("a")
	a.Document.URL = "https://example.com/a"
	a.Events[5].Participants[3].CountryCode, a.Events[5].Participants[3].ActorCode = "PAK", "PAK" // Pakistan
	a.Events[5].Participants[0].ActorCode = "PAKGOV"
	a.Events[0].Location.CountryCode = "IND"
	if err := WriteCSV(&b, []Timeline{a, built("b")}); err != nil {
		t.Fatal(err)
	}
	raw := b.String()
	if n := strings.Count(raw, "\r\n"); n < 15 || strings.Count(raw, "\n") != n {
		t.Errorf("%d CRLF line ends of %d line feeds; want every line to end in CRLF", n, strings.Count(raw, "\n"))
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatalf("CSV does not parse: %v", err)
	}
	want := "doc,id,date,mod,start,end,type,cameo,trigger,summary,participants,location,sentence," +
		"planned,anchor,url,sources,participant_countries,participant_actors,location_country"
	if got := strings.Join(recs[0], ","); got != want {
		t.Errorf("header = %q, want %q", got, want)
	}
	if len(recs) != 1+14 {
		t.Fatalf("got %d records, want 15", len(recs))
	}
	tests := []struct {
		name string
		rec  int
		want []string
	}{
		{"late April", 1, []string{"a", "e1", "2025-04", "END", "2025-04-21", "2025-04-30", "attack", "18", "attack",
			"attack in Indian Illegally Occupied Jammu and Kashmir left 26 people dead, most of them tourists", "", "Jammu and Kashmir", ""}},
		{"second document", 8, []string{"b", "e1"}},
		{"participants", 6, []string{"a", "e6", "2025-08-06", "", "2025-08-06", "2025-08-06", "call", "04", "spoke",
			"spoke | phone\nconversation", "Mohammad Ishaq Dar; Rubio; Pakistan; US; India", "", "",
			"false", "explicit", "https://example.com/a", "1", "; ; PAK; ; ", "PAKGOV; ; PAK; ; ", ""}},
		{"planned, located", 4, []string{"a", "e4", "2025-W31"}},
		{"location country", 1, []string{"a", "e1", "2025-04", "END", "2025-04-21", "2025-04-30", "attack", "18", "attack",
			"attack in Indian Illegally Occupied Jammu and Kashmir left 26 people dead, most of them tourists", "", "Jammu and Kashmir", "",
			"false", "explicit", "https://example.com/a", "1", "", "", "IND"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := recs[tc.rec][:len(tc.want)]
			if strings.Join(got, "\x00") != strings.Join(tc.want, "\x00") {
				t.Errorf("record %d = %q, want %q", tc.rec, got, tc.want)
			}
		})
	}
}

func TestWriteTable(t *testing.T) {
	tests := []struct {
		name    string
		tls     []Timeline
		opts    TableOptions
		want    []string
		notWant []string
	}{
		{"one document", []Timeline{built("a")}, TableOptions{},
			[]string{
				"DATE ", " EVENT ", " TYPE ", " WHO ", " WHERE\n",
				"2025-04 (late)  ", "attack in Indian Illegally Occupied Jammu and Kashmir left…", "Jammu and Kashmir",
				"~2025-05 (early) ", "2025-W31 ", "other (planned)",
				"Mohammad Ishaq Dar, Rubio, Pakistan, US, +1",
				"undated ",
			},
			[]string{"DOC", "SENTENCE", "\x1b[", " \n", "Mohammad Ishaq Dar, Rubio, Mohammad Ishaq Dar"}},
		{"many documents", []Timeline{built("a"), built("b")}, TableOptions{ShowSentence: true, Wide: true},
			[]string{"DOC ", "SENTENCE", "\na ", "\nb ", "left 26 people dead, most of them tourists"},
			[]string{"…"}},
		{"no events", []Timeline{{}}, TableOptions{}, []string{"DATE"}, []string{"DOC"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteTable(&b, tc.tls, tc.opts); err != nil {
				t.Fatal(err)
			}
			out := b.String()
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("table lacks %q:\n%s", w, out)
				}
			}
			for _, w := range tc.notWant {
				if strings.Contains(out, w) {
					t.Errorf("table has %q:\n%s", w, out)
				}
			}
			var again bytes.Buffer
			if err := WriteTable(&again, tc.tls, tc.opts); err != nil {
				t.Fatal(err)
			}
			if again.String() != out {
				t.Error("table differs on a second rendering")
			}
		})
	}
}

func TestWriteTableRows(t *testing.T) {
	var b bytes.Buffer
	tl := built("a")
	if err := WriteTable(&b, []Timeline{tl}, TableOptions{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 1+len(tl.Events) {
		t.Fatalf("got %d lines, want header and %d rows:\n%s", len(lines), len(tl.Events), b.String())
	}
	for i, e := range tl.Events {
		if !strings.Contains(lines[i+1], e.Trigger) && !strings.Contains(lines[i+1], "attack in") && !strings.Contains(lines[i+1], "spoke | phone") {
			t.Errorf("row %d lacks event %s: %q", i+1, e.Trigger, lines[i+1])
		}
	}
}

func TestWriteMarkdown(t *testing.T) {
	var b bytes.Buffer
	if err := WriteMarkdown(&b, []Timeline{built("a")}, TableOptions{}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	for _, want := range []string{
		"| DATE | EVENT | TYPE | WHO | WHERE |\n| --- | --- | --- | --- | --- |\n",
		`| spoke \| phone conversation |`,
		"| 2025-04 (late) |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("markdown lacks %q:\n%s", want, out)
		}
	}
	for i, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if n := strings.Count(l, "|") - strings.Count(l, `\|`); n != 6 {
			t.Errorf("line %d has %d cell separators: %q", i, n, l)
		}
	}
}

func TestWriteMarkdownEscapes(t *testing.T) {
	tl := built("a")
	tl.Events[1].Summary = "*bold* _it_ `code` <b>html</b> [link](x) back\\slash | pipe"
	var b bytes.Buffer
	if err := WriteMarkdown(&b, []Timeline{tl}, TableOptions{Wide: true}); err != nil {
		t.Fatal(err)
	}
	want := `| \*bold\* \_it\_ \` + "`code\\`" + ` \<b>html\</b> \[link\](x) back\\slash \| pipe |`
	if !strings.Contains(b.String(), want) {
		t.Errorf("markdown lacks %s:\n%s", want, b.String())
	}
}

func TestWriteTimelineJS(t *testing.T) {
	tl := Build(Document{ID: "doc"}, []Event{
		{Trigger: "attack", Type: "attack", Summary: "an attack", Date: NewEventDate("late April", "2025-04", "END", AnchorExplicit)},
		{Trigger: "fired", Type: "attack", Summary: "fired missiles", Date: NewEventDate("May 10", "2025-05-10", "", AnchorExplicit), Span: [2]int{5, 10}},
		{Trigger: "met", Type: "meeting", Summary: "met", Date: NewEventDate("last week", "2025-W31", "", AnchorExplicit)},
		{Trigger: "said", Type: "statement", Summary: "said"},
	})
	var buf bytes.Buffer
	if err := WriteTimelineJS(&buf, []Timeline{tl}); err != nil {
		t.Fatal(err)
	}
	var got struct {
		Events []struct {
			StartDate   map[string]int  `json:"start_date"`
			EndDate     *map[string]int `json:"end_date"`
			DisplayDate string          `json:"display_date"`
			Group       string          `json:"group"`
		} `json:"events"`
	}
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if len(got.Events) != 3 {
		t.Fatalf("want the 3 dated events, got %d:\n%s", len(got.Events), buf.String())
	}
	month := got.Events[0]
	if _, hasDay := month.StartDate["day"]; hasDay || month.StartDate["month"] != 4 || month.DisplayDate != "late April 2025" || month.Group != "attack" {
		t.Errorf("late April = %+v, want year and month only, displayed as late April 2025", month)
	}
	day := got.Events[1]
	if day.StartDate["day"] != 10 || day.EndDate != nil || day.DisplayDate != "May 10, 2025" {
		t.Errorf("May 10 = %+v", day)
	}
	week := got.Events[2]
	if week.EndDate == nil || (*week.EndDate)["day"] != 3 || week.DisplayDate != "week 31 of 2025" {
		t.Errorf("week 31 = %+v, want it to end on Sunday 3 August", week)
	}
}

func TestWriteTableWidth(t *testing.T) {
	tls := []Timeline{built("a"), built("b")}
	var plain bytes.Buffer
	if err := WriteTable(&plain, tls, TableOptions{ShowSentence: true}); err != nil {
		t.Fatal(err)
	}
	// 40 cannot be met: the columns stop at their minimums, 83 columns
	for _, width := range []int{40, 90, 100, 120, 400} {
		t.Run(strconv.Itoa(width), func(t *testing.T) {
			var b bytes.Buffer
			if err := WriteTable(&b, tls, TableOptions{ShowSentence: true, Width: width}); err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
			if len(lines) != 15 {
				t.Fatalf("%d lines, want 15", len(lines))
			}
			widest := 0
			for _, l := range lines {
				widest = max(widest, twwidth.Width(l))
			}
			if widest > max(width, 83) {
				t.Errorf("a line is %d columns wide, want at most %d:\n%s", widest, width, b.String())
			}
			if width == 400 && b.String() != plain.String() {
				t.Error("a table that fits should be as without a width")
			}
			if !strings.Contains(lines[1], "…") && width < 100 {
				t.Errorf("the cut cells should end in …: %q", lines[1])
			}
		})
	}
	var wide bytes.Buffer
	if err := WriteTable(&wide, tls, TableOptions{Wide: true, Width: 80}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(wide.String(), "left 26 people dead, most of them tourists") {
		t.Error("Wide should ignore the width")
	}
}

// timelineWriter is what TableWriter and CSVWriter have in common.
type timelineWriter interface {
	Write(Timeline) error
	Close() error
}

// TestTableWriterStreams checks that the table, Markdown and CSV writers
// write rows before the last timeline comes, and what they write then: a
// table holds back its first block and, to fit a width, cuts later cells
// to the block's widths; Markdown holds back only the first timeline, CSV
// nothing.
func TestTableWriterStreams(t *testing.T) {
	long := built("c")
	for i := range long.Events {
		long.Events[i].Participants = []Entity{{Text: strings.Repeat("Very Long Delegation Name ", 3), Kind: "organization"}}
	}
	tls := []Timeline{built("a"), built("b"), long}
	tests := []struct {
		name string
		new  func(w *bytes.Buffer) timelineWriter
		// after[i]: whether output is expected once tls[i] is written
		after []bool
	}{
		{"table", func(w *bytes.Buffer) timelineWriter {
			t := NewTableWriter(w, TableOptions{Width: 400}) // as wide as the block needs
			t.block = 3
			return t
		}, []bool{false, true, true}},
		{"markdown", func(w *bytes.Buffer) timelineWriter {
			return NewMarkdownWriter(w, TableOptions{})
		}, []bool{false, true, true}},
		{"csv", func(w *bytes.Buffer) timelineWriter {
			return NewCSVWriter(w)
		}, []bool{true, true, true}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var b bytes.Buffer
			w := tc.new(&b)
			before := 0
			for i, tl := range tls {
				if err := w.Write(tl); err != nil {
					t.Fatal(err)
				}
				if grew := b.Len() > before; grew != tc.after[i] {
					t.Errorf("after timeline %d: wrote %v, want %v:\n%s", i+1, grew, tc.after[i], b.String())
				}
				before = b.Len()
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			rows := 0
			for _, tl := range tls {
				rows += len(tl.Events)
			}
			if tc.name == "csv" {
				recs, err := csv.NewReader(strings.NewReader(b.String())).ReadAll()
				if err != nil || len(recs) != 1+rows || recs[0][0] != "doc" {
					t.Errorf("want one header line and %d rows, got %d records (%v):\n%s", rows, len(recs), err, b.String())
				}
				return
			}
			lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
			headers := 1
			if tc.name == "markdown" {
				headers = 2 // and the --- line
			}
			if len(lines) != headers+rows {
				t.Fatalf("%d lines, want %d header lines and %d rows:\n%s", len(lines), headers, rows, b.String())
			}
			if !strings.HasPrefix(lines[0], "| DOC |") && !strings.HasPrefix(lines[0], "DOC ") {
				t.Errorf("the header should start with DOC: %q", lines[0])
			}
			if tc.name != "table" {
				return
			}
			// the block (a's and b's rows) sets the widths; c's long WHO
			// cells are cut to them
			var block bytes.Buffer
			if err := WriteTable(&block, tls[:2], TableOptions{Width: 400}); err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(b.String(), block.String()) {
				t.Errorf("the first block should be written as WriteTable writes it:\n%s", b.String())
			}
			widest := 0
			for l := range strings.Lines(block.String()) {
				widest = max(widest, twwidth.Width(strings.TrimSuffix(l, "\n")))
			}
			for _, l := range lines[1+len(tls[0].Events)+len(tls[1].Events):] {
				if twwidth.Width(l) > widest || !strings.Contains(l, "Very Long Deleg…") {
					t.Errorf("a later row should be cut to the block's widths (%d columns): %q", widest, l)
				}
			}
		})
	}
}

// TestTableWriterWholeBlock checks that a run that ends within the first
// block gives the table of WriteTable, with and without a width.
func TestTableWriterWholeBlock(t *testing.T) {
	for _, opts := range []TableOptions{{}, {ShowSentence: true, Width: 90}, {Wide: true}} {
		for _, tls := range [][]Timeline{{built("a")}, {built("a"), built("b")}, {{}}} {
			var want, got bytes.Buffer
			if err := WriteTable(&want, tls, opts); err != nil {
				t.Fatal(err)
			}
			w := NewTableWriter(&got, opts)
			for _, tl := range tls {
				if err := w.Write(tl); err != nil {
					t.Fatal(err)
				}
			}
			if err := w.Close(); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Errorf("%+v, %d timelines: TableWriter gave\n%s\nWriteTable\n%s", opts, len(tls), got.String(), want.String())
			}
		}
	}
}

// TestTableWriterCutsLaterCells checks that without a width to fit, a
// cell after the first block that is wider than its column is cut to it
// with "…", so that the row stays one line and the block's widths.
func TestTableWriterCutsLaterCells(t *testing.T) {
	long := built("a-much-longer-document-id")
	var b bytes.Buffer
	w := NewTableWriter(&b, TableOptions{})
	w.block = 1
	for _, tl := range []Timeline{built("a"), built("b"), long} {
		if err := w.Write(tl); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if want := 1 + 3*len(long.Events); len(lines) != want {
		t.Fatalf("%d lines, want %d:\n%s", len(lines), want, b.String())
	}
	last := lines[len(lines)-1]
	if !strings.HasPrefix(last, "a…   undated") {
		t.Errorf("the long DOC cell should be cut to DOC's width, two spaces before DATE: %q", last)
	}
	if !strings.HasPrefix(lines[1], "a    2025-04 (late)") {
		t.Errorf("the block's rows should keep the block's widths: %q", lines[1])
	}
}
