package extract

import (
	"strings"

	"github.com/chronicle-news/chronicle/timeline"
)

// This file holds every in-document fold: mentions of one event within a
// sentence (foldSentence), across the document (foldDocument), and a later
// definite mention ("that meeting", "the assault") into its antecedent
// (antecedents). foldInto is the one place two events become one. Folding
// across documents is timeline.Merge's.

// antecedents finds the event a definite mention refers to. It indexes
// the events of a document as they are appended (they are neither removed
// nor retyped until the document is folded), so that a long document does
// not search all its events for each definite mention.
type antecedents struct {
	indexed int              // events[:indexed] are indexed
	latest  map[string][]int // type -> indices of its latest events, at most antecedentReach, oldest first
	consult []int            // the same for calls, meetings, visits and talks together
}

// antecedentReach is how many of the latest events of a type a definite
// mention may refer to.
const antecedentReach = 4

// find returns the index of the latest event that a definite mention of
// an event of type typ refers to: the same type, or, for a call, meeting,
// visit or talks, any of them (CAMEO 04: "during that visit" after "met");
// -1 if none.
func (a *antecedents) find(events []timeline.Event, typ string) int {
	if c := a.recent(events, typ); len(c) > 0 {
		return c[len(c)-1]
	}
	return -1
}

// recent returns the indices of the events a definite mention of type typ
// may refer to, the oldest first: up to antecedentReach of its type (or of
// the consultation types). The caller must not modify it.
func (a *antecedents) recent(events []timeline.Event, typ string) []int {
	if a.latest == nil {
		a.latest = map[string][]int{}
	}
	keep := func(s []int, i int) []int {
		s = append(s, i)
		if len(s) > antecedentReach {
			s = s[1:]
		}
		return s
	}
	for ; a.indexed < len(events); a.indexed++ {
		t := events[a.indexed].Type
		a.latest[t] = keep(a.latest[t], a.indexed)
		if timeline.IsConsult(t) {
			a.consult = keep(a.consult, a.indexed)
		}
	}
	if timeline.IsConsult(typ) {
		return a.consult
	}
	return a.latest[typ]
}

// foldSentence folds the events that one sentence reports twice: the same
// type from the same time expression ("hosted ... for a lunch").
//
// It folds in place: the result shares events' array.
func foldSentence(events []timeline.Event) []timeline.Event {
	out := events[:0] // writes trail the reads: out[len(out)] was read already
	for _, e := range events {
		merged := false
		for k := len(out) - 1; k >= 0 && out[k].SentenceIndex == e.SentenceIndex; k-- {
			o := &out[k]
			if o.Type != e.Type {
				continue
			}
			if o.Date.Value == e.Date.Value && (o.Date.Text == e.Date.Text || o.Span == e.Span) {
				o.Mentions += e.Mentions
				merged = true
				break
			}
			// "struck ... overnight, the third such attack this month":
			// one event, at the more specific date; the same word twice
			// names two events ("meetings with Blair 10 days ago and
			// Clinton last week")
			if finer, ok := nested(o.Date, e.Date); ok && timeline.TriggerWord(o.Trigger) != timeline.TriggerWord(e.Trigger) {
				foldInto(o, e, finer)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, e)
		}
	}
	return out
}

// quoted reports whether token i of sentence si is inside a quotation. The
// quote state carries across sentences within a paragraph and ends at a
// line break.
func (d *docState) quoted(si, i int) bool {
	if d.quotes == nil {
		d.quotes = make([][]bool, len(d.sents))
		n := 0
		for k := range d.sents {
			n += len(d.sents[k].Tokens)
		}
		all := make([]bool, n) // one array for the document, a slice of it per sentence
		in := false
		prevEnd := 0
		for k := range d.sents {
			s := &d.sents[k]
			if strings.ContainsAny(d.text[prevEnd:s.Span.Start], "\n\r") {
				in = false
			}
			prevEnd = s.Span.End
			q := all[:len(s.Tokens):len(s.Tokens)]
			all = all[len(s.Tokens):]
			for j, t := range s.Tokens {
				switch t.Text {
				case "\"":
					in = !in
				case "“", "``":
					in = true
				case "”", "''":
					in = false
				default:
					q[j] = in
				}
			}
			d.quotes[k] = q
		}
	}
	return d.quotes[si][i]
}

