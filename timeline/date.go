package timeline

import (
	"strconv"
	"strings"
	"time"
)

// DayLayout is the layout of a day in JSON and tables: YYYY-MM-DD.
const DayLayout = "2006-01-02"

// Precision is the granularity of a TIMEX3 value. A larger Precision is
// coarser: a [PrecisionYear] value covers more days than a [PrecisionDay]
// one. [Build] uses it to sort a coarse date before finer dates that start
// on the same day.
type Precision int

// The precisions of TIMEX3 values, finest first.
const (
	PrecisionUnknown Precision = iota // no interval: PAST_REF, XXXX, durations
	PrecisionTime                     // 2025-08-06T09:00
	PrecisionDay                      // 2025-05-10
	PrecisionWeekend                  // 1991-W08-WE
	PrecisionWeek                     // 2025-W31
	PrecisionMonth                    // 2025-04
	PrecisionSeason                   // 1998-SU
	PrecisionQuarter                  // 1998-Q1
	PrecisionHalf                     // 1998-H1
	PrecisionYear                     // 1998
	PrecisionDecade                   // 197
	PrecisionCentury                  // 19
)

// String returns the precision's name: "day", "week", "month"...
func (p Precision) String() string {
	switch p {
	case PrecisionTime:
		return "time"
	case PrecisionDay:
		return "day"
	case PrecisionWeekend:
		return "weekend"
	case PrecisionWeek:
		return "week"
	case PrecisionMonth:
		return "month"
	case PrecisionSeason:
		return "season"
	case PrecisionQuarter:
		return "quarter"
	case PrecisionHalf:
		return "half"
	case PrecisionYear:
		return "year"
	case PrecisionDecade:
		return "decade"
	case PrecisionCentury:
		return "century"
	}
	return "unknown"
}

// PrecisionOf returns the granularity of a TIMEX3 date value, or
// [PrecisionUnknown] when the value has no interval (see [Interval]).
func PrecisionOf(value string) Precision {
	p, _, _, ok := parseValue(value)
	if !ok {
		return PrecisionUnknown
	}
	return p
}

// Interval returns the first and last day covered by a TIMEX3 date value,
// as UTC midnights; ok is false when the value names no fixed interval.
//
// Supported values: a day "2025-05-10", a time "2025-08-06T09:00" (that
// day), a month "2025-04", an ISO week "2025-W31" (Monday to Sunday), a
// weekend "1991-W08-WE" (Saturday and Sunday), a season "1998-SU" (SP March
// to May, SU June to August, FA September to November, WI December to
// February of the next year), a quarter "1998-Q1", a half "1998-H1", a year
// "1998", a decade "197" and a century "19". Values holding "X"
// ("XXXX-05-10"), PAST_REF, PRESENT_REF, FUTURE_REF and durations ("P3D")
// give ok false.
//
// mod START, MID and END narrow the interval to its first, middle or last
// third: for a month days 1-10, 11-20 and 21 to the end ("late April" is
// 2025-04-21..2025-04-30); for a year January-April, May-August and
// September-December ("mid-1996" starts on 1996-05-01); for a decade
// years 0-3, 4-6 and 7-9; for anything else the days split into three
// nearly equal parts. Other mods (BEFORE, AFTER, APPROX...) leave the
// interval as it is.
func Interval(value, mod string) (start, end time.Time, ok bool) {
	p, start, end, ok := parseValue(value)
	if !ok {
		return time.Time{}, time.Time{}, false
	}
	start, end = narrow(p, start, end, strings.ToUpper(mod))
	return start, end, true
}

