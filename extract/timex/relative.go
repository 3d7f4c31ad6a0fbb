package timex

import (
	"strconv"
	"strings"
	"time"
)

// relPhrase reads "this/last/next/past/coming/previous/following/current/
// latest/same/recent" + a unit, weekday, month, season or part of day.
func (s *scan) relPhrase(i int, the bool) (int, Timex, bool) {
	w := s.word(i)
	j := i + 1
	if w == wThis && s.word(j) == wPast { // "this past spring"
		w = wLast
		j++
	}
	if end, tx, ok := s.relStretch(w, j, the); ok {
		return end, tx, true
	}
	if w == wRecent || w == wUpcoming {
		return 0, Timex{}, false
	}
	if w == wThat && s.word(j) == wTime && !the {
		return s.timePhrase(j, false)
	}
	if s.word(j) == wFiscal {
		j++
	}
	if s.word(j) == wPeriod && w == wLatest && the {
		return j + 1, s.lastQuarter(), true
	}
	switch s.cat(j) {
	case catUnit:
		return s.relUnit(i, j, w, the)
	case catWeekday:
		return s.relWeekday(i, j, w)
	case catMonth:
		return s.relMonth(i, j, w)
	case catSeason:
		return s.relSeason(j, w)
	case catPart:
		return s.relPart(j, w, the)
	}
	return 0, Timex{}, false
}

// relStretch reads the stretch of time that a relative word w at j-1
// opens with a count or a plural unit: "the past two years" and "the next
// few days" are durations; "recent weeks", "the past months" and "the
// coming days" are vague references.
func (s *scan) relStretch(w, j int, the bool) (int, Timex, bool) {
	switch w {
	case wLast, wPast, wNext, wComing, wPrevious, wFollowing, wRecent, wUpcoming:
	default:
		return 0, Timex{}, false
	}
	if k, n, ok := s.count(j); ok && s.cat(k) == catUnit && (n != 1 || s.word(j) != wA) {
		plural := s.toks[k].lex.flags&fPlural != 0
		if plural || n == 1 {
			return k + 1, Timex{Type: Duration, Value: durValue(n, s.val(k)), Anchor: AnchorVague}, true
		}
	}
	if s.cat(j) != catUnit || s.toks[j].lex.flags&fPlural == 0 {
		return 0, Timex{}, false
	}
	switch w {
	case wRecent, wPast, wLast:
		if w != wRecent && !the {
			return 0, Timex{}, false
		}
		return j + 1, Timex{Type: Date, Value: "PAST_REF", Anchor: AnchorVague}, true
	case wComing, wNext, wFollowing, wUpcoming:
		if w == wNext && !the {
			return 0, Timex{}, false
		}
		return j + 1, Timex{Type: Date, Value: "FUTURE_REF", Anchor: AnchorVague}, true
	}
	return 0, Timex{}, false
}

// relUnit reads a relative word w at i (or before j) and the unit at j:
// "this week", "last month", "next year", "the previous day", "the same
// month", "that day".
func (s *scan) relUnit(i, j, w int, the bool) (int, Timex, bool) {
	if s.toks[j].lex.flags&fPlural != 0 || s.capital(j) && !s.allCaps(j) {
		return 0, Timex{}, false // a title: "This Week"
	}
	u := s.val(j)
	end := j + 1
	if u == uQuarter && s.cat(j-1) == catOrd {
		return 0, Timex{}, false
	}
	switch w {
	case wThis, wCurrent:
		if w == wCurrent && !the {
			return 0, Timex{}, false
		}
		return s.relThisUnit(i, end, u, w)
	case wLast, wPast, wLatest:
		if w == wPast && !the || s.word(i-1) == wThe && s.word(end) == wOf {
			return 0, Timex{}, false // "the last week of August": part of what follows
		}
		return s.relLastUnit(end, u, w, the)
	case wNext, wComing, wFollowing:
		return s.relNextUnit(end, u, w, the)
	case wPrevious:
		if !the {
			return 0, Timex{}, false
		}
		sh, ok := shiftOf(-1, u)
		if !ok {
			return 0, Timex{}, false
		}
		return end, s.eventDate(sh), true
	case wSame, wThat:
		if w == wSame && !the {
			return 0, Timex{}, false
		}
		if u == uDay || u == uWeek || u == uMonth || u == uYear || u == uQuarter {
			sh, _ := shiftOf(0, u)
			return end, s.eventDate(sh), true
		}
	}
	return 0, Timex{}, false
}

