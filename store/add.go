package store

import (
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/timeline"
)

// Action is what adding a document did with it.
type Action int

// The actions of [Store.Add].
const (
	Added    Action = iota // a document not stored before
	Skipped                // the same id and text hash are stored already
	Replaced               // the same id with another text: its old reports are gone
)

// String returns the action as a past-tense verb: "added", "skipped" or
// "replaced".
func (a Action) String() string {
	return [...]string{"added", "skipped", "replaced"}[a]
}

// Result says what adding one document did.
type Result struct {
	Action Action
	// New counts the document's reports that fold with no event stored
	// before; Folded those that fold into one (or join several).
	New, Folded int
}

// Add stores the timeline of one document (as the timeline command writes
// it, not a merge: see [Documents]) in one transaction, and joins each of
// its reports to the stored events it folds with. The events themselves
// are made again by [Store.Refold], which [Store.Query] calls: call it
// after a batch of Adds. A document stored already with the same id
// and hash is skipped; one with the same id and another hash is replaced:
// the events only it supported disappear, the ones it shared lose its
// report and are folded again.
func (s *Store) Add(tl timeline.Timeline) (Result, error) {
	if tl.Document.ID == "merged" {
		return Result{}, fmt.Errorf("store: add: a merged timeline holds many documents: add each of store.Documents")
	}
	var res Result
	err := s.retry(func(tx *sql.Tx) error {
		var err error
		res, err = addTx(tx, tl)
		return err
	})
	if err != nil {
		return Result{}, fmt.Errorf("store: adding %s: %w", tl.Document.ID, err)
	}
	return res, nil
}

