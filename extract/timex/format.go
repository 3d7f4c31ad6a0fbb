package timex

import (
	"strconv"
	"time"
)

var partCode = [...]string{"", "MO", "AF", "EV", "NI"}

var seasonCode = [...]string{"SP", "SU", "FA", "WI"}

// shifted formats the reference date moved by sh, at sh's granularity.
func (s *scan) shifted(sh Shift) string {
	r := s.ref
	switch sh.Unit {
	case 'D':
		return day(r.AddDate(0, 0, sh.N))
	case 'W':
		return isoWeek(r.AddDate(0, 0, 7*sh.N))
	case 'M':
		t := time.Date(r.Year(), r.Month()+time.Month(sh.N), 1, 0, 0, 0, 0, time.UTC)
		return ym(t.Year(), int(t.Month()))
	case 'Q':
		q := r.Year()*4 + (int(r.Month())-1)/3 + sh.N
		return strconv.Itoa(q/4) + "-Q" + strconv.Itoa(q%4+1)
	}
	return strconv.Itoa(r.Year() + sh.N)
}

// ago returns the value of "n units ago" at the unit's granularity.
func (s *scan) ago(n, u int) string {
	switch u {
	case uSecond, uMinute, uHour:
		return day(s.ref)
	case uDecade:
		return strconv.Itoa(s.ref.Year() - 10*n)
	case uCentury:
		return ""
	}
	sh, ok := shiftOf(-n, u)
	if !ok {
		return ""
	}
	return s.shifted(sh)
}

// durValue formats a TIMEX3 duration of n units; n < 0 is an unknown count.
func durValue(n, u int) string {
	num := "X"
	if n >= 0 {
		num = strconv.Itoa(n)
	}
	mul := func(k int) string {
		if n < 0 {
			return "X"
		}
		return strconv.Itoa(n * k)
	}
	switch u {
	case uSecond:
		return "PT" + num + "S"
	case uMinute:
		return "PT" + num + "M"
	case uHour:
		return "PT" + num + "H"
	case uDay:
		return "P" + num + "D"
	case uWeek:
		return "P" + num + "W"
	case uWeekend:
		return "P" + num + "WE"
	case uMonth:
		return "P" + num + "M"
	case uQuarter:
		return "P" + num + "Q"
	case uDecade:
		if n < 0 {
			return "PXDE"
		}
		return "P" + mul(10) + "Y"
	case uCentury:
		if n < 0 {
			return "PXCE"
		}
		return "P" + mul(100) + "Y"
	}
	return "P" + num + "Y"
}

// halfDur formats a TIMEX3 duration of n and a half units, in the next
// smaller unit for the half: "2 1/2 years" is P2Y6M, "an hour and a half"
// PT1H30M.
func halfDur(n, u int) string {
	part := func(k int, code string) string {
		if k == 0 {
			return ""
		}
		return strconv.Itoa(k) + code
	}
	switch u {
	case uSecond:
		return "PT" + strconv.Itoa(n) + "S"
	case uMinute:
		return "PT" + part(n, "M") + "30S"
	case uHour:
		return "PT" + part(n, "H") + "30M"
	case uDay:
		return "P" + part(n, "D") + "T12H"
	case uWeek, uWeekend:
		return "P" + strconv.Itoa(7*n+3) + "DT12H"
	case uMonth:
		return "P" + part(n, "M") + "15D"
	case uQuarter:
		return "P" + strconv.Itoa(3*n+1) + "M15D"
	case uDecade:
		return "P" + strconv.Itoa(10*n+5) + "Y"
	case uCentury:
		return "P" + strconv.Itoa(100*n+50) + "Y"
	}
	return "P" + part(n, "Y") + "6M"
}

// shiftYear moves a value that starts with a four-digit year by n years.
func shiftYear(v string, n int) string {
	if len(v) < 4 {
		return v
	}
	y, err := strconv.Atoi(v[:4])
	if err != nil {
		return v
	}
	return strconv.Itoa(y+n) + v[4:]
}

// pad2 formats n with at least two digits: "07".
func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// pad4 formats n with at least four digits: "0998".
func pad4(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

// ym formats a month: "2025-05".
func ym(y, m int) string { return pad4(y) + "-" + pad2(m) }

// ymd formats a day: "2025-05-10".
func ymd(y, m, d int) string { return pad4(y) + "-" + pad2(m) + "-" + pad2(d) }

// day formats t's calendar date: "2025-05-10".
func day(t time.Time) string { return ymd(t.Year(), int(t.Month()), t.Day()) }

// isoWeek formats the ISO week of t: "2025-W31".
func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return pad4(y) + "-W" + pad2(w)
}

// daysIn returns the number of days of month m in year y.
func daysIn(m, y int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
