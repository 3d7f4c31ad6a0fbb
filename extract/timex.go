package extract

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Timex is one time expression found in a text, with a TimeML TIMEX3 type,
// value and modifier normalized against the reference date.
type Timex struct {
	// Span holds byte offsets into the text passed to [Tagger.Tag];
	// text[Span.Start:Span.End] equals Text.
	Span Span
	Text string
	// Type is "DATE", "TIME", "DURATION" or "SET".
	Type string
	// Value is a TIMEX3 value: "2025-05-10", "2025-04", "2025-W31", "1998",
	// "197" (a decade), "19" (a century), "1998-SU", "1998-Q1", "1998-H2",
	// "2025-W31-WE", "2025-08-06T09:00", "2025-08-06TMO", "P3D", "PT2H",
	// "XXXX-WXX-1", "PAST_REF", "PRESENT_REF", "FUTURE_REF"...
	Value string
	// Mod is a TIMEX3 modifier: "", "START", "MID", "END", "APPROX",
	// "LESS_THAN", "MORE_THAN", "EQUAL_OR_LESS", "EQUAL_OR_MORE".
	Mod string
	// Anchor says what the value was computed from.
	Anchor TimexAnchor
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

// TimexAnchor says what a time expression's value is computed from.
type TimexAnchor int

// The anchors of a time expression.
const (
	// AnchorAbsolute: the text names the date itself with its year ("May 10,
	// 2025", "in 1977").
	AnchorAbsolute TimexAnchor = iota
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
func (a TimexAnchor) String() string {
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
	return "TimexAnchor(" + strconv.Itoa(int(a)) + ")"
}

// A Tagger finds time expressions in English text. Build it once with
// [NewTagger]; it is safe for concurrent use, since Tag only reads it.
type Tagger struct {
	lex map[string]lexEntry
}

// NewTagger returns a Tagger with its word tables built.
func NewTagger() *Tagger {
	t := &Tagger{lex: make(map[string]lexEntry, 400)}
	add := func(cat lexCat, val int, flags uint8, words ...string) {
		for _, w := range words {
			t.lex[w] = lexEntry{cat: cat, val: int16(val), flags: flags}
		}
	}
	months := [...][]string{
		{"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"},
		{"may"}, {"june", "jun"}, {"july", "jul"}, {"august", "aug"},
		{"september", "sept", "sep"}, {"october", "oct"}, {"november", "nov"}, {"december", "dec"},
	}
	for i, names := range months {
		add(catMonth, i+1, 0, names[0])
		for _, n := range names[1:] {
			add(catMonth, i+1, fAbbr, n)
		}
	}
	days := [...]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
	for i, d := range days {
		add(catWeekday, i+1, 0, d)
		add(catWeekday, i+1, fPlural, d+"s")
	}
	units := []struct {
		u          int
		sing, plur string
	}{
		{uSecond, "second", "seconds"}, {uMinute, "minute", "minutes"}, {uHour, "hour", "hours"},
		{uDay, "day", "days"}, {uWeek, "week", "weeks"}, {uWeekend, "weekend", "weekends"},
		{uMonth, "month", "months"}, {uQuarter, "quarter", "quarters"}, {uYear, "year", "years"},
		{uDecade, "decade", "decades"}, {uCentury, "century", "centuries"},
	}
	for _, u := range units {
		add(catUnit, u.u, 0, u.sing)
		add(catUnit, u.u, fPlural, u.plur)
	}
	add(catUnit, uMinute, 0, "min")
	add(catUnit, uHour, fPlural, "hrs")
	nums := []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
		"eighteen", "nineteen"}
	for i, n := range nums {
		add(catNum, i, 0, n)
	}
	tens := []string{"twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
	for i, n := range tens {
		add(catNum, 20+10*i, 0, n)
		add(catDecadeWord, 2+i, 0, n[:len(n)-1]+"ies") // twenties ... nineties
	}
	add(catNum, 100, fMult, "hundred")
	add(catNum, 1000, fMult, "thousand")
	add(catNum, 12, 0, "dozen")
	ords := []string{"", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
		"ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
		"sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"}
	for i, o := range ords[1:] {
		add(catOrd, i+1, 0, o)
	}
	add(catOrd, 21, 0, "twenty-first")
	seasons := [...][]string{{"spring"}, {"summer"}, {"fall", "autumn"}, {"winter"}}
	for i, s := range seasons {
		add(catSeason, i, 0, s...)
	}
	add(catPart, pMorning, 0, "morning")
	add(catPart, pAfternoon, 0, "afternoon")
	add(catPart, pEvening, 0, "evening")
	add(catPart, pNight, 0, "night")
	add(catPart, pMorning, fPlural, "mornings")
	add(catPart, pAfternoon, fPlural, "afternoons")
	add(catPart, pEvening, fPlural, "evenings")
	add(catPart, pNight, fPlural, "nights")
	add(catSetAdv, uHour, 0, "hourly")
	add(catSetAdv, uDay, 0, "daily", "nightly")
	add(catSetAdv, uWeek, 0, "weekly")
	add(catSetAdv, uMonth, 0, "monthly")
	add(catSetAdv, uYear, 0, "annually", "yearly")
	add(catLong, uDay, 0, "daylong")
	add(catLong, uWeek, 0, "weeklong")
	add(catLong, uMonth, 0, "monthlong")
	add(catLong, uYear, 0, "yearlong")
	add(catZone, 0, 0, "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet")
	words := []struct {
		id    int
		words []string
	}{
		{wThe, []string{"the"}}, {wA, []string{"a", "an"}}, {wOf, []string{"of"}},
		{wAgo, []string{"ago"}}, {wEarlier, []string{"earlier"}}, {wLater, []string{"later"}},
		{wBefore, []string{"before"}}, {wAfter, []string{"after"}},
		{wThis, []string{"this"}}, {wThat, []string{"that"}}, {wLast, []string{"last"}},
		{wNext, []string{"next"}}, {wPast, []string{"past"}}, {wComing, []string{"coming"}},
		{wPrevious, []string{"previous", "prior", "preceding"}}, {wFollowing, []string{"following"}},
		{wCurrent, []string{"current"}}, {wLatest, []string{"latest"}},
		{wSame, []string{"same"}}, {wRecent, []string{"recent"}},
		{wEarly, []string{"early"}}, {wLate, []string{"late"}}, {wMid, []string{"mid"}},
		{wEnd, []string{"end"}}, {wBeginning, []string{"beginning", "start"}},
		{wMiddle, []string{"middle"}}, {wHalf, []string{"half"}}, {wFiscal, []string{"fiscal"}},
		{wOr, []string{"or"}}, {wSo, []string{"so"}}, {wMore, []string{"more"}},
		{wLess, []string{"less", "fewer"}}, {wThan, []string{"than"}}, {wLeast, []string{"least"}},
		{wNo, []string{"no"}}, {wUp, []string{"up"}}, {wTo, []string{"to"}}, {wAt, []string{"at"}},
		{wAbout, []string{"about", "around", "approximately", "roughly", "nearly", "almost", "some"}},
		{wOver, []string{"over"}}, {wUnder, []string{"under"}}, {wWithin, []string{"within"}},
		{wFew, []string{"few"}}, {wSeveral, []string{"several", "many"}}, {wCouple, []string{"couple"}},
		{wEvery, []string{"every", "each"}}, {wPer, []string{"per"}},
		{wNoon, []string{"noon", "midday"}}, {wMidnight, []string{"midnight"}},
		{wNow, []string{"now", "currently", "nowadays"}},
		{wRecently, []string{"recently", "lately"}}, // not "previously", "formerly": TimeML news seldom marks them
		{wFuture, []string{"future"}}, {wPresent, []string{"present"}}, {wNear, []string{"near"}}, {wFull, []string{"full"}}, {wPeriod, []string{"period"}},
		{wToday, []string{"today"}}, {wTonight, []string{"tonight"}},
		{wYesterday, []string{"yesterday"}}, {wTomorrow, []string{"tomorrow"}},
		{wOvernight, []string{"overnight"}},
		{wIn, []string{"in", "since", "until", "till", "by", "from", "during", "through", "throughout", "between", "for", "on"}},
		{wAnd, []string{"and"}},
		{wSaid, []string{"said", "told", "announced", "reported", "added", "says"}},
		{wWill, []string{"will", "shall", "ll", "would", "wo"}},
		{wGoing, []string{"going"}}, {wSetTo, []string{"set", "due", "expected", "scheduled", "slated", "planned", "plans", "plan", "planning",
			"expects", "expect", "intends", "intend", "aims", "hopes"}},
		{wModal, []string{"might", "must", "should", "can"}},
		{wUpcoming, []string{"upcoming"}}, {wPercent, []string{"percent", "per-cent", "pct"}},
		{wOld, []string{"old"}}, {wChristmas, []string{"christmas"}},
		{wEaster, []string{"easter"}}, {wElection, []string{"election"}}, {wLabor, []string{"labor", "labour"}},
		{wMemorial, []string{"memorial"}}, {wIndependence, []string{"independence"}}, {wHalloween, []string{"halloween"}},
		{wValentine, []string{"valentine"}}, {wThen, []string{"then"}}, {wTime, []string{"time"}}, {wWhen, []string{"when"}},
		{wThanksgiving, []string{"thanksgiving"}}, {wNew, []string{"new"}}, {wEve, []string{"eve"}},
		{wAhead, []string{"ahead"}}, {wAm, []string{"am", "pm"}},
		{wBe, []string{"be", "been", "being"}}, {wIs, []string{"is", "are"}},
		{wHave, []string{"has", "have"}}, {wHad, []string{"had"}},
		{wMoney, []string{"million", "billion", "trillion", "dollars", "cents", "euros", "pounds", "yen"}},
		{wCountNoun, []string{"people", "troops", "votes", "men", "women", "children", "soldiers", "members", "points"}},
		{wNumberWord, []string{"number", "page", "route", "flight", "room", "highway", "interstate", "model", "version", "only", "just", "top"}},
		{wLater, []string{"afterward", "afterwards"}},
		{wPastVerb, []string{"was", "were", "did", "met", "went", "came", "took", "made", "left", "began",
			"held", "saw", "gave", "got", "led", "fled", "spoke", "fell", "rose", "won", "lost", "sent", "struck",
			"brought", "thought", "found", "became", "shot", "kept", "paid", "sold", "bought", "ran", "wrote",
			"stood", "broke", "flew", "drove", "chose", "heard", "felt", "knew", "grew", "threw", "built",
			"caught", "fought", "sought", "meant"}},
	}
	for _, w := range words {
		add(catWord, w.id, 0, w.words...)
	}
	return t
}

type lexCat uint8

const (
	catNone       lexCat = iota
	catMonth             // val: 1..12
	catWeekday           // val: 1..7, Monday is 1
	catUnit              // val: a unit
	catNum               // val: the number
	catOrd               // val: the ordinal's number
	catSeason            // val: 0..3, spring to winter
	catPart              // val: a part of the day
	catSetAdv            // val: the unit of "daily", "weekly"...
	catDecadeWord        // val: the tens digit of "twenties" ... "nineties"
	catZone              // a time zone
	catLong              // val: the unit of "weeklong", "yearlong"
	catWord              // val: a word id
)

// Flags of a lexicon entry.
const (
	fPlural = 1 << iota
	fAbbr
	fMult
)

type lexEntry struct {
	cat   lexCat
	val   int16
	flags uint8
}

// Units of time.
const (
	uNone = iota
	uSecond
	uMinute
	uHour
	uDay
	uWeek
	uWeekend
	uMonth
	uQuarter
	uYear
	uDecade
	uCentury
)

// Parts of the day.
const (
	pNone = iota
	pMorning
	pAfternoon
	pEvening
	pNight
)

var partCode = [...]string{"", "MO", "AF", "EV", "NI"}

// Word ids.
const (
	wNone = iota
	wThe
	wA
	wOf
	wAgo
	wEarlier
	wLater
	wBefore
	wAfter
	wThis
	wThat
	wLast
	wNext
	wPast
	wComing
	wPrevious
	wFollowing
	wCurrent
	wLatest
	wSame
	wRecent
	wEarly
	wLate
	wMid
	wEnd
	wBeginning
	wMiddle
	wHalf
	wFiscal
	wOr
	wSo
	wMore
	wLess
	wThan
	wLeast
	wNo
	wUp
	wTo
	wAt
	wAbout
	wOver
	wUnder
	wWithin
	wFew
	wSeveral
	wCouple
	wEvery
	wPer
	wNoon
	wMidnight
	wNow
	wRecently
	wFuture
	wPresent
	wNear
	wPeriod
	wFull
	wPastVerb
	wToday
	wTonight
	wYesterday
	wTomorrow
	wOvernight
	wIn
	wAnd
	wSaid
	wWill
	wGoing
	wSetTo
	wUpcoming
	wPercent
	wOld
	wChristmas
	wThanksgiving
	wNew
	wEve
	wAhead
	wAm
	wMoney
	wCountNoun
	wNumberWord
	wBe
	wIs
	wHave
	wHad
	wModal
	wEaster
	wElection
	wLabor
	wMemorial
	wIndependence
	wHalloween
	wValentine
	wThen
	wTime
	wWhen
)

// Token kinds.
const (
	tkWord = iota
	tkNum
	tkPunct
)

// A token is a word, a number or one punctuation character of the text.
type token struct {
	s, e int // byte offsets into the text
	kind uint8
	lex  lexEntry
	num  int // a number's value; -1 when it has separators or is too long
	ndig int // a number's digits
}

// scan holds the state of tagging one sentence.
type scan struct {
	t    *Tagger
	text string
	toks []token
	ref  time.Time
	// start is the first token of the expression being matched; tense
	// looks for its markers before it.
	start int
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
}

// Tag returns the time expressions of text in order of Span.Start, with
// non-overlapping spans. sentences are the byte spans of the text's
// sentences, in order (nil: Tag finds rough boundaries itself); an
// expression never crosses a sentence boundary, and the sentence's tense
// decides the year of a bare month and the week of a bare weekday. ref is
// the reference (publication) date; only its calendar date is used. A text
// that tells a history (the latest date it named lies at least three years
// before ref and came within the last ten sentences, and it did not use
// "yesterday", a weekday or "last week" before naming three such old
// dates) dates a bare month, day, season or time of day from that date
// instead, forward from it in a future-tense sentence.
func (t *Tagger) Tag(text string, sentences []Span, ref time.Time) []Timex {
	ref = time.Date(ref.Year(), ref.Month(), ref.Day(), 0, 0, 0, 0, time.UTC)
	if sentences == nil {
		sentences = roughSentences(text)
	}
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

// within reports whether date value a lies inside the coarser date value
// b: "1941-12-07" inside "1941" or "1941-12".
func within(a, b string) bool {
	return len(b) >= 4 && len(a) > len(b) && strings.HasPrefix(a, b) && a[len(b)] == '-'
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

// roughSentences splits text at sentence-final punctuation followed by space
// and a capital letter or quote, and at blank lines.
func roughSentences(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch c {
		case '\n':
			if i+1 < len(text) && text[i+1] == '\n' || i+2 < len(text) && text[i+1] == '\r' && text[i+2] == '\n' {
				out = append(out, Span{start, i})
				start = i + 1
			}
		case '.', '!', '?':
			j := i + 1
			for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
				j++
			}
			if j >= len(text) || (text[j] != ' ' && text[j] != '\n') {
				continue
			}
			k := j
			for k < len(text) && (text[k] == ' ' || text[k] == '\n') {
				k++
			}
			if k < len(text) && !(text[k] >= 'A' && text[k] <= 'Z' || text[k] == '"' || text[k] == '`') {
				continue
			}
			if c == '.' && abbrevBefore(text, i) {
				continue
			}
			out = append(out, Span{start, j})
			start = j
			i = j - 1
		}
	}
	if start < len(text) {
		out = append(out, Span{start, len(text)})
	}
	return out
}

// abbrevBefore reports whether the word ending at text[i] (a period) looks
// like an abbreviation: one letter, or a short capitalized title or month.
func abbrevBefore(text string, i int) bool {
	j := i
	for j > 0 && isASCIILetter(text[j-1]) {
		j--
	}
	w := text[j:i]
	if len(w) == 1 {
		return true
	}
	switch strings.ToLower(w) {
	case "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt", "jr", "sr",
		"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "corp", "co", "no", "vs":
		return true
	}
	return false
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

// tokenize appends the tokens of text[a:b] to toks.
func (t *Tagger) tokenize(text string, a, b int, toks []token) []token {
	var buf [24]byte
	for i := a; i < b; {
		c := text[i]
		switch {
		case c == ' ' || c == '\n' || c == '\t' || c == '\r':
			i++
		case isDigit(c):
			j := i
			n, nd, plain := 0, 0, true
			for j < b {
				if isDigit(text[j]) {
					if nd < 9 {
						n = n*10 + int(text[j]-'0')
					}
					nd++
					j++
					continue
				}
				if (text[j] == ',' || text[j] == '.' || text[j] == ':') && j+1 < b && isDigit(text[j+1]) {
					plain = false
					j++
					continue
				}
				break
			}
			if !plain || nd > 9 {
				n = -1
			}
			toks = append(toks, token{s: i, e: j, kind: tkNum, num: n, ndig: nd})
			i = j
		case isASCIILetter(c) || c >= utf8.RuneSelf && isLetterAt(text, i):
			j := i
			for j < b {
				if isASCIILetter(text[j]) {
					j++
					continue
				}
				if text[j] >= utf8.RuneSelf && isLetterAt(text, j) {
					_, sz := utf8.DecodeRuneInString(text[j:])
					j += sz
					continue
				}
				break
			}
			tk := token{s: i, e: j, kind: tkWord, num: -1}
			if j-i <= len(buf) {
				w := buf[:j-i]
				for k := range w {
					ch := text[i+k]
					if ch >= 'A' && ch <= 'Z' {
						ch += 'a' - 'A'
					}
					w[k] = ch
				}
				tk.lex = t.lex[string(w)]
			}
			toks = append(toks, tk)
			i = j
		default:
			sz := 1
			if c >= utf8.RuneSelf {
				_, sz = utf8.DecodeRuneInString(text[i:b])
			}
			toks = append(toks, token{s: i, e: i + sz, kind: tkPunct, num: -1})
			i += sz
		}
	}
	return toks
}

func isLetterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// futureAt reports whether token i marks the future: "will", "'ll",
// "shall", "would", "going to", "set/due/expected/scheduled to", "plans to",
// "upcoming", "next".
func (s *scan) futureAt(i int) bool {
	switch s.word(i) {
	case wWill:
		w := s.tokText(i)
		if w == "ll" && !s.isApos(i-1) || w == "wo" && !s.isApos(i+1) {
			return false
		}
		return true
	case wGoing:
		return s.word(i+1) == wTo
	case wSetTo:
		// "set to", "plans to", "expected to"; the others point ahead on
		// their own: "due Dec. 14", "scheduled for Monday". A plan that
		// "had been" due is past: "had been due to expire Friday".
		if s.word(i-1) == wHad || s.word(i-1) == wBe && s.word(i-2) == wHad ||
			s.word(i-1) == wBe && s.toks[i-2].kind == tkWord && strings.HasSuffix(s.tokText(i-2), "ly") && s.word(i-3) == wHad {
			return false
		}
		w := strings.ToLower(s.tokText(i))
		switch w {
		case "due":
			// "due Dec. 14", "due to arrive", but not "due to its loss"
			if s.word(i+1) == wTo {
				switch strings.ToLower(s.tokText(i + 2)) {
				case "the", "a", "an", "its", "their", "his", "her", "this", "that", "lower", "higher", "strong", "weak":
					return false
				}
			}
			return true
		case "scheduled", "slated":
			return true
		}
		if s.word(i+1) == wTo {
			return true
		}
		// "set for Monday", "planned for May"; but "plans for" is a noun.
		return strings.EqualFold(s.tokText(i+1), "for") && (w == "set" || w == "planned" || w == "expected")
	case wModal:
		// "must meet Monday", but not "must have met".
		return s.word(i+1) != wHave && s.word(i+2) != wHave
	case wTo:
		return s.word(i+1) == wBe && strings.EqualFold(s.tokText(i+1), "be") // "to be published"
	case wUpcoming, wNext:
		return true
	}
	if s.cat(i) == catMonth && s.val(i) == 5 && s.tokText(i) == "may" {
		return s.word(i+1) != wHave && s.word(i+2) != wHave // "may meet", not "may have met"
	}
	return false
}

// pastAt reports whether token i marks the past: a reporting verb, a
// common irregular past form, or a lower-case word ending in "-ed". A past
// participle after an auxiliary ("will be paid", "is expected", "has been
// extended") marks nothing itself: the auxiliary decides.
func (s *scan) pastAt(i int) bool {
	tk := &s.toks[i]
	switch tk.lex.cat {
	case catWord:
		switch tk.lex.val {
		case wSaid, wAgo, wLast, wYesterday, wEarlier, wHad:
			return true
		case wPastVerb:
			return !s.afterAux(i)
		}
		return false
	case catNone:
		w := s.text[tk.s:tk.e]
		return tk.kind == tkWord && len(w) >= 4 && w[0] >= 'a' && w[0] <= 'z' && strings.HasSuffix(w, "ed") && !s.afterAux(i) &&
			!s.adjectival(i)
	}
	return false
}

// adjectival reports whether the "-ed" word at i modifies the noun after
// it: "the expected ruling", "Series H preferred shares", "its planned
// visit".
func (s *scan) adjectival(i int) bool {
	if !s.plainNoun(i + 1) {
		return false
	}
	switch strings.ToLower(s.tokText(i - 1)) {
	case "the", "a", "an", "its", "their", "his", "her", "our", "this", "these", "those":
		return true
	}
	return i > 0 && s.toks[i-1].kind == tkWord && s.capital(i-1) || s.isNum(i-1)
}

// afterAux reports whether an auxiliary ("be", "been", "is", "was", "has",
// "had"...) comes right before token i, allowing one adverb between.
func (s *scan) afterAux(i int) bool {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch s.word(k) {
		case wBe, wIs, wHave, wHad:
			return true
		}
		w := strings.ToLower(s.tokText(k))
		if w == "was" || w == "were" {
			return true
		}
		if s.toks[k].kind != tkWord || !strings.HasSuffix(w, "ly") && w != "not" && w != "also" && w != "already" && w != "just" {
			return false
		}
	}
	return false
}

// Tenses returned by tense.
const (
	tensePast    = -1
	tenseNone    = 0
	tenseFuture  = 1
	tensePresent = 2 // a finite "is", "are": a bare weekday lies ahead
)

// markerAt returns the tense token k marks, or tenseNone. weak reports a
// guess from the "-ed" ending alone, which adjectives share ("preferred
// shares"); a marker with a known word beats it.
func (s *scan) markerAt(k int) (m int, weak bool) {
	switch {
	case s.futureAt(k):
		return tenseFuture, false
	case s.pastAt(k):
		return tensePast, s.cat(k) == catNone
	case s.word(k) == wIs:
		return tensePresent, false
	}
	return tenseNone, false
}

// tense returns tenseFuture when the expression at tokens [i, end) speaks
// of the future, tensePast of the past, tensePresent when its clause is in
// the present tense and tenseNone when the clause says nothing: the
// nearest tense marker before it, or failing that after it, decides; the
// search stops at clause punctuation, except after an expression that
// opens the sentence ("In January, the company hired...").
func (s *scan) tense(i, end int) int {
	if s.start < i {
		i = s.start
	}
	p := i - 1
	for strings.EqualFold(s.tokText(p), "on") || strings.EqualFold(s.tokText(p), "at") {
		p--
	}
	switch strings.ToLower(s.tokText(p)) {
	case "until", "till", "by":
		// A deadline points ahead: "until Tuesday", "by Jan. 14"; but
		// see deadlineTense.
		return s.deadlineTense(p, end)
	case "to":
		switch strings.ToLower(s.tokText(p - 1)) {
		case "extended", "postponed", "delayed", "deferred", "adjourned", "moved", "rescheduled":
			return tenseFuture // "extended to Nov. 20"
		}
	case "as":
		if w := strings.ToLower(s.tokText(p - 1)); (w == "soon" || w == "early") && strings.EqualFold(s.tokText(p-2), "as") {
			return tenseFuture // "as soon as Friday", "as early as next week"
		}
	case "of":
		if strings.EqualFold(s.tokText(p-1), "as") {
			return tensePast // "as of Monday"
		}
	}
	// The nearest marker before the expression decides, a known word
	// before an "-ed" guess; a marker right after it ("a court Thursday
	// refused") beats one further back.
	back, backAt := tenseNone, -1
	for k := i - 1; k >= 0 && !s.clausePunct(k); k-- {
		if m, w := s.markerAt(k); m != tenseNone {
			if back == tenseNone {
				back, backAt = m, k
			}
			if !w {
				back, backAt = m, k
				break
			}
		}
	}
	if strings.EqualFold(s.tokText(end), "deadline") {
		return tenseFuture // "the Jan. 14 deadline"
	}
	if back != tenseNone && backAt >= i-2 {
		return back
	}
	fwd, weak := tenseNone, tenseNone
	initial := s.opensSentence(i)
	for k := end; k < len(s.toks) && !s.subordinator(k); k++ {
		if s.clausePunct(k) {
			if !initial || !s.isPunct(k, ',') {
				break
			}
			initial = false
			continue
		}
		if m, w := s.markerAt(k); m != tenseNone {
			if back != tenseNone && k > end {
				break // only a verb right after the expression beats one before it
			}
			if !w {
				fwd = m
				break
			}
			if weak == tenseNone {
				weak = m
			}
		}
	}
	switch {
	case back != tenseNone && fwd == tenseNone && weak == tenseNone:
		return back
	case fwd != tenseNone:
		return fwd
	case weak != tenseNone:
		return weak
	}
	return back
}

// opensSentence reports whether only a preposition or a conjunction comes
// before token i in its sentence.
func (s *scan) opensSentence(i int) bool {
	for k := 0; k < i; k++ {
		switch s.word(k) {
		case wIn, wAnd, wAt, wThe, wEarly, wLate, wMid:
			continue
		}
		if s.isPunct(k, '"') || s.isPunct(k, '`') || s.isPunct(k, '-') || strings.EqualFold(s.tokText(k), "but") {
			continue
		}
		return false
	}
	return true
}

// deadlineTense returns the tense of a deadline opened by token p
// ("until", "by") and ending before token end.
func (s *scan) deadlineTense(p, end int) int {
	if strings.EqualFold(s.tokText(p-1), "not") {
		return tensePast // "it was not until Tuesday that"
	}
	initial := true
	for k := p - 1; k >= 0 && !s.clausePunct(k); k-- {
		if s.word(k) == wHad {
			return tensePast
		}
		if w := strings.ToLower(s.tokText(k)); w != "but" && w != "and" && w != "up" && w != "only" && w != "even" {
			initial = false
		}
	}
	if !initial {
		return tenseFuture
	}
	commas := 0
	for k := end; k < len(s.toks); k++ {
		if s.clausePunct(k) {
			if !s.isPunct(k, ',') || commas > 1 { // "Until Thursday, however, they had"
				break
			}
			commas++
			continue
		}
		if s.word(k) == wSaid {
			continue
		}
		if m, _ := s.markerAt(k); m != tenseNone {
			if m == tensePast {
				return tensePast
			}
			return tenseFuture
		}
	}
	return tenseFuture
}

// clausePunct reports whether token i is punctuation that ends a clause.
func (s *scan) clausePunct(i int) bool {
	if s.toks[i].kind != tkPunct {
		return false
	}
	switch s.text[s.toks[i].s] {
	case ',', ';', ':', '(', ')', '"', '`', '!', '?':
		// Not '.': sentences are split already, so a period inside one
		// ends an abbreviation ("U.S.", "Corp.").
		return true
	}
	return false
}

// subordinator reports whether token i opens a subordinate clause, whose
// verb does not tell the tense of what comes before it.
func (s *scan) subordinator(i int) bool {
	switch strings.ToLower(s.tokText(i)) {
	case "that", "which", "who", "whose", "because", "if", "whether", "while", "although", "though":
		return true
	}
	return false
}

// future1 reports whether the expression at tokens [i, end) should be read
// in the future. With no tense marker the past is assumed, as news mostly
// reports what happened.
func (s *scan) future1(i, end int) bool { return s.tense(i, end) == tenseFuture }

// run tags the current sentence and appends its expressions to out.
func (s *scan) run(out []Timex) []Timex {
	for i := 0; i < len(s.toks); {
		tk := &s.toks[i]
		if tk.lex.cat == catNone && tk.kind == tkWord {
			i++
			continue
		}
		s.start, s.ahead = i, false
		end, tx, ok := s.match(i)
		if !ok {
			i++
			continue
		}
		tx.Span = Span{s.toks[i].s, s.toks[end-1].e}
		tx.Text = s.text[tx.Span.Start:tx.Span.End]
		out = append(out, tx)
		if e2, tx2, ok := s.rangeEnd(end, tx); ok {
			// "May 7-10", "from May 7 to 10": the end is a date of its own.
			tx2.Span = Span{s.toks[e2-1].s, s.toks[e2-1].e}
			tx2.Text = s.text[tx2.Span.Start:tx2.Span.End]
			out = append(out, tx2)
			end = e2
		}
		if tx.Anchor == AnchorRef && s.oldDates < historyDates && s.countsFromRef(i, end) {
			s.news = true
		}
		if tx.Anchor == AnchorAbsolute && tx.Type == "DATE" && len(tx.Value) >= 4 {
			if y, err := strconv.Atoi(tx.Value[:4]); err == nil && y <= s.ref.Year()-3 {
				s.oldDates++
			}
		}
		history := !s.news && s.oldDates >= historyDates
		if (tx.Type == "DATE" || tx.Type == "TIME") && len(tx.Value) >= 4 && isDigit(tx.Value[0]) && isDigit(tx.Value[3]) &&
			!(history && tx.Anchor == AnchorRef && s.countsFromRef(i, end)) && !s.ahead &&
			!(history && tx.Anchor == AnchorEvent && tx.Shift.N < 0) {
			// A history's story time is not moved by a quoted "today" or
			// a look back ("the previous year"); a coarser name of the
			// period it is in ("1941" after "December 7, 1941") keeps it
			// where it is.
			if !within(s.ante, tx.Value) {
				s.ante = tx.Value
			}
			s.anteSent = s.sent
			if k := strings.IndexByte(s.ante, 'T'); k >= 0 {
				s.ante = s.ante[:k]
			}
		}
		i = end
	}
	return out
}

// Accessors; out-of-range indexes read as nothing.

func (s *scan) cat(i int) lexCat {
	if i < 0 || i >= len(s.toks) {
		return catNone
	}
	return s.toks[i].lex.cat
}

func (s *scan) val(i int) int { return int(s.toks[i].lex.val) }

func (s *scan) word(i int) int {
	if s.cat(i) != catWord {
		return wNone
	}
	return int(s.toks[i].lex.val)
}

func (s *scan) tokText(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return s.text[s.toks[i].s:s.toks[i].e]
}

func (s *scan) isNum(i int) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tkNum && s.toks[i].num >= 0
}

func (s *scan) isPunct(i int, c byte) bool {
	return i >= 0 && i < len(s.toks) && s.toks[i].kind == tkPunct && s.text[s.toks[i].s] == c
}

func (s *scan) isApos(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tkPunct {
		return false
	}
	p := s.tokText(i)
	return p == "'" || p == "’" || p == "‘"
}

// adj reports whether tokens i and i+1 touch, with no space between.
func (s *scan) adj(i int) bool {
	return i >= 0 && i+1 < len(s.toks) && s.toks[i].e == s.toks[i+1].s
}

func (s *scan) capital(i int) bool {
	c := s.text[s.toks[i].s]
	return c >= 'A' && c <= 'Z'
}

// allCaps reports whether the word at i is written in capitals.
func (s *scan) allCaps(i int) bool {
	w := s.tokText(i)
	for k := 0; k < len(w); k++ {
		if w[k] >= 'a' && w[k] <= 'z' {
			return false
		}
	}
	return true
}

// isYear reports whether token i is a four-digit number that can be a year.
func (s *scan) isYear(i int) bool {
	if !s.isNum(i) || s.toks[i].ndig != 4 {
		return false
	}
	y := s.toks[i].num
	if y < 1000 || y > 2099 {
		return false
	}
	return !s.isPunct(i+1, '%') && s.word(i+1) != wPercent
}

// match tries every rule at token i and returns the longest expression.
func (s *scan) match(i int) (int, Timex, bool) {
	j, qmod := s.quantMod(i)
	end, tx, ok := s.edged(j)
	if !ok {
		return 0, Timex{}, false
	}
	if qmod != "" {
		if tx.Mod == "" || tx.Mod == "APPROX" {
			tx.Mod = qmod
		}
	}
	if len(tx.Value) == 4 && tx.Type == "DATE" && tx.Mod == "" {
		end, tx = s.yearQuarter(end, tx)
	}
	return end, tx, true
}

// yearQuarter extends a year with the quarter or period that follows it:
// "this year's third quarter", "the 1988 period", "last year's quarter".
func (s *scan) yearQuarter(end int, tx Timex) (int, Timex) {
	j := end
	if s.isApos(j) && strings.EqualFold(s.tokText(j+1), "s") {
		j += 2
	}
	if s.cat(j) == catOrd && s.val(j) >= 1 && s.val(j) <= 4 {
		k := j + 1
		if s.isPunct(k, '-') && s.adj(j) {
			k++
		}
		if s.cat(k) == catUnit && s.val(k) == uQuarter && s.toks[k].lex.flags&fPlural == 0 {
			tx.Value += "-Q" + strconv.Itoa(s.val(j))
			return k + 1, tx
		}
		return end, tx
	}
	if s.cat(j) == catUnit && s.val(j) == uQuarter && s.toks[j].lex.flags&fPlural == 0 || s.word(j) == wPeriod {
		q := s.lastQuarter().Value
		tx.Value += q[4:]
		return j + 1, tx
	}
	return end, tx
}

// quantMod reads a quantifying modifier ("about", "more than", "at least",
// "no more than") at i and returns where the expression continues and the
// TIMEX3 mod it gives.
func (s *scan) quantMod(i int) (int, string) {
	switch s.word(i) {
	case wAbout:
		if strings.EqualFold(s.tokText(i), "some") && !s.quantity(i+1) {
			return i, ""
		}
		if s.word(i+1) == wThe {
			return i, ""
		}
		if s.cat(i+1) == catWeekday {
			return i, "" // "get around Wednesday's ruling": a preposition
		}
		w := strings.ToLower(s.tokText(i))
		if w == "nearly" || w == "almost" {
			return i + 1, "APPROX"
		}
		return i + 1, "APPROX"
	case wMore, wLess:
		if s.word(i+1) == wThan && s.quantity(i+2) {
			if s.word(i) == wMore {
				return i + 2, "MORE_THAN"
			}
			return i + 2, "LESS_THAN"
		}
	case wOver:
		if s.quantity(i + 1) {
			return i + 1, "MORE_THAN"
		}
	case wUnder:
		if s.quantity(i + 1) {
			return i + 1, "LESS_THAN"
		}
	case wAt:
		if s.word(i+1) == wLeast && (s.quantity(i+2) || s.word(i+2) == wThe) {
			return i + 2, "EQUAL_OR_MORE"
		}
	case wNo:
		if (s.word(i+1) == wMore || s.word(i+1) == wLess) && s.word(i+2) == wThan && s.quantity(i+3) {
			if s.word(i+1) == wMore {
				return i + 3, "EQUAL_OR_LESS"
			}
			return i + 3, "EQUAL_OR_MORE"
		}
	case wUp:
		if s.word(i+1) == wTo && s.quantity(i+2) {
			return i + 2, "EQUAL_OR_LESS"
		}
	}
	return i, ""
}

// quantity reports whether a count of units starts at i ("two", "24", "a",
// "a few", "several").
func (s *scan) quantity(i int) bool {
	_, _, ok := s.count(i)
	return ok
}

// count reads a count at i: digits, number words ("twenty-four", "two
// hundred"), "a"/"an" (1), "a few"/"few"/"several"/"many" (unknown, -1),
// "a couple of" (2), "a dozen". It returns the token after the count.
func (s *scan) count(i int) (int, int, bool) {
	switch {
	case s.isNum(i):
		if s.adj(i) && (s.isPunct(i+1, '.') || s.isPunct(i+1, ',')) && s.isNum(i+2) && s.adj(i+1) {
			return 0, 0, false
		}
		return i + 1, s.toks[i].num, true
	case s.cat(i) == catNum && s.toks[i].lex.flags&fMult == 0:
		n := s.val(i)
		j := i + 1
		if n >= 20 && s.isPunct(j, '-') && s.adj(i) && s.cat(j+1) == catNum && s.val(j+1) < 10 {
			n += s.val(j + 1)
			j += 2
		} else if n >= 20 && n < 100 && s.cat(j) == catNum && s.val(j) >= 1 && s.val(j) < 10 && s.toks[j].lex.flags == 0 {
			n += s.val(j) // "twenty four hours", written without the hyphen
			j++
		}
		if s.cat(j) == catNum && s.toks[j].lex.flags&fMult != 0 {
			n *= s.val(j)
			j++
		}
		return j, n, true
	}
	switch s.word(i) {
	case wA:
		switch s.word(i + 1) {
		case wFew:
			return i + 2, -1, true
		case wCouple:
			if s.word(i+2) == wOf {
				return i + 3, 2, true
			}
			return i + 2, 2, true
		}
		if s.cat(i+1) == catNum && s.val(i+1) == 12 { // a dozen
			return i + 2, 12, true
		}
		return i + 1, 1, true
	case wFew, wSeveral:
		return i + 1, -1, true
	case wAbout:
		if strings.EqualFold(s.tokText(i), "some") {
			return i + 1, -1, true
		}
	}
	return 0, 0, false
}

// edged reads an optional "the" and an edge modifier ("early", "late",
// "mid-", "the end of", "earlier", "later") before a core expression.
func (s *scan) edged(i int) (int, Timex, bool) {
	j := i
	the := false
	if s.word(j) == wThe {
		the = true
		j++
	}
	mod := ""
	k := j
	switch s.word(j) {
	case wEarly, wEarlier:
		mod, k = "START", j+1
	case wLate, wLater:
		mod, k = "END", j+1
	case wMid:
		mod, k = "MID", j+1
		if s.isPunct(k, '-') {
			k++
		}
	case wEnd, wBeginning, wMiddle:
		if s.word(j+1) == wOf {
			mod, k = map3(s.word(j)), j+2
		}
	}
	if mod == "" && s.tokText(j) != "" && s.toks[j].kind == tkWord && strings.HasPrefix(strings.ToLower(s.tokText(j)), "mid-") {
		mod, k = "MID", j+1
	}
	if mod != "" {
		if s.word(j) == wEarlier || s.word(j) == wLater {
			if s.word(k) == wIn && strings.EqualFold(s.tokText(k), "in") && s.word(k+1) == wThe && s.cat(k+2) == catUnit {
				// "earlier in the day", "later in the year"
				u := s.val(k + 2)
				tx := s.thisUnit(u)
				if tx.Value != "" && s.toks[k+2].lex.flags&fPlural == 0 {
					tx.Mod = mod
					return k + 3, tx, true
				}
			}
		}
		if s.cat(k) == catPart && s.toks[k].lex.flags&fPlural == 0 && s.word(j) != wEarlier && s.word(j) != wLater {
			// "mid-afternoon", "late morning": today's.
			tx := Timex{Type: "TIME", Value: day(s.ref) + "T" + partCode[s.val(k)], Mod: mod, Anchor: AnchorRef}
			end := k + 1
			if w := s.word(end); w == wToday || w == wYesterday || w == wTomorrow {
				_, d, _ := s.deictic(end)
				tx.Value = d.Value[:10] + "T" + partCode[s.val(k)]
				end++
			} else if s.cat(end) == catWeekday {
				if e2, d, ok := s.weekdayPhrase(end); ok {
					tx.Value = d.Value[:10] + "T" + partCode[s.val(k)]
					end = e2
				}
			}
			return end, tx, true
		}
		if end, tx, ok := s.core(k, false); ok && edgeable(tx) {
			if tx.Mod == "" && !(len(tx.Value) == 10 && (s.word(j) == wEarlier || s.word(j) == wLater)) {
				// "earlier Sunday" is just that day; "earlier this
				// month" is its first part.
				tx.Mod = mod
			}
			return end, tx, true
		}
		if s.word(j) == wEarlier || s.word(j) == wLater || s.word(j) == wEnd || s.word(j) == wBeginning || s.word(j) == wMiddle {
			return 0, Timex{}, false
		}
	}
	if the {
		if s.word(j) == wFull && s.cat(j+1) == catUnit {
			j++
		}
		if s.word(j) == wNear && s.word(j+1) == wFuture {
			return j + 2, Timex{Type: "DATE", Value: "FUTURE_REF", Anchor: AnchorVague}, true
		}
		if end, tx, ok := s.core(j, true); ok {
			return end, tx, true
		}
		return 0, Timex{}, false
	}
	return s.core(i, false)
}

func map3(w int) string {
	switch w {
	case wEnd:
		return "END"
	case wBeginning:
		return "START"
	}
	return "MID"
}

// edgeable reports whether an edge modifier can narrow tx.
func edgeable(tx Timex) bool {
	if tx.Type != "DATE" && tx.Type != "TIME" {
		return false
	}
	switch tx.Value {
	case "PAST_REF", "PRESENT_REF", "FUTURE_REF":
		return false
	}
	return true
}

// core matches a time expression at i without an edge modifier. the is set
// when "the" precedes i; rules that take no article fail then, and the
// caller retries without it.
func (s *scan) core(i int, the bool) (int, Timex, bool) {
	if i >= len(s.toks) {
		return 0, Timex{}, false
	}
	switch s.cat(i) {
	case catMonth:
		if the {
			return 0, Timex{}, false
		}
		return s.monthPhrase(i)
	case catWeekday:
		if the {
			return 0, Timex{}, false
		}
		return s.weekdayPhrase(i)
	case catSeason:
		return s.seasonPhrase(i, the)
	case catSetAdv:
		if the {
			return 0, Timex{}, false
		}
		u := s.val(i)
		return i + 1, Timex{Type: "SET", Value: durValue(1, u), Anchor: AnchorVague}, true
	case catDecadeWord:
		if !the {
			return 0, Timex{}, false
		}
		return i + 1, Timex{Type: "DATE", Value: "19" + strconv.Itoa(s.val(i)), Anchor: AnchorAbsolute}, true
	case catOrd:
		return s.ordinalPhrase(i, the)
	case catUnit:
		return s.unitPhrase(i, the)
	case catNum:
		if y, end, ok := s.spelledYear(i); ok {
			return end, Timex{Type: "DATE", Value: strconv.Itoa(y), Anchor: AnchorAbsolute}, true
		}
	case catPart:
		if the && s.toks[i].lex.flags&fPlural == 0 && s.val(i) == pMorning && s.word(i+1) != wOf {
			// "the morning": the reference day's, or in a history the
			// day it is at.
			if d, ok := s.storyDay(); ok {
				return i + 1, Timex{Type: "TIME", Value: d + "TMO", Anchor: AnchorEvent}, true
			}
			return i + 1, Timex{Type: "TIME", Value: day(s.ref) + "TMO", Anchor: AnchorRef}, true
		}
		return 0, Timex{}, false
	}
	if s.toks[i].kind == tkNum {
		if end, tx, ok := s.numberPhrase(i, the); ok {
			return end, tx, true
		}
	}
	if s.isApos(i) && !the {
		return s.aposDecade(i)
	}
	switch s.word(i) {
	case wThis, wLast, wNext, wPast, wComing, wPrevious, wFollowing, wCurrent, wLatest, wSame, wRecent, wThat, wUpcoming:
		if end, tx, ok := s.relPhrase(i, the); ok {
			return end, tx, true
		}
		if s.word(i) == wPast && the && s.cat(i+1) != catUnit && !s.quantity(i+1) {
			return i + 1, Timex{Type: "DATE", Value: "PAST_REF", Anchor: AnchorVague}, true
		}
	case wFiscal:
		if s.isYear(i + 1) {
			y := s.toks[i+1].num
			return i + 2, Timex{Type: "DATE", Value: strconv.Itoa(y), Anchor: AnchorAbsolute}, true
		}
		return s.core(i+1, the)
	case wToday, wTonight, wYesterday, wTomorrow, wOvernight:
		if the {
			return 0, Timex{}, false
		}
		return s.deictic(i)
	case wNow:
		if the {
			return 0, Timex{}, false
		}
		return i + 1, Timex{Type: "DATE", Value: "PRESENT_REF", Anchor: AnchorVague}, true
	case wRecently:
		if the {
			return 0, Timex{}, false
		}
		return i + 1, Timex{Type: "DATE", Value: "PAST_REF", Anchor: AnchorVague}, true
	case wFuture:
		if the || s.word(i-1) == wIn {
			return i + 1, Timex{Type: "DATE", Value: "FUTURE_REF", Anchor: AnchorVague}, true
		}
	case wPresent:
		if s.word(i-1) == wAt && !the {
			return i + 1, Timex{Type: "DATE", Value: "PRESENT_REF", Anchor: AnchorVague}, true
		}
	case wNoon, wMidnight:
		return s.clockPhrase(i)
	case wEvery:
		return s.everyPhrase(i)
	case wWithin:
		return s.withinPhrase(i)
	case wChristmas, wThanksgiving, wNew, wEaster, wElection, wLabor, wMemorial, wIndependence, wHalloween, wValentine:
		if !the {
			return s.holiday(i)
		}
	case wHalf:
		// "half an hour", "half a day"
		if s.word(i+1) == wA && s.cat(i+2) == catUnit && s.toks[i+2].lex.flags&fPlural == 0 && !the {
			return i + 3, Timex{Type: "DURATION", Value: halfDur(0, s.val(i+2)), Anchor: AnchorVague}, true
		}
	case wThen:
		return s.thenPhrase(i, the)
	case wTime:
		return s.timePhrase(i, the)
	}
	if s.cat(i) == catLong && !the {
		return i + 1, Timex{Type: "DURATION", Value: durValue(1, s.val(i)), Anchor: AnchorVague}, true
	}
	if s.quantity(i) {
		return s.countPhrase(i, the)
	}
	return 0, Timex{}, false
}

// --- months, weekdays, seasons, holidays ---

// monthPhrase reads "May", "May 10", "May 10th, 2025", "Sept. 3", "July
// 1997", "March of 1996", "June last year".
func (s *scan) monthPhrase(i int) (int, Timex, bool) {
	if !s.capital(i) {
		return 0, Timex{}, false
	}
	m := s.val(i)
	j := i + 1
	abbr := s.toks[i].lex.flags&fAbbr != 0
	if abbr {
		if s.isPunct(j, '.') && s.adj(i) {
			j++
		} else if !s.isNum(j) {
			return 0, Timex{}, false
		}
		if s.allCaps(i) && !s.isNum(j) {
			return 0, Timex{}, false
		}
	}
	d, y := 0, 0
	if s.isNum(j) && s.toks[j].ndig <= 2 && s.toks[j].num >= 1 && s.toks[j].num <= 31 &&
		!(s.adj(j) && s.isPunct(j+1, '%')) {
		d = s.toks[j].num
		j++
		if s.adj(j-1) && s.toks[j].kind == tkWord && isOrdSuffix(s.tokText(j)) {
			j++
		}
		if s.isPunct(j, ',') && s.isYear(j+1) {
			y = s.toks[j+1].num
			j += 2
		} else if s.isYear(j) {
			y = s.toks[j].num
			j++
		}
	} else if s.isYear(j) {
		y = s.toks[j].num
		j++
	} else if s.isPunct(j, ',') && s.isYear(j+1) && !s.isNum(j+2) {
		y = s.toks[j+1].num
		j += 2
	} else if s.word(j) == wOf && s.isYear(j+1) {
		y = s.toks[j+1].num
		j += 2
	} else if yy, end, ok := s.spelledYear(j); ok && s.cat(j) == catNum {
		y, j = yy, end // "January nineteen ninety-seven"
	}
	if d == 0 && y == 0 && (m == 5 || m == 3) && !abbr {
		// "May" the verb, "March" the noun: need a date context.
		switch s.word(i - 1) {
		case wIn, wEarly, wLate, wMid, wLast, wNext, wThis, wOf, wBefore, wAfter, wTo:
		default:
			if !(s.isPunct(i-1, '-') && s.word(i-2) == wMid) {
				return 0, Timex{}, false
			}
		}
	}
	if d == 0 && y == 0 {
		// "June last year", "January this year"
		if s.cat(j+1) == catUnit && s.val(j+1) == uYear && s.toks[j+1].lex.flags&fPlural == 0 {
			switch s.word(j) {
			case wLast:
				return j + 2, Timex{Type: "DATE", Value: ym(s.ref.Year()-1, m), Anchor: AnchorRef}, true
			case wThis:
				return j + 2, Timex{Type: "DATE", Value: ym(s.ref.Year(), m), Anchor: AnchorRef}, true
			case wNext:
				return j + 2, Timex{Type: "DATE", Value: ym(s.ref.Year()+1, m), Anchor: AnchorRef}, true
			}
		}
	}
	if abbr && d == 0 && y == 0 {
		return 0, Timex{}, false
	}
	if d > 0 && d > daysIn(m, 2000) {
		return 0, Timex{}, false
	}
	tx := Timex{Type: "DATE", Anchor: AnchorAbsolute}
	switch {
	case d > 0 && y > 0:
		tx.Value = ymd(y, m, d)
	case d > 0:
		tx.Anchor = AnchorRef
		tx.Value = day(s.resolveDay(m, d, s.tense(i, j)))
	case y > 0:
		tx.Value = ym(y, m)
	default:
		tx.Anchor = AnchorRef
		tx.Value = ym(s.resolveMonth(m, s.tense(i, j)), m)
	}
	return j, tx, true
}

func isOrdSuffix(w string) bool {
	switch strings.ToLower(w) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// rangeEnd reads the bare day that ends a range after the day-precision
// date tx ending at token end: "-10" in "May 7-10", "to 10" in "from May
// 7 to 10", "and 25" in "April 24 and 25", or the year after a year and a
// hyphen ("1914-1918"). It returns the token after it and that day in the
// same month and year (or that year).
func (s *scan) rangeEnd(end int, tx Timex) (int, Timex, bool) {
	if tx.Type == "DATE" && len(tx.Value) == 4 && tx.Mod == "" && s.isPunct(end, '-') && s.adj(end-1) && s.adj(end) &&
		s.isYear(end+1) && !s.adj(end+1) {
		// "1914-1918"
		y, _ := strconv.Atoi(tx.Value)
		if y2 := s.toks[end+1].num; y2 > y && y2-y <= 100 && s.toks[end-1].kind == tkNum {
			tx.Value = strconv.Itoa(y2)
			return end + 2, tx, true
		}
	}
	if tx.Type != "DATE" || len(tx.Value) != 10 || !isDigit(tx.Value[0]) {
		return 0, Timex{}, false
	}
	k := end
	switch {
	case s.isPunct(k, '-') && s.adj(k-1) && s.adj(k):
	case s.word(k) == wTo || s.word(k) == wAnd || strings.EqualFold(s.tokText(k), "through"):
	default:
		return 0, Timex{}, false
	}
	k++
	if !s.isNum(k) || s.toks[k].ndig > 2 {
		return 0, Timex{}, false
	}
	y, _ := strconv.Atoi(tx.Value[:4])
	m, _ := strconv.Atoi(tx.Value[5:7])
	d0, _ := strconv.Atoi(tx.Value[8:10])
	d := s.toks[k].num
	if d <= d0 || d > daysIn(m, y) {
		return 0, Timex{}, false
	}
	// Not a count or a time: "May 7 to 10 days", "May 7 and 10 p.m.".
	switch {
	case s.cat(k+1) == catUnit, s.cat(k+1) == catMonth, s.word(k+1) == wPercent, s.word(k+1) == wMoney,
		s.isPunct(k+1, '%'), s.isPunct(k+1, ':'), s.isNum(k + 1), s.adj(k) && s.toks[k+1].kind == tkWord && !isOrdSuffix(s.tokText(k+1)):
		return 0, Timex{}, false
	}
	if _, ok := s.meridiem(k + 1); ok {
		return 0, Timex{}, false
	}
	tx.Value = ymd(y, m, d)
	return k + 1, tx, true
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
	y, err := strconv.Atoi(s.ante[:4])
	if err != nil || y > s.ref.Year()-3 {
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
	if ay, am, ad, ok := s.narrative(); ok {
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
	if ay, am, ad, ok := s.narrative(); ok {
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
		return j, Timex{Type: "SET", Value: v, Anchor: AnchorVague}, true
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
	if s.isApos(j) && s.adj(i) && strings.EqualFold(s.tokText(j+1), "s") {
		// "Wednesday's ruling" names what has happened, even in reported
		// future ("would look for ways around Wednesday's ruling")
		te = tensePast
	}
	t := s.resolveWeekday(wd, te == tenseFuture || te == tensePresent)
	tx := Timex{Type: "DATE", Value: day(t), Anchor: AnchorRef}
	if s.cat(j) == catPart && s.toks[j].lex.flags&fPlural == 0 {
		tx.Type = "TIME"
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

var seasonCode = [...]string{"SP", "SU", "FA", "WI"}

// seasonPhrase reads "summer", "the summer of 1990", "spring 1998". A
// bare season needs a preposition or article before it, since "fall" and
// "spring" are also verbs and nouns.
func (s *scan) seasonPhrase(i int, the bool) (int, Timex, bool) {
	se := s.val(i)
	j := i + 1
	if s.word(j) == wOf && s.isYear(j+1) {
		return j + 2, Timex{Type: "DATE", Value: strconv.Itoa(s.toks[j+1].num) + "-" + seasonCode[se], Anchor: AnchorAbsolute}, true
	}
	if s.word(j) == wOf && s.cat(j+1) == catNum {
		if y, end, ok := s.spelledYear(j + 1); ok { // "the winter of nineteen ninety-four"
			return end, Timex{Type: "DATE", Value: strconv.Itoa(y) + "-" + seasonCode[se], Anchor: AnchorAbsolute}, true
		}
	}
	if s.isYear(j) {
		return j + 1, Timex{Type: "DATE", Value: strconv.Itoa(s.toks[j].num) + "-" + seasonCode[se], Anchor: AnchorAbsolute}, true
	}
	if s.word(j) == wOf || s.toks[i].lex.flags&fPlural != 0 {
		return 0, Timex{}, false
	}
	prev := i - 1
	if the {
		prev = i - 2
	}
	if !the && s.word(prev) != wIn && s.word(prev) != wEarly && s.word(prev) != wLate && s.word(prev) != wMid && !s.isPunct(prev, '-') {
		return 0, Timex{}, false
	}
	if s.cat(j) == catUnit || s.toks[i].kind != tkWord {
		return 0, Timex{}, false
	}
	y := s.resolveSeason(se, s.future1(i, j), 0)
	return j, Timex{Type: "DATE", Value: strconv.Itoa(y) + "-" + seasonCode[se], Anchor: AnchorRef}, true
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

// holiday reads "Christmas", "Christmas Eve", "Christmas Day",
// "Thanksgiving", "New Year's Day", "New Year's Eve", "Easter", "Easter
// Sunday", "Easter week", "Election Day", "Labor Day", "Memorial Day",
// "Independence Day", "Halloween" and "Valentine's Day", with an optional
// year after it. Without one, the year is the sentence's tense: the latest
// such day in the past, the next in the future. The US dates are used for
// Thanksgiving, Election, Labor and Memorial Day.
func (s *scan) holiday(i int) (int, Timex, bool) {
	if !s.capital(i) {
		return 0, Timex{}, false
	}
	j := i + 1
	dayWord := func(k int) bool {
		return s.cat(k) == catUnit && s.val(k) == uDay && s.capital(k) && s.toks[k].lex.flags&fPlural == 0
	}
	var at func(y int) time.Time
	fixed := func(m, d int) func(int) time.Time {
		return func(y int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
	}
	week := false
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
			return 0, Timex{}, false
		}
		j += 3
		at = fixed(1, 1)
		if s.word(j) == wEve && s.capital(j) {
			at = fixed(12, 31)
			j++
		} else if dayWord(j) {
			j++
		} else {
			return 0, Timex{}, false
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
			return 0, Timex{}, false
		}
		j += 3
		at = fixed(2, 14)
	case wElection, wLabor, wMemorial, wIndependence:
		if !dayWord(j) {
			return 0, Timex{}, false
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
		return 0, Timex{}, false
	}
	var t time.Time
	anchor := AnchorRef
	if s.isYear(j) {
		t, anchor = at(s.toks[j].num), AnchorAbsolute
		j++
	} else {
		y := s.ref.Year()
		t = at(y)
		switch te := s.tense(i, j); {
		case te == tenseFuture && t.Before(s.ref):
			t = at(y + 1)
		case te == tensePast && t.After(s.ref):
			t = at(y - 1)
		case te != tenseFuture && te != tensePast:
			// The nearest, with the future counted half as far again.
			if t.After(s.ref) {
				if prev := at(y - 1); 2*s.ref.Sub(prev) < 3*t.Sub(s.ref) {
					t = prev
				}
			} else if next := at(y + 1); 3*next.Sub(s.ref) < 2*s.ref.Sub(t) {
				t = next
			}
		}
	}
	if week {
		return j, Timex{Type: "DATE", Value: isoWeek(t), Anchor: anchor}, true
	}
	return j, Timex{Type: "DATE", Value: day(t), Anchor: anchor}, true
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

// --- numbers ---

// numberPhrase reads expressions that start with digits: years ("1990",
// "1990 invasion"), decades ("1990s"), ISO dates, "10 May 2025", clock
// times ("10:35 a.m."), and counts of units ("24 hours").
func (s *scan) numberPhrase(i int, the bool) (int, Timex, bool) {
	tk := s.toks[i]
	// A number inside a longer figure: "3-2", "555-1990", "1.5".
	if s.adj(i-1) && (s.isPunct(i-1, '-') || s.isPunct(i-1, '/') || s.isPunct(i-1, '$') || s.isPunct(i-1, '.')) && s.isNum(i-2) {
		return 0, Timex{}, false
	}
	if s.isPunct(i-1, '$') || s.isPunct(i-1, '#') {
		return 0, Timex{}, false
	}
	if end, tx, ok := s.clockPhrase(i); ok {
		return end, tx, true
	}
	if tk.num < 0 {
		return 0, Timex{}, false
	}
	// ISO date 2025-05-10.
	if tk.ndig == 4 && s.adj(i) && s.isPunct(i+1, '-') && s.adj(i+1) && s.isNum(i+2) && s.toks[i+2].ndig == 2 &&
		s.adj(i+2) && s.isPunct(i+3, '-') && s.adj(i+3) && s.isNum(i+4) && s.toks[i+4].ndig == 2 {
		y, m, d := tk.num, s.toks[i+2].num, s.toks[i+4].num
		if m >= 1 && m <= 12 && d >= 1 && d <= daysIn(m, y) && !(s.adj(i+4) && s.isPunct(i+5, '-')) {
			return i + 5, Timex{Type: "DATE", Value: ymd(y, m, d), Anchor: AnchorAbsolute}, true
		}
		return 0, Timex{}, false
	}
	// Numeric dates 12/25/2024 and 25/12/2024, read only when the order
	// is plain: one of the two numbers is above 12, or both are equal.
	// "5/10/2025" is May 10 in the US and 5 October elsewhere, so it is
	// left alone.
	if tk.ndig <= 2 && s.adj(i) && s.isPunct(i+1, '/') && s.adj(i+1) && s.isNum(i+2) && s.adj(i+2) &&
		s.isPunct(i+3, '/') && s.adj(i+3) && s.isNum(i+4) && s.toks[i+4].ndig == 4 {
		a, b, y := tk.num, s.toks[i+2].num, s.toks[i+4].num
		m, d := a, b
		if a > 12 {
			m, d = b, a
		} else if b <= 12 && a != b {
			return 0, Timex{}, false
		}
		if m >= 1 && m <= 12 && d >= 1 && d <= daysIn(m, y) {
			return i + 5, Timex{Type: "DATE", Value: ymd(y, m, d), Anchor: AnchorAbsolute}, true
		}
		return 0, Timex{}, false
	}
	// Day before month: "10 May 2025", "10th of May".
	if tk.ndig <= 2 && tk.num >= 1 && tk.num <= 31 && !the {
		j := i + 1
		if s.adj(i) && s.toks[j].kind == tkWord && isOrdSuffix(s.tokText(j)) {
			j++
			if s.word(j) == wOf {
				j++
			}
		}
		if s.cat(j) == catMonth && s.capital(j) {
			m := s.val(j)
			k := j + 1
			if s.toks[j].lex.flags&fAbbr != 0 && s.isPunct(k, '.') && s.adj(j) {
				k++
			}
			if tk.num <= daysIn(m, 2000) {
				if s.isYear(k) {
					return k + 1, Timex{Type: "DATE", Value: ymd(s.toks[k].num, m, tk.num), Anchor: AnchorAbsolute}, true
				}
				return k, Timex{Type: "DATE", Value: day(s.resolveDay(m, tk.num, s.tense(i, k))), Anchor: AnchorRef}, true
			}
		}
	}
	// "the 20th century"
	if tk.ndig <= 2 && tk.num >= 1 && s.adj(i) && s.toks[i+1].kind == tkWord && isOrdSuffix(s.tokText(i+1)) &&
		s.cat(i+2) == catUnit && s.val(i+2) == uCentury && s.toks[i+2].lex.flags&fPlural == 0 {
		return i + 3, Timex{Type: "DATE", Value: pad2(tk.num - 1), Anchor: AnchorAbsolute}, true
	}
	if tk.ndig == 4 && the && !(s.cat(i+1) == catUnit && s.val(i+1) == uQuarter || s.word(i+1) == wPeriod || s.cat(i+1) == catOrd) {
		// "the 1990s", "the 1990 invasion": TimeML leaves "the" out.
		return 0, Timex{}, false
	}
	if tk.ndig == 4 {
		if s.adj(i) && s.toks[i+1].kind == tkWord && strings.EqualFold(s.tokText(i+1), "s") && tk.num%10 == 0 {
			return i + 2, Timex{Type: "DATE", Value: strconv.Itoa(tk.num / 10), Anchor: AnchorAbsolute}, true
		}
		if s.adj(i) && s.isApos(i+1) && s.adj(i+1) && strings.EqualFold(s.tokText(i+2), "s") && tk.num%10 == 0 {
			return i + 3, Timex{Type: "DATE", Value: strconv.Itoa(tk.num / 10), Anchor: AnchorAbsolute}, true
		}
		if s.yearContext(i) {
			return i + 1, Timex{Type: "DATE", Value: strconv.Itoa(tk.num), Anchor: AnchorAbsolute}, true
		}
		return 0, Timex{}, false
	}
	return s.countPhrase(i, the)
}

// yearContext reports whether the four-digit number at i is a year rather
// than a count, an amount or part of a code.
func (s *scan) yearContext(i int) bool {
	if !s.isYear(i) {
		return false
	}
	y := s.toks[i].num
	if s.adj(i) && (s.isPunct(i+1, '-') || s.isPunct(i+1, '/')) && s.isNum(i+2) && s.toks[i+2].ndig != 2 && s.toks[i+2].ndig != 4 {
		return false // 1990-1 score, phone number
	}
	if s.adj(i) && s.toks[i+1].kind == tkWord {
		return false // 1990s handled by the caller; 2000m, 1200GB
	}
	if (s.word(i+1) == wTo || s.isPunct(i+1, '-')) && s.isNum(i+2) {
		// "1998 to 1020": a vote count, unless both are years of a range.
		if o := s.toks[i+2].num; s.toks[i+2].ndig == 4 && (o-y > 100 || y-o > 100) {
			return false
		}
	}
	switch s.word(i + 1) {
	case wMoney, wCountNoun, wPercent:
		return false
	}
	if s.pluralNoun(i + 1) {
		return false // "2000 troops": a count of a plural noun
	}
	if w := s.word(i - 1); (w == wTo || w == wAnd || w == wOr) && s.isNum(i-2) {
		if o := s.toks[i-2].num; o-y > 100 || y-o > 100 {
			return false // "2019 to 1500"
		}
		if !s.yearContext(i - 2) {
			return false // "carried 1205 to 1190": a count like the first
		}
	}
	prev := s.word(i - 1)
	switch prev {
	case wNumberWord, wThan, wLeast, wAbout, wOver, wUnder, wNo:
		return false
	case wIn, wOf, wFiscal, wEarly, wLate, wMid, wEnd, wAnd, wOr, wTo, wBefore, wAfter:
		return y >= 1000
	}
	if s.cat(i-1) == catNum || s.isNum(i-1) || s.cat(i-1) == catSeason {
		return s.cat(i-1) == catSeason
	}
	if y < 1900 || y > 2050 {
		return false
	}
	return true
}

// spelledYear reads a year in words, as broadcast transcripts write it:
// "nineteen ninety-six", "nineteen eighty".
func (s *scan) spelledYear(i int) (int, int, bool) {
	if s.cat(i) != catNum {
		return 0, 0, false
	}
	c := s.val(i)
	if c < 11 || c > 20 || s.cat(i+1) != catNum {
		return 0, 0, false
	}
	t := s.val(i + 1)
	if t < 20 || t%10 != 0 || t > 90 || s.toks[i+1].lex.flags&fMult != 0 {
		return 0, 0, false
	}
	y, end := c*100+t, i+2
	if s.isPunct(end, '-') && s.adj(end-1) && s.cat(end+1) == catNum && s.val(end+1) < 10 && s.val(end+1) > 0 {
		y += s.val(end + 1)
		end += 2
	}
	if s.cat(end) == catUnit {
		return 0, 0, false
	}
	return y, end, true
}

// aposDecade reads "'80s" and "the '90s".
func (s *scan) aposDecade(i int) (int, Timex, bool) {
	if !(s.adj(i) && s.isNum(i+1) && s.toks[i+1].ndig == 2 && s.toks[i+1].num%10 == 0 && s.adj(i+1)) {
		return 0, Timex{}, false
	}
	j := i + 2
	if s.isApos(j) && s.adj(j) {
		j++
	}
	if !strings.EqualFold(s.tokText(j), "s") {
		return 0, Timex{}, false
	}
	n := s.toks[i+1].num
	c := 19
	if n <= s.ref.Year()%100 && s.ref.Year() >= 2000 {
		c = 20
	}
	return j + 1, Timex{Type: "DATE", Value: strconv.Itoa(c) + strconv.Itoa(n/10), Anchor: AnchorAbsolute}, true
}

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
	if (s.isPunct(k, ',') || strings.EqualFold(s.tokText(k), "on")) && (s.cat(k+1) == catWeekday || s.cat(k+1) == catMonth) {
		k++ // "5 p.m., Nov. 6", "11 a.m. on 11 November 1918"
	}
	switch {
	case s.cat(k) == catWeekday:
		if end, tx, ok := s.weekdayPhrase(k); ok && tx.Type == "DATE" {
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
	return j, Timex{Type: "TIME", Value: v, Anchor: anchor}, true
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

// --- units and counts ---

// countPhrase reads a count and a unit: "two weeks", "a year", "four-day",
// "24 hours", "several years", with what follows: "ago", "earlier",
// "later", "before", "after", "old".
func (s *scan) countPhrase(i int, the bool) (int, Timex, bool) {
	j, n, ok := s.count(i)
	if !ok {
		return 0, Timex{}, false
	}
	if w := s.word(j); (w == wTo || w == wOr) && n >= 0 {
		// "two to three weeks", "12 or 18 months"
		if k, c, ok := s.count(j + 1); ok && c > n {
			j = k
		}
	}
	half := false
	switch {
	case n >= 0 && s.isNum(i) && s.isNum(j) && s.toks[j].num == 1 && s.adj(j) && s.isPunct(j+1, '/') && s.adj(j+1) &&
		s.isNum(j+2) && s.toks[j+2].num == 2:
		half, j = true, j+3 // "2 1/2 years"
	case n >= 0 && s.word(j) == wAnd && s.word(j+1) == wA && s.word(j+2) == wHalf:
		half, j = true, j+3 // "two and a half years"
	}
	hyph := false
	if s.isPunct(j, '-') && s.adj(j-1) && s.adj(j) {
		hyph = true
		j++
	}
	if s.word(j) == wMore && !hyph { // "two more weeks"
		j++
	}
	if s.cat(j) != catUnit {
		return 0, Timex{}, false
	}
	u := s.val(j)
	plural := s.toks[j].lex.flags&fPlural != 0
	if hyph && plural {
		return 0, Timex{}, false
	}
	if !hyph && n == 1 && plural {
		return 0, Timex{}, false
	}
	if n > 1 && !plural && !hyph && !s.plainNoun(j+1) {
		// "two year" only before a noun: "a two day rally".
		return 0, Timex{}, false
	}
	if s.capital(j) && !s.allCaps(j) {
		return 0, Timex{}, false // a title: "60 Minutes"
	}
	if s.isPunct(j+1, '-') && s.adj(j) && !hyph {
		return 0, Timex{}, false // "year-earlier", "day-long", "year-old"
	}
	if hyph && s.isPunct(j+1, '-') && s.adj(j) && strings.EqualFold(s.tokText(j+2), "long") {
		// "two-year-long"
		return j + 3, Timex{Type: "DURATION", Value: durValue(n, u), Anchor: AnchorVague}, true
	}
	if s.word(i) == wA && (u == uSecond) && !plural {
		// "a second" is usually the ordinal.
		return 0, Timex{}, false
	}
	j++
	// "two-year-old", "37 years old": ages are not time expressions in
	// TimeBank.
	if s.word(j) == wOld || (s.isPunct(j, '-') && s.word(j+1) == wOld) {
		return 0, Timex{}, false
	}
	if hyph && s.isPunct(j, '-') && s.adj(j-1) && s.word(j+1) == wOld {
		return 0, Timex{}, false
	}
	if u == uWeekend {
		return 0, Timex{}, false
	}
	if !half && n >= 0 && !plural && s.word(j) == wAnd && s.word(j+1) == wA && s.word(j+2) == wHalf {
		half, j = true, j+3 // "a minute and a half"
	}
	if half {
		return j, Timex{Type: "DURATION", Value: halfDur(n, u), Anchor: AnchorVague}, true
	}
	approx := false
	if s.word(j) == wOr && s.word(j+1) == wSo { // "a week or so ago"
		approx = true
		j += 2
	}
	// "a year ago", "two weeks ago"
	switch s.word(j) {
	case wAgo:
		if hyph {
			break
		}
		if n < 0 {
			return j + 1, Timex{Type: "DATE", Value: "PAST_REF", Anchor: AnchorVague}, true
		}
		v := s.ago(n, u)
		if v == "" {
			return 0, Timex{}, false
		}
		tx := Timex{Type: "DATE", Value: v, Anchor: AnchorRef}
		if approx {
			tx.Mod = "APPROX"
		}
		return j + 1, tx, true
	case wEarlier, wBefore, wLater, wAfter:
		if hyph || the {
			break
		}
		sign := 1
		if w := s.word(j); w == wEarlier || w == wBefore {
			sign = -1
		}
		nn := n
		if nn < 0 {
			nn = fewOf(u)
		}
		sh, ok := shiftOf(nn, u)
		if !ok {
			break
		}
		sh.N *= sign
		w := s.word(j)
		if w == wBefore || w == wAfter {
			if s.clauseEnd(j + 1) {
				// "two days before": the day the count points at.
				return j + 1, s.eventDate(sh), true
			}
			// "a week after the attack": the count is a duration
			// anchored on the event named next.
			tx := Timex{Type: "DURATION", Value: durValue(n, u), Anchor: AnchorEvent, Shift: sh}
			return j, tx, true
		}
		return j + 1, s.eventDate(sh), true
	}
	// A plain duration. A bare "a year" after an amount is a rate: SET.
	if n == 1 && s.word(i) == wA && !hyph && !the {
		if s.word(i-1) == wMoney || s.isNum(i-1) || s.word(i-1) == wPercent || s.isPunct(i-1, '%') ||
			s.word(i-1) == wCountNoun || s.cat(i-1) == catUnit && s.toks[i-1].lex.flags&fPlural != 0 ||
			s.pluralNoun(i-1) {
			return j, Timex{Type: "SET", Value: durValue(1, u), Anchor: AnchorVague}, true
		}
	}
	tx := Timex{Type: "DURATION", Value: durValue(n, u), Anchor: AnchorVague}
	if s.word(i-1) == wWithin && n >= 0 {
		if sh, ok := shiftOf(n, u); ok {
			tx.Anchor, tx.Shift = AnchorEvent, sh
		}
	}
	return j, tx, true
}

// plainNoun reports whether token i is a lower-case word outside the
// lexicon, most likely a noun or adjective.
func (s *scan) plainNoun(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tkWord || s.toks[i].lex.cat != catNone {
		return false
	}
	c := s.text[s.toks[i].s]
	return c >= 'a' && c <= 'z'
}

// pluralNoun reports whether token i looks like a plural common noun
// ("flights", "seats"), which a rate such as "a week" can follow.
func (s *scan) pluralNoun(i int) bool {
	if i < 0 || i >= len(s.toks) || s.toks[i].kind != tkWord || s.toks[i].lex.cat != catNone {
		return false
	}
	w := s.tokText(i)
	n := len(w)
	return n > 3 && w[0] >= 'a' && w[0] <= 'z' && w[n-1] == 's' && w[n-2] != 's' && w[n-2] != 'u' && w[n-2] != 'i'
}

// clauseEnd reports whether token i ends a clause: punctuation, the end of
// the sentence, or a conjunction.
func (s *scan) clauseEnd(i int) bool {
	if i >= len(s.toks) {
		return true
	}
	if s.toks[i].kind == tkPunct {
		return true
	}
	switch s.word(i) {
	case wAnd, wOr, wSaid:
		return true
	}
	return false
}

// fewOf is the count read for "days", "weeks"... without a number.
func fewOf(u int) int {
	if u == uDay || u == uHour || u == uMinute {
		return 3
	}
	return 2
}

// shiftOf turns n units into a Shift; units below a day have none.
func shiftOf(n, u int) (Shift, bool) {
	switch u {
	case uDay:
		return Shift{n, 'D'}, true
	case uWeek:
		return Shift{n, 'W'}, true
	case uMonth:
		return Shift{n, 'M'}, true
	case uQuarter:
		return Shift{n, 'Q'}, true
	case uYear:
		return Shift{n, 'Y'}, true
	case uDecade:
		return Shift{10 * n, 'Y'}, true
	}
	return Shift{}, false
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
	tx := Timex{Type: "DATE", Anchor: AnchorEvent, Shift: sh}
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

// thenPhrase reads "then" after "until", "since", "by", "from", "before",
// "after" or "back": the time of the event just told, dated by the latest
// date the text named, or a vague reference when there is none.
func (s *scan) thenPhrase(i int, the bool) (int, Timex, bool) {
	if the {
		return 0, Timex{}, false
	}
	switch w := s.word(i - 1); {
	case w == wIn && !strings.EqualFold(s.tokText(i-1), "in") && !strings.EqualFold(s.tokText(i-1), "on") &&
		!strings.EqualFold(s.tokText(i-1), "for"):
	case w == wBefore || w == wAfter || strings.EqualFold(s.tokText(i-1), "back"):
	default:
		return 0, Timex{}, false
	}
	tx := Timex{Type: "DATE", Value: s.vagueRef(i, i+1), Anchor: AnchorEvent, Shift: Shift{0, 'D'}}
	if v, ok := s.fromAnte(Shift{0, 'D'}); ok {
		tx.Value = v
	} else if v, ok := s.fromAnte(Shift{0, 'M'}); ok {
		tx.Value, tx.Shift = v, Shift{0, 'M'}
	} else if v, ok := s.fromAnte(Shift{0, 'Y'}); ok {
		tx.Value, tx.Shift = v, Shift{0, 'Y'}
	}
	return i + 1, tx, true
}

// timePhrase reads "the time" and "that time" after "at", "by", "since",
// "until", "during" or "from": the time of the event just told, given as
// a vague reference in the direction of the sentence's tense.
func (s *scan) timePhrase(i int, the bool) (int, Timex, bool) {
	det := i - 1
	if !the && s.word(det) != wThat || s.toks[i].lex.flags&fPlural != 0 {
		return 0, Timex{}, false
	}
	switch w := s.word(det - 1); {
	case w == wAt:
	case w == wIn && !strings.EqualFold(s.tokText(det-1), "in") && !strings.EqualFold(s.tokText(det-1), "on") &&
		!strings.EqualFold(s.tokText(det-1), "for"):
	default:
		return 0, Timex{}, false
	}
	if s.word(i+1) == wOf || s.word(i+1) == wWhen {
		return 0, Timex{}, false // "at the time of its founding"
	}
	return i + 1, Timex{Type: "DATE", Value: s.vagueRef(i, i+1), Anchor: AnchorVague}, true
}

// vagueRef returns PAST_REF, PRESENT_REF or FUTURE_REF by the tense of the
// expression at tokens [i, end); with no tense, the past.
func (s *scan) vagueRef(i, end int) string {
	switch s.tense(i, end) {
	case tenseFuture:
		return "FUTURE_REF"
	case tensePresent:
		return "PRESENT_REF"
	}
	return "PAST_REF"
}

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

// unitPhrase reads expressions that start with a unit word: "the year",
// "the quarter", "the weekend", "the week", "year-end", "year-earlier",
// "the day before", and bare plurals after "for"/"within"/"over"
// ("for years").
func (s *scan) unitPhrase(i int, the bool) (int, Timex, bool) {
	u := s.val(i)
	plural := s.toks[i].lex.flags&fPlural != 0
	j := i + 1
	if s.isPunct(j, '-') && s.adj(i) && s.adj(j) && strings.EqualFold(s.tokText(j+1), "long") && !s.capital(i) {
		// "day-long", "decades-long"
		n := 1
		if plural {
			n = -1
		}
		return j + 2, Timex{Type: "DURATION", Value: durValue(n, u), Anchor: AnchorVague}, true
	}
	// "year-end", "year's end", "year end"
	if u == uYear && !plural {
		k := j
		if s.isPunct(k, '-') && s.adj(k-1) {
			k++
		} else if s.isApos(k) && strings.EqualFold(s.tokText(k+1), "s") {
			k += 2
		}
		if s.word(k) == wEnd && s.word(k+1) != wOf {
			return k + 1, Timex{Type: "DATE", Value: strconv.Itoa(s.ref.Year()), Mod: "END", Anchor: AnchorRef}, true
		}
		// "year-earlier", "year-ago" (+ "quarter", "period"): the latest
		// quarter's, a year before.
		if s.isPunct(j, '-') && s.adj(i) && (s.word(j+1) == wEarlier || s.word(j+1) == wAgo) {
			q := s.lastQuarter()
			q.Value = shiftYear(q.Value, -1)
			k := j + 2
			if s.cat(k) == catOrd && s.word(k+1) == wNone && s.cat(k+1) == catUnit && s.val(k+1) == uQuarter {
				n := s.val(k)
				if n >= 1 && n <= 4 {
					q.Value = strconv.Itoa(s.ref.Year()-1) + "-Q" + strconv.Itoa(n)
				}
				k += 2
			} else if (s.cat(k) == catUnit && s.val(k) == uQuarter) || strings.EqualFold(s.tokText(k), "period") {
				k++
			}
			return k, q, true
		}
	}
	if !the {
		if plural && s.word(i-1) == wIn && !strings.EqualFold(s.tokText(i-1), "in") && !strings.EqualFold(s.tokText(i-1), "on") && u >= uHour {
			// "for years", "within days", "over months"
			return j, Timex{Type: "DURATION", Value: durValue(-1, u), Anchor: AnchorVague}, true
		}
		if plural && (s.word(j) == wLater || s.word(j) == wEarlier) && u >= uDay {
			sh, ok := shiftOf(fewOf(u), u)
			if ok {
				if s.word(j) == wEarlier {
					sh.N = -sh.N
				}
				return j + 1, s.eventDate(sh), true
			}
		}
		if plural && s.word(j) == wAgo {
			return j + 1, Timex{Type: "DATE", Value: "PAST_REF", Anchor: AnchorVague}, true
		}
		return 0, Timex{}, false
	}
	if plural {
		return 0, Timex{}, false
	}
	// "the day before", "the week after"
	if w := s.word(j); (w == wBefore || w == wAfter || w == wEarlier || w == wLater) && s.clauseEnd(j+1) {
		n := 1
		if w == wBefore || w == wEarlier {
			n = -1
		}
		if sh, ok := shiftOf(n, u); ok {
			return j + 1, s.eventDate(sh), true
		}
	}
	switch u {
	case uYear:
		if s.isYear(j) {
			// "the year 2000"
			return j + 1, Timex{Type: "DATE", Value: strconv.Itoa(s.toks[j].num), Anchor: AnchorAbsolute}, true
		}
		if k, n, ok := s.count(j); ok && n >= 1000 && n <= 2099 && s.cat(j) == catNum {
			// "the year two thousand"
			return k, Timex{Type: "DATE", Value: strconv.Itoa(n), Anchor: AnchorAbsolute}, true
		}
		if s.word(j) == wBefore || s.word(j) == wAfter || s.word(j) == wOf {
			return 0, Timex{}, false
		}
		if w := strings.ToLower(s.tokText(j)); w == "ended" || w == "ending" {
			// "the year ended July 2": a fiscal year, a duration.
			return j, Timex{Type: "DURATION", Value: "P1Y", Anchor: AnchorVague}, true
		}
		return j, Timex{Type: "DATE", Value: strconv.Itoa(s.ref.Year()), Anchor: AnchorRef}, true
	case uQuarter:
		if s.word(j) == wOf {
			return 0, Timex{}, false
		}
		return j, s.lastQuarter(), true
	case uWeekend:
		return j, Timex{Type: "DATE", Value: s.weekend(s.future1(i, j), 0), Anchor: AnchorRef}, true
	case uWeek:
		if s.word(j) == wOf && s.cat(j+1) == catMonth {
			// "the week of March 6"
			if end, tx, ok := s.monthPhrase(j + 1); ok && len(tx.Value) == 10 {
				if t, err := time.Parse("2006-01-02", tx.Value); err == nil {
					tx.Value = isoWeek(t)
					return end, tx, true
				}
			}
		}
		if s.word(j) == wOf || s.word(j) == wBefore || s.word(j) == wAfter {
			return 0, Timex{}, false
		}
		return j, Timex{Type: "DATE", Value: isoWeek(s.ref), Anchor: AnchorRef}, true
	}
	return 0, Timex{}, false
}

// lastQuarter is "the quarter" of a financial report: the latest quarter
// that ended before the reference date.
func (s *scan) lastQuarter() Timex {
	return Timex{Type: "DATE", Value: s.shifted(Shift{-1, 'Q'}), Anchor: AnchorRef}
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

// weekend returns the value of a weekend: dir 0 reads by tense (the latest
// weekend in the past, the next in the future), -1 is "last", +1 "next".
func (s *scan) weekend(future bool, dir int) string {
	rw := int(s.ref.Weekday())
	var sat time.Time
	switch {
	case dir == 0 && (rw == 6 || rw == 0):
		sat = s.ref.AddDate(0, 0, -((rw + 1) % 7))
	case dir > 0 || dir == 0 && future:
		sat = s.ref.AddDate(0, 0, (6-rw+7)%7)
		if rw == 6 || rw == 0 {
			sat = sat.AddDate(0, 0, 7)
		}
	default:
		d := (rw - 6 + 7) % 7
		if d == 0 {
			d = 7
		}
		sat = s.ref.AddDate(0, 0, -d)
		if dir < 0 && (rw == 0) {
			sat = sat.AddDate(0, 0, -7)
		}
	}
	return isoWeek(sat) + "-WE"
}

// ordinalPhrase reads "the third quarter", "third-quarter", "the first
// half of 1998", "the 20th century", "the first nine months".
func (s *scan) ordinalPhrase(i int, the bool) (int, Timex, bool) {
	n := s.val(i)
	j := i + 1
	if s.isPunct(j, '-') && s.adj(i) {
		j++
	}
	if s.word(j) == wFiscal {
		j++
	}
	if s.word(j) == wHalf && (n == 1 || n == 2) {
		j++
		y := s.ref.Year()
		anchor := AnchorRef
		if s.word(j) == wOf && s.isYear(j+1) {
			y, anchor = s.toks[j+1].num, AnchorAbsolute
			j += 2
		}
		return j, Timex{Type: "DATE", Value: strconv.Itoa(y) + "-H" + strconv.Itoa(n), Anchor: anchor}, true
	}
	if s.cat(j) == catUnit && !(s.toks[j].lex.flags&fPlural != 0) {
		switch s.val(j) {
		case uQuarter:
			if n < 1 || n > 4 {
				return 0, Timex{}, false
			}
			j++
			if s.word(j) == wOf && s.isYear(j+1) {
				return j + 2, Timex{Type: "DATE", Value: strconv.Itoa(s.toks[j+1].num) + "-Q" + strconv.Itoa(n), Anchor: AnchorAbsolute}, true
			}
			y := s.ref.Year()
			rq := (int(s.ref.Month())-1)/3 + 1
			// Results come out after their quarter: "will report
			// third-quarter results" in October is this year's third
			// quarter; only a quarter two or more back is next year's.
			if !s.future1(i, j) && n > rq {
				y--
			} else if s.future1(i, j) && n < rq-1 {
				y++
			}
			return j, Timex{Type: "DATE", Value: strconv.Itoa(y) + "-Q" + strconv.Itoa(n), Anchor: AnchorRef}, true
		case uCentury:
			return j + 1, Timex{Type: "DATE", Value: strconv.Itoa(n - 1), Anchor: AnchorAbsolute}, true
		}
	}
	// "the first nine months"
	if the && (n == 1 || n == 2) {
		if k, c, ok := s.count(j); ok && c > 1 && s.cat(k) == catUnit && s.toks[k].lex.flags&fPlural != 0 {
			return k + 1, Timex{Type: "DURATION", Value: durValue(c, s.val(k)), Anchor: AnchorVague}, true
		}
	}
	// "the 20th century" written with digits is read by numberPhrase.
	return 0, Timex{}, false
}

// --- relative expressions ---

// thisUnit returns the reference date's own day, week, month, quarter or
// year as a DATE.
func (s *scan) thisUnit(u int) Timex {
	tx := Timex{Type: "DATE", Anchor: AnchorRef}
	switch u {
	case uDay:
		tx.Value = day(s.ref)
	case uWeek:
		tx.Value = isoWeek(s.ref)
	case uMonth:
		tx.Value = ym(s.ref.Year(), int(s.ref.Month()))
	case uQuarter:
		tx.Value = s.shifted(Shift{0, 'Q'})
	case uYear:
		tx.Value = strconv.Itoa(s.ref.Year())
	case uWeekend:
		tx.Value = isoWeek(s.ref) + "-WE"
	case uCentury:
		tx.Value = strconv.Itoa(s.ref.Year() / 100)
	case uDecade:
		tx.Value = strconv.Itoa(s.ref.Year() / 10)
	}
	return tx
}

// relPhrase reads "this/last/next/past/coming/previous/following/current/
// latest/same/recent" + a unit, weekday, month, season or part of day.
func (s *scan) relPhrase(i int, the bool) (int, Timex, bool) {
	w := s.word(i)
	j := i + 1
	if w == wThis && s.word(j) == wPast { // "this past spring"
		w = wLast
		j++
	}
	if w == wLast || w == wPast || w == wNext || w == wComing || w == wPrevious || w == wFollowing || w == wRecent || w == wUpcoming {
		// "the past two years", "the next few days", "recent weeks"
		if k, n, ok := s.count(j); ok && s.cat(k) == catUnit && (n != 1 || s.word(j) != wA) {
			plural := s.toks[k].lex.flags&fPlural != 0
			if plural || n == 1 {
				return k + 1, Timex{Type: "DURATION", Value: durValue(n, s.val(k)), Anchor: AnchorVague}, true
			}
		}
		if s.cat(j) == catUnit && s.toks[j].lex.flags&fPlural != 0 {
			u := s.val(j)
			switch w {
			case wRecent, wPast, wLast:
				if w != wRecent && !the {
					return 0, Timex{}, false
				}
				return j + 1, Timex{Type: "DATE", Value: "PAST_REF", Anchor: AnchorVague}, true
			case wComing, wNext, wFollowing, wUpcoming:
				if w == wNext && !the {
					return 0, Timex{}, false
				}
				_ = u
				return j + 1, Timex{Type: "DATE", Value: "FUTURE_REF", Anchor: AnchorVague}, true
			}
		}
	}
	if w == wRecent || w == wUpcoming {
		return 0, Timex{}, false
	}
	if w == wThat && s.word(j) == wTime && !the {
		return s.timePhrase(j, false)
	}
	if s.word(j) == wFiscal {
		j++
	}
	if s.word(j) == wPeriod && w == wLatest && the {
		return j + 1, s.lastQuarter(), true
	}
	switch s.cat(j) {
	case catUnit:
		if s.toks[j].lex.flags&fPlural != 0 || s.capital(j) && !s.allCaps(j) {
			return 0, Timex{}, false // a title: "This Week"
		}
		u := s.val(j)
		end := j + 1
		if u == uQuarter && s.cat(j-1) == catOrd {
			return 0, Timex{}, false
		}
		switch w {
		case wThis, wCurrent:
			if w == wCurrent && !the {
				return 0, Timex{}, false
			}
			if _, ok := s.storyDay(); ok && u == uDay && w == wThis {
				return end, s.eventDate(Shift{0, 'D'}), true // "referred to this day as"
			}
			tx := s.thisUnit(u)
			if tx.Value == "" {
				return 0, Timex{}, false
			}
			if u == uWeekend {
				tx.Value = s.weekend(s.future1(i, end), 0)
			}
			return end, tx, true
		case wLast, wPast, wLatest:
			if w == wPast && !the || s.word(i-1) == wThe && s.word(end) == wOf {
				return 0, Timex{}, false // "the last week of August": part of what follows
			}
			if the && (w == wLast && u != uWeek && u != uQuarter || u == uDecade || u == uCentury) {
				// "the past decade" too: the ten years up to now.
				// "the last year" is usually the year up to now.
				return end, Timex{Type: "DURATION", Value: durValue(1, u), Anchor: AnchorVague}, true
			}
			if u == uWeekend {
				return end, Timex{Type: "DATE", Value: s.weekend(false, -1), Anchor: AnchorRef}, true
			}
			if w == wLatest && (u == uQuarter || u == uYear) {
				if u == uQuarter {
					return end, s.lastQuarter(), true
				}
			}
			sh, ok := shiftOf(-1, u)
			if !ok {
				return 0, Timex{}, false
			}
			return end, Timex{Type: "DATE", Value: s.shifted(sh), Anchor: AnchorRef}, true
		case wNext, wComing, wFollowing:
			if _, _, _, story := s.narrative(); (w == wFollowing || w == wNext && (u == uDay || story)) && the {
				// "the following month"; "the next day"; in a history
				// "the next year" too, which news uses for the year
				// after the reference date.
				sh, ok := shiftOf(1, u)
				if !ok {
					return 0, Timex{}, false
				}
				return end, s.eventDate(sh), true
			}
			if w == wFollowing {
				return 0, Timex{}, false
			}
			if u == uWeekend {
				return end, Timex{Type: "DATE", Value: s.weekend(true, 1), Anchor: AnchorRef}, true
			}
			sh, ok := shiftOf(1, u)
			if !ok {
				return 0, Timex{}, false
			}
			return end, Timex{Type: "DATE", Value: s.shifted(sh), Anchor: AnchorRef}, true
		case wPrevious:
			if !the {
				return 0, Timex{}, false
			}
			sh, ok := shiftOf(-1, u)
			if !ok {
				return 0, Timex{}, false
			}
			return end, s.eventDate(sh), true
		case wSame, wThat:
			if w == wSame && !the {
				return 0, Timex{}, false
			}
			if u == uDay || u == uWeek || u == uMonth || u == uYear || u == uQuarter {
				sh, _ := shiftOf(0, u)
				tx := s.eventDate(sh)
				return end, tx, true
			}
		}
		return 0, Timex{}, false
	case catWeekday:
		if !s.capital(j) || s.toks[j].lex.flags&fPlural != 0 {
			return 0, Timex{}, false
		}
		wd := s.val(j)
		end := j + 1
		var t time.Time
		switch w {
		case wLast, wPrevious, wPast:
			t = s.resolveWeekday(wd, false)
			if t.Equal(s.ref) {
				t = t.AddDate(0, 0, -7)
			}
		case wNext, wComing, wFollowing:
			t = s.resolveWeekday(wd, true)
		case wThis:
			t = s.resolveWeekday(wd, s.future1(i, end))
		default:
			return 0, Timex{}, false
		}
		tx := Timex{Type: "DATE", Value: day(t), Anchor: AnchorRef}
		if s.cat(end) == catPart && s.toks[end].lex.flags&fPlural == 0 {
			tx.Type = "TIME"
			tx.Value += "T" + partCode[s.val(end)]
			end++
		}
		return end, tx, true
	case catMonth:
		if !s.capital(j) || s.toks[j].lex.flags&fAbbr != 0 {
			return 0, Timex{}, false
		}
		m := s.val(j)
		y := s.ref.Year()
		rm := int(s.ref.Month())
		switch w {
		case wLast, wPast:
			if m >= rm-1 {
				y--
			}
		case wNext, wComing:
			if m <= rm {
				y++
			}
		case wThis:
			y = s.resolveMonth(m, s.tense(i, j+1))
		default:
			return 0, Timex{}, false
		}
		return j + 1, Timex{Type: "DATE", Value: ym(y, m), Anchor: AnchorRef}, true
	case catSeason:
		se := s.val(j)
		dir := 0
		switch w {
		case wLast, wPast:
			dir = -1
		case wNext, wComing:
			dir = 1
		case wThis:
		default:
			return 0, Timex{}, false
		}
		var y int
		if dir == 0 {
			y = s.ref.Year()
			if se == 3 && s.ref.Month() < 3 {
				y--
			}
		} else {
			y = s.resolveSeason(se, false, dir)
		}
		return j + 1, Timex{Type: "DATE", Value: strconv.Itoa(y) + "-" + seasonCode[se], Anchor: AnchorRef}, true
	case catPart:
		if s.toks[j].lex.flags&fPlural != 0 {
			return 0, Timex{}, false
		}
		p := s.val(j)
		switch w {
		case wThis:
			return j + 1, Timex{Type: "TIME", Value: day(s.ref) + "T" + partCode[p], Anchor: AnchorRef}, true
		case wLast:
			if p == pNight || p == pEvening {
				return j + 1, Timex{Type: "TIME", Value: day(s.ref.AddDate(0, 0, -1)) + "T" + partCode[p], Anchor: AnchorRef}, true
			}
		case wNext, wFollowing:
			if the {
				return j + 1, Timex{Type: "TIME", Value: "XXXX-XX-XXT" + partCode[p], Anchor: AnchorEvent, Shift: Shift{1, 'D'}}, true
			}
		case wSame, wThat:
			return j + 1, Timex{Type: "TIME", Value: "XXXX-XX-XXT" + partCode[p], Anchor: AnchorEvent, Shift: Shift{0, 'D'}}, true
		}
	}
	return 0, Timex{}, false
}

// deictic reads today, tonight, yesterday, tomorrow and overnight, with an
// optional part of the day ("yesterday morning").
func (s *scan) deictic(i int) (int, Timex, bool) {
	t := s.ref
	switch s.word(i) {
	case wYesterday:
		t = t.AddDate(0, 0, -1)
	case wTomorrow:
		t = t.AddDate(0, 0, 1)
	case wTonight:
		return i + 1, Timex{Type: "TIME", Value: day(t) + "TNI", Anchor: AnchorRef}, true
	}
	tx := Timex{Type: "DATE", Value: day(t), Anchor: AnchorRef}
	j := i + 1
	if s.word(i) != wOvernight && s.cat(j) == catPart && s.toks[j].lex.flags&fPlural == 0 {
		tx.Type = "TIME"
		tx.Value += "T" + partCode[s.val(j)]
		j++
	}
	return j, tx, true
}

// everyPhrase reads "every day", "each year", "every Monday", "each July",
// "every two years".
func (s *scan) everyPhrase(i int) (int, Timex, bool) {
	j := i + 1
	n := 1
	if k, c, ok := s.count(j); ok && s.word(j) != wA && c > 1 {
		n, j = c, k
	}
	switch s.cat(j) {
	case catUnit:
		return j + 1, Timex{Type: "SET", Value: durValue(n, s.val(j)), Anchor: AnchorVague}, true
	case catWeekday:
		if s.capital(j) {
			return j + 1, Timex{Type: "SET", Value: "XXXX-WXX-" + strconv.Itoa(s.val(j)), Anchor: AnchorVague}, true
		}
	case catMonth:
		if s.capital(j) && s.toks[j].lex.flags&fAbbr == 0 {
			return j + 1, Timex{Type: "SET", Value: "XXXX-" + pad2(s.val(j)), Anchor: AnchorVague}, true
		}
	case catPart:
		return j + 1, Timex{Type: "SET", Value: "XXXX-XX-XXT" + partCode[s.val(j)], Anchor: AnchorVague}, true
	}
	return 0, Timex{}, false
}

// withinPhrase reads "within days", "within a week", "within two months":
// a point a few units after the event the sentence continues.
func (s *scan) withinPhrase(i int) (int, Timex, bool) {
	j := i + 1
	n := -1
	if k, c, ok := s.count(j); ok {
		if c >= 0 {
			// "within two weeks": the duration is tagged on its own, and
			// countPhrase anchors it on the event.
			return 0, Timex{}, false
		}
		j = k
	}
	if s.cat(j) != catUnit || s.toks[j].lex.flags&fPlural == 0 {
		return 0, Timex{}, false
	}
	u := s.val(j)
	n = fewOf(u)
	sh, ok := shiftOf(n, u)
	if !ok {
		return 0, Timex{}, false
	}
	return j + 1, s.eventDate(sh), true
}

// --- formatting ---

func pad2(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

func pad4(n int) string {
	s := strconv.Itoa(n)
	for len(s) < 4 {
		s = "0" + s
	}
	return s
}

func ym(y, m int) string { return pad4(y) + "-" + pad2(m) }

func ymd(y, m, d int) string { return pad4(y) + "-" + pad2(m) + "-" + pad2(d) }

func day(t time.Time) string { return ymd(t.Year(), int(t.Month()), t.Day()) }

func isoWeek(t time.Time) string {
	y, w := t.ISOWeek()
	return pad4(y) + "-W" + pad2(w)
}

// daysIn returns the number of days of month m in year y.
func daysIn(m, y int) int {
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}
