package timex

import (
	"strconv"
	"strings"
	"time"
)

// story is the story time of a text, kept across its sentences: whether
// it is news or a history, and the latest date it named.
type story struct {
	// ante is the value of the latest expression of the text that names
	// a calendar date, month or year ("" before the first): what "that
	// day", "the following year" and "then" count from.
	ante string
	// sent is the index of the sentence being tagged, anteSent that of
	// the sentence ante comes from.
	sent, anteSent int
	// news is set once the text has used a word that counts from the
	// reference date ("yesterday", "Tuesday", "last week") before it named
	// historyDates dates with a year at least three years before it
	// (oldDates counts those): it is news, not a history, and bare months
	// keep to the reference date. A history that has set its scene and
	// later quotes someone's "today" stays a history.
	news     bool
	oldDates int
	// ahead is set when the expression just matched was dated forward
	// from a history's story time in a future-tense sentence ("would
	// hold out until December"): a projection, which does not move the
	// story time on.
	ahead bool
	// anteAbs is set when ante came from an expression that names its
	// year and month ("February 2022", "June 18, 2024"), not one counted
	// from the reference date or a year alone.
	anteAbs bool
	// fromStory is set when the expression just matched was dated from
	// news's own story (narrativeOf): it carries the story on.
	fromStory bool
	// weekdays holds, by weekday (Monday 1), the date a tensed mention of
	// it resolved to: a later mention with no tense of its own ("Iraq goes
	// to the polls on Thursday ... the coalition contesting Thursday's
	// election") is the same day.
	weekdays [8]string
}

// advanceStory updates the story time after the expression tx matched at
// tokens [i, end): whether the text is news or a history, and its latest
// date.
func (s *scan) advanceStory(i, end int, tx Timex) {
	defer func() { s.fromStory = false }()
	if tx.Anchor == AnchorRef && s.oldDates < historyDates && s.countsFromRef(i, end) {
		s.news = true
	}
	if tx.Anchor == AnchorAbsolute && tx.Type == Date && len(tx.Value) >= 4 {
		if y, err := strconv.Atoi(tx.Value[:4]); err == nil && y <= s.ref.Year()-3 {
			s.oldDates++
		}
	}
	history := !s.news && s.oldDates >= historyDates
	if (tx.Type == Date || tx.Type == Time) && len(tx.Value) >= 4 && isDigit(tx.Value[0]) && isDigit(tx.Value[3]) &&
		!(history && tx.Anchor == AnchorRef && s.countsFromRef(i, end)) && !s.ahead &&
		!(history && tx.Anchor == AnchorEvent && tx.Shift.N < 0) {
		// A history's story time is not moved by a quoted "today" or
		// a look back ("the previous year"); a coarser name of the
		// period it is in ("1941" after "December 7, 1941") keeps it
		// where it is.
		if !within(s.ante, tx.Value) {
			s.ante = tx.Value
			s.anteAbs = (tx.Anchor == AnchorAbsolute || s.fromStory) && len(tx.Value) >= 7 && tx.Value[4] == '-' && isDigit(tx.Value[5])
		}
		s.anteSent = s.sent
		if k := strings.IndexByte(s.ante, 'T'); k >= 0 {
			s.ante = s.ante[:k]
		}
	}
}

// within reports whether date value a lies inside the coarser date value
// b: "1941-12-07" inside "1941" or "1941-12".
func within(a, b string) bool {
	return len(b) >= 4 && len(a) > len(b) && strings.HasPrefix(a, b) && a[len(b)] == '-'
}

// countsFromRef reports whether tokens [i, end) hold a word that only
// makes sense counted from the reference date: "today", "yesterday", a
// weekday, "this week", "last month"...
func (s *scan) countsFromRef(i, end int) bool {
	for k := i; k < end; k++ {
		switch s.word(k) {
		case wToday, wTonight, wYesterday, wTomorrow:
			return true
		case wThis, wLast, wNext:
			if s.cat(k+1) == catUnit {
				return true
			}
		}
		if s.cat(k) == catWeekday {
			return true
		}
	}
	return false
}

