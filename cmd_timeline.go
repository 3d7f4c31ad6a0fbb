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

// buildTimeline runs the pipeline on one document.
func buildTimeline(ex *extract.Extractor, flagDate string, d document, all bool, stderr io.Writer) (timeline.Timeline, error) {
	ref, refSource := refDate(ex, flagDate, d, stderr)
	res, err := ex.Extract(d.text, ref)
	if err != nil {
		return timeline.Timeline{}, err
	}
	info := timeline.Document{ID: d.id, Source: d.source, URL: d.url, RefDate: ref.Format("2006-01-02"), RefDateSource: refSource}
	tl := timeline.Build(info, res.Events)
	if !all {
		tl = tl.Filter(timeline.IsListed)
	}
	tl.Entities = res.Entities
	tl.Warnings = res.Warnings
	return tl, nil
}

func runTimeline(o options, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	docs := readInputs(args, stdin, o.input)
	ex, err := extract.New()
	if err != nil {
		return err
	}
	failed := false
	var tls []timeline.Timeline
	for _, d := range docs {
		err := d.err
		var tl timeline.Timeline
		if err == nil {
			tl, err = buildTimeline(ex, o.refDate, d, o.all, stderr)
		}
		if err != nil {
			failed = true
			fmt.Fprintf(stderr, "chronicle: %s: %v\n", d.name, err)
			if o.format == "jsonl" {
				if werr := writeErrorRecord(stdout, d, err); werr != nil {
					return werr
				}
			}
			continue
		}
		switch o.format {
		case "json":
			err = tl.WriteJSON(stdout)
		case "jsonl":
			err = tl.WriteJSONL(stdout)
		default:
			tls = append(tls, tl)
		}
		if err != nil {
			return err
		}
	}
	opts := timeline.TableOptions{Wide: o.wide, ShowSentence: o.sentence}
	switch o.format {
	case "table":
		if len(tls) > 0 {
			err = timeline.WriteTable(stdout, tls, opts)
		}
	case "csv":
		err = timeline.WriteCSV(stdout, tls)
	case "markdown", "md":
		err = timeline.WriteMarkdown(stdout, tls, opts)
	}
	if err != nil {
		return err
	}
	if failed {
		return errSomeFailed
	}
	return nil
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
