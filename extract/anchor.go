package extract

import (
	"cmp"
	"slices"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/extract/timex"
	"github.com/chronicle-news/chronicle/timeline"
)

// This file ties events to time: which time expressions of a sentence can
// date an event (anchoringTimes), how well a time expression fits each
// trigger (pairScore) and the one-to-one assignment (assignTimes), and the
// event date made from a time expression, including the dates counted from
// another event ("days later": relativeDate).

// sentenceTimes holds the anchoring time expressions of one sentence with
// the token ranges they cover.
type sentTimex struct {
	tx       timex.Timex
	sent     int
	from, to int  // token range [from, to)
	initial  bool // opens its sentence
	past     bool // ends before the reference date
}

// verbBetween reports whether a verb or a clause boundary stands between
// tokens a and b.
func verbBetween(toks []Token, a, b int) bool {
	for k := a; k < b; k++ {
		if strings.HasPrefix(toks[k].Tag, "VB") || toks[k].Tag == "MD" || isBoundaryWord(toks[k].Text) || toks[k].Text == "," {
			return true
		}
	}
	return false
}

// nearerTimex reports whether a time expression of the sentence other than
// ti lies nearer to token k than ti does.
func nearerTimex(times []sentTimex, ti, k int) bool {
	dist := func(t sentTimex) int {
		if k < t.from {
			return t.from - k
		}
		return k - t.to
	}
	for j, t := range times {
		if j != ti && dist(t) < dist(times[ti]) {
			return true
		}
	}
	return false
}

// listContinues reports whether time expression cur continues a list begun
// by prev with no trigger of its own between them: "Greece and Turkey in
// 1952, Germany in 1955".
func listContinues(toks []Token, cands []candidate, prev, cur sentTimex) bool {
	if cur.from-prev.to > 6 {
		return false
	}
	for _, c := range cands {
		if c.tok >= prev.to && c.tok < cur.from && (c.trig.verb || c.typed) {
			return false
		}
	}
	for i := prev.to; i < cur.from; i++ {
		if w := toks[i].Text; w == ";" || isBoundaryWord(w) || strings.HasPrefix(toks[i].Tag, "VB") || toks[i].Tag == "MD" {
			return false // "launched in early March, was last scheduled for July 25": a clause of its own
		}
	}
	return true
}

// timexFits reports whether a time expression anchored to another event
// ("within days") may date candidate c: only a reported event, not a
// planned one or one in a subordinate form, and not when the expression
// names its own anchor ("within a week of his capture").
func (d *docState) timexFits(tx *sentTimex, c *candidate) bool {
	if tx.tx.Anchor != timex.AnchorEvent {
		return true
	}
	if !c.typed || c.planned || c.tag == "VB" || c.tag == "VBG" {
		return false
	}
	toks := d.sents[tx.sent].Tokens
	if tx.to < len(toks) {
		switch strings.ToLower(toks[tx.to].Text) {
		case "of", "after", "before", "from":
			return false
		}
	}
	return true
}

// anchoringTimes returns the time expressions of sentence si that can date
// an event: dates and times that resolve to a calendar period, not
// durations, sets, vague references, deadlines ("by May") or running
// periods ("since 1985").
func (d *docState) anchoringTimes(si int) []sentTimex {
	s := &d.sents[si]
	var out []sentTimex
	for _, m := range inSentence(d.times, si) {
		tx := *m.Timex
		if tx.Type != timex.Date && tx.Type != timex.Time {
			continue
		}
		if tx.Anchor == timex.AnchorVague {
			continue
		}
		from, to := tokenRange(s.Tokens, tx.Span)
		if from < 0 {
			continue
		}
		if from > 0 {
			switch strings.ToLower(s.Tokens[from-1].Text) {
			case "since", "by", "until", "till", "through", "throughout":
				continue
			case "of":
				if scopeTimex(tx.Text) {
					continue // "its most powerful strikes of the year": a scope, not a date
				}
			}
		}
		if tx.Anchor != timex.AnchorEvent {
			if _, _, ok := timeline.Interval(dayValue(tx.Value), tx.Mod); !ok {
				continue
			}
			if timeline.PrecisionOf(tx.Value) == timeline.PrecisionCentury {
				continue // "early in the 20th century" dates no event
			}
		}
		if d.quoted(si, from) {
			continue // a date inside a quotation is the speaker's, not the narrative's
		}
		if to <= datelineEnd(s.Tokens) {
			continue // "ULAANBAATAR, July 3 (Wire) —": the story's date, not an event's
		}
		if n := len(out); n > 0 && (from < out[n-1].to || from >= 1 && out[n-1].to == from-1 && rangeDash(s.Tokens[from-1].Text)) {
			continue // "Nov. 6-17" (one token), "from Oct. 29 to Nov. 2": the end of the range before, no event of its own
		}
		if n := len(out); n > 0 && (out[n-1].tx.Type == timex.Time || strings.EqualFold(out[n-1].tx.Text, "overnight")) &&
			from-out[n-1].to <= 1 && len(dayValue(tx.Value)) == 10 {
			out = out[:n-1] // "at 6 a.m. on September 20", "overnight on Tuesday": the day comes with the hour
		}
		st := sentTimex{tx: tx, sent: si, from: from, to: to, initial: isInitial(s.Tokens, from)}
		if _, end, ok := timeline.Interval(dayValue(tx.Value), tx.Mod); ok && tx.Anchor != timex.AnchorEvent {
			st.past = end.Before(d.ref)
		}
		if !st.past && deadline(s.Tokens, from) {
			continue // "before his term ends in 2030": a deadline, not an event
		}
		out = append(out, st)
	}
	return out
}

