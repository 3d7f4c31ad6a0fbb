package main

import (
	"strings"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/spf13/cobra"
)

// filterOptions are the flags that select events, shared by the timeline
// command and merge: they make a timeline.Query.
type filterOptions struct {
	from, to string
	types    []string
	actor    string
	place    string
}

// addFilterFlags adds the event filters to cmd.
func addFilterFlags(cmd *cobra.Command, o *filterOptions) {
	f := cmd.Flags()
	f.StringVar(&o.from, "from", "", "keep events that end on or after this day (YYYY-MM-DD)")
	f.StringVar(&o.to, "to", "", "keep events that start on or before this day (YYYY-MM-DD)")
	f.StringSliceVar(&o.types, "type", nil, "keep events of these types (comma-separated: attack,meeting,...)")
	f.StringVar(&o.actor, "actor", "", "keep events with a participant named like this, or of this country or world region (case-insensitive; or a CAMEO actor code: PAKGOV)")
	f.StringVar(&o.place, "place", "", "keep events whose location is named like this, or lies in this country or world region (Switzerland, Western Europe and Europe find Geneva; or an ISO code: CHE)")
}

// validate checks the dates and the event types.
func (o *filterOptions) validate() error {
	for _, d := range []struct{ name, v string }{{"--from", o.from}, {"--to", o.to}} {
		if d.v != "" {
			if _, err := parseDate(d.v); err != nil {
				return usagef("%s %q: want a date as YYYY-MM-DD", d.name, d.v)
			}
		}
	}
	known := map[string]bool{}
	for _, t := range timeline.Types() {
		known[t] = true
	}
	for _, t := range o.types {
		if !known[t] {
			return usagef("unknown --type %q (want one of %s)", t, strings.Join(timeline.Types(), ", "))
		}
	}
	return nil
}

// query returns the filters as a query; the zero query keeps everything.
func (o *filterOptions) query() timeline.Query {
	return timeline.Query{From: o.from, To: o.to, Types: o.types, Actor: o.actor, Place: o.place}
}