// relThisUnit reads "this week", "this weekend", "the current year"...
// ending at token end: the reference date's own unit, or in a history
// "this day", the day it is at.
func (s *scan) relThisUnit(i, end, u, w int) (int, Timex, bool) {
	if _, ok := s.storyDay(); ok && u == uDay && w == wThis {
		return end, s.eventDate(Shift{0, 'D'}), true // "referred to this day as"
	}
	tx := s.thisUnit(u)
	if tx.Value == "" {
		return 0, Timex{}, false
	}
	if u == uWeekend {
		tx.Value = s.weekend(s.future1(i, end), 0)
	}
	return end, tx, true
}

// relLastUnit reads "last week", "the past decade", "the latest quarter"
// ending at token end.
func (s *scan) relLastUnit(end, u, w int, the bool) (int, Timex, bool) {
	if the && (w == wLast && u != uWeek && u != uQuarter || u == uDecade || u == uCentury) {
		// "the past decade" too: the ten years up to now.
		// "the last year" is usually the year up to now.
		return end, Timex{Type: Duration, Value: durValue(1, u), Anchor: AnchorVague}, true
	}
	if u == uWeekend {
		return end, Timex{Type: Date, Value: s.weekend(false, -1), Anchor: AnchorRef}, true
	}
	if w == wLatest && u == uQuarter {
		return end, s.lastQuarter(), true
	}
	sh, ok := shiftOf(-1, u)
	if !ok {
		return 0, Timex{}, false
	}
	return end, Timex{Type: Date, Value: s.shifted(sh), Anchor: AnchorRef}, true
}

// relNextUnit reads "next week", "the coming month", "the following year",
// "the next day" ending at token end.
func (s *scan) relNextUnit(end, u, w int, the bool) (int, Timex, bool) {
	if _, _, _, story := s.narrative(); (w == wFollowing || w == wNext && (u == uDay || story)) && the {
		// "the following month"; "the next day"; in a history
		// "the next year" too, which news uses for the year
		// after the reference date.
		sh, ok := shiftOf(1, u)
		if !ok {
			return 0, Timex{}, false
		}
		return end, s.eventDate(sh), true
	}
	if w == wFollowing {
		return 0, Timex{}, false
	}
	if u == uWeekend {
		return end, Timex{Type: Date, Value: s.weekend(true, 1), Anchor: AnchorRef}, true
	}
	sh, ok := shiftOf(1, u)
	if !ok {
		return 0, Timex{}, false
	}
	return end, Timex{Type: Date, Value: s.shifted(sh), Anchor: AnchorRef}, true
}

// relWeekday reads a relative word w at i (or before j) and the weekday at
// j: "last Friday", "next Monday", "this Tuesday", "this Tuesday evening".
func (s *scan) relWeekday(i, j, w int) (int, Timex, bool) {
	if !s.capital(j) || s.toks[j].lex.flags&fPlural != 0 {
		return 0, Timex{}, false
	}
	if w == wFollowing && s.isApos(j+1) {
		return 0, Timex{}, false // "following Tuesday's raid": a preposition before a possessive
	}
	wd := s.val(j)
	end := j + 1
	var t time.Time
	switch w {
	case wLast, wPrevious, wPast:
		t = s.resolveWeekday(wd, false)
		if t.Equal(s.ref) {
			t = t.AddDate(0, 0, -7)
		}
	case wNext, wComing, wFollowing:
		t = s.resolveWeekday(wd, true)
	case wThis:
		t = s.resolveWeekday(wd, s.future1(i, end))
	default:
		return 0, Timex{}, false
	}
	tx := Timex{Type: Date, Value: day(t), Anchor: AnchorRef}
	if s.cat(end) == catPart && s.toks[end].lex.flags&fPlural == 0 {
		tx.Type = Time
		tx.Value += "T" + partCode[s.val(end)]
		end++
	}
	return end, tx, true
}

// relMonth reads a relative word w at i (or before j) and the month at j:
// "last August", "next March", "this June".
func (s *scan) relMonth(i, j, w int) (int, Timex, bool) {
	if !s.capital(j) || s.toks[j].lex.flags&fAbbr != 0 {
		return 0, Timex{}, false
	}
	m := s.val(j)
	y := s.ref.Year()
	rm := int(s.ref.Month())
	switch w {
	case wLast, wPast:
		if m >= rm-1 {
			y--
		}
	case wNext, wComing:
		if m <= rm {
			y++
		}
	case wThis:
		y = s.resolveMonth(m, s.tense(i, j+1))
	default:
		return 0, Timex{}, false
	}
	// "last December 17": the day after the month
	if k := j + 1; s.isNum(k) && s.toks[k].ndig <= 2 && s.toks[k].num >= 1 && s.toks[k].num <= daysIn(m, y) &&
		s.cat(k+1) != catUnit && !s.isPunct(k+1, '%') && s.word(k+1) != wPercent {
		return k + 1, Timex{Type: Date, Value: ymd(y, m, s.toks[k].num), Anchor: AnchorRef}, true
	}
	return j + 1, Timex{Type: Date, Value: ym(y, m), Anchor: AnchorRef}, true
}

