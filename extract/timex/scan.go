package timex

import (
	"strconv"
	"strings"
	"time"
)

// scan holds the state of tagging one text, sentence by sentence.
type scan struct {
	t    *Tagger
	text string
	toks []token // the tokens of the sentence being tagged
	ref  time.Time
	// start is the first token of the expression being matched; tense
	// looks for its markers before it.
	start int
	story // the text's story time, kept across sentences (resolve.go)
}

// run tags the current sentence and appends its expressions to out.
func (s *scan) run(out []Timex) []Timex {
	for i := 0; i < len(s.toks); {
		tk := &s.toks[i]
		if tk.lex.cat == catNone && tk.kind == tkWord {
			i++
			continue
		}
		s.start, s.ahead = i, false
		end, tx, ok := s.match(i)
		if !ok {
			i++
			continue
		}
		tx.Span = Span{s.toks[i].s, s.toks[end-1].e}
		tx.Text = s.text[tx.Span.Start:tx.Span.End]
		out = append(out, tx)
		if e2, tx2, ok := s.rangeEnd(end, tx); ok {
			// "May 7-10", "from May 7 to 10": the end is a date of its own.
			tx2.Span = Span{s.toks[e2-1].s, s.toks[e2-1].e}
			tx2.Text = s.text[tx2.Span.Start:tx2.Span.End]
			out = append(out, tx2)
			end = e2
		}
		s.advanceStory(i, end, tx)
		i = end
	}
	return out
}

// Accessors; out-of-range indexes read as nothing.

// cat returns the lexicon category of token i.
func (s *scan) cat(i int) lexCat {
	if i < 0 || i >= len(s.toks) {
		return catNone
	}
	return s.toks[i].lex.cat
}

// val returns the lexicon value of token i (which must exist).
func (s *scan) val(i int) int { return int(s.toks[i].lex.val) }

// word returns the word id of token i, or wNone.
func (s *scan) word(i int) int {
	if s.cat(i) != catWord {
		return wNone
	}
	return int(s.toks[i].lex.val)
}

// tokText returns the text of token i, or "".
func (s *scan) tokText(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.text[s.toks[i].s:s.toks[i].e]
}

// isNum reports whether token i is a plain number (no separators).
func (s *scan) isNum(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tkNum && s.toks[i].num >= 0
}

// isPunct reports whether token i is the punctuation c.
func (s *scan) isPunct(i int, c byte) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tkPunct && s.text[s.toks[i].s] == c
}

// isApos reports whether token i is an apostrophe, straight or curly.
func (s *scan) isApos(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tkPunct {
		return false
	}
	p := s.tokText(i)
	return p == "'" || p == "’" || p == "‘"
}

// adj reports whether tokens i and i+1 touch, with no space between.
func (s *scan) adj(i int) bool {
	return i >= 0 && i+1 < len(s.toks) && s.toks[i].e == s.toks[i+1].s
}

// capital reports whether token i (which must exist) starts with a capital.
func (s *scan) capital(i int) bool {
	c := s.text[s.toks[i].s]
	return c >= 'A' && c <= 'Z'
}

// allCaps reports whether the word at i is written in capitals.
func (s *scan) allCaps(i int) bool {
	w := s.tokText(i)
	for k := 0; k < len(w); k++ {
		if w[k] >= 'a' && w[k] <= 'z' {
			return false
		}
	}
	return true
}

// isYear reports whether token i is a four-digit number that can be a year.
func (s *scan) isYear(i int) bool {
	if !s.isNum(i) || s.toks[i].ndig != 4 {
		return false
	}
	y := s.toks[i].num
	if y < 1000 || y > 2099 {
		return false
	}
	if s.cat(i+1) == catZone && s.allCaps(i+1) {
		return false // "(2000 GMT)": a clock time
	}
	return !s.isPunct(i+1, '%') && s.word(i+1) != wPercent
}

// plainNoun reports whether token i is a lower-case word outside the
// lexicon, most likely a noun or adjective.
func (s *scan) plainNoun(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tkWord || s.toks[i].lex.cat != catNone {
		return false
	}
	c := s.text[s.toks[i].s]
	return c >= 'a' && c <= 'z'
}

