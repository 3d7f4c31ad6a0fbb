package main

import (
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
)

// errSomeFailed is returned when at least one input could not be processed;
// each was already reported on stderr.
var errSomeFailed = errors.New("some inputs could not be processed")

// refDate decides a document's reference date: the flag, the record's
// date, a date line at the top of the text, or today.
func refDate(ex *extract.Extractor, flag string, d document, stderr io.Writer) (time.Time, string) {
	if flag != "" {
		t, _ := parseDate(flag) // validated with the flags
		return t, "flag"
	}
	if d.date != "" {
		t, _ := parseDate(d.date) // validated when read
		return t, "record"
	}
	if t, ok := ex.FindRefDate(d.text); ok {
		return t, "text"
	}
	now := time.Now().UTC()
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	fmt.Fprintf(stderr, "chronicle: %s: no publication date found; relative dates resolve against today (%s); set one with --ref-date YYYY-MM-DD\n",
		d.name, today.Format("2006-01-02"))
	return today, "today"
}

// extractEach reads the inputs named by args and runs the extractor on
// each, handing every result to emit with the document's description. An
// input that cannot be read or processed is reported on stderr, naming it,
// and in the JSON Lines format also as an error record, so that the output
// keeps one line per input; the other inputs go on. It returns
// errSomeFailed when any input failed.
func extractEach(args []string, stdin io.Reader, input, flagDate, format string, stdout, stderr io.Writer,
	emit func(info timeline.Document, res *extract.Result) error) error {
	docs := readInputs(args, stdin, input)
	ex, err := extract.New()
	if err != nil {
		return err
	}
	failed := false
	for _, d := range docs {
		err := d.err
		if err == nil {
			ref, refSource := refDate(ex, flagDate, d, stderr)
			info := timeline.Document{ID: d.id, Source: d.source, URL: d.url, RefDate: ref.Format("2006-01-02"), RefDateSource: refSource}
			var res *extract.Result
			if res, err = ex.Extract(d.text, ref); err == nil {
				if err := emit(info, res); err != nil {
					return err // the output cannot be written: stop
				}
				continue
			}
		}
		failed = true
		fmt.Fprintf(stderr, "chronicle: %s: %v\n", d.name, err)
		if format == "jsonl" {
			if err := writeErrorRecord(stdout, d, err); err != nil {
				return err
			}
		}
	}
	if failed {
		return errSomeFailed
	}
	return nil
}

func runTimeline(o options, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var tls []timeline.Timeline
	err := extractEach(args, stdin, o.input, o.refDate, o.format, stdout, stderr, func(info timeline.Document, res *extract.Result) error {
		tl := timeline.Build(info, res.Events)
		if !o.all {
			tl = tl.Filter(timeline.IsListed)
		}
		tl.Entities = res.Entities
		tl.Warnings = res.Warnings
		switch o.format {
		case "json":
			return tl.WriteJSON(stdout)
		case "jsonl":
			return tl.WriteJSONL(stdout)
		}
		tls = append(tls, tl)
		return nil
	})
	if err != nil && err != errSomeFailed {
		return err
	}
	opts := timeline.TableOptions{Wide: o.wide, ShowSentence: o.sentence}
	var werr error
	switch o.format {
	case "table":
		if len(tls) > 0 {
			werr = timeline.WriteTable(stdout, tls, opts)
		}
	case "csv":
		werr = timeline.WriteCSV(stdout, tls)
	case "markdown", "md":
		werr = timeline.WriteMarkdown(stdout, tls, opts)
	}
	if werr != nil {
		return werr
	}
	return err
}

// writeErrorRecord writes the JSON Lines record for an input that could not
// be processed, so that the output keeps one line per input record.
func writeErrorRecord(w io.Writer, d document, err error) error {
	rec := struct {
		Schema   int `json:"schema"`
		Document struct {
			ID   string `json:"id"`
			Line int    `json:"line,omitempty"`
		} `json:"document"`
		Error string `json:"error"`
	}{Schema: timeline.Schema, Error: err.Error()}
	rec.Document.ID = d.id
	rec.Document.Line = d.line
	return writeJSONLine(w, rec)
}