// relSeason reads a relative word w and the season at j: "last winter",
// "next spring", "this summer".
func (s *scan) relSeason(j, w int) (int, Timex, bool) {
	se := s.val(j)
	dir := 0
	switch w {
	case wLast, wPast:
		dir = -1
	case wNext, wComing:
		dir = 1
	case wThis:
	default:
		return 0, Timex{}, false
	}
	var y int
	if dir == 0 {
		y = s.ref.Year()
		if se == 3 && s.ref.Month() < 3 {
			y--
		}
	} else {
		y = s.resolveSeason(se, false, dir)
	}
	return j + 1, Timex{Type: Date, Value: strconv.Itoa(y) + "-" + seasonCode[se], Anchor: AnchorRef}, true
}

// relPart reads a relative word w and the part of the day at j: "this
// morning", "last night", "the next morning", "that evening".
func (s *scan) relPart(j, w int, the bool) (int, Timex, bool) {
	if s.toks[j].lex.flags&fPlural != 0 {
		return 0, Timex{}, false
	}
	p := s.val(j)
	switch w {
	case wThis:
		return j + 1, Timex{Type: Time, Value: day(s.ref) + "T" + partCode[p], Anchor: AnchorRef}, true
	case wLast:
		if p == pNight || p == pEvening {
			return j + 1, Timex{Type: Time, Value: day(s.ref.AddDate(0, 0, -1)) + "T" + partCode[p], Anchor: AnchorRef}, true
		}
	case wNext, wFollowing:
		if the {
			return j + 1, Timex{Type: Time, Value: "XXXX-XX-XXT" + partCode[p], Anchor: AnchorEvent, Shift: Shift{1, 'D'}}, true
		}
	case wSame, wThat:
		return j + 1, Timex{Type: Time, Value: "XXXX-XX-XXT" + partCode[p], Anchor: AnchorEvent, Shift: Shift{0, 'D'}}, true
	}
	return 0, Timex{}, false
}

// thisUnit returns the reference date's own day, week, month, quarter or
// year as a DATE.
func (s *scan) thisUnit(u int) Timex {
	tx := Timex{Type: Date, Anchor: AnchorRef}
	switch u {
	case uDay:
		tx.Value = day(s.ref)
	case uWeek:
		tx.Value = isoWeek(s.ref)
	case uMonth:
		tx.Value = ym(s.ref.Year(), int(s.ref.Month()))
	case uQuarter:
		tx.Value = s.shifted(Shift{0, 'Q'})
	case uYear:
		tx.Value = strconv.Itoa(s.ref.Year())
	case uWeekend:
		tx.Value = isoWeek(s.ref) + "-WE"
	case uCentury:
		tx.Value = strconv.Itoa(s.ref.Year() / 100)
	case uDecade:
		tx.Value = strconv.Itoa(s.ref.Year() / 10)
	}
	return tx
}

// deictic reads today, tonight, yesterday, tomorrow and overnight, with an
// optional part of the day ("yesterday morning").
func (s *scan) deictic(i int) (int, Timex, bool) {
	t := s.ref
	switch s.word(i) {
	case wYesterday:
		t = t.AddDate(0, 0, -1)
	case wTomorrow:
		t = t.AddDate(0, 0, 1)
	case wTonight:
		return i + 1, Timex{Type: Time, Value: day(t) + "TNI", Anchor: AnchorRef}, true
	}
	tx := Timex{Type: Date, Value: day(t), Anchor: AnchorRef}
	j := i + 1
	if s.word(i) != wOvernight && s.cat(j) == catPart && s.toks[j].lex.flags&fPlural == 0 {
		tx.Type = Time
		tx.Value += "T" + partCode[s.val(j)]
		j++
	}
	return j, tx, true
}

