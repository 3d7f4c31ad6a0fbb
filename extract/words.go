package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
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

func isAllCaps(s string) bool {
	letters := 0
	for _, r := range s {
		if r >= 'a' && r <= 'z' {
			return false
		}
		if r >= 'A' && r <= 'Z' {
			letters++
		}
	}
	return letters > 1
}

func isSpace(r rune) bool {
	return r != '\n' && r != '\r' && (unicode.IsSpace(r) || r == '\u00a0')
}

func setOf(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
