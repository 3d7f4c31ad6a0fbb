package timex

import "strings"

// This file declares every word the rules know, each id beside its forms
// (as go/token does): the word ids and their table, then the calendar words
// (months, weekdays, units, numbers, ordinals, seasons, parts of the day)
// with theirs. newLexicon turns the tables into the Tagger's lookup map.

// lexCat is the category of a word of the lexicon; lexEntry.val means
// something different in each.
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

// lexEntry is what the lexicon knows of a word form.
type lexEntry struct {
	cat   lexCat
	val   int16
	flags uint8
}

// Word ids: the words the rules test by name (s.word(i) == wThe), in the
// category catWord. wordForms gives each one's forms.
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

// wordForms gives the lower-case forms of each word id; several forms share
// an id when the rules treat them alike ("since", "until", "by"... are all
// wIn, a preposition that opens a time; "in" itself is told apart by its
// text where that matters).
var wordForms = [...][]string{
	wThe:       {"the"},
	wA:         {"a", "an"},
	wOf:        {"of"},
	wAgo:       {"ago"},
	wEarlier:   {"earlier"},
	wLater:     {"later", "afterward", "afterwards"},
	wBefore:    {"before"},
	wAfter:     {"after"},
	wThis:      {"this"},
	wThat:      {"that"},
	wLast:      {"last"},
	wNext:      {"next"},
	wPast:      {"past"},
	wComing:    {"coming"},
	wPrevious:  {"previous", "prior", "preceding"},
	wFollowing: {"following"},
	wCurrent:   {"current"},
	wLatest:    {"latest"},
	wSame:      {"same"},
	wRecent:    {"recent"},
	wEarly:     {"early"},
	wLate:      {"late"},
	wMid:       {"mid"},
	wEnd:       {"end"},
	wBeginning: {"beginning", "start"},
	wMiddle:    {"middle"},
	wHalf:      {"half"},
	wFiscal:    {"fiscal"},
	wOr:        {"or"},
	wSo:        {"so"},
	wMore:      {"more"},
	wLess:      {"less", "fewer"},
	wThan:      {"than"},
	wLeast:     {"least"},
	wNo:        {"no"},
	wUp:        {"up"},
	wTo:        {"to"},
	wAt:        {"at"},
	wAbout:     {"about", "around", "approximately", "roughly", "nearly", "almost", "some"},
	wOver:      {"over"},
	wUnder:     {"under"},
	wWithin:    {"within"},
	wFew:       {"few"},
	wSeveral:   {"several", "many"},
	wCouple:    {"couple"},
	wEvery:     {"every", "each"},
	wPer:       {"per"},
	wNoon:      {"noon", "midday"},
	wMidnight:  {"midnight"},
	wNow:       {"now", "currently", "nowadays"},
	wRecently:  {"recently", "lately"}, // not "previously", "formerly": TimeML news seldom marks them
	wFuture:    {"future"},
	wPresent:   {"present"},
	wNear:      {"near"},
	wPeriod:    {"period"},
	wFull:      {"full"},
	wPastVerb: {"was", "were", "did", "met", "went", "came", "took", "made", "left", "began", "held", "saw",
		"gave", "got", "led", "fled", "spoke", "fell", "rose", "won", "lost", "sent", "struck", "brought",
		"thought", "found", "became", "shot", "kept", "paid", "sold", "bought", "ran", "wrote", "stood", "broke",
		"flew", "drove", "chose", "heard", "felt", "knew", "grew", "threw", "built", "caught", "fought", "sought",
		"meant"},
	wToday:     {"today"},
	wTonight:   {"tonight"},
	wYesterday: {"yesterday"},
	wTomorrow:  {"tomorrow"},
	wOvernight: {"overnight"},
	wIn: {"in", "since", "until", "till", "by", "from", "during", "through", "throughout", "between", "for",
		"on"},
	wAnd:   {"and"},
	wSaid:  {"said", "told", "announced", "reported", "added", "says"},
	wWill:  {"will", "shall", "ll", "would", "wo"},
	wGoing: {"going"},
	wSetTo: {"set", "due", "expected", "scheduled", "slated", "planned", "plans", "plan", "planning", "expects",
		"expect", "intends", "intend", "aims", "hopes"},
	wUpcoming:     {"upcoming"},
	wPercent:      {"percent", "per-cent", "pct"},
	wOld:          {"old"},
	wChristmas:    {"christmas"},
	wThanksgiving: {"thanksgiving"},
	wNew:          {"new"},
	wEve:          {"eve"},
	wAhead:        {"ahead"},
	wAm:           {"am", "pm"},
	wMoney:        {"million", "billion", "trillion", "dollars", "cents", "euros", "pounds", "yen"},
	wCountNoun:    {"people", "troops", "votes", "men", "women", "children", "soldiers", "members", "points"},
	wNumberWord: {"number", "page", "route", "flight", "room", "highway", "interstate", "model", "version",
		"only", "just", "top"},
	wBe:           {"be", "been", "being"},
	wIs:           {"is", "are"},
	wHave:         {"has", "have"},
	wHad:          {"had"},
	wModal:        {"might", "must", "should", "can"},
	wEaster:       {"easter"},
	wElection:     {"election"},
	wLabor:        {"labor", "labour"},
	wMemorial:     {"memorial"},
	wIndependence: {"independence"},
	wHalloween:    {"halloween"},
	wValentine:    {"valentine"},
	wThen:         {"then"},
	wTime:         {"time"},
	wWhen:         {"when"},
}

