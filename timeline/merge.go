package timeline

import (
	"cmp"
	"slices"
	"strings"
)

// Merge folds many timelines into one chronology. Events that report the
// same real-world event fold into one: the same type, overlapping date
// intervals, and a shared participant or the same trigger word. The merged
// event takes its date, trigger and sentence from its most specific report
// (the narrowest interval), the union of the participants, the sum of the
// mentions, and lists every report in Sources.
//
// Merge works on the reports themselves: an input event that is already a
// merge contributes its Sources, others contribute themselves. Reports are
// put in one canonical order before they are grouped, and groups are the
// connected components of the "same event" relation, so the result depends
// only on the set of reports: Merge is order-independent and associative,
// Merge(Merge(a, b), c) equals Merge(a, Merge(b, c)) and any permutation.
func Merge(tls ...Timeline) Timeline {
	var reports []Source
	var ents []DocEntity
	var warnings []string
	seen := map[string]bool{}
	for _, tl := range tls {
		if id := tl.Document.ID; id != "merged" {
			if seen[id] {
				continue // the same document twice: its reports and entities count once
			}
			seen[id] = true
		}
		for _, e := range tl.Events {
			if len(e.Sources) > 0 {
				reports = append(reports, e.Sources...)
				continue
			}
			r := Source{Document: tl.Document.ID, URL: tl.Document.URL, Event: e}
			r.Sources = nil
			reports = append(reports, r)
		}
		ents = append(ents, tl.Entities...)
		warnings = append(warnings, tl.Warnings...)
	}
	slices.SortFunc(reports, compareReports)
	reports = slices.CompactFunc(reports, func(a, b Source) bool { return compareReports(a, b) == 0 })

	groups := groupReports(reports)
	events := make([]Event, 0, len(groups))
	for _, g := range groups {
		events = append(events, mergeGroup(g))
	}
	// a canonical order for ties that Build keeps: its sort is stable
	slices.SortStableFunc(events, func(a, b Event) int { return compareReports(a.Sources[0], b.Sources[0]) })
	tl := Build(Document{ID: "merged", Source: "merge"}, events)
	tl.Entities = MergeEntities(ents)
	slices.Sort(warnings)
	tl.Warnings = slices.Compact(warnings)
	return tl
}

// compareReports is the canonical order of reports: document, then offset,
// then the rest of what tells them apart.
func compareReports(a, b Source) int {
	return cmp.Or(
		cmp.Compare(a.Document, b.Document),
		cmp.Compare(a.Span[0], b.Span[0]),
		cmp.Compare(a.Span[1], b.Span[1]),
		cmp.Compare(a.Trigger, b.Trigger),
		cmp.Compare(a.Date.Value, b.Date.Value),
		cmp.Compare(a.Date.Mod, b.Date.Mod),
		cmp.Compare(a.Type, b.Type),
		cmp.Compare(a.ID, b.ID),
	)
}

// groupReports returns the connected components of the "same event"
// relation over reports (in canonical order), each in canonical order.
func groupReports(reports []Source) [][]Source {
	parent := make([]int, len(reports))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	// compare each report with the others of its type whose interval starts
	// before it ends: sorted by start, a sweep finds them
	keys := make([]reportKey, len(reports))
	for i, r := range reports {
		keys[i] = keyOfReport(r)
	}
	byType := map[string][]int{}
	for i, r := range reports {
		if r.Date.Start != "" {
			byType[r.Type] = append(byType[r.Type], i)
		}
	}
	for _, idx := range byType {
		slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(reports[a].Date.Start, reports[b].Date.Start) })
		for x, i := range idx {
			for _, j := range idx[x+1:] {
				if reports[j].Date.Start > reports[i].Date.End {
					break
				}
				if find(i) != find(j) && sameEvent(reports[i], reports[j], keys[i], keys[j]) {
					parent[find(j)] = find(i)
				}
			}
		}
	}
	var order []int
	members := map[int][]Source{}
	for i, r := range reports {
		root := find(i)
		if _, ok := members[root]; !ok {
			order = append(order, root)
		}
		members[root] = append(members[root], r)
	}
	out := make([][]Source, 0, len(order))
	for _, root := range order {
		out = append(out, members[root])
	}
	return out
}

