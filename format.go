package main

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/chronicle-news/chronicle/timeline"
)

// This file holds the one table of output formats. The help text of every
// command's --format, its validation and the writer each command calls all
// read it: a new format is a new row.

// defaultFormat is --format's default, for every command.
const defaultFormat = "table"

// An outputFormat is one value of --format and how each command writes it.
type outputFormat struct {
	name    string   // the spelling help text and messages use
	aliases []string // other spellings --format accepts

	// timelines writes timelines, for the timeline command and merge; nil:
	// they do not accept the format.
	timelines func(w io.Writer, tls []timeline.Timeline, opts timeline.TableOptions) error
	// tag writes one document's mentions, for the tag command (many: the
	// input holds more than one document); nil: tag does not accept the
	// format.
	tag func(w io.Writer, d tagDoc, many bool) error

	// stream makes the writer the timeline command hands each timeline to,
	// in input order, as it is done, for a format not written perDocument.
	// nil: the timeline command keeps every timeline and writes them all
	// through timelines at the end, as it must for TimelineJS (one JSON
	// object) and HTML (one page whose axis spans every date).
	stream func(w io.Writer, opts timeline.TableOptions) timelineWriter

	// perDocument: the timeline command renders each document by itself,
	// on the workers, and writes it as soon as it is done (JSON and JSON
	// Lines: a document's output does not depend on the others').
	perDocument bool
	// errorRecords: an input that cannot be processed gets an error record
	// in the output, so that the output keeps one line per input.
	errorRecords bool
	// evenEmpty: the timeline command writes it even when no input gave a
	// timeline (CSV still has its header row).
	evenEmpty bool
	// array: written per document, one document is one JSON value and
	// several are the elements of one JSON array (see jsonArray).
	array bool
}

// outputFormats is every output format, in the order help lists them.
var outputFormats = []outputFormat{
	{name: "table", timelines: timeline.WriteTable, stream: tableStream(timeline.NewTableWriter), tag: writeTagTable},
	{name: "json", timelines: each(timeline.Timeline.WriteJSON), tag: tagJSON(writeJSONIndent), perDocument: true, array: true},
	{name: "jsonl", timelines: each(timeline.Timeline.WriteJSONL), tag: tagJSON(writeJSONLine), perDocument: true, errorRecords: true},
	{name: "csv", timelines: withoutOptions(timeline.WriteCSV), stream: csvStream, evenEmpty: true},
	{name: "markdown", aliases: []string{"md"}, timelines: timeline.WriteMarkdown, stream: tableStream(timeline.NewMarkdownWriter)},
	{name: "timelinejs", timelines: withoutOptions(timeline.WriteTimelineJS)},
	{name: "html", timelines: withoutOptions(timeline.WriteHTML)},
}

// formatNamed returns the format spelled s, by its name or an alias; s is
// one that the command's validation let through.
func formatNamed(s string) outputFormat {
	f, _ := formatList(outputFormats).lookup(s)
	return f
}

// formatList is the formats one command accepts, in table order.
type formatList []outputFormat

// timelineFormats returns the formats the timeline command and merge accept.
func timelineFormats() formatList {
	var fl formatList
	for _, f := range outputFormats {
		if f.timelines != nil {
			fl = append(fl, f)
		}
	}
	return fl
}

// tagFormats returns the formats the tag command accepts.
func tagFormats() formatList {
	var fl formatList
	for _, f := range outputFormats {
		if f.tag != nil {
			fl = append(fl, f)
		}
	}
	return fl
}

// lookup returns the format spelled s, by its name or an alias, and
// reports whether there is one.
func (fl formatList) lookup(s string) (outputFormat, bool) {
	for _, f := range fl {
		if f.name == s || slices.Contains(f.aliases, s) {
			return f, true
		}
	}
	return outputFormat{}, false
}

// help is the help text of --format: `output format: "table", "json" or
// "jsonl"`. With withAliases, a name's aliases follow it in brackets:
// `"markdown" (or "md")`.
func (fl formatList) help(withAliases bool) string {
	items := make([]string, len(fl))
	for i, f := range fl {
		items[i] = strconv.Quote(f.name)
		if withAliases && len(f.aliases) > 0 {
			quoted := make([]string, len(f.aliases))
			for j, a := range f.aliases {
				quoted[j] = strconv.Quote(a)
			}
			items[i] += " (or " + strings.Join(quoted, ", ") + ")"
		}
	}
	return "output format: " + orList(items)
}

// names returns the formats' names, without their aliases.
func (fl formatList) names() []string {
	out := make([]string, len(fl))
	for i, f := range fl {
		out[i] = f.name
	}
	return out
}

// spellings returns every spelling the formats accept: each name followed
// by its aliases.
func (fl formatList) spellings() []string {
	var out []string
	for _, f := range fl {
		out = append(append(out, f.name), f.aliases...)
	}
	return out
}