// narrative reports whether the text is telling a story of its own
// past: the latest date it named (ante) lies in a year at least three
// years before the reference date, and was named in this sentence or one
// of the storyWindow before; and the text has not yet used a word that
// counts from the reference date ("yesterday", "Tuesday", "last week"),
// as news does. It returns that date's year, month and day (0 when it has
// none). A history ("On June 10, Italy invaded" after "in 1940") then
// dates a bare month or day from that date rather than from the reference
// date.
func (s *scan) narrative() (y, m, d int, ok bool) {
	if s.news || len(s.ante) < 4 || s.sent-s.anteSent > storyWindow {
		return 0, 0, 0, false
	}
	y, m, d, ok = s.anteDate()
	if !ok || y > s.ref.Year()-3 {
		return 0, 0, 0, false
	}
	return y, m, d, true
}

// anteDate returns the year, month and day (0 when it has none) of the
// story's latest date.
func (s *scan) anteDate() (y, m, d int, ok bool) {
	if len(s.ante) < 4 {
		return 0, 0, 0, false
	}
	y, err := strconv.Atoi(s.ante[:4])
	if err != nil {
		return 0, 0, 0, false
	}
	if len(s.ante) >= 7 && s.ante[4] == '-' && isDigit(s.ante[5]) {
		m, _ = strconv.Atoi(s.ante[5:7])
		if len(s.ante) >= 10 && s.ante[7] == '-' && isDigit(s.ante[8]) {
			d, _ = strconv.Atoi(s.ante[8:10])
		}
	}
	return y, m, d, true
}

// narrativeOf is narrative for a bare month or day of month mon in a
// clause of the given tense. News that walks back through its past by
// dates with their month and year ("In June 2023, a delegation visited ...
// On March 10, the ministers met") dates a bare month or day that is not in
// the future from the latest of them, named within newsStoryWindow
// sentences, as a history does; but a month of the last half year before
// the reference date is the news's own ("Negotiators met nine times before
// reaching a draft in early July"), and a year alone ("the agreement of
// 1998") sets no such story.
func (s *scan) narrativeOf(mon, tense int) (y, m, d int, ok bool) {
	if y, m, d, ok := s.narrative(); ok || !s.news || tense == tenseFuture {
		return y, m, d, ok
	}
	if back := (int(s.ref.Month()) - mon + 12) % 12; back <= 6 {
		return 0, 0, 0, false
	}
	if !s.anteAbs || s.sent-s.anteSent > newsStoryWindow {
		return 0, 0, 0, false
	}
	if y, m, d, ok = s.anteDate(); !ok || y >= s.ref.Year() {
		return 0, 0, 0, false
	}
	s.fromStory = true
	return y, m, d, true
}

// anteUnit returns the month or year (u) of the date named in this
// sentence or the two before, which "later in the month" and "earlier in
// the year" speak of, or "" when there is none or u is another unit.
func (s *scan) anteUnit(u int) string {
	if s.ante == "" || s.sent-s.anteSent > 2 || len(s.ante) < 4 || !isDigit(s.ante[0]) {
		return ""
	}
	switch {
	case u == uMonth && len(s.ante) >= 7 && s.ante[4] == '-' && isDigit(s.ante[5]):
		return s.ante[:7]
	case u == uYear:
		return s.ante[:4]
	}
	return ""
}

// newsStoryWindow is how many sentences after a dated one news may still
// be walking through that date's past (see narrativeOf).
const newsStoryWindow = 3

// storyWindow is how many sentences a history's latest date keeps dating
// bare months and days: a paragraph of narrative seldom names a year less
// often.
const storyWindow = 10

// historyDates is how many dates with an old year a text names before a
// word counting from the reference date no longer makes it news.
const historyDates = 3

// narrativeYear returns the year of month m (day d, 0 for none) in a
// story whose latest date is day ad of month am of year ay (0 when not
// known). In the past or with no tense it is that year, or the next when m
// comes more than four months before am (a story moves forward: "January"
// after "December 7, 1941" is 1942). In the future ("would hold out until
// December") it is the first such month or day on or after the latest
// date.
func narrativeYear(ay, am, ad, m, d int, future bool) int {
	if future {
		if m < am || m == am && d > 0 && ad > 0 && d < ad {
			return ay + 1
		}
		return ay
	}
	if am > 0 && m < am-4 {
		return ay + 1
	}
	return ay
}

// storyAhead reports whether a history dates the expression being matched
// forward from its story time: its sentence has the future tense, and not
// only because a deadline word comes before it ("was repulsed by late
// September" tells of the past).
func (s *scan) storyAhead(tense int) bool {
	if tense != tenseFuture {
		return false
	}
	p := s.start - 1
	for strings.EqualFold(s.tokText(p), "on") || strings.EqualFold(s.tokText(p), "at") || s.word(p) == wThe ||
		s.word(p) == wEarly || s.word(p) == wLate || s.word(p) == wMid {
		p--
	}
	switch strings.ToLower(s.tokText(p)) {
	case "until", "till", "by":
		return false
	}
	return true
}

