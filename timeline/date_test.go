package timeline

import "testing"

func TestInterval(t *testing.T) {
	tests := []struct {
		name       string
		value, mod string
		start, end string // empty: ok is false
		precision  Precision
	}{
		{"day", "2025-05-10", "", "2025-05-10", "2025-05-10", PrecisionDay},
		{"day start", "2025-05-10", "START", "2025-05-10", "2025-05-10", PrecisionDay},
		{"bad day", "2025-02-30", "", "", "", PrecisionUnknown},
		{"time", "2025-08-06T09:00", "", "2025-08-06", "2025-08-06", PrecisionTime},
		{"part of day", "2025-08-06TMO", "", "2025-08-06", "2025-08-06", PrecisionTime},
		{"month", "2025-04", "", "2025-04-01", "2025-04-30", PrecisionMonth},
		{"late April", "2025-04", "END", "2025-04-21", "2025-04-30", PrecisionMonth},
		{"early May", "2025-05", "START", "2025-05-01", "2025-05-10", PrecisionMonth},
		{"mid May", "2025-05", "MID", "2025-05-11", "2025-05-20", PrecisionMonth},
		{"late May", "2025-05", "END", "2025-05-21", "2025-05-31", PrecisionMonth},
		{"late February leap", "1996-02", "END", "1996-02-21", "1996-02-29", PrecisionMonth},
		{"lower-case mod", "2025-04", "end", "2025-04-21", "2025-04-30", PrecisionMonth},
		{"other mod", "2025-04", "APPROX", "2025-04-01", "2025-04-30", PrecisionMonth},
		{"bad month", "2025-13", "", "", "", PrecisionUnknown},
		{"week", "2025-W31", "", "2025-07-28", "2025-08-03", PrecisionWeek},
		{"week 1 in previous year", "2025-W01", "", "2024-12-30", "2025-01-05", PrecisionWeek},
		{"week 53", "2020-W53", "", "2020-12-28", "2021-01-03", PrecisionWeek},
		{"no week 53", "2025-W53", "", "", "", PrecisionUnknown},
		{"early week", "2025-W31", "START", "2025-07-28", "2025-07-29", PrecisionWeek},
		{"weekend", "1991-W08-WE", "", "1991-02-23", "1991-02-24", PrecisionWeekend},
		{"year", "1998", "", "1998-01-01", "1998-12-31", PrecisionYear},
		{"early year", "1998", "START", "1998-01-01", "1998-04-30", PrecisionYear},
		{"mid-1996", "1996", "MID", "1996-05-01", "1996-08-31", PrecisionYear},
		{"late year", "1998", "END", "1998-09-01", "1998-12-31", PrecisionYear},
		{"decade", "197", "", "1970-01-01", "1979-12-31", PrecisionDecade},
		{"late 1970s", "197", "END", "1977-01-01", "1979-12-31", PrecisionDecade},
		{"early 1970s", "197", "START", "1970-01-01", "1973-12-31", PrecisionDecade},
		{"century", "19", "", "1900-01-01", "1999-12-31", PrecisionCentury},
		{"spring", "1998-SP", "", "1998-03-01", "1998-05-31", PrecisionSeason},
		{"summer", "1998-SU", "", "1998-06-01", "1998-08-31", PrecisionSeason},
		{"fall", "1998-FA", "", "1998-09-01", "1998-11-30", PrecisionSeason},
		{"winter", "1998-WI", "", "1998-12-01", "1999-02-28", PrecisionSeason},
		{"winter before leap year", "1999-WI", "", "1999-12-01", "2000-02-29", PrecisionSeason},
		{"early summer", "1998-SU", "START", "1998-06-01", "1998-06-30", PrecisionSeason},
		{"quarter 1", "1998-Q1", "", "1998-01-01", "1998-03-31", PrecisionQuarter},
		{"quarter 4", "1998-Q4", "", "1998-10-01", "1998-12-31", PrecisionQuarter},
		{"half 1", "1998-H1", "", "1998-01-01", "1998-06-30", PrecisionHalf},
		{"half 2", "1998-H2", "", "1998-07-01", "1998-12-31", PrecisionHalf},
		{"unknown year", "XXXX-05-10", "", "", "", PrecisionUnknown},
		{"generic weekday", "XXXX-WXX-1", "", "", "", PrecisionUnknown},
		{"past", "PAST_REF", "", "", "", PrecisionUnknown},
		{"present", "PRESENT_REF", "", "", "", PrecisionUnknown},
		{"future", "FUTURE_REF", "", "", "", PrecisionUnknown},
		{"duration", "P3D", "", "", "", PrecisionUnknown},
		{"empty", "", "", "", "", PrecisionUnknown},
		{"words", "yesterday", "", "", "", PrecisionUnknown},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start, end, ok := Interval(tc.value, tc.mod)
			if tc.start == "" {
				if ok {
					t.Fatalf("Interval(%q, %q) = %s..%s, want not ok", tc.value, tc.mod, start.Format(DayLayout), end.Format(DayLayout))
				}
			} else {
				if !ok {
					t.Fatalf("Interval(%q, %q) not ok, want %s..%s", tc.value, tc.mod, tc.start, tc.end)
				}
				if got := start.Format(DayLayout) + ".." + end.Format(DayLayout); got != tc.start+".."+tc.end {
					t.Errorf("Interval(%q, %q) = %s, want %s..%s", tc.value, tc.mod, got, tc.start, tc.end)
				}
				if start.Location().String() != "UTC" || start.Hour() != 0 {
					t.Errorf("start %v is not a UTC midnight", start)
				}
			}
			if got := PrecisionOf(tc.value); got != tc.precision {
				t.Errorf("PrecisionOf(%q) = %v, want %v", tc.value, got, tc.precision)
			}
		})
	}
}

