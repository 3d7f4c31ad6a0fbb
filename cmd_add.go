package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/store"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/spf13/cobra"
)

// addOptions holds every flag of the add command.
type addOptions struct {
	batch     batchOptions
	db        string
	all       bool
	timelines bool
}

const addLong = `add extracts the events of each input and folds them into a store: an
embedded SQLite database that grows article by article. Events fold exactly
as merge folds them (the same type, overlapping dates, and a shared
participant or the same trigger word), and every report is kept.

Inputs are everything the main command reads (text, HTML and Markdown files,
folders, JSON Lines records, standard input) and timelines written by
earlier runs or other machines (--format json or jsonl, or merges). A .json
or .jsonl file whose first object has a "schema" field is read as timelines;
--timelines reads every input (standard input too) as timelines.

A document stored already (the same id and the same text) is skipped; the
same id with another text replaces it: the events only it supported go, the
events it shared lose its report. Each document is added in a transaction of
its own, so an add that is stopped leaves whole documents only, and running
it again finishes the job; other add processes may write to the same store
at once.

The store is --db, else $CHRONICLE_DB, else chronicle.db in the working
directory. Read it back with "chronicle query".`

// newAddCmd builds the add command.
func newAddCmd(std stdio) *cobra.Command {
	var o addOptions
	cmd := &cobra.Command{
		Use:   "add [file...]",
		Short: "Add documents or timelines to a store, folding their events into the stored ones",
		Long:  addLong,
		Example: `  chronicle add --db news.db articles/*.txt
  chronicle -f jsonl shard1/*.txt > t1.jsonl; chronicle add --db news.db t1.jsonl
  CHRONICLE_DB=news.db chronicle add --ref-date 2025-08-06 article.txt`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := o.batch.validate(timelineFormats()); err != nil {
				return err
			}
			return runAdd(o, args, std)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.db, "db", "", "the store: a SQLite database, created if missing (default $CHRONICLE_DB, else chronicle.db)")
	f.StringVar(&o.batch.refDate, "ref-date", "", "publication date that relative dates resolve against: 2025-03-14, 2025-03-14T09:30:00Z, 2025-03-14T09:30:00+05:00 or 20250314")
	f.StringVar(&o.batch.input, "input", "auto", `input kind: "text", "jsonl", or "auto" (.jsonl files are JSON Lines)`)
	f.IntVarP(&o.batch.jobs, "jobs", "j", 0, "documents extracted in parallel (0: one per core)")
	f.BoolVarP(&o.batch.recursive, "recursive", "r", false, "a folder named also gives the files of its subfolders")
	f.Int64Var(&o.batch.maxBytes, "max-bytes", defaultMaxBytes, "an input (file, standard input or record) larger than this many bytes is reported and skipped")
	f.BoolVar(&o.all, "all", false, "also store events with an inherited date, and undated ones")
	f.BoolVar(&o.timelines, "timelines", false, "read every input as timelines (JSON or JSON Lines written by chronicle)")
	o.batch.format = defaultFormat // add writes no timelines, nor error records
	return cmd
}

// dbPath is the store's path: the flag, else $CHRONICLE_DB, else
// chronicle.db.
func dbPath(flag string) string {
	if flag != "" {
		return flag
	}
	if p := os.Getenv("CHRONICLE_DB"); p != "" {
		return p
	}
	return "chronicle.db"
}

// addTally counts what an add did.
type addTally struct {
	docs        [3]int // by store.Action
	newEv, fold int
}

func (t *addTally) add(r store.Result) {
	t.docs[r.Action]++
	t.newEv += r.New
	t.fold += r.Folded
}

// runAdd adds the inputs named by args to the store, in order: timeline
// files as they are, the others through the extractor, and prints what it
// did.
func runAdd(o addOptions, args []string, std stdio) error {
	st, err := store.Open(dbPath(o.db))
	if err != nil {
		return err
	}
	defer st.Close()
	if len(args) == 0 {
		args = []string{"-"}
	}
	var t addTally
	failed := 0
	var texts []string // inputs for the extractor, added together
	flush := func() error {
		if len(texts) == 0 {
			return nil
		}
		err := addExtracted(o, texts, std, st, &t)
		texts = nil
		if errors.Is(err, errSomeFailed) {
			failed++
			return nil
		}
		return err
	}
	for _, arg := range args {
		if !o.timelines && !isTimelineFile(arg) {
			texts = append(texts, arg)
			continue
		}
		if err := flush(); err != nil {
			return err
		}
		if err := addTimelines(arg, std, st, &t); err != nil {
			if !errors.Is(err, errSomeFailed) {
				return err
			}
			failed++
		}
	}
	if err := flush(); err != nil {
		return err
	}
	if _, err := st.Refold(); err != nil {
		return err
	}
	fmt.Fprintf(std.out, "documents: %d added, %d skipped, %d replaced; events: %d new, %d folded into stored ones\n",
		t.docs[store.Added], t.docs[store.Skipped], t.docs[store.Replaced], t.newEv, t.fold)
	if failed > 0 {
		return fmt.Errorf("some %w (see above)", errSomeFailed)
	}
	return nil
}

// addExtracted extracts the inputs and adds each document's timeline.
func addExtracted(o addOptions, args []string, std stdio, st *store.Store, t *addTally) error {
	return extractEach(o.batch, args, std,
		func(info timeline.Document, res *extract.Result) (any, error) {
			return buildTimeline(info, res, o.all), nil
		},
		func(v any) error {
			r, err := st.Add(v.(timeline.Timeline))
			t.add(r)
			return err
		})
}

// addTimelines adds the timelines of one JSON or JSON Lines file; a merged
// timeline gives each of its documents.
func addTimelines(arg string, std stdio, st *store.Store, t *addTally) error {
	tls, skipped, readErr := readTimelines(arg, std.in)
	if skipped > 0 {
		fmt.Fprintf(std.err, "chronicle: %s: skipped %d error records\n", arg, skipped)
	}
	for _, tl := range tls {
		for _, d := range store.Documents(tl) {
			r, err := st.Add(d)
			if err != nil {
				return err
			}
			t.add(r)
		}
	}
	if readErr != nil {
		fmt.Fprintf(std.err, "chronicle: %v\n", readErr)
		return errSomeFailed
	}
	return nil
}

// isTimelineFile reports whether arg is a .json or .jsonl file whose first
// JSON object has a "schema" field, as timelines do and input records do
// not.
func isTimelineFile(arg string) bool {
	switch strings.ToLower(filepath.Ext(arg)) {
	case ".json", ".jsonl":
	default:
		return false
	}
	f, err := os.Open(arg)
	if err != nil {
		return false // the extractor reports it
	}
	defer f.Close()
	var first map[string]json.RawMessage
	if err := json.NewDecoder(bufio.NewReader(f)).Decode(&first); err != nil {
		return false
	}
	_, ok := first["schema"]
	return ok
}
