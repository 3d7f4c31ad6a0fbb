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
	err := s.retry(func(tx txn) error {
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
func addTx(tx txn, tl timeline.Timeline) (Result, error) {
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
	reports := reportsOf(tl)
	// every report's candidates first: a document's reports never fold
	// with one another directly, so its keys go in after
	found := make([][]int64, len(reports))
	for i, r := range reports {
		if found[i], err = foldCandidates(tx, r); err != nil {
			return res, err
		}
	}
	joined := map[int64]int64{} // events join moved into others
	for i, r := range reports {
		if len(found[i]) > 0 {
			res.Folded++
		} else {
			res.New++
		}
		for j, ev := range found[i] {
			for joined[ev] != 0 {
				ev = joined[ev]
			}
			found[i][j] = ev
		}
		label, err := join(tx, found[i], joined)
		if err != nil {
			return res, err
		}
		b, err := json.Marshal(r)
		if err != nil {
			return res, err
		}
		if _, err := tx.Exec(`INSERT INTO sources (document, event, type, date_start, date_end, trigger, sentence, report)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, r.Document, label, r.Type, r.Date.Start, r.Date.End, r.Trigger, r.Sentence, b); err != nil {
			return res, err
		}
		if err := insertKey(tx, r, label); err != nil {
			return res, err
		}
	}
	return res, nil
}

// insertKey records what timeline.SameEvent compares of report r, in
// event ev; a dated report only, for undated ones never fold.
func insertKey(tx txn, r timeline.Source, ev int64) error {
	if r.Date.Start == "" {
		return nil
	}
	word, actors := timeline.FoldKeys(r)
	span := spanClass(r.Date)
	if word != "" {
		if _, err := tx.Exec(`INSERT OR IGNORE INTO fold_words (type, word, span, date_start, date_end, event) VALUES (?, ?, ?, ?, ?, ?)`,
			r.Type, word, span, r.Date.Start, r.Date.End, ev); err != nil {
			return err
		}
	}
	for _, a := range actors {
		if _, err := tx.Exec(`INSERT OR IGNORE INTO fold_actors (type, actor, span, date_start, date_end, event) VALUES (?, ?, ?, ?, ?, ?)`,
			r.Type, a, span, r.Date.Start, r.Date.End, ev); err != nil {
			return err
		}
	}
	return nil
}

// foldTables are the tables of fold keys, and their key column.
var foldTables = [...]struct{ table, key string }{{"fold_words", "word"}, {"fold_actors", "actor"}}

// moveKeys moves the fold keys of event from into event into.
func moveKeys(tx txn, into, from int64) error {
	for _, t := range foldTables {
		if _, err := tx.Exec(`UPDATE OR IGNORE `+t.table+` SET event = ? WHERE event = ?`, into, from); err != nil {
			return err
		}
		if _, err := tx.Exec(`DELETE FROM `+t.table+` WHERE event = ?`, from); err != nil {
			return err
		}
	}
	return nil
}

// join returns the event a new report joins, marked dirty: the one of the
// events found with the smallest id, after the others' reports are moved
// into it (the report binds them into one), or a new event when none was
// found. Refold makes the real events of it.
func join(tx txn, found []int64, joined map[int64]int64) (int64, error) {
	if len(found) == 0 {
		res, err := tx.Exec(`INSERT INTO events (type, cameo, date_value, date_start, date_end, trigger, summary, sentence,
			location, mentions, sources, first_source, event, dirty) VALUES ('', '', '', '', '', '', '', '', '', 0, 0, 0, '', 1)`)
		if err != nil {
			return 0, err
		}
		return res.LastInsertId()
	}
	slices.Sort(found)
	found = slices.Compact(found)
	into := found[0]
	for _, ev := range found[1:] {
		joined[ev] = into
		if _, err := tx.Exec(`UPDATE sources SET event = ? WHERE event = ?`, into, ev); err != nil {
			return 0, err
		}
		if err := moveKeys(tx, into, ev); err != nil {
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
func removeDocument(tx txn, id string) error {
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
func insertDocument(tx txn, tl timeline.Timeline) error {
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

// spanDays are the longest intervals, in days, of each class of report
// but the last (longer ones, or ones that cannot be read): a report's
// candidates of class c start at most spanDays[c] days before it does, so
// that finding them reads few rows.
var spanDays = []int{0, 7, 62}

// spanClass returns the class of a date's interval (see spanDays).
func spanClass(d timeline.EventDate) int {
	s, err1 := time.Parse(time.DateOnly, d.Start)
	e, err2 := time.Parse(time.DateOnly, d.End)
	if err1 != nil || err2 != nil {
		return len(spanDays)
	}
	days := int(e.Sub(s).Hours() / 24)
	for c, n := range spanDays {
		if days <= n {
			return c
		}
	}
	return len(spanDays)
}

// candidatesQuery returns the query of the events with a fold key in
// table t whose key is ?1 and whose interval overlaps report ?2..?4 (type,
// start, end), class by class: ?5, ?6... are the earliest start of each
// class but the last.
func candidatesQuery(t string, key string) string {
	var qs []string
	for c := range len(spanDays) + 1 {
		from := "''"
		if c < len(spanDays) {
			from = fmt.Sprintf("?%d", 5+c)
		}
		qs = append(qs, fmt.Sprintf(`SELECT event FROM %s
		WHERE type = ?2 AND %s = ?1 AND span = %d AND date_start >= %s AND date_start <= ?4 AND date_end >= ?3`, t, key, c, from))
	}
	return strings.Join(qs, "\nUNION ALL ")
}

// candidateQueries are candidatesQuery of each of foldTables.
var candidateQueries = [...]string{candidatesQuery(foldTables[0].table, foldTables[0].key), candidatesQuery(foldTables[1].table, foldTables[1].key)}

// foldCandidates returns the stored events with a report that
// [timeline.SameEvent] folds with r: of its type, with an overlapping
// interval, and the same word or a shared participant. The document's own
// reports are not stored yet; the keys of a document that is being
// replaced may still be, and the events they find fold again all the same
// ([Store.Refold]).
func foldCandidates(tx txn, r timeline.Source) ([]int64, error) {
	if r.Date.Start == "" {
		return nil, nil // undated reports never fold
	}
	word, actors := timeline.FoldKeys(r)
	args := []any{"", r.Type, r.Date.Start, r.Date.End}
	start, err := time.Parse(time.DateOnly, r.Date.Start)
	for _, n := range spanDays {
		from := "" // all
		if err == nil {
			from = start.AddDate(0, 0, -n).Format(time.DateOnly)
		}
		args = append(args, from)
	}
	var found []int64
	lookup := func(q, key string) error {
		args[0] = key
		rows, err := tx.Query(q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var ev int64
			if err := rows.Scan(&ev); err != nil {
				return err
			}
			if !slices.Contains(found, ev) {
				found = append(found, ev)
			}
		}
		return rows.Err()
	}
	if word != "" {
		if err := lookup(candidateQueries[0], word); err != nil {
			return nil, err
		}
	}
	for _, a := range actors {
		if err := lookup(candidateQueries[1], a); err != nil {
			return nil, err
		}
	}
	return found, nil
}
