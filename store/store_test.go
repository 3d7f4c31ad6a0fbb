package store

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/timeline"
)

// openTemp opens a store in a temporary folder.
func openTemp(t *testing.T) (*Store, string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "test.db")
	s, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s, path
}

// randomDoc makes a document whose events fold with other documents' often:
// few types, days, names and words.
func randomDoc(rng *rand.Rand, id string) timeline.Timeline {
	types := []string{"attack", "meeting"}
	names := []string{"Pakistan", "India", "Kenya", "Ghana", "Chile"}
	words := []string{"strikes", "strike", "met", "summit", "talks"}
	var events []timeline.Event
	for i := range 1 + rng.IntN(4) {
		day := 1 + rng.IntN(6)
		start := fmt.Sprintf("2025-05-%02d", day)
		end := start
		if rng.IntN(4) == 0 {
			end = fmt.Sprintf("2025-05-%02d", day+rng.IntN(5))
		}
		e := timeline.Event{
			Date:     timeline.EventDate{Text: "May", Value: start, Start: start, End: end, Anchor: timeline.AnchorExplicit},
			Type:     types[rng.IntN(len(types))],
			Trigger:  words[rng.IntN(len(words))],
			Sentence: fmt.Sprintf("sentence %d of %s", i, id),
			Span:     [2]int{10 * i, 10*i + 5},
			Mentions: 1,
		}
		if rng.IntN(5) == 0 {
			e.Date = timeline.EventDate{Text: "", Value: "", Anchor: timeline.AnchorNone}
		}
		for range rng.IntN(3) {
			n := names[rng.IntN(len(names))]
			code := strings.ToUpper(n[:3])
			e.Participants = append(e.Participants, timeline.Entity{Text: n + " officials", Kind: "group", Country: n,
				CountryCode: code, ActorCode: code + "GOV"})
			if rng.IntN(2) == 0 {
				e.Participants[len(e.Participants)-1] = timeline.Entity{Text: n, Kind: "country"}
			}
		}
		if rng.IntN(2) == 0 {
			n := names[rng.IntN(len(names))]
			e.Location = &timeline.Entity{Text: "the capital", Kind: "city", Country: n, CountryCode: strings.ToUpper(n[:3])}
		}
		e.CAMEO = timeline.CAMEO(e.Type)
		events = append(events, e)
	}
	hash := timeline.TextHash(fmt.Sprint(rng.Int()))
	tl := timeline.Build(timeline.Document{ID: id, Source: "record", Hash: hash, RefDate: "2025-05-31", RefDateSource: "record"}, events)
	tl.Entities = []timeline.DocEntity{{Text: names[rng.IntN(len(names))], Kind: "country", Count: 1 + rng.IntN(3)}}
	return tl
}

// jsonOf renders a timeline as JSON.
func jsonOf(t *testing.T, tl timeline.Timeline) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := tl.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestFoldsAsMerge adds, re-adds and replaces random documents in random
// orders; after each step the store must hold exactly Merge of the
// documents it should hold.
func TestFoldsAsMerge(t *testing.T) {
	for seed := range uint64(20) {
		t.Run(fmt.Sprint(seed), func(t *testing.T) {
			rng := rand.New(rand.NewPCG(seed, 1))
			s, _ := openTemp(t)
			current := map[string]timeline.Timeline{}
			var ids []string
			for step := range 25 {
				id := fmt.Sprintf("d%d", rng.IntN(12))
				tl := randomDoc(rng, id)
				want := Added
				if old, ok := current[id]; ok {
					want = Replaced
					if rng.IntN(3) == 0 {
						tl, want = old, Skipped
					}
				} else {
					ids = append(ids, id)
				}
				current[id] = tl
				res, err := s.Add(tl)
				if rng.IntN(2) == 0 {
					if _, err := s.Refold(); err != nil {
						t.Fatal(err)
					}
				}
				if err != nil {
					t.Fatal(err)
				}
				if res.Action != want {
					t.Fatalf("step %d: %s %s, want %s", step, id, res.Action, want)
				}
				var all []timeline.Timeline
				for _, id := range ids {
					all = append(all, current[id])
				}
				got, err := s.Query(Filter{}, true)
				if err != nil {
					t.Fatal(err)
				}
				if g, w := jsonOf(t, got), jsonOf(t, timeline.Merge(all...)); !bytes.Equal(g, w) {
					t.Fatalf("step %d: the store differs from Merge:\n%s\nwant\n%s", step, g, w)
				}
				short, err := s.Query(Filter{}, false)
				if err != nil {
					t.Fatal(err)
				}
				if len(short.Events) != len(got.Events) {
					t.Fatalf("step %d: %d events without sources, %d with", step, len(short.Events), len(got.Events))
				}
				for i := range short.Events {
					if short.Events[i].ID != got.Events[i].ID || short.Events[i].Date != got.Events[i].Date {
						t.Fatalf("step %d: event %d differs without sources: %+v, want %+v", step, i, short.Events[i].Date, got.Events[i].Date)
					}
				}
			}
		})
	}
}

