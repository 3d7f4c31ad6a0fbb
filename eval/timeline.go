package eval

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"unicode"

	"github.com/chronicle-news/chronicle/timeline"
)

// GoldEvent is one event of a gold timeline, in the format of the dev set's
// README (shared/data/timelines/dev/README.md).
type GoldEvent struct {
	Date         string   `json:"date"`          // TIMEX3 value: 1998-02-27, 1998-02, 1998-W08, 1998, 1998-SU, 197
	Mod          string   `json:"mod,omitempty"` // START, MID, END or ""
	End          string   `json:"end,omitempty"` // last day or period of a stated multi-day span
	Trigger      string   `json:"trigger"`       // verbatim from the sentence
	Type         string   `json:"type"`
	Participants []string `json:"participants"`
	Location     string   `json:"location,omitempty"` // null in the file reads as ""
	Sentence     string   `json:"sentence"`           // verbatim, without a leading dateline
	Planned      bool     `json:"planned,omitempty"`
	Optional     bool     `json:"optional,omitempty"` // neither a miss nor a false positive
	Note         string   `json:"note,omitempty"`
}

// Gold is the gold timeline of one document: its name, its publication
// date (DCT, YYYY-MM-DD) and its events in chronological order.
type Gold struct {
	Doc    string      `json:"doc"`
	DCT    string      `json:"dct"`
	Events []GoldEvent `json:"events"`
}

// ReadGold reads a gold timeline from a JSON file.
func ReadGold(path string) (Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Gold{}, fmt.Errorf("timeline: reading gold: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return Gold{}, fmt.Errorf("timeline: %s: %w", path, err)
	}
	return g, nil
}

// Event returns the gold event as a system [timeline.Event] with an explicit
// anchor: what a perfect system would output. End, when set, extends the
// interval to the end of that day or period.
func (g GoldEvent) Event() timeline.Event {
	d := timeline.NewEventDate("", g.Date, g.Mod, timeline.AnchorExplicit)
	if _, end, ok := timeline.Interval(g.End, ""); ok && d.Start != "" {
		d.End = end.Format(timeline.DayLayout)
		d.EDTF = d.Start + "/" + d.End
	}
	e := timeline.Event{
		Date:         d,
		Type:         g.Type,
		Trigger:      g.Trigger,
		Summary:      g.Trigger,
		Participants: []timeline.Entity{},
		Sentence:     g.Sentence,
		Mentions:     1,
		Planned:      g.Planned,
		Confidence:   1,
	}
	for _, p := range g.Participants {
		e.Participants = append(e.Participants, timeline.Entity{Text: p})
	}
	if g.Location != "" {
		e.Location = &timeline.Entity{Text: g.Location}
	}
	return e
}

// Counts holds the tallies of a scoring run, for one document or pooled
// over many. Its methods turn them into figures; a figure whose
// denominator is zero is 0.
type Counts struct {
	TP      int // system events matching a required gold event
	FP      int // system events matching no gold event
	FN      int // required gold events matched by no system event
	Ignored int // system events matching an optional gold event

	DateCorrect       int // matched events with the gold value and mod
	TypeCorrect       int // matched events with the gold type
	ParticipantsFound int // gold participants of matched events found in the system event
	ParticipantsGold  int // gold participants of matched events
	Concordant        int // pairs of matched events the system orders as the gold does
	Discordant        int // pairs it orders the other way
}

// Precision returns TP / (TP + FP).
func (c Counts) Precision() float64 { p, _, _ := prf(c.TP, c.TP+c.FP, c.TP+c.FN); return p }

// Recall returns TP / (TP + FN).
func (c Counts) Recall() float64 { _, r, _ := prf(c.TP, c.TP+c.FP, c.TP+c.FN); return r }

// F1 returns the harmonic mean of precision and recall, 2TP / (2TP + FP + FN).
func (c Counts) F1() float64 { _, _, f := prf(c.TP, c.TP+c.FP, c.TP+c.FN); return f }

// DateAccuracy returns the share of matched events whose date value and
// mod equal the gold ones.
func (c Counts) DateAccuracy() float64 { return ratio(c.DateCorrect, c.TP) }

// TypeAccuracy returns the share of matched events whose type equals the
// gold one.
func (c Counts) TypeAccuracy() float64 { return ratio(c.TypeCorrect, c.TP) }

