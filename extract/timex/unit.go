package timex

import (
	"strconv"
	"strings"
	"time"
)

// unitPhrase reads expressions that start with a unit word: "the year",
// "the quarter", "the weekend", "the week", "year-end", "year-earlier",
// "the day before", and bare plurals after "for"/"within"/"over"
// ("for years").
func (s *scan) unitPhrase(i int, the bool) (int, Timex, bool) {
	u := s.val(i)
	plural := s.toks[i].lex.flags&fPlural != 0
	j := i + 1
	if s.isPunct(j, '-') && s.adj(i) && s.adj(j) && strings.EqualFold(s.tokText(j+1), "long") && !s.capital(i) {
		// "day-long", "decades-long"
		n := 1
		if plural {
			n = -1
		}
		return j + 2, Timex{Type: Duration, Value: durValue(n, u), Anchor: AnchorVague}, true
	}
	if u == uYear && !plural {
		if end, tx, ok := s.yearCompound(i); ok {
			return end, tx, true
		}
	}
	if !the {
		return s.bareUnits(i, u, plural)
	}
	if plural {
		return 0, Timex{}, false
	}
	// "the day before", "the week after"
	if w := s.word(j); (w == wBefore || w == wAfter || w == wEarlier || w == wLater) && s.clauseEnd(j+1) {
		n := 1
		if w == wBefore || w == wEarlier {
			n = -1
		}
		if sh, ok := shiftOf(n, u); ok {
			return j + 1, s.eventDate(sh), true
		}
	}
	return s.theUnit(i, u)
}

// yearCompound reads "year" at i in a compound: "year-end", "year's end",
// "year end" (the end of the reference year), "year-earlier" and "year-ago"
// with an optional "quarter" or "period" (the latest quarter, a year
// before).
func (s *scan) yearCompound(i int) (int, Timex, bool) {
	j := i + 1
	k := j
	if s.isPunct(k, '-') && s.adj(k-1) {
		k++
	} else if s.isApos(k) && strings.EqualFold(s.tokText(k+1), "s") {
		k += 2
	}
	if s.word(k) == wEnd && s.word(k+1) != wOf {
		return k + 1, Timex{Type: Date, Value: strconv.Itoa(s.ref.Year()), Mod: "END", Anchor: AnchorRef}, true
	}
	// "year-earlier", "year-ago" (+ "quarter", "period"): the latest
	// quarter's, a year before.
	if !(s.isPunct(j, '-') && s.adj(i) && (s.word(j+1) == wEarlier || s.word(j+1) == wAgo)) {
		return 0, Timex{}, false
	}
	q := s.lastQuarter()
	q.Value = shiftYear(q.Value, -1)
	k = j + 2
	if s.cat(k) == catOrd && s.word(k+1) == wNone && s.cat(k+1) == catUnit && s.val(k+1) == uQuarter {
		n := s.val(k)
		if n >= 1 && n <= 4 {
			q.Value = strconv.Itoa(s.ref.Year()-1) + "-Q" + strconv.Itoa(n)
		}
		k += 2
	} else if (s.cat(k) == catUnit && s.val(k) == uQuarter) || strings.EqualFold(s.tokText(k), "period") {
		k++
	}
	return k, q, true
}

// bareUnits reads a plural unit u at i without "the": "for years",
// "within days", "days later", "years ago".
func (s *scan) bareUnits(i, u int, plural bool) (int, Timex, bool) {
	j := i + 1
	if plural && s.word(i-1) == wIn && !strings.EqualFold(s.tokText(i-1), "in") && !strings.EqualFold(s.tokText(i-1), "on") && u >= uHour {
		// "for years", "within days", "over months"
		return j, Timex{Type: Duration, Value: durValue(-1, u), Anchor: AnchorVague}, true
	}
	if plural && (s.word(j) == wLater || s.word(j) == wEarlier) && u >= uDay {
		sh, ok := shiftOf(fewOf(u), u)
		if ok {
			if s.word(j) == wEarlier {
				sh.N = -sh.N
			}
			return j + 1, s.eventDate(sh), true
		}
	}
	if plural && s.word(j) == wAgo {
		return j + 1, Timex{Type: Date, Value: "PAST_REF", Anchor: AnchorVague}, true
	}
	return 0, Timex{}, false
}

// theUnit reads "the" and the singular unit u at i: "the year", "the year
// 2000", "the quarter", "the weekend", "the week", "the week of March 6".
func (s *scan) theUnit(i, u int) (int, Timex, bool) {
	j := i + 1
	switch u {
	case uYear:
		if s.isYear(j) {
			// "the year 2000"
			return j + 1, Timex{Type: Date, Value: strconv.Itoa(s.toks[j].num), Anchor: AnchorAbsolute}, true
		}
		if k, n, ok := s.count(j); ok && n >= 1000 && n <= 2099 && s.cat(j) == catNum {
			// "the year two thousand"
			return k, Timex{Type: Date, Value: strconv.Itoa(n), Anchor: AnchorAbsolute}, true
		}
		if s.word(j) == wBefore || s.word(j) == wAfter || s.word(j) == wOf {
			return 0, Timex{}, false
		}
		if w := strings.ToLower(s.tokText(j)); w == "ended" || w == "ending" {
			// "the year ended July 2": a fiscal year, a duration.
			return j, Timex{Type: Duration, Value: "P1Y", Anchor: AnchorVague}, true
		}
		return j, Timex{Type: Date, Value: strconv.Itoa(s.ref.Year()), Anchor: AnchorRef}, true
	case uQuarter:
		if s.word(j) == wOf {
			return 0, Timex{}, false
		}
		return j, s.lastQuarter(), true
	case uWeekend:
		return j, Timex{Type: Date, Value: s.weekend(s.future1(i, j), 0), Anchor: AnchorRef}, true
	case uWeek:
		if s.word(j) == wOf && s.cat(j+1) == catMonth {
			// "the week of March 6"
			if end, tx, ok := s.monthPhrase(j + 1); ok && len(tx.Value) == 10 {
				if t, err := time.Parse("2006-01-02", tx.Value); err == nil {
					tx.Value = isoWeek(t)
					return end, tx, true
				}
			}
		}
		if s.word(j) == wOf || s.word(j) == wBefore || s.word(j) == wAfter {
			return 0, Timex{}, false
		}
		return j, Timex{Type: Date, Value: isoWeek(s.ref), Anchor: AnchorRef}, true
	}
	return 0, Timex{}, false
}

