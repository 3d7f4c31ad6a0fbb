package timex

import (
	"strconv"
	"strings"
	"time"
)

// weekdayPhrase reads "Friday", "Friday morning", "Monday, Oct. 26",
// "Mondays".
func (s *scan) weekdayPhrase(i int) (int, Timex, bool) {
	if !s.capital(i) {
		return 0, Timex{}, false
	}
	wd := s.val(i)
	if s.toks[i].lex.flags&fPlural != 0 {
		v := "XXXX-WXX-" + strconv.Itoa(wd)
		j := i + 1
		if s.cat(j) == catPart {
			v += "T" + partCode[s.val(j)]
			j++
		}
		return j, Timex{Type: Set, Value: v, Anchor: AnchorVague}, true
	}
	j := i + 1
	k := j
	if s.isPunct(k, ',') {
		k++
	}
	if s.cat(k) == catMonth {
		if end, tx, ok := s.monthPhrase(k); ok && len(tx.Value) == 10 {
			if tx.Anchor == AnchorRef {
				tx.Value = s.matchWeekday(tx.Value, wd)
			}
			return end, tx, true
		}
	}
	// A weekday in a present-tense clause lies ahead: "they meet Monday".
	te := s.tense(i, j)
	possessive := s.isApos(j) && s.adj(i) && strings.EqualFold(s.tokText(j+1), "s")
	if possessive {
		// "Wednesday's ruling" names what has happened, even in reported
		// future ("would look for ways around Wednesday's ruling")
		te = tensePast
	}
	t := s.resolveWeekday(wd, te == tenseFuture || te == tensePresent)
	if int(s.ref.Weekday()) == wd%7 {
		t = s.ref // a bare weekday that is the reference date's own is that date
	}
	v := day(t)
	switch told := s.weekdays[wd%8]; {
	case told != "" && (possessive || te == tenseNone):
		v = told // the day this text already gave the weekday
	case te != tenseNone && !possessive:
		s.weekdays[wd%8] = v
	}
	tx := Timex{Type: Date, Value: v, Anchor: AnchorRef}
	if s.cat(j) == catPart && s.toks[j].lex.flags&fPlural == 0 {
		tx.Type = Time
		tx.Value += "T" + partCode[s.val(j)]
		j++
	}
	return j, tx, true
}

// matchWeekday returns the date with v's month and day that falls on
// weekday wd (Monday 1) in the year nearest the reference date, or v when
// none of the three nearest years does: "Monday, Oct. 26" written in
// 1998 is 1998-10-26 whatever the tense.
func (s *scan) matchWeekday(v string, wd int) string {
	t, err := time.Parse("2006-01-02", v)
	if err != nil {
		return v
	}
	best, bestDist := v, time.Duration(-1)
	for y := s.ref.Year() - 1; y <= s.ref.Year()+1; y++ {
		c := time.Date(y, t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
		if c.Month() != t.Month() || int(c.Weekday()) != wd%7 {
			continue
		}
		d := c.Sub(s.ref)
		if d < 0 {
			d = -d
		}
		if bestDist < 0 || d < bestDist {
			best, bestDist = day(c), d
		}
	}
	return best
}