// scopeTimex reports whether a time expression after "of" names the scope
// of a superlative or a count rather than a date: "the deadliest attack of
// the year", "the second visit of the month".
func scopeTimex(text string) bool {
	switch strings.ToLower(oneLine(text)) {
	case "the year", "the month", "the week", "the decade", "the century", "the day":
		return true
	}
	return false
}

// rangeDash reports whether a word joins the two ends of a date range.
func rangeDash(w string) bool {
	switch strings.ToLower(w) {
	case "-", "–", "—", "to":
		return true
	}
	return false
}

// datelineEnd returns the number of tokens of a dateline that opens the
// sentence ("ULAANBAATAR, July 3 (Meridian Wire) —", "JERUSALEM (AP)_"), or
// 0: a word in capitals, then at most 14 tokens to a dash.
func datelineEnd(toks []Token) int {
	if len(toks) == 0 || !startsUpper(toks[0].Text) {
		return 0
	}
	caps := isAllCaps(toks[0].Text)
	for i := 1; i < len(toks) && i < 15; i++ {
		switch toks[i].Text {
		case "—", "–", "--", "-", "_", ":":
			// "ISLAMABAD, Aug 6 (Reuters) -"; in title case only after an
			// agency in brackets: "Islamabad (TDI):"
			if caps || i >= 2 && toks[i-1].Text == ")" {
				return i + 1
			}
			return 0
		}
		if strings.HasSuffix(toks[i].Text, "_") && (caps || toks[i-1].Text == ")") {
			return i + 1
		}
	}
	return 0
}

// deadline reports whether the time expression at token from sits in a
// clause that sets a limit: "before his term ends in 2030", "until the
// vote in May".
func deadline(toks []Token, from int) bool {
	for j := from - 1; j >= 0 && j >= from-6; j-- {
		switch strings.ToLower(toks[j].Text) {
		case "before", "until", "till", "ahead":
			return true
		case ",", ";", "and", "but", "that", "when", "after":
			return false
		}
	}
	return false
}

// isInitial reports whether a time expression opens its sentence, with at
// most a preposition or adverb before it ("Back in June,", "On May 10,").
func isInitial(toks []Token, from int) bool {
	for i := 0; i < from; i++ {
		switch strings.ToLower(toks[i].Text) {
		case "in", "on", "at", "back", "just", "only", "also", "and", "but", "then", "since", "during", "early", "late", "earlier", "later", "by", "of", "\"", "“", "``":
		default:
			return false
		}
	}
	return true
}

func tokenRange(toks []Token, sp Span) (int, int) {
	from, to := -1, -1
	for i, t := range toks {
		if from < 0 && t.Span.End > sp.Start {
			from = i
		}
		if t.Span.Start < sp.End {
			to = i + 1
		}
	}
	if from < 0 || to <= from {
		return -1, -1
	}
	return from, to
}

// pairVerdict qualifies a pairing of a time expression with a trigger.
type pairVerdict int

const (
	pairScored  pairVerdict = iota // compare by score
	pairStrong                     // an event noun next to its date: take it
	pairConsume                    // the date belongs to an attribution: no event
)

