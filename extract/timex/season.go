package timex

import "strconv"

// seasonPhrase reads "summer", "the summer of 1990", "spring 1998". A
// bare season needs a preposition or article before it, since "fall" and
// "spring" are also verbs and nouns.
func (s *scan) seasonPhrase(i int, the bool) (int, Timex, bool) {
	se := s.val(i)
	j := i + 1
	if s.word(j) == wOf && s.isYear(j+1) {
		return j + 2, Timex{Type: Date, Value: strconv.Itoa(s.toks[j+1].num) + "-" + seasonCode[se], Anchor: AnchorAbsolute}, true
	}
	if s.word(j) == wOf && s.cat(j+1) == catNum {
		if y, end, ok := s.spelledYear(j + 1); ok { // "the winter of nineteen ninety-four"
			return end, Timex{Type: Date, Value: strconv.Itoa(y) + "-" + seasonCode[se], Anchor: AnchorAbsolute}, true
		}
	}
	if s.isYear(j) {
		return j + 1, Timex{Type: Date, Value: strconv.Itoa(s.toks[j].num) + "-" + seasonCode[se], Anchor: AnchorAbsolute}, true
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
	return j, Timex{Type: Date, Value: strconv.Itoa(y) + "-" + seasonCode[se], Anchor: AnchorRef}, true
}
