package extract

import (
	"iter"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/extract/timex"
)

// This file holds the word-shape helpers every stage uses: capitals,
// letters, punctuation, prepositions, and the read-only word sets (setOf).

func isPreposition(w string) bool {
	switch strings.ToLower(w) {
	case "in", "on", "of", "at", "during":
		return true
	}
	return false
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

func isPunct(s string) bool {
	for _, r := range s {
		if !strings.ContainsRune(".,;:!?\"'“”‘’()[]-_`", r) {
			return false
		}
	}
	return true
}

func startsLetter(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsLetter(r)
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

func isAllCaps[S string | []byte](s S) bool {
	letters := 0
	for i := 0; i < len(s); i++ { // bytes: only ASCII letters count
		if c := s[i]; c >= 'a' && c <= 'z' {
			return false
		} else if c >= 'A' && c <= 'Z' {
			letters++
		}
	}
	return letters > 1
}

// isSpace reports whether r separates words within a line: white space
// other than a line break, or an invisible formatting character such as a
// zero-width space or joiner (web pages put them between and inside words).
func isSpace(r rune) bool {
	if r < utf8.RuneSelf { // the common case, without a table search: no ASCII character is a format character
		return r == ' ' || r == '\t' || r == '\v' || r == '\f'
	}
	return unicode.IsSpace(r) || r == '\u00a0' || unicode.Is(unicode.Cf, r) && r != '\u00ad'
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// calendarSet returns a set of the capitalised month and weekday names and
// the months' abbreviations with a full stop ("Sept."), plus words.
func calendarSet(words ...string) map[string]bool {
	set := setOf(words...)
	for _, forms := range timex.MonthNames() {
		set[capitalize(forms[0])] = true
		for _, a := range forms[1:] {
			set[capitalize(a)+"."] = true
		}
	}
	for _, d := range timex.WeekdayNames() {
		set[capitalize(d)] = true
	}
	return set
}

// monthAbbrevSet returns a set of the months' capitalised abbreviations
// without a full stop ("Sept"), plus words.
func monthAbbrevSet(words ...string) map[string]bool {
	set := setOf(words...)
	for _, forms := range timex.MonthNames() {
		for _, a := range forms[1:] {
			set[capitalize(a)] = true
		}
	}
	return set
}

// capitalize returns an ASCII word with its first letter in upper case.
func capitalize(w string) string {
	if w == "" || w[0] < 'a' || w[0] > 'z' {
		return w
	}
	return string(w[0]-'a'+'A') + w[1:]
}

// oneLine collapses runs of white space, line breaks included, to one
// space, and trims it from the ends. Most text is so already and is
// returned as it is.
func oneLine(s string) string {
	for i := 0; i < len(s); {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
			i += size
			continue
		}
		if asciiSpace(c) && (c != ' ' || i == 0 || i == len(s)-1 || asciiSpace(s[i+1])) {
			return strings.Join(strings.Fields(s), " ")
		}
		i++
	}
	return s
}

// asciiSpace reports whether c is ASCII white space, as unicode.IsSpace
// has it.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// functionWord returns w in lower case when it is one of the function
// words that the hot switches of the pipeline test for ("The", "When"),
// else w itself, lower-cased or not: a capitalised word no switch names
// needs no lower-cased copy, as it matches no case anyway.
func functionWord(w string) string {
	for i := 0; i < len(w); i++ {
		if c := w[i]; c >= 'A' && c <= 'Z' {
			if l, ok := capitalFunctionWords[w]; ok {
				return l
			}
			return w
		}
	}
	return w
}

// capitalFunctionWords maps the capitalised and upper-case forms of the
// words functionWord serves to their lower case.
var capitalFunctionWords = func() map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields("the a an this that these those its his her their our which who whom when while after before because although though if until where but " +
		"according as and or in on at of to for with by from also then into about over") {
		m[capitalize(w)] = w
		m[strings.ToUpper(w)] = w
	}
	return m
}()

// inLower reports whether set holds s in lower case. A short s is
// lower-cased on the stack: a map index by string(bytes) does not copy.
func inLower(set map[string]bool, s string) bool {
	if len(s) > 64 {
		return set[strings.ToLower(s)]
	}
	var buf [64]byte
	return set[string(appendLower(buf[:0], s))]
}

// wordPrefixes yields the prefixes of s that end before one of its spaces:
// "Secretary of State" gives "Secretary" and "Secretary of".
func wordPrefixes(s string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := range len(s) {
			if s[i] == ' ' && !yield(s[:i]) {
				return
			}
		}
	}
}
