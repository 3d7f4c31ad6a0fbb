package timex

import (
	"strconv"
	"strings"
)

// clockPhrase reads "10 a.m.", "10:35 p.m. EST", "noon", "midnight
// Friday", "5 p.m., Nov. 6". The date comes from a weekday or date right
// after, else it is the reference date.
func (s *scan) clockPhrase(i int) (int, Timex, bool) {
	h, m := -1, 0
	j := i
	switch s.word(i) {
	case wNoon:
		h, j = 12, i+1
	case wMidnight:
		h, j = 24, i+1
	default:
		if s.toks[i].kind != tkNum {
			return 0, Timex{}, false
		}
		w := s.tokText(i)
		if k := strings.IndexByte(w, ':'); k > 0 {
			hh, e1 := strconv.Atoi(w[:k])
			mm, e2 := strconv.Atoi(w[k+1:])
			if e1 != nil || e2 != nil || hh > 24 || mm > 59 || len(w)-k != 3 {
				return 0, Timex{}, false
			}
			h, m = hh, mm
		} else if s.toks[i].num >= 1 && s.toks[i].num <= 12 && s.toks[i].ndig <= 2 {
			h = s.toks[i].num
		} else {
			return 0, Timex{}, false
		}
		j = i + 1
		pm, ok := s.meridiem(j)
		if ok {
			j = s.afterMeridiem(j)
			if h > 12 {
				return 0, Timex{}, false
			}
			if pm && h < 12 {
				h += 12
			} else if !pm && h == 12 {
				h = 0
			}
		} else if k, part := s.dayPartAfter(j); part != pNone && h <= 12 && !strings.Contains(w, ":") &&
			(s.word(i-1) == wAt || s.word(i-1) == wAbout || s.word(i-1) == wIn && !strings.EqualFold(s.tokText(i-1), "in")) {
			// "at 4 in the morning", "until 10 at night"
			switch {
			case part == pMorning && h == 12:
				h = 0
			case part == pAfternoon || part == pEvening:
				if h < 12 {
					h += 12
				}
			case part == pNight && h >= 6 && h < 12:
				h += 12
			}
			j = k
		} else if !strings.Contains(w, ":") || s.word(i-1) != wAt {
			return 0, Timex{}, false
		}
	}
	if s.cat(j) == catZone && s.allCaps(j) {
		j++
	}
	date := day(s.ref)
	anchor := AnchorRef
	if d, ok := s.storyDay(); ok {
		date, anchor = d, AnchorEvent
	}
	k := j
	if s.isPunct(k, '(') {
		// "3 p.m. (2000 GMT) Tuesday": the same moment in another zone
		for e := k + 1; e < len(s.toks) && e <= k+4; e++ {
			if s.isPunct(e, ')') {
				if s.cat(e+1) == catWeekday || s.cat(e+1) == catMonth {
					k = e + 1
				}
				break
			}
		}
	}
	if (s.isPunct(k, ',') || strings.EqualFold(s.tokText(k), "on")) && (s.cat(k+1) == catWeekday || s.cat(k+1) == catMonth) {
		k++ // "5 p.m., Nov. 6", "11 a.m. on 11 November 1918"
	}
	switch {
	case s.cat(k) == catWeekday:
		if end, tx, ok := s.weekdayPhrase(k); ok && tx.Type == Date {
			date, j, anchor = tx.Value, end, tx.Anchor
		}
	case s.cat(k) == catMonth:
		if end, tx, ok := s.monthPhrase(k); ok && len(tx.Value) == 10 {
			date, j, anchor = tx.Value, end, tx.Anchor
		}
	case s.word(k) == wToday || s.word(k) == wYesterday || s.word(k) == wTomorrow:
		if end, tx, ok := s.deictic(k); ok {
			date, j = tx.Value, end
		}
	}
	v := date + "T" + pad2(h) + ":" + pad2(m)
	return j, Timex{Type: Time, Value: v, Anchor: anchor}, true
}

// dayPartAfter reads "in the morning", "in the afternoon", "in the
// evening" or "at night" at i and returns the token after it and the part
// of the day, or pNone.
func (s *scan) dayPartAfter(i int) (int, int) {
	switch {
	case strings.EqualFold(s.tokText(i), "in") && s.word(i+1) == wThe && s.cat(i+2) == catPart && s.toks[i+2].lex.flags&fPlural == 0:
		return i + 3, s.val(i + 2)
	case s.word(i) == wAt && s.cat(i+1) == catPart && s.val(i+1) == pNight && s.toks[i+1].lex.flags&fPlural == 0:
		return i + 2, pNight
	}
	return i, pNone
}

// meridiem reads "a.m.", "p.m.", "am", "pm" at token i.
func (s *scan) meridiem(i int) (pm, ok bool) {
	w := strings.ToLower(s.tokText(i))
	switch w {
	case "am":
		return false, true
	case "pm":
		return true, true
	case "a", "p":
		if s.adj(i) && s.isPunct(i+1, '.') && s.adj(i+1) && strings.EqualFold(s.tokText(i+2), "m") {
			return w == "p", true
		}
	}
	return false, false
}

// afterMeridiem returns the token after the meridiem at i.
func (s *scan) afterMeridiem(i int) int {
	if len(s.tokText(i)) == 2 {
		return i + 1
	}
	j := i + 3
	if s.adj(j-1) && s.isPunct(j, '.') {
		// The final period is part of "a.m."; leave it when it also ends
		// the sentence, as TimeML does.
		if j+1 < len(s.toks) {
			j++
		}
	}
	return j
}