// ParticipantRecall returns the share of the matched gold events'
// participants found among the system events' participants.
func (c Counts) ParticipantRecall() float64 {
	return ratio(c.ParticipantsFound, c.ParticipantsGold)
}

// OrderAgreement returns the share of concordant pairs among the pairs of
// matched events that the gold orders strictly (Kendall-tau style: tau is
// 2*OrderAgreement-1).
func (c Counts) OrderAgreement() float64 {
	return ratio(c.Concordant, c.Concordant+c.Discordant)
}

// add adds the tallies of d to c.
func (c *Counts) add(d Counts) {
	c.TP += d.TP
	c.FP += d.FP
	c.FN += d.FN
	c.Ignored += d.Ignored
	c.DateCorrect += d.DateCorrect
	c.TypeCorrect += d.TypeCorrect
	c.ParticipantsFound += d.ParticipantsFound
	c.ParticipantsGold += d.ParticipantsGold
	c.Concordant += d.Concordant
	c.Discordant += d.Discordant
}

// Unmatched is a missed gold event or a false positive, for debugging.
type Unmatched struct {
	Sentence string // the first 80 runes of the sentence
	Trigger  string
	Date     string // as [timeline.EventDate.Display] shows it
	Type     string
}

// DocReport is the score of one document.
type DocReport struct {
	Doc string
	Counts
	Misses         []Unmatched // required gold events no system event matched, in gold order
	FalsePositives []Unmatched // system events matching no gold event, in system order
	// Confusion counts the matched events by gold type, then system type.
	Confusion map[string]map[string]int
	// Unnamed lists, for matched events, the gold participants the system
	// event does not name.
	Unnamed []MissedParticipants
	// WrongDates lists the matched events whose date is not the gold one.
	WrongDates []WrongDate
}

// WrongDate is a matched event whose system date differs from the gold.
type WrongDate struct {
	Trigger      string // the gold trigger
	Gold, System string // as [timeline.EventDate.Display] shows them
}

// MissedParticipants is a matched event and the gold participants its
// system event does not name.
type MissedParticipants struct {
	Trigger string   // the gold trigger
	Missing []string // gold participants not found
	Named   []string // the system event's participants
}

// Report is the result of [Score]: one entry per gold document, in the
// order given, and the counts pooled over all of them.
type Report struct {
	Docs  []DocReport
	Total Counts
}

// Score compares system events with gold timelines, following the
// suggested scoring of the dev set's README. systems[i] holds the events
// found in the document of golds[i], in the order the system lists them;
// a missing entry counts as no events, and extra entries are ignored.
//
// # Matching
//
// A system event matches a gold event when their sentences, with runs of
// white space collapsed, are equal or one contains the other (a system may
// keep the dateline), and their triggers, compared case-insensitively, are
// equal, one contains the other, or they share a word.
//
// Alignment is one-to-one. Candidate pairs are taken greedily, closest
// first: an equal trigger before a contained one before a shared word,
// then a pair whose date (value and mod) agrees, then one whose type
// agrees; remaining ties go by gold then system order. Augmenting paths
// then repair the greedy choice wherever it left a pair unmatched that a
// different assignment could match, so the number of matches is maximal.
// Required gold events are aligned first; system events left over are then
// aligned with optional gold events and ignored (neither TP nor FP).
// Unmatched optional gold events are ignored too.
//
// # Figures
//
// Over matched pairs: exact date accuracy (value equal and mod equal, a
// missing mod being ""), type accuracy, participant recall (a gold
// participant is found when a system participant's text or canonical name
// equals it or contains it or is contained in it, case-insensitively) and
// order agreement: for each pair of matched events whose gold intervals
// start on different days, whether the system lists them in the same
// order. Pairs starting on the same day are ties in the gold and skipped.
func Score(golds []Gold, systems [][]timeline.Event) Report {
	var r Report
	for i, g := range golds {
		var sys []timeline.Event
		if i < len(systems) {
			sys = systems[i]
		}
		d := scoreDoc(g, sys)
		r.Total.add(d.Counts)
		r.Docs = append(r.Docs, d)
	}
	return r
}