// addTx is Add inside its transaction.
func addTx(tx *sql.Tx, tl timeline.Timeline) (Result, error) {
	doc := tl.Document
	res := Result{Action: Added}
	var hash string
	err := tx.QueryRow(`SELECT hash FROM documents WHERE id = ?`, doc.ID).Scan(&hash)
	switch {
	case err == nil && hash == doc.Hash:
		return Result{Action: Skipped}, nil
	case err == nil:
		res.Action = Replaced
		if err := removeDocument(tx, doc.ID); err != nil {
			return res, err
		}
	case !errors.Is(err, sql.ErrNoRows):
		return res, err
	}
	if err := insertDocument(tx, tl); err != nil {
		return res, err
	}
	ins, err := tx.Prepare(`INSERT INTO sources (document, event, type, date_start, date_end, long, word, actors, trigger, sentence, report)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return res, err
	}
	defer ins.Close()
	for _, r := range reportsOf(tl) {
		word, actors := timeline.FoldKeys(r)
		b, err := json.Marshal(r)
		if err != nil {
			return res, err
		}
		found, err := foldCandidates(tx, r, word, actors)
		if err != nil {
			return res, err
		}
		if len(found) > 0 {
			res.Folded++
		} else {
			res.New++
		}
		label, err := join(tx, found)
		if err != nil {
			return res, err
		}
		if _, err := ins.Exec(r.Document, label, r.Type, r.Date.Start, r.Date.End, isLong(r.Date), word, strings.Join(actors, "\t"),
			r.Trigger, r.Sentence, b); err != nil {
			return res, err
		}
	}
	return res, nil
}

// join returns the event a new report joins, marked dirty: the one of the
// events found with the smallest id, after the others' reports are moved
// into it (the report binds them into one), or a new event when none was
// found. Refold makes the real events of it.
func join(tx *sql.Tx, found []int64) (int64, error) {
	if len(found) == 0 {
		res, err := tx.Exec(`INSERT INTO events (type, cameo, date_value, date_start, date_end, trigger, summary, sentence,
			location, mentions, sources, first_source, event, dirty) VALUES ('', '', '', '', '', '', '', '', '', 0, 0, 0, '', 1)`)
		if err != nil {
			return 0, err
		}
		return res.LastInsertId()
	}
	slices.Sort(found)
	into := found[0]
	for _, ev := range found[1:] {
		if _, err := tx.Exec(`UPDATE sources SET event = ? WHERE event = ?`, into, ev); err != nil {
			return 0, err
		}
		if err := deleteEvents(tx, []int64{ev}); err != nil {
			return 0, err
		}
	}
	_, err := tx.Exec(`UPDATE events SET dirty = 1 WHERE id = ? AND dirty = 0`, into)
	return into, err
}

// reportsOf returns a document's events as the reports Merge makes of them.
func reportsOf(tl timeline.Timeline) []timeline.Source {
	out := make([]timeline.Source, 0, len(tl.Events))
	for _, e := range tl.Events {
		e.Sources = nil
		out = append(out, timeline.Source{Document: tl.Document.ID, DocumentHash: tl.Document.Hash, URL: tl.Document.URL, Event: e})
	}
	return out
}

// removeDocument deletes a document and its reports, and marks the events
// they were in dirty.
func removeDocument(tx *sql.Tx, id string) error {
	if _, err := tx.Exec(`UPDATE events SET dirty = 1 WHERE id IN (SELECT event FROM sources WHERE document = ?)`, id); err != nil {
		return err
	}
	if _, err := tx.Exec(`DELETE FROM sources WHERE document = ?`, id); err != nil {
		return err
	}
	_, err := tx.Exec(`DELETE FROM documents WHERE id = ?`, id)
	return err
}

// insertDocument inserts a document's row.
func insertDocument(tx *sql.Tx, tl timeline.Timeline) error {
	d := tl.Document
	ents, err := json.Marshal(orEmpty(tl.Entities))
	if err != nil {
		return err
	}
	warns, err := json.Marshal(orEmpty(tl.Warnings))
	if err != nil {
		return err
	}
	_, err = tx.Exec(`INSERT INTO documents (id, hash, source, url, ref_date, ref_date_source, entities, warnings)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, d.ID, d.Hash, d.Source, d.URL, d.RefDate, d.RefDateSource, ents, warns)
	return err
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// longDays is the widest interval, in days, that counts as short: a
// report's short candidates start at most this long before it.
const longDays = 62

// isLong reports whether a date's interval is wider than longDays (or
// cannot be read); long reports are looked up apart.
func isLong(d timeline.EventDate) bool {
	if d.Start == "" {
		return false
	}
	s, err1 := time.Parse(time.DateOnly, d.Start)
	e, err2 := time.Parse(time.DateOnly, d.End)
	return err1 != nil || err2 != nil || e.Sub(s) > longDays*24*time.Hour
}

// foldCandidates returns the stored events with a report that
// [timeline.SameEvent] folds with r.
func foldCandidates(tx *sql.Tx, r timeline.Source, word string, actors []string) ([]int64, error) {
	if r.Date.Start == "" {
		return nil, nil // undated reports never fold
	}
	from := r.Date.Start
	if t, err := time.Parse(time.DateOnly, r.Date.Start); err == nil {
		from = t.AddDate(0, 0, -longDays-1).Format(time.DateOnly)
	}
	rows, err := tx.Query(`SELECT event, word, actors FROM sources
		WHERE type = ? AND long = 0 AND date_start >= ? AND date_start <= ? AND date_end >= ? AND document <> ?
		UNION ALL SELECT event, word, actors FROM sources
		WHERE type = ? AND long = 1 AND date_start <= ? AND date_end >= ? AND document <> ?`,
		r.Type, from, r.Date.End, r.Date.Start, r.Document,
		r.Type, r.Date.End, r.Date.Start, r.Document)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var found []int64
	for rows.Next() {
		var ev int64
		var w, as string
		if err := rows.Scan(&ev, &w, &as); err != nil {
			return nil, err
		}
		if !slices.Contains(found, ev) && keysMatch(word, actors, w, as) {
			found = append(found, ev)
		}
	}
	return found, rows.Err()
}

// keysMatch reports whether two reports' fold keys (see
// [timeline.FoldKeys]) match: the same word, or a shared participant.
func keysMatch(word string, actors []string, w, as string) bool {
	if word != "" && word == w {
		return true
	}
	if as == "" {
		return false
	}
	for _, a := range strings.Split(as, "\t") {
		if slices.Contains(actors, a) {
			return true
		}
	}
	return false
}
