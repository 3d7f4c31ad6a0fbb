package extract

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/timeline"
)

// sharedExtractor is built once for the whole test binary: New loads the
// prose model, which takes a while.
var sharedExtractor = sync.OnceValues(New)

func mustNew(tb testing.TB) *Extractor {
	tb.Helper()
	ex, err := sharedExtractor()
	if err != nil {
		tb.Fatal(err)
	}
	return ex
}

func mustExtract(tb testing.TB, ex *Extractor, text string, ref time.Time) *Result {
	tb.Helper()
	res, err := ex.Extract(text, ref)
	if err != nil && err != ErrEmpty {
		tb.Fatalf("Extract(%q): %v", text, err)
	}
	return res
}

func refDay(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}

// checkResult asserts the properties every result has: spans inside the
// text slicing out their text, mentions in order, events with spans on
// their trigger.
// breaksAsSpaces returns s with its line-break bytes as spaces.
func breaksAsSpaces(s string) string {
	return strings.NewReplacer("\r", " ", "\n", " ").Replace(s)
}

func checkResult(t *testing.T, text string, res *Result) {
	t.Helper()
	if res == nil {
		return
	}
	inside := func(what string, sp Span, want string) {
		t.Helper()
		if sp.Start < 0 || sp.End > len(text) || sp.Start > sp.End {
			t.Fatalf("%s %q: span %v outside the text (%d bytes)", what, want, sp, len(text))
		}
		// a line break Extract joined (see Unwrap) reads as a space
		if got := text[sp.Start:sp.End]; got != want && breaksAsSpaces(got) != want {
			t.Fatalf("%s: span %v slices %q, want %q", what, sp, got, want)
		}
	}
	for _, s := range res.Sentences {
		for _, tok := range s.Tokens {
			inside("token", tok.Span, tok.Text)
		}
	}
	for i, m := range res.Mentions {
		inside(m.Kind+" mention", m.Span, m.Text)
		if i > 0 && m.Span.Start < res.Mentions[i-1].Span.Start {
			t.Fatalf("mentions out of order at %d", i)
		}
	}
	for _, e := range res.Events {
		inside("event trigger", Span{Start: e.Span[0], End: e.Span[1]}, e.Trigger)
		if e.Participants == nil {
			t.Fatalf("event %q has nil participants", e.Trigger)
		}
	}
}

func FuzzExtract(f *testing.F) {
	f.Add("On 3 March 2021 Kenya and Ghana signed a trade pact in Accra.")
	f.Add("Last week, Gen. Munir met U.S. officials; talks resume next Tuesday.")
	f.Add("“Operation X” began — within days, a ceasefire. ``Quoted,'' he said.\n\nREAD MORE: Dar, Rubio")
	f.Add("May may march in March. The two met one-on-one at 5 p.m. in the '80s.")
	f.Add("KYIV (Wire) - Foreign Minister Andriy Sybiha met US Secretary of State\nMarco Rubio in Washington on Tuesday, and the two agreed to hold talks\nagain next week in Geneva, officials said, adding that a new round of\ntalks would follow.\n")
	f.Add("Talks took place four days after the invasion in February 2022. On December 14 and 15 last year, he travelled to Berlin.")
	f.Add("The raid started at 3 p.m. (2000 GMT) Tuesday. The shoot-out occurred as the convoy crossed late Thursday, the agency said Wednesday as it warned.")
	ex := mustNew(f)
	ref := refDay("2025-08-06")
	f.Fuzz(func(t *testing.T, text string) {
		res, err := ex.Extract(text, ref)
		if err != nil {
			return // invalid UTF-8 or no words: an error, not a panic
		}
		checkResult(t, text, res)
		// Events, which segments into reused arrays, finds what Extract does
		ev, err := ex.Events(text, ref)
		if err != nil || !reflect.DeepEqual(ev.Events, res.Events) || !reflect.DeepEqual(ev.Entities, res.Entities) {
			t.Fatalf("Events differs from Extract (err %v)", err)
		}
		a := timeline.Build(timeline.Document{ID: "fuzz"}, res.Events)
		b := timeline.Build(timeline.Document{ID: "fuzz"}, a.Events)
		if !reflect.DeepEqual(a.Events, b.Events) {
			t.Fatalf("Build is not stable on its own output")
		}
		if !sort.SliceIsSorted(a.Events, func(i, j int) bool {
			si, sj := a.Events[i].Date.Start, a.Events[j].Date.Start
			return si != "" && sj != "" && si < sj
		}) {
			t.Fatalf("events out of order")
		}
	})
}

func TestExtractRejectsInvalidInput(t *testing.T) {
	ex := mustNew(t)
	if _, err := ex.Extract("caf\xe9 society", refDay("2025-01-01")); err == nil || !strings.Contains(err.Error(), "byte 3") {
		t.Errorf("invalid UTF-8: err = %v, want one naming byte 3", err)
	}
	if _, err := ex.Extract(" \n ", refDay("2025-01-01")); err != ErrEmpty {
		t.Errorf("blank text: err = %v, want ErrEmpty", err)
	}
}

