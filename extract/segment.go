package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file is the pipeline's first stage: sentences and tokens with byte
// offsets. Part-of-speech tags are pos.go's.
//
// prose's own tokenizer and sentence segmenter do not report offsets, and its
// segmenter rebuilds its Punkt model on every document, so chronicle splits
// text itself (one pass, no allocation per byte); pos.go tags these tokens
// with prose's model, sentence by sentence, where a later stage needs them.

// Segment splits text into sentences and tokens. Sentences end at a full
// stop, question or exclamation mark followed by a space and a capital (not
// after an abbreviation or an initial), and at every line break: news text
// puts headlines, datelines and paragraphs on lines of their own.
// Every sentence has at least one token; spans are ordered and lie inside
// text. The sentences' tokens share one array, each sentence's capped at its
// end, so that appending to one never touches another.
func Segment(text string) []Sentence {
	sents, _ := segment(text, nil, nil)
	return sents
}

// segBuffers are Segment's arrays, reused from text to text by one
// goroutine that keeps no tokens.
type segBuffers struct {
	sents []Sentence
	toks  []Token
}

// segment is Segment in the buffers' arrays; the sentences are good until
// release.
func (b *segBuffers) segment(text string) []Sentence {
	sents, toks := segment(text, b.sents[:0], b.toks[:0])
	b.sents, b.toks = sents, toks // grown, perhaps
	return sents
}

// release clears what the last text left in the arrays, so that they hold
// on to no text.
func (b *segBuffers) release() {
	clear(b.sents)
	clear(b.toks)
}

