package extract

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/timeline"
)

// This file is the event stage: it finds event triggers, ties each to the
// time expression of its clause, and gives it a type, participants and a
// location. News text dates the events worth listing: an event is reported
// here when its own clause has a time expression, or when it is the
// article's main reported event; other events are kept, undated or with the
// date of the event they continue, for --all.

// candidate is a possible event trigger in a sentence.
type candidate struct {
	tok     int // index of the first token
	n       int // tokens in the trigger
	trig    trigger
	typed   bool // found in the lexicon (not only a verb by its tag)
	tag     string
	used    bool
	timex   int // index into the sentence's timexes, -1 if none
	planned bool
}

// sentenceTimes holds the anchoring time expressions of one sentence with
// the token ranges they cover.
type sentTimex struct {
	tx       Timex
	sent     int
	from, to int  // token range [from, to)
	initial  bool // opens its sentence
	past     bool // ends before the reference date
}

// detectEvents finds the events of a document.
func (ex *Extractor) detectEvents(d *docState) []timeline.Event {
	var events []timeline.Event
	var lastDated *timeline.Event
	mainDone := d.mainDone
	for si := range d.sents {
		s := &d.sents[si]
		if d.isHeaderLine(si) {
			continue // a date line, byline or headline reports no event of its own
		}
		times := d.anchoringTimes(si)
		isMain := !mainDone && d.isBodySentence(si)
		if !isMain && len(times) == 0 {
			events = d.undatedEvents(si, events, lastDated)
			continue
		}
		// tag the stretch around the time expressions (all of a main
		// sentence without one)
		from, to := 0, len(s.Tokens)
		if len(times) > 0 && len(s.Tokens) > 3*tagReach {
			from, to = times[0].from-tagReach, times[len(times)-1].to+tagReach
		}
		if err := ex.tagger.tagWindow(s, from, to); err != nil {
			d.warn(fmt.Sprintf("sentence %d: %v", si+1, err))
		}
		cands := ex.candidates(s)
		var sentEvents []timeline.Event
		add := func(k, ti int) {
			cands[k].used = true
			cands[k].timex = ti
			var tx *sentTimex
			if ti >= 0 {
				tx = &times[ti]
			}
			sentEvents = append(sentEvents, d.makeEvent(si, &cands[k], tx, lastDated))
		}
		// first, each time expression dates the trigger it belongs to
		attached := assignTimes(s, cands, times)
		for ti, ci := range attached {
			if ci >= 0 && d.timexFits(&times[ti], &cands[ci]) {
				add(ci, ti)
			}
		}
		// then coordinated verbs and indefinite event nouns share a date
		for ti, ci := range attached {
			if ci < 0 {
				continue
			}
			// "held talks on Thursday and signed a pact"
			if k := coordinated(s.Tokens, cands, ci); k >= 0 {
				add(k, ti)
			}
			// "erupted in late April after an attack in ..."
			for k := range cands {
				o := &cands[k]
				if o.used || !o.typed || !o.trig.noun || o.trig.light || o.trig.typ == "other" || !indefinite(s.Tokens, o.tok) {
					continue
				}
				if o.tok > cands[ci].tok && o.tok-(cands[ci].tok+cands[ci].n) <= 3 {
					continue // the verb's object: "called for an emergency conference"
				}
				if o.tok < cands[ci].tok && (cands[ci].tok-(o.tok+o.n) <= 2 || !verbBetween(s.Tokens, o.tok+o.n, cands[ci].tok)) {
					continue // the verb's subject: "a ceasefire agreed in June", "A truce between ... collapsed"
				}
				if nearerTimex(times, ti, o.tok) {
					continue // another date of the sentence is this noun's: "an offensive launched early this month"
				}
				if sameClause(s.Tokens, times[ti].from, o.tok) && o.trig.typ != cands[ci].trig.typ {
					add(k, ti)
				}
			}
		}
		if isMain {
			mainDone = true
			if len(sentEvents) == 0 {
				if ci := mainVerb(s, cands); ci >= 0 {
					add(ci, -1)
				}
			}
		}
		for i := range sentEvents {
			events = append(events, sentEvents[i])
			if events[len(events)-1].Date.Start != "" {
				lastDated = &events[len(events)-1]
			}
		}
	}
	return foldDocument(foldSentence(events))
}

// undatedEvents adds the events of sentence si, which has no time
// expression of its own. Only lexicon triggers count here, so the sentence
// needs no part-of-speech tags. A definite mention of an event told before
// ("The meeting, which surprised many", "during that visit") folds into that
// event; another event inherits the date of the event the narrative was
// telling when it is close by, or stays undated. Only --all lists them.
func (d *docState) undatedEvents(si int, events []timeline.Event, lastDated *timeline.Event) []timeline.Event {
	s := &d.sents[si]
	if isHeadline(s.Tokens) {
		return events
	}
	for _, c := range d.ex.candidates(s) {
		if !c.typed || c.trig.report || c.trig.light || c.trig.generic || c.trig.typ == "other" || d.quoted(si, c.tok) {
			continue
		}
		if c.trig.noun && isDefinite(s.Tokens, c.tok) {
			if k := antecedent(events, c.trig.typ); k >= 0 {
				events[k].Mentions++
				continue
			}
		}
		ev := d.makeEvent(si, &c, nil, nil)
		ev.Date = timeline.EventDate{}
		if lastDated != nil && si-lastDated.SentenceIndex <= 2 {
			ev.Date = lastDated.Date
			ev.Date.Anchor = timeline.AnchorInherited
		}
		ev.Confidence = 0.3
		events = append(events, ev)
	}
	return events
}

// antecedent returns the index of the latest event that a definite mention
// of an event of type typ refers to: the same type, or, for a call, meeting
// or visit, any of the three (CAMEO 04: "during that visit" after "met").
func antecedent(events []timeline.Event, typ string) int {
	for k := len(events) - 1; k >= 0; k-- {
		t := events[k].Type
		if t == typ || timeline.CAMEO(t) == "04" && timeline.CAMEO(typ) == "04" {
			return k
		}
	}
	return -1
}

// tagReach is how many tokens on either side of a time expression get
// part-of-speech tags in a long sentence (a shorter one is tagged whole):
// events attach to triggers within about this reach.
const tagReach = 12

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
		if w := toks[i].Text; w == ";" || isBoundaryWord(w) {
			return false
		}
	}
	return true
}

