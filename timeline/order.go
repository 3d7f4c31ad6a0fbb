package timeline

import (
	"slices"
	"strconv"
	"strings"
	"time"
)

// Build returns the timeline of a document: its events in chronological
// order, numbered "e1".."eN" in that order, with Schema set.
//
// # Order
//
// One total order, applied with a stable sort:
//
//  1. the start of the event's interval of days ([EventDate.Bounds]);
//  2. coarser precision first ([PrecisionOf]), so that "1994" sorts before
//     "1994-04-06" and "2025-W31" before "2025-07-28";
//  3. the trigger's byte offset, Span[0] (text order);
//  4. the trigger text.
//
// Undated events, those without an interval, come after all dated ones, in
// text order (Span[0], then trigger).
//
// Build never returns nil slices: Events, Entities and every event's
// Participants are empty rather than nil, so that JSON shows [] and never
// null. It copies events and does not modify the caller's slice. Equal
// inputs give equal output, and Build is safe to call from many goroutines.
func Build(doc Document, events []Event) Timeline {
	keys := make([]orderKey, len(events))
	for i := range events {
		keys[i] = keyOf(events[i])
	}
	idx := make([]int, len(events))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(a, b int) int { return compareKeys(keys[a], keys[b]) })

	sorted := make([]Event, len(events)) // the one copy: the caller's slice stays as it is
	for n, i := range idx {
		e := events[i]
		e.ID = "e" + strconv.Itoa(n+1)
		if e.Participants == nil {
			e.Participants = []Entity{}
		}
		sorted[n] = e
	}
	tl := Timeline{Schema: Schema, Document: doc, Events: sorted}
	return tl.withEmptySlices()
}

// orderKey is what [Build] sorts an event by.
type orderKey struct {
	dated     bool
	start     time.Time
	precision Precision
	offset    int
	trigger   string
}

// keyOf returns the sort key of an event.
func keyOf(e Event) orderKey {
	start, _, ok := e.Date.Bounds()
	return orderKey{
		dated:     ok,
		start:     start,
		precision: PrecisionOf(e.Date.Value),
		offset:    e.Span[0],
		trigger:   e.Trigger,
	}
}

// compareKeys orders two keys as [Build] documents.
func compareKeys(a, b orderKey) int {
	if a.dated != b.dated {
		if a.dated {
			return -1
		}
		return 1
	}
	if a.dated {
		if c := a.start.Compare(b.start); c != 0 {
			return c
		}
		if a.precision != b.precision {
			return int(b.precision) - int(a.precision) // coarser first
		}
	}
	if a.offset != b.offset {
		return a.offset - b.offset
	}
	return strings.Compare(a.trigger, b.trigger)
}

// Filter returns a copy of the timeline holding only the events for which
// keep returns true, in the same order and with their IDs unchanged, so
// that an event has the same ID in a filtered and an unfiltered listing.
func (tl Timeline) Filter(keep func(Event) bool) Timeline {
	out := tl
	out.Events = []Event{}
	for _, e := range tl.Events {
		if keep(e) {
			if e.Participants == nil {
				e.Participants = []Entity{}
			}
			out.Events = append(out.Events, e)
		}
	}
	return out.withEmptySlices()
}

// IsListed reports whether an event belongs in the default listing: it is
// dated by its own time expression (explicit or relative) or it is the
// reported event itself (document). Inherited and undated events are shown
// only on request (--all); pass IsListed to [Timeline.Filter].
func IsListed(e Event) bool {
	switch e.Date.Anchor {
	case AnchorExplicit, AnchorRelative, AnchorDocument:
		return true
	}
	return false
}

// withEmptySlices returns the timeline with nil slices replaced by empty
// ones, copying what it changes so that the receiver's slices are not
// modified.
func (tl Timeline) withEmptySlices() Timeline {
	if tl.Events == nil {
		tl.Events = []Event{}
	}
	if tl.Entities == nil {
		tl.Entities = []DocEntity{}
	}
	needEvents := false
	for _, e := range tl.Events {
		if e.Participants == nil {
			needEvents = true
			break
		}
	}
	if needEvents {
		evs := slices.Clone(tl.Events)
		for i := range evs {
			if evs[i].Participants == nil {
				evs[i].Participants = []Entity{}
			}
		}
		tl.Events = evs
	}
	needEntities := false
	for _, d := range tl.Entities {
		if d.Aliases == nil {
			needEntities = true
			break
		}
	}
	if needEntities {
		ents := slices.Clone(tl.Entities)
		for i := range ents {
			if ents[i].Aliases == nil {
				ents[i].Aliases = []string{}
			}
		}
		tl.Entities = ents
	}
	return tl
}
