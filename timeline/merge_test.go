package timeline

import (
	"bytes"
	"slices"
	"strconv"
	"testing"
)

func report(doc, trigger, typ, value, who string, offset int) Event {
	e := Event{Trigger: trigger, Type: typ, Date: NewEventDate("", value, "", AnchorExplicit),
		Span: [2]int{offset, offset + len(trigger)}, Mentions: 1, Sentence: doc + ": " + trigger}
	if who != "" {
		e.Participants = []Entity{{Text: who, Kind: "country", Canonical: who}}
	}
	return e
}

func mergeFixtures() []Timeline {
	a := Build(Document{ID: "a", URL: "https://a.example/1"}, []Event{
		report("a", "fired", "attack", "2025-05-10", "Pakistan", 10),
		report("a", "met", "meeting", "2025-07", "Marco Rubio", 50),
		report("a", "ceasefire", "ceasefire", "2025-05", "", 90),
	})
	b := Build(Document{ID: "b"}, []Event{
		report("b", "missile strikes", "attack", "2025-05", "Pakistan", 5), // the same attack, less precise
		report("b", "talks", "meeting", "2025-07-14", "Marco Rubio", 40),   // the same meeting, more precise
		report("b", "protest", "protest", "2025-06-01", "", 70),
	})
	c := Build(Document{ID: "c"}, []Event{
		report("c", "attack", "attack", "2025-05-10", "India", 3),          // same day, same word as nobody: apart
		report("c", "ceasefire", "ceasefire", "2025-05-12", "", 20),        // same word, overlapping: folds with a
		report("c", "meeting", "meeting", "2025-01-03", "Marco Rubio", 60), // another meeting
	})
	return []Timeline{a, b, c}
}

func mergedJSON(t *testing.T, tl Timeline) string {
	t.Helper()
	var buf bytes.Buffer
	if err := tl.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestMergeIsAssociativeAndOrderIndependent(t *testing.T) {
	f := mergeFixtures()
	a, b, c := f[0], f[1], f[2]
	want := mergedJSON(t, Merge(a, b, c))
	cases := map[string]Timeline{
		"(a+b)+c":   Merge(Merge(a, b), c),
		"a+(b+c)":   Merge(a, Merge(b, c)),
		"(a+c)+b":   Merge(Merge(a, c), b),
		"c+b+a":     Merge(c, b, a),
		"b+(c+a)":   Merge(b, Merge(c, a)),
		"((c)+a)+b": Merge(Merge(Merge(c), a), b),
	}
	for name, tl := range cases {
		if got := mergedJSON(t, tl); got != want {
			t.Errorf("%s differs from a+b+c:\n%s\nwant\n%s", name, got, want)
		}
	}
}

func TestMergeFoldsTheSameEvent(t *testing.T) {
	tl := Merge(mergeFixtures()...)
	byTrigger := map[string]Event{}
	for _, e := range tl.Events {
		byTrigger[e.Trigger] = e
	}
	if len(tl.Events) != 6 {
		t.Errorf("got %d events, want 6 (9 reports, 3 folds): %v", len(tl.Events), triggers(tl))
	}
	fired, ok := byTrigger["fired"]
	if !ok || len(fired.Sources) != 2 || fired.Date.Value != "2025-05-10" || fired.Mentions != 2 {
		t.Errorf("the attack should fold a and b, keep the day: %+v", fired)
	}
	talks, ok := byTrigger["talks"]
	if !ok || len(talks.Sources) != 2 || talks.Date.Value != "2025-07-14" {
		t.Errorf("the meeting should take b's more precise date: %+v", talks)
	}
	if fired.Sources[0].Document != "a" || fired.Sources[0].URL != "https://a.example/1" || fired.Sources[0].Sentence == "" {
		t.Errorf("sources should keep document, url and sentence: %+v", fired.Sources[0])
	}
	if _, ok := byTrigger["attack"]; !ok {
		t.Errorf("c's attack by India shares no participant or word with a's: it should stay apart")
	}
}

// BenchmarkMerge merges 1,000 documents of 20 events each, a quarter of
// them reporting events that other documents report too.
func BenchmarkMerge(b *testing.B) {
	var tls []Timeline
	for d := 0; d < 1000; d++ {
		var evs []Event
		for i := 0; i < 20; i++ {
			day := 1 + (d*7+i)%28
			who := []string{"Pakistan", "India", "Kenya", "Ghana", "Chile"}[(d+i)%5]
			evs = append(evs, report(string(rune('a'+d%26))+strconv.Itoa(d), "attacked", "attack",
				"2025-05-"+twoDigits(day), who, i*40))
		}
		tls = append(tls, Build(Document{ID: "d" + strconv.Itoa(d)}, evs))
	}
	b.ReportAllocs()
	for b.Loop() {
		Merge(tls...)
	}
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// TestGroupReportsMatchesPairwise checks the grouping against the plain
// definition (components of sameEvent over every pair) on reports with
// many repeats within a document.
func TestGroupReportsMatchesPairwise(t *testing.T) {
	var reports []Source
	days := []string{"2025-05-10", "2025-05", "2025-05-11", "2025", "2025-06"}
	who := []string{"Pakistan", "India", ""}
	words := []string{"attacked", "strike", "attack"}
	for d := 0; d < 4; d++ {
		for i := 0; i < 30; i++ {
			e := report("d", words[(i+d)%3], "attack", days[(i*7+d)%5], who[(i+2*d)%3], i%6*10)
			reports = append(reports, Source{Document: "d" + strconv.Itoa(d), Event: e})
		}
	}
	slices.SortFunc(reports, compareReports)
	got := groupReports(reports)
	// the plain definition
	parent := make([]int, len(reports))
	for i := range parent {
		parent[i] = i
	}
	var find func(int) int
	find = func(i int) int {
		if parent[i] != i {
			parent[i] = find(parent[i])
		}
		return parent[i]
	}
	for i := range reports {
		for j := range reports {
			if reports[i].Type == reports[j].Type && reports[i].Date.Start != "" && reports[j].Date.Start != "" &&
				sameEvent(reports[i], reports[j], keyOfReport(reports[i]), keyOfReport(reports[j])) {
				parent[find(j)] = find(i)
			}
		}
	}
	sizes := map[int]int{}
	for i := range reports {
		sizes[find(i)]++
	}
	var want []int
	for _, n := range sizes {
		want = append(want, n)
	}
	var gotSizes []int
	for _, g := range got {
		gotSizes = append(gotSizes, len(g))
	}
	slices.Sort(want)
	slices.Sort(gotSizes)
	if !slices.Equal(gotSizes, want) {
		t.Errorf("group sizes %v, want %v", gotSizes, want)
	}
}

// BenchmarkMergeRepeated merges a document that reports one event 20,000
// times with one that reports it once: linear in the reports.
func BenchmarkMergeRepeated(b *testing.B) {
	var evs []Event
	for i := 0; i < 20000; i++ {
		evs = append(evs, report("big", "attacked", "attack", "2025-05-10", "Pakistan", i*40))
	}
	tls := []Timeline{Build(Document{ID: "big"}, evs),
		Build(Document{ID: "small"}, []Event{report("small", "strike", "attack", "2025-05", "Pakistan", 0)})}
	b.ReportAllocs()
	for b.Loop() {
		Merge(tls...)
	}
}
