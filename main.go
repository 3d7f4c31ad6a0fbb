// Command chronicle reads English news text and prints the chronology of the
// diplomatic, political and military events it reports: what happened, when
// (normalized against the article's publication date), who took part, and
// where, as a table or JSON.
//
// The work is done by two library packages: extract (the language side) and
// timeline (the event model, ordering and rendering). This package only
// reads flags and files and wires the two together.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"strings"

	"github.com/spf13/cobra"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1 // an input could not be read or processed
	exitUsage   = 2 // bad flags or arguments
)

func main() {
	// Keep the heap near 200 MiB on any input: past that the collector
	// works harder instead of letting the heap double. GOMEMLIMIT, when
	// set, takes precedence.
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(200 << 20)
		if os.Getenv("GOGC") == "" {
			debug.SetGCPercent(400) // collect less often; the limit still caps the heap
		}
	}
	os.Exit(execute(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// execute runs chronicle with args and returns the exit code.
func execute(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	cmd := newRootCmd(stdin, stdout, stderr)
	cmd.SetArgs(args)
	err := cmd.Execute()
	if err == nil {
		return exitOK
	}
	fmt.Fprintf(stderr, "chronicle: %v\n", err)
	var ue usageError
	if errors.As(err, &ue) {
		return exitUsage
	}
	return exitFailure
}

// usageError marks errors in flags or arguments (exit code 2).
type usageError struct{ err error }

func (e usageError) Error() string { return e.err.Error() }
func (e usageError) Unwrap() error { return e.err }

func usagef(format string, args ...any) error { return usageError{fmt.Errorf(format, args...)} }

// options holds every flag of the timeline command.
type options struct {
	batch    batchOptions
	all      bool
	wide     bool
	sentence bool
}

const rootLong = `chronicle reads English news text and prints the chronology of the
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

const rootExample = `  chronicle --ref-date 2025-08-06 testdata/pakistan-us-2025.txt
  curl -s https://example.com/article.txt | chronicle --format json
  chronicle --format jsonl articles/*.txt > timelines.jsonl
  chronicle tag --format json article.txt
  chronicle eval timeline --gold ../shared/data/timelines/dev`

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	cmd := newTimelineCmd("chronicle [file...]", "Print the chronology of the events a news article reports", stdin, stdout, stderr)
	cmd.Example = rootExample
	cmd.SilenceUsage = true
	cmd.SilenceErrors = true
	cmd.SetOut(stdout)
	cmd.SetErr(stderr)
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	extractCmd := newTimelineCmd("extract [file...]", "Print the timeline (the default command)", stdin, stdout, stderr)
	cmd.AddCommand(extractCmd, newTagCmd(stdin, stdout, stderr), newMergeCmd(stdin, stdout, stderr), newEvalCmd(stdout, stderr))
	return cmd
}

// newTimelineCmd builds the timeline command: the root command, and
// "chronicle extract", its other name.
func newTimelineCmd(use, short string, stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	var o options
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Long:  rootLong,
		Args:  cobra.ArbitraryArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := o.validate(); err != nil {
				return err
			}
			return runTimeline(o, args, stdin, stdout, stderr)
		},
	}
	addTimelineFlags(cmd, &o)
	return cmd
}

func addTimelineFlags(cmd *cobra.Command, o *options) {
	f := cmd.Flags()
	addBatchFlags(cmd, &o.batch, "table", `output format: "table", "json", "jsonl", "csv", "markdown" (or "md") or "timelinejs"`)
	f.BoolVar(&o.all, "all", false, "also list events with an inherited date, and undated ones")
	f.BoolVar(&o.all, "undated", false, "the same as --all")
	f.BoolVar(&o.wide, "wide", false, "table: do not shorten long cells")
	f.BoolVar(&o.sentence, "sentence", false, "table: add the sentence each event was read from")
}

// addBatchFlags adds the flags of every command that reads documents.
func addBatchFlags(cmd *cobra.Command, o *batchOptions, format, formatHelp string) {
	f := cmd.Flags()
	f.StringVar(&o.refDate, "ref-date", "", "publication date (YYYY-MM-DD) that relative dates resolve against")
	f.StringVarP(&o.format, "format", "f", format, formatHelp)
	f.StringVar(&o.input, "input", "auto", `input kind: "text", "jsonl", or "auto" (.jsonl files are JSON Lines)`)
	f.IntVarP(&o.jobs, "jobs", "j", 0, "documents processed in parallel (0: one per core); output keeps input order")
}

func (o *options) validate() error {
	return o.batch.validate("table", "json", "jsonl", "csv", "markdown", "md", "timelinejs")
}

// validate checks the shared flags; formats are the output formats the
// command knows.
func (o *batchOptions) validate(formats ...string) error {
	known := false
	for _, f := range formats {
		known = known || f == o.format
	}
	if !known {
		return usagef("unknown --format %q (want %s)", o.format, strings.Join(formats, ", "))
	}
	switch o.input {
	case "auto", "text", "jsonl":
	default:
		return usagef("unknown --input %q (want auto, text or jsonl)", o.input)
	}
	if o.refDate != "" {
		if _, err := parseDate(o.refDate); err != nil {
			return usagef("--ref-date %q: want a date as YYYY-MM-DD", o.refDate)
		}
	}
	if o.jobs < 0 {
		return usagef("--jobs %d: want 0 (one per core) or more", o.jobs)
	}
	return nil
}
