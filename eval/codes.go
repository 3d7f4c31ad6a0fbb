package eval

import (
	"fmt"
	"io"
	"sort"

	"github.com/chronicle-news/chronicle/timeline"
)

// CodeCoverage measures how many of the entities an event-data user joins
// on carry codes: the locations of events with an ISO country code, and
// the participants that are countries or government officials with a
// CAMEO actor code. It needs no gold annotation: behind
// "chronicle eval codes".
type CodeCoverage struct {
	Located, LocatedCoded int // events with a location; those whose location has a country code
	Actors, ActorsCoded   int // country and official participants; those with an actor code
	// Missing names what lacks a code, one line each, by document.
	Missing []string
}

// Add counts the events of one document; official reports whether a
// person participant holds a government office.
func (c *CodeCoverage) Add(doc string, events []timeline.Event, official func(timeline.Entity) bool) {
	for _, e := range events {
		if l := e.Location; l != nil {
			c.Located++
			if l.CountryCode != "" {
				c.LocatedCoded++
			} else {
				c.Missing = append(c.Missing, fmt.Sprintf("%s: %s: location %q (%s)", doc, e.ID, l.Text, l.Kind))
			}
		}
		for _, p := range e.Participants {
			if p.Kind != "country" && !(p.Kind == "person" && official(p)) {
				continue
			}
			c.Actors++
			if p.ActorCode != "" {
				c.ActorsCoded++
			} else {
				c.Missing = append(c.Missing, fmt.Sprintf("%s: %s: actor %q (%s)", doc, e.ID, p.Text, p.Kind))
			}
		}
	}
}

// CountryShare is the share of located events whose location has a
// country code.
func (c CodeCoverage) CountryShare() float64 { return ratio(c.LocatedCoded, c.Located) }

// ActorShare is the share of country and official participants with an
// actor code.
func (c CodeCoverage) ActorShare() float64 { return ratio(c.ActorsCoded, c.Actors) }

// WriteText writes the two figures, and with details every entity that
// lacks a code.
func (c CodeCoverage) WriteText(w io.Writer, details bool) {
	if details {
		missing := append([]string(nil), c.Missing...)
		sort.Strings(missing)
		for _, m := range missing {
			fmt.Fprintln(w, m)
		}
	}
	fmt.Fprintf(w, "located events with a country code     %4d of %4d  %.3f\n", c.LocatedCoded, c.Located, c.CountryShare())
	fmt.Fprintf(w, "country and official participants coded %4d of %4d  %.3f\n", c.ActorsCoded, c.Actors, c.ActorShare())
}
