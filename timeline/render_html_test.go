package timeline

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strings"
	"testing"
)

// htmlData returns the JSON block of a page, parsed.
func htmlData(t *testing.T, page string) (data struct {
	Types  []htmlType  `json:"types"`
	Events []htmlEvent `json:"events"`
}) {
	t.Helper()
	const open = `<script type="application/json" id="data">`
	i := strings.Index(page, open)
	j := strings.Index(page[i+len(open):], "</script>")
	if i < 0 || j < 0 {
		t.Fatal("the page has no data block")
	}
	if err := json.Unmarshal([]byte(page[i+len(open):i+len(open)+j]), &data); err != nil {
		t.Fatalf("the data block is not JSON: %v", err)
	}
	return data
}

func TestWriteHTML(t *testing.T) {
	tl := built("pk")
	tl.Events[0].Summary = `</script><script>alert("x")</script> & <b>bold</b>`
	tl.Events[1].Location = &Entity{Text: "Geneva", Kind: "city"}
	var b bytes.Buffer
	if err := WriteHTML(&b, []Timeline{tl}); err != nil {
		t.Fatal(err)
	}
	page := b.String()
	t.Run("self-contained", func(t *testing.T) {
		if m := regexp.MustCompile(`(?i)(src|href)\s*=\s*["']?\s*(https?:|//)`).FindString(page); m != "" {
			t.Errorf("the page loads something from outside: %s", m)
		}
		for _, bad := range []string{"<link", "@import", "<iframe", "<img", "url(http"} {
			if strings.Contains(page, bad) {
				t.Errorf("the page holds %q", bad)
			}
		}
	})
	t.Run("escaped", func(t *testing.T) {
		if strings.Contains(page, `<script>alert`) || strings.Contains(page, "<b>bold") {
			t.Error("a summary's markup reached the page unescaped")
		}
		if n := strings.Count(page, "</script>"); n != 2 {
			t.Errorf("%d </script> tags, want 2 (the data and the script)", n)
		}
	})
	t.Run("data", func(t *testing.T) {
		data := htmlData(t, page)
		if len(data.Events) != len(tl.Events) {
			t.Fatalf("%d events in the data, want %d", len(data.Events), len(tl.Events))
		}
		for i, e := range data.Events {
			if e.ID != tl.Events[i].ID {
				t.Errorf("event %d is %s, want %s: the page keeps the timeline's order", i, e.ID, tl.Events[i].ID)
			}
		}
		if e := data.Events[0]; e.Start != "2025-04-21" || e.End != "2025-04-30" || e.Type != "attack" {
			t.Errorf("late April = %+v", e)
		}
		if e := data.Events[len(data.Events)-1]; e.Start != "" || e.Date != "undated" {
			t.Errorf("the undated event = %+v", e)
		}
		if !strings.Contains(page, `alert(\"x\")`) || !strings.Contains(page, `\u003c/script\u003e`) {
			t.Error("the summary should be in the data, its < escaped")
		}
	})
	t.Run("table", func(t *testing.T) {
		if n := strings.Count(page, `<tr id="row-`); n != len(tl.Events) {
			t.Errorf("%d table rows, want %d", n, len(tl.Events))
		}
		for _, want := range []string{"<th>Date</th>", "Jammu and Kashmir", "other (planned)", `class="inherited"`, `class="undated"`, "Mohammad Ishaq Dar, Rubio, Pakistan, US, India"} {
			if !strings.Contains(page, want) {
				t.Errorf("the page lacks %q", want)
			}
		}
		if strings.Contains(page, "<th>Document</th>") || strings.Contains(page, "<th>Sources</th>") {
			t.Error("one unmerged document needs no Document or Sources column")
		}
	})
	t.Run("deterministic", func(t *testing.T) {
		var again bytes.Buffer
		if err := WriteHTML(&again, []Timeline{tl}); err != nil {
			t.Fatal(err)
		}
		if again.String() != page {
			t.Error("a second rendering differs")
		}
	})
}

// TestWriteHTMLSmall checks that a page of no events, its markup, style
// and script, stays a few KB: the script and style are inlined minified.
func TestWriteHTMLSmall(t *testing.T) {
	var b bytes.Buffer
	if err := WriteHTML(&b, nil); err != nil {
		t.Fatal(err)
	}
	if n := b.Len(); n > 20<<10 {
		t.Errorf("a page of no events weighs %d bytes, want at most %d: is its script or style not minified (go generate ./timeline)?", n, 20<<10)
	}
	if strings.Contains(b.String(), "\n  ") {
		t.Error("the page holds indented lines: its script or style is not minified")
	}
}

func TestWriteHTMLManyAndMerged(t *testing.T) {
	a, b := built("a"), built("b")
	b.Events[4].Date = NewEventDate("May 1", "2025-05-01", "", AnchorExplicit)
	for _, tc := range []struct {
		name string
		tls  []Timeline
		want []string
	}{
		{"many documents", []Timeline{a, b}, []string{"<th>Document</th>", "14 events from 2 documents"}},
		{"merged", []Timeline{Merge(a, b)}, []string{"<th>Sources</th>", "from 2 documents", `"sources":[{"doc":"a"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := WriteHTML(&buf, tc.tls); err != nil {
				t.Fatal(err)
			}
			page := buf.String()
			for _, w := range tc.want {
				if !strings.Contains(page, w) {
					t.Errorf("the page lacks %q", w)
				}
			}
			prev := ""
			for i, e := range htmlData(t, page).Events {
				if e.Start != "" && e.Start < prev {
					t.Errorf("event %d starts %s, before %s: not in date order", i, e.Start, prev)
				}
				if e.Start != "" {
					prev = e.Start
				}
			}
		})
	}
}

// TestTypeColors checks that every event type has its own colour.
func TestTypeColors(t *testing.T) {
	seen := map[string]string{}
	for _, typ := range Types() {
		c := typeColor(typ)
		if c == "#999999" {
			t.Errorf("type %s has no colour of its own", typ)
		}
		if other, ok := seen[c]; ok {
			t.Errorf("types %s and %s share colour %s", other, typ, c)
		}
		seen[c] = typ
	}
}
