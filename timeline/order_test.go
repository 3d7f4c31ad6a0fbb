package timeline

import (
	"bytes"
	"strings"
	"sync"
	"testing"
)

// ev returns an event with a date value, mod, trigger and trigger offset.
func ev(value, mod, trigger string, offset int) Event {
	anchor := AnchorExplicit
	if value == "" {
		anchor = AnchorNone
	}
	return Event{
		Date:    NewEventDate("", value, mod, anchor),
		Type:    "other",
		Trigger: trigger,
		Span:    [2]int{offset, offset + len(trigger)},
	}
}

// triggers lists the triggers of a timeline's events, in order.
func triggers(tl Timeline) string {
	var ts []string
	for _, e := range tl.Events {
		ts = append(ts, e.Trigger)
	}
	return strings.Join(ts, " ")
}

func TestBuildOrder(t *testing.T) {
	tests := []struct {
		name   string
		events []Event
		want   string
	}{
		{"by start", []Event{ev("2025-05-10", "", "fired", 10), ev("2025-04", "END", "attack", 50), ev("2025-05", "START", "launched", 30)},
			"attack launched fired"},
		{"coarse before fine", []Event{ev("1994-04-06", "", "shot", 5), ev("1994", "", "genocide", 80)},
			"genocide shot"},
		{"week before its Monday", []Event{ev("2025-07-28", "", "day", 1), ev("2025-W31", "", "week", 2)},
			"week day"},
		{"mid-year after its May", []Event{ev("1996-05", "", "may", 1), ev("1996", "MID", "mid", 2), ev("1996-04", "", "april", 3)},
			"april mid may"},
		{"same day in text order", []Event{ev("1998-03-01", "", "b", 20), ev("1998-03-01", "", "a", 10), ev("1998-03-01", "", "c", 30)},
			"a b c"},
		{"same offset by trigger", []Event{ev("1998-03-01", "", "y", 10), ev("1998-03-01", "", "x", 10)},
			"x y"},
		{"undated last in text order", []Event{ev("", "", "u2", 90), ev("PAST_REF", "", "u1", 5), ev("2025-01-01", "", "d", 100)},
			"d u1 u2"},
		{"start and end override value", []Event{ev("2025-05-10", "", "b", 1), {Date: EventDate{Value: "PAST_REF", Start: "2025-05-01", End: "2025-05-09"}, Trigger: "a", Span: [2]int{2, 3}}},
			"a b"},
		{"empty", nil, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			tl := Build(Document{ID: "d"}, tc.events)
			if got := triggers(tl); got != tc.want {
				t.Errorf("order = %q, want %q", got, tc.want)
			}
		})
	}
}

func TestBuildIDsSchemaAndEmptySlices(t *testing.T) {
	in := []Event{ev("2025-05-10", "", "b", 10), ev("2025-04", "", "a", 50)}
	in[0].ID = "keep"
	tl := Build(Document{ID: "d"}, in)
	if tl.Schema != Schema {
		t.Errorf("Schema = %d, want %d", tl.Schema, Schema)
	}
	for i, want := range []string{"e1", "e2"} {
		if tl.Events[i].ID != want {
			t.Errorf("event %d ID = %q, want %q", i, tl.Events[i].ID, want)
		}
		if tl.Events[i].Participants == nil {
			t.Errorf("event %d Participants is nil", i)
		}
	}
	if tl.Entities == nil {
		t.Error("Entities is nil")
	}
	if in[0].ID != "keep" || in[0].Participants != nil || in[0].Trigger != "b" {
		t.Errorf("Build modified its input: %+v", in[0])
	}
	if empty := Build(Document{}, nil); empty.Events == nil || empty.Entities == nil {
		t.Errorf("Build of no events has nil slices: %+v", empty)
	}
}

func TestFilter(t *testing.T) {
	in := []Event{ev("2025-05-10", "", "a", 10), ev("2025-05-11", "", "b", 20), ev("2025-05-12", "", "c", 30)}
	in[1].Date.Anchor = AnchorInherited
	tl := Build(Document{}, in)
	got := tl.Filter(IsListed)
	if triggers(got) != "a c" || got.Events[1].ID != "e3" {
		t.Errorf("Filter(IsListed) = %q with IDs %q, %q; want a c with e1, e3", triggers(got), got.Events[0].ID, got.Events[1].ID)
	}
	if none := tl.Filter(func(Event) bool { return false }); none.Events == nil {
		t.Error("Filter of nothing gives nil Events")
	}
	if len(tl.Events) != 3 {
		t.Errorf("Filter changed the receiver: %d events", len(tl.Events))
	}
}

// sample returns events in scrambled order, with ties, undated ones and
// participants.
func sample() []Event {
	es := []Event{
		ev("2025-08-06", "", "spoke", 40),
		ev("", "", "said", 300),
		ev("2025-04", "END", "attack", 500),
		ev("2025-W31", "", "finalized", 900),
		ev("2025-05-10", "", "fired", 700),
		ev("2025-05", "START", "launched", 600),
		ev("2025-08-06", "", "conversation", 40),
	}
	es[0].Participants = []Entity{{Text: "Dar", Kind: "person", Canonical: "Mohammad Ishaq Dar"}, {Text: "Rubio", Kind: "person"}}
	es[2].Location = &Entity{Text: "Jammu and Kashmir", Kind: "region"}
	return es
}

func TestBuildDeterministic(t *testing.T) {
	render := func() []byte {
		var b bytes.Buffer
		if err := Build(Document{ID: "x"}, sample()).WriteJSON(&b); err != nil {
			t.Fatal(err)
		}
		return b.Bytes()
	}
	want := render()
	if got := render(); !bytes.Equal(got, want) {
		t.Fatalf("second build differs:\n%s\nwant\n%s", got, want)
	}
	const workers = 8
	outs := make([][]byte, workers)
	var wg sync.WaitGroup
	for i := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var b bytes.Buffer
			if err := Build(Document{ID: "x"}, sample()).WriteJSON(&b); err != nil {
				t.Error(err)
			}
			outs[i] = b.Bytes()
		}()
	}
	wg.Wait()
	for i, got := range outs {
		if !bytes.Equal(got, want) {
			t.Errorf("goroutine %d output differs", i)
		}
	}
	// Building an already built timeline changes nothing.
	tl := Build(Document{ID: "x"}, sample())
	again := Build(tl.Document, tl.Events)
	var a, b bytes.Buffer
	_ = tl.WriteJSON(&a)
	_ = again.WriteJSON(&b)
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("rebuilding a timeline changes it")
	}
}
