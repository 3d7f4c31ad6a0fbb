package timeline

import (
	"encoding/json"
	"fmt"
	"io"
	"time"
)

// TimelineJS output: the JSON format of Knight Lab's TimelineJS
// (https://timeline.knightlab.com/docs/json-format.html). Dates carry only
// the parts the text gives: a month is a year and a month, with no day.

type tjsDate struct {
	Year  int `json:"year"`
	Month int `json:"month,omitempty"`
	Day   int `json:"day,omitempty"`
}

type tjsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

type tjsEvent struct {
	StartDate   tjsDate  `json:"start_date"`
	EndDate     *tjsDate `json:"end_date,omitempty"`
	DisplayDate string   `json:"display_date,omitempty"`
	Text        tjsText  `json:"text"`
	Group       string   `json:"group,omitempty"`
	UniqueID    string   `json:"unique_id,omitempty"`
}

type tjsTitle struct {
	Text tjsText `json:"text"`
}

type tjsTimeline struct {
	Title  *tjsTitle  `json:"title,omitempty"`
	Events []tjsEvent `json:"events"`
}

// WriteTimelineJS writes the dated events of the timelines as one
// TimelineJS document, grouped by event type. Undated events are left out:
// TimelineJS needs a start date.
func WriteTimelineJS(w io.Writer, tls []Timeline) error {
	out := tjsTimeline{Events: []tjsEvent{}}
	if len(tls) == 1 {
		out.Title = &tjsTitle{Text: tjsText{Headline: tls[0].Document.ID}}
	}
	for _, tl := range tls {
		for _, e := range tl.Events {
			start, end, ok := e.Date.Bounds()
			if !ok {
				continue
			}
			p := PrecisionOf(e.Date.Value)
			ev := tjsEvent{
				StartDate:   partsOf(start, p),
				DisplayDate: displayDate(e.Date, start, p),
				Text:        tjsText{Headline: e.Summary, Text: e.Sentence},
				Group:       e.Type,
				UniqueID:    tl.Document.ID + "-" + e.ID,
			}
			if p != PrecisionDay && p != PrecisionTime && p != PrecisionUnknown {
				ed := partsOf(end, p)
				if ed != ev.StartDate {
					ev.EndDate = &ed
				}
			}
			out.Events = append(out.Events, ev)
		}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("timeline: writing TimelineJS: %w", err)
	}
	return nil
}

// partsOf keeps the parts of t that a date of precision p knows.
func partsOf(t time.Time, p Precision) tjsDate {
	switch p {
	case PrecisionYear, PrecisionDecade, PrecisionCentury:
		return tjsDate{Year: t.Year()}
	case PrecisionMonth, PrecisionSeason, PrecisionQuarter, PrecisionHalf:
		return tjsDate{Year: t.Year(), Month: int(t.Month())}
	}
	return tjsDate{Year: t.Year(), Month: int(t.Month()), Day: t.Day()}
}

// displayDate says a date as a reader would: "late April 2025",
// "May 10, 2025", "week 31 of 2025", "the 1970s".
func displayDate(d EventDate, start time.Time, p Precision) string {
	mod := map[string]string{"START": "early ", "MID": "mid-", "END": "late "}[d.Mod]
	switch p {
	case PrecisionDay, PrecisionTime:
		return start.Format("January 2, 2006")
	case PrecisionWeek, PrecisionWeekend:
		y, w := start.ISOWeek()
		return fmt.Sprintf("week %d of %d", w, y)
	case PrecisionMonth:
		return mod + start.Format("January 2006")
	case PrecisionSeason:
		return mod + map[time.Month]string{3: "spring", 6: "summer", 9: "autumn", 12: "winter"}[start.Month()] + fmt.Sprintf(" %d", start.Year())
	case PrecisionYear:
		return fmt.Sprintf("%s%d", mod, start.Year())
	case PrecisionDecade:
		return fmt.Sprintf("%sthe %ds", mod, start.Year()/10*10)
	}
	return d.Value
}
