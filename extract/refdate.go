package extract

import (
	"fmt"
	"strings"
	"time"
)

// This file reads a publication date given as a value: on the command
// line, in a record, or in a web page's metadata.

// dateLayouts are the forms ParseDate accepts, tried in order.
var dateLayouts = []string{
	"2006-01-02",
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"20060102",
	"2006-01-02T15:04:05-0700",
	"2006-01-02T15:04:05.000-0700",
	time.RFC1123Z,
	time.RFC1123,
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"January 2, 2006",
	"2 January 2006",
}

// ParseDate reads a publication date: "2025-03-14", "2025-03-14T09:30:00Z",
// "2025-03-14T09:30:00+05:00", "20250314", and the other common forms of
// web page metadata. It returns the calendar day at 00:00 UTC; a time with
// an offset counts in that offset (the day the place of publication saw).
func ParseDate(s string) (time.Time, error) {
	s = strings.TrimSpace(s)
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			if t.Year() < 1 || t.Year() > 9999 {
				break
			}
			return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date (want YYYY-MM-DD, an ISO 8601 time such as 2025-03-14T09:30:00Z, or YYYYMMDD)", s)
}