// Units of time, in increasing size.
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

// unitForms gives the singular and plural of each unit.
var unitForms = [...][2]string{
	uSecond: {"second", "seconds"}, uMinute: {"minute", "minutes"}, uHour: {"hour", "hours"},
	uDay: {"day", "days"}, uWeek: {"week", "weeks"}, uWeekend: {"weekend", "weekends"},
	uMonth: {"month", "months"}, uQuarter: {"quarter", "quarters"}, uYear: {"year", "years"},
	uDecade: {"decade", "decades"}, uCentury: {"century", "centuries"},
}

// setAdvForms gives the adverbs of a recurring unit ("daily": every day).
var setAdvForms = [...][]string{
	uHour: {"hourly"}, uDay: {"daily", "nightly"}, uWeek: {"weekly"}, uMonth: {"monthly"}, uYear: {"annually",
		"yearly"},
}

// longForms gives the adjectives of a unit's duration ("weeklong").
var longForms = [...]string{uDay: "daylong", uWeek: "weeklong", uMonth: "monthlong", uYear: "yearlong"}

// Parts of the day.
const (
	pNone = iota
	pMorning
	pAfternoon
	pEvening
	pNight
)

// partForms gives the name of each part of the day; its plural adds "s".
var partForms = [...]string{pMorning: "morning", pAfternoon: "afternoon", pEvening: "evening", pNight: "night"}

// monthForms gives the name of each month (1..12) and then its
// abbreviations, which need a period or a number after them.
var monthForms = [...][]string{
	1: {"january", "jan"}, 2: {"february", "feb"}, 3: {"march", "mar"}, 4: {"april", "apr"},
	5: {"may"}, 6: {"june", "jun"}, 7: {"july", "jul"}, 8: {"august", "aug"},
	9: {"september", "sept", "sep"}, 10: {"october", "oct"}, 11: {"november", "nov"}, 12: {"december", "dec"},
}

// weekdayForms gives the name of each weekday, Monday 1; its plural adds
// "s" ("Mondays": every Monday).
var weekdayForms = [...]string{1: "monday", 2: "tuesday", 3: "wednesday", 4: "thursday", 5: "friday", 6: "saturday", 7: "sunday"}

