package extract

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file is the entity stage: people, places and organisations, found
// from the gazetteer, from titles ("Gen.", "Secretary of State") and given
// names, and from aliases within the document ("Mohammad Ishaq Dar" ...
// "Dar").

// Mention is a tagged stretch of the text: an entity or a time expression.
type Mention struct {
	Kind      string // person, country, city, region, place, facility, organization or time
	Text      string
	Span      Span
	Canonical string // the entity's canonical name; for a time, its value
	Role      string // a person's title or office, when the text gives one ("Secretary of State")
	Country   string // the country an entity belongs to, when known
	Sentence  int    // index of the sentence holding the mention
	Timex     *Timex // set for time mentions
	demonym   bool
	orgKind   string
}

// IsActor reports whether the mention can take part in an event: a person,
// a country or an organisation.
func (m *Mention) IsActor() bool {
	return m.Kind == KindPerson || m.Kind == KindCountry || m.Kind == KindOrganization
}

// IsPlace reports whether the mention names a location.
func (m *Mention) IsPlace() bool {
	switch m.Kind {
	case KindCountry, KindCity, KindRegion, KindPlace, KindFacility:
		return !m.demonym
	}
	return false
}

// tagEntities finds the entities of every sentence. It works in two passes:
// the first finds gazetteer names and full person names, the second the
// single surnames of people already named ("Dar" after "Ishaq Dar").
func (g *gazetteer) tagEntities(text string, sents []Sentence) []Mention {
	var out []Mention
	for si := range sents {
		out = append(out, g.tagSentence(text, sents, si)...)
	}
	resolveAliases(out)
	out = g.tagSurnames(text, sents, out)
	resolveAliases(out)
	return out
}

func (g *gazetteer) tagSentence(text string, sents []Sentence, si int) []Mention {
	toks := sents[si].Tokens
	headline := isHeadline(toks)
	var out []Mention
	role, roleCountry := "", ""
	for i := 0; i < len(toks); {
		t := toks[i].Text
		if !startsUpper(t) {
			if t != "," && t != "and" {
				role, roleCountry = "", ""
			}
			i++
			continue
		}
		// a title, possibly several ("Deputy Prime Minister and Foreign Minister")
		if kind, n := g.title(toks, i); n > 0 && !(n == 1 && i+1 < len(toks) && !startsUpper(toks[i+1].Text) && kind != "honorific") {
			role = joinTokens(text, toks[i:i+n])
			_ = kind
			i += n
			continue
		}
		if e, n := g.lookup(toks, i); n > 0 && !(n == 1 && isCommonCapital(t, i == 0 || headline)) {
			m := Mention{Kind: e.kind, Text: joinTokens(text, toks[i:i+n]), Span: Span{toks[i].Span.Start, toks[i+n-1].Span.End},
				Canonical: e.canonical, Country: e.country, Sentence: si, demonym: e.demonym, orgKind: e.orgKind}
			out = append(out, m)
			if e.kind == KindCountry {
				roleCountry = e.canonical
			}
			i += n
			continue
		}
		// a run of capitalised name tokens
		j := i
		for j < len(toks) && isNameToken(toks[j].Text, g, j > i) {
			if j > i {
				if _, n := g.lookup(toks, j); n > 0 {
					break
				}
				if _, n := g.title(toks, j); n > 0 && j+n < len(toks) && isNameShaped(toks[j+n].Text) {
					break // a title before another name: "... and Gen. Munir"
				}
			}
			j++
		}
		for j > i && g.particles[toks[j-1].Text] { // a name does not end with "al"
			j--
		}
		if j == i {
			i++
			continue
		}
		run := toks[i:j]
		if !headline && (i == 0 || isSentenceStartWord(toks, i)) && isCommonCapital(run[0].Text, true) {
			// "The", "In", "After"...: skip the word, look again after it
			i++
			continue
		}
		kind := g.classifyRun(run, role != "", headline)
		if kind != "" {
			m := Mention{Kind: kind, Text: joinTokens(text, run), Span: Span{run[0].Span.Start, run[len(run)-1].Span.End},
				Canonical: joinTokens(text, run), Sentence: si}
			if kind == KindPerson {
				m.Role = role
				m.Country = roleCountry
			}
			out = append(out, m)
		}
		role, roleCountry = "", ""
		i = j
	}
	return out
}

// classifyRun decides what a run of capitalised tokens names.
func (g *gazetteer) classifyRun(run []Token, titled, headline bool) string {
	last := run[len(run)-1].Text
	if orgSuffixes[last] && len(run) > 1 {
		return KindOrganization
	}
	if placeSuffixes[last] && len(run) > 1 {
		return KindPlace
	}
	if titled {
		return KindPerson
	}
	if headline {
		return ""
	}
	if g.givenNames[run[0].Text] && !isCommonCapital(run[0].Text, true) {
		return KindPerson
	}
	if len(run) >= 2 && len(run) <= 4 && !eventNameHeads[run[0].Text] {
		for _, t := range run {
			w := t.Text
			if isCommonCapital(w, true) || !isNameShaped(w) ||
				strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
				return ""
			}
		}
		return KindPerson
	}
	return ""
}