// foldDocument folds later mentions of an event into the first: events of
// the same type named by the same word whose dates nest (the coup "last
// year" and the coup "in July last year") are one event, dated by the most
// specific mention; so are events of one type named by two words when one
// date lies strictly inside the other and the first is among the latest
// typeReach of its type ("this week's election" and "goes to the polls on
// Thursday"), statements aside.
//
// An undated event neither folds nor is folded into (nested needs two
// intervals), so it is not a candidate: a document of many undated events of
// one kind costs a pass, not a comparison of every pair. A dated event is
// compared with the earlier events of its type and word, which are few:
// one per distinct interval, as a later mention with an interval already
// seen folds.
//
// It folds in place: the result shares events' array.
func foldDocument(events []timeline.Event) []timeline.Event {
	out := events[:0]            // writes trail the reads: out[len(out)] was read already
	byHead := map[string][]int{} // type and trigger head -> indices into out
	byType := map[string][]int{} // type -> indices into out
	for _, e := range events {
		if e.Date.Start == "" {
			out = append(out, e)
			continue
		}
		key := e.Type + "\x00" + timeline.TriggerWord(e.Trigger)
		folded := false
		for _, k := range byHead[key] {
			o := &out[k]
			if o.SentenceIndex == e.SentenceIndex || !shareParticipant(o, &e) {
				continue
			}
			finer, ok := nested(o.Date, e.Date)
			if !ok {
				continue
			}
			foldInto(o, e, finer)
			folded = true
			break
		}
		// "this week's general election" and "goes to the polls on
		// Thursday": one event named by two words at two granularities
		near := byType[e.Type]
		if e.Type == "statement" {
			near = nil // two words, two statements: "issued a joint statement this week" and "warned on Tuesday"
		}
		near = near[max(0, len(near)-typeReach):] // the latest few: a pass stays linear
		for _, k := range near {
			o := &out[k]
			if folded || o.SentenceIndex == e.SentenceIndex || !shareParticipant(o, &e) || o.Date.Start == e.Date.Start && o.Date.End == e.Date.End {
				continue
			}
			if finer, ok := nested(o.Date, e.Date); ok {
				foldInto(o, e, finer)
				folded = true
			}
		}
		if !folded {
			byHead[key] = append(byHead[key], len(out))
			byType[e.Type] = append(byType[e.Type], len(out))
			out = append(out, e)
		}
	}
	return out
}

// typeReach is how many of the latest events of its type a mention named
// by another word is compared with.
const typeReach = 8

// shareParticipant reports whether two mentions can be one event by who
// took part: for a statement or a visit, one names no one or they share
// the one who acts (a person, else a country or body; any participant when
// either names no one acting): two people's statements, or visits, on one
// day are two events; other events are named again with other company
// ("the coup" in a later sentence about its victims).
func shareParticipant(a, b *timeline.Event) bool {
	if a.Type != "statement" && a.Type != "visit" || len(a.Participants) == 0 || len(b.Participants) == 0 {
		return true
	}
	as, bs := speakers(a.Participants), speakers(b.Participants)
	if len(as) == 0 || len(bs) == 0 {
		as, bs = a.Participants, b.Participants
	}
	for _, p := range as {
		for _, q := range bs {
			if p.Text == q.Text || p.Canonical != "" && p.Canonical == q.Canonical || p.Country != "" && p.Country == q.Country {
				return true
			}
		}
	}
	return false
}

// speakers returns the participants that speak in a statement: the
// people among those that act, else all that act ("Japan urged").
func speakers(ps []timeline.Entity) []timeline.Entity {
	var people, acting []timeline.Entity
	for _, p := range ps {
		if p.Role != timeline.RoleSource {
			continue
		}
		acting = append(acting, p)
		if p.Kind == "person" {
			people = append(people, p)
		}
	}
	if len(people) > 0 {
		return people
	}
	return acting
}

// foldInto folds mention e into event o: the pair keeps the mention with
// the finer date (finer is nested's answer: 1 means e's) and counts both.
func foldInto(o *timeline.Event, e timeline.Event, finer int) {
	mentions := o.Mentions + e.Mentions
	if finer == 1 {
		*o = e
	}
	o.Mentions = mentions
}

// nested reports whether one date's interval lies inside the other's, and
// which is finer: 0 for a, 1 for b.
func nested(a, b timeline.EventDate) (int, bool) {
	if a.Start == "" || b.Start == "" {
		return 0, false
	}
	switch {
	case a.Start >= b.Start && a.End <= b.End:
		return 0, true
	case b.Start >= a.Start && b.End <= a.End:
		return 1, true
	}
	return 0, false
}
