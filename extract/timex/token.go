package timex

import (
	"unicode"
	"unicode/utf8"
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
			r, sz := rune(c), 1
			if c >= utf8.RuneSelf {
				r, sz = utf8.DecodeRuneInString(text[i:b])
			}
			if c >= utf8.RuneSelf && isBlank(r) {
				i += sz // a no-break space, a zero-width space or joiner: white space
				continue
			}
			toks = append(toks, token{s: i, e: i + sz, kind: tkPunct, num: -1})
			i += sz
		}
	}
	return toks
}

// isBlank reports whether r separates words like a space: white space, or
// an invisible formatting character such as a zero-width space or joiner
// (web pages put them between words).
func isBlank(r rune) bool {
	if r < utf8.RuneSelf { // no ASCII character is a format character
		return r == ' ' || r >= '\t' && r <= '\r'
	}
	return unicode.IsSpace(r) || unicode.Is(unicode.Cf, r) && r != '\u00ad' // a soft hyphen stays in its word
}

// isLetterAt reports whether the rune at text[i] is a letter.
func isLetterAt(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return unicode.IsLetter(r)
}

// isASCIILetter reports whether c is an ASCII letter.
func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// isDigit reports whether c is an ASCII digit.
func isDigit(c byte) bool { return c >= '0' && c <= '9' }
