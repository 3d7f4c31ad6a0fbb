package timeline

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
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
	byDoc := map[string][]DocEntity{} // the entities of each document, by DocKey
	var warnings []string
	seen := map[string]bool{}
	for _, tl := range tls {
		merged := tl.Document.ID == "merged"
		key := DocKey(tl.Document.ID, tl.Document.Hash)
		if !merged {
			if seen[key] {
				continue // the same document twice: its reports and entities count once
			}
			seen[key] = true
		}
		for _, e := range tl.Events {
			if len(e.Sources) > 0 {
				reports = append(reports, e.Sources...)
				continue
			}
			r := Source{Document: tl.Document.ID, DocumentHash: tl.Document.Hash, URL: tl.Document.URL, Event: e}
			r.Sources = nil
			reports = append(reports, r)
		}
		for _, e := range tl.Entities {
			if !merged || len(e.Documents) == 0 {
				byDoc[key] = append(byDoc[key], e)
				continue
			}
			for doc, n := range e.Documents {
				one := e
				one.Count, one.Documents = n, nil
				byDoc[doc] = append(byDoc[doc], one)
			}
		}
		warnings = append(warnings, tl.Warnings...)
	}
	slices.SortFunc(reports, compareReports)
	reports = slices.CompactFunc(reports, func(a, b Source) bool { return compareReports(a, b) == 0 })
	warnings = append(warnings, sharedIDs(reports)...)

	groups := groupReports(reports)
	events := make([]Event, 0, len(groups))
	for _, g := range groups {
		events = append(events, mergeGroup(g))
	}
	tl := Merged(events)
	tl.Entities = mergeDocEntities(byDoc)
	slices.Sort(warnings)
	tl.Warnings = slices.Compact(warnings)
	return tl
}

// Merged returns the timeline of events that [Merge] made, in the order
// Merge gives them: each event's Sources must start with its first report
// in Merge's canonical order (Merge's events do; later reports may be
// left off, as a store reading only the first one does).
func Merged(events []Event) Timeline {
	events = slices.Clone(events)
	// a canonical order for ties that Build keeps: its sort is stable
	slices.SortStableFunc(events, func(a, b Event) int { return compareReports(a.Sources[0], b.Sources[0]) })
	return Build(Document{ID: "merged", Source: "merge"}, events)
}

// DocKey names a document in a merge, as DocEntity.Documents keys it: its
// id, and the first 8 digits of its hash when it has one, so that two
// documents of one id stay two.
func DocKey(id, hash string) string {
	if len(hash) > 8 {
		hash = hash[:8]
	}
	if hash == "" {
		return id
	}
	return id + "#" + hash
}

// sharedIDs returns a warning for each document id that reports of
// different texts share; Merge keeps such documents apart by their hashes.
func sharedIDs(reports []Source) []string {
	hashes := map[string]map[string]bool{}
	for _, r := range reports {
		if hashes[r.Document] == nil {
			hashes[r.Document] = map[string]bool{}
		}
		hashes[r.Document][r.DocumentHash] = true
	}
	var out []string
	for _, id := range slices.Sorted(maps.Keys(hashes)) {
		if len(hashes[id]) > 1 {
			out = append(out, fmt.Sprintf("different documents share the id %q: their reports are kept apart by the hash of their text", id))
		}
	}
	return out
}

// TextHash returns the hash a Document carries for its text: the first 16
// hex digits of the text's SHA-256.
func TextHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:8])
}

