package timex

import (
	"strconv"
	"strings"
	"time"
)

// Span is a half-open range of byte offsets into a text: text[Start:End] is
// the spanned text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Type is the TIMEX3 type of a time expression. Its values are the TIMEX3
// names themselves, so that a Type prints and marshals as "DATE", "TIME",
// "DURATION" or "SET".
type Type string

// The TIMEX3 types.
const (
	Date     Type = "DATE"     // a calendar date or period: "May 10", "last week", "1998", "the 1990s"
	Time     Type = "TIME"     // a time of day, or a part of one: "10:35 a.m.", "Friday morning"
	Duration Type = "DURATION" // an amount of time: "three days", "the past two years"
	Set      Type = "SET"      // a recurring time: "every Monday", "annually", "a year" after an amount
)

// Timex is one time expression found in a text, with a TimeML TIMEX3 type,
// value and modifier normalized against the reference date.
type Timex struct {
	// Span holds byte offsets into the text passed to [Tagger.Tag];
	// text[Span.Start:Span.End] equals Text.
	Span Span
	Text string
	// Type is Date, Time, Duration or Set.
	Type Type
	// Value is a TIMEX3 value: "2025-05-10", "2025-04", "2025-W31", "1998",
	// "197" (a decade), "19" (a century), "1998-SU", "1998-Q1", "1998-H2",
	// "2025-W31-WE", "2025-08-06T09:00", "2025-08-06TMO", "P3D", "PT2H",
	// "XXXX-WXX-1", "PAST_REF", "PRESENT_REF", "FUTURE_REF"...
	Value string
	// Mod is a TIMEX3 modifier: "", "START", "MID", "END", "APPROX",
	// "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE".
	Mod string
	// Anchor says what the value was computed from.
	Anchor Anchor
	// Shift is set when Anchor is AnchorEvent: how far from the date of the
	// event it follows (or precedes) the expression points, e.g. "within
	// days" is {N: 3, Unit: 'D'}, "the day before" {N: -1, Unit: 'D'}, "the
	// following month" {N: 1, Unit: 'M'}. Value then holds the best value
	// without that event: the latest date the text named before the
	// expression moved by the shift, when that date is fine enough ("the
	// following year" after "May 22, 1995" is 1996; a backward shift does
	// this only in a history, see [Tagger.Tag]); else for a forward shift a
	// pattern such as "XXXX-XX-XX", and for a backward shift ("a year
	// earlier", "the day before") the reference date moved by the shift,
	// since news most often counts back from the reported event, which is
	// the reference date.
	Shift Shift
}

// Shift is a signed distance in calendar units: N units of Unit, which is
// 'D' (days), 'W' (weeks), 'M' (months), 'Q' (quarters) or 'Y' (years).
type Shift struct {
	N    int
	Unit byte
}

// Anchor says what a time expression's value is computed from.
type Anchor int

// The anchors of a time expression.
const (
	// AnchorAbsolute: the text names the date itself with its year ("May 10,
	// 2025", "in 1977").
	AnchorAbsolute Anchor = iota
	// AnchorRef: resolved against the reference date ("last week", "Tuesday",
	// "in April", "two weeks ago", "today").
	AnchorRef
	// AnchorEvent: relative to another event of the narrative ("within
	// days", "days later", "the next day", "a week after the attack"); see
	// Timex.Shift.
	AnchorEvent
	// AnchorVague: PAST_REF, PRESENT_REF, FUTURE_REF ("recently", "in recent
	// weeks"), durations and sets.
	AnchorVague
)

// String returns the anchor's name in lower case: "absolute", "ref",
// "event" or "vague".
func (a Anchor) String() string {
	switch a {
	case AnchorAbsolute:
		return "absolute"
	case AnchorRef:
		return "ref"
	case AnchorEvent:
		return "event"
	case AnchorVague:
		return "vague"
	}
	return "Anchor(" + strconv.Itoa(int(a)) + ")"
}

// A Tagger finds time expressions in English text. Build it once with
// [New]; it is safe for concurrent use, since Tag only reads it.
type Tagger struct {
	lex map[string]lexEntry // every word form of words.go, lower case
}

// New returns a Tagger with its word table built.
func New() *Tagger { return &Tagger{lex: newLexicon()} }

// Tag returns the time expressions of text in order of Span.Start, with
// non-overlapping spans. sentences are the byte spans of the text's
// sentences, in order, as the caller's sentence splitter found them (Tag
// has none of its own, and tags no text outside them); an expression
// never crosses a sentence boundary, and the sentence's tense
// decides the year of a bare month and the week of a bare weekday. ref is
// the reference (publication) date; only its calendar date is used. A text
// that tells a history (the latest date it named lies at least three years
// before ref and came within the last ten sentences, and it did not use
// "yesterday", a weekday or "last week" before naming three such old
// dates) dates a bare month, day, season or time of day from that date
// instead, forward from it in a future-tense sentence.
func (t *Tagger) Tag(text string, sentences []Span, ref time.Time) []Timex {
	ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	var out []Timex
	s := scan{t: t, text: text, ref: ref, toks: make([]token, 0, 64)}
	last := 0
	lastQ, lastQSent := "", -2 // the latest quarter named, and in which sentence
	for si, sp := range sentences {
		a, b := sp.Start, sp.End
		if a < last {
			a = last
		}
		if b > len(text) {
			b = len(text)
		}
		if a >= b {
			continue
		}
		last = b
		s.toks = t.tokenize(text, a, b, s.toks[:0])
		n0 := len(out)
		s.sent = si
		out = s.run(out)
		for k := n0; k < len(out); k++ {
			out[k].Value = clampYear(out[k].Value)
		}
		for _, tx := range out[n0:] {
			if isQuarterValue(tx.Value) {
				lastQ, lastQSent = tx.Value, si
			}
		}
		if lastQ != "" && lastQSent >= si-3 {
			// In a report on a quarter, "a year ago" or "a year earlier" is
			// that quarter a year before.
			for k := n0; k < len(out); k++ {
				if yearBack(out[k].Text) {
					out[k].Value = shiftYear(lastQ, -1)
				}
			}
		}
	}
	return out
}

// clampYear keeps a value's year within 0001-9999, the years TIMEX3 and
// ISO 8601 write with four digits: a value outside them ("999999999 days
// ago" counted back from 2025) keeps its shape with the unknown digits as
// X ("XXXX-XX-XX"), so that the expression is still reported.
func clampYear(v string) string {
	if v == "" || !(v[0] == '-' || isDigit(v[0])) {
		return v
	}
	digits := strings.TrimLeft(v, "-")
	n := 0
	for n < len(digits) && isDigit(digits[n]) {
		n++
	}
	if v[0] != '-' && n <= 4 && !(n == 4 && digits[:4] == "0000") {
		return v // a year, decade ("199") or century ("19") in range
	}
	rest := digits[n:]
	var b strings.Builder
	b.WriteString("XXXX")
	for i := 0; i < len(rest); i++ {
		if isDigit(rest[i]) {
			b.WriteByte('X')
		} else {
			b.WriteByte(rest[i])
		}
	}
	return b.String()
}

// isQuarterValue reports whether v is a quarter such as "1998-Q3".
func isQuarterValue(v string) bool {
	return len(v) == 7 && v[4] == '-' && v[5] == 'Q' && v[6] >= '1' && v[6] <= '4'
}

// yearBack reports whether text ends with "year ago" or "year earlier".
func yearBack(text string) bool {
	n := len(text)
	return n >= 8 && strings.EqualFold(text[n-8:], "year ago") ||
		n >= 12 && strings.EqualFold(text[n-12:], "year earlier")
}