// pairScore rates how likely time expression ti dates candidate k: the
// lower the better. Distance counts, and so do clause boundaries between
// them, the kind of trigger and its verb form.
func pairScore(s *Sentence, cands []candidate, times []sentTimex, ti, k int) (float64, pairVerdict) {
	tx := times[ti]
	toks := s.Tokens
	c := &cands[k]
	var dist float64
	before := c.tok < tx.from
	if before {
		dist = float64(tx.from - (c.tok + c.n))
	} else {
		dist = float64(c.tok - tx.to)
	}
	// an event noun next to its date: "Aug. 2 power-grab", "its 1990
	// invasion", "its founding in 1949", "the invasion last August"
	if c.trig.noun && c.typed {
		if !before && (dist == 0 || possessiveDate(toks, tx, c)) {
			return dist, pairStrong
		}
		if before && (dist == 0 || dist == 1 && isPreposition(toks[c.tok+c.n].Text)) && (!isDefinite(toks, c.tok) || c.n > 2) && !governed(toks, cands, c.tok) {
			// (a noun named with its complement is new even when definite:
			// "the outbreak of the 34-day conflict on July 12")
			return dist, pairStrong
		}
		if before && (ofPhrase(toks, c.tok+c.n, tx.from) || betweenPhrase(toks, c.tok+c.n, tx.from)) && !governed(toks, cands, c.tok) && !eventNounIn(cands, c.tok+c.n, tx.from) {
			return dist, pairStrong // "the invasion of Kuwait on Aug. 2", "the withdrawal of Russian forces in early April"
		}
		if j := c.tok + c.n; before && tx.from == j+2 && toks[j].Text == "," && isPreposition(toks[j+1].Text) && tx.to < len(toks) && toks[tx.to].Text == "," {
			return dist, pairStrong // "The Sagaing strike, on May 18, hit a school": the date set off beside its noun
		}
		if before && (scheduledFor(toks, c.tok+c.n, tx.from) || toBeHeld(toks, c.tok+c.n, tx.from)) {
			return dist, pairStrong // "the Beijing Summit of the forum, scheduled for Nov. 4-5"
		}
	}
	if tx.initial && !before {
		// "On January 23, delegations from A, B and C sat face to face
		// to hold talks": the subject is no distance, the main clause's
		// words are
		if v := mainVerbAfter(toks, tx.to); v >= 0 && c.tok >= v && !eventNounIn(cands, tx.to, v) {
			dist = float64(c.tok - v)
		}
	}
	score := dist
	lo, hi := c.tok+c.n, tx.from
	if !before {
		lo, hi = tx.to, c.tok
	}
	score += 3 * float64(boundaries(toks, lo, hi, tx.initial && !before))
	if !before && tx.to < len(toks) && strings.EqualFold(toks[tx.to].Text, "and") {
		score += 4 // "touring Dar es Salaam Thursday and meeting ...": the date closes its conjunct
	}
	if tx.initial && !before {
		score -= 2 // "In early May, X launched": the main clause follows
	}
	if c.trig.verb && c.tok == rootVerb(toks, cands) {
		switch {
		case tx.initial && !before:
			score = min(score, 2) // "On March 10, the ministers, Kuleba and Lavrov, met": the main verb
		case boundaries(toks, lo, hi, false) == 0:
			score -= 3 // the sentence's main verb: "Donors pledged ... at a conference in Geneva on Monday"
		}
	}
	switch {
	case c.trig.report:
		if saysNothing(toks, c, tx) {
			return score, pairConsume // "Minister Yulia Svyrydenko said on Wednesday.": a fragment with no content
		}
		if dist > 1 {
			score += 4
		}
		if before && dist > 1 && c.trig.lemma != "tell" && complementStarts(toks, c.tok+c.n) {
			score += 20 // "said trade in the same term of 2005 was low": the date is the content's
		}
		if attribution(toks, c.tok) || postposed(toks, c.tok, cands) && (!(before && ownTimes(toks, times, c.tok) == 1 && !coordinatedVerb(toks, c.tok)) || reportedEvent(toks, cands, times, k) >= 0) {
			if before && dist <= 2 && !complementEvent(toks, c.tok, cands) {
				return score, pairConsume // "the newspaper said Sunday" dates a source, not news
			}
			score += 20
		}
		if complementEvent(toks, c.tok, cands) {
			score += 8
		}
	case c.typed && !c.trig.light && !c.trig.generic:
		score -= 2
	case !c.typed && c.trig.verb && k > 0 && cands[k-1].typed && cands[k-1].trig.noun && cands[k-1].tok+cands[k-1].n == c.tok &&
		cands[k-1].trig.typ != "other" && !cands[k-1].trig.light:
		score -= 2 // "The offensive opened on October 3 with air strikes": its subject names its event
	}
	if c.trig.noun && !c.typed {
		score += 3
	}
	if c.trig.noun && c.typed && isDefinite(toks, c.tok) {
		score += 5 // "the meeting", "that agreement" name an event told before
	}
	if c.trig.noun && governed(toks, cands, c.tok) {
		score += 8 // "expelled from peace talks Feb. 20": the verb's date
	}
	if c.tag == "VBG" && !afterBe(toks, c.tok) {
		score += 3
		if c.tok > 0 && toks[c.tok-1].Text == "," || withAdjunct(toks, c.tok) {
			score += 4 // ", demanding ...", "with delegates warning ...": an adjunct of the main clause's event
		}
	}
	if c.tag == "VB" && c.tok > 0 && strings.EqualFold(toks[c.tok-1].Text, "to") && !afterAspectual(toks, c.tok) {
		score += 4 // "to discuss": a purpose, not the event ("will travel" is)
	}
	if c.trig.noun && c.typed {
		score += 1.5 // the text names most events by their verb
		if c.tok >= 2 && isSetting(toks[c.tok-1].Text, toks[c.tok-2].Text) {
			score += 5 // "pledged ... at a conference", "seized during a patrol": the setting
		}
	}
	if c.planned && c.trig.verb && tx.past {
		score += 5 // "would investigate the genocide nearly four years ago": the date is the genocide's
	}
	if !c.typed && (c.tag == "VBZ" || c.tag == "VBP") {
		score += 5 // present tense: a state or habit, seldom a dated event
	}
	if c.tag == "VBN" && !afterBe(toks, c.tok) && !afterHave(toks, c.tok) && !mainParticiple(toks, c.tok) && before {
		score += 2 // a participle modifying a noun: "the sanctions imposed on Iraq"
	}
	if r := reportBefore(cands, tx.from); !before && r >= 0 && wordBetween(toks, tx.to, c.tok, "that") && !complementEvent(toks, r, cands) {
		score += 6 // "told reporters on Thursday that talks went well": the date is the telling's (not "said Thursday that he had ordered the strikes")
	}
	if c.trig.verb && before && inSinceClause(toks, c.tok) && boundaries(toks, c.tok+c.n, tx.from, false) > 0 {
		score += 10 // "returned since the first lady started her advocacy, including seven in December": the date is past the since clause
	}
	if before && c.trig.verb && sinceBefore(toks, c.tok+c.n, tx.from) {
		score += 10 // "killed since the start of the war in 2022": a running period, not the verb's date
	}
	if lo, hi := relativeClause(toks, tx.from); lo >= 0 && (c.tok < lo || c.tok >= hi) {
		score += 10 // "X, who was elected at the summit in January, spoke": the date is the clause's
	}
	if before {
		score -= 0.5 // ties go to the trigger before its date: "arrived Thursday"
	}
	return score, pairScored
}

