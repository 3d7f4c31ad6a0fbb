package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/chronicle-news/chronicle/timeline"
	"github.com/spf13/cobra"
)

// mergeOptions holds every flag of the merge command.
type mergeOptions struct {
	format   string
	filter   filterOptions
	wide     bool
	sentence bool
}

// newMergeCmd builds the merge command.
func newMergeCmd(std stdio) *cobra.Command {
	var o mergeOptions
	cmd := &cobra.Command{
		Use:   "merge [file...]",
		Short: "Merge many timelines into one chronology, folding duplicate events",
		Long: `merge reads timelines written by chronicle (--format json or jsonl, from any
number of runs or machines, or earlier merges) and prints one chronology.
Events that report the same real-world event fold into one: the same type,
overlapping dates, and a shared participant or the same trigger word. A
folded event takes the most specific date among its reports and lists every
report under "sources" (document id, url, sentence, and the event as that
document gave it).

Merging is order-independent and associative: merging shards and then
merging the results gives the same chronology as merging everything at once,
so chronicle can be the map step and merge the reduce step of a job spread
over many machines.

Input is the files named, or standard input when there are none or one is
"-". Error records of a JSON Lines run are skipped, with a count on stderr.`,
		Example: `  chronicle -f jsonl articles/*.txt > a.jsonl
  chronicle merge a.jsonl b.jsonl --from 2025-01-01 --type attack,military_operation
  chronicle merge --actor Pakistan -f json shard-*.json > merged.json`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := o.validate(); err != nil {
				return err
			}
			return runMerge(o, args, std)
		},
	}
	f := cmd.Flags()
	// merge has always listed only the names ("md" works all the same)
	f.StringVarP(&o.format, "format", "f", defaultFormat, timelineFormats().help(false))
	addFilterFlags(cmd, &o.filter)
	f.BoolVar(&o.wide, "wide", false, "table: do not shorten long cells or fit the terminal's width")
	f.BoolVar(&o.sentence, "sentence", false, "table: add the sentence each event was read from")
	return cmd
}

// validate checks the flags: the format, the dates and the event types.
func (o *mergeOptions) validate() error {
	if _, ok := timelineFormats().lookup(o.format); !ok {
		return usagef("unknown --format %q (want %s)", o.format, orList(timelineFormats().names()))
	}
	return o.filter.validate()
}

// runMerge reads the timelines named by args, merges them and prints
// the events the filters keep.
func runMerge(o mergeOptions, args []string, std stdio) error {
	if len(args) == 0 {
		args = []string{"-"}
	}
	hintIfTyping(std, args, "timelines (JSON or JSON Lines)")
	var tls []timeline.Timeline
	skipped, failed := 0, 0
	for _, arg := range args {
		// a bad input is reported and the others still merged, as the
		// timeline command does; what it held before the fault is kept
		got, errs, err := readTimelines(arg, std.in)
		if err != nil {
			fmt.Fprintf(std.err, "chronicle: %v\n", err)
			failed++
		}
		tls = append(tls, got...)
		skipped += errs
	}
	if skipped > 0 {
		fmt.Fprintf(std.err, "chronicle: merge: skipped %d error records\n", skipped)
	}
	q := o.filter.query()
	tl := timeline.Merge(tls...).Filter(q.Keep)
	opts := timeline.TableOptions{Wide: o.wide, ShowSentence: o.sentence, Width: tableWidth(std.out)}
	if err := formatNamed(o.format).timelines(std.out, []timeline.Timeline{tl}, opts); err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d %w", failed, len(args), errSomeFailed)
	}
	return nil
}

// readTimelines reads the timelines of one JSON or JSON Lines file ("-":
// stdin): a stream of document objects, or of arrays of them (what -f json
// writes for several documents). It returns how many error records it
// skipped; on a fault it returns the timelines read before it, with the
// error.
func readTimelines(arg string, stdin io.Reader) ([]timeline.Timeline, int, error) {
	name, r := arg, stdin
	if arg == "-" {
		name = "stdin"
	} else {
		f, err := os.Open(arg)
		if err != nil {
			return nil, 0, fmt.Errorf("%s: %v", arg, openError(arg, err))
		}
		defer f.Close()
		r = f
	}
	dec := json.NewDecoder(r)
	var out []timeline.Timeline
	skipped, n := 0, 0
	for {
		var raw json.RawMessage
		err := dec.Decode(&raw)
		if errors.Is(err, io.EOF) {
			return out, skipped, nil
		}
		if errors.Is(err, io.ErrUnexpectedEOF) {
			return out, skipped, fmt.Errorf("%s: timeline %d is cut off: the input ends inside it (was the run that wrote it stopped?)", name, n+1)
		}
		if err != nil {
			return out, skipped, fmt.Errorf("%s: timeline %d: not a chronicle timeline: %v", name, n+1, err)
		}
		docs := []json.RawMessage{raw}
		if bytes.HasPrefix(bytes.TrimSpace(raw), []byte("[")) {
			if err := json.Unmarshal(raw, &docs); err != nil {
				return out, skipped, fmt.Errorf("%s: timeline %d: not a chronicle timeline: %v", name, n+1, err)
			}
		}
		for _, doc := range docs {
			n++
			tl, isError, err := decodeTimeline(doc)
			switch {
			case err != nil:
				return out, skipped, fmt.Errorf("%s: timeline %d: %v", name, n, err)
			case isError:
				skipped++
			default:
				out = append(out, tl)
			}
		}
	}
}

// decodeTimeline decodes one document object: a timeline of schema
// [timeline.Schema], or an error record (isError).
func decodeTimeline(doc json.RawMessage) (tl timeline.Timeline, isError bool, err error) {
	var raw struct {
		timeline.Timeline
		Error string `json:"error"`
	}
	if err := json.Unmarshal(doc, &raw); err != nil {
		return tl, false, fmt.Errorf("not a chronicle timeline: %v", err)
	}
	if raw.Error != "" {
		return tl, true, nil
	}
	if raw.Schema != timeline.Schema {
		return tl, false, fmt.Errorf("schema %d, want %d", raw.Schema, timeline.Schema)
	}
	return raw.Timeline, false, nil
}