// pluralNoun reports whether token i looks like a plural common noun
// ("flights", "seats"), which a rate such as "a week" can follow.
func (s *scan) pluralNoun(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tkWord || s.toks[i].lex.cat != catNone {
		return false
	}
	w := s.tokText(i)
	n := len(w)
	return n > 3 && w[0] >= 'a' && w[0] <= 'z' && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i'
}

// clauseEnd reports whether token i ends a clause: punctuation, the end of
// the sentence, or a conjunction.
func (s *scan) clauseEnd(i int) bool {
	if i >= len(s.toks) {
		return true
	}
	if s.toks[i].kind == tkPunct {
		return true
	}
	switch s.word(i) {
	case wAnd, wOr, wSaid:
		return true
	}
	return false
}

// match tries every rule at token i and returns the longest expression.
func (s *scan) match(i int) (int, Timex, bool) {
	j, qmod := s.quantMod(i)
	end, tx, ok := s.edged(j)
	if !ok {
		return 0, Timex{}, false
	}
	if qmod != "" {
		if tx.Mod == "" || tx.Mod == "APPROX" {
			tx.Mod = qmod
		}
	}
	if len(tx.Value) == 4 && tx.Type == Date && tx.Mod == "" {
		end, tx = s.yearQuarter(end, tx)
	}
	return end, tx, true
}

// edged reads an optional "the" and an edge modifier ("early", "late",
// "mid-", "the end of", "earlier", "later") before a core expression.
func (s *scan) edged(i int) (int, Timex, bool) {
	j := i
	the := false
	if s.word(j) == wThe {
		the = true
		j++
	}
	mod := ""
	k := j
	switch s.word(j) {
	case wEarly, wEarlier:
		mod, k = "START", j+1
	case wLate, wLater:
		mod, k = "END", j+1
	case wMid:
		mod, k = "MID", j+1
		if s.isPunct(k, '-') {
			k++
		}
	case wEnd, wBeginning, wMiddle:
		if s.word(j+1) == wOf {
			mod, k = map3(s.word(j)), j+2
		}
	}
	if mod == "" && s.tokText(j) != "" && s.toks[j].kind == tkWord && strings.HasPrefix(strings.ToLower(s.tokText(j)), "mid-") {
		mod, k = "MID", j+1
	}
	if mod != "" {
		in := s.word(k) == wIn && strings.EqualFold(s.tokText(k), "in")            // "later in the month"
		of := s.word(j) == wEnd || s.word(j) == wBeginning || s.word(j) == wMiddle // "the end of the month"
		if in && (s.word(j) == wEarlier || s.word(j) == wLater) || of {
			k0 := k // "in" at k0, "the" after it
			if of {
				k0 = k - 1 // "of" at k0
			}
			if s.word(k0+1) == wThe && s.cat(k0+2) == catUnit && !(of && s.val(k0+2) == uDay) {
				// ("at the end of the day" is a manner of speaking)
				// "earlier in the day", "later in the year", "towards
				// the end of the month"
				k = k0
				u := s.val(k + 2)
				tx := s.thisUnit(u)
				if v := s.anteUnit(u); v != "" {
					tx.Value = v // "On December 14 and 15 last year ... Then, later in the month": that December
				} else if _, _, _, story := s.narrative(); story {
					if sh, ok := shiftOf(0, u); ok {
						if v, ok := s.fromAnte(sh); ok {
							tx.Value = v // a history's year: "By the end of the year, the army held the coast"
						}
					}
				}
				if tx.Value != "" && s.toks[k+2].lex.flags&fPlural == 0 {
					tx.Mod = mod
					return k + 3, tx, true
				}
			}
		}
		if s.cat(k) == catPart && s.toks[k].lex.flags&fPlural == 0 && s.word(j) != wEarlier && s.word(j) != wLater {
			// "mid-afternoon", "late morning": today's.
			tx := Timex{Type: Time, Value: day(s.ref) + "T" + partCode[s.val(k)], Mod: mod, Anchor: AnchorRef}
			end := k + 1
			if w := s.word(end); w == wToday || w == wYesterday || w == wTomorrow {
				_, d, _ := s.deictic(end)
				tx.Value = d.Value[:10] + "T" + partCode[s.val(k)]
				end++
			} else if s.cat(end) == catWeekday {
				if e2, d, ok := s.weekdayPhrase(end); ok {
					tx.Value = d.Value[:10] + "T" + partCode[s.val(k)]
					end = e2
				}
			}
			return end, tx, true
		}
		if end, tx, ok := s.core(k, false); ok && edgeable(tx) {
			if tx.Mod == "" && !(len(tx.Value) == 10 && (s.word(j) == wEarlier || s.word(j) == wLater)) {
				// "earlier Sunday" is just that day; "earlier this
				// month" is its first part.
				tx.Mod = mod
			}
			return end, tx, true
		}
		if s.word(j) == wEarlier || s.word(j) == wLater || s.word(j) == wEnd || s.word(j) == wBeginning || s.word(j) == wMiddle {
			return 0, Timex{}, false
		}
	}
	if the {
		if s.word(j) == wFull && s.cat(j+1) == catUnit {
			j++
		}
		if s.word(j) == wNear && s.word(j+1) == wFuture {
			return j + 2, Timex{Type: Date, Value: "FUTURE_REF", Anchor: AnchorVague}, true
		}
		if end, tx, ok := s.core(j, true); ok {
			return end, tx, true
		}
		return 0, Timex{}, false
	}
	return s.core(i, false)
}