// relativeClause returns the token range [lo, hi) of the relative clause
// set off by commas (", who ... ,", ", which ... ,") that holds token i, or
// -1, -1: the clause runs from its pronoun to the next comma.
func relativeClause(toks []Token, i int) (int, int) {
	lo := -1
	for k := i - 1; k >= 1 && k >= i-30; k-- {
		w := strings.ToLower(toks[k].Text)
		if (w == "who" || w == "which") && toks[k-1].Text == "," {
			lo = k
			break
		}
		if w == "," || w == ";" || w != ")" && isBoundaryWord(w) {
			return -1, -1
		}
	}
	if lo < 0 {
		return -1, -1
	}
	for k := i + 1; k < len(toks); k++ {
		if toks[k].Text == "," {
			return lo, k
		}
	}
	return -1, -1 // a clause to the end of the sentence sets nothing off
}

// ofPhrase reports whether tokens [lo, hi) between an event noun and its
// date are an "of" phrase naming what the event was of, and a preposition:
// "of Kuwait on", "of Russian forces in" (not "suspension of negotiations
// on": the event noun inside names the event).
func ofPhrase(toks []Token, lo, hi int) bool {
	if hi-lo < 3 || hi-lo > 5 || !strings.EqualFold(toks[lo].Text, "of") || !isPreposition(toks[hi-1].Text) {
		return false
	}
	for _, t := range toks[lo+1 : hi-1] {
		if !strings.HasPrefix(t.Tag, "NN") && !strings.HasPrefix(t.Tag, "JJ") && t.Tag != "DT" && t.Tag != "POS" {
			return false
		}
	}
	return true
}