// reportKey is what sameEvent compares, worked out once per report.
type reportKey struct {
	word   string   // TriggerWord of the trigger
	actors []string // lower-cased names of the participants that are not groups
}

func keyOfReport(r Source) reportKey {
	k := reportKey{word: TriggerWord(r.Trigger)}
	for _, p := range r.Participants {
		if p.Kind != "group" {
			k.actors = append(k.actors, strings.ToLower(entityKey(p)))
		}
	}
	return k
}

// sameEvent reports whether two reports of one type with overlapping
// intervals tell of the same event: they share a participant or name it by
// the same word. Reports from one document are folded by the extractor
// already, so they stay apart here.
func sameEvent(a, b Source, ka, kb reportKey) bool {
	if a.Document == b.Document || a.Date.End < b.Date.Start || b.Date.End < a.Date.Start {
		return false
	}
	if ka.word != "" && ka.word == kb.word {
		return true
	}
	for _, p := range ka.actors {
		for _, q := range kb.actors {
			if p == q {
				return true
			}
		}
	}
	return false
}

func entityKey(e Entity) string {
	if e.Canonical != "" {
		return e.Canonical
	}
	return e.Text
}

// TriggerWord is the word that names an event: the last word of its
// trigger, lower-cased, without a plural s ("held talks" and "talks" are
// both "talk"). Two reports of one type named by the same word can be the
// same event.
func TriggerWord(t string) string {
	f := strings.Fields(strings.ToLower(t))
	if len(f) == 0 {
		return ""
	}
	w := f[len(f)-1]
	if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		w = w[:len(w)-1]
	}
	return w
}

// mergeGroup makes one event of a group of reports in canonical order.
func mergeGroup(g []Source) Event {
	best := 0
	for i := range g {
		if moreSpecific(g[i].Date, g[best].Date) {
			best = i
		}
	}
	e := g[best].Event
	e.ID = ""
	e.Mentions = 0
	e.Participants = nil
	seen := map[string]bool{}
	addParticipants := func(ps []Entity) {
		for _, p := range ps {
			k := strings.ToLower(entityKey(p))
			if !seen[k] {
				seen[k] = true
				e.Participants = append(e.Participants, p)
			}
		}
	}
	addParticipants(g[best].Participants)
	for _, r := range g {
		e.Mentions += max(r.Mentions, 1)
		addParticipants(r.Participants)
		if e.Location == nil && r.Location != nil {
			e.Location = r.Location
		}
		e.Confidence = max(e.Confidence, r.Confidence)
	}
	e.Sources = slices.Clone(g)
	for i := range e.Sources {
		if e.Sources[i].Participants == nil {
			e.Sources[i].Participants = []Entity{}
		}
	}
	return e
}

// moreSpecific reports whether date a is narrower than b (ties: earlier
// start); an undated date is never more specific.
func moreSpecific(a, b EventDate) bool {
	as, ae, aok := a.Bounds()
	bs, be, bok := b.Bounds()
	if !aok || !bok {
		return aok && !bok
	}
	da, db := ae.Sub(as), be.Sub(bs)
	if da != db {
		return da < db
	}
	return as.Before(bs)
}

// MergeEntities sums entity counts by kind and name, with the union of
// aliases, most frequent first (then by kind and name).
func MergeEntities(ents []DocEntity) []DocEntity {
	by := map[string]*DocEntity{}
	for _, e := range ents {
		k := e.Kind + "\x00" + e.Text
		m := by[k]
		if m == nil {
			m = &DocEntity{Text: e.Text, Kind: e.Kind}
			by[k] = m
		}
		m.Count += e.Count
		m.Aliases = append(m.Aliases, e.Aliases...)
	}
	out := make([]DocEntity, 0, len(by))
	for _, m := range by {
		slices.Sort(m.Aliases)
		m.Aliases = slices.Compact(m.Aliases)
		if m.Aliases == nil {
			m.Aliases = []string{}
		}
		out = append(out, *m)
	}
	slices.SortFunc(out, func(a, b DocEntity) int {
		return cmp.Or(cmp.Compare(b.Count, a.Count), cmp.Compare(a.Kind, b.Kind), cmp.Compare(a.Text, b.Text))
	})
	return out
}