// compareReports is the canonical order of reports: document, then offset,
// then the rest of what tells them apart.
func compareReports(a, b Source) int {
	return cmp.Or(
		cmp.Compare(a.Document, b.Document),
		cmp.Compare(a.DocumentHash, b.DocumentHash),
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
	keys := make([]reportKey, len(reports))
	for i, r := range reports {
		keys[i] = keyOfReport(r)
	}
	// Reports that agree on all sameEvent reads (document, type, interval,
	// word, actors) are one class: sameEvent never joins two of them (one
	// document), and joins any third report to all or none. So only each
	// class's first report is compared, and the others follow it: a document
	// that reports one event many times costs a pass, not every pair.
	rep := classes(reports, keys)
	// compare each first report with the others of its type whose interval
	// starts before it ends: sorted by start, a sweep finds them
	byType := map[string][]int{}
	for i, r := range reports {
		if r.Date.Start != "" && rep[i] == i {
			byType[r.Type] = append(byType[r.Type], i)
		}
	}
	joined := make([]bool, len(reports))
	for _, idx := range byType {
		slices.SortStableFunc(idx, func(a, b int) int { return cmp.Compare(reports[a].Date.Start, reports[b].Date.Start) })
		for x, i := range idx {
			for _, j := range idx[x+1:] {
				if reports[j].Date.Start > reports[i].Date.End {
					break
				}
				if find(i) != find(j) && sameEvent(reports[i], reports[j], keys[i], keys[j]) {
					parent[find(j)] = find(i)
					joined[i], joined[j] = true, true
				}
			}
		}
	}
	for i, k := range rep {
		if k != i && joined[k] {
			parent[find(i)] = find(k)
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

// classes returns for each report the index of the first report that
// agrees with it on everything sameEvent reads.
func classes(reports []Source, keys []reportKey) []int {
	type signature struct{ doc, typ, start, end, word, actors string }
	first := map[signature]int{}
	rep := make([]int, len(reports))
	for i, r := range reports {
		s := signature{r.Document, r.Type, r.Date.Start, r.Date.End, keys[i].word, strings.Join(keys[i].actors, "\x00")}
		k, ok := first[s]
		if !ok {
			k = i
			first[s] = i
		}
		rep[i] = k
	}
	return rep
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

// SameEvent reports whether Merge folds reports a and b together
// directly: they are of one type, dated, from different documents, their
// intervals overlap, and they share a participant or name the event by the
// same word. Merge's events are the connected components of this relation.
func SameEvent(a, b Source) bool {
	return a.Type == b.Type && a.Date.Start != "" && b.Date.Start != "" &&
		sameEvent(a, b, keyOfReport(a), keyOfReport(b))
}

// FoldKeys returns what [SameEvent] compares of a report besides its
// type, document and dates: the word that names it ([TriggerWord]) and the
// lower-cased names of its participants that are not groups. Two reports
// of one type with overlapping dates from different documents are the same
// event when their words are equal and not empty, or their names share one.
func FoldKeys(r Source) (word string, actors []string) {
	k := keyOfReport(r)
	return k.word, k.actors
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

// mergeDocEntities merges the entities of many documents, counting each
// document once: an entity's count is the sum over the documents it is
// found in, and Documents keeps the count of each. A document given twice
// (itself, and inside a merged timeline) counts once.
func mergeDocEntities(byDoc map[string][]DocEntity) []DocEntity {
	type key struct{ kind, text string }
	perDoc := map[key]map[string]int{}
	aliases := map[key][]string{}
	for doc, ents := range byDoc {
		for _, e := range ents {
			k := key{e.Kind, e.Text}
			if perDoc[k] == nil {
				perDoc[k] = map[string]int{}
			}
			perDoc[k][doc] = max(perDoc[k][doc], e.Count)
			aliases[k] = append(aliases[k], e.Aliases...)
		}
	}
	all := make([]DocEntity, 0, len(perDoc))
	for k, docs := range perDoc {
		e := DocEntity{Text: k.text, Kind: k.kind, Aliases: aliases[k], Documents: docs}
		for _, n := range docs {
			e.Count += n
		}
		all = append(all, e)
	}
	out := MergeEntities(all)
	for i := range out {
		out[i].Documents = perDoc[key{out[i].Kind, out[i].Text}]
	}
	return out
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