func TestExtractDeterministic(t *testing.T) {
	ex := mustNew(t)
	text := readTestdata(t, "accra-talks.txt")
	want := mustExtract(t, ex, text, refDay("2024-03-14"))
	var wg sync.WaitGroup
	results := make([]*Result, 8)
	for i := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			extract := ex.Extract
			if i%2 == 1 {
				extract = ex.Events // which reuses its arrays from document to document
			}
			res, err := extract(text, refDay("2024-03-14"))
			if err != nil {
				t.Error(err)
				return
			}
			results[i] = res
		}()
	}
	wg.Wait()
	for i, got := range results {
		if got == nil {
			continue // reported above
		}
		if !reflect.DeepEqual(got.Events, want.Events) || i%2 == 0 && !reflect.DeepEqual(got.Mentions, want.Mentions) {
			t.Errorf("run %d in parallel differs from the first run", i)
		}
	}
}

func readTestdata(tb testing.TB, name string) string {
	tb.Helper()
	data, err := os.ReadFile(filepath.Join("..", "testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return string(data)
}

func TestFindRefDate(t *testing.T) {
	ex := mustNew(t)
	tests := []struct {
		name, text, want string
	}{
		{"date line", "March 14, 2024\n\nACCRA - Talks opened.", "2024-03-14"},
		{"published", "Published: 2025-08-06\nDar spoke with Rubio.", "2025-08-06"},
		{"none", "Dar spoke with Rubio on Tuesday about trade and regional security in South Asia and beyond.", ""},
		{"a short sentence with a date", "Kenya attacked Ghana on 3 May 2021.\nThe talks failed.", ""},
		{"byline and date", "Talks resume in Geneva\nBy Jane Doe | Friday, March 14, 2025 10:15 AM\n\nThe talks resumed.", "2025-03-14"},
		{"updated", "Updated on 2 June 2024, after the vote was counted in most districts of the country and abroad\nText.", "2024-06-02"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := ex.FindRefDate(tc.text)
			if tc.want == "" {
				if ok {
					t.Errorf("found %s, want none", got.Format("2006-01-02"))
				}
				return
			}
			if !ok || got.Format("2006-01-02") != tc.want {
				t.Errorf("FindRefDate = %s, %v; want %s", got.Format("2006-01-02"), ok, tc.want)
			}
		})
	}
}

// BenchmarkNew is start-up: New, and then the actor codes it leaves
// loading (BenchmarkNewReturns is New alone).
func BenchmarkNew(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		ex, err := New()
		if err == nil {
			err = ex.gaz.codes.wait()
		}
		if err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkNewReturns is the time until New returns: what the first
// document waits for before its work starts.
func BenchmarkNewReturns(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		ex, err := New()
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		if err := ex.gaz.codes.wait(); err != nil { // not counted: the next New starts from rest
			b.Fatal(err)
		}
		b.StartTimer()
	}
}

func BenchmarkExtract(b *testing.B) {
	ex := mustNew(b)
	text := readTestdata(b, "pakistan-us-2025.txt") + "\n" + readTestdata(b, "accra-talks.txt")
	ref := refDay("2025-08-06")
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		if _, err := ex.Extract(text, ref); err != nil {
			b.Fatal(err)
		}
	}
}

// TestLongTextIsReadInChunks builds a text longer than ChunkSize and checks
// that it is read whole: spans valid, an event from every part, the main
// event only once, and repeated reports folded.
func TestLongTextIsReadInChunks(t *testing.T) {
	ex := mustNew(t)
	var b strings.Builder
	b.WriteString("Kenya and Ghana signed a trade pact in Accra, officials said.\n")
	for i := 0; b.Len() < 3*ChunkSize; i++ {
		fmt.Fprintf(&b, "On May %d, rebels attacked a convoy near Goma, killing %d soldiers. ", 1+i%28, 2+i%7)
		if i%5 == 4 {
			b.WriteString("\n")
		}
	}
	b.WriteString("\nLast week, the two presidents met in Nairobi.")
	text := b.String()
	res := mustExtract(t, ex, text, refDay("2025-08-06"))
	checkResult(t, text, res)
	var main, meeting, attacks int
	for _, e := range res.Events {
		switch {
		case e.Date.Anchor == timeline.AnchorDocument:
			main++
		case e.Trigger == "met":
			meeting++
		case e.Type == "attack":
			attacks++
		}
	}
	if main != 1 || meeting != 1 {
		t.Errorf("want one main event and the meeting at the end, got %d and %d", main, meeting)
	}
	if attacks < 20 || attacks > 28*2 {
		t.Errorf("want the attacks of up to 28 days folded by day, got %d attack events", attacks)
	}
}

func TestEventsMatchesExtract(t *testing.T) {
	ex := mustNew(t)
	text := readTestdata(t, "pakistan-us-2025.txt")
	full := mustExtract(t, ex, text, refDay("2025-08-06"))
	light, err := ex.Events(text, refDay("2025-08-06"))
	if err != nil {
		t.Fatal(err)
	}
	if light.Mentions != nil || light.Sentences != nil {
		t.Errorf("Events kept %d mentions and %d sentences", len(light.Mentions), len(light.Sentences))
	}
	if !reflect.DeepEqual(light.Events, full.Events) || !reflect.DeepEqual(light.Entities, full.Entities) {
		t.Errorf("Events and Extract disagree on events or entities")
	}
}