// timexFits reports whether a time expression anchored to another event
// ("within days") may date candidate c: only a reported event, not a
// planned one or one in a subordinate form, and not when the expression
// names its own anchor ("within a week of his capture").
func (d *docState) timexFits(tx *sentTimex, c *candidate) bool {
	if tx.tx.Anchor != AnchorEvent {
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

// isBodySentence reports whether sentence si can hold the main reported
// event: the first sentence that is not a headline or a byline.
func (d *docState) isBodySentence(si int) bool {
	s := &d.sents[si]
	if len(s.Tokens) < 6 || isHeadline(s.Tokens) {
		return false
	}
	last := s.Tokens[len(s.Tokens)-1].Text
	return last == "." || last == "\"" || last == "”" || last == "''"
}

// isHeaderLine reports whether sentence si is a line of its own without a
// closing full stop: a date line ("Published: 2024-11-20"), a byline, a
// headline.
func (d *docState) isHeaderLine(si int) bool {
	s := &d.sents[si]
	last := s.Tokens[len(s.Tokens)-1].Text
	if last == "." || last == "!" || last == "?" || isClosing(last) || len(s.Tokens) > 20 {
		return false
	}
	from := strings.LastIndexByte(d.text[:s.Span.Start], '\n') + 1
	to := strings.IndexByte(d.text[s.Span.End:], '\n')
	if to < 0 {
		to = len(d.text)
	} else {
		to += s.Span.End
	}
	return strings.TrimSpace(d.text[from:to]) == s.Text(d.text)
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
		if tx.Type != "DATE" && tx.Type != "TIME" {
			continue
		}
		if tx.Anchor == AnchorVague {
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
			}
		}
		if tx.Anchor != AnchorEvent {
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
		if n := len(out); n > 0 && out[n-1].tx.Type == "TIME" && from-out[n-1].to <= 1 && len(dayValue(tx.Value)) == 10 {
			out = out[:n-1] // "at 6 a.m. on September 20": the day comes with the hour
		}
		st := sentTimex{tx: tx, sent: si, from: from, to: to, initial: isInitial(s.Tokens, from)}
		if _, end, ok := timeline.Interval(dayValue(tx.Value), tx.Mod); ok && tx.Anchor != AnchorEvent {
			st.past = end.Before(d.ref)
		}
		if !st.past && deadline(s.Tokens, from) {
			continue // "before his term ends in 2030": a deadline, not an event
		}
		out = append(out, st)
	}
	return out
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

// candidates lists the sentence's possible triggers: lexicon words and
// phrases, and other verbs by their part-of-speech tag.
func (ex *Extractor) candidates(s *Sentence) []candidate {
	var out []candidate
	toks := s.Tokens
	for i := 0; i < len(toks); {
		if tr, n := ex.lex.match(toks, i); n > 0 {
			tag := toks[i].Tag
			isVerbTag := strings.HasPrefix(tag, "VB")
			ok := true
			switch {
			case tr.verb && !tr.noun && !isVerbTag && n == 1 && tag != "":
				// a verb-only trigger tagged as something else: "state" the
				// noun; but a verb after "and", "to" or a modal is a verb
				// ("tour the port and sign agreements")
				ok = tag == "JJ" && (strings.HasSuffix(toks[i].Text, "ed") || i > 0 && verbSlot(toks[i-1]))
			case tr.noun && !tr.verb && isVerbTag && n == 1:
				ok = false
			case tr.verb && !tr.noun && (tag == "VBN" || tag == "VBG") && afterDeterminer(toks, i):
				ok = false // "the last elected leader": an adjective
			}
			if ok && !startsUpper(toks[i].Text) || (ok && i == 0) || (ok && tr.noun) {
				c := candidate{tok: i, n: n, trig: tr, typed: true, tag: tag, timex: -1}
				if tr.verb && tr.noun {
					c.trig.verb = isVerbTag
					c.trig.noun = !isVerbTag
				}
				out = append(out, c)
				i += n
				continue
			}
		}
		if t := toks[i].Tag; startsLetter(toks[i].Text) && !afterDeterminer(toks, i) && (t == "VBD" || t == "VBN" || t == "VBZ" || t == "VBP" || t == "VB" || t == "VBG") && !auxiliaries[strings.ToLower(toks[i].Text)] {
			out = append(out, candidate{tok: i, n: 1, trig: trigger{lemma: strings.ToLower(toks[i].Text), typ: "other", verb: true}, tag: t, timex: -1})
		}
		i++
	}
	kept := out[:0]
	for _, c := range out {
		if c.trig.noun && negatedOrSourced(toks, c.tok) {
			continue // "without agreement", "according to a statement"
		}
		if !c.typed && notAnEvent(toks, c.tok) {
			continue
		}
		if c.trig.noun && c.tok > 0 && startsUpper(toks[c.tok].Text) && !isSentenceStartWord(toks, c.tok) {
			continue // part of a name: "the National Jury of Elections"
		}
		if (c.tag == "VBZ" || c.tag == "VBP") && (!c.typed || c.trig.report) {
			continue // present tense: a state, a habit, or "the UN says"
		}
		c.planned = isPlanned(toks, c.tok)
		kept = append(kept, c)
	}
	return kept
}

// verbSlot reports whether the token before a word makes it a verb: "and",
// "to", a modal.
func verbSlot(prev Token) bool {
	switch strings.ToLower(prev.Text) {
	case "and", "to", "will", "would", "can", "could", "may", "might", "must", "shall", "should":
		return true
	}
	return prev.Tag == "MD"
}

// notAnEvent reports whether the verb at i names a state or a manner
// rather than an event: "became more open", "as previously planned".
func notAnEvent(toks []Token, i int) bool {
	w := strings.ToLower(toks[i].Text)
	if (w == "became" || w == "become" || w == "becomes") && i+1 < len(toks) {
		// "became more open" is a state; "became full-fledged members" an event
		next := toks[i+1]
		nounAfter := i+2 < len(toks) && strings.HasPrefix(toks[i+2].Tag, "NN")
		return (strings.HasPrefix(next.Tag, "JJ") && !nounAfter) || strings.HasPrefix(next.Tag, "RB") || strings.EqualFold(next.Text, "more")
	}
	if i > 0 && (toks[i-1].Tag == "NN" || toks[i-1].Tag == "NNS") &&
		(toks[i].Tag == "VBN" || toks[i].Tag == "VBD" && i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "by")) &&
		otherFiniteVerb(toks, i) {
		return true // "areas held by the rebels": a participle on its noun
	}
	if toks[i].Tag == "VBN" && i > 0 && toks[i-1].Text == "," && i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "by") {
		return true // ", brokered by Saudi Arabia,": an aside on a noun
	}
	if w == "used" && i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "to") {
		return true // "used to": a habit
	}
	if toks[i].Tag == "VBN" {
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			if strings.EqualFold(toks[j].Text, "as") {
				return true
			}
			if !strings.HasPrefix(toks[j].Tag, "RB") {
				break
			}
		}
	}
	return false
}

// otherFiniteVerb reports whether the sentence has a finite verb other
// than the one at i that could be its main verb: anywhere before it, or
// after it in the same clause ("a truce agreed in May broke down").
func otherFiniteVerb(toks []Token, i int) bool {
	finite := func(t Token) bool {
		return (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD") && !strings.EqualFold(t.Text, "'s")
	}
	for j := 0; j < i; j++ {
		if finite(toks[j]) {
			return true
		}
	}
	for j := i + 1; j < len(toks); j++ {
		if toks[j].Text == "," || isBoundaryWord(toks[j].Text) {
			return false
		}
		if finite(toks[j]) {
			return true
		}
	}
	return false
}

// negatedOrSourced reports whether the noun at i names no event: negated
// ("without agreement", "no deal") or a source ("according to a statement").
func negatedOrSourced(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch strings.ToLower(toks[j].Text) {
		case "without", "no", "never":
			return true
		case "to":
			return j > 0 && strings.EqualFold(toks[j-1].Text, "according")
		}
	}
	return false
}