// scoreDoc scores the system events of one document.
func scoreDoc(g Gold, sys []timeline.Event) DocReport {
	d := DocReport{Doc: g.Doc, Misses: []Unmatched{}, FalsePositives: []Unmatched{}, Confusion: map[string]map[string]int{}}
	var required, optional []int
	for i, ge := range g.Events {
		if ge.Optional {
			optional = append(optional, i)
		} else {
			required = append(required, i)
		}
	}
	all := make([]int, len(sys))
	for i := range all {
		all[i] = i
	}
	sysOf := align(g.Events, required, sys, all) // gold index -> system index
	used := make([]bool, len(sys))
	for _, s := range sysOf {
		used[s] = true
	}
	var rest []int
	for i := range sys {
		if !used[i] {
			rest = append(rest, i)
		}
	}
	for _, s := range align(g.Events, optional, sys, rest) {
		used[s] = true
		d.Ignored++
	}

	var matched []int // gold indices, in gold order
	for _, gi := range required {
		si, ok := sysOf[gi]
		if !ok {
			d.FN++
			d.Misses = append(d.Misses, goldUnmatched(g.Events[gi]))
			continue
		}
		d.TP++
		matched = append(matched, gi)
		ge, se := g.Events[gi], sys[si]
		if sameDate(ge, se) {
			d.DateCorrect++
		} else {
			d.WrongDates = append(d.WrongDates, WrongDate{Trigger: ge.Trigger,
				Gold: timeline.EventDate{Value: ge.Date, Mod: ge.Mod}.Display(), System: se.Date.Display()})
		}
		if strings.EqualFold(ge.Type, se.Type) {
			d.TypeCorrect++
		}
		gt, st := strings.ToLower(ge.Type), strings.ToLower(se.Type)
		if d.Confusion[gt] == nil {
			d.Confusion[gt] = map[string]int{}
		}
		d.Confusion[gt][st]++
		var missing []string
		for _, p := range ge.Participants {
			d.ParticipantsGold++
			if hasParticipant(se.Participants, p) {
				d.ParticipantsFound++
			} else {
				missing = append(missing, p)
			}
		}
		if len(missing) > 0 {
			var named []string
			for _, p := range se.Participants {
				named = append(named, p.Text)
			}
			d.Unnamed = append(d.Unnamed, MissedParticipants{Trigger: ge.Trigger, Missing: missing, Named: named})
		}
	}
	for i, e := range sys {
		if !used[i] {
			d.FP++
			d.FalsePositives = append(d.FalsePositives, Unmatched{
				Sentence: excerpt(e.Sentence), Trigger: e.Trigger, Date: e.Date.Display(), Type: e.Type})
		}
	}
	d.Concordant, d.Discordant = orderPairs(g.Events, matched, sysOf)
	return d
}

// align aligns the gold events golds (indices into gs) with the system
// events syss (indices into sys) one to one, as [Score] describes, and
// returns the system index of each matched gold index.
func align(gs []GoldEvent, golds []int, sys []timeline.Event, syss []int) map[int]int {
	type pair struct{ g, s, score int }
	var pairs []pair
	cands := make(map[int][]pair) // gold index -> its candidates, closest first
	for _, gi := range golds {
		for _, si := range syss {
			if c := closeness(gs[gi], sys[si]); c > 0 {
				p := pair{gi, si, c}
				pairs = append(pairs, p)
				cands[gi] = append(cands[gi], p)
			}
		}
	}
	byCloseness := func(a, b pair) int {
		return cmp.Or(b.score-a.score, a.g-b.g, a.s-b.s)
	}
	slices.SortFunc(pairs, byCloseness)

	goldOf := make(map[int]int) // system index -> gold index
	sysOf := make(map[int]int)  // gold index -> system index
	for _, p := range pairs {
		_, gTaken := sysOf[p.g]
		_, sTaken := goldOf[p.s]
		if !gTaken && !sTaken {
			sysOf[p.g], goldOf[p.s] = p.s, p.g
		}
	}

	// Augmenting paths (Kuhn's algorithm, started from the greedy
	// matching): a free gold event takes a system event, whose former gold
	// event looks for another, and so on.
	for _, gi := range golds {
		slices.SortFunc(cands[gi], byCloseness)
	}
	var augment func(gi int, seen map[int]bool) bool
	augment = func(gi int, seen map[int]bool) bool {
		for _, p := range cands[gi] {
			if seen[p.s] {
				continue
			}
			seen[p.s] = true
			prev, taken := goldOf[p.s]
			if !taken || augment(prev, seen) {
				sysOf[gi], goldOf[p.s] = p.s, gi
				return true
			}
		}
		return false
	}
	for _, gi := range golds {
		if _, ok := sysOf[gi]; !ok {
			augment(gi, make(map[int]bool))
		}
	}
	return sysOf
}

