package store

import (
	"database/sql"
	"encoding/json"
	"fmt"
	"maps"
	"slices"

	"github.com/chronicle-news/chronicle/timeline"
)

// refold folds again the reports of the affected events and of the
// document doc (its reports not yet folded) with [timeline.Merge], and
// writes the events that come out in place of the affected ones. An event
// keeps its id when it still holds reports of it, so that only the reports
// that move are written.
func refold(tx *sql.Tx, doc string, affected map[int64]bool) error {
	olds := slices.Sorted(maps.Keys(affected))
	reports, rows, err := loadReports(tx, doc, olds)
	if err != nil || len(reports) == 0 {
		if err == nil {
			err = deleteEvents(tx, olds)
		}
		return err
	}
	merged := timeline.Merge(timeline.Timeline{Document: timeline.Document{ID: "merged"},
		Events: []timeline.Event{{Sources: reports}}})
	free := map[int64]bool{} // old ids not taken yet
	for _, id := range olds {
		free[id] = true
	}
	var upd *sql.Stmt
	for _, e := range merged.Events {
		id := reuseID(e, rows, free)
		if id != 0 {
			delete(free, id)
		}
		id, err := writeEvent(tx, id, e, rows)
		if err != nil {
			return err
		}
		for _, r := range e.Sources {
			for _, sr := range rows[reportKey(r)] {
				if sr.event == id {
					continue
				}
				if upd == nil {
					if upd, err = tx.Prepare(`UPDATE sources SET event = ? WHERE id = ?`); err != nil {
						return err
					}
					defer upd.Close()
				}
				if _, err := upd.Exec(id, sr.id); err != nil {
					return err
				}
			}
		}
	}
	return deleteEvents(tx, slices.Sorted(maps.Keys(free)))
}

// sourceRow is a stored report's row id and the event it was in (0: none).
type sourceRow struct{ id, event int64 }

// reportKey names a report as Merge tells reports apart.
func reportKey(r timeline.Source) string {
	return fmt.Sprintf("%s\x00%s\x00%d\x00%d\x00%s\x00%s\x00%s\x00%s\x00%s",
		r.Document, r.DocumentHash, r.Span[0], r.Span[1], r.Trigger, r.Date.Value, r.Date.Mod, r.Type, r.ID)
}

// loadReports reads the reports of the events olds and of document doc,
// with their rows by reportKey.
func loadReports(tx *sql.Tx, doc string, olds []int64) ([]timeline.Source, map[string][]sourceRow, error) {
	var reports []timeline.Source
	rows := map[string][]sourceRow{}
	read := func(q string, arg any) error {
		rs, err := tx.Query(q, arg)
		if err != nil {
			return err
		}
		defer rs.Close()
		for rs.Next() {
			var sr sourceRow
			var ev sql.NullInt64
			var b []byte
			if err := rs.Scan(&sr.id, &ev, &b); err != nil {
				return err
			}
			sr.event = ev.Int64
			var r timeline.Source
			if err := json.Unmarshal(b, &r); err != nil {
				return fmt.Errorf("source %d: %w", sr.id, err)
			}
			k := reportKey(r)
			rows[k] = append(rows[k], sr)
			reports = append(reports, r)
		}
		return rs.Err()
	}
	for _, ev := range olds {
		if err := read(`SELECT id, event, report FROM sources WHERE event = ?`, ev); err != nil {
			return nil, nil, err
		}
	}
	if err := read(`SELECT id, event, report FROM sources WHERE document = ? AND event IS NULL`, doc); err != nil {
		return nil, nil, err
	}
	return reports, rows, nil
}

// reuseID returns the smallest id among the old events whose reports e
// holds and that no other new event took yet; 0 when there is none.
func reuseID(e timeline.Event, rows map[string][]sourceRow, free map[int64]bool) int64 {
	var best int64
	for _, r := range e.Sources {
		for _, sr := range rows[reportKey(r)] {
			if free[sr.event] && (best == 0 || sr.event < best) {
				best = sr.event
			}
		}
	}
	return best
}

// writeEvent writes event e under id (0: a new id) with its participants,
// and returns its id.
func writeEvent(tx *sql.Tx, id int64, e timeline.Event, rows map[string][]sourceRow) (int64, error) {
	first := rows[reportKey(e.Sources[0])][0].id
	n := len(e.Sources)
	e.ID, e.Sources = "", nil
	b, err := json.Marshal(e)
	if err != nil {
		return 0, err
	}
	loc := ""
	if e.Location != nil {
		loc = e.Location.Text
		if e.Location.Canonical != "" {
			loc += "\t" + e.Location.Canonical
		}
	}
	args := []any{e.Type, e.CAMEO, e.Date.Value, e.Date.Start, e.Date.End, e.Trigger, e.Summary, e.Sentence, loc,
		e.Mentions, n, first, b}
	if id == 0 {
		res, err := tx.Exec(`INSERT INTO events (type, cameo, date_value, date_start, date_end, trigger, summary, sentence,
			location, mentions, sources, first_source, event) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, args...)
		if err != nil {
			return 0, err
		}
		if id, err = res.LastInsertId(); err != nil {
			return 0, err
		}
	} else {
		if _, err := tx.Exec(`UPDATE events SET type = ?, cameo = ?, date_value = ?, date_start = ?, date_end = ?, trigger = ?,
			summary = ?, sentence = ?, location = ?, mentions = ?, sources = ?, first_source = ?, event = ? WHERE id = ?`,
			append(args, id)...); err != nil {
			return 0, err
		}
		if _, err := tx.Exec(`DELETE FROM participants WHERE event = ?`, id); err != nil {
			return 0, err
		}
	}
	for _, p := range e.Participants {
		if _, err := tx.Exec(`INSERT INTO participants (event, text, canonical, kind, role) VALUES (?, ?, ?, ?, ?)`,
			id, p.Text, p.Canonical, p.Kind, string(p.Role)); err != nil {
			return 0, err
		}
	}
	return id, nil
}

// deleteEvents deletes events and their participants.
func deleteEvents(tx *sql.Tx, ids []int64) error {
	for _, id := range ids {
		if _, err := tx.Exec(`DELETE FROM events WHERE id = ?`, id); err != nil {
			return err
		}
		if _, err := tx.Exec(`DELETE FROM participants WHERE event = ?`, id); err != nil {
			return err
		}
	}
	return nil
}