var auxiliaries = setOf("is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "has", "have",
	"had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
	"must", "'re", "'ve", "'d", "'ll", "seems", "seemed", "appears", "appeared", "remain",
	"remains", "remained", "get", "got", "poised", "according", "including", "considered", "believed", "expected",
	"likely", "went", "go", "goes", "going", "continue", "continued", "continues", "began", "begin", "led",
	"leading", "made", "make", "makes", "scheduled", "due", "starting", "beginning", "ending", "lasting", "help", "helped", "helping", "want", "wants", "wanted", "need",
	"needs", "needed", "see", "sees", "saw", "seen", "think", "thinks", "thought", "know", "knows", "knew",
	"let", "keep", "kept", "take", "took", "taken", "give", "gave", "given", "come",
	"came", "put", "set", "allowed", "allow", "try", "tried", "told", "asked", "ask", "mean", "means", "meant",
	"say", "says", "said", "saying", "called", "focused", "focusing", "aimed", "based", "surprised", "reportedly")

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
		if !before && dist == 0 {
			return dist, pairStrong
		}
		if before && (dist == 0 || dist == 1 && isPreposition(toks[c.tok+c.n].Text)) && !isDefinite(toks, c.tok) && !governed(toks, cands, c.tok) {
			return dist, pairStrong
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
	if c.trig.verb && c.tok == rootVerb(toks, cands) && boundaries(toks, lo, hi, tx.initial && !before) == 0 {
		score -= 3 // the sentence's main verb: "Donors pledged ... at a conference in Geneva on Monday"
	}
	switch {
	case c.trig.report:
		if dist > 1 {
			score += 4
		}
		if attribution(toks, c.tok) || postposed(toks, c.tok, cands) {
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
		if c.tok > 0 && toks[c.tok-1].Text == "," {
			score += 4 // ", demanding ...": an adjunct of the main clause's event
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
	if c.tag == "VBN" && !afterBe(toks, c.tok) && !afterHave(toks, c.tok) && before {
		score += 2 // a participle modifying a noun: "the sanctions imposed on Iraq"
	}
	if before {
		score -= 0.5 // ties go to the trigger before its date: "arrived Thursday"
	}
	return score, pairScored
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
		if c.tag != "VBD" && c.tag != "VBZ" && c.tag != "VBP" && !(c.tag == "VBN" && (afterBe(toks, c.tok) || afterHave(toks, c.tok))) {
			continue
		}
		if boundaries(toks, start, c.tok, true) > 0 || c.trig.report {
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
				score, k = -50, -1
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

// attribution reports whether the reporting verb at i names a source rather
// than a newsworthy statement: its subject is a news outlet, a spokesman,
// unnamed officials or a report.
func attribution(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		w := strings.ToLower(toks[j].Text)
		switch w {
		case ",", ";", "that", "''", "\"", "”", "--", "_":
			return false
		case "newspaper", "newspapers", "agency", "radio", "television", "tv", "daily", "paper", "spokesman",
			"spokeswoman", "spokesperson", "official", "officials", "source", "sources", "aides", "aide", "report",
			"reports", "reporters", "analysts", "experts", "witnesses", "residents", "diplomats", "observers", "media":
			return true
		}
	}
	return false
}

// postposed reports whether the reporting verb at i follows the news it
// reports, after a comma or a closing quote ("..., the air force said on
// Tuesday"): the sentence's own event is the news, the verb only its source.
func postposed(toks []Token, i int, cands []candidate) bool {
	j := i - 1
	for j >= 0 && j >= i-6 && toks[j].Text != "," && !isClosing(toks[j].Text) {
		j--
	}
	if j < 0 || j < i-6 {
		return false
	}
	for _, c := range cands {
		if c.tok < j && c.trig.verb && !c.trig.report {
			return true
		}
	}
	return false
}

// coordinated returns the typed event verb joined to candidate ci by "and"
// with no subject of its own ("met ... and signed"), or -1.
func coordinated(toks []Token, cands []candidate, ci int) int {
	c := cands[ci]
	if !c.trig.verb {
		return -1
	}
	for k := range cands {
		o := cands[k]
		if k == ci || o.used || !o.typed || !o.trig.verb || o.trig.report || o.trig.typ == c.trig.typ || o.trig.typ == "statement" {
			continue
		}
		first, second := c, o
		if o.tok < c.tok {
			first, second = o, c
		}
		if second.tok-first.tok > 14 || !strings.EqualFold(toks[second.tok-1].Text, "and") {
			continue
		}
		if o.tag != "" && o.tag != c.tag && !(o.tag == "VBD" || o.tag == "VBN") && !(o.tag == "JJ" && verbSlot(toks[o.tok-1])) {
			continue
		}
		if !sameClause(toks, first.tok, second.tok) || boundaries(toks, first.tok+first.n, second.tok, false) > 0 {
			continue
		}
		return k
	}
	return -1
}

// governed reports whether the noun at i is the object of a typed event
// verb just before it ("expelled from peace talks Feb. 20"): the date then
// belongs to the verb.
func governed(toks []Token, cands []candidate, i int) bool {
	for _, c := range cands {
		if c.typed && c.trig.verb && !c.trig.light && !c.trig.generic && !c.trig.report && c.tok < i && i-c.tok <= 8 &&
			boundaries(toks, c.tok+c.n, i, false) == 0 {
			return true
		}
	}
	return false
}

// afterAspectual reports whether the base-form verb at i completes an
// aspectual or causative verb ("began to fall apart", "helped end"), which
// makes it the event; after a plain "to" it is an intention, not an event.
func afterAspectual(toks []Token, i int) bool {
	j := i - 1
	if strings.EqualFold(toks[j].Text, "to") {
		j--
	}
	if j < 0 {
		return false
	}
	switch strings.ToLower(toks[j].Text) {
	case "began", "begun", "begin", "begins", "started", "start", "continued", "helped", "help", "helps",
		"tried", "managed", "failed", "let", "made", "agreed", "due", "expected", "scheduled", "set", "plans",
		"planned", "planning", "going", "intends", "decided", "vowed", "promised", "pledged":
		return true
	}
	return false
}

// isSetting reports whether the words before an event noun make it the
// setting of another event: "at a conference", "during the visit".
func isSetting(prev, prev2 string) bool {
	for _, w := range []string{strings.ToLower(prev), strings.ToLower(prev2)} {
		switch w {
		case "at", "during", "amid", "on the sidelines of":
			return true
		}
	}
	return false
}

func isPreposition(w string) bool {
	switch strings.ToLower(w) {
	case "in", "on", "of", "at", "during":
		return true
	}
	return false
}

// complementEvent reports whether the reporting verb at i introduces a
// clause whose own past-tense event is the news: "said he had ordered the
// strikes", "said he has sent a team".
func complementEvent(toks []Token, i int, cands []candidate) bool {
	for _, c := range cands {
		if c.tok <= i || c.trig.report {
			continue
		}
		if c.tok-i > 16 {
			break
		}
		if (c.tag == "VBN" || c.tag == "VBD") && !c.trig.light && (c.typed || !cognitive(toks[c.tok].Text)) &&
			!(c.trig.generic && !eventObject(toks, c.tok+c.n, cands)) &&
			(afterHave(toks, c.tok) || c.tok >= 2 && strings.EqualFold(toks[c.tok-1].Text, "been") && afterHave(toks, c.tok-1)) {
			return true // "said he had ordered the strikes", "had been killed"
		}
	}
	return false
}

// eventObject reports whether an event noun among cands follows token j
// closely, as the object of a generic verb ("ordered the strikes").
func eventObject(toks []Token, j int, cands []candidate) bool {
	for _, c := range cands {
		if c.typed && c.trig.noun && c.tok >= j && c.tok-j <= 3 && c.trig.typ != "other" {
			return true
		}
	}
	return false
}

// cognitive reports whether a verb reports a finding or a belief rather
// than an action: "it had found no evidence" keeps the statement the news.
func cognitive(w string) bool {
	switch strings.ToLower(w) {
	case "found", "concluded", "determined", "decided", "believed", "learned", "learnt", "known", "seen",
		"noticed", "understood", "felt", "thought", "assumed", "estimated", "established", "confirmed":
		return true
	}
	return false
}

func afterBe(toks []Token, i int) bool {
	return afterWord(toks, i, "is", "are", "was", "were", "be", "been", "being", "'s", "’s")
}

func afterHave(toks []Token, i int) bool {
	return afterWord(toks, i, "has", "have", "had", "'ve", "'d")
}

// afterWord reports whether one of words stands before token i, with at
// most two adverbs between ("had been", "was reportedly").
func afterWord(toks []Token, i int, words ...string) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := strings.ToLower(toks[j].Text)
		for _, x := range words {
			if w == x {
				return true
			}
		}
		if !strings.HasSuffix(toks[j].Tag, "RB") {
			return false
		}
	}
	return false
}

// boundaries counts the clause boundaries between tokens lo and hi: strong
// punctuation and subordinating words. With skipFirstComma, the comma that
// closes an opening time phrase does not count.
func boundaries(toks []Token, lo, hi int, skipFirstComma bool) int {
	n := 0
	for i := lo; i < hi && i < len(toks); i++ {
		switch strings.ToLower(toks[i].Text) {
		case ",":
			if skipFirstComma {
				skipFirstComma = false
				continue
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

func indefinite(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch strings.ToLower(toks[j].Text) {
		case "a", "an":
			return true
		case "the", "that", "this", "these", "those", "its", "his", "her", "their":
			return false
		}
	}
	return false
}

func isDefinite(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch strings.ToLower(toks[j].Text) {
		case "the", "that", "this", "these", "those":
			return true
		case "a", "an", ",", ".":
			return false
		}
	}
	return false
}

// isPlanned reports whether the trigger at i is a scheduled or expected
// event rather than one that happened: "will visit", "set to resume",
// "is due to", "a summit set for April".
func isPlanned(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch strings.ToLower(toks[j].Text) {
		case "will", "'ll", "shall", "would":
			return true
		case "to":
			if j > 0 {
				switch strings.ToLower(toks[j-1].Text) {
				case "set", "due", "scheduled", "expected", "plans", "planned", "going", "poised":
					return true
				}
			}
		case ",", ".", ";", "said", "says":
			return false
		}
	}
	if i+2 < len(toks) && strings.EqualFold(toks[i+1].Text, "set") && strings.EqualFold(toks[i+2].Text, "for") {
		return true
	}
	return false
}

// mainVerb picks the main event of a sentence with no time expression: the
// first finite event verb of the main clause.
func mainVerb(s *Sentence, cands []candidate) int {
	best := -1
	for k, c := range cands {
		if c.used || !c.trig.verb || c.trig.report || c.trig.light {
			continue
		}
		if c.tag == "VBG" || c.tag == "VB" || c.tag == "VBN" && !afterBe(s.Tokens, c.tok) && !afterHave(s.Tokens, c.tok) {
			continue
		}
		if c.typed || best < 0 {
			if best < 0 || (c.typed && !cands[best].typed) {
				best = k
			}
			if c.typed {
				break
			}
		}
	}
	return best
}

// makeEvent builds the event for candidate c, dated by tx (nil: the
// reference date, as the document's main event).
func (d *docState) makeEvent(si int, c *candidate, tx *sentTimex, prev *timeline.Event) timeline.Event {
	s := &d.sents[si]
	toks := s.Tokens
	typ := c.trig.typ
	first, last := c.tok, c.tok+c.n-1 // the trigger's tokens
	if c.trig.generic || c.trig.light {
		if nt, _ := d.governedType(s, c); nt != "" {
			typ = nt
		}
	}
	switch {
	case c.trig.verb:
		// the event noun a verb governs names the event with it: "imposed
		// sanctions", "opened a two-day summit", "meet in a televised debate"
		if j, tr := d.objectNoun(toks, c.tok+c.n); j >= 0 && (!c.typed || c.trig.generic || c.trig.light || tr.typ == typ || carrier(c.trig.lemma)) {
			if !c.typed || carrier(c.trig.lemma) {
				typ = tr.typ // "announced sanctions", "agreed a truce": the noun says what
			}
			last = j
		} else if nt, _ := d.governedType(s, c); nt != "" && (!c.typed || carrier(c.trig.lemma)) {
			typ = nt // "pledged 1.6 billion dollars in humanitarian aid": an aid event
		} else if !c.typed || c.trig.generic && typ == "other" {
			// "Those talks ended", "Talks first opened": the subject names the event
			if np := npBefore(toks, c.tok); np.End > np.Start && c.tok-np.End <= 2 {
				if tr, n := d.ex.lex.match(toks, np.End-1); n > 0 && tr.noun && !tr.report && tr.typ != "other" {
					typ = tr.typ
					first = np.End - 1
				}
			}
		}
	case c.trig.noun:
		// the verb that governs the noun names the event with it: "imposed
		// sanctions", "held a summit"; a verb the noun is the subject of,
		// too: "The protests began", "Talks first opened"
		if v := d.governingVerb(toks, c.tok); v >= 0 {
			first = v
		} else if v := subjectVerb(toks, c.tok+c.n); v >= 0 {
			last = v
		}
	}
	if typ == "other" && (!c.typed || c.trig.generic) {
		// "the offensive began", "A truce between the army and the RSF
		// collapsed": the subject names the event's type
		if np := npBefore(toks, c.tok); np.End > np.Start {
			if tr, n := d.ex.lex.match(toks, np.End-1); n > 0 && tr.noun && !tr.report && tr.typ != "other" {
				typ = tr.typ
			}
		}
		for k := c.tok - 1; typ == "other" && k >= 0 && !verbBetween(toks, k+1, c.tok); k-- {
			if tr, n := d.ex.lex.match(toks, k); n > 0 && tr.noun && !tr.report && !tr.light && tr.typ != "other" && !startsUpper(toks[k].Text) {
				typ = tr.typ
			}
		}
	}
	trigText := d.text[toks[first].Span.Start:toks[last].Span.End]
	ev := timeline.Event{
		Type:          typ,
		CAMEO:         timeline.CAMEO(typ),
		Trigger:       trigText,
		Sentence:      s.Text(d.text),
		SentenceIndex: si,
		Span:          [2]int{toks[first].Span.Start, toks[last].Span.End},
		Mentions:      1,
		Planned:       c.planned,
	}
	conf := 0.5
	if c.typed {
		conf += 0.2
	}
	switch {
	case tx == nil:
		ev.Date = timeline.NewEventDate("", d.refValue(), "", timeline.AnchorDocument)
		conf -= 0.1
	case tx.tx.Anchor == AnchorEvent:
		ev.Date = relativeDate(tx.tx, prev)
		conf -= 0.2
	default:
		ev.Date = timeline.NewEventDate(tx.tx.Text, dayValue(tx.tx.Value), eventMod(tx.tx.Mod), timeline.AnchorExplicit)
		conf += 0.1
	}
	ev.Confidence = float64(int(conf*100+0.5)) / 100
	switch {
	case tx != nil && ev.Date.Start > d.refValue():
		ev.Planned = true // dated after the publication: scheduled, not done
	case tx != nil && ev.Date.End != "" && ev.Date.End < d.refValue():
		ev.Planned = false // dated before it: done, whatever "would" says
	}
	ev.Participants, ev.Location = d.participants(si, c)
	ev.Summary = d.summary(si, c)
	return ev
}

// carrier reports whether a verb lemma only carries the event its object
// names: "announced sanctions" is a sanctions event, "agreed a truce" a
// ceasefire; "condemned the attack", by contrast, is a statement.
func carrier(lemma string) bool {
	switch lemma {
	case "announce", "agree", "declare", "adopt", "approve", "reach", "sign", "finalize", "ratify", "impose",
		"lift", "extend", "broker", "pledge":
		return true
	}
	return false
}

// objectNoun returns the event noun that a verb ending before token j
// governs, within four tokens with at most one preposition between
// ("opened a two-day summit", "meet in a televised debate"), or -1.
func (d *docState) objectNoun(toks []Token, j int) (int, trigger) {
	preps := 0
	for k := j; k < len(toks) && k < j+5; k++ {
		w := strings.ToLower(toks[k].Text)
		if tr, n := d.ex.lex.match(toks, k); n > 0 && tr.noun && !tr.report && tr.typ != "other" && !startsUpper(toks[k].Text) {
			return k + n - 1, tr
		}
		switch {
		case w == "in" || w == "for" || w == "at" || w == "on" || w == "of":
			preps++
			if preps > 1 {
				return -1, trigger{}
			}
		case toks[k].Tag == "DT" || strings.HasPrefix(toks[k].Tag, "JJ") || toks[k].Tag == "CD" || toks[k].Tag == "PRP$" ||
			toks[k].Tag == "NN" || toks[k].Tag == "NNS" || toks[k].Tag == "VBN" || w == "a" || w == "an" || w == "the":
		case toks[k].Tag == "" && startsLetter(w) && !startsUpper(toks[k].Text):
			// beyond the tagged stretch: a lower-case word may be a modifier
		default:
			return -1, trigger{}
		}
	}
	return -1, trigger{}
}

// subjectVerb returns the finite verb right after a noun ending before j,
// with at most one adverb between, whose subject the noun is; else -1.
func subjectVerb(toks []Token, j int) int {
	for k := j; k < len(toks) && k <= j+1; k++ {
		switch t := toks[k].Tag; {
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBN" && !(k+1 < len(toks) && strings.EqualFold(toks[k+1].Text, "by")):
			if w := strings.ToLower(toks[k].Text); !auxiliaries[w] || aspectual(w) {
				return k
			}
			return -1
		case strings.HasPrefix(t, "RB") || strings.EqualFold(toks[k].Text, "first"):
		default:
			return -1
		}
	}
	return -1
}

// aspectual reports whether w is a verb of beginning or ending, whose
// subject names the event: "the protests began".
func aspectual(w string) bool {
	switch w {
	case "began", "begun", "begins", "started", "starts", "ended", "ends", "continued", "continues", "resumed",
		"opened", "closed", "collapsed", "expired", "lapsed", "broke":
		return true
	}
	return false
}

// governingVerb returns the verb just before the event noun at i that takes
// it as its object ("imposed sanctions", "held a two-day summit"), when the
// verb names no other kind of event; else -1.
func (d *docState) governingVerb(toks []Token, i int) int {
	preps := 0
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := toks[k]
		if strings.HasPrefix(t.Tag, "VB") && (t.Tag != "VBN" || afterHave(toks, k) || afterBe(toks, k)) && !auxiliaries[strings.ToLower(t.Text)] {
			tr, n := d.ex.lex.match(toks, k)
			if n == 0 || tr.generic || tr.light {
				return k // "seized power in a coup", "won 24.1 percent of the vote"
			}
			return -1
		}
		switch w := strings.ToLower(t.Text); {
		case w == "in" || w == "of" || w == "with":
			if preps++; preps > 1 {
				return -1
			}
		case t.Tag == "DT" || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "CD" || t.Tag == "PRP$" || t.Tag == "NN" || t.Tag == "NNS":
		default:
			return -1
		}
	}
	return -1
}

// governedType gives a generic or untyped verb the type of the event noun
// it governs: "finalized a trade agreement", "held talks", "ordered the
// strikes", "spoke ... in a phone conversation".
func (d *docState) governedType(s *Sentence, c *candidate) (string, int) {
	toks := s.Tokens
	for j := c.tok + c.n; j < len(toks) && j <= c.tok+c.n+14; j++ {
		w := strings.ToLower(toks[j].Text)
		if w == "," || isBoundaryWord(w) {
			break
		}
		if tr, n := d.ex.lex.match(toks, j); n > 0 && tr.noun && tr.typ != "other" && !tr.report &&
			(!startsUpper(toks[j].Text) || directObject(toks, c.tok+c.n, j)) && !(j >= 2 && isSetting(toks[j-1].Text, toks[j-2].Text)) {
			return tr.typ, j + n - 1 // not a name ("Jury of Elections") or a setting ("at a meeting")
		}
		if strings.HasPrefix(toks[j].Tag, "VB") && j > c.tok+c.n {
			break
		}
	}
	return "", -1
}

// directObject reports whether token j opens the object that starts at
// token from, with at most quotes and a determiner before it: "launched
// “Operation Bunyanum Marsoos”".
func directObject(toks []Token, from, j int) bool {
	for k := from; k < j; k++ {
		if !isOpenPunct(firstRune(toks[k].Text)) && toks[k].Tag != "DT" {
			return false
		}
	}
	return true
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
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
// leave the period as it is.
func eventMod(mod string) string {
	switch mod {
	case "START", "MID", "END":
		return mod
	}
	return ""
}

// relativeDate resolves a time expression anchored to the previous event
// ("within days"): the shift from that event's date, kept coarse (month
// and third of month) because such expressions are vague.
func relativeDate(tx Timex, prev *timeline.Event) timeline.EventDate {
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

// participants returns the actors of the trigger's clause, the subject's
// first (role source) and the others after (role target), and the place the
// clause names.
func (d *docState) participants(si int, c *candidate) ([]timeline.Entity, *timeline.Entity) {
	s := &d.sents[si]
	toks := s.Tokens
	lo, hi := clauseBounds(toks, c.tok, c.tok+c.n)
	from, to := toks[lo].Span.Start, toks[hi-1].Span.End
	var parts []timeline.Entity
	seen := map[string]bool{}
	var loc *timeline.Entity
	locRank := 0
	if de := datelineEnd(toks); de > 0 && de < len(toks) {
		from = max(from, toks[de].Span.Start) // "MOGADISHU (Meridian Wire) —" names no participant
	}
	for _, m := range inSentence(d.entities, si) {
		if m.Span.Start < from || m.Span.End > to {
			continue
		}
		locative := isLocative(toks, m.Span.Start)
		if m.Kind == KindOrganization && locative && m.orgKind == "gov" {
			// "at the State Department": the body's seat is where it happened
			if locRank < 6 {
				locRank = 6
				loc = &timeline.Entity{Text: m.Text, Kind: m.Kind, Canonical: m.Canonical}
			}
			continue
		}
		if (m.IsPlace() || m.Demonym) && locative {
			if r := placeRank(m); r > locRank {
				locRank = r
				loc = &timeline.Entity{Text: m.Text, Kind: m.Kind, Canonical: m.Canonical}
				if m.Demonym { // "at Indian military sites": in India
					loc.Text = m.Canonical
				}
			}
			if m.Kind != KindCountry || m.Demonym {
				continue // "in Indian Kashmir" names a place, not an actor
			}
		}
		if !m.IsActor() || seen[m.Canonical] {
			continue
		}
		seen[m.Canonical] = true
		role := "target"
		if m.Span.End <= toks[c.tok].Span.Start {
			role = "source"
		}
		parts = append(parts, timeline.Entity{Text: m.Text, Kind: m.Kind, Canonical: m.Canonical, Role: role, Span: [2]int{m.Span.Start, m.Span.End}})
	}
	// a pronoun subject or possessive stands for the actor it refers to:
	// "he had ordered", "its 1990 invasion"; a relative "who" for the name
	// before it: "Ritter, who arrived Thursday"
	for _, m := range d.referent(si, c) {
		if !seen[m.Canonical] {
			seen[m.Canonical] = true
			parts = append(parts, timeline.Entity{Text: m.Text, Kind: m.Kind, Canonical: m.Canonical, Role: "source", Span: [2]int{m.Span.Start, m.Span.End}})
		}
	}
	// the subject and the object as the text words them: "Hezbollah
	// fighters killed three Israeli soldiers"
	for _, np := range []Span{npBefore(toks, c.tok), npAfter(toks, d.skipTimes(si, c.tok+c.n)), d.frontedSubject(si, c)} {
		if np.End <= np.Start {
			continue
		}
		sp := Span{toks[np.Start].Span.Start, toks[np.End-1].Span.End}
		text := d.text[sp.Start:sp.End]
		role := "target"
		if np.End <= c.tok {
			role = "source"
		}
		// actors named inside the phrase take part even when the clause
		// bounds left them out: "Norway and Cuba, which act as guarantors,
		// welcomed ..."
		for _, m := range inSentence(d.entities, si) {
			if m.IsActor() && !m.Demonym && m.Span.Start >= sp.Start && m.Span.End <= sp.End && !seen[m.Canonical] {
				seen[m.Canonical] = true
				parts = append(parts, timeline.Entity{Text: m.Text, Kind: m.Kind, Canonical: m.Canonical, Role: role, Span: [2]int{m.Span.Start, m.Span.End}})
			}
		}
		merged := false
		for k := range parts {
			p := &parts[k]
			if p.Span[0] >= sp.Start && p.Span[1] <= sp.End {
				if !merged && len(text) > len(p.Text) && groupNoun(toks[np.End-1].Text) {
					p.Text = text // "Pakistani forces": Pakistan, as the text words it
				}
				merged = true
			}
		}
		if !merged && !seen[text] && peopleNoun(toks[np.End-1].Text) {
			seen[text] = true
			parts = append(parts, timeline.Entity{Text: text, Kind: "group", Role: role, Span: [2]int{sp.Start, sp.End}})
		}
	}
	if parts == nil {
		parts = []timeline.Entity{}
	}
	return parts, loc
}

// referent finds the actor that a pronoun subject, a possessive, or a
// relative pronoun before trigger c stands for: the nearest person before
// it for he, his, she, her; the nearest organisation or country for it,
// its; the name before the comma for who or which.
func (d *docState) referent(si int, c *candidate) []Mention {
	toks := d.sents[si].Tokens
	k := c.tok - 1
	for k >= 0 && (auxiliaries[strings.ToLower(toks[k].Text)] || strings.HasPrefix(toks[k].Tag, "RB") ||
		c.trig.noun && (toks[k].Tag == "CD" || strings.HasPrefix(toks[k].Tag, "JJ") || d.inTimex(si, k))) {
		k--
	}
	if k < 0 {
		return nil
	}
	var want func(m *Mention) bool
	switch strings.ToLower(toks[k].Text) {
	case "he", "his", "him", "she", "her":
		want = func(m *Mention) bool { return m.Kind == KindPerson }
	case "it", "its":
		want = func(m *Mention) bool { return m.Kind == KindOrganization || m.Kind == KindCountry && !m.Demonym }
	case "two", "sides", "leaders", "countries", "ministers", "nations", "governments":
		// "The two discussed", "both sides agreed", "the two leaders met"
		if k > 0 && (strings.EqualFold(toks[k-1].Text, "two") || strings.EqualFold(toks[k-1].Text, "both") ||
			strings.EqualFold(toks[k].Text, "two") && strings.EqualFold(toks[k-1].Text, "the")) {
			return d.actorPair(si, toks[k].Span.Start)
		}
		return nil
	case "they", "their", "them":
		// the nearest pair of actors joined by "and" ("Kenya and Ghana
		// ... they"), else the nearest organisation or country
		want = func(m *Mention) bool { return m.Kind == KindOrganization || m.Kind == KindCountry && !m.Demonym }
		if pair := d.actorPair(si, toks[k].Span.Start); pair != nil {
			return pair
		}
	case "who", "which":
		if k == 0 || toks[k-1].Text != "," {
			return nil
		}
		end := toks[k-1].Span.Start
		for _, m := range inSentence(d.entities, si) {
			if m.IsActor() && m.Span.End == end {
				return []Mention{m}
			}
		}
		return nil
	default:
		return nil
	}
	before := toks[k].Span.Start
	for back := si; back >= 0 && back >= si-2; back-- {
		ms := inSentence(d.entities, back)
		for i := len(ms) - 1; i >= 0; i-- {
			if ms[i].Span.End <= before && want(&ms[i]) {
				return []Mention{ms[i]}
			}
		}
	}
	return nil
}

// actorPair returns the nearest two actors before offset before, in this
// sentence or the one before, that the text joins with "and": "Norway and
// Cuba", "Dar and Rubio".
func (d *docState) actorPair(si, before int) []Mention {
	for back := si; back >= 0 && back >= si-1; back-- {
		ms := inSentence(d.entities, back)
		for i := len(ms) - 1; i > 0; i-- {
			a, b := ms[i-1], ms[i]
			if b.Span.End > before || !a.IsActor() || !b.IsActor() || a.Demonym || b.Demonym {
				continue
			}
			if strings.TrimSpace(d.text[a.Span.End:b.Span.Start]) == "and" {
				return []Mention{a, b}
			}
		}
	}
	return nil
}

// inTimex reports whether token k of sentence si is part of a time
// expression.
func (d *docState) inTimex(si, k int) bool {
	sp := d.sents[si].Tokens[k].Span
	for _, m := range inSentence(d.times, si) {
		if m.Span.Start <= sp.Start && sp.End <= m.Span.End {
			return true
		}
	}
	return false
}

// npBefore returns the token range of the noun phrase that is the subject
// of the verb at i (auxiliaries and adverbs between), or an empty range.
func npBefore(toks []Token, i int) Span {
	k := i - 1
	for k >= 0 && (auxiliaries[strings.ToLower(toks[k].Text)] || strings.HasPrefix(toks[k].Tag, "RB")) {
		k--
	}
	// "The two governments, which cosponsor the talks, invited ...": the
	// subject stands before the relative clause
	if k >= 0 && toks[k].Text == "," {
		for j := k - 1; j > 0 && k-j <= 25; j-- {
			w := strings.ToLower(toks[j].Text)
			if (w == "which" || w == "who" || toks[j].Tag == "VBN") && toks[j-1].Text == "," {
				k = j - 2 // "The ceasefire, brokered by Saudi Arabia, took effect"
				break
			}
			if w == "," || w == ";" {
				break
			}
		}
	}
	end := k + 1
	for k >= 0 && (isNPToken(toks[k]) || isCoordinator(toks, k)) {
		k--
	}
	return trimNP(toks, Span{k + 1, end})
}

// isCoordinator reports whether token k is an "and" joining two noun
// phrases: "police and militant Protestants".
func isCoordinator(toks []Token, k int) bool {
	return strings.EqualFold(toks[k].Text, "and") && k > 0 && k+1 < len(toks) &&
		(strings.HasPrefix(toks[k-1].Tag, "NN") || strings.HasPrefix(toks[k-1].Tag, "JJ")) && isNPToken(toks[k+1])
}

// skipTimes returns the first token from j on that is not part of a time
// expression: "arrived Thursday with some 50 inspectors".
func (d *docState) skipTimes(si, j int) int {
	toks := d.sents[si].Tokens
	for j < len(toks) {
		switch {
		case d.inTimex(si, j):
		case j+1 < len(toks) && isPreposition(toks[j].Text) && d.inTimex(si, j+1): // "on Nov. 25"
		default:
			return j
		}
		j++
	}
	return j
}

// frontedSubject returns, for a trigger that opens its sentence in a
// participle clause ("After touring Dar es Salaam Thursday, the FBI chief
// said", "Rescued on Nov. 25 by fishermen, Elian has become"), the subject
// of the main clause after the comma; else an empty range.
func (d *docState) frontedSubject(si int, c *candidate) Span {
	toks := d.sents[si].Tokens
	if c.tag != "VBG" && c.tag != "VBN" || c.tok > 1 {
		return Span{}
	}
	if c.tok == 1 {
		switch strings.ToLower(toks[0].Text) {
		case "after", "before", "while", "since", "upon", "on", "when":
		default:
			return Span{}
		}
	}
	for k := c.tok + 1; k < len(toks) && k-c.tok < 30; k++ {
		if toks[k].Text == "," {
			j := k + 1
			for j < len(toks) && (isNPToken(toks[j]) || isCoordinator(toks, j)) {
				j++
			}
			return trimNP(toks, Span{k + 1, j})
		}
	}
	return Span{}
}

// npAfter returns the token range of the object of a verb ending before j,
// through one preposition ("met with Saddam"), or an empty range.
func npAfter(toks []Token, j int) Span {
	if j < len(toks) {
		switch strings.ToLower(toks[j].Text) {
		case "with", "against", "on", "by":
			j++
		}
	}
	k := j
	for k < len(toks) && (isNPToken(toks[k]) || isCoordinator(toks, k)) {
		k++
	}
	// stop at the head noun: "three Israeli soldiers and ..." ends at soldiers
	return trimNP(toks, Span{j, k})
}

func isNPToken(t Token) bool {
	switch t.Tag {
	case "DT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "VBN":
		return t.Text != "that" && t.Text != "which"
	}
	return t.Text == "'s" || t.Text == "’s"
}

// trimNP drops leading determiners that stand alone and trailing words that
// are not nouns; a phrase without a common or proper noun head is empty.
func trimNP(toks []Token, sp Span) Span {
	for sp.End > sp.Start && !strings.HasPrefix(toks[sp.End-1].Tag, "NN") {
		sp.End--
	}
	if sp.End-sp.Start > 8 {
		sp.Start = sp.End - 8
	}
	for sp.Start < sp.End && (toks[sp.Start].Tag == "POS" || toks[sp.Start].Text == "'s" || toks[sp.Start].Text == "’s") {
		sp.Start++
	}
	if sp.End <= sp.Start {
		return Span{}
	}
	head := strings.ToLower(toks[sp.End-1].Text)
	if timeWords[head] {
		return Span{}
	}
	return sp
}

// groupNoun reports whether w heads a phrase that names a group of a
// country or organisation: "Pakistani forces", "Hezbollah fighters".
func groupNoun(w string) bool {
	w = strings.ToLower(w)
	if len(w) > 4 && strings.HasSuffix(w, "s") && groupNoun(strings.TrimSuffix(w, "s")) {
		return true // "governments", "presidents"
	}
	switch w {
	case "forces", "troops", "army", "fighters", "soldiers", "officials", "government", "authorities",
		"police", "militants", "guerrillas", "rebels", "diplomats", "leaders", "leader", "leadership",
		"warplanes", "ministers", "delegation", "team", "inspectors", "negotiators", "aides", "monarch",
		"president", "minister", "ambassador", "envoy", "commander", "spokesman", "protesters", "workers":
		return true
	}
	return false
}

// peopleNoun reports whether w names people or a body of people, so that
// a phrase it heads can take part in an event: "three Israeli soldiers",
// "fishermen", "the Cabinet".
func peopleNoun(w string) bool {
	lw := strings.ToLower(w)
	if groupNoun(lw) {
		return true
	}
	switch lw {
	case "people", "civilians", "tourists", "residents", "refugees", "students", "members", "families",
		"cabinet", "parliament", "council", "committee", "panel", "court", "judge", "crowd", "crowds",
		"group", "groups", "militia", "militias", "coalition", "allies", "administration", "regime",
		"monarch", "king", "queen", "prince", "pope", "mayor", "governor", "premier", "chief", "head",
		"director", "general", "official", "activists", "citizens", "hostages", "prisoners", "captives",
		"demonstrators", "settlers", "insurgents", "terrorists", "extremists", "gunmen", "fishermen",
		"scientists", "lawmakers", "legislators", "senators", "ministry", "agency", "embassy", "navy",
		"guard", "guards", "units", "battalion", "brigade", "division", "party", "parties", "opposition",
		"nations", "countries", "states", "sides", "relatives", "supporters", "exiles", "victims",
		"officer", "soldier", "citizen", "activist", "diplomat", "negotiator", "mediator", "donor", "member",
		"bloc", "blocs", "junta", "juntas", "army", "armies", "man", "men", "woman", "women", "delegates",
		"delegate", "lawmaker", "envoys", "ministers", "presidents", "journalist", "journalists":
		return true
	}
	return strings.HasSuffix(lw, "ers") && len(lw) > 5 || strings.HasSuffix(lw, "ors") && len(lw) > 5 || strings.HasSuffix(lw, "ists") || strings.HasSuffix(lw, "ians") ||
		strings.HasSuffix(lw, "ants") && len(lw) > 6 || strings.HasSuffix(lw, "ents") && !strings.HasSuffix(lw, "ments") && len(lw) > 6
}

var timeWords = setOf("year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times",
	"today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "morning", "night", "evening", "afternoon", "decade", "century", "hours", "hour", "minutes")

func placeRank(m Mention) int {
	if m.Demonym {
		return 1
	}
	return placeKindRank(m.Kind)
}

func placeKindRank(kind string) int {
	switch kind {
	case KindFacility:
		return 6
	case KindCity:
		return 5
	case KindPlace:
		return 4
	case KindRegion:
		return 3
	case KindCountry:
		return 2
	}
	return 0
}

// isLocative reports whether the mention starting at byte offset start
// follows a locative preposition ("in", "at", "to", "near"...), with at
// most a determiner and capitalised words between ("in Indian Illegally
// Occupied Jammu and Kashmir", "at several Indian military sites").
func isLocative(toks []Token, start int) bool {
	i := len(toks) - 1
	for i >= 0 && toks[i].Span.Start >= start {
		i--
	}
	for j := i; j >= 0 && i-j <= 5; j-- {
		w := toks[j].Text
		switch strings.ToLower(w) {
		case "in", "at", "to", "near", "into", "from", "outside", "inside", "across", "toward", "towards", "on":
			return true
		case "the", "a", "an", "several", "some", "two", "three", "many":
			continue
		}
		if !startsUpper(w) {
			return false
		}
	}
	return false
}

// clauseBounds widens [lo, hi) to the clause around it: up to a semicolon,
// dash, or subordinating word on either side, at most 20 tokens each way.
func clauseBounds(toks []Token, lo, hi int) (int, int) {
	l := lo
	for l > 0 && lo-l < 20 {
		w := strings.ToLower(toks[l-1].Text)
		if w == ";" || w == "--" || w == "_" || w == "that" || w == "which" || w == "who" || w == "when" || w == "while" || w == "after" || w == "because" || w == "but" || w == ":" {
			break
		}
		if w == "and" && l >= 2 && toks[l-2].Text == "," {
			break
		}
		l--
	}
	h := hi
	for h < len(toks) && h-hi < 20 {
		w := strings.ToLower(toks[h].Text)
		if w == ";" || w == "--" || w == "_" || w == "that" || w == "which" || w == "who" || w == "when" || w == "while" || w == "because" || w == "but" || w == "according" {
			break
		}
		if w == "," && h+1 < len(toks) && (strings.EqualFold(toks[h+1].Text, "and") || strings.HasSuffix(toks[h+1].Text, "ing")) {
			break
		}
		h++
	}
	return l, h
}

// summary is the trigger's clause, trimmed: from the subject (the nearest
// actor before the trigger, or the few words before it) to the end of the
// object, at most about a dozen words.
func (d *docState) summary(si int, c *candidate) string {
	toks := d.sents[si].Tokens
	lo := c.tok
	for j := c.tok - 1; j >= 0 && c.tok-j <= 5; j-- {
		if isBoundaryWord(toks[j].Text) && !(j == 0 && startsUpper(toks[j].Text)) || toks[j].Text == "," ||
			j == c.tok-1 && toks[j].Text == "and" || d.inTimex(si, j) {
			break // "On 3 March 2021 Kenya and Ghana signed": not "March 2021 Kenya..."
		}
		lo = j
	}
	// reach back to the start of an actor that ends inside or just before
	// that stretch: "Mohammad Ishaq Dar spoke"
	for _, m := range inSentence(d.entities, si) {
		if !m.IsActor() || m.Span.End > toks[c.tok].Span.Start || lo == c.tok && c.tok > 0 && toks[c.tok-1].Text == "," {
			continue
		}
		if m.Span.End >= toks[lo].Span.Start-1 && m.Span.Start < toks[lo].Span.Start {
			if k, _ := tokenRange(toks, m.Span); k >= 0 {
				lo = k
			}
		}
	}
	hi := c.tok + c.n
	for hi < len(toks) && hi-c.tok < 12 {
		w := toks[hi].Text
		if w == "," || w == "." || w == ";" || isBoundaryWord(w) {
			break
		}
		hi++
	}
	for hi > c.tok+c.n && (isPunct(toks[hi-1].Text) || isFunctionWord(toks[hi-1].Text)) {
		hi--
	}
	for lo < c.tok && (isPunct(toks[lo].Text) || isFunctionWord(toks[lo].Text)) {
		lo++
	}
	text := strings.Join(strings.Fields(d.text[toks[lo].Span.Start:toks[hi-1].Span.End]), " ")
	if lo == c.tok && c.tok > 0 && toks[c.tok-1].Text == "," {
		// "The ceasefire, brokered by Saudi Arabia, took effect": the
		// subject stands before the aside
		if np := npBefore(toks, c.tok); np.End > np.Start {
			return strings.Join(strings.Fields(d.text[toks[np.Start].Span.Start:toks[np.End-1].Span.End]), " ") + " " + text
		}
	}
	if auxiliaries[strings.ToLower(toks[lo].Text)] {
		// "Asim Munir, was hosted by ...": name the subject the comma cut off
		ms := inSentence(d.entities, si)
		for i := len(ms) - 1; i >= 0; i-- {
			if m := ms[i]; m.IsActor() && !m.Demonym && m.Span.End <= toks[lo].Span.Start {
				return m.Text + " " + text
			}
		}
	}
	return text
}

func isBoundaryWord(w string) bool {
	switch strings.ToLower(w) {
	case ";", ":", "--", "_", "—", "–", ")", "that", "which", "who", "whom", "when", "while", "after", "before", "because",
		"although", "though", "if", "until", "where", "but", "according", "as":
		return true
	}
	return false
}

func isFunctionWord(w string) bool {
	switch strings.ToLower(w) {
	case "a", "an", "the", "in", "on", "at", "of", "to", "for", "with", "by", "from", "and", "or", "its",
		"his", "her", "their", "also", "then", "into", "about", "over":
		return true
	}
	return false
}

func isPunct(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune(".,;:!?\"'“”‘’()[]-_`", r) {
			return false
		}
	}
	return true
}

// foldSentence folds the events that one sentence reports twice: the same
// type from the same time expression ("hosted ... for a lunch").
func foldSentence(events []timeline.Event) []timeline.Event {
	var out []timeline.Event
	for _, e := range events {
		merged := false
		for k := len(out) - 1; k >= 0 && out[k].SentenceIndex == e.SentenceIndex; k-- {
			o := &out[k]
			if o.Type != e.Type {
				continue
			}
			if o.Date.Value == e.Date.Value && o.Date.Text == e.Date.Text {
				o.Mentions += e.Mentions
				merged = true
				break
			}
			// "struck ... overnight, the third such attack this month":
			// one event, at the more specific date; the same word twice
			// names two events ("meetings with Blair 10 days ago and
			// Clinton last week")
			if finer, ok := nested(o.Date, e.Date); ok && timeline.TriggerWord(o.Trigger) != timeline.TriggerWord(e.Trigger) {
				foldInto(o, e, finer)
				merged = true
				break
			}
		}
		if !merged {
			out = append(out, e)
		}
	}
	return out
}

// quoted reports whether token i of sentence si is inside a quotation. The
// quote state carries across sentences within a paragraph and ends at a
// line break.
func (d *docState) quoted(si, i int) bool {
	if d.quotes == nil {
		d.quotes = make([][]bool, len(d.sents))
		in := false
		prevEnd := 0
		for k := range d.sents {
			s := &d.sents[k]
			if strings.ContainsAny(d.text[prevEnd:s.Span.Start], "\n\r") {
				in = false
			}
			prevEnd = s.Span.End
			q := make([]bool, len(s.Tokens))
			for j, t := range s.Tokens {
				switch t.Text {
				case "\"":
					in = !in
				case "“", "``":
					in = true
				case "”", "''":
					in = false
				default:
					q[j] = in
				}
			}
			d.quotes[k] = q
		}
	}
	return d.quotes[si][i]
}

// foldDocument folds later mentions of an event into the first: events of
// the same type named by the same word whose dates nest (the coup "last
// year" and the coup "in July last year") are one event, dated by the most
// specific mention.
func foldDocument(events []timeline.Event) []timeline.Event {
	var out []timeline.Event
	byHead := map[string][]int{} // type and trigger head -> indices into out
	for _, e := range events {
		key := e.Type + "\x00" + timeline.TriggerWord(e.Trigger)
		folded := false
		for _, k := range byHead[key] {
			o := &out[k]
			if o.SentenceIndex == e.SentenceIndex {
				continue
			}
			finer, ok := nested(o.Date, e.Date)
			if !ok {
				continue
			}
			foldInto(o, e, finer)
			folded = true
			break
		}
		if !folded {
			byHead[key] = append(byHead[key], len(out))
			out = append(out, e)
		}
	}
	return out
}

// foldInto folds mention e into event o: the pair keeps the mention with
// the finer date (finer is nested's answer: 1 means e's) and counts both.
func foldInto(o *timeline.Event, e timeline.Event, finer int) {
	mentions := o.Mentions + e.Mentions
	if finer == 1 {
		*o = e
	}
	o.Mentions = mentions
}

// nested reports whether one date's interval lies inside the other's, and
// which is finer: 0 for a, 1 for b.
func nested(a, b timeline.EventDate) (int, bool) {
	if a.Start == "" || b.Start == "" {
		return 0, false
	}
	switch {
	case a.Start >= b.Start && a.End <= b.End:
		return 0, true
	case b.Start >= a.Start && b.End <= a.End:
		return 1, true
	}
	return 0, false
}

// afterDeterminer reports whether token i follows a determiner, which
// makes a participle an adjective: "the remaining leadership".
func afterDeterminer(toks []Token, i int) bool {
	if i == 0 {
		return false
	}
	j := i - 1
	if j > 0 && strings.HasPrefix(toks[j].Tag, "JJ") {
		j-- // "the last elected leader"
	}
	switch strings.ToLower(toks[j].Text) {
	case "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our":
		return true
	}
	return false
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

// inSentence returns the mentions of sentence si from ms, which is ordered
// by sentence.
func inSentence(ms []Mention, si int) []Mention {
	lo := sort.Search(len(ms), func(i int) bool { return ms[i].Sentence >= si })
	hi := lo
	for hi < len(ms) && ms[hi].Sentence == si {
		hi++
	}
	return ms[lo:hi]
}