// storyDay returns the day a history is at (the latest date it named,
// when that is a day; see narrative), for a time of day the text gives
// without a date ("at 11 a.m.", "in the morning").
func (s *scan) storyDay() (string, bool) {
	if _, _, d, ok := s.narrative(); ok && d > 0 {
		return s.ante[:10], true
	}
	return "", false
}

// resolveMonth returns the year of month m. In the past (tense < 0) it is
// the latest such month not after the reference month; in the future
// (tense > 0) the next one from it; with no tense the nearest, counting
// the future half as far again.
func (s *scan) resolveMonth(m, tense int) int {
	if ay, am, ad, ok := s.narrativeOf(m, tense); ok {
		s.ahead = s.storyAhead(tense)
		return narrativeYear(ay, am, ad, m, 0, s.ahead)
	}
	y, rm := s.ref.Year(), int(s.ref.Month())
	switch tense {
	case tenseFuture:
		if m < rm {
			return y + 1
		}
		return y
	case tensePast:
		if m > rm {
			return y - 1
		}
		return y
	}
	// The nearest, with the future counted half as far again: news more
	// often looks back.
	switch d := m - rm; {
	case d > 0 && 3*d > 2*(12-d):
		return y - 1
	case d < 0 && 3*(12+d) < 2*(-d):
		return y + 1
	}
	return y
}

// resolveDay returns the date of month m, day d: in the past (tense < 0)
// the latest on or before the reference date, in the future (tense > 0)
// the next on or after it, with no tense the nearest, counting the future
// half as far again.
func (s *scan) resolveDay(m, d, tense int) time.Time {
	if ay, am, ad, ok := s.narrativeOf(m, tense); ok {
		s.ahead = s.storyAhead(tense)
		y := narrativeYear(ay, am, ad, m, d, s.ahead)
		return time.Date(y, time.Month(m), min(d, daysIn(m, y)), 0, 0, 0, 0, time.UTC)
	}
	y := s.ref.Year()
	at := func(y int) time.Time {
		if d > daysIn(m, y) {
			return time.Date(y, time.Month(m), daysIn(m, y), 0, 0, 0, 0, time.UTC)
		}
		return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	}
	t := at(y)
	switch tense {
	case tenseFuture:
		if t.Before(s.ref) {
			t = at(y + 1)
		}
	case tensePast:
		// A past-tense sentence may still name a day just ahead ("the
		// offer was extended to Nov. 16"): news gives the year of a day
		// not in the current year, so only a day well ahead is last
		// year's, or one that a period "ended" on.
		if t.After(s.ref) && (t.Sub(s.ref) > pastAhead*24*time.Hour || strings.EqualFold(s.tokText(s.start-1), "ended")) {
			t = at(y - 1)
		}
	default:
		// The nearest, with the future counted half as far again.
		if t.After(s.ref) {
			if prev := at(y - 1); 2*s.ref.Sub(prev) < 3*t.Sub(s.ref) {
				t = prev
			}
		} else if next := at(y + 1); 3*next.Sub(s.ref) < 2*s.ref.Sub(t) {
			t = next
		}
	}
	return t
}

// pastAhead is how many days after the reference date a day named in a
// past-tense sentence may lie (see resolveDay).
const pastAhead = 14

// resolveHoliday returns the date of a holiday whose date in year y is
// at(y), in the sentence's tense: in the past the latest on or before the
// reference date, in the future the next on or after it, with no tense the
// nearest, counting the future half as far again.
func (s *scan) resolveHoliday(at func(y int) time.Time, tense int) time.Time {
	y := s.ref.Year()
	t := at(y)
	switch {
	case tense == tenseFuture && t.Before(s.ref):
		t = at(y + 1)
	case tense == tensePast && t.After(s.ref):
		t = at(y - 1)
	case tense != tenseFuture && tense != tensePast:
		// The nearest, with the future counted half as far again.
		if t.After(s.ref) {
			if prev := at(y - 1); 2*s.ref.Sub(prev) < 3*t.Sub(s.ref) {
				t = prev
			}
		} else if next := at(y + 1); 3*next.Sub(s.ref) < 2*s.ref.Sub(t) {
			t = next
		}
	}
	return t
}

