package timex

import (
	"strings"
	"time"
)

// holiday reads "Christmas", "Christmas Eve", "Christmas Day",
// "Thanksgiving", "New Year's Day", "New Year's Eve", "Easter", "Easter
// Sunday", "Easter week", "Election Day", "Labor Day", "Memorial Day",
// "Independence Day", "Halloween" and "Valentine's Day", with an optional
// year after it. Without one, the year is the sentence's tense: the latest
// such day in the past, the next in the future (see resolveHoliday). The
// US dates are used for Thanksgiving, Election, Labor and Memorial Day.
func (s *scan) holiday(i int) (int, Timex, bool) {
	if !s.capital(i) {
		return 0, Timex{}, false
	}
	j, at, week, ok := s.holidayName(i)
	if !ok {
		return 0, Timex{}, false
	}
	var t time.Time
	anchor := AnchorRef
	if s.isYear(j) {
		t, anchor = at(s.toks[j].num), AnchorAbsolute
		j++
	} else {
		t = s.resolveHoliday(at, s.tense(i, j))
	}
	if week {
		return j, Timex{Type: Date, Value: isoWeek(t), Anchor: anchor}, true
	}
	return j, Timex{Type: Date, Value: day(t), Anchor: anchor}, true
}

// holidayName reads the name of a holiday at i and returns the token after
// it, the holiday's date in a given year, and whether it names the week
// ("Easter week") rather than the day.
func (s *scan) holidayName(i int) (j int, at func(y int) time.Time, week, ok bool) {
	j = i + 1
	dayWord := func(k int) bool {
		return s.cat(k) == catUnit && s.val(k) == uDay && s.capital(k) && s.toks[k].lex.flags&fPlural == 0
	}
	fixed := func(m, d int) func(int) time.Time {
		return func(y int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	}
	switch s.word(i) {
	case wChristmas:
		at = fixed(12, 25)
		if s.word(j) == wEve && s.capital(j) {
			at = fixed(12, 24)
			j++
		} else if dayWord(j) {
			j++
		}
	case wNew:
		if !(s.cat(j) == catUnit && s.val(j) == uYear && s.capital(j) && s.isApos(j+1) && strings.EqualFold(s.tokText(j+2), "s")) {
			return 0, nil, false, false
		}
		j += 3
		at = fixed(1, 1)
		if s.word(j) == wEve && s.capital(j) {
			at = fixed(12, 31)
			j++
		} else if dayWord(j) {
			j++
		} else {
			return 0, nil, false, false
		}
	case wThanksgiving:
		if dayWord(j) {
			j++
		}
		at = func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4) }
	case wEaster:
		at = easter
		switch {
		case s.cat(j) == catWeekday && s.capital(j) && s.val(j) == 7:
			j++
		case s.cat(j) == catWeekday && s.capital(j) && s.val(j) == 1:
			at = func(y int) time.Time { return easter(y).AddDate(0, 0, 1) }
			j++
		case s.cat(j) == catUnit && s.val(j) == uWeek && s.toks[j].lex.flags&fPlural == 0:
			week = true
			j++
		}
	case wHalloween:
		at = fixed(10, 31)
	case wValentine:
		if !(s.isApos(j) && strings.EqualFold(s.tokText(j+1), "s") && dayWord(j+2)) {
			return 0, nil, false, false
		}
		j += 3
		at = fixed(2, 14)
	case wElection, wLabor, wMemorial, wIndependence:
		if !dayWord(j) {
			return 0, nil, false, false
		}
		j++
		switch s.word(i) {
		case wElection: // the Tuesday after the first Monday of November
			at = func(y int) time.Time { return nthWeekday(y, 11, time.Monday, 1).AddDate(0, 0, 1) }
		case wLabor: // the first Monday of September
			at = func(y int) time.Time { return nthWeekday(y, 9, time.Monday, 1) }
		case wMemorial: // the last Monday of May
			at = func(y int) time.Time { return nthWeekday(y, 5, time.Monday, 5) }
		default:
			at = fixed(7, 4)
		}
	default:
		return 0, nil, false, false
	}
	return j, at, week, true
}

// nthWeekday returns the nth weekday wd of month m in year y; n = 5 is the
// last one.
func nthWeekday(y, m int, wd time.Weekday, n int) time.Time {
	t := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	t = t.AddDate(0, 0, (int(wd)-int(t.Weekday())+7)%7+7*(n-1))
	for t.Month() != time.Month(m) {
		t = t.AddDate(0, 0, -7)
	}
	return t
}

// easter returns the date of Western Easter Sunday in year y (the
// anonymous Gregorian algorithm).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), dd, 0, 0, 0, 0, time.UTC)
}