// parseValue recognises a TIMEX3 date value and returns its precision and
// interval of days.
func parseValue(value string) (p Precision, start, end time.Time, ok bool) {
	v := strings.TrimSpace(value)
	if v == "" || strings.ContainsAny(v, "Xx") || strings.HasPrefix(v, "P") || strings.HasSuffix(v, "_REF") {
		return PrecisionUnknown, time.Time{}, time.Time{}, false
	}
	if i := strings.IndexByte(v, 'T'); i == 10 {
		d, err := time.Parse(DayLayout, v[:10])
		if err != nil {
			return PrecisionUnknown, time.Time{}, time.Time{}, false
		}
		return PrecisionTime, d, d, true
	}
	var buf [4]string // a value has three parts at most; a fourth fails below
	parts := buf[:0]
	for rest, more := v, true; more && len(parts) < len(buf); {
		var part string
		part, rest, more = strings.Cut(rest, "-")
		parts = append(parts, part)
	}
	switch len(parts) {
	case 1:
		return parseYearish(parts[0])
	case 2:
		year, okYear := fourDigits(parts[0])
		if !okYear {
			break
		}
		return parseInYear(year, parts[1])
	case 3:
		year, okYear := fourDigits(parts[0])
		if !okYear {
			break
		}
		if parts[2] == "WE" && strings.HasPrefix(parts[1], "W") {
			monday, okWeek := isoWeekMonday(year, parts[1][1:])
			if !okWeek {
				break
			}
			return PrecisionWeekend, monday.AddDate(0, 0, 5), monday.AddDate(0, 0, 6), true
		}
		if len(parts[1]) != 2 || len(parts[2]) != 2 {
			break
		}
		d, err := time.Parse(DayLayout, v)
		if err != nil {
			break
		}
		return PrecisionDay, d, d, true
	}
	return PrecisionUnknown, time.Time{}, time.Time{}, false
}

// parseYearish parses a year "1998", a decade "197" or a century "19".
func parseYearish(s string) (Precision, time.Time, time.Time, bool) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || strings.HasPrefix(s, "+") {
		return PrecisionUnknown, time.Time{}, time.Time{}, false
	}
	switch len(s) {
	case 4:
		return PrecisionYear, day(n, 1, 1), day(n, 12, 31), true
	case 3:
		return PrecisionDecade, day(n*10, 1, 1), day(n*10+9, 12, 31), true
	case 2:
		return PrecisionCentury, day(n*100, 1, 1), day(n*100+99, 12, 31), true
	}
	return PrecisionUnknown, time.Time{}, time.Time{}, false
}

// parseInYear parses the part after "YYYY-": a month "04", a week "W31",
// a season "SU", a quarter "Q1" or a half "H1".
func parseInYear(year int, s string) (Precision, time.Time, time.Time, bool) {
	fail := func() (Precision, time.Time, time.Time, bool) {
		return PrecisionUnknown, time.Time{}, time.Time{}, false
	}
	switch {
	case s == "SP":
		return PrecisionSeason, day(year, 3, 1), lastDay(year, 5), true
	case s == "SU":
		return PrecisionSeason, day(year, 6, 1), lastDay(year, 8), true
	case s == "FA":
		return PrecisionSeason, day(year, 9, 1), lastDay(year, 11), true
	case s == "WI":
		return PrecisionSeason, day(year, 12, 1), lastDay(year+1, 2), true
	case len(s) == 2 && s[0] == 'Q' && s[1] >= '1' && s[1] <= '4':
		q := int(s[1] - '0')
		return PrecisionQuarter, day(year, 3*q-2, 1), lastDay(year, 3*q), true
	case len(s) == 2 && s[0] == 'H' && (s[1] == '1' || s[1] == '2'):
		h := int(s[1] - '0')
		return PrecisionHalf, day(year, 6*h-5, 1), lastDay(year, 6*h), true
	case strings.HasPrefix(s, "W"):
		monday, ok := isoWeekMonday(year, s[1:])
		if !ok {
			return fail()
		}
		return PrecisionWeek, monday, monday.AddDate(0, 0, 6), true
	case len(s) == 2:
		m, err := strconv.Atoi(s)
		if err != nil || m < 1 || m > 12 {
			return fail()
		}
		return PrecisionMonth, day(year, m, 1), lastDay(year, m), true
	}
	return fail()
}

// isoWeekMonday returns the Monday of ISO week "31" of year; ok is false
// when the year has no such week.
func isoWeekMonday(year int, week string) (time.Time, bool) {
	if len(week) != 2 {
		return time.Time{}, false
	}
	w, err := strconv.Atoi(week)
	if err != nil || w < 1 || w > 53 {
		return time.Time{}, false
	}
	jan4 := day(year, 1, 4) // always in ISO week 1
	offset := (int(jan4.Weekday()) + 6) % 7
	monday := jan4.AddDate(0, 0, -offset+7*(w-1))
	if y, got := monday.ISOWeek(); y != year || got != w {
		return time.Time{}, false
	}
	return monday, true
}