// seasonForms gives the names of each season, spring 0 to winter 3.
var seasonForms = [...][]string{{"spring"}, {"summer"}, {"fall", "autumn"}, {"winter"}}

// numberForms gives the number words below twenty, by value.
var numberForms = [...]string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
	"eighteen", "nineteen"}

// tensForms gives the tens from twenty, by tens digit; "twenties" ...
// "nineties" name their decades.
var tensForms = [...]string{2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}

// ordinalForms gives the ordinal words, by number.
var ordinalForms = [...]string{1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
	8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth", 14: "fourteenth",
	15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth", 19: "nineteenth", 20: "twentieth",
	21: "twenty-first"}

// zoneForms are the time zones a clock time may name.
var zoneForms = []string{"est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "gmt", "utc", "bst", "cet"}

// newLexicon returns the lookup table from each word form to its entry.
// When two tables share a form the later one wins: "second" is the
// ordinal, not the unit ("a second" reads as the ordinal either way).
func newLexicon() map[string]lexEntry {
	lex := make(map[string]lexEntry, 400)
	add := func(cat lexCat, val int, flags uint8, words ...string) {
		for _, w := range words {
			lex[w] = lexEntry{cat: cat, val: int16(val), flags: flags}
		}
	}
	for m, names := range monthForms {
		if len(names) == 0 {
			continue
		}
		add(catMonth, m, 0, names[0])
		add(catMonth, m, fAbbr, names[1:]...)
	}
	for wd, d := range weekdayForms[1:] {
		add(catWeekday, wd+1, 0, d)
		add(catWeekday, wd+1, fPlural, d+"s")
	}
	for u, f := range unitForms[1:] {
		add(catUnit, u+1, 0, f[0])
		add(catUnit, u+1, fPlural, f[1])
	}
	add(catUnit, uMinute, 0, "min")
	add(catUnit, uHour, fPlural, "hrs")
	for n, w := range numberForms {
		add(catNum, n, 0, w)
	}
	for t, w := range tensForms[2:] {
		add(catNum, 10*(t+2), 0, w)
		add(catDecadeWord, t+2, 0, w[:len(w)-1]+"ies") // twenties ... nineties
	}
	add(catNum, 100, fMult, "hundred")
	add(catNum, 1000, fMult, "thousand")
	add(catNum, 12, 0, "dozen")
	for n, w := range ordinalForms[1:] {
		add(catOrd, n+1, 0, w)
	}
	for se, names := range seasonForms {
		add(catSeason, se, 0, names...)
	}
	for p, w := range partForms[1:] {
		add(catPart, p+1, 0, w)
	}
	for p, w := range partForms[1:] {
		add(catPart, p+1, fPlural, w+"s")
	}
	for u, ws := range setAdvForms {
		add(catSetAdv, u, 0, ws...)
	}
	for u, w := range longForms {
		if w != "" {
			add(catLong, u, 0, w)
		}
	}
	add(catZone, 0, 0, zoneForms...)
	for id, ws := range wordForms {
		add(catWord, id, 0, ws...)
	}
	return lex
}

// isOrdSuffix reports whether w is the suffix of an ordinal written with
// digits: "st", "nd", "rd", "th".
func isOrdSuffix(w string) bool {
	switch strings.ToLower(w) {
	case "st", "nd", "rd", "th":
		return true
	}
	return false
}

// MonthNames returns the months' names and abbreviations in lower case,
// January first: for each month its name, then its abbreviations. The
// other stages read month names from here, so that the project lists them
// once.
func MonthNames() [12][]string {
	var out [12][]string
	for m := 1; m <= 12; m++ {
		out[m-1] = append([]string(nil), monthForms[m]...)
	}
	return out
}

// WeekdayNames returns the weekdays' names in lower case, Monday first.
func WeekdayNames() [7]string {
	var out [7]string
	copy(out[:], weekdayForms[1:])
	return out
}
