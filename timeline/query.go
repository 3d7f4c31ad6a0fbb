package timeline

import (
	"slices"
	"strings"
)

// Query selects events: those dated within From..To, of one of Types, with
// a participant named like Actor and a location named like Place. An empty
// field selects everything. Dates are days as YYYY-MM-DD; names match
// case-insensitively as substrings of the text, the canonical name or the
// country of the entity (Place "Switzerland" selects an event in Geneva,
// Actor "Pakistan" one with Pakistan's foreign minister), or exactly its
// country code ("CHE") or the whole name of a world region its country lies
// in (Place "Europe", "Western Europe" or "Middle East"; see
// [RegionCountries]); Actor also matches the start of a CAMEO actor code
// ("PAK" or "PAKGOV" for Pakistan's government).
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
	if q.Actor != "" && !slices.ContainsFunc(e.Participants, func(p Entity) bool {
		return named(p, q.Actor) || len(q.Actor) >= 3 && strings.HasPrefix(p.ActorCode, q.Actor)
	}) {
		return false
	}
	if q.Place != "" && (e.Location == nil || !named(*e.Location, q.Place)) {
		return false
	}
	return true
}

// named reports whether the entity's text, canonical name or country
// contains name, ignoring case, or its country code is name or lies in the
// world region named name.
func named(e Entity, name string) bool {
	if e.CountryCode != "" && (strings.EqualFold(e.CountryCode, name) || inRegion(e.CountryCode, name)) {
		return true
	}
	name = strings.ToLower(name)
	for _, s := range []string{e.Text, e.Canonical, e.Country} {
		if strings.Contains(strings.ToLower(s), name) {
			return true
		}
	}
	return false
}
