package extract

import (
	"embed"
	"fmt"
	"strings"
)

// The trigger lexicon: the words that name events, with their type, read
// from lexicon/triggers.tsv once, by New. Regular inflections are generated
// here; irregular ones are listed in the file.

//go:embed lexicon/triggers.tsv
var lexiconFS embed.FS

// trigger is what a trigger word or phrase stands for.
type trigger struct {
	lemma   string
	typ     string
	noun    bool // the form is a noun ("attack" in "an attack")
	verb    bool
	report  bool // a reporting verb: said, told
	generic bool // takes its type from the event noun it governs
	light   bool
}

type lexicon struct {
	// entries are by lower-case form, tokens joined by one space: the
	// forms, the first words of the forms of two words or more, and the
	// first words of the entries with a gap ("make * clear"), so that a
	// match looks up one key per word
	entries map[string]lexEntry
	gapped  bool // some entry has a gap
}

// lexEntry is what the lexicon has under a key.
type lexEntry struct {
	t    trigger
	form bool // the key is a form of t
	more bool // a longer form starts with the key
	gap  *gap // the key is the first word of an entry with a gap
}

// gap is an entry with a gap of gapWords words at most: "made Europe's
// stance loud and clear".
type gap struct {
	last map[string]bool // the words that may close it: "war/conflict"
	t    trigger
}

// gapWords is the longest gap a gapped entry spans.
const gapWords = 6

func loadLexicon() (*lexicon, error) {
	lx := &lexicon{entries: make(map[string]lexEntry, 2400)}
	data, err := lexiconFS.ReadFile("lexicon/triggers.tsv")
	if err != nil {
		return nil, fmt.Errorf("extract: lexicon: %w", err)
	}
	for n, line := range strings.Split(string(data), "\n") {
		line = strings.TrimRight(line, "\r")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		for len(f) < 5 {
			f = append(f, "")
		}
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		if f[0] == "" || f[1] == "" {
			return nil, fmt.Errorf("extract: lexicon/triggers.tsv:%d: want lemma and type", n+1)
		}
		t := trigger{lemma: f[0], typ: f[1],
			verb: strings.Contains(f[2], "v"), noun: strings.Contains(f[2], "n"),
			report: strings.Contains(f[3], "report"), generic: strings.Contains(f[3], "generic"),
			light: strings.Contains(f[3], "light")}
		if head, last, ok := strings.Cut(f[0], " * "); ok {
			// a gap: the first word's forms (a verb's, or a noun's) and
			// the words that may close it
			g := &gap{last: map[string]bool{}, t: t}
			for _, w := range strings.Split(strings.ToLower(last), "/") {
				g.last[w] = true
			}
			forms := []string{head, plural(head)}
			if t.verb {
				g.t.noun = false
				forms = verbForms(head)
			}
			for _, form := range append(forms, splitList(f[4])...) {
				key := strings.ToLower(form)
				e := lx.entries[key]
				e.gap = g
				lx.entries[key] = e
			}
			lx.gapped = true
			continue
		}
		if t.verb {
			vt := t
			vt.noun = false
			for _, form := range verbForms(f[0]) {
				lx.add(form, vt)
			}
		}
		if t.noun {
			nt := t
			nt.verb = false
			lx.add(f[0], nt)
			lx.add(plural(f[0]), nt)
		}
		for _, form := range splitList(f[4]) {
			ft := t
			// an irregular form of a verb lemma is a verb unless it looks
			// like a noun (nominalisations listed with the verb)
			if t.verb && t.noun {
				ft.verb, ft.noun = true, true
			} else if t.verb && isNominal(form) {
				ft.verb, ft.noun = false, true
			}
			lx.add(form, ft)
		}
	}
	return lx, nil
}

