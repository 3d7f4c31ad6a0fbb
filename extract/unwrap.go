package extract

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file joins hard-wrapped lines. Wire copy, e-mail, pdftotext output
// and Markdown break paragraphs into lines of at most 60 to 100 columns; the
// segmenter ends a sentence at every line break, so such text is first read
// as paragraphs: a line break inside a paragraph becomes a space.

// Wrap widths outside this range are not hard wrapping: narrower is a list
// or verse, wider is one paragraph a line.
const (
	minWrapWidth = 40
	maxWrapWidth = 100
)

// Unwrap returns text with the line breaks of hard-wrapped paragraphs
// replaced by spaces ("\r\n" by two), so that the result has the same
// length as text and every byte offset into it is an offset into text.
// Text that is not hard-wrapped is returned unchanged.
//
// The wrap width is the length that nine lines in ten stay within; a text
// is hard-wrapped when that width is between 40 and 100 columns. A line
// break is then joined when the line before it is full (the next line's
// first word would not have fitted on it) and the next line does not start
// a block of its own: a blank line, a heading ("# ..."), a quoted line
// ("> ") or a list item ("- ", "* ", "• ", "1. ", "2) ") still ends a block
// (a list item unless the line before stops mid-sentence), and so does a
// short line such as a headline or a paragraph's last line, unless the
// sentence goes on in lower case.
func Unwrap(text string) string {
	lines := splitLines(text)
	width := wrapWidth(text, lines, lineLen)
	if width < minWrapWidth || width > maxWrapWidth {
		return text
	}
	// fold and some mailers count bytes, not characters: a line with curly
	// quotes is shorter in characters than one without
	bytesWidth := wrapWidth(text, lines, lineBytes)
	var b []byte
	for k := 0; k+1 < len(lines); k++ {
		a, next := lines[k], lines[k+1]
		if !joins(text[a.Start:a.End], text[next.Start:next.End], width, bytesWidth) {
			continue
		}
		if b == nil {
			b = []byte(text)
		}
		for i := a.End; i < next.Start; i++ {
			b[i] = ' ' // the "\n" or "\r\n" between the two lines
		}
	}
	if b == nil {
		return text
	}
	return string(b)
}

// splitLines returns the spans of text's lines without their line ends.
func splitLines(text string) []Span {
	var out []Span
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] != '\n' {
			continue
		}
		end := i
		if end > start && text[end-1] == '\r' {
			end--
		}
		out = append(out, Span{Start: start, End: end})
		start = i + 1
	}
	return append(out, Span{Start: start, End: len(text)})
}

// wrapWidth returns the length, by the given measure, that nine lines in
// ten of text stay within; 0 for a text of fewer than three lines.
func wrapWidth(text string, lines []Span, length func(string) int) int {
	var lens []int
	for _, l := range lines {
		if n := length(text[l.Start:l.End]); n > 0 {
			lens = append(lens, n)
		}
	}
	if len(lens) < 3 {
		return 0
	}
	slices.Sort(lens)
	w := lens[(len(lens)*9+9)/10-1] // nine lines in ten are no longer
	return w
}

// lineLen returns the length of a line in characters, without trailing
// space.
func lineLen(line string) int {
	return utf8.RuneCountInString(strings.TrimRightFunc(line, unicode.IsSpace))
}

// lineBytes returns the length of a line in bytes, without trailing space.
func lineBytes(line string) int {
	return len(strings.TrimRightFunc(line, unicode.IsSpace))
}

// joins reports whether the break between lines a and b of a text wrapped
// at width is inside a paragraph.
func joins(a, b string, width, bytesWidth int) bool {
	if strings.TrimSpace(a) == "" || strings.TrimSpace(b) == "" {
		return false
	}
	if isLineBlock(a) || isLineBlock(b) {
		return false // a heading, a quoted line, a table row
	}
	word := strings.TrimLeft(b, " \t")
	if i := strings.IndexFunc(word, unicode.IsSpace); i >= 0 {
		word = word[:i]
	}
	// The next word would not have fitted (within a few columns: fold
	// counts bytes, editors count characters, and some tools keep the
	// breaking space).
	full := lineLen(a)+1+utf8.RuneCountInString(word) > width-wrapSlack ||
		bytesWidth > 0 && lineBytes(a)+1+len(word) > bytesWidth-wrapSlack
	if isListItem(b) {
		// a list item, unless the full line before it stops mid-sentence
		// ("seized December / 17. Three of the bodies")
		return full && !endsSentenceMark(a)
	}
	if full {
		return true
	}
	// A sentence that goes on in lower case goes on across the break.
	r, _ := utf8.DecodeRuneInString(word)
	return unicode.IsLower(r) && !endsSentenceMark(a)
}

// wrapSlack is how many columns short of the wrap width a line may stop
// and still count as full.
const wrapSlack = 3

// endsSentenceMark reports whether a line ends with a full stop, question
// or exclamation mark, or a colon, maybe before a closing quote or bracket.
func endsSentenceMark(line string) bool {
	t := strings.TrimRight(line, " \t\"'”’)]")
	return strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!") || strings.HasSuffix(t, "?") || strings.HasSuffix(t, ":")
}

// isLineBlock reports whether a line is a block of its own: a Markdown
// heading, quote or table row.
func isLineBlock(line string) bool {
	t := strings.TrimLeft(line, " \t")
	return strings.HasPrefix(t, "#") || strings.HasPrefix(t, ">") || strings.HasPrefix(t, "|")
}

// isListItem reports whether a line starts like a list item: "- ", "* ",
// "• ", "1. ", "12) ".
func isListItem(line string) bool {
	t := strings.TrimLeft(line, " \t")
	for _, p := range []string{"- ", "* ", "+ ", "• ", "– ", "— "} {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	i := 0
	for i < len(t) && i < 3 && t[i] >= '0' && t[i] <= '9' {
		i++
	}
	return i > 0 && i+1 < len(t) && (t[i] == '.' || t[i] == ')') && t[i+1] == ' '
}
