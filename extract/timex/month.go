package timex

import (
	"strconv"
	"strings"
)

// monthPhrase reads "May", "May 10", "May 10th, 2025", "Sept. 3", "July
// 1997", "March of 1996", "June last year".
func (s *scan) monthPhrase(i int) (int, Timex, bool) {
	if !s.capital(i) {
		return 0, Timex{}, false
	}
	m := s.val(i)
	j := i + 1
	abbr := s.toks[i].lex.flags&fAbbr != 0
	if abbr {
		if s.isPunct(j, '.') && s.adj(i) {
			j++
		} else if !s.isNum(j) {
			return 0, Timex{}, false
		}
		if s.allCaps(i) && !s.isNum(j) {
			return 0, Timex{}, false
		}
	}
	d, y := 0, 0
	if s.isNum(j) && s.toks[j].ndig <= 2 && s.toks[j].num >= 1 && s.toks[j].num <= 31 &&
		!(s.adj(j) && s.isPunct(j+1, '%')) {
		d = s.toks[j].num
		j++
		if s.adj(j-1) && s.toks[j].kind == tkWord && isOrdSuffix(s.tokText(j)) {
			j++
		}
		if s.isPunct(j, ',') && s.isYear(j+1) {
			y = s.toks[j+1].num
			j += 2
		} else if s.isYear(j) {
			y = s.toks[j].num
			j++
		}
	} else if s.isYear(j) {
		y = s.toks[j].num
		j++
	} else if s.isPunct(j, ',') && s.isYear(j+1) && !s.isNum(j+2) {
		y = s.toks[j+1].num
		j += 2
	} else if s.word(j) == wOf && s.isYear(j+1) {
		y = s.toks[j+1].num
		j += 2
	} else if yy, end, ok := s.spelledYear(j); ok && s.cat(j) == catNum {
		y, j = yy, end // "January nineteen ninety-seven"
	}
	if d == 0 && y == 0 && (m == 5 || m == 3) && !abbr {
		// "May" the verb, "March" the noun: need a date context.
		switch s.word(i - 1) {
		case wIn, wEarly, wLate, wMid, wLast, wNext, wThis, wOf, wBefore, wAfter, wTo:
		default:
			if !(s.isPunct(i-1, '-') && s.word(i-2) == wMid) {
				return 0, Timex{}, false
			}
		}
	}
	if d == 0 && y == 0 {
		// "June last year", "January this year"
		if s.cat(j+1) == catUnit && s.val(j+1) == uYear && s.toks[j+1].lex.flags&fPlural == 0 {
			switch s.word(j) {
			case wLast:
				return j + 2, Timex{Type: Date, Value: ym(s.ref.Year()-1, m), Anchor: AnchorRef}, true
			case wThis:
				return j + 2, Timex{Type: Date, Value: ym(s.ref.Year(), m), Anchor: AnchorRef}, true
			case wNext:
				return j + 2, Timex{Type: Date, Value: ym(s.ref.Year()+1, m), Anchor: AnchorRef}, true
			}
		}
	}
	if abbr && d == 0 && y == 0 {
		return 0, Timex{}, false
	}
	if d > 0 && d > daysIn(m, 2000) {
		return 0, Timex{}, false
	}
	tx := Timex{Type: Date, Anchor: AnchorAbsolute}
	switch {
	case d > 0 && y > 0:
		tx.Value = ymd(y, m, d)
	case d > 0:
		tx.Anchor = AnchorRef
		tx.Value = day(s.resolveDay(m, d, s.tense(i, j)))
	case y > 0:
		tx.Value = ym(y, m)
	default:
		tx.Anchor = AnchorRef
		tx.Value = ym(s.resolveMonth(m, s.tense(i, j)), m)
	}
	return j, tx, true
}

// rangeEnd reads the bare day that ends a range after the day-precision
// date tx ending at token end: "-10" in "May 7-10", "to 10" in "from May
// 7 to 10", "and 25" in "April 24 and 25", or the year after a year and a
// hyphen ("1914-1918"). It returns the token after it and that day in the
// same month and year (or that year).
func (s *scan) rangeEnd(end int, tx Timex) (int, Timex, bool) {
	if tx.Type == Date && len(tx.Value) == 4 && tx.Mod == "" && s.isPunct(end, '-') && s.adj(end-1) && s.adj(end) &&
		s.isYear(end+1) && !s.adj(end+1) {
		// "1914-1918"
		y, _ := strconv.Atoi(tx.Value)
		if y2 := s.toks[end+1].num; y2 > y && y2-y <= 100 && s.toks[end-1].kind == tkNum {
			tx.Value = strconv.Itoa(y2)
			return end + 2, tx, true
		}
	}
	if tx.Type != Date || len(tx.Value) != 10 || !isDigit(tx.Value[0]) {
		return 0, Timex{}, false
	}
	k := end
	switch {
	case s.isPunct(k, '-') && s.adj(k-1) && s.adj(k):
	case s.word(k) == wTo || s.word(k) == wAnd || strings.EqualFold(s.tokText(k), "through"):
	default:
		return 0, Timex{}, false
	}
	k++
	if !s.isNum(k) || s.toks[k].ndig > 2 {
		return 0, Timex{}, false
	}
	y, _ := strconv.Atoi(tx.Value[:4])
	m, _ := strconv.Atoi(tx.Value[5:7])
	d0, _ := strconv.Atoi(tx.Value[8:10])
	d := s.toks[k].num
	if d <= d0 || d > daysIn(m, y) {
		return 0, Timex{}, false
	}
	// Not a count or a time: "May 7 to 10 days", "May 7 and 10 p.m.".
	switch {
	case s.cat(k+1) == catUnit, s.cat(k+1) == catMonth, s.word(k+1) == wPercent, s.word(k+1) == wMoney,
		s.isPunct(k+1, '%'), s.isPunct(k+1, ':'), s.isNum(k + 1), s.adj(k) && s.toks[k+1].kind == tkWord && !isOrdSuffix(s.tokText(k+1)):
		return 0, Timex{}, false
	}
	if _, ok := s.meridiem(k + 1); ok {
		return 0, Timex{}, false
	}
	tx.Value = ymd(y, m, d)
	return k + 1, tx, true
}
