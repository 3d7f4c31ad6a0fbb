package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sync"
	"time"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
)

// errSomeFailed is returned (wrapped, with the counts) when at least one
// input could not be processed; each was already reported on stderr.
var errSomeFailed = errors.New("inputs could not be processed")

// refDate decides a document's reference date: the flag, the record's
// date, a date line at the top of the text, or today. When it falls back to
// today it also returns a notice for stderr.
func refDate(ex *extract.Extractor, flag string, d document, now time.Time) (time.Time, string, string) {
	if flag != "" {
		t, _ := parseDate(flag) // validated with the flags
		return t, "flag", ""
	}
	if d.date != "" {
		t, _ := parseDate(d.date) // validated when read
		return t, "record", ""
	}
	if t, ok := ex.FindRefDate(d.text); ok {
		return t, "text", ""
	}
	today := time.Date(now.Year(), now.Month(), now.Day(), 0, 0, 0, 0, time.UTC)
	notice := fmt.Sprintf("chronicle: %s: no publication date found; relative dates resolve against today (%s); set one with --ref-date YYYY-MM-DD\n",
		d.name, today.Format("2006-01-02"))
	return today, "today", notice
}

// extracted is one document through the extractor.
type extracted struct {
	out    any    // what prepare made of it
	notice string // for stderr, written in input order
}

// batchOptions are the flags every command that reads documents shares.
type batchOptions struct {
	input   string
	refDate string
	format  string
	jobs    int // workers; 0: one per core

	mentions bool // keep every mention (the tag command)
}

// extractEach reads the inputs named by args and runs the extractor on
// each, on o.jobs workers, handing every result to emit in input order with
// the document's description. An input that cannot be read or processed is
// reported on stderr, naming it, and in the JSON Lines format also as an
// error record, so that the output keeps one line per input; the other
// inputs go on. It returns errSomeFailed when any input failed.
//
// prepare runs on the workers, so that the costly part of the output (its
// rendering) is done in parallel too; emit gets what prepare returned, in
// input order.
func extractEach(o batchOptions, args []string, stdin io.Reader, stdout, stderr io.Writer,
	prepare func(info timeline.Document, res *extract.Result) (any, error), emit func(v any) error) error {
	ex, err := extract.New()
	if err != nil {
		return err
	}
	now := time.Now().UTC()
	failed, total, undated := 0, 0, 0
	// Long documents take a lot of memory while they are worked on: one at
	// a time, however many workers, keeps the peak bounded.
	var long sync.Mutex
	prog := newProgress(stderr)
	defer prog.finish()
	err = runBatch(o.jobs,
		func(send func(document) error) error { return readInputs(args, stdin, o.input, send) },
		func(d document) (extracted, error) {
			if len(d.text) > extract.ChunkSize {
				long.Lock()
				defer long.Unlock()
			}
			ref, refSource, notice := refDate(ex, o.refDate, d, now)
			extractFn := ex.Events // a timeline needs no mentions
			if o.mentions {
				extractFn = ex.Extract
			}
			res, err := extractFn(d.text, ref)
			if err != nil {
				return extracted{notice: notice}, err
			}
			info := timeline.Document{ID: d.id, Source: d.source, URL: d.url, RefDate: ref.Format("2006-01-02"), RefDateSource: refSource}
			out, err := prepare(info, res)
			return extracted{out: out, notice: notice}, err
		},
		func(d document, x extracted, err error) error {
			prog.add(1)
			total++
			if x.notice != "" {
				if undated == 0 {
					fmt.Fprint(stderr, x.notice) // once; the others are counted
				}
				undated++
			}
			if err == nil {
				return emit(x.out)
			}
			failed++
			fmt.Fprintf(stderr, "chronicle: %s: %v\n", d.name, err)
			if o.format == "jsonl" {
				return writeErrorRecord(stdout, d, err)
			}
			return nil
		})
	if undated > 1 {
		fmt.Fprintf(stderr, "chronicle: %d more inputs had no publication date and were read against today\n", undated-1)
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d %w", failed, total, errSomeFailed)
	}
	return nil
}

func runTimeline(o options, args []string, stdin io.Reader, stdout, stderr io.Writer) error {
	var tls []timeline.Timeline
	streamed := o.batch.format == "json" || o.batch.format == "jsonl"
	err := extractEach(o.batch, args, stdin, stdout, stderr,
		func(info timeline.Document, res *extract.Result) (any, error) {
			tl := timeline.Build(info, res.Events)
			if !o.all {
				tl = tl.Filter(timeline.IsListed)
			}
			tl.Entities = res.Entities
			tl.Warnings = res.Warnings
			if !streamed {
				return tl, nil
			}
			var buf bytes.Buffer
			if o.batch.format == "json" {
				err := tl.WriteJSON(&buf)
				return buf.Bytes(), err
			}
			err := tl.WriteJSONL(&buf)
			return buf.Bytes(), err
		},
		func(v any) error {
			if b, ok := v.([]byte); ok {
				_, err := stdout.Write(b)
				return err
			}
			tls = append(tls, v.(timeline.Timeline))
			return nil
		})
	if err != nil && !errors.Is(err, errSomeFailed) {
		return err
	}
	if streamed {
		return err // written as they came
	}
	if len(tls) > 0 || o.batch.format == "csv" {
		opts := timeline.TableOptions{Wide: o.wide, ShowSentence: o.sentence}
		if werr := writeTimelines(stdout, o.batch.format, tls, opts); werr != nil {
			return werr
		}
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