// closeness returns 0 when a system event does not match a gold event, and
// otherwise a score that is higher the closer they are (see [Score]).
func closeness(g GoldEvent, e timeline.Event) int {
	if !sameSentence(g.Sentence, e.Sentence) {
		return 0
	}
	t := triggerMatch(g.Trigger, e.Trigger)
	if t == 0 {
		return 0
	}
	score := 4 * t
	if sameDate(g, e) {
		score += 2
	}
	if strings.EqualFold(g.Type, e.Type) {
		score++
	}
	return score
}

// sameSentence reports whether two sentences, with white space collapsed,
// are equal or one contains the other.
func sameSentence(a, b string) bool {
	a, b = oneLine(a), oneLine(b)
	if a == "" || b == "" {
		return false
	}
	return strings.Contains(a, b) || strings.Contains(b, a)
}

// triggerMatch compares two triggers case-insensitively: 3 when equal, 2
// when one contains the other, 1 when they share a word, 0 otherwise.
func triggerMatch(a, b string) int {
	a, b = strings.ToLower(oneLine(a)), strings.ToLower(oneLine(b))
	switch {
	case a == "" || b == "":
		return 0
	case a == b:
		return 3
	case strings.Contains(a, b) || strings.Contains(b, a):
		return 2
	}
	for _, w := range words(a) {
		if slices.Contains(words(b), w) {
			return 1
		}
	}
	return 0
}

// words returns the words of a lower-case trigger, without the few
// function words that would make unrelated triggers overlap.
func words(s string) []string {
	var ws []string
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		switch w {
		case "a", "an", "the", "of", "to", "in", "on", "at", "by", "for", "with", "and", "or":
			continue
		}
		ws = append(ws, w)
	}
	return ws
}

// sameDate reports whether a system event has the gold date value and mod.
func sameDate(g GoldEvent, e timeline.Event) bool {
	return g.Date == e.Date.Value && strings.EqualFold(g.Mod, e.Date.Mod)
}

// hasParticipant reports whether a gold participant is among a system
// event's participants (see [Score]).
func hasParticipant(ps []timeline.Entity, gold string) bool {
	g := strings.ToLower(oneLine(gold))
	if g == "" {
		return false
	}
	for _, p := range ps {
		for _, name := range []string{p.Text, p.Canonical} {
			n := strings.ToLower(oneLine(name))
			if n != "" && (strings.Contains(n, g) || strings.Contains(g, n)) {
				return true
			}
		}
	}
	return false
}

// orderPairs counts the pairs of matched gold events (gold indices) that
// the system orders as the gold does, and those it orders the other way.
// The gold order is the start of the date interval; pairs with the same
// start, or without an interval, are skipped.
func orderPairs(gs []GoldEvent, matched []int, sysOf map[int]int) (concordant, discordant int) {
	for i, a := range matched {
		sa, _, okA := timeline.Interval(gs[a].Date, gs[a].Mod)
		if !okA {
			continue
		}
		for _, b := range matched[i+1:] {
			sb, _, okB := timeline.Interval(gs[b].Date, gs[b].Mod)
			if !okB || sa.Equal(sb) {
				continue
			}
			if (sa.Before(sb)) == (sysOf[a] < sysOf[b]) {
				concordant++
			} else {
				discordant++
			}
		}
	}
	return concordant, discordant
}

// goldUnmatched describes a missed gold event.
func goldUnmatched(g GoldEvent) Unmatched {
	return Unmatched{
		Sentence: excerpt(g.Sentence),
		Trigger:  g.Trigger,
		Date:     timeline.EventDate{Value: g.Date, Mod: g.Mod}.Display(),
		Type:     g.Type,
	}
}

// excerpt returns the first 80 runes of a sentence on one line.
func excerpt(s string) string {
	return cut(oneLine(s), 80)
}