// orList joins items as "a, b or c".
func orList(items []string) string {
	if len(items) < 2 {
		return strings.Join(items, "")
	}
	return strings.Join(items[:len(items)-1], ", ") + " or " + items[len(items)-1]
}

// each makes a writer of timelines from a writer of one: it writes them
// one after the other.
func each(write func(timeline.Timeline, io.Writer) error) func(io.Writer, []timeline.Timeline, timeline.TableOptions) error {
	return func(w io.Writer, tls []timeline.Timeline, _ timeline.TableOptions) error {
		for _, tl := range tls {
			if err := write(tl, w); err != nil {
				return err
			}
		}
		return nil
	}
}

// withoutOptions adapts a writer of timelines that takes no table options.
func withoutOptions(write func(io.Writer, []timeline.Timeline) error) func(io.Writer, []timeline.Timeline, timeline.TableOptions) error {
	return func(w io.Writer, tls []timeline.Timeline, _ timeline.TableOptions) error { return write(w, tls) }
}

// A timelineWriter takes the timelines of a run one at a time, in input
// order, and writes them as its format allows; Close ends the output.
type timelineWriter interface {
	Write(timeline.Timeline) error
	Close() error
}

// tableStream adapts the constructor of a table writer (text or Markdown),
// which writes rows as timelines come once the first block has set the
// columns (see [timeline.TableWriter]).
func tableStream(newWriter func(io.Writer, timeline.TableOptions) *timeline.TableWriter) func(io.Writer, timeline.TableOptions) timelineWriter {
	return func(w io.Writer, opts timeline.TableOptions) timelineWriter { return newWriter(w, opts) }
}

// csvStream writes CSV rows as timelines come, after one header line.
func csvStream(w io.Writer, _ timeline.TableOptions) timelineWriter { return timeline.NewCSVWriter(w) }

// newTimelineWriter returns the writer the timeline command hands each
// timeline to, for a format not written perDocument: its stream, else a
// collector that writes them all through timelines at Close (its memory
// grows with the run).
func (f outputFormat) newTimelineWriter(w io.Writer, opts timeline.TableOptions) timelineWriter {
	if f.stream != nil {
		return f.stream(w, opts)
	}
	return &collector{write: func(tls []timeline.Timeline) error { return f.timelines(w, tls, opts) }}
}

// collector is a timelineWriter that keeps every timeline until Close.
type collector struct {
	tls   []timeline.Timeline
	write func([]timeline.Timeline) error
}

func (c *collector) Write(tl timeline.Timeline) error { c.tls = append(c.tls, tl); return nil }
func (c *collector) Close() error                     { return c.write(c.tls) }

// tagJSON adapts a JSON writer to write the tag command's documents.
func tagJSON(write func(io.Writer, any) error) func(io.Writer, tagDoc, bool) error {
	return func(w io.Writer, d tagDoc, _ bool) error { return write(w, d) }
}

// writeJSONIndent writes v as JSON indented by two spaces, HTML left
// unescaped.
func writeJSONIndent(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// writeJSONLine writes v as JSON on one line, HTML left unescaped.
func writeJSONLine(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(v)
}

// jsonArray writes the JSON documents of a run as they come, so that the
// output is one JSON value whatever the number of inputs: one document is
// written as it is, two or more as the elements of one array, indented by
// two more spaces. It holds the first document back until it knows which.
type jsonArray struct {
	w     io.Writer
	first []byte
	n     int
}

// add writes one document: a JSON value ending in a newline.
func (a *jsonArray) add(doc []byte) error {
	a.n++
	var err error
	switch a.n {
	case 1:
		a.first = doc
	case 2:
		_, err = fmt.Fprintf(a.w, "[\n%s,\n%s", indentJSON(a.first), indentJSON(doc))
		a.first = nil
	default:
		_, err = fmt.Fprintf(a.w, ",\n%s", indentJSON(doc))
	}
	return err
}

// close ends the output: the document held back, or the array's end.
// With no document it writes nothing.
func (a *jsonArray) close() error {
	var err error
	switch {
	case a.n == 1:
		_, err = a.w.Write(a.first)
	case a.n > 1:
		_, err = io.WriteString(a.w, "\n]\n")
	}
	return err
}

// indentJSON indents every line of a JSON value by two spaces and drops
// its final newline; a JSON text holds no raw newline inside a string, so
// this only moves whitespace.
func indentJSON(doc []byte) string {
	s := strings.TrimSuffix(string(doc), "\n")
	return "  " + strings.ReplaceAll(s, "\n", "\n  ")
}

// docWriter returns how a command writes its per-document output to w:
// through a jsonArray for an array format, else straight; done must be
// called once every document is written.
func (f outputFormat) docWriter(w io.Writer) (write func([]byte) error, done func() error) {
	if !f.array {
		return func(b []byte) error { _, err := w.Write(b); return err }, func() error { return nil }
	}
	a := &jsonArray{w: w}
	return a.add, a.close
}
