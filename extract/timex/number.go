package timex

import (
	"strconv"
	"strings"
)

// numberPhrase reads expressions that start with digits: years ("1990",
// "1990 invasion"), decades ("1990s"), ISO dates, "10 May 2025", clock
// times ("10:35 a.m."), and counts of units ("24 hours").
func (s *scan) numberPhrase(i int, the bool) (int, Timex, bool) {
	tk := s.toks[i]
	// A number inside a longer figure: "3-2", "555-1990", "1.5".
	if s.adj(i-1) && (s.isPunct(i-1, '-') || s.isPunct(i-1, '/') || s.isPunct(i-1, '$') || s.isPunct(i-1, '.')) && s.isNum(i-2) {
		return 0, Timex{}, false
	}
	if s.isPunct(i-1, '$') || s.isPunct(i-1, '#') {
		return 0, Timex{}, false
	}
	if end, tx, ok := s.clockPhrase(i); ok {
		return end, tx, true
	}
	if tk.num < 0 {
		return 0, Timex{}, false
	}
	// ISO date 2025-05-10.
	if tk.ndig == 4 && s.adj(i) && s.isPunct(i+1, '-') && s.adj(i+1) && s.isNum(i+2) && s.toks[i+2].ndig == 2 &&
		s.adj(i+2) && s.isPunct(i+3, '-') && s.adj(i+3) && s.isNum(i+4) && s.toks[i+4].ndig == 2 {
		y, m, d := tk.num, s.toks[i+2].num, s.toks[i+4].num
		if m >= 1 && m <= 12 && d >= 1 && d <= daysIn(m, y) && !(s.adj(i+4) && s.isPunct(i+5, '-')) {
			return i + 5, Timex{Type: Date, Value: ymd(y, m, d), Anchor: AnchorAbsolute}, true
		}
		return 0, Timex{}, false
	}
	// Numeric dates 12/25/2024 and 25/12/2024, read only when the order
	// is plain: one of the two numbers is above 12, or both are equal.
	// "5/10/2025" is May 10 in the US and 5 October elsewhere, so it is
	// left alone.
	if tk.ndig <= 2 && s.adj(i) && s.isPunct(i+1, '/') && s.adj(i+1) && s.isNum(i+2) && s.adj(i+2) &&
		s.isPunct(i+3, '/') && s.adj(i+3) && s.isNum(i+4) && s.toks[i+4].ndig == 4 {
		a, b, y := tk.num, s.toks[i+2].num, s.toks[i+4].num
		m, d := a, b
		if a > 12 {
			m, d = b, a
		} else if b <= 12 && a != b {
			return 0, Timex{}, false
		}
		if m >= 1 && m <= 12 && d >= 1 && d <= daysIn(m, y) {
			return i + 5, Timex{Type: Date, Value: ymd(y, m, d), Anchor: AnchorAbsolute}, true
		}
		return 0, Timex{}, false
	}
	// Day before month: "10 May 2025", "10th of May".
	if tk.ndig <= 2 && tk.num >= 1 && tk.num <= 31 && !the {
		j := i + 1
		if s.adj(i) && s.toks[j].kind == tkWord && isOrdSuffix(s.tokText(j)) {
			j++
			if s.word(j) == wOf {
				j++
			}
		}
		if s.cat(j) == catMonth && s.capital(j) {
			m := s.val(j)
			k := j + 1
			if s.toks[j].lex.flags&fAbbr != 0 && s.isPunct(k, '.') && s.adj(j) {
				k++
			}
			if tk.num <= daysIn(m, 2000) {
				if s.isYear(k) {
					return k + 1, Timex{Type: Date, Value: ymd(s.toks[k].num, m, tk.num), Anchor: AnchorAbsolute}, true
				}
				return k, Timex{Type: Date, Value: day(s.resolveDay(m, tk.num, s.tense(i, k))), Anchor: AnchorRef}, true
			}
		}
	}
	// "the 20th century"
	if tk.ndig <= 2 && tk.num >= 1 && s.adj(i) && s.toks[i+1].kind == tkWord && isOrdSuffix(s.tokText(i+1)) &&
		s.cat(i+2) == catUnit && s.val(i+2) == uCentury && s.toks[i+2].lex.flags&fPlural == 0 {
		return i + 3, Timex{Type: Date, Value: pad2(tk.num - 1), Anchor: AnchorAbsolute}, true
	}
	if tk.ndig == 4 && the && !(s.cat(i+1) == catUnit && s.val(i+1) == uQuarter || s.word(i+1) == wPeriod || s.cat(i+1) == catOrd) {
		// "the 1990s", "the 1990 invasion": TimeML leaves "the" out.
		return 0, Timex{}, false
	}
	if tk.ndig == 4 {
		if s.adj(i) && s.toks[i+1].kind == tkWord && strings.EqualFold(s.tokText(i+1), "s") && tk.num%10 == 0 {
			return i + 2, Timex{Type: Date, Value: strconv.Itoa(tk.num / 10), Anchor: AnchorAbsolute}, true
		}
		if s.adj(i) && s.isApos(i+1) && s.adj(i+1) && strings.EqualFold(s.tokText(i+2), "s") && tk.num%10 == 0 {
			return i + 3, Timex{Type: Date, Value: strconv.Itoa(tk.num / 10), Anchor: AnchorAbsolute}, true
		}
		if s.yearContext(i) {
			return i + 1, Timex{Type: Date, Value: strconv.Itoa(tk.num), Anchor: AnchorAbsolute}, true
		}
		return 0, Timex{}, false
	}
	return s.countPhrase(i, the)
}