func (lx *lexicon) add(form string, t trigger) {
	form = strings.ToLower(tokenKey(form))
	e := lx.entries[form]
	if e.form {
		if e.t.lemma == t.lemma { // the same form as verb and noun: "attack"
			e.t.verb = e.t.verb || t.verb
			e.t.noun = e.t.noun || t.noun
			lx.entries[form] = e
		}
		return
	}
	e.t, e.form = t, true
	lx.entries[form] = e
	for p := range wordPrefixes(form) {
		e := lx.entries[p]
		e.more = true
		lx.entries[p] = e
	}
}

// form returns the trigger of a form (lower case, tokens joined by one
// space).
func (lx *lexicon) form(key string) (trigger, bool) {
	e := lx.entries[key]
	return e.t, e.form
}

// match finds the longest trigger starting at toks[i].
func (lx *lexicon) match(toks []Token, i int) (trigger, int) {
	var buf [128]byte
	key := buf[:0] // lower case, words joined by a space; no allocation
	best, bestN := trigger{}, 0
	var first lexEntry
	for n := 0; i+n < len(toks); n++ {
		if n > 0 {
			key = append(key, ' ')
		}
		key = appendLower(key, straightQuotes(toks[i+n].Text))
		e := lx.entries[string(key)]
		if n == 0 {
			first = e
		}
		if e.form {
			best, bestN = e.t, n+1
		}
		if !e.more {
			break // no longer form starts so
		}
	}
	if bestN == 0 && lx.gapped {
		if w := toks[i].Text; straightQuotes(w) != w {
			first = lx.entries[string(appendLower(key[:0], w))]
		}
		if g := first.gap; g != nil {
			for j := i + 2; j < len(toks) && j <= i+1+gapWords; j++ {
				w := toks[j].Text
				if w == "," || w == ";" || w == "." || strings.HasPrefix(toks[j].Tag, "VB") {
					break
				}
				if g.last[strings.ToLower(w)] {
					return g.t, j - i + 1
				}
			}
		}
	}
	return best, bestN
}

// verbForms returns a verb lemma with its regular inflections; for a
// phrase ("call for") the first word is inflected.
func verbForms(lemma string) []string {
	head, rest := lemma, ""
	if i := strings.IndexByte(lemma, ' '); i >= 0 {
		head, rest = lemma[:i], lemma[i:]
	}
	var s, ed, ing string
	switch {
	case strings.HasSuffix(head, "e"):
		s, ed, ing = head+"s", head+"d", head[:len(head)-1]+"ing"
	case strings.HasSuffix(head, "y") && len(head) > 2 && !strings.ContainsRune("aeiou", rune(head[len(head)-2])):
		s, ed, ing = head[:len(head)-1]+"ies", head[:len(head)-1]+"ied", head+"ing"
	case strings.HasSuffix(head, "s") || strings.HasSuffix(head, "sh") || strings.HasSuffix(head, "ch") || strings.HasSuffix(head, "x"):
		s, ed, ing = head+"es", head+"ed", head+"ing"
	default:
		s, ed, ing = head+"s", head+"ed", head+"ing"
	}
	return []string{lemma, s + rest, ed + rest, ing + rest}
}

func plural(n string) string {
	switch {
	case strings.HasSuffix(n, "s"):
		return n
	case strings.HasSuffix(n, "y") && len(n) > 2 && !strings.ContainsRune("aeiou", rune(n[len(n)-2])):
		return n[:len(n)-1] + "ies"
	case strings.HasSuffix(n, "sh") || strings.HasSuffix(n, "ch") || strings.HasSuffix(n, "x"):
		return n + "es"
	}
	return n + "s"
}

// isNominal reports whether a form listed with a verb lemma is a noun: a
// nominalisation ("negotiation", "negotiations", "condemnation") or one of
// a few others.
func isNominal(form string) bool {
	for _, suf := range []string{"tion", "sion", "ment", "al", "ure", "ance", "ence", "ism", "ings"} {
		if strings.HasSuffix(form, suf) || suf != "ings" && strings.HasSuffix(form, suf+"s") {
			return true
		}
	}
	switch form {
	case "threat", "threats", "warning", "explosion", "blast", "trip", "trips", "detention", "defection":
		return true
	}
	return false
}