// betweenPhrase reports whether tokens [lo, hi) between an event noun and
// its date name who met, and where, and a preposition: "between Prime
// Minister Ryutaro Hashimoto and President Bill Clinton in Washington on".
func betweenPhrase(toks []Token, lo, hi int) bool {
	if hi-lo < 4 || hi-lo > 16 || !strings.EqualFold(toks[lo].Text, "between") || !isPreposition(toks[hi-1].Text) {
		return false
	}
	and := false
	for _, t := range toks[lo+1 : hi-1] {
		switch {
		case strings.EqualFold(t.Text, "and"):
			and = true
		case strings.HasPrefix(t.Tag, "NNP") || t.Tag == "POS" || t.Tag == "DT" || t.Tag == "," || strings.EqualFold(t.Text, "in"):
		default:
			return false
		}
	}
	return and
}

// toBeHeld reports whether tokens [lo, hi) between an event noun and its
// date say the event is to be held then: "an informal meeting of the APEC
// leaders to be held in Hanoi on Nov. 18-19". Only the noun's modifiers,
// "to be held" and its place may stand between.
func toBeHeld(toks []Token, lo, hi int) bool {
	if hi-lo < 4 || hi-lo > 16 {
		return false
	}
	for k := lo; k+2 < hi; k++ {
		if strings.EqualFold(toks[k].Text, "to") && strings.EqualFold(toks[k+1].Text, "be") && strings.EqualFold(toks[k+2].Text, "held") {
			for _, t := range toks[lo:k] {
				if strings.HasPrefix(t.Tag, "VB") || t.Text == ";" || t.Text == "," || isBoundaryWord(t.Text) {
					return false
				}
			}
			for _, t := range toks[k+3 : hi] {
				if strings.HasPrefix(t.Tag, "VB") || t.Text == ";" || isBoundaryWord(t.Text) {
					return false
				}
			}
			return true
		}
	}
	return false
}

// scheduledFor reports whether tokens [lo, hi) between an event noun and
// its date say when it is scheduled: "the summit of the forum (FOCAC),
// scheduled for Nov. 4-5", "talks set for Monday". Only the noun's own
// modifiers may stand between: no other verb, no clause boundary but a comma
// or a bracket.
func scheduledFor(toks []Token, lo, hi int) bool {
	if hi-lo < 2 || hi-lo > 12 {
		return false
	}
	switch strings.ToLower(toks[hi-1].Text) {
	case "for", "on":
	default:
		return false
	}
	switch strings.ToLower(toks[hi-2].Text) {
	case "scheduled", "slated", "set", "planned", "due":
	default:
		return false
	}
	for _, t := range toks[lo : hi-2] {
		if strings.HasPrefix(t.Tag, "VB") || t.Text == ";" || t.Text != ")" && isBoundaryWord(t.Text) {
			return false
		}
	}
	return true
}

// withAdjunct reports whether the participle at i follows "with" and its
// subject: "opened on Monday with participants warning that ...".
func withAdjunct(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		if strings.EqualFold(toks[j].Text, "with") {
			return j < i-1
		}
		if !strings.HasPrefix(toks[j].Tag, "NN") && toks[j].Tag != "DT" && !strings.HasPrefix(toks[j].Tag, "JJ") && toks[j].Tag != "CD" {
			return false
		}
	}
	return false
}

// possessiveDate reports whether a time expression is a possessive that
// names the date of the event noun of c: "Tuesday's bold daylight raid",
// "this week's summit", "last year's election".
func possessiveDate(toks []Token, tx sentTimex, c *candidate) bool {
	if tx.to >= len(toks) || c.tok <= tx.to || c.tok-tx.to > 4 {
		return false
	}
	if p := toks[tx.to].Text; p != "'s" && p != "’s" && p != "'" && p != "’" {
		return false
	}
	for k := tx.to + 1; k < c.tok; k++ {
		if !isNPToken(toks[k]) {
			return false
		}
	}
	return true
}

// rootVerb returns the token index of the sentence's main verb as far as
// cheap clues tell: the first finite verb candidate after any dateline that
// is not in a subordinate clause; -1 if none.
func rootVerb(toks []Token, cands []candidate) int {
	start := datelineEnd(toks)
	for _, c := range cands {
		if c.tok < start || !c.trig.verb {
			continue
		}
		if c.tag != "VBD" && c.tag != "VBZ" && c.tag != "VBP" && !(c.tag == "VBN" && (afterBe(toks, c.tok) || afterHave(toks, c.tok) || mainParticiple(toks, c.tok))) {
			continue
		}
		if boundaries(toks, start, c.tok, true)-appositionCommas(toks, start, c.tok, true) > 0 || c.trig.report {
			return -1 // the first finite verb is in a subordinate clause, or reports another's words
		}
		return c.tok
	}
	return -1
}