// yearContext reports whether the four-digit number at i is a year rather
// than a count, an amount or part of a code.
func (s *scan) yearContext(i int) bool {
	if !s.isYear(i) {
		return false
	}
	y := s.toks[i].num
	if s.adj(i) && (s.isPunct(i+1, '-') || s.isPunct(i+1, '/')) && s.isNum(i+2) && s.toks[i+2].ndig != 2 && s.toks[i+2].ndig != 4 {
		return false // 1990-1 score, phone number
	}
	if s.adj(i) && s.toks[i+1].kind == tkWord {
		return false // 1990s handled by the caller; 2000m, 1200GB
	}
	if (s.word(i+1) == wTo || s.isPunct(i+1, '-')) && s.isNum(i+2) {
		// "1998 to 1020": a vote count, unless both are years of a range.
		if o := s.toks[i+2].num; s.toks[i+2].ndig == 4 && (o-y > 100 || y-o > 100) {
			return false
		}
	}
	switch s.word(i + 1) {
	case wMoney, wCountNoun, wPercent:
		return false
	}
	if s.pluralNoun(i + 1) {
		return false // "2000 troops": a count of a plural noun
	}
	if w := s.word(i - 1); (w == wTo || w == wAnd || w == wOr) && s.isNum(i-2) {
		if o := s.toks[i-2].num; o-y > 100 || y-o > 100 {
			return false // "2019 to 1500"
		}
		if !s.yearContext(i - 2) {
			return false // "carried 1205 to 1190": a count like the first
		}
	}
	prev := s.word(i - 1)
	switch prev {
	case wNumberWord, wThan, wLeast, wAbout, wOver, wUnder, wNo:
		return false
	case wIn, wOf, wFiscal, wEarly, wLate, wMid, wEnd, wAnd, wOr, wTo, wBefore, wAfter:
		return y >= 1000
	}
	if s.cat(i-1) == catNum || s.isNum(i-1) || s.cat(i-1) == catSeason {
		return s.cat(i-1) == catSeason
	}
	if y < 1900 || y > 2050 {
		return false
	}
	return true
}

// spelledYear reads a year in words, as broadcast transcripts write it:
// "nineteen ninety-six", "nineteen eighty".
func (s *scan) spelledYear(i int) (int, int, bool) {
	if s.cat(i) != catNum {
		return 0, 0, false
	}
	c := s.val(i)
	if c < 11 || c > 20 || s.cat(i+1) != catNum {
		return 0, 0, false
	}
	t := s.val(i + 1)
	if t < 20 || t%10 != 0 || t > 90 || s.toks[i+1].lex.flags&fMult != 0 {
		return 0, 0, false
	}
	y, end := c*100+t, i+2
	if s.isPunct(end, '-') && s.adj(end-1) && s.cat(end+1) == catNum && s.val(end+1) < 10 && s.val(end+1) > 0 {
		y += s.val(end + 1)
		end += 2
	}
	if s.cat(end) == catUnit {
		return 0, 0, false
	}
	return y, end, true
}

// aposDecade reads "'80s" and "the '90s".
func (s *scan) aposDecade(i int) (int, Timex, bool) {
	if !(s.adj(i) && s.isNum(i+1) && s.toks[i+1].ndig == 2 && s.toks[i+1].num%10 == 0 && s.adj(i+1)) {
		return 0, Timex{}, false
	}
	j := i + 2
	if s.isApos(j) && s.adj(j) {
		j++
	}
	if !strings.EqualFold(s.tokText(j), "s") {
		return 0, Timex{}, false
	}
	n := s.toks[i+1].num
	c := 19
	if n <= s.ref.Year()%100 && s.ref.Year() >= 2000 {
		c = 20
	}
	return j + 1, Timex{Type: Date, Value: strconv.Itoa(c) + strconv.Itoa(n/10), Anchor: AnchorAbsolute}, true
}