// tagSurnames adds mentions of people already named by their full name
// ("Dar", "Munir"), wherever no other mention covers them.
func (g *gazetteer) tagSurnames(text string, sents []Sentence, ms []Mention) []Mention {
	surnames := map[string]string{} // surname -> full name
	for _, m := range ms {
		if m.Kind != KindPerson {
			continue
		}
		parts := strings.Fields(m.Text)
		if len(parts) < 2 {
			continue
		}
		if prev, ok := surnames[parts[len(parts)-1]]; !ok || len(m.Text) > len(prev) {
			surnames[parts[len(parts)-1]] = m.Text
		}
	}
	if len(surnames) == 0 {
		return ms
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
			added = append(added, Mention{Kind: KindPerson, Text: t.Text, Span: t.Span, Canonical: full, Role: role, Sentence: si})
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
		parts := strings.Fields(m.Text)
		sur := parts[len(parts)-1]
		if len(m.Text) > len(full[sur]) {
			full[sur] = m.Text
		}
	}
	for i := range ms {
		if ms[i].Kind != KindPerson {
			continue
		}
		parts := strings.Fields(ms[i].Text)
		if f := full[parts[len(parts)-1]]; f != "" {
			ms[i].Canonical = f
		}
	}
}

func sortMentions(ms []Mention) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Span.Start < ms[j].Span.Start })
}

func joinTokens(text string, toks []Token) string {
	return text[toks[0].Span.Start:toks[len(toks)-1].Span.End]
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
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

func isNameToken(t string, g *gazetteer, inside bool) bool {
	if inside && g.particles[t] {
		return true
	}
	return isNameShaped(t) && !isCommonCapital(t, false)
}

// isHeadline reports whether most words of the sentence are capitalised, as
// in a title-case headline, where capitals say little.
func isHeadline(toks []Token) bool {
	words, caps := 0, 0
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) {
			caps++
		}
	}
	return words >= 4 && caps*10 >= words*7
}

func isSentenceStartWord(toks []Token, i int) bool {
	if i == 0 {
		return true
	}
	switch toks[i-1].Text {
	case "\"", "“", "``", "'", "‘", "(", ":", "_", "--", "-":
		return true
	}
	return false
}

// isCommonCapital reports whether t is a word that is capitalised for
// reasons other than being a name: months, weekdays, and (at the start of a
// sentence, when atStart) function words.
func isCommonCapital(t string, atStart bool) bool {
	if calendarWords[t] {
		return true
	}
	if isAllCaps(t) {
		return false // "US" is a country, not "us"
	}
	return atStart && startWords[strings.ToLower(t)]
}

var calendarWords = setOf("January", "February", "March", "April", "May", "June", "July", "August",
	"September", "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday",
	"Friday", "Saturday", "Sunday", "Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.",
	"I", "Read", "More", "Mr.", "Mrs.", "Ms.", "Dr.")

var startWords = setOf("the", "a", "an", "in", "on", "at", "to", "for", "of", "by", "with", "from", "after",
	"before", "since", "during", "as", "but", "and", "or", "so", "if", "when", "while", "although", "though",
	"because", "this", "that", "these", "those", "there", "here", "he", "she", "it", "they", "we", "you",
	"his", "her", "its", "their", "our", "my", "your", "some", "many", "most", "all", "both", "each", "every",
	"no", "not", "one", "two", "three", "last", "next", "earlier", "later", "meanwhile", "however", "also",
	"then", "now", "still", "yet", "just", "back", "things", "tensions", "speaking", "despite", "amid",
	"officials", "police", "troops", "forces", "talks", "what", "who", "which", "where", "why", "how",
	"nevertheless", "indeed", "similarly", "finally", "perhaps", "certainly", "only", "even", "such",
	"rescued", "saying", "according", "top", "extremists", "protesters", "foreign", "former", "new",
	"another", "other", "several", "few", "more", "less", "much", "very", "already", "again", "about",
	"over", "under", "between", "among", "into", "through", "without", "within", "against", "toward",
	"towards", "upon", "via", "per", "like", "unlike", "until", "unless", "whether", "do", "does", "did",
	"is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can", "could",
	"should", "may", "might", "must", "shall", "let", "i", "me", "him", "them", "us", "our", "yesterday",
	"today", "tomorrow", "tonight", "director", "secretary", "president", "prime", "minister")

// eventNameHeads start the names of operations, exercises and the like,
// which are not people: "Operation Bunyanum Marsoos".
var eventNameHeads = setOf("Operation", "Exercise", "Project", "Plan", "Treaty", "Accord", "Resolution", "Act", "Bill")

var orgSuffixes = setOf("Party", "Council", "Ministry", "Department", "Agency", "Organization",
	"Organisation", "Committee", "Commission", "Bank", "Fund", "Corp.", "Corp", "Inc.", "Inc", "Ltd",
	"Ltd.", "Company", "Co.", "Group", "Union", "Association", "Institute", "University", "Front",
	"Movement", "Army", "Navy", "Force", "Forces", "Guard", "Court", "Parliament", "Assembly", "Senate",
	"Congress", "Office", "Service", "Services", "Bureau", "Authority", "Board", "League", "Federation",
	"Alliance", "Network", "News", "Times", "Post", "Journal", "Press", "Television", "Radio", "Insight")

var placeSuffixes = setOf("Province", "River", "Sea", "Valley", "Island", "Islands", "Mountains",
	"Desert", "Strait", "Gulf", "Bay", "Lake", "Peninsula", "Airport", "Base", "Square", "Street",
	"Road", "Bridge", "Camp", "Hospital", "Stadium", "Palace", "Embassy", "Consulate", "Prison",
	"County", "District", "Region", "Territory", "Plant", "Port")

// TagEntities returns the people, places and organisations of text, ordered
// by offset: the entity stage of [Extractor.Extract] alone, without time
// expressions or events. It is what `chronicle eval conll` scores.
func (ex *Extractor) TagEntities(text string) []Mention {
	return ex.gaz.tagEntities(text, Segment(text))
}
