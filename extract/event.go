package extract

import (
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/extract/timex"
	"github.com/chronicle-news/chronicle/timeline"
)

// This file is the event stage: it finds event triggers, ties each to the
// time expression of its clause, and gives it a type, participants and a
// location. News text dates the events worth listing: an event is reported
// here when its own clause has a time expression, or when it is the
// article's main reported event; other events are kept, undated or with the
// date of the event they continue, for --all.
//
// detectEvents runs the stage sentence by sentence: triggers come from
// trigger.go, their dates from anchor.go, participants and place from
// participants.go, the summary from summary.go, and fold.go folds the
// mentions of one event. makeEvent puts one event together.

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
		// tag the whole sentence: the main verb of "On March 10, the
		// ministers of A and B, X and Y, met" lies far from its date
		ex.pos.tag(d.pos, s)
		cands := slices.DeleteFunc(ex.candidates(s), func(c candidate) bool { return d.lightAlone(s, &c) })
		var sentEvents []timeline.Event
		var sentTimes []int // the time expression of each of sentEvents, or -1
		attached := assignTimes(s, cands, times)
		add := func(k, ti int) {
			cands[k].used = true
			cands[k].timex = ti
			var tx *sentTimex
			prev := lastDated
			if ti >= 0 {
				tx = &times[ti]
				if n := len(sentEvents); listedAfter(s.Tokens, attached, times, ti) && n > 0 && tx.tx.Anchor == timex.AnchorEvent {
					prev = &sentEvents[n-1] // "meet Merkel on Tuesday and Prodi the following day": counted from Tuesday
				}
			}
			if cands[k].negated {
				return // "officials on Friday would not confirm ...": the date is used, no event
			}
			ev := d.makeEvent(si, &cands[k], tx, prev)
			if j := d.toldBefore(events, si, &cands[k], ev); j >= 0 {
				finer, _ := nested(events[j].Date, ev.Date)
				foldInto(&events[j], ev, finer) // "The Nov. 6-17 conference" after "meetings opened on Monday"
				return
			}
			if !cands[k].typed && ev.Type == "other" && backgroundVerb(d.sents[si].Tokens[cands[k].tok].Text) {
				return
			}
			sentEvents = append(sentEvents, ev)
			sentTimes = append(sentTimes, ti)
		}
		// first, each time expression dates the trigger it belongs to; a
		// list of dates on one trigger gives an event for each, and a date
		// counted from the one before it in the list ("the following day")
		// is counted from that one, whatever the trigger's mood
		for ti, ci := range attached {
			if m := whileMain(s.Tokens, cands, ci); m >= 0 {
				ci, attached[ti] = m, m // "The shoot-out occurred as the convoy crossed ... late Thursday"
			}
			if m := whenSub(s.Tokens, cands, ci); m >= 0 {
				ci, attached[ti] = m, m // "caused a backlash in October when he called for ..."
			}
			if m := d.purposeDone(si, cands, ci); m >= 0 {
				ci, attached[ti] = m, m // "On January 23, delegations sat face to face to hold trilateral talks"
			}
			if ci >= 0 && (d.timexFits(&times[ti], &cands[ci]) || listedAfter(s.Tokens, attached, times, ti) && len(sentEvents) > 0) {
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
			// "aired its new stand at this week's summit": what was done
			// at a dated meeting was done then too
			if k := settingVerb(s.Tokens, cands, ci, times[ti]); k >= 0 {
				add(k, ti)
			}
			// "said Wednesday during talks with Peru's foreign minister":
			// the talks were then too
			if k := duringNoun(s.Tokens, cands, ci); k >= 0 {
				add(k, ti)
			}
			// "When we met this weekend in Kyiv, he said ...": the main
			// clause happened then too
			if k := whenMain(s.Tokens, cands, times[ti]); k >= 0 {
				add(k, ti)
			}
			// "who on his arrival late Friday called for ...": the noun's
			// date is the verb's that follows it at once
			if c := &cands[ci]; c.trig.noun && c.tok < times[ti].from {
				for k := range cands {
					if o := &cands[k]; !o.used && o.typed && o.trig.verb && o.tok == times[ti].to {
						add(k, ti)
					}
				}
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
				if purpose(s.Tokens, o.tok) {
					continue // "called on the parties to agree a truce": asked for, not done
				}
				if j := max(o.tok-4, 0); wordBetween(s.Tokens, j, o.tok, "despite") && !verbBetween(s.Tokens, j, o.tok) {
					continue // "opened talks Wednesday despite a series of bombings": a concession, not news of that day
				}
				if sameClause(s.Tokens, times[ti].from, o.tok) && o.trig.typ != cands[ci].trig.typ {
					add(k, ti)
				}
			}
		}
		// "talks took place four days after the invasion in February
		// 2022": dated from the event they are counted from
		if k, at := d.countedFrom(si, cands, sentEvents); k >= 0 {
			cands[k].used = true
			ev := d.makeEvent(si, &cands[k], nil, nil)
			ev.Date, ev.Confidence = at, 0.6
			sentEvents = append(sentEvents, ev)
			sentTimes = append(sentTimes, -1)
		}
		sentEvents = joinListedDays(s.Tokens, times, sentEvents, sentTimes)
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

// whileMain returns the typed trigger of the main clause, not yet used,
// when candidate ci is an untyped verb of an "as", "when" or "while"
// clause after it: "The shoot-out occurred as the convoy crossed into Gaza
// late Thursday" dates the shoot-out, not the crossing. Else -1.
func whileMain(toks []Token, cands []candidate, ci int) int {
	if ci < 0 || cands[ci].typed || !cands[ci].trig.verb {
		return -1
	}
	b := -1
	for k := cands[ci].tok - 1; k > 0; k-- {
		w := strings.ToLower(toks[k].Text)
		if w == "as" || w == "when" || w == "while" {
			b = k
			break
		}
		if w == "," || w == ";" || strings.HasPrefix(toks[k].Tag, "VB") && !auxiliaries[w] {
			return -1
		}
	}
	if b < 0 {
		return -1
	}
	m := -1
	for k := range cands {
		c := &cands[k]
		if c.tok >= b {
			break
		}
		if !c.used && c.typed && !c.trig.report && c.trig.typ != "other" && !c.planned && boundaries(toks, c.tok+c.n, b, false) == 0 {
			m = k
		}
	}
	return m
}

// settingVerb returns the typed verb, not yet used, that a consultation
// noun ci dated by its possessive (tx: "this week's") is the setting of:
// "ASEAN aired its new stand on Myanmar at this week's summit". Else -1.
func settingVerb(toks []Token, cands []candidate, ci int, tx sentTimex) int {
	c := &cands[ci]
	if !c.trig.noun || !timeline.IsConsult(c.trig.typ) || tx.to+1 != c.tok && tx.to+2 != c.tok || tx.from < 1 {
		return -1
	}
	if p := strings.ToLower(toks[tx.from-1].Text); p != "at" && p != "during" && p != "on" && p != "after" {
		return -1
	}
	for k := len(cands) - 1; k >= 0; k-- {
		o := &cands[k]
		if o.tok >= tx.from || o.tok < tx.from-10 {
			continue
		}
		if !o.used && o.typed && o.trig.verb && !o.trig.report && boundaries(toks, o.tok+o.n, tx.from, false) == 0 {
			return k
		}
		return -1
	}
	return -1
}

// duringNoun returns the consultation noun, not yet used, that a "during"
// phrase after verb candidate ci names ("said Wednesday during talks with
// Peru's foreign minister"): the setting of the verb's event, an event of
// its own on the same day. Else -1.
func duringNoun(toks []Token, cands []candidate, ci int) int {
	c := &cands[ci]
	if !c.trig.verb {
		return -1
	}
	for k := range cands {
		o := &cands[k]
		if o.used || !o.typed || !o.trig.noun || o.tok <= c.tok || o.tok > c.tok+c.n+6 || !timeline.IsConsult(o.trig.typ) {
			continue
		}
		j := o.tok - 1
		for j > c.tok && (toks[j].Tag == "DT" || strings.HasPrefix(toks[j].Tag, "JJ") || toks[j].Tag == "PRP$") {
			j--
		}
		if strings.EqualFold(toks[j].Text, "during") && boundaries(toks, c.tok+c.n, j, false) == 0 {
			return k
		}
	}
	return -1
}

// whenSub returns the typed verb, not yet used, of a "when" clause right
// after the untyped verb ci and its date: "caused an international backlash
// in October when he called for ..." reports the call. Else -1.
func whenSub(toks []Token, cands []candidate, ci int) int {
	if ci < 0 || cands[ci].typed || !cands[ci].trig.verb {
		return -1
	}
	for k := cands[ci].tok + cands[ci].n; k < len(toks) && k <= cands[ci].tok+12; k++ {
		w := strings.ToLower(toks[k].Text)
		if w == ";" || w == "," && !strings.EqualFold(toks[min(k+1, len(toks)-1)].Text, "when") {
			return -1
		}
		if w != "when" {
			continue
		}
		for j := range cands {
			o := &cands[j]
			if o.tok > k && o.tok <= k+4 && !o.used && o.typed && o.trig.verb && !o.trig.report && (o.tag == "VBD" || o.tag == "VBN") {
				return j
			}
		}
		return -1
	}
	return -1
}

// purposeDone returns the typed event, not yet used, that an infinitive
// names right after an untyped past-tense verb ci of sentence si whose
// actors are named before it: "delegations from the US, Ukraine and Russia
// sat face to face to hold trilateral talks" reports the talks. Else -1.
func (d *docState) purposeDone(si int, cands []candidate, ci int) int {
	toks := d.sents[si].Tokens
	if ci < 0 || cands[ci].typed || cands[ci].tag != "VBD" {
		return -1
	}
	// people who act: not "International pressure mounted Wednesday to
	// deploy the force", where the infinitive is what the pressure is for
	if !slices.ContainsFunc(inSentence(d.entities, si), func(m Mention) bool {
		return m.IsActor() && m.Span.End <= toks[cands[ci].tok].Span.Start
	}) {
		return -1
	}
	end := cands[ci].tok + cands[ci].n
	for k := range cands {
		o := &cands[k]
		if o.tok < end+1 || o.tok > end+6 {
			continue
		}
		if o.used || !o.typed || !o.trig.verb || o.trig.report || o.tag != "VB" || !strings.EqualFold(toks[o.tok-1].Text, "to") ||
			boundaries(toks, end, o.tok, false) > 0 {
			return -1
		}
		return k
	}
	return -1
}

// asClause returns the typed verb, not yet used, of an "as" or "while"
// clause that follows time expression tx at once, with its subject between
// ("said Wednesday as it warned of Moscow's threat"): what was done as the
// dated report was made. Else -1.
func asClause(toks []Token, cands []candidate, tx sentTimex) int {
	if tx.to >= len(toks) || !strings.EqualFold(toks[tx.to].Text, "as") && !strings.EqualFold(toks[tx.to].Text, "while") {
		return -1
	}
	for k := range cands {
		c := &cands[k]
		if c.used || !c.typed || !c.trig.verb || c.trig.report || c.tok <= tx.to || c.tok > tx.to+4 {
			continue
		}
		if c.tag != "VBD" || boundaries(toks, tx.to+1, c.tok, false) > 0 {
			continue
		}
		return k
	}
	return -1
}

// legislates reports whether the object that starts at token j is what a
// legislature or council passes: "a resolution", "the new law".
func legislates(toks []Token, j int) bool {
	for k := j; k < len(toks) && k < j+4; k++ {
		switch strings.ToLower(toks[k].Text) {
		case "resolution", "resolutions", "law", "laws", "bill", "bills", "budget", "motion", "amendment", "amendments":
			return true
		case ",", ";", "and", "to", "by", "on":
			return false
		}
	}
	return false
}

// countedFrom finds, in sentence si, an event counted from another by a
// span of time: "The first ceasefire talks took place just four days after
// Moscow's invasion in February 2022". The time tagger gives the span ("four
// days" before "after") its Shift; countedFrom returns the candidate that
// names the counted event (the last typed one before the span, not yet
// dated) and its date: the dated event of sentEvents named just after the
// span, moved by the Shift, no finer than that event's date ("February
// 2022" and four days is still February 2022). k is -1 when there is none.
func (d *docState) countedFrom(si int, cands []candidate, sentEvents []timeline.Event) (k int, date timeline.EventDate) {
	toks := d.sents[si].Tokens
	for _, m := range inSentence(d.times, si) {
		tx := m.Timex
		if tx.Type != timex.Duration || tx.Anchor != timex.AnchorEvent || tx.Shift.Unit == 0 {
			continue
		}
		from, to := tokenRange(toks, tx.Span)
		if from < 0 || to >= len(toks) {
			continue
		}
		if w := strings.ToLower(toks[to].Text); w != "after" && w != "before" {
			continue // "within days of his capture": no event counted from another here
		}
		// the dated event named within a few words after the span
		var anchor *timeline.Event
		for i := range sentEvents {
			e := &sentEvents[i]
			if e.Date.Anchor == timeline.AnchorExplicit && e.Span[0] > toks[to].Span.Start && e.Span[0]-toks[to].Span.End <= 40 {
				anchor = e
				break
			}
		}
		if anchor == nil {
			continue
		}
		// the last typed trigger before the span, with no typed verb
		// between ("talks ... took place four days after")
		k = -1
		for j := range cands {
			c := &cands[j]
			if c.tok >= from {
				break
			}
			switch {
			case c.typed && c.trig.verb:
				k = -1
				if !c.used && !c.trig.report && c.trig.typ != "other" {
					k = j
				}
			case !c.used && c.typed && c.trig.typ != "other" && boundaries(toks, c.tok+c.n, from, false) == 0:
				k = j
			}
		}
		if k < 0 {
			continue
		}
		return k, shiftDate(anchor.Date, tx.Shift)
	}
	return -1, timeline.EventDate{}
}

// shiftDate moves date by sh from its first day, keeping it no finer than
// it was: a month moved by days stays that month unless the move leaves it.
func shiftDate(date timeline.EventDate, sh timex.Shift) timeline.EventDate {
	start, err := time.Parse(timeline.DayLayout, date.Start)
	if err != nil {
		return date
	}
	var t time.Time
	switch sh.Unit {
	case 'D':
		t = start.AddDate(0, 0, sh.N)
	case 'W':
		t = start.AddDate(0, 0, 7*sh.N)
	case 'M':
		t = start.AddDate(0, sh.N, 0)
	case 'Q':
		t = start.AddDate(0, 3*sh.N, 0)
	default:
		t = start.AddDate(sh.N, 0, 0)
	}
	v := t.Format("2006")
	switch timeline.PrecisionOf(date.Value) {
	case timeline.PrecisionDay:
		v = t.Format(timeline.DayLayout)
	case timeline.PrecisionMonth:
		v = t.Format("2006-01")
	}
	return timeline.NewEventDate(date.Text, v, "", timeline.AnchorRelative)
}

// joinListedDays makes one event of the events of one trigger that a list
// of dates gives when the list names one stretch of days: "On December 14
// and 15" is one visit of two days (its date ends on the 15th), and "last
// year" after it only says the year. Other lists stay an event a date:
// "in 1960, 1972 and 1988", "on Monday and Thursday".
func joinListedDays(toks []Token, times []sentTimex, evs []timeline.Event, tis []int) []timeline.Event {
	if len(evs) < 2 {
		return evs
	}
	out, outTi := evs[:0:0], []int(nil)
	for i, ev := range evs {
		n := len(out)
		if n == 0 || tis[i] < 0 || outTi[n-1] < 0 || ev.Span != out[n-1].Span || tis[i] != outTi[n-1]+1 {
			out, outTi = append(out, ev), append(outTi, tis[i])
			continue
		}
		prev, cur := &out[n-1], times[tis[i]]
		gap := cur.from - times[outTi[n-1]].to
		switch {
		case gap == 0 && prev.Date.Start >= ev.Date.Start && prev.Date.End <= ev.Date.End && len(ev.Date.Value) < len(prev.Date.Value):
			// "December 14 and 15 last year": the year of the dates before
		case gap == 1 && strings.EqualFold(toks[cur.from-1].Text, "and") && len(prev.Date.Value) == 10 && len(ev.Date.Value) == 10 && nextDay(prev.Date.End) == ev.Date.Start:
			prev.Date.End = ev.Date.End
			prev.Date.EDTF = prev.Date.Start + "/" + prev.Date.End
			prev.Date.Text += " and " + ev.Date.Text
			outTi[n-1] = tis[i]
		default:
			out, outTi = append(out, ev), append(outTi, tis[i])
		}
	}
	return out
}

// nextDay returns the day after day, both YYYY-MM-DD, or "".
func nextDay(day string) string {
	t, err := time.Parse(timeline.DayLayout, day)
	if err != nil {
		return ""
	}
	return t.AddDate(0, 0, 1).Format(timeline.DayLayout)
}

// lightAlone reports whether candidate c is a finite generic verb whose
// object is a thing, not an event: "he held no grudge", "trade reached
// about 6 billion dollars". It names no event, and the sentence's date goes
// to another trigger ("said he held no grudge"). Without an object the verb
// keeps its event, which the noun before it names ("the last gathering, held
// in Brussels"), and so does a participle or a verb whose object is an action
// ("finished drafting").
func (d *docState) lightAlone(s *Sentence, c *candidate) bool {
	toks := s.Tokens
	end := c.tok + c.n
	if !c.trig.generic || !c.trig.verb || c.trig.typ != "other" || c.tag == "VBN" || c.tag == "VBG" {
		return false
	}
	for end < len(toks) && isOpenPunct(firstRune(toks[end].Text)) {
		end++ // held "no grudge"
	}
	if end >= len(toks) {
		return false
	}
	switch next := toks[end]; {
	case next.Tag == "DT" || next.Tag == "CD" || next.Tag == "PRP$" || next.Tag == "NN" || next.Tag == "NNS" || strings.EqualFold(next.Text, "about"):
	default:
		return false
	}
	if j, _ := d.objectNoun(toks, end); j >= 0 {
		return false
	}
	typ, _ := d.governedType(s, c)
	return typ == ""
}

// purpose reports whether the noun at i is the object of an infinitive
// ("to agree a truce", "to hold new elections") or of a verb after a modal
// ("he would broker a ceasefire"): what is sought, not done.
func purpose(toks []Token, i int) bool {
	for j := i - 1; j >= 1 && j >= i-4; j-- {
		if toks[j].Tag == "VB" && (strings.EqualFold(toks[j-1].Text, "to") || toks[j-1].Tag == "MD") {
			return true
		}
		if strings.HasPrefix(toks[j].Tag, "VB") || toks[j].Text == "," {
			return false
		}
	}
	return false
}

// whenMain returns the main clause's first typed verb, not yet used, when
// time expression tx dates an opening "When ..." clause ("When we met this
// weekend in Kyiv, he said ..."), or -1.
func whenMain(toks []Token, cands []candidate, tx sentTimex) int {
	if len(toks) == 0 || !strings.EqualFold(toks[0].Text, "when") {
		return -1
	}
	comma := -1
	for i, t := range toks {
		if t.Text == "," {
			comma = i
			break
		}
	}
	if comma < 0 || tx.to > comma {
		return -1
	}
	for k := range cands {
		c := &cands[k]
		if c.tok > comma && c.trig.verb && c.typed && (c.tag == "VBD" || c.tag == "VBZ" || c.tag == "VBP") {
			if c.used {
				return -1
			}
			return k
		}
	}
	return -1
}

// listedAfter reports whether time expression ti dates the same trigger
// as the one before it, in a conjunct of its own: "meet Merkel on Tuesday
// and Prodi the following day" (not "in October that year").
func listedAfter(toks []Token, attached []int, times []sentTimex, ti int) bool {
	if ti == 0 || attached[ti] != attached[ti-1] {
		return false
	}
	return wordBetween(toks, times[ti-1].to, times[ti].from, "and")
}

// toldBefore returns the index among events (those of the sentences
// before si) of the event that ev, the event of a definite event noun,
// names again: the latest of its type, or of any consultation type for a
// meeting, visit, call or talks, if their dates nest or the mention says it
// goes on ("The talks are expected to continue tomorrow"); else -1.
func (d *docState) toldBefore(events []timeline.Event, si int, c *candidate, ev timeline.Event) int {
	toks := d.sents[si].Tokens
	noun := c.tok
	if !c.trig.noun {
		// "The raid started just after 3 p.m. Tuesday": the subject noun
		// that names the verb's event
		noun = -1
		for k := c.tok - 1; k >= 0 && toks[k].Span.Start >= ev.Span[0]; k-- {
			noun = k
		}
	}
	// "Tuesday's attack", "Tuesday's bold daylight raid"
	p := noun - 1
	for p > 0 && (strings.HasPrefix(toks[p].Tag, "JJ") || toks[p].Tag == "NN" && !startsUpper(toks[p].Text)) {
		p--
	}
	possessive := noun >= 2 && p >= 1 && (toks[p].Text == "'s" || toks[p].Text == "’s") && d.inTimex(si, p-1)
	if noun < 0 || !isDefinite(toks, noun) && !possessive || ev.Date.Start == "" {
		return -1 // "the conference", "Monday's session" name an event told before
	}
	// the latest of the few last events of its type whose date nests
	// with the mention's ("Tuesday's attack" after "Tuesday's raid" and a
	// Wednesday one), else the latest if the mention says it goes on
	cands := d.antecedents.recent(events, ev.Type)
	for i := len(cands) - 1; i >= 0; i-- {
		j := cands[i]
		if _, ok := nested(events[j].Date, ev.Date); ok && (i == len(cands)-1 || d.namedByNoun(events[j])) {
			return j
		}
	}
	if len(cands) > 0 && continues(toks, c.tok+c.n) {
		return cands[len(cands)-1]
	}
	return -1
}

// namedByNoun reports whether event e's trigger ends in an event noun of
// the lexicon ("Tuesday's bold daylight raid"), as a definite mention
// past the latest of its type must name what it refers to.
func (d *docState) namedByNoun(e timeline.Event) bool {
	f := strings.Fields(strings.ToLower(e.Trigger))
	if len(f) == 0 {
		return false
	}
	tr, ok := d.ex.lex.form(f[len(f)-1])
	return ok && tr.noun
}

// continues reports whether the words from token j say that the event
// named just before goes on: "The talks are expected to continue
// tomorrow", "the negotiations resumed on Thursday" (one event, not a new
// one).
func continues(toks []Token, j int) bool {
	for k := j; k < len(toks) && k < j+5; k++ {
		switch strings.ToLower(toks[k].Text) {
		case "continue", "continues", "continued", "continuing", "resume", "resumes", "resumed", "resuming":
			return true
		case ",", ";", "and", "but":
			return false
		}
	}
	return false
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
			if k := d.antecedents.find(events, c.trig.typ); k >= 0 {
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

// makeEvent builds the event for candidate c, dated by tx (nil: the
// reference date, as the document's main event).
func (d *docState) makeEvent(si int, c *candidate, tx *sentTimex, prev *timeline.Event) timeline.Event {
	s := &d.sents[si]
	toks := s.Tokens
	typ := c.trig.typ
	first, last := c.tok, c.tok+c.n-1 // the trigger's tokens
	governs := false
	if c.trig.generic || c.trig.light {
		if nt, _ := d.governedType(s, c); nt != "" {
			typ, governs = nt, true
		}
	}
	if c.trig.lemma == "warn" && warnsOfHarm(toks, c.tok+c.n) {
		typ = "threat" // "warned Israel of heavy consequences", not "warned that supplies were low"
	}
	if nt := d.votedFor(si, c); nt != "" {
		typ = nt // "voted to impose an arms embargo": a decision on sanctions, not an election
	}
	if typ == "agreement" && c.trig.verb && legislates(toks, c.tok+c.n) {
		typ = "other" // "adopted a resolution", "approved the budget": a body's act, no accord between parties
	}
	subject := trigger{}
	if !c.typed && c.trig.verb && c.tok > 0 {
		if tr, n := d.ex.lex.match(toks, c.tok-1); n == 1 && tr.noun && !tr.report && !tr.light && tr.typ != "other" {
			subject = tr // "The offensive opened on October 3 with air strikes": the offensive
		}
	}
	switch {
	case subject.typ != "":
		typ, first = subject.typ, c.tok-1
	case c.trig.verb:
		// the event noun a verb governs names the event with it: "imposed
		// sanctions", "opened a two-day summit", "meet in a televised debate"
		if j := d.casualtyCause(toks, c); j >= 0 {
			last = j // "were killed and eight more hurt in Russian attacks": the attack named with its toll
		} else if j, tr := d.objectNoun(toks, c.tok+c.n); j >= 0 && (!c.typed || c.trig.generic || c.trig.light || tr.typ == typ || carrier(c.trig.lemma)) {
			if !c.typed || carrier(c.trig.lemma) {
				typ = tr.typ // "announced sanctions", "agreed a truce": the noun says what
			}
			last = j
		} else if nt, j := d.governedType(s, c); nt != "" && (!c.typed || carrier(c.trig.lemma)) {
			typ = nt // "pledged 1.6 billion dollars in humanitarian aid": an aid event
			if !c.typed {
				last = j // "swept through Prague in the occupation": named with the noun that types it
			}
		} else if !c.typed || c.trig.generic && typ == "other" {
			// "Those talks ended", "Talks first opened": the subject names the event
			if np := npBefore(toks, c.tok); np.End > np.Start && c.tok-np.End <= 2 {
				if tr, n := d.ex.lex.match(toks, np.End-1); n > 0 && tr.noun && !tr.report && tr.typ != "other" {
					typ = tr.typ
					first = np.End - 1
				} else if c.trig.generic && np.End == c.tok && strings.HasPrefix(toks[np.End-1].Tag, "NN") && !startsUpper(toks[np.End-1].Text) {
					first = np.End - 1 // "a first round held in Muscat": the noun names what was held
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
	if typ == "other" && (!c.typed || c.trig.generic) || c.trig.generic && !governs {
		// "the offensive began", "A truce between the army and the RSF
		// collapsed", "The dialogue, launched in March": the subject names
		// the event's type
		np := npBefore(toks, c.tok)
		if c.tag == "VBN" && c.tok >= 2 && toks[c.tok-1].Text == "," {
			np = npBefore(toks, c.tok-1) // the noun a participle qualifies
		}
		if np.End > np.Start {
			if tr, n := d.ex.lex.match(toks, np.End-1); n > 0 && tr.noun && !tr.report && tr.typ != "other" {
				typ = tr.typ
			}
		}
		for k := c.tok - 1; typ == "other" && k >= 0 && !verbBetween(toks, k+1, c.tok) && toks[k].Tag != "PRP"; k-- {
			if tr, n := d.ex.lex.match(toks, k); n > 0 && tr.noun && !tr.report && !tr.light && tr.typ != "other" && !startsUpper(toks[k].Text) {
				typ = tr.typ
				if !c.typed {
					first = k // "A shoot-out near the border left two dead": the noun names the event
				}
			}
		}
	}
	if c.trig.verb && (c.tag == "VBN" || c.tag == "VBD" && otherFiniteVerb(toks, c.tok)) && c.tok >= 2 &&
		(toks[c.tok-1].Text == "," || strings.HasPrefix(toks[c.tok-1].Tag, "NN")) {
		// "a bilateral ceasefire agreed in June", "A truce ..., agreed in
		// April 2022,": the participle tells of the noun's event
		k := c.tok - 1
		if toks[k].Text == "," {
			k--
		}
		if tr, n := d.ex.lex.match(toks, k); n == 1 && tr.noun && !tr.report && !tr.light && tr.typ != "other" {
			typ = tr.typ
			if k == c.tok-1 {
				first = k // "a statement released overnight": named by the noun with its participle
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
	case tx.tx.Anchor == timex.AnchorEvent:
		ev.Date = relativeDate(tx.tx, prev)
		conf -= 0.2
	default:
		ev.Date = timeline.NewEventDate(tx.tx.Text, dayValue(tx.tx.Value), eventMod(tx.tx.Text, tx.tx.Mod, dayValue(tx.tx.Value)), timeline.AnchorExplicit)
		conf += 0.1
	}
	ev.Confidence = float64(int(conf*100+0.5)) / 100
	switch {
	case tx != nil && ev.Date.Start > d.refValue():
		ev.Planned = true // dated after the publication: scheduled, not done
	case tx != nil && ev.Date.End != "" && ev.Date.End < d.refValue():
		ev.Planned = false // dated before it: done, whatever "would" says
	}
	ev.Participants, ev.Location = d.participants(si, c, first)
	ev.Summary = d.summary(si, c)
	return ev
}

// casualtyCause returns the last token of the attack noun that a toll
// verb names as its cause ("killed ... in Russian attacks", "killed by an
// air strike"), or -1: the noun follows "in" or "by" within the verb's
// clause.
func (d *docState) casualtyCause(toks []Token, c *candidate) int {
	if c.trig.lemma != "kill" {
		return -1
	}
	for k := c.tok + c.n; k < len(toks)-1 && k < c.tok+c.n+10; k++ {
		w := strings.ToLower(toks[k].Text)
		if w == "," || isBoundaryWord(w) {
			return -1
		}
		if w != "in" && w != "by" {
			continue
		}
		for j := k + 1; j < len(toks) && j <= k+3; j++ {
			if tr, n := d.ex.lex.match(toks, j); n > 0 && tr.noun && tr.typ == "attack" {
				return j + n - 1
			}
		}
	}
	return -1
}

// warnsOfHarm reports whether the warning whose verb ends before token j
// is of harm the speaker would do: "of heavy consequences", "of
// retaliation".
func warnsOfHarm(toks []Token, j int) bool {
	of := false
	for k := j; k < len(toks) && k < j+8; k++ {
		w := strings.ToLower(toks[k].Text)
		switch {
		case w == "of":
			of = true
		case of && harmNouns[w]:
			return true
		case w == "that" || w == "," || w == ";":
			return false
		}
	}
	return false
}

// harmNouns are what a threat warns of.
var harmNouns = setOf("consequences", "retaliation", "reprisal", "reprisals", "response", "action", "measures",
	"force", "war", "attack", "attacks", "strikes", "sanctions", "punishment", "countermeasures")

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
	switch functionWord(toks[j].Text) {
	case "the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our":
		return true
	}
	return false
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