// maxPairScore is the worst score at which a time expression still dates
// a trigger.
const maxPairScore = 14

// assignTimes ties each time expression of a sentence to the trigger it
// dates, or -1. Pairs are taken best first, so that a trigger goes to the
// expression that fits it best whatever their order; a trigger takes one
// date, except that an expression continuing a list ("Greece in 1952,
// Germany in 1955 and Spain in 1982") dates the trigger of the list.
func assignTimes(s *Sentence, cands []candidate, times []sentTimex) []int {
	out := make([]int, len(times))
	follows := make([]bool, len(times))
	for ti := range out {
		out[ti] = -1
		follows[ti] = ti > 0 && listContinues(s.Tokens, cands, times[ti-1], times[ti])
	}
	type pair struct {
		ti, k int
		score float64
	}
	var pairs []pair
	for ti, tx := range times {
		if follows[ti] {
			continue
		}
		for k := range cands {
			if cands[k].tok >= tx.from && cands[k].tok < tx.to {
				continue
			}
			score, verdict := pairScore(s, cands, times, ti, k)
			switch verdict {
			case pairStrong:
				score = -100
			case pairConsume:
				score, k = -50, reportedEvent(s.Tokens, cands, times, k)
			}
			if score <= maxPairScore {
				pairs = append(pairs, pair{ti, k, score})
			}
		}
	}
	slices.SortStableFunc(pairs, func(a, b pair) int { return cmp.Compare(a.score, b.score) })
	doneTi := make([]bool, len(times))
	usedK := make([]bool, len(cands))
	for _, p := range pairs {
		if doneTi[p.ti] || p.k >= 0 && usedK[p.k] {
			continue
		}
		doneTi[p.ti] = true
		out[p.ti] = p.k
		if p.k >= 0 {
			usedK[p.k] = true
		}
	}
	for ti := range out {
		if follows[ti] {
			out[ti] = out[ti-1]
		}
	}
	return out
}

// complementStarts reports whether a reported clause starts at token j,
// right after a reporting verb that takes no addressee first (not "told
// a news conference on Monday"): a lower-case word that is not one of the
// words that lead to the report's own date ("said on Tuesday", "said here
// last week"), and not the speaker put after the verb ("said Prime Minister
// X on Tuesday").
func complementStarts(toks []Token, j int) bool {
	if j >= len(toks) || !startsLetter(toks[j].Text) || startsUpper(toks[j].Text) {
		return false
	}
	switch strings.ToLower(toks[j].Text) {
	case "on", "in", "at", "here", "there", "last", "this", "late", "early", "earlier", "later", "today",
		"yesterday", "tonight", "overnight", "during", "after", "before", "by", "from", "to":
		return false
	}
	return true
}

// sinceBefore reports whether a "since" among tokens [lo, hi) opens the
// clause that runs on to hi: "killed since the start of the war in 2022",
// not "freed since he started, including seven in January".
func sinceBefore(toks []Token, lo, hi int) bool {
	for k := hi - 1; k >= lo; k-- {
		switch strings.ToLower(toks[k].Text) {
		case "since":
			return true
		case ",", ";":
			return false
		}
	}
	return false
}

// inSinceClause reports whether the verb at i is in a clause opened by
// "since": "since the first lady started her advocacy".
func inSinceClause(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-8; j-- {
		switch w := strings.ToLower(toks[j].Text); {
		case w == "since":
			return true
		case w == "," || w == ";" || strings.HasPrefix(toks[j].Tag, "VB") && !auxiliaries[w]:
			return false
		}
	}
	return false
}

// ownTimes counts the time expressions of a sentence whose report is at
// token i, leaving out those before it in a running period ("Troops have
// been killed since the start of the invasion in 2022, Zelensky said
// Wednesday": what he reports has no date of its own, so his statement is
// the news).
func ownTimes(toks []Token, times []sentTimex, i int) int {
	n := 0
	for _, tx := range times {
		if tx.from > i || !wordBetween(toks, max(0, tx.from-12), tx.from, "since") {
			n++
		}
	}
	return n
}