// resolveWeekday returns the date of weekday wd (Monday 1): in the past the
// nearest on or before the reference date, in the future the nearest after.
func (s *scan) resolveWeekday(wd int, future bool) time.Time {
	gw := int(time.Weekday(wd % 7))
	rw := int(s.ref.Weekday())
	if future {
		d := (gw - rw + 7) % 7
		if d == 0 {
			d = 7
		}
		return s.ref.AddDate(0, 0, d)
	}
	return s.ref.AddDate(0, 0, -((rw - gw + 7) % 7))
}

// resolveSeason returns the year of season se. dir is 0 for a bare season
// (by tense), -1 for "last" and +1 for "next".
func (s *scan) resolveSeason(se int, future bool, dir int) int {
	if ay, am, ad, ok := s.narrative(); ok && dir == 0 {
		if future {
			s.ahead = s.storyAhead(tenseFuture)
		}
		return narrativeYear(ay, am, ad, 3+3*se, 0, s.ahead)
	}
	y := s.ref.Year()
	startMonth := 3 + 3*se // Mar, Jun, Sep, Dec
	rm := int(s.ref.Month())
	if se == 3 && rm < 3 {
		rm += 12 // January and February belong to last year's winter
		y--
	}
	in := rm >= startMonth && rm < startMonth+3
	started := rm >= startMonth
	switch {
	case dir < 0:
		if started && !in {
			return y
		}
		return y - 1
	case dir > 0:
		if started {
			return y + 1
		}
		return y
	case future:
		if started && !in {
			return y + 1
		}
		return y
	}
	if started {
		return y
	}
	return y - 1
}

// eventDate returns the DATE for a point sh away from an event. The value
// counts from the latest date the text named before ("the following
// month" after "in March 1996" is 1996-04; "that day" after "Oct. 23" is
// that day) when it is as fine as the shift's unit; a backward shift does
// so only in a history (see narrative), since news most often counts back
// from the reported event, which is the reference date. Failing that,
// with a backward shift it is the reference date moved by sh, with a
// forward one an unknown date at the shift's granularity.
func (s *scan) eventDate(sh Shift) Timex {
	tx := Timex{Type: Date, Anchor: AnchorEvent, Shift: sh}
	_, _, _, story := s.narrative()
	if v, ok := s.fromAnte(sh); ok && (sh.N >= 0 || story) {
		tx.Value = v
		return tx
	}
	if sh.N <= 0 {
		tx.Value = s.shifted(sh)
		return tx
	}
	switch sh.Unit {
	case 'D':
		tx.Value = "XXXX-XX-XX"
	case 'W':
		tx.Value = "XXXX-WXX"
	case 'M':
		tx.Value = "XXXX-XX"
	case 'Q':
		tx.Value = "XXXX-QX"
	default:
		tx.Value = "XXXX"
	}
	return tx
}

// fromAnte returns the latest date the text named (s.ante) moved by sh at
// sh's granularity, and whether that date was fine enough for it.
func (s *scan) fromAnte(sh Shift) (string, bool) {
	a := s.ante
	if len(a) < 4 {
		return "", false
	}
	y, err := strconv.Atoi(a[:4])
	if err != nil {
		return "", false
	}
	m, d := 0, 0
	if len(a) >= 7 && a[4] == '-' && isDigit(a[5]) {
		m, _ = strconv.Atoi(a[5:7])
	}
	if len(a) >= 10 && m > 0 && a[7] == '-' && isDigit(a[8]) {
		d, _ = strconv.Atoi(a[8:10])
	}
	switch sh.Unit {
	case 'Y':
		return strconv.Itoa(y + sh.N), true
	case 'M', 'Q':
		if m == 0 {
			return "", false
		}
		t := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
		if sh.Unit == 'Q' {
			q := y*4 + (m-1)/3 + sh.N
			return strconv.Itoa(q/4) + "-Q" + strconv.Itoa(q%4+1), true
		}
		t = t.AddDate(0, sh.N, 0)
		return ym(t.Year(), int(t.Month())), true
	case 'W', 'D':
		if d == 0 {
			return "", false
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if sh.Unit == 'W' {
			return isoWeek(t.AddDate(0, 0, 7*sh.N)), true
		}
		return day(t.AddDate(0, 0, sh.N)), true
	}
	return "", false
}