// map3 returns the TIMEX3 mod of "the end of", "the beginning of" or
// "the middle of".
func map3(w int) string {
	switch w {
	case wEnd:
		return "END"
	case wBeginning:
		return "START"
	}
	return "MID"
}

// edgeable reports whether an edge modifier can narrow tx.
func edgeable(tx Timex) bool {
	if tx.Type != Date && tx.Type != Time {
		return false
	}
	switch tx.Value {
	case "PAST_REF", "PRESENT_REF", "FUTURE_REF":
		return false
	}
	return true
}

// core matches a time expression at i without an edge modifier. the is set
// when "the" precedes i; rules that take no article fail then, and the
// caller retries without it.
func (s *scan) core(i int, the bool) (int, Timex, bool) {
	if i >= len(s.toks) {
		return 0, Timex{}, false
	}
	switch s.cat(i) {
	case catMonth, catWeekday, catSeason, catSetAdv, catDecadeWord, catOrd, catUnit, catPart:
		return s.calendarPhrase(i, the)
	case catNum:
		if y, end, ok := s.spelledYear(i); ok {
			return end, Timex{Type: Date, Value: strconv.Itoa(y), Anchor: AnchorAbsolute}, true
		}
	}
	if s.toks[i].kind == tkNum {
		if end, tx, ok := s.numberPhrase(i, the); ok {
			return end, tx, true
		}
	}
	if s.isApos(i) && !the {
		return s.aposDecade(i)
	}
	if end, tx, ok := s.wordPhrase(i, the); ok {
		return end, tx, true
	}
	if s.cat(i) == catLong && !the {
		return i + 1, Timex{Type: Duration, Value: durValue(1, s.val(i)), Anchor: AnchorVague}, true
	}
	if s.quantity(i) {
		return s.countPhrase(i, the)
	}
	return 0, Timex{}, false
}