// TestReplaceSplits: a document that bridged two others' events is
// replaced by one that does not, and the folded event splits in two.
func TestReplaceSplits(t *testing.T) {
	s, _ := openTemp(t)
	day := timeline.EventDate{Value: "2025-05-10", Start: "2025-05-10", End: "2025-05-10", Anchor: timeline.AnchorExplicit}
	doc := func(id, hash, trigger string, who ...string) timeline.Timeline {
		e := timeline.Event{Date: day, Type: "attack", Trigger: trigger, Mentions: 1}
		for _, w := range who {
			e.Participants = append(e.Participants, timeline.Entity{Text: w, Kind: "country"})
		}
		return timeline.Build(timeline.Document{ID: id, Hash: hash}, []timeline.Event{e})
	}
	for _, tl := range []timeline.Timeline{doc("a", "1", "strikes", "India"), doc("c", "1", "shelling", "Chile"), doc("b", "1", "shelling", "India")} {
		if _, err := s.Add(tl); err != nil {
			t.Fatal(err)
		}
	}
	count := func() int {
		tl, err := s.Query(Filter{}, false)
		if err != nil {
			t.Fatal(err)
		}
		return len(tl.Events)
	}
	if n := count(); n != 1 {
		t.Fatalf("%d events, want the three reports folded into 1", n)
	}
	res, err := s.Add(doc("b", "2", "bombing", "Peru"))
	if err != nil {
		t.Fatal(err)
	}
	if res.Action != Replaced {
		t.Errorf("replacing b: %s", res.Action)
	}
	if n := count(); n != 3 {
		t.Errorf("%d events after b lost its bridge, want 3", n)
	}
}

// TestNewerSchema: a database of a newer schema version is refused.
func TestNewerSchema(t *testing.T) {
	s, path := openTemp(t)
	if _, err := s.db.Exec(`UPDATE schema_version SET version = ?`, Version+1); err != nil {
		t.Fatal(err)
	}
	s.Close()
	_, err := Open(path)
	if !errors.Is(err, ErrNewerSchema) {
		t.Fatalf("opening a newer schema: %v, want ErrNewerSchema", err)
	}
	t.Log(err)
}

// TestQueryFilters: the filters select what timeline.Query and Text keep.
func TestQueryFilters(t *testing.T) {
	s, _ := openTemp(t)
	rng := rand.New(rand.NewPCG(7, 7))
	var all []timeline.Timeline
	for i := range 12 {
		tl := randomDoc(rng, fmt.Sprintf("d%d", i))
		all = append(all, tl)
		if _, err := s.Add(tl); err != nil {
			t.Fatal(err)
		}
	}
	merged := timeline.Merge(all...)
	for _, f := range []Filter{
		{Query: timeline.Query{Actor: "pak"}},
		{Query: timeline.Query{From: "2025-05-04", To: "2025-05-05"}},
		{Query: timeline.Query{Types: []string{"meeting"}, Actor: "GHANA"}},
		{Text: "summit d3"},
		{Query: timeline.Query{Place: "nowhere"}},
		{Query: timeline.Query{Actor: "GHAGOV"}},
		{Query: timeline.Query{Actor: "chi"}},
		{Query: timeline.Query{Place: "KEN"}},
		{Query: timeline.Query{Place: "india"}},
		{Query: timeline.Query{Place: "Africa"}},
		{Query: timeline.Query{Actor: "southern asia"}},
	} {
		got, err := s.Query(f, true)
		if err != nil {
			t.Fatal(err)
		}
		want := merged.Filter(f.keep)
		if len(got.Events) != len(want.Events) || len(want.Events) == 0 && f.Place != "nowhere" {
			t.Errorf("%+v: %d events, want %d (and some)", f, len(got.Events), len(want.Events))
		}
	}
}

// BenchmarkAdd adds documents of a few events each that fold with one
// another's often, and folds them at the end, as chronicle add does.
//
//	go test ./store -run '^$' -bench Add
func BenchmarkAdd(b *testing.B) {
	s, err := Open(filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	rng := rand.New(rand.NewPCG(1, 2))
	i := 0
	for b.Loop() {
		if _, err := s.Add(randomDoc(rng, fmt.Sprintf("d%d", i))); err != nil {
			b.Fatal(err)
		}
		i++
	}
	if _, err := s.Refold(); err != nil {
		b.Fatal(err)
	}
}
