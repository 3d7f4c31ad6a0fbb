package main

import (
	"fmt"
	"io"
	"os"
	"text/tabwriter"

	"github.com/chronicle-news/chronicle/store"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/spf13/cobra"
)

// queryOptions holds every flag of the query command.
type queryOptions struct {
	format   string
	filter   filterOptions
	wide     bool
	sentence bool
	db       string
	text     string
	sources  bool
	stats    bool
}

// newQueryCmd builds the query command.
func newQueryCmd(std stdio) *cobra.Command {
	var o queryOptions
	cmd := &cobra.Command{
		Use:   "query",
		Short: "Print the chronology kept in a store, or counts of it",
		Long: `query prints the events of a store (see "chronicle add") that the filters
keep, in chronological order, in any output format. The result is the one
"chronicle merge" gives over the timelines of the documents stored: the
JSON, CSV and HTML formats give every event's reports ("sources"), as merge
does, and --sources lists them after a table or Markdown.

--stats prints counts instead: of the store, and of the events kept by type,
by month and by actor.

The store is --db, else $CHRONICLE_DB, else chronicle.db in the working
directory.`,
		Example: `  chronicle query --db news.db --actor Pakistan --from 2025-05-01 --to 2025-05-31
  chronicle query --type attack,military_operation -f json > attacks.json
  chronicle query --text "missile" --sources
  chronicle query --stats`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if _, ok := timelineFormats().lookup(o.format); !ok {
				return usagef("unknown --format %q (want %s)", o.format, orList(timelineFormats().names()))
			}
			if err := o.filter.validate(); err != nil {
				return err
			}
			return runQuery(o, std)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.db, "db", "", "the store: a SQLite database written by chronicle add (default $CHRONICLE_DB, else chronicle.db)")
	f.StringVarP(&o.format, "format", "f", defaultFormat, timelineFormats().help(true))
	addFilterFlags(cmd, &o.filter)
	f.StringVar(&o.text, "text", "", "keep events whose trigger, summary or sentence contain every one of these words (case-insensitive)")
	f.BoolVar(&o.sources, "sources", false, "list each event's reports (document, url, sentence)")
	f.BoolVar(&o.stats, "stats", false, "print counts per type, month and actor instead of the events")
	f.BoolVar(&o.wide, "wide", false, "table: do not shorten long cells")
	f.BoolVar(&o.sentence, "sentence", false, "table: add the sentence each event was read from")
	return cmd
}

// runQuery prints the stored events the filters keep, or their counts.
func runQuery(o queryOptions, std stdio) error {
	path := dbPath(o.db)
	if _, err := os.Stat(path); err != nil {
		return fmt.Errorf("%s: %v (a store is made by chronicle add)", path, openError(path, err))
	}
	st, err := store.Open(path)
	if err != nil {
		return err
	}
	defer st.Close()
	filter := store.Filter{Query: o.filter.query(), Text: o.text}
	if o.stats {
		s, err := st.Stats(filter)
		if err != nil {
			return err
		}
		return writeStats(std.out, s)
	}
	format := formatNamed(o.format)
	// the formats that show an event's sources get them all
	shown := format.name != "table" && format.name != "markdown" && format.name != "timelinejs"
	tl, err := st.Query(filter, o.sources || shown)
	if err != nil {
		return err
	}
	opts := timeline.TableOptions{Wide: o.wide, ShowSentence: o.sentence, Width: tableWidth(std.out)}
	if err := format.timelines(std.out, []timeline.Timeline{tl}, opts); err != nil {
		return err
	}
	if o.sources && (format.name == "table" || format.name == "markdown") {
		return timeline.WriteSources(std.out, tl)
	}
	return nil
}

// maxActors is how many actors --stats lists.
const maxActors = 20

// writeStats writes a store's counts as plain text tables.
func writeStats(w io.Writer, s store.Stats) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "documents\t%d\nreports\t%d\nevents\t%d\nselected\t%d\n", s.Documents, s.Reports, s.Events, s.Selected)
	table := func(title string, cs []store.Count, limit int) {
		fmt.Fprintf(tw, "\n%s\tEVENTS\n", title)
		for i, c := range cs {
			if limit > 0 && i == limit {
				fmt.Fprintf(tw, "(%d more)\t\n", len(cs)-limit)
				break
			}
			fmt.Fprintf(tw, "%s\t%d\n", c.Key, c.N)
		}
	}
	table("TYPE", s.Types, 0)
	table("MONTH", s.Months, 0)
	table("ACTOR", s.Actors, maxActors)
	return tw.Flush()
}
