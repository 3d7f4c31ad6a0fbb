package timex

import "strings"

// amount is a count of a unit, as countPhrase reads it: n units of u (n <
// 0 for an unknown count: "several weeks", "a few days").
type amount struct {
	n, u   int
	plural bool // the unit is plural: "weeks"
	hyph   bool // a hyphen joins count and unit: "four-day"
	half   bool // and a half: "2 1/2 years", "two and a half years"
}

// countPhrase reads a count and a unit: "two weeks", "a year", "four-day",
// "24 hours", "several years", with what follows: "ago", "earlier",
// "later", "before", "after", "old".
func (s *scan) countPhrase(i int, the bool) (int, Timex, bool) {
	j, a, ok := s.amountAt(i)
	if !ok {
		return 0, Timex{}, false
	}
	if a.hyph && s.isPunct(j+1, '-') && s.adj(j) && strings.EqualFold(s.tokText(j+2), "long") {
		// "two-year-long"
		return j + 3, Timex{Type: Duration, Value: durValue(a.n, a.u), Anchor: AnchorVague}, true
	}
	if s.word(i) == wA && (a.u == uSecond) && !a.plural {
		// "a second" is usually the ordinal.
		return 0, Timex{}, false
	}
	j++
	// "two-year-old", "37 years old": ages are not time expressions in
	// TimeBank.
	if s.word(j) == wOld || (s.isPunct(j, '-') && s.word(j+1) == wOld) {
		return 0, Timex{}, false
	}
	if a.hyph && s.isPunct(j, '-') && s.adj(j-1) && s.word(j+1) == wOld {
		return 0, Timex{}, false
	}
	if a.u == uWeekend {
		return 0, Timex{}, false
	}
	if !a.half && a.n >= 0 && !a.plural && s.word(j) == wAnd && s.word(j+1) == wA && s.word(j+2) == wHalf {
		a.half, j = true, j+3 // "a minute and a half"
	}
	if a.half {
		return j, Timex{Type: Duration, Value: halfDur(a.n, a.u), Anchor: AnchorVague}, true
	}
	approx := false
	if s.word(j) == wOr && s.word(j+1) == wSo { // "a week or so ago"
		approx = true
		j += 2
	}
	switch s.word(j) {
	case wAgo:
		if !a.hyph {
			return s.countAgo(i, j, a, approx)
		}
	case wEarlier, wBefore, wLater, wAfter:
		if !a.hyph && !the {
			if end, tx, ok := s.countShift(j, a); ok {
				return end, tx, true
			}
		}
	}
	return s.countDuration(i, j, a, the)
}

// amountAt reads the count at i and the unit after it, and returns the
// unit's token: "two weeks", "four-day", "2 1/2 years", "two to three
// weeks", "two more weeks". It refuses a unit that cannot take that count
// ("one weeks", "four-days"), a title ("60 Minutes") and a compound
// adjective ("year-earlier").
func (s *scan) amountAt(i int) (int, amount, bool) {
	j, n, ok := s.count(i)
	if !ok {
		return 0, amount{}, false
	}
	if w := s.word(j); (w == wTo || w == wOr) && n >= 0 {
		// "two to three weeks", "12 or 18 months"
		if k, c, ok := s.count(j + 1); ok && c > n {
			j = k
		}
	}
	a := amount{n: n}
	switch {
	case n >= 0 && s.isNum(i) && s.isNum(j) && s.toks[j].num == 1 && s.adj(j) && s.isPunct(j+1, '/') && s.adj(j+1) &&
		s.isNum(j+2) && s.toks[j+2].num == 2:
		a.half, j = true, j+3 // "2 1/2 years"
	case n >= 0 && s.word(j) == wAnd && s.word(j+1) == wA && s.word(j+2) == wHalf:
		a.half, j = true, j+3 // "two and a half years"
	}
	if s.isPunct(j, '-') && s.adj(j-1) && s.adj(j) {
		a.hyph = true
		j++
	}
	if s.word(j) == wMore && !a.hyph { // "two more weeks"
		j++
	}
	if s.cat(j) != catUnit {
		return 0, amount{}, false
	}
	a.u = s.val(j)
	a.plural = s.toks[j].lex.flags&fPlural != 0
	if a.hyph && a.plural {
		return 0, amount{}, false
	}
	if !a.hyph && n == 1 && a.plural {
		return 0, amount{}, false
	}
	if n > 1 && !a.plural && !a.hyph && !s.plainNoun(j+1) {
		// "two year" only before a noun: "a two day rally".
		return 0, amount{}, false
	}
	if s.capital(j) && !s.allCaps(j) {
		return 0, amount{}, false // a title: "60 Minutes"
	}
	if s.isPunct(j+1, '-') && s.adj(j) && !a.hyph {
		return 0, amount{}, false // "year-earlier", "day-long", "year-old"
	}
	return j, a, true
}

