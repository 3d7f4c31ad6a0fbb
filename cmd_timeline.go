package main

import (
	"bytes"
	"errors"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/spf13/cobra"
)

// timelineOptions holds every flag of the timeline command.
type timelineOptions struct {
	batch    batchOptions
	filter   filterOptions
	all      bool
	wide     bool
	sentence bool
}

// timelineLong is the long help of the timeline command.
const timelineLong = `chronicle reads English news text and prints the chronology of the
diplomatic, political and military events it reports: what happened, when
(normalized against the article's publication date), who took part, and where.

Input is the files named, or standard input when there are none or one is "-".
A .jsonl file (or --input jsonl) holds one record a line:
  {"id": "...", "text": "...", "date": "2025-08-06", "url": "..."}

The reference date that "last week" or "on Tuesday" resolve against comes from
--ref-date, else a record's "date", else a date line at the top of the text,
else today (with a notice on stderr).

By default the timeline lists the events dated by their own time expression
and the article's main reported event; --all adds the events that only
inherit a date from the narrative, and the undated ones.

Exit codes: 0 success, 1 an input could not be read or processed (the others
still are), 2 bad usage.`

// newTimelineCmd builds the timeline command: the root command, and
// "chronicle extract", its other name.
func newTimelineCmd(use, short string, std stdio) *cobra.Command {
	var o timelineOptions
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Long:  timelineLong,
		Args:  cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := o.validate(); err != nil {
				return err
			}
			return runTimeline(o, args, std)
		},
	}
	addTimelineFlags(cmd, &o)
	return cmd
}

// addTimelineFlags adds the timeline command's flags to cmd.
func addTimelineFlags(cmd *cobra.Command, o *timelineOptions) {
	f := cmd.Flags()
	addBatchFlags(cmd, &o.batch, timelineFormats())
	f.BoolVar(&o.all, "all", false, "also list events with an inherited date, and undated ones")
	f.BoolVar(&o.all, "undated", false, "the same as --all")
	f.BoolVar(&o.wide, "wide", false, "table: do not shorten long cells or fit the terminal's width")
	f.BoolVar(&o.sentence, "sentence", false, "table: add the sentence each event was read from")
	addFilterFlags(cmd, &o.filter)
}

// validate checks the flags.
func (o *timelineOptions) validate() error {
	if err := o.batch.validate(timelineFormats()); err != nil {
		return err
	}
	return o.filter.validate()
}

// runTimeline prints the timeline of each input as it is done, in input
// order: rendered on the workers in the formats written per document, else
// handed to the format's timelineWriter (which for a table, CSV or Markdown
// writes rows as they come; see outputFormat.stream).
func runTimeline(o timelineOptions, args []string, std stdio) error {
	format := formatNamed(o.batch.format)
	opts := timeline.TableOptions{Wide: o.wide, ShowSentence: o.sentence, Width: tableWidth(std.out)}
	q := o.filter.query()
	write, done := format.docWriter(std.out)
	var tw timelineWriter
	if !format.perDocument {
		tw = format.newTimelineWriter(std.out, opts)
	}
	written := 0
	err := extractEach(o.batch, args, std,
		func(info timeline.Document, res *extract.Result) (any, error) {
			tl := buildTimeline(info, res, o.all).Filter(q.Keep)
			if !format.perDocument {
				return tl, nil
			}
			var buf bytes.Buffer
			err := format.timelines(&buf, []timeline.Timeline{tl}, opts)
			return buf.Bytes(), err
		},
		func(v any) error {
			if b, ok := v.([]byte); ok {
				return write(b)
			}
			written++
			return tw.Write(v.(timeline.Timeline))
		})
	if err != nil && !errors.Is(err, errSomeFailed) {
		return err
	}
	if format.perDocument {
		if derr := done(); derr != nil {
			return derr
		}
		return err // written as they came
	}
	if written > 0 || format.evenEmpty {
		if werr := tw.Close(); werr != nil {
			return werr
		}
	}
	return err
}

// buildTimeline makes the timeline of one extracted document: the events
// the default listing shows ([timeline.IsListed]), or with all every one.
func buildTimeline(info timeline.Document, res *extract.Result, all bool) timeline.Timeline {
	tl := timeline.Build(info, res.Events)
	if !all {
		tl = tl.Filter(timeline.IsListed)
	}
	tl.Entities = res.Entities
	tl.Warnings = res.Warnings
	return tl
}