// calendarPhrase matches an expression that starts with a calendar word
// at i: a month, weekday, season, ordinal, unit or part of the day, or
// "daily", "the twenties".
func (s *scan) calendarPhrase(i int, the bool) (int, Timex, bool) {
	switch s.cat(i) {
	case catMonth:
		if the {
			return 0, Timex{}, false
		}
		return s.monthPhrase(i)
	case catWeekday:
		if the {
			return 0, Timex{}, false
		}
		return s.weekdayPhrase(i)
	case catSeason:
		return s.seasonPhrase(i, the)
	case catSetAdv:
		if the {
			return 0, Timex{}, false
		}
		u := s.val(i)
		return i + 1, Timex{Type: Set, Value: durValue(1, u), Anchor: AnchorVague}, true
	case catDecadeWord:
		if !the {
			return 0, Timex{}, false
		}
		return i + 1, Timex{Type: Date, Value: "19" + strconv.Itoa(s.val(i)), Anchor: AnchorAbsolute}, true
	case catOrd:
		return s.ordinalPhrase(i, the)
	case catUnit:
		return s.unitPhrase(i, the)
	case catPart:
		if the && s.toks[i].lex.flags&fPlural == 0 && s.val(i) == pMorning && s.word(i+1) != wOf {
			// "the morning": the reference day's, or in a history the
			// day it is at.
			if d, ok := s.storyDay(); ok {
				return i + 1, Timex{Type: Time, Value: d + "TMO", Anchor: AnchorEvent}, true
			}
			return i + 1, Timex{Type: Time, Value: day(s.ref) + "TMO", Anchor: AnchorRef}, true
		}
	}
	return 0, Timex{}, false
}

// wordPhrase matches an expression that starts with a word of the word
// table at i: a relative word ("last", "next"...), "today", "now",
// "noon", "every", "within", a holiday, "half", "then", "time".
func (s *scan) wordPhrase(i int, the bool) (int, Timex, bool) {
	switch s.word(i) {
	case wThis, wLast, wNext, wPast, wComing, wPrevious, wFollowing, wCurrent, wLatest, wSame, wRecent, wThat, wUpcoming:
		if end, tx, ok := s.relPhrase(i, the); ok {
			return end, tx, true
		}
		if s.word(i) == wPast && the && s.cat(i+1) != catUnit && !s.quantity(i+1) {
			return i + 1, Timex{Type: Date, Value: "PAST_REF", Anchor: AnchorVague}, true
		}
	case wFiscal:
		if s.isYear(i + 1) {
			y := s.toks[i+1].num
			return i + 2, Timex{Type: Date, Value: strconv.Itoa(y), Anchor: AnchorAbsolute}, true
		}
		return s.core(i+1, the)
	case wToday, wTonight, wYesterday, wTomorrow, wOvernight:
		if !the {
			return s.deictic(i)
		}
	case wNow, wRecently, wFuture, wPresent:
		return s.vagueWord(i, the)
	case wNoon, wMidnight:
		return s.clockPhrase(i)
	case wEvery:
		return s.everyPhrase(i)
	case wWithin:
		return s.withinPhrase(i)
	case wChristmas, wThanksgiving, wNew, wEaster, wElection, wLabor, wMemorial, wIndependence, wHalloween, wValentine:
		if !the {
			return s.holiday(i)
		}
	case wHalf:
		// "half an hour", "half a day"
		if s.word(i+1) == wA && s.cat(i+2) == catUnit && s.toks[i+2].lex.flags&fPlural == 0 && !the {
			return i + 3, Timex{Type: Duration, Value: halfDur(0, s.val(i+2)), Anchor: AnchorVague}, true
		}
	case wThen:
		return s.thenPhrase(i, the)
	case wTime:
		return s.timePhrase(i, the)
	}
	return 0, Timex{}, false
}

// vagueWord reads "now", "currently", "recently", "(in the) future" and
// "(at) present": a vague reference.
func (s *scan) vagueWord(i int, the bool) (int, Timex, bool) {
	switch s.word(i) {
	case wNow:
		if !the {
			return i + 1, Timex{Type: Date, Value: "PRESENT_REF", Anchor: AnchorVague}, true
		}
	case wRecently:
		if !the {
			return i + 1, Timex{Type: Date, Value: "PAST_REF", Anchor: AnchorVague}, true
		}
	case wFuture:
		if the || s.word(i-1) == wIn {
			return i + 1, Timex{Type: Date, Value: "FUTURE_REF", Anchor: AnchorVague}, true
		}
	case wPresent:
		if s.word(i-1) == wAt && !the {
			return i + 1, Timex{Type: Date, Value: "PRESENT_REF", Anchor: AnchorVague}, true
		}
	}
	return 0, Timex{}, false
}
