package main

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
)

// This file runs the pipeline over many documents, for the commands that
// read them (the timeline command and tag): their shared options, and
// extractEach, which takes each document from the read stage (input.go)
// through the extractor. Below it, runBatch does the parallel part: a
// reader streams documents in, workers decode and process them in
// parallel, and the results come out in input order. At most a fixed
// number of documents are in flight at once, so memory stays bounded
// however long the input.

// batchOptions are the flags every command that reads documents shares.
type batchOptions struct {
	input   string
	refDate string
	format  string
	jobs    int // workers; 0: one per core
	// recursive: a folder argument gives its subfolders' files too
	recursive bool
	maxBytes  int64 // an input larger than this is reported and skipped

	mentions bool // keep every mention (the tag command)
}

// validate checks the shared flags; formats are the output formats the
// command accepts.
func (o *batchOptions) validate(formats formatList) error {
	if _, ok := formats.lookup(o.format); !ok {
		return usagef("unknown --format %q (want %s)", o.format, strings.Join(formats.spellings(), ", "))
	}
	switch o.input {
	case "auto", "text", "jsonl":
	default:
		return usagef("unknown --input %q (want auto, text or jsonl)", o.input)
	}
	if o.refDate != "" {
		if _, err := extract.ParseDate(o.refDate); err != nil {
			return usagef("--ref-date %q: want a date such as 2025-03-14, 2025-03-14T09:30:00Z or 20250314", o.refDate)
		}
	}
	if o.maxBytes < 1 {
		return usagef("--max-bytes %d: want a size of at least 1 byte", o.maxBytes)
	}
	if maxJobs := 4 * runtime.NumCPU(); o.jobs < 0 || o.jobs > maxJobs {
		return usagef("--jobs %d: want 0 (one per core) to %d (four per core on this machine)", o.jobs, maxJobs)
	}
	return nil
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
func extractEach(o batchOptions, args []string, std stdio,
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
	errorRecords := formatNamed(o.format).errorRecords
	what := "an article"
	if o.input == "jsonl" {
		what = "JSON Lines records"
	}
	hintIfTyping(std, args, what)
	prog := newProgress(std.err)
	defer prog.finish()
	err = runBatch(o.jobs,
		func(send func(document) error) error {
			return readInputs(args, std.in, readOptions{kind: o.input, recursive: o.recursive, maxBytes: o.maxBytes}, send)
		},
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
			info := timeline.Document{ID: d.id, Source: d.source, Hash: timeline.TextHash(d.text), URL: d.url, RefDate: ref.Format("2006-01-02"), RefDateSource: refSource}
			out, err := prepare(info, res)
			return extracted{out: out, notice: notice}, err
		},
		func(d document, x extracted, err error) error {
			prog.add(1)
			total++
			for _, n := range d.notes {
				prog.say(std.err, "chronicle: %s\n", n)
			}
			if x.notice != "" {
				if undated == 0 {
					prog.say(std.err, "%s", x.notice) // once; the others are counted
				}
				undated++
			}
			if err == nil {
				return emit(x.out)
			}
			failed++
			prog.say(std.err, "chronicle: %s: %v\n", d.name, err)
			if errorRecords {
				return writeErrorRecord(std.out, d, err)
			}
			return nil
		})
	if undated > 1 {
		prog.say(std.err, "chronicle: %d more inputs had no publication date and were read against today\n", undated-1)
	}
	if err != nil {
		return err
	}
	if failed > 0 {
		return fmt.Errorf("%d of %d %w", failed, total, errSomeFailed)
	}
	return nil
}

// errSomeFailed is returned (wrapped, with the counts) when at least one
// input could not be processed; each was already reported on stderr.
var errSomeFailed = errors.New("inputs could not be processed")

// refDate decides a document's reference date: the flag, the record's
// date, a web page's publication date in its metadata, a date line at the
// top of the text, or today. When it falls back to today it also returns a
// notice for stderr.
func refDate(ex *extract.Extractor, flag string, d document, now time.Time) (time.Time, string, string) {
	if flag != "" {
		t, _ := extract.ParseDate(flag) // validated with the flags
		return t, "flag", ""
	}
	if d.date != "" {
		t, _ := extract.ParseDate(d.date) // validated when read
		return t, "record", ""
	}
	if !d.published.IsZero() {
		return d.published, "metadata", ""
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

// batchResult is what a worker made of one document.
type batchResult[T any] struct {
	seq  int
	size int // bytes of text held while the document is in flight
	doc  document
	out  T
	err  error
}

// maxInFlightBytes bounds the text held by documents read but not yet
// written: the reader waits while more is in flight (one document is
// always let through, however large).
const maxInFlightBytes = 64 << 20

// byteBudget is a counting limit on bytes in flight.
type byteBudget struct {
	mu   sync.Mutex
	cond *sync.Cond
	used int
}

func newByteBudget() *byteBudget {
	b := &byteBudget{}
	b.cond = sync.NewCond(&b.mu)
	return b
}

// take waits until n more bytes fit (or nothing is in flight), unless
// stop is closed; it reports whether it took them.
func (b *byteBudget) take(n int, stop <-chan struct{}) bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	for b.used > 0 && b.used+n > maxInFlightBytes {
		select {
		case <-stop:
			return false
		default:
		}
		b.cond.Wait()
	}
	b.used += n
	return true
}

func (b *byteBudget) give(n int) {
	b.mu.Lock()
	b.used -= n
	b.mu.Unlock()
	b.cond.Broadcast()
}

// runBatch reads the inputs with read, processes each document with
// process on workers goroutines (0: one per core), and hands every result
// to emit in input order, on the calling goroutine. It stops at the first
// error that emit or read returns.
func runBatch[T any](workers int, read func(send func(document) error) error,
	process func(document) (T, error), emit func(document, T, error) error) error {
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	inFlight := 4 * workers
	jobs := make(chan batchResult[T], inFlight) // read ahead: a worker that is done need not wait for the reader
	results := make(chan batchResult[T], inFlight)
	slots := make(chan struct{}, inFlight) // taken by the reader, freed when emitted
	done := make(chan struct{})            // closed when emit gives up
	budget := newByteBudget()
	var readErr error

	go func() {
		defer close(jobs)
		seq := 0
		readErr = read(func(d document) error {
			select {
			case slots <- struct{}{}:
			case <-done:
				return errStop
			}
			size := len(d.text) + len(d.raw)
			if !budget.take(size, done) {
				return errStop
			}
			select {
			case jobs <- batchResult[T]{seq: seq, size: size, doc: d}:
			case <-done:
				return errStop
			}
			seq++
			return nil
		})
	}()

	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				j.doc.decode() // here, in parallel, not in the reader
				if j.doc.err == nil {
					j.out, j.err = process(j.doc)
				} else {
					j.err = j.doc.err
				}
				j.doc.text = "" // the text is not needed any more
				results <- j
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := map[int]batchResult[T]{}
	next := 0
	var emitErr error
	for r := range results {
		if emitErr != nil {
			<-slots
			budget.give(r.size)
			continue // drain, so that the workers can finish
		}
		pending[r.seq] = r
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-slots
			err := emit(p.doc, p.out, p.err)
			budget.give(p.size) // its text and result are written and let go
			if err != nil {
				emitErr = err
				close(done)
				budget.cond.Broadcast() // wake a reader waiting for room
				break
			}
		}
	}
	if emitErr != nil {
		return emitErr
	}
	if readErr != nil && readErr != errStop {
		return readErr
	}
	return nil
}