// WriteText writes a readable summary of the report: a line per document
// and a pooled line, with precision, recall, F1, date and type accuracy,
// participant recall and order agreement to three decimals ("-" where a
// figure has nothing to count). Write errors are left to w to report.
func (r Report) WriteText(w io.Writer) {
	width := len("ALL")
	for _, d := range r.Docs {
		width = max(width, len(d.Doc))
	}
	fmt.Fprintf(w, "%-*s %4s %4s %4s %4s  %-5s  %-5s  %-5s  %-5s  %-5s  %-5s  %-5s\n",
		width, "DOC", "TP", "FP", "FN", "IGN", "P", "R", "F1", "DATE", "TYPE", "WHO", "ORDER")
	line := func(name string, c Counts) {
		fig := func(v float64, den int) string {
			if den == 0 {
				return "-"
			}
			return fmt.Sprintf("%.3f", v)
		}
		fmt.Fprintf(w, "%-*s %4d %4d %4d %4d  %-5s  %-5s  %-5s  %-5s  %-5s  %-5s  %s\n",
			width, name, c.TP, c.FP, c.FN, c.Ignored,
			fig(c.Precision(), c.TP+c.FP), fig(c.Recall(), c.TP+c.FN), fig(c.F1(), c.TP+c.FP+c.FN),
			fig(c.DateAccuracy(), c.TP), fig(c.TypeAccuracy(), c.TP),
			fig(c.ParticipantRecall(), c.ParticipantsGold), fig(c.OrderAgreement(), c.Concordant+c.Discordant))
	}
	for _, d := range r.Docs {
		line(d.Doc, d.Counts)
	}
	line("ALL", r.Total)
}

// WriteDetails writes, for each document, its missed gold events and its
// false positives: date, trigger and the start of the sentence.
func (r Report) WriteDetails(w io.Writer) {
	for _, d := range r.Docs {
		if len(d.Misses) == 0 && len(d.FalsePositives) == 0 && len(d.Unnamed) == 0 && len(d.WrongDates) == 0 {
			continue
		}
		fmt.Fprintf(w, "%s\n", d.Doc)
		for _, m := range d.Misses {
			fmt.Fprintf(w, "  miss  %-16s %-18s %-20q %s\n", m.Date, m.Type, m.Trigger, m.Sentence)
		}
		for _, m := range d.FalsePositives {
			fmt.Fprintf(w, "  fp    %-16s %-18s %-20q %s\n", m.Date, m.Type, m.Trigger, m.Sentence)
		}
		for _, wd := range d.WrongDates {
			fmt.Fprintf(w, "  date  %-20q gold %s, system %s\n", wd.Trigger, wd.Gold, wd.System)
		}
		for _, u := range d.Unnamed {
			fmt.Fprintf(w, "  who   %-20q missing %s; named %s\n", u.Trigger, strings.Join(u.Missing, ", "), strings.Join(u.Named, ", "))
		}
	}
	r.writeConfusion(w)
}

// writeConfusion writes the type confusion matrix of the matched events,
// pooled: a row per gold type, a column per system type.
func (r Report) writeConfusion(w io.Writer) {
	pooled := map[string]map[string]int{}
	types := map[string]bool{}
	for _, d := range r.Docs {
		for gt, row := range d.Confusion {
			if pooled[gt] == nil {
				pooled[gt] = map[string]int{}
			}
			types[gt] = true
			for st, n := range row {
				pooled[gt][st] += n
				types[st] = true
			}
		}
	}
	if len(types) == 0 {
		return
	}
	names := slices.Sorted(maps.Keys(types))
	fmt.Fprintf(w, "types of matched events (rows: gold, columns: system)\n%-18s", "")
	for _, st := range names {
		fmt.Fprintf(w, " %5.5s", st)
	}
	fmt.Fprintln(w)
	for _, gt := range names {
		if pooled[gt] == nil {
			continue
		}
		fmt.Fprintf(w, "%-18s", gt)
		for _, st := range names {
			if n := pooled[gt][st]; n > 0 {
				fmt.Fprintf(w, " %5d", n)
			} else {
				fmt.Fprintf(w, " %5s", ".")
			}
		}
		fmt.Fprintln(w)
	}
}

// oneLine collapses runs of white space, line breaks included, to one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// cut truncates s to n runes, the last being "…".
func cut(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}
