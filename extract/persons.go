package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file tags people beyond the first full mention: a surname or given
// name alone ("Dar", "Munir") stands for the full name read before it, and
// name tokens are told from other capitalised words.

// tagSurnames adds mentions of people already named by their full name
// ("Dar", "Munir"), wherever no other mention covers them.
func (g *gazetteer) tagSurnames(text string, sents []Sentence, ms []Mention) []Mention {
	surnames := map[string]string{} // surname -> full name
	for _, m := range ms {
		if m.Kind != KindPerson {
			continue
		}
		sur := lastField(m.Text)
		if sur == strings.TrimSpace(m.Text) || g.isCommonWord(sur) {
			continue // one word: no surname alone
		}
		if prev, ok := surnames[sur]; !ok || len(m.Text) > len(prev) {
			surnames[sur] = m.Text
		}
	}
	// a first name that is not a common one also names its bearer alone:
	// "Saddam" after "Saddam Hussein", "Elian" after "Elian Gonzalez"
	for _, m := range ms {
		if m.Kind != KindPerson {
			continue
		}
		parts := strings.Fields(m.Text)
		if len(parts) < 2 {
			continue
		}
		first := parts[0]
		if _, taken := surnames[first]; taken || g.givenNames[first] || g.isCommonWord(first) || !isNameShaped(first) || strings.HasSuffix(first, ".") {
			continue
		}
		// a titled two-part name whose first part is short puts the family
		// name first: "President Hu Jintao", later "Hu"
		familyFirst := m.Title != "" && len(parts) == 2 && len(first) <= 3 && len(first) >= 2
		if m.Title != "" && !familyFirst || len(first) < 4 && !familyFirst {
			continue
		}
		surnames[first] = m.Text
	}
	if len(surnames) == 0 {
		return ms
	}
	for i := range ms {
		// "Gough 3-45": a bowler's figures, not a team's score
		if m := &ms[i]; m.orgKind == "team" && m.Country == "" && surnames[m.Text] != "" && m.Canonical == m.Text {
			m.Kind, m.orgKind = KindPerson, ""
		}
	}
	// ms is ordered by offset and tokens come in order: one pass
	next := 0
	covered := func(sp Span) bool {
		for next < len(ms) && ms[next].Span.End <= sp.Start {
			next++
		}
		return next < len(ms) && ms[next].Span.Start < sp.End
	}
	var added []Mention
	for si, s := range sents {
		for i, t := range s.Tokens {
			full, ok := surnames[t.Text]
			if !ok || covered(t.Span) {
				continue
			}
			role := ""
			if i > 0 {
				if _, n := g.title(s.Tokens, i-1); n == 1 {
					role = s.Tokens[i-1].Text
				}
			}
			added = append(added, Mention{Kind: KindPerson, Text: t.Text, Span: t.Span, Canonical: full, Title: role, Sentence: si})
		}
	}
	if len(added) == 0 {
		return ms
	}
	all := append(ms, added...)
	sortMentions(all)
	return all
}

// resolveAliases gives every person mention the longest full name in the
// document that ends with the same surname.
func resolveAliases(ms []Mention) {
	full := map[string]string{}
	for _, m := range ms {
		if m.Kind != KindPerson {
			continue
		}
		sur := lastField(m.Text)
		if len(m.Text) > len(full[sur]) {
			full[sur] = m.Text
		}
	}
	for i := range ms {
		if ms[i].Kind != KindPerson {
			continue
		}
		if f := full[lastField(ms[i].Text)]; f != "" && (len(f) > len(ms[i].Canonical) || ms[i].Canonical == ms[i].Text) {
			ms[i].Canonical = f
		}
	}
}

// isNameShaped reports whether t looks like part of a name: a capital then
// letters, an initial ("A."), or a hyphenated capitalised word.
func isNameShaped(t string) bool {
	if !startsUpper(t) {
		return false
	}
	for _, r := range t {
		if !(unicode.IsLetter(r) || r == '-' || r == '.' || r == '\'' || r == '’') {
			return false
		}
	}
	return true
}

// isInitialToken reports whether t is an initial: a capital letter and a full
// stop ("C.").
func isInitialToken(t string) bool {
	r, n := utf8.DecodeRuneInString(t)
	return n+1 == len(t) && t[n] == '.' && unicode.IsUpper(r)
}

func isNameToken(t string, g *gazetteer, inside bool) bool {
	if inside && g.particles[t] {
		return true
	}
	return isNameShaped(t) && !isCommonCapital(t, false)
}