// yearQuarter extends a year with the quarter or period that follows it:
// "this year's third quarter", "the 1988 period", "last year's quarter".
func (s *scan) yearQuarter(end int, tx Timex) (int, Timex) {
	j := end
	if s.isApos(j) && strings.EqualFold(s.tokText(j+1), "s") {
		j += 2
	}
	if s.cat(j) == catOrd && s.val(j) >= 1 && s.val(j) <= 4 {
		k := j + 1
		if s.isPunct(k, '-') && s.adj(j) {
			k++
		}
		if s.cat(k) == catUnit && s.val(k) == uQuarter && s.toks[k].lex.flags&fPlural == 0 {
			tx.Value += "-Q" + strconv.Itoa(s.val(j))
			return k + 1, tx
		}
		return end, tx
	}
	if s.cat(j) == catUnit && s.val(j) == uQuarter && s.toks[j].lex.flags&fPlural == 0 || s.word(j) == wPeriod {
		q := s.lastQuarter().Value
		tx.Value += q[4:]
		return j + 1, tx
	}
	return end, tx
}

// lastQuarter is "the quarter" of a financial report: the latest quarter
// that ended before the reference date.
func (s *scan) lastQuarter() Timex {
	return Timex{Type: Date, Value: s.shifted(Shift{-1, 'Q'}), Anchor: AnchorRef}
}

// weekend returns the value of a weekend: dir 0 reads by tense (the latest
// weekend in the past, the next in the future), -1 is "last", +1 "next".
func (s *scan) weekend(future bool, dir int) string {
	rw := int(s.ref.Weekday())
	var sat time.Time
	switch {
	case dir == 0 && (rw == 6 || rw == 0):
		sat = s.ref.AddDate(0, 0, -((rw + 1) % 7))
	case dir > 0 || dir == 0 && future:
		sat = s.ref.AddDate(0, 0, (6-rw+7)%7)
		if rw == 6 || rw == 0 {
			sat = sat.AddDate(0, 0, 7)
		}
	default:
		d := (rw - 6 + 7) % 7
		if d == 0 {
			d = 7
		}
		sat = s.ref.AddDate(0, 0, -d)
		if dir < 0 && (rw == 0) {
			sat = sat.AddDate(0, 0, -7)
		}
	}
	return isoWeek(sat) + "-WE"
}

// ordinalPhrase reads "the third quarter", "third-quarter", "the first
// half of 1998", "the 20th century", "the first nine months".
func (s *scan) ordinalPhrase(i int, the bool) (int, Timex, bool) {
	n := s.val(i)
	j := i + 1
	if s.isPunct(j, '-') && s.adj(i) {
		j++
	}
	if s.word(j) == wFiscal {
		j++
	}
	if s.word(j) == wHalf && (n == 1 || n == 2) {
		j++
		y := s.ref.Year()
		anchor := AnchorRef
		if s.word(j) == wOf && s.isYear(j+1) {
			y, anchor = s.toks[j+1].num, AnchorAbsolute
			j += 2
		}
		return j, Timex{Type: Date, Value: strconv.Itoa(y) + "-H" + strconv.Itoa(n), Anchor: anchor}, true
	}
	if s.cat(j) == catUnit && !(s.toks[j].lex.flags&fPlural != 0) {
		switch s.val(j) {
		case uQuarter:
			if n < 1 || n > 4 {
				return 0, Timex{}, false
			}
			j++
			if s.word(j) == wOf && s.isYear(j+1) {
				return j + 2, Timex{Type: Date, Value: strconv.Itoa(s.toks[j+1].num) + "-Q" + strconv.Itoa(n), Anchor: AnchorAbsolute}, true
			}
			y := s.ref.Year()
			rq := (int(s.ref.Month())-1)/3 + 1
			// Results come out after their quarter: "will report
			// third-quarter results" in October is this year's third
			// quarter; only a quarter two or more back is next year's.
			if !s.future1(i, j) && n > rq {
				y--
			} else if s.future1(i, j) && n < rq-1 {
				y++
			}
			return j, Timex{Type: Date, Value: strconv.Itoa(y) + "-Q" + strconv.Itoa(n), Anchor: AnchorRef}, true
		case uCentury:
			return j + 1, Timex{Type: Date, Value: strconv.Itoa(n - 1), Anchor: AnchorAbsolute}, true
		}
	}
	// "the first nine months"
	if the && (n == 1 || n == 2) {
		if k, c, ok := s.count(j); ok && c > 1 && s.cat(k) == catUnit && s.toks[k].lex.flags&fPlural != 0 {
			return k + 1, Timex{Type: Duration, Value: durValue(c, s.val(k)), Anchor: AnchorVague}, true
		}
	}
	// "the 20th century" written with digits is read by numberPhrase.
	return 0, Timex{}, false
}