// fourDigits parses a four-digit year.
func fourDigits(s string) (int, bool) {
	if len(s) != 4 {
		return 0, false
	}
	n, err := strconv.Atoi(s)
	if err != nil || n < 0 || s[0] == '+' || s[0] == '-' {
		return 0, false
	}
	return n, true
}

// day returns the UTC midnight of a calendar day.
func day(year, month, d int) time.Time {
	return time.Date(year, time.Month(month), d, 0, 0, 0, 0, time.UTC)
}

// lastDay returns the last day of a month.
func lastDay(year, month int) time.Time {
	return day(year, month+1, 1).AddDate(0, 0, -1)
}

// narrow applies a START, MID or END mod to an interval (see [Interval]).
func narrow(p Precision, start, end time.Time, mod string) (time.Time, time.Time) {
	third := 0
	switch mod {
	case "START":
		third = 1
	case "MID":
		third = 2
	case "END":
		third = 3
	default:
		return start, end
	}
	switch p {
	case PrecisionMonth:
		bounds := [4]time.Time{start, start.AddDate(0, 0, 10), start.AddDate(0, 0, 20), end.AddDate(0, 0, 1)}
		return bounds[third-1], bounds[third].AddDate(0, 0, -1)
	case PrecisionYear:
		return start.AddDate(0, 4*(third-1), 0), start.AddDate(0, 4*third, -1)
	case PrecisionDecade:
		years := [4]int{0, 4, 7, 10}
		return start.AddDate(years[third-1], 0, 0), start.AddDate(years[third], 0, -1)
	}
	days := int(end.Sub(start).Hours()/24) + 1
	if days < 3 {
		return start, end
	}
	first := days * (third - 1) / 3
	last := days*third/3 - 1
	return start.AddDate(0, 0, first), start.AddDate(0, 0, last)
}

// NewEventDate returns the date of an event from its time expression: the
// text as written, its TIMEX3 value and mod, and the anchor (one of the
// Anchor constants). Start, End and EDTF are filled from [Interval]; they
// stay empty when the value has no interval. EDTF is a single day
// ("2025-05-10") or a range of days ("2025-04-21/2025-04-30").
func NewEventDate(text, value, mod, anchor string) EventDate {
	d := EventDate{Text: text, Value: value, Mod: mod, Anchor: anchor}
	start, end, ok := Interval(value, mod)
	if !ok {
		return d
	}
	d.Start = start.Format(DayLayout)
	d.End = d.Start
	if !end.Equal(start) {
		d.End = end.Format(DayLayout)
	}
	d.EDTF = d.Start
	if d.End != d.Start {
		d.EDTF = d.Start + "/" + d.End
	}
	return d
}

// Bounds returns the interval of days of the date: Start and End when they
// are set (an extractor may give an interval to a value such as PAST_REF),
// else the interval of Value and Mod. ok is false for an undated event.
func (d EventDate) Bounds() (start, end time.Time, ok bool) {
	if d.Start != "" {
		s, err := time.Parse(DayLayout, d.Start)
		if err == nil {
			e, err := time.Parse(DayLayout, d.End)
			if err != nil || e.Before(s) {
				e = s
			}
			return s, e, true
		}
	}
	return Interval(d.Value, d.Mod)
}

// IsDated reports whether the date has an interval of days.
func (d EventDate) IsDated() bool {
	_, _, ok := d.Bounds()
	return ok
}

// Display returns the date as shown in tables: the value, followed by
// "(early)", "(mid)" or "(late)" for a START, MID or END mod ("2025-04
// (late)") and any other mod in lower case ("2025-05 (approx)"), or
// "undated" when there is no value.
func (d EventDate) Display() string {
	if d.Value == "" {
		return "undated"
	}
	switch strings.ToUpper(d.Mod) {
	case "START":
		return d.Value + " (early)"
	case "MID":
		return d.Value + " (mid)"
	case "END":
		return d.Value + " (late)"
	case "":
		return d.Value
	}
	return d.Value + " (" + strings.ToLower(d.Mod) + ")"
}