// reportBefore returns the token of a reporting verb before token i, or -1.
func reportBefore(cands []candidate, i int) int {
	for _, c := range cands {
		if c.tok < i && c.trig.report && c.trig.verb {
			return c.tok
		}
	}
	return -1
}

// saysNothing reports whether the reporting verb of c reports nothing: no
// content before it (no comma or quotation) and nothing after it but its
// date and the closing stop.
func saysNothing(toks []Token, c *candidate, tx sentTimex) bool {
	for _, t := range toks[:c.tok] {
		if t.Text == "," || isOpenPunct(firstRune(t.Text)) || isClosing(t.Text) {
			return false
		}
	}
	end := c.tok + c.n
	if tx.from == end || tx.from == end+1 {
		end = tx.to
	}
	return end == len(toks)-1 && toks[end].Text == "." || end == len(toks)
}

// reportedEvent returns the event a source attribution at candidate ri
// reports when the report follows it ("Seven people were killed in the
// attacks, the governor said on Wednesday": the attack, dated by the
// report), or -1: the first typed event verb before the report, else the
// first typed event noun; none when that content has a date of its own or
// is a quotation.
func reportedEvent(toks []Token, cands []candidate, times []sentTimex, ri int) int {
	for _, tx := range times {
		if tx.from < cands[ri].tok {
			return -1 // the report's content has its own date
		}
	}
	for j := cands[ri].tok - 1; j >= 0 && j >= cands[ri].tok-7; j-- {
		switch toks[j].Text {
		case "\"", "”", "''", "’":
			if opensWithQuote(toks) {
				return -1 // a quotation: the statement is the event
			}
		}
	}
	if !postposed(toks, cands[ri].tok, cands) {
		return -1
	}
	for _, tx := range times {
		if tx.from == cands[ri].tok+cands[ri].n {
			if k := asClause(toks, cands, tx); k >= 0 {
				return k // "said Wednesday as it warned of a threat": what was done as it spoke
			}
		}
	}
	noun := -1
	for k := range cands {
		c := &cands[k]
		if c.tok >= cands[ri].tok {
			break
		}
		if !c.typed || c.trig.report || c.trig.typ == "other" || c.trig.typ == "statement" {
			continue
		}
		if c.trig.verb {
			return k
		}
		if noun < 0 {
			noun = k
		}
	}
	return noun
}

// mainParticiple reports whether the participle at i, tagged VBN with no
// auxiliary, is the clause's past-tense verb: it follows a noun and no
// finite verb follows in its clause ("A series of meetings opened in
// Nairobi on Monday"), as against a participle that modifies the noun ("the
// sanctions imposed on Iraq were lifted").
func mainParticiple(toks []Token, i int) bool {
	if i == 0 || !strings.HasPrefix(toks[i-1].Tag, "NN") {
		return false
	}
	for _, t := range toks[i+1:] {
		if t.Text == "," || t.Text == ";" || isBoundaryWord(t.Text) {
			return true
		}
		switch t.Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return false
		}
	}
	return true
}

// eventNounIn reports whether a typed event noun stands among tokens
// [lo, hi): "Last Friday, a collision between a warship and a boat killed
// four": the subject names the event.
func eventNounIn(cands []candidate, lo, hi int) bool {
	for _, c := range cands {
		if c.tok >= lo && c.tok < hi && c.typed && c.trig.noun && !c.trig.report {
			return true
		}
	}
	return false
}

// mainVerbAfter returns the first finite verb from token j on, after an
// opening time phrase and the subject, or -1.
func mainVerbAfter(toks []Token, j int) int {
	for k := j; k < len(toks); k++ {
		switch toks[k].Tag {
		case "VBD", "VBZ", "VBP", "MD":
			return k
		}
		if toks[k].Text == ";" || isBoundaryWord(toks[k].Text) {
			return -1
		}
	}
	return -1
}

// appositionCommas counts the commas between tokens lo and hi that set
// off an apposition: a pair with no verb and no clause word between them
// ("the ministers, Kuleba and Lavrov, met"). With skipFirstComma, the
// comma that closes an opening time phrase is not one of them.
func appositionCommas(toks []Token, lo, hi int, skipFirstComma bool) int {
	n, open := 0, -1
	for i := lo; i < hi && i < len(toks); i++ {
		t := toks[i]
		switch {
		case t.Text == "," && skipFirstComma:
			skipFirstComma = false
		case t.Text == ",":
			if open >= 0 && i > open+1 {
				n += 2
				open = -1
			} else {
				open = i
			}
		case open >= 0 && (strings.HasPrefix(t.Tag, "VB") || isBoundaryWord(t.Text)):
			open = -1
		}
	}
	return n
}

