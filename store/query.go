package store

import (
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/chronicle-news/chronicle/timeline"
)

// Filter selects stored events: those q keeps ([timeline.Query.Keep]) whose
// trigger, summary or sentence contain every word of Text (ignoring case).
type Filter struct {
	timeline.Query
	Text string
}

// keep reports whether the filter keeps e.
func (f Filter) keep(e timeline.Event) bool {
	if !f.Query.Keep(e) {
		return false
	}
	hay := strings.ToLower(e.Trigger + "\n" + e.Summary + "\n" + e.Sentence)
	for _, w := range strings.Fields(strings.ToLower(f.Text)) {
		if !strings.Contains(hay, w) {
			return false
		}
	}
	return true
}

// Query returns the stored chronology of the events f keeps, in the order
// and with the ids [timeline.Merge] gives them. With sources, each event
// lists all its reports and the timeline has the entities of the documents
// that report them: the result equals timeline.Merge over the documents'
// timelines, filtered. Without, each event lists only its first report and
// the timeline has no entities, which is quicker.
//
// Query first folds the events that Adds left dirty (see [Store.Refold]).
func (s *Store) Query(f Filter, sources bool) (timeline.Timeline, error) {
	var dirty bool
	if err := s.db.QueryRow(`SELECT EXISTS (SELECT 1 FROM events WHERE dirty = 1)`).Scan(&dirty); err != nil {
		return timeline.Timeline{}, fmt.Errorf("store: query: %w", err)
	}
	if dirty {
		if _, err := s.Refold(); err != nil {
			return timeline.Timeline{}, err
		}
	}
	where, args := f.where()
	rows, err := s.db.Query(`SELECT e.id, e.event, s.report FROM events e JOIN sources s ON s.id = e.first_source WHERE `+where, args...)
	if err != nil {
		return timeline.Timeline{}, fmt.Errorf("store: query: %w", err)
	}
	var events []timeline.Event
	var ids []int64
	for rows.Next() {
		var id int64
		var eb, sb []byte
		if err := rows.Scan(&id, &eb, &sb); err != nil {
			rows.Close()
			return timeline.Timeline{}, fmt.Errorf("store: query: %w", err)
		}
		var e timeline.Event
		var first timeline.Source
		if err := json.Unmarshal(eb, &e); err != nil {
			rows.Close()
			return timeline.Timeline{}, fmt.Errorf("store: event %d: %w", id, err)
		}
		if err := json.Unmarshal(sb, &first); err != nil {
			rows.Close()
			return timeline.Timeline{}, fmt.Errorf("store: event %d: %w", id, err)
		}
		if f.keep(e) {
			e.Sources = []timeline.Source{first}
			events = append(events, e)
			ids = append(ids, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return timeline.Timeline{}, fmt.Errorf("store: query: %w", err)
	}
	if sources {
		return s.remerge(ids)
	}
	tl := timeline.Merged(events)
	for i := range tl.Events {
		tl.Events[i].Sources = nil
	}
	return tl, nil
}

// where returns the SQL condition on events e that selects at least the
// events f keeps (f.keep decides), with its arguments.
func (f Filter) where() (string, []any) {
	conds := []string{"1"}
	var args []any
	if f.From != "" {
		conds = append(conds, "e.date_end >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		conds = append(conds, "e.date_start <> '' AND e.date_start <= ?")
		args = append(args, f.To)
	}
	if len(f.Types) > 0 {
		conds = append(conds, "e.type IN (?"+strings.Repeat(", ?", len(f.Types)-1)+")")
		for _, t := range f.Types {
			args = append(args, t)
		}
	}
	// a superset of what Keep selects: LIKE ignores the case of ASCII
	// letters only, so other names are left to Keep; a name of a world
	// region also selects the countries in it
	if f.Actor != "" && isASCII(f.Actor) {
		var likes []string
		for _, col := range []string{"text", "canonical", "country", "country_code", "actor_code"} {
			likes = append(likes, "p."+col+` LIKE ? ESCAPE '\'`)
			args = append(args, likePattern(f.Actor))
		}
		if codes := timeline.RegionCountries(f.Actor); len(codes) > 0 {
			likes = append(likes, "p.country_code IN (?"+strings.Repeat(", ?", len(codes)-1)+")")
			for _, c := range codes {
				args = append(args, c)
			}
		}
		conds = append(conds, "EXISTS (SELECT 1 FROM participants p WHERE p.event = e.id AND ("+strings.Join(likes, " OR ")+"))")
	}
	if f.Place != "" && isASCII(f.Place) {
		cond := `e.location LIKE ? ESCAPE '\'`
		args = append(args, likePattern(f.Place))
		if codes := timeline.RegionCountries(f.Place); len(codes) > 0 {
			// the location's country code is its last field, after a tab
			cond = "(" + cond + " OR substr(e.location, -4) IN (?" + strings.Repeat(", ?", len(codes)-1) + "))"
			for _, c := range codes {
				args = append(args, "\t"+c)
			}
		}
		conds = append(conds, cond)
	}
	return strings.Join(conds, " AND "), args
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// likePattern is a LIKE pattern matching s anywhere.
func likePattern(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)
	return "%" + r.Replace(s) + "%"
}

// remerge returns timeline.Merge over every report of the events ids and
// the entities of the documents that report them.
func (s *Store) remerge(ids []int64) (timeline.Timeline, error) {
	var reports []timeline.Source
	docs := map[string]bool{}
	for _, id := range ids {
		rows, err := s.db.Query(`SELECT report FROM sources WHERE event = ?`, id)
		if err != nil {
			return timeline.Timeline{}, fmt.Errorf("store: query: %w", err)
		}
		for rows.Next() {
			var b []byte
			var r timeline.Source
			if err := rows.Scan(&b); err != nil {
				rows.Close()
				return timeline.Timeline{}, fmt.Errorf("store: query: %w", err)
			}
			if err := json.Unmarshal(b, &r); err != nil {
				rows.Close()
				return timeline.Timeline{}, fmt.Errorf("store: event %d: %w", id, err)
			}
			reports = append(reports, r)
			docs[r.Document] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return timeline.Timeline{}, fmt.Errorf("store: query: %w", err)
		}
	}
	tls := []timeline.Timeline{{Document: timeline.Document{ID: "merged"}, Events: []timeline.Event{{Sources: reports}}}}
	for _, id := range slices.Sorted(maps.Keys(docs)) {
		tl, err := s.documentEntities(id)
		if err != nil {
			return timeline.Timeline{}, err
		}
		tls = append(tls, tl)
	}
	if len(reports) == 0 {
		tls = tls[1:]
	}
	return timeline.Merge(tls...), nil
}

// documentEntities returns a timeline of document id with only its
// entities and warnings.
func (s *Store) documentEntities(id string) (timeline.Timeline, error) {
	tl := timeline.Timeline{Document: timeline.Document{ID: id}}
	var ents, warns []byte
	err := s.db.QueryRow(`SELECT hash, url, entities, warnings FROM documents WHERE id = ?`, id).
		Scan(&tl.Document.Hash, &tl.Document.URL, &ents, &warns)
	if err == nil {
		err = json.Unmarshal(ents, &tl.Entities)
	}
	if err == nil {
		err = json.Unmarshal(warns, &tl.Warnings)
	}
	if err != nil {
		return tl, fmt.Errorf("store: document %s: %w", id, err)
	}
	return tl, nil
}

// Count is how many events have one value of a key.
type Count struct {
	Key string
	N   int
}

// Stats counts a store's contents and the events a filter keeps by type,
// month (of the start of their interval; "undated" for none) and actor
// (each participant's canonical name, else its text), most first.
type Stats struct {
	Documents, Reports, Events int // in the whole store
	Selected                   int // events the filter keeps
	Types, Months, Actors      []Count
}

// Stats returns the counts of the store and of the events f keeps.
func (s *Store) Stats(f Filter) (Stats, error) {
	var st Stats
	err := s.db.QueryRow(`SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM sources), (SELECT count(*) FROM events)`).
		Scan(&st.Documents, &st.Reports, &st.Events)
	if err != nil {
		return st, fmt.Errorf("store: stats: %w", err)
	}
	tl, err := s.Query(f, false)
	if err != nil {
		return st, err
	}
	types, months, actors := map[string]int{}, map[string]int{}, map[string]int{}
	for _, e := range tl.Events {
		types[e.Type]++
		month := "undated"
		if len(e.Date.Start) >= 7 {
			month = e.Date.Start[:7]
		}
		months[month]++
		for _, p := range e.Participants {
			actors[cmp.Or(p.Canonical, p.Text)]++
		}
	}
	st.Selected = len(tl.Events)
	st.Types, st.Months, st.Actors = counts(types, false), counts(months, true), counts(actors, false)
	return st, nil
}

// counts lists a tally most first (then by key), or by key when byKey.
func counts(m map[string]int, byKey bool) []Count {
	out := make([]Count, 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		out = append(out, Count{k, m[k]})
	}
	if !byKey {
		slices.SortStableFunc(out, func(a, b Count) int { return cmp.Compare(b.N, a.N) })
	}
	return out
}

// Documents returns the documents' timelines a timeline holds: itself, or
// for a merged timeline (see [timeline.Merge]) one per document its events'
// sources come from, with that document's reports and entities, so that
// each can be given to [Store.Add].
func Documents(tl timeline.Timeline) []timeline.Timeline {
	if tl.Document.ID != "merged" {
		return []timeline.Timeline{tl}
	}
	type key struct{ id, hash string }
	byDoc := map[key]*timeline.Timeline{}
	var order []key
	for _, e := range tl.Events {
		for _, r := range e.Sources {
			k := key{r.Document, r.DocumentHash}
			d := byDoc[k]
			if d == nil {
				d = &timeline.Timeline{Schema: tl.Schema, Document: timeline.Document{ID: r.Document, Source: "merge", Hash: r.DocumentHash, URL: r.URL}}
				byDoc[k] = d
				order = append(order, k)
			}
			d.Events = append(d.Events, r.Event)
		}
	}
	for _, e := range tl.Entities {
		for _, k := range order {
			if n, ok := e.Documents[timeline.DocKey(k.id, k.hash)]; ok {
				one := e
				one.Count, one.Documents = n, nil
				byDoc[k].Entities = append(byDoc[k].Entities, one)
			}
		}
	}
	out := make([]timeline.Timeline, 0, len(order))
	for _, k := range order {
		out = append(out, *byDoc[k])
	}
	return out
}