// everyPhrase reads "every day", "each year", "every Monday", "each July",
// "every two years", "every last Wednesday of the month".
func (s *scan) everyPhrase(i int) (int, Timex, bool) {
	j := i + 1
	n := 1
	if k, c, ok := s.count(j); ok && s.word(j) != wA && c > 1 {
		n, j = c, k
	}
	if w := strings.ToLower(s.tokText(j)); (w == "last" || w == "first" || w == "second" || w == "third") && s.cat(j+1) == catWeekday && s.capital(j+1) {
		// "every last Wednesday of the month": a set, not last week's day
		end := j + 2
		if strings.EqualFold(s.tokText(end), "of") && s.word(end+1) == wThe && strings.EqualFold(s.tokText(end+2), "month") {
			end += 3
		}
		return end, Timex{Type: Set, Value: "XXXX-WXX-" + strconv.Itoa(s.val(j+1)), Anchor: AnchorVague}, true
	}
	switch s.cat(j) {
	case catUnit:
		return j + 1, Timex{Type: Set, Value: durValue(n, s.val(j)), Anchor: AnchorVague}, true
	case catWeekday:
		if s.capital(j) {
			return j + 1, Timex{Type: Set, Value: "XXXX-WXX-" + strconv.Itoa(s.val(j)), Anchor: AnchorVague}, true
		}
	case catMonth:
		if s.capital(j) && s.toks[j].lex.flags&fAbbr == 0 {
			return j + 1, Timex{Type: Set, Value: "XXXX-" + pad2(s.val(j)), Anchor: AnchorVague}, true
		}
	case catPart:
		return j + 1, Timex{Type: Set, Value: "XXXX-XX-XXT" + partCode[s.val(j)], Anchor: AnchorVague}, true
	}
	return 0, Timex{}, false
}

// withinPhrase reads "within days", "within a week", "within two months":
// a point a few units after the event the sentence continues.
func (s *scan) withinPhrase(i int) (int, Timex, bool) {
	j := i + 1
	n := -1
	if k, c, ok := s.count(j); ok {
		if c >= 0 {
			// "within two weeks": the duration is tagged on its own, and
			// countPhrase anchors it on the event.
			return 0, Timex{}, false
		}
		j = k
	}
	if s.cat(j) != catUnit || s.toks[j].lex.flags&fPlural == 0 {
		return 0, Timex{}, false
	}
	u := s.val(j)
	n = fewOf(u)
	sh, ok := shiftOf(n, u)
	if !ok {
		return 0, Timex{}, false
	}
	return j + 1, s.eventDate(sh), true
}

// thenPhrase reads "then" after "until", "since", "by", "from", "before",
// "after" or "back": the time of the event just told, dated by the latest
// date the text named, or a vague reference when there is none.
func (s *scan) thenPhrase(i int, the bool) (int, Timex, bool) {
	if the {
		return 0, Timex{}, false
	}
	switch w := s.word(i - 1); {
	case w == wIn && !strings.EqualFold(s.tokText(i-1), "in") && !strings.EqualFold(s.tokText(i-1), "on") &&
		!strings.EqualFold(s.tokText(i-1), "for"):
	case w == wBefore || w == wAfter || strings.EqualFold(s.tokText(i-1), "back"):
	default:
		return 0, Timex{}, false
	}
	tx := Timex{Type: Date, Value: s.vagueRef(i, i+1), Anchor: AnchorEvent, Shift: Shift{0, 'D'}}
	if v, ok := s.fromAnte(Shift{0, 'D'}); ok {
		tx.Value = v
	} else if v, ok := s.fromAnte(Shift{0, 'M'}); ok {
		tx.Value, tx.Shift = v, Shift{0, 'M'}
	} else if v, ok := s.fromAnte(Shift{0, 'Y'}); ok {
		tx.Value, tx.Shift = v, Shift{0, 'Y'}
	}
	return i + 1, tx, true
}

// timePhrase reads "the time" and "that time" after "at", "by", "since",
// "until", "during" or "from": the time of the event just told, given as
// a vague reference in the direction of the sentence's tense.
func (s *scan) timePhrase(i int, the bool) (int, Timex, bool) {
	det := i - 1
	if !the && s.word(det) != wThat || s.toks[i].lex.flags&fPlural != 0 {
		return 0, Timex{}, false
	}
	switch w := s.word(det - 1); {
	case w == wAt:
	case w == wIn && !strings.EqualFold(s.tokText(det-1), "in") && !strings.EqualFold(s.tokText(det-1), "on") &&
		!strings.EqualFold(s.tokText(det-1), "for"):
	default:
		return 0, Timex{}, false
	}
	if s.word(i+1) == wOf || s.word(i+1) == wWhen {
		return 0, Timex{}, false // "at the time of its founding"
	}
	return i + 1, Timex{Type: Date, Value: s.vagueRef(i, i+1), Anchor: AnchorVague}, true
}

// vagueRef returns PAST_REF, PRESENT_REF or FUTURE_REF by the tense of the
// expression at tokens [i, end); with no tense, the past.
func (s *scan) vagueRef(i, end int) string {
	switch s.tense(i, end) {
	case tenseFuture:
		return "FUTURE_REF"
	case tensePresent:
		return "PRESENT_REF"
	}
	return "PAST_REF"
}
