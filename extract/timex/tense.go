package timex

import "strings"

// Tenses returned by tense.
const (
	tensePast    = -1
	tenseNone    = 0
	tenseFuture  = 1
	tensePresent = 2 // a finite "is", "are": a bare weekday lies ahead
)

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
	if back != tenseNone && (backAt >= i-2 || strings.EqualFold(s.tokText(backAt), "since")) {
		return back // "since" points back whatever the clause's verb: "talks since the raids in October are due"
	}
	fwd, weak := tenseNone, tenseNone
	// After an expression that opens the sentence the main clause follows
	// its comma, and its subject may have an apposition between two more
	// ("On March 10, the ministers, Kuleba and Lavrov, met").
	commas := 0
	if !s.opensSentence(i) {
		commas = 3
	}
	for k := end; k < len(s.toks) && !s.subordinator(k); k++ {
		if s.clausePunct(k) {
			if commas >= 3 || !s.isPunct(k, ',') {
				break
			}
			commas++
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

// future1 reports whether the expression at tokens [i, end) should be read
// in the future. With no tense marker the past is assumed, as news mostly
// reports what happened.
func (s *scan) future1(i, end int) bool { return s.tense(i, end) == tenseFuture }

// markerAt returns the tense token k marks, or tenseNone. weak reports a
// guess from the "-ed" ending alone, which adjectives share ("preferred
// shares"); a marker with a known word beats it.
func (s *scan) markerAt(k int) (m int, weak bool) {
	switch {
	case s.futureAt(k):
		return tenseFuture, false
	case s.pastAt(k):
		return tensePast, s.cat(k) == catNone
	case strings.EqualFold(s.tokText(k), "since"):
		return tensePast, false // "the first talks since the strikes in June"
	case strings.EqualFold(s.tokText(k), "ahead") && strings.EqualFold(s.tokText(k+1), "of"):
		return tenseFuture, false // "cut short his trip ahead of a speech on Saturday"
	case s.word(k) == wIs, scheduledPresent[strings.ToLower(s.tokText(k))]:
		return tensePresent, false
	}
	return tenseNone, false
}

// scheduledPresent are verbs in the third person present that news uses for
// what is scheduled: "Iraq goes to the polls on Thursday", "the summit
// opens Monday", "the team arrives Friday".
var scheduledPresent = map[string]bool{
	"goes": true, "go": true, "opens": true, "begins": true, "starts": true, "arrives": true, "departs": true,
	"heads": true, "travels": true, "votes": true, "resumes": true, "convenes": true, "meets": true,
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

// opensSentence reports whether only a preposition or a conjunction comes
// before token i in its sentence.
func (s *scan) opensSentence(i int) bool {
	for k := 0; k < i; k++ {
		switch s.word(k) {
		case wIn, wAnd, wAt, wThe, wEarly, wLate, wMid:
			continue
		}
		if s.isPunct(k, '"') || s.isPunct(k, '`') || s.isPunct(k, '-') {
			continue
		}
		switch strings.ToLower(s.tokText(k)) {
		case "but", "his", "her", "its", "their": // "In his Saturday speech, Abbas is expected to ..."
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
	case '(':
		return !s.shortAside(i, i+1, i+5, ')') // "African Union (AU) chairman"
	case ')':
		return !s.shortAside(i, i-4, i, '(')
	case ',', ';', ':', '"', '`', '!', '?':
		// Not '.': sentences are split already, so a period inside one
		// ends an abbreviation ("U.S.", "Corp.").
		return true
	}
	return false
}

// shortAside reports whether the bracket at i has its partner c among
// tokens [from, to): a bracketed acronym or note ("(AU)", "(2000 GMT)")
// is not a clause of its own.
func (s *scan) shortAside(i, from, to int, c byte) bool {
	for k := max(from, 0); k < min(to, len(s.toks)); k++ {
		if k != i && s.isPunct(k, c) {
			return true
		}
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
