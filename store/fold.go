package store

import (
	"encoding/json"
	"fmt"
	"strings"

	"github.com/chronicle-news/chronicle/timeline"
)

// refoldBatch is how many dirty events one transaction of Refold folds.
const refoldBatch = 64

// Refold makes the events whose reports changed (dirty: a document added
// or replaced) again, each in one go however many documents changed it,
// and returns how many it made again. It works in transactions of a few
// events each, so that a Refold that is stopped keeps what it did and the
// next finishes it.
func (s *Store) Refold() (int, error) {
	total := 0
	for {
		n := 0
		err := s.retry(func(tx txn) error {
			ids, err := dirtyEvents(tx)
			if err != nil {
				return err
			}
			for _, id := range ids {
				if err := refoldEvent(tx, id); err != nil {
					return fmt.Errorf("event %d: %w", id, err)
				}
			}
			n = len(ids)
			return nil
		})
		if err != nil {
			return total, fmt.Errorf("store: folding: %w", err)
		}
		if n == 0 {
			return total, nil
		}
		total += n
	}
}

// dirtyEvents returns up to refoldBatch dirty events.
func dirtyEvents(tx txn) ([]int64, error) {
	rows, err := tx.Query(`SELECT id FROM events WHERE dirty = 1 LIMIT ?`, refoldBatch)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		ids = append(ids, id)
	}
	return ids, rows.Err()
}

// refoldEvent folds the reports of event id with [timeline.Merge] and
// writes the events that come out in its place: the first keeps its id,
// others (the reports no longer make one event) get new ones.
func refoldEvent(tx txn, id int64) error {
	reports, rows, err := loadReports(tx, id)
	if err != nil {
		return err
	}
	if len(reports) == 0 {
		return deleteEvents(tx, []int64{id})
	}
	merged := timeline.Merge(timeline.Timeline{Document: timeline.Document{ID: "merged"},
		Events: []timeline.Event{{Sources: reports}}})
	// the keys are made again from the reports: some may have moved, some
	// were of reports replaced since
	if err := deleteKeys(tx, id); err != nil {
		return err
	}
	for i, e := range merged.Events {
		evID := id
		if i > 0 {
			evID = 0
		}
		evID, err := writeEvent(tx, evID, e, rows)
		if err != nil {
			return err
		}
		keys := map[foldKey]bool{}
		for _, r := range e.Sources {
			k := foldKeyOf(r)
			if !keys[k] {
				keys[k] = true
				if err := insertKey(tx, r, evID); err != nil {
					return err
				}
			}
		}
		if evID == id {
			continue
		}
		for _, r := range e.Sources {
			for _, sr := range rows[reportKey(r)] {
				if _, err := tx.Exec(`UPDATE sources SET event = ? WHERE id = ?`, evID, sr); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// reportKey names a report as Merge tells reports apart.
func reportKey(r timeline.Source) string {
	return fmt.Sprintf("%s\x00%s\x00%d\x00%d\x00%s\x00%s\x00%s\x00%s\x00%s",
		r.Document, r.DocumentHash, r.Span[0], r.Span[1], r.Trigger, r.Date.Value, r.Date.Mod, r.Type, r.ID)
}

// foldKey is what insertKey writes of a report: reports with the same
// foldKey (copies of one story) need it written once.
type foldKey struct{ typ, start, end, word, actors string }

func foldKeyOf(r timeline.Source) foldKey {
	word, actors := timeline.FoldKeys(r)
	return foldKey{r.Type, r.Date.Start, r.Date.End, word, strings.Join(actors, "\t")}
}

// loadReports reads the reports of event id, with their row ids by
// reportKey.
func loadReports(tx txn, id int64) ([]timeline.Source, map[string][]int64, error) {
	var reports []timeline.Source
	rows := map[string][]int64{}
	rs, err := tx.Query(`SELECT id, report FROM sources WHERE event = ?`, id)
	if err != nil {
		return nil, nil, err
	}
	defer rs.Close()
	for rs.Next() {
		var row int64
		var b []byte
		if err := rs.Scan(&row, &b); err != nil {
			return nil, nil, err
		}
		var r timeline.Source
		if err := json.Unmarshal(b, &r); err != nil {
			return nil, nil, fmt.Errorf("source %d: %w", row, err)
		}
		k := reportKey(r)
		rows[k] = append(rows[k], row)
		reports = append(reports, r)
	}
	return reports, rows, rs.Err()
}

// writeEvent writes event e under id (0: a new id) with its participants,
// and returns its id.
func writeEvent(tx txn, id int64, e timeline.Event, rows map[string][]int64) (int64, error) {
	first := rows[reportKey(e.Sources[0])][0]
	n := len(e.Sources)
	e.ID, e.Sources = "", nil
	b, err := json.Marshal(e)
	if err != nil {
		return 0, err
	}
	loc := ""
	if l := e.Location; l != nil {
		loc = strings.Join([]string{l.Text, l.Canonical, l.Country, l.CountryCode}, "\t")
	}
	args := []any{e.Type, e.CAMEO, e.Date.Value, e.Date.Start, e.Date.End, e.Trigger, e.Summary, e.Sentence, loc,
		e.Mentions, n, first, b}
	if id == 0 {
		res, err := tx.Exec(`INSERT INTO events (type, cameo, date_value, date_start, date_end, trigger, summary, sentence,
			location, mentions, sources, first_source, event, dirty) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)`, args...)
		if err != nil {
			return 0, err
		}
		if id, err = res.LastInsertId(); err != nil {
			return 0, err
		}
	} else {
		if _, err := tx.Exec(`UPDATE events SET type = ?, cameo = ?, date_value = ?, date_start = ?, date_end = ?, trigger = ?,
			summary = ?, sentence = ?, location = ?, mentions = ?, sources = ?, first_source = ?, event = ?, dirty = 0 WHERE id = ?`,
			append(args, id)...); err != nil {
			return 0, err
		}
		if _, err := tx.Exec(`DELETE FROM participants WHERE event = ?`, id); err != nil {
			return 0, err
		}
	}
	for _, p := range e.Participants {
		if _, err := tx.Exec(`INSERT INTO participants (event, text, canonical, kind, role, country, country_code, actor_code)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?)`, id, p.Text, p.Canonical, p.Kind, string(p.Role), p.Country, p.CountryCode, p.ActorCode); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// deleteEvents deletes events and their participants.
func deleteEvents(tx txn, ids []int64) error {
	for _, id := range ids {
		if _, err := tx.Exec(`DELETE FROM events WHERE id = ?`, id); err != nil {
			return err
		}
		if _, err := tx.Exec(`DELETE FROM participants WHERE event = ?`, id); err != nil {
			return err
		}
		if err := deleteKeys(tx, id); err != nil {
			return err
		}
	}
	return nil
}

// deleteKeys deletes the fold keys of event id.
func deleteKeys(tx txn, id int64) error {
	for _, t := range foldTables {
		if _, err := tx.Exec(`DELETE FROM `+t.table+` WHERE event = ?`, id); err != nil {
			return err
		}
	}
	return nil
}
