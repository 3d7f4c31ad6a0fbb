package timeline

import (
	"slices"
	"strings"
)

// Query selects events: those dated within From..To, of one of Types, with
// a participant named like Actor and a location named like Place. An empty
// field selects everything. Dates are days as YYYY-MM-DD; names match
// case-insensitively as substrings of the text or the canonical name.
type Query struct {
	From, To string
	Types    []string
	Actor    string
	Place    string
}

// Keep reports whether event e satisfies q; an event overlaps From..To when
// its interval ends on or after From and starts on or before To (an
// undated event never does). Use it with [Timeline.Filter].
func (q Query) Keep(e Event) bool {
	if q.From != "" && (e.Date.End == "" || e.Date.End < q.From) {
		return false
	}
	if q.To != "" && (e.Date.Start == "" || e.Date.Start > q.To) {
		return false
	}
	if len(q.Types) > 0 && !slices.Contains(q.Types, e.Type) {
		return false
	}
	if q.Actor != "" && !slices.ContainsFunc(e.Participants, func(p Entity) bool { return named(p, q.Actor) }) {
		return false
	}
	if q.Place != "" && (e.Location == nil || !named(*e.Location, q.Place)) {
		return false
	}
	return true
}

// named reports whether the entity's text or canonical name contains name,
// ignoring case.
func named(e Entity, name string) bool {
	name = strings.ToLower(name)
	return strings.Contains(strings.ToLower(e.Text), name) || strings.Contains(strings.ToLower(e.Canonical), name)
}