func TestNewEventDate(t *testing.T) {
	tests := []struct {
		name                   string
		text, value, mod       string
		start, end, edtf, show string
	}{
		{"day", "On May 10", "2025-05-10", "", "2025-05-10", "2025-05-10", "2025-05-10", "2025-05-10"},
		{"late April", "in late April", "2025-04", "END", "2025-04-21", "2025-04-30", "2025-04-21/2025-04-30", "2025-04 (late)"},
		{"early May", "early May", "2025-05", "START", "2025-05-01", "2025-05-10", "2025-05-01/2025-05-10", "2025-05 (early)"},
		{"mid-1996", "mid-1996", "1996", "MID", "1996-05-01", "1996-08-31", "1996-05-01/1996-08-31", "1996 (mid)"},
		{"month", "Back in June", "2025-06", "", "2025-06-01", "2025-06-30", "2025-06-01/2025-06-30", "2025-06"},
		{"week", "Just last week", "2025-W31", "", "2025-07-28", "2025-08-03", "2025-07-28/2025-08-03", "2025-W31"},
		{"approx", "around May", "2025-05", "APPROX", "2025-05-01", "2025-05-31", "2025-05-01/2025-05-31", "2025-05 (approx)"},
		{"past", "in recent weeks", "PAST_REF", "", "", "", "", "PAST_REF"},
		{"unknown year", "on May 10", "XXXX-05-10", "", "", "", "", "XXXX-05-10"},
		{"undated", "", "", "", "", "", "", "undated"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := NewEventDate(tc.text, tc.value, tc.mod, AnchorExplicit)
			if d.Text != tc.text || d.Value != tc.value || d.Mod != tc.mod || d.Anchor != AnchorExplicit {
				t.Errorf("NewEventDate kept %+v, want text %q value %q mod %q", d, tc.text, tc.value, tc.mod)
			}
			if d.Start != tc.start || d.End != tc.end || d.EDTF != tc.edtf {
				t.Errorf("got start %q end %q edtf %q, want %q %q %q", d.Start, d.End, d.EDTF, tc.start, tc.end, tc.edtf)
			}
			if got := d.Display(); got != tc.show {
				t.Errorf("Display() = %q, want %q", got, tc.show)
			}
			if got := d.IsDated(); got != (tc.start != "") {
				t.Errorf("IsDated() = %v", got)
			}
		})
	}
}

func TestBoundsPrefersStartEnd(t *testing.T) {
	d := EventDate{Value: "PAST_REF", Start: "2025-07-01", End: "2025-08-05"}
	start, end, ok := d.Bounds()
	if !ok || start.Format(DayLayout) != "2025-07-01" || end.Format(DayLayout) != "2025-08-05" {
		t.Errorf("Bounds() = %v %v %v, want 2025-07-01..2025-08-05", start, end, ok)
	}
}

func TestPrecisionString(t *testing.T) {
	tests := []struct {
		p    Precision
		want string
	}{
		{PrecisionDay, "day"}, {PrecisionWeek, "week"}, {PrecisionMonth, "month"},
		{PrecisionSeason, "season"}, {PrecisionYear, "year"}, {PrecisionDecade, "decade"},
		{PrecisionUnknown, "unknown"},
	}
	for _, tc := range tests {
		t.Run(tc.want, func(t *testing.T) {
			if got := tc.p.String(); got != tc.want {
				t.Errorf("String() = %q, want %q", got, tc.want)
			}
		})
	}
}

// FuzzInterval checks the date normalizer on any value and modifier: no
// panic, an interval whose start is not after its end, inside the years a
// TIMEX3 value can name, and an EDTF string that agrees with it.
func FuzzInterval(f *testing.F) {
	for _, v := range []string{"2025-05-10", "2025-04", "2025-W31", "1998-SU", "197", "19", "1998-Q1", "1998-H2",
		"1991-W08-WE", "2025-08-06T09:00", "XXXX-05", "PAST_REF", "P3D", "2025-13", "2025-02-30", "0000-W53"} {
		for _, mod := range []string{"", "START", "MID", "END", "APPROX"} {
			f.Add(v, mod)
		}
	}
	f.Fuzz(func(t *testing.T, value, mod string) {
		start, end, ok := Interval(value, mod)
		d := NewEventDate("", value, mod, AnchorExplicit)
		if !ok {
			if d.Start != "" || d.End != "" || d.EDTF != "" {
				t.Fatalf("%q %q: no interval but NewEventDate gave %+v", value, mod, d)
			}
			return
		}
		if end.Before(start) {
			t.Fatalf("%q %q: interval %v .. %v ends before it starts", value, mod, start, end)
		}
		if start.Year() < 0 || end.Year() > 9999 {
			t.Fatalf("%q %q: interval %v .. %v outside 0000..9999", value, mod, start, end)
		}
		if d.Start != start.Format("2006-01-02") || d.End != end.Format("2006-01-02") {
			t.Fatalf("%q %q: NewEventDate %+v disagrees with Interval %v .. %v", value, mod, d, start, end)
		}
		_ = d.Display()
	})
}