// boundaries counts the clause boundaries between tokens lo and hi: strong
// punctuation and subordinating words. With skipFirstComma, the comma that
// closes an opening time phrase does not count.
func boundaries(toks []Token, lo, hi int, skipFirstComma bool) int {
	n := 0
	for i := lo; i < hi && i < len(toks); i++ {
		switch functionWord(toks[i].Text) {
		case ",":
			if skipFirstComma {
				skipFirstComma = false
				continue
			}
			if i > 0 && i+1 < len(toks) && toks[i-1].Tag == "NNP" && toks[i+1].Tag == "NNP" {
				continue // "in Nairobi, Kenya", "Chile, Peru and Bolivia": names, not clauses
			}
			n++
		case ";", ":", "--", "_", "(", ")", "that", "which", "who", "whom", "when", "while", "after", "before", "because", "although", "though", "if", "until", "where", "but":
			n++
		}
	}
	return n
}

// sameClause reports whether tokens a and b are in one clause: no strong
// boundary between them.
func sameClause(toks []Token, a, b int) bool {
	if a > b {
		a, b = b, a
	}
	for i := a; i < b; i++ {
		switch strings.ToLower(toks[i].Text) {
		case ";", "--", "_", "which", "who", "while", "although", "but":
			return false
		}
	}
	return b-a <= 15
}

// dayValue drops the time of day from a value: an event is dated by its
// day ("Wednesday night" is 2000-01-05).
func dayValue(v string) string {
	if i := strings.IndexByte(v, 'T'); i == 10 {
		return v[:i]
	}
	return v
}

// eventMod keeps the modifiers that narrow an event's period (START, MID,
// END: "early", "mid-", "late"); "about" or "nearly" (APPROX) and the like
// leave the period as it is, and so do "earlier this month" and "later in
// the year", which say the event came before or after another time of that
// month or year, not in its first or last part. text is the expression.
func eventMod(text, mod, value string) string {
	if len(value) == 10 {
		return "" // "late Tuesday" is that day: early, mid and late qualify longer spans
	}
	if w := strings.ToLower(text); strings.HasPrefix(w, "earlier ") || strings.HasPrefix(w, "later ") {
		return ""
	}
	switch mod {
	case "START", "MID", "END":
		return mod
	}
	return ""
}

// relativeDate resolves a time expression anchored to the previous event
// ("within days"): the shift from that event's date, kept coarse (month
// and third of month) because such expressions are vague.
func relativeDate(tx timex.Timex, prev *timeline.Event) timeline.EventDate {
	if prev == nil || prev.Date.Start == "" {
		return timeline.EventDate{Text: tx.Text, Value: tx.Value, Anchor: timeline.AnchorRelative}
	}
	start, err := time.Parse("2006-01-02", prev.Date.Start)
	if err != nil {
		return timeline.EventDate{Text: tx.Text, Value: tx.Value, Anchor: timeline.AnchorRelative}
	}
	var t time.Time
	switch tx.Shift.Unit {
	case 'W':
		t = start.AddDate(0, 0, 7*tx.Shift.N)
	case 'M':
		t = start.AddDate(0, tx.Shift.N, 0)
		return timeline.NewEventDate(tx.Text, t.Format("2006-01"), "", timeline.AnchorRelative)
	case 'Y':
		t = start.AddDate(tx.Shift.N, 0, 0)
		return timeline.NewEventDate(tx.Text, t.Format("2006"), "", timeline.AnchorRelative)
	default:
		t = start.AddDate(0, 0, tx.Shift.N)
	}
	if tx.Shift.N == 1 || tx.Shift.N == -1 {
		return timeline.NewEventDate(tx.Text, t.Format("2006-01-02"), "", timeline.AnchorRelative)
	}
	mod := "MID"
	switch {
	case t.Day() <= 10:
		mod = "START"
	case t.Day() > 20:
		mod = "END"
	}
	return timeline.NewEventDate(tx.Text, t.Format("2006-01"), mod, timeline.AnchorRelative)
}

// opensWithQuote reports whether a sentence opens with a quotation mark: a
// quotation, not a report that quotes a word or two ("The talks were
// "substantive", the negotiator said").
func opensWithQuote(toks []Token) bool {
	if len(toks) == 0 {
		return false
	}
	switch toks[0].Text {
	case "\"", "“", "``", "'", "‘":
		return true
	}
	return false
}
