package extract

import "strings"

// This file writes an event's summary: the clause around the trigger, cut
// at the clause's bounds and never inside a time expression.

// clauseBounds widens [lo, hi) to the clause around it: up to a semicolon,
// dash, or subordinating word on either side, at most 20 tokens each way.
func clauseBounds(toks []Token, lo, hi int) (int, int) {
	l := lo
	for l > 0 && lo-l < 20 {
		w := functionWord(toks[l-1].Text)
		if w == ";" || w == "--" || w == "_" || w == "that" || w == "which" || w == "who" || w == "when" || w == "while" || w == "after" || w == "because" || w == "but" || w == ":" {
			break
		}
		if w == "and" && l >= 2 && toks[l-2].Text == "," {
			break
		}
		l--
	}
	h := hi
	for h < len(toks) && h-hi < 20 {
		w := functionWord(toks[h].Text)
		if w == ";" || w == "--" || w == "_" || w == "that" || w == "which" || w == "who" || w == "when" || w == "while" || w == "because" || w == "but" || w == "according" {
			break
		}
		if w == "," && h+1 < len(toks) && (strings.EqualFold(toks[h+1].Text, "and") || strings.HasSuffix(toks[h+1].Text, "ing")) {
			break
		}
		h++
	}
	return l, h
}

// summary is the trigger's clause, trimmed: from the subject (the nearest
// actor before the trigger, or the few words before it) to the end of the
// object, at most about a dozen words.
func (d *docState) summary(si int, c *candidate) string {
	toks := d.sents[si].Tokens
	lo := c.tok
	for j := c.tok - 1; j >= 0 && c.tok-j <= 5; j-- {
		if isBoundaryWord(toks[j].Text) && !(j == 0 && startsUpper(toks[j].Text)) || toks[j].Text == "," ||
			j == c.tok-1 && toks[j].Text == "and" || d.inTimex(si, j) {
			break // "On 3 March 2021 Kenya and Ghana signed": not "March 2021 Kenya..."
		}
		lo = j
	}
	// reach back to the start of an actor that ends inside or just before
	// that stretch: "Mohammad Ishaq Dar spoke"
	for _, m := range inSentence(d.entities, si) {
		if !m.IsActor() || m.Span.End > toks[c.tok].Span.Start || lo == c.tok && c.tok > 0 && toks[c.tok-1].Text == "," {
			continue
		}
		if m.Span.End >= toks[lo].Span.Start-1 && m.Span.Start < toks[lo].Span.Start {
			if k, _ := tokenRange(toks, m.Span); k >= 0 {
				lo = k
			}
		}
	}
	hi := c.tok + c.n
	for hi < len(toks) && hi-c.tok < 12 {
		w := toks[hi].Text
		if w == "," || w == "." || w == ";" || isBoundaryWord(w) {
			break
		}
		hi++
	}
	for hi > c.tok+c.n && (isPunct(toks[hi-1].Text) || isFunctionWord(toks[hi-1].Text)) {
		hi--
	}
	for lo < c.tok && (isPunct(toks[lo].Text) || isFunctionWord(toks[lo].Text)) {
		lo++
	}
	text := oneLine(d.text[toks[lo].Span.Start:toks[hi-1].Span.End])
	if lo == c.tok && c.tok > 0 && toks[c.tok-1].Text == "," {
		// "The ceasefire, brokered by Saudi Arabia, took effect": the
		// subject stands before the aside
		if np := npBefore(toks, c.tok); np.End > np.Start {
			return oneLine(d.text[toks[np.Start].Span.Start:toks[np.End-1].Span.End]) + " " + text
		}
	}
	if auxiliaries[strings.ToLower(toks[lo].Text)] {
		// "Asim Munir, was hosted by ...": name the subject the comma cut off
		ms := inSentence(d.entities, si)
		for i := len(ms) - 1; i >= 0; i-- {
			if m := ms[i]; m.IsActor() && !m.Demonym && m.Span.End <= toks[lo].Span.Start {
				return m.Text + " " + text
			}
		}
	}
	return text
}

func isBoundaryWord(w string) bool {
	switch functionWord(w) {
	case ";", ":", "--", "_", "—", "–", ")", "that", "which", "who", "whom", "when", "while", "after", "before", "because",
		"although", "though", "if", "until", "where", "but", "according", "as":
		return true
	}
	return false
}

func isFunctionWord(w string) bool {
	switch functionWord(w) {
	case "a", "an", "the", "in", "on", "at", "of", "to", "for", "with", "by", "from", "and", "or", "its",
		"his", "her", "their", "also", "then", "into", "about", "over":
		return true
	}
	return false
}