// countAgo reads "a year ago", "two weeks ago", "a week or so ago"
// (approx), "years ago": the count is at i, "ago" at j.
func (s *scan) countAgo(i, j int, a amount, approx bool) (int, Timex, bool) {
	if a.n < 0 {
		return j + 1, Timex{Type: Date, Value: "PAST_REF", Anchor: AnchorVague}, true
	}
	v := s.ago(a.n, a.u)
	if sh, ok := shiftOf(-a.n, a.u); ok && !approx && s.onADay(i) {
		// "on his birthday a week ago": the day that many weeks back
		r := s.ref
		switch sh.Unit {
		case 'W':
			v = day(r.AddDate(0, 0, 7*sh.N))
		case 'M':
			v = day(r.AddDate(0, sh.N, 0))
		case 'Y':
			v = day(r.AddDate(sh.N, 0, 0))
		}
	}
	if v == "" {
		return 0, Timex{}, false
	}
	tx := Timex{Type: Date, Value: v, Anchor: AnchorRef}
	if approx {
		tx.Mod = "APPROX"
	}
	return j + 1, tx, true
}

// onADay reports whether a day-naming phrase with "on" stands just before
// the count at i: "on his 91st birthday a week ago", "on the day of the
// vote a year ago" name a day, not the week or year.
func (s *scan) onADay(i int) bool {
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		if s.toks[k].kind == tkPunct {
			return false
		}
		if strings.EqualFold(s.tokText(k), "on") {
			return k < i-1
		}
	}
	return false
}

// countShift reads a count that points from an event, with "earlier",
// "later", "before" or "after" at j: "two days later" and "a week before"
// are the day they point at; in "a week after the attack" the count is a
// duration anchored on the event named next. It fails for units without a
// Shift (hours), which are then a plain duration.
func (s *scan) countShift(j int, a amount) (int, Timex, bool) {
	w := s.word(j)
	sign := 1
	if w == wEarlier || w == wBefore {
		sign = -1
	}
	nn := a.n
	if nn < 0 {
		nn = fewOf(a.u)
	}
	sh, ok := shiftOf(nn, a.u)
	if !ok {
		return 0, Timex{}, false
	}
	sh.N *= sign
	if w == wBefore || w == wAfter {
		if s.clauseEnd(j + 1) {
			// "two days before": the day the count points at.
			return j + 1, s.eventDate(sh), true
		}
		// "a week after the attack": the count is a duration
		// anchored on the event named next.
		tx := Timex{Type: Duration, Value: durValue(a.n, a.u), Anchor: AnchorEvent, Shift: sh}
		return j, tx, true
	}
	return j + 1, s.eventDate(sh), true
}

// countDuration returns the plain duration of the count at i ending before
// token j. A bare "a year" after an amount is a rate: a SET ("$5 million a
// year"). After "within" the duration is anchored on the event the
// sentence continues.
func (s *scan) countDuration(i, j int, a amount, the bool) (int, Timex, bool) {
	if a.n == 1 && s.word(i) == wA && !a.hyph && !the {
		if s.word(i-1) == wMoney || s.isNum(i-1) || s.word(i-1) == wPercent || s.isPunct(i-1, '%') ||
			s.word(i-1) == wCountNoun || s.cat(i-1) == catUnit && s.toks[i-1].lex.flags&fPlural != 0 ||
			s.pluralNoun(i-1) {
			return j, Timex{Type: Set, Value: durValue(1, a.u), Anchor: AnchorVague}, true
		}
	}
	tx := Timex{Type: Duration, Value: durValue(a.n, a.u), Anchor: AnchorVague}
	if s.word(i-1) == wWithin && a.n >= 0 {
		if sh, ok := shiftOf(a.n, a.u); ok {
			tx.Anchor, tx.Shift = AnchorEvent, sh
		}
	}
	return j, tx, true
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

// quantity reports whether a count of units starts at i ("two", "24", "a",
// "a few", "several").
func (s *scan) quantity(i int) bool {
	_, _, ok := s.count(i)
	return ok
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