// segment is Segment with arrays to append to; it returns the sentences
// and the tokens' array.
func segment(text string, out []Sentence, toks []Token) ([]Sentence, []Token) {
	if n := len(text)/128 + 1; cap(out) < n {
		out = make([]Sentence, 0, n)
	}
	if n := len(text)/5 + 1; cap(toks) < n { // news has a token per 5 or 6 bytes
		toks = make([]Token, 0, n)
	}
	start := 0 // the current sentence is toks[start:]
	flush := func(end int) {
		if end > start {
			cur := toks[start:end:end]
			out = append(out, Sentence{Span: Span{Start: cur[0].Span.Start, End: cur[len(cur)-1].Span.End}, Tokens: cur})
			start = end
		}
	}
	i := 0
	for i < len(text) {
		c := text[i]
		if c == '\n' || c == '\r' {
			flush(len(toks))
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isSpace(r) {
			i += size
			continue
		}
		// a whitespace-delimited chunk
		j := i
		for j < len(text) {
			r, sz := utf8.DecodeRuneInString(text[j:])
			if isSpace(r) || r == '\n' || r == '\r' {
				break
			}
			j += sz
		}
		first := len(toks)
		toks = splitChunk(toks, text, i, j)
		for k := first; k < len(toks); k++ {
			cur := toks[start : k+1]
			if endsSentence(text, cur, len(toks)-k-1, j) || tooLong(cur) {
				flush(k + 1)
			}
		}
		i = j
	}
	flush(len(toks))
	return out, toks
}

// maxSentenceTokens bounds a sentence: text without full stops (a table, a
// scraped page) is cut into pieces of about this many tokens, at a comma
// or semicolon when there is one, so that no stage works on one huge
// sentence.
const maxSentenceTokens = 120

func tooLong(cur []Token) bool {
	n := len(cur)
	last := cur[n-1].Text
	return n >= 2*maxSentenceTokens || n >= maxSentenceTokens && (last == "," || last == ";")
}

// endsSentence reports whether the token just appended to cur ends a
// sentence. rest is the number of the chunk's tokens still to come; next is
// the offset after the chunk.
func endsSentence(text string, cur []Token, rest int, next int) bool {
	last := cur[len(cur)-1].Text
	// closing quotes or brackets after the stop stay in the sentence
	if rest > 0 {
		return false
	}
	stop := last
	if isClosing(last) && len(cur) >= 2 {
		stop = cur[len(cur)-2].Text
	}
	switch {
	case stop == "." || stop == "!" || stop == "?" || stop == "...":
	case strings.HasSuffix(stop, ".") && len(stop) > 1:
		// an abbreviation token such as "U.S." ends a sentence only when
		// the next word is a typical sentence opener.
		if !abbrevEndsSentence(stop, text, next) {
			return false
		}
	default:
		return false
	}
	if stop == "." && len(cur) >= 2 {
		prev := cur[len(cur)-2].Text
		if isClosing(last) && len(cur) >= 3 {
			prev = cur[len(cur)-3].Text
		}
		if isAbbreviation(prev) && !abbrevEndsSentence(prev+".", text, next) {
			return false
		}
	}
	// the next word must start like a sentence
	r, ok := nextRune(text, next)
	if !ok {
		return true
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"'“‘([`_-", r)
}

func nextRune(text string, i int) (rune, bool) {
	for i < len(text) {
		r, sz := utf8.DecodeRuneInString(text[i:])
		if r == '\n' || r == '\r' {
			return 0, false
		}
		if !isSpace(r) {
			return r, true
		}
		i += sz
	}
	return 0, false
}

func nextWord(text string, i int) string {
	for i < len(text) && (text[i] == ' ' || text[i] == '\t') {
		i++
	}
	j := i
	for j < len(text) {
		r, sz := utf8.DecodeRuneInString(text[j:])
		if !unicode.IsLetter(r) {
			break
		}
		j += sz
	}
	return text[i:j]
}

// abbrevEndsSentence decides a full stop that belongs to an abbreviation:
// it ends the sentence when the next word is one that opens sentences and
// does not follow titles or initials.
func abbrevEndsSentence(abbr, text string, next int) bool {
	w := nextWord(text, next)
	if w == "" {
		r, ok := nextRune(text, next)
		return !ok || strings.ContainsRune("\"“", r)
	}
	if titleAbbrevs[strings.TrimSuffix(abbr, ".")] {
		return false // "Gen. Munir", "Mr. Bush"
	}
	return sentenceOpeners[w]
}

var titleAbbrevs = setOf("Mr", "Mrs", "Ms", "Dr", "Gen", "Lt", "Col", "Capt", "Cmdr", "Adm", "Maj", "Sgt",
	"Sen", "Rep", "Gov", "Prof", "Rev", "St", "Brig", "Gens", "Sens", "Reps", "Messrs", "Pres", "Supt", "Insp")

var sentenceOpeners = setOf("The", "A", "An", "He", "She", "It", "They", "We", "I", "This", "That", "These",
	"Those", "There", "But", "And", "In", "On", "At", "As", "After", "Before", "When", "While", "Since",
	"Meanwhile", "However", "Also", "His", "Her", "Their", "Its", "Our", "If", "Some", "Many", "Most",
	"Officials", "Earlier", "Later", "Last", "Then", "Still", "Yet", "Now", "So", "For", "One", "Two", "Both")

// isAbbreviation reports whether w (without its full stop) is a common
// abbreviation or an initial, after which a full stop does not end a
// sentence.
func isAbbreviation(w string) bool {
	if utf8.RuneCountInString(w) == 1 {
		r, _ := utf8.DecodeRuneInString(w)
		return unicode.IsUpper(r)
	}
	return titleAbbrevs[w] || otherAbbrevs[w]
}

var otherAbbrevs = monthAbbrevSet("Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri", "Sat", "Sun", "No", "Nos", "vs", "etc",
	"Inc", "Corp", "Co", "Ltd", "Jr", "Sr", "Ave", "Blvd", "Mt", "Ft", "approx", "est", "Calif", "Mass",
	"Wash", "Mo", "Fla", "Tex", "Ariz", "Ill", "Mich", "Pa", "Va", "Ga", "Md", "Conn", "Okla", "Ore", "Tenn", "Ky", "La", "Ala", "Minn", "Wis", "Neb", "Kan", "Colo", "Nev", "Del")

func isClosing(t string) bool {
	switch t {
	case "\"", "'", "”", "’", ")", "]", "''":
		return true
	}
	return false
}

// splitChunk appends to out the tokens of the whitespace-free chunk
// text[i:j]: leading quotes and brackets, the word, a possessive 's, and
// trailing punctuation. Abbreviations ("U.S.", "Gen."), decimals, times and
// hyphenated words stay whole.
func splitChunk(out []Token, text string, i, j int) []Token {
	var postBuf [4]Token
	post := postBuf[:0] // peeled from the end: appended in reverse
	// leading punctuation
	for i < j {
		r, sz := utf8.DecodeRuneInString(text[i:j])
		if !isOpenPunct(r) {
			break
		}
		if r == '`' && i+1 < j && text[i+1] == '`' {
			sz = 2
		}
		out = append(out, mk(text, i, i+sz))
		i += sz
	}
	// trailing punctuation, peeled from the end
	for j > i {
		r, sz := utf8.DecodeLastRuneInString(text[i:j])
		if r == '.' {
			word := text[i : j-1]
			if keepsFullStop(word) {
				break
			}
			if strings.HasSuffix(word, "..") {
				k := j
				for k > i && text[k-1] == '.' {
					k--
				}
				post = append(post, mk(text, k, j))
				j = k
				continue
			}
		} else if !isClosePunct(r) {
			break
		}
		if r == '\'' && j-2 >= i && text[j-2] == '\'' {
			sz = 2
		}
		post = append(post, mk(text, j-sz, j))
		j -= sz
	}
	if i < j {
		// split a possessive or contraction off the word
		w := text[i:j]
		if k := possessiveAt(w); k > 0 {
			out = append(out, mk(text, i, i+k), mk(text, i+k, j))
		} else {
			out = append(out, mk(text, i, j))
		}
	}
	for k := len(post) - 1; k >= 0; k-- {
		out = append(out, post[k])
	}
	return out
}

func mk(text string, i, j int) Token { return Token{Text: text[i:j], Span: Span{Start: i, End: j}} }

func isOpenPunct(r rune) bool {
	return strings.ContainsRune("\"'(`[{“‘«", r)
}

func isClosePunct(r rune) bool {
	return strings.ContainsRune("\"')]},;:!?”’»", r)
}

// keepsFullStop reports whether word+"." is one token: an abbreviation
// ("Gen.", "Sept."), dotted initials ("U.S", "U.N"), or an initial ("A.").
func keepsFullStop(word string) bool {
	if word == "" {
		return false
	}
	if isAbbreviation(word) {
		return true
	}
	// dotted acronyms: letters separated by dots, "U.S", "U.S.A", "a.m"
	if strings.Contains(word, ".") {
		for _, part := range strings.Split(word, ".") {
			if utf8.RuneCountInString(part) > 2 {
				return false
			}
		}
		return true
	}
	return false
}

// possessiveAt returns where a trailing 's, ’s, n't or similar clitic starts
// in w, or 0.
func possessiveAt(w string) int {
	for _, suf := range []string{"'s", "’s", "'S", "’S"} {
		if len(w) > len(suf) && strings.HasSuffix(w, suf) {
			return len(w) - len(suf)
		}
	}
	if len(w) > 2 && strings.HasSuffix(w, "s'") {
		return len(w) - 1
	}
	if len(w) > 4 && strings.HasSuffix(w, "s’") {
		return len(w) - len("’")
	}
	return 0
}
