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
// "Dar"). This file reads each sentence (tagSentence) and classifies runs of
// capitalised words; persons.go, orgs.go and teams.go hold the rules of
// each family, gazetteer.go the names.

// tagEntities finds the entities of every sentence. It works in two passes:
// the first finds gazetteer names and full person names, the second the
// single surnames of people already named ("Dar" after "Ishaq Dar").
func (g *gazetteer) tagEntities(text string, sents []Sentence) []Mention {
	var out []Mention
	for si := range sents {
		out = g.tagSentence(out, text, sents, si)
	}
	sport := isSportsReport(sents)
	out = markTeams(sents, out, sport)
	if sport {
		out = g.tagClubs(text, sents, out)
	}
	g.capitalActors(sents, out)
	resolveAliases(out)
	out = g.tagSurnames(text, sents, out)
	resolveAliases(out)
	return g.tagOrgNames(text, sents, out)
}

// tokensOf makes tokens of words, for a gazetteer lookup.
func tokensOf(words []string) []Token {
	toks := make([]Token, len(words))
	for i, w := range words {
		toks[i] = Token{Text: w}
	}
	return toks
}

// isDateline reports whether the place at sp opens its sentence and is
// followed by a date or a comma: "LONDON 1996-08-30", "ISLAMABAD, Aug 6".
func isDateline(toks []Token, sp Span) bool {
	if len(toks) == 0 || toks[0].Span.Start != sp.Start {
		return false
	}
	k := sort.Search(len(toks), func(k int) bool { return toks[k].Span.Start >= sp.End })
	if k >= len(toks) {
		return true
	}
	t := toks[k].Text
	return t == "," || t == "(" || strings.Count(t, "-") == 2 && t[0] >= '0' && t[0] <= '9'
}

// tagSentence appends the entities of sentence si to out.
func (g *gazetteer) tagSentence(out []Mention, text string, sents []Sentence, si int) []Mention {
	toks := sents[si].Tokens
	headline := isTitleCase(toks)
	role, roleCountry, roleStart := "", "", 0
	for i := 0; i < len(toks); {
		t := toks[i].Text
		if !startsUpper(t) {
			if t != "," && t != "and" {
				role, roleCountry = "", ""
			}
			i++
			continue
		}
		if m, ok := g.nameBeforeHyphen(toks, i, si); ok {
			// "United States-led peace talks": the name runs into a hyphen
			out = append(out, m)
			role, roleCountry = "", ""
			i += 2
			continue
		}
		if ms := g.hyphenParts(toks[i], si); ms != nil {
			// "Pakistan-based militants", "Saudi-led coalition", "Russia-Ukraine talks"
			out = append(out, ms...)
			role, roleCountry = "", ""
			i++
			continue
		}
		// a title, possibly several ("Deputy Prime Minister and Foreign Minister")
		if kind, n := g.title(toks, i); n > 0 && !(n == 1 && i+1 < len(toks) && !startsUpper(toks[i+1].Text) && kind != "honorific") {
			if role != "" && i > 0 && (toks[i-1].Text == "and" || toks[i-1].Text == ",") {
				// "Deputy Prime Minister and Foreign Minister"
				role = text[roleStart:toks[i+n-1].Span.End]
			} else {
				role, roleStart = joinTokens(text, toks[i:i+n]), toks[i].Span.Start
			}
			_ = kind
			i += n
			continue
		}
		if end := g.teamPrefixed(toks, i); end > i {
			// "Real Madrid", "Red Star Belgrade"
			out = append(out, g.orgMention(text, toks, i, end, si))
			role, roleCountry = "", ""
			i = end
			continue
		}
		if end := g.orgName(toks, i, headline); end > i {
			// "First Albany Corp.", "Douglas & Lomason Co", "Reuters Ottawa Bureau"
			m := g.orgMention(text, toks, i, end, si)
			if e, n := g.lookup(toks, i); n > 0 && e.kind == KindCountry && !e.demonym {
				m.Country = e.canonical
			}
			out = append(out, m)
			role, roleCountry = "", ""
			i = end
			continue
		}
		if e, n := g.lookup(toks, i); n > 0 && !(n == 1 && isCommonCapital(t, i == 0 || headline)) &&
			!(role != "" && (e.kind == KindCity || e.kind == KindRegion || e.kind == KindPlace) && i+n < len(toks) && isNameShaped(toks[i+n].Text)) {
			// (after a title, "Amara Kone" is a name even if Amara is a town)
			if end := g.orgTail(toks, i+n, e.kind); end > i+n {
				// "Tokyo Stock Exchange", "Bristol City", "Chicago White Sox"
				m := g.orgMention(text, toks, i, end, si)
				if e.kind == KindCountry {
					m.Country = e.canonical
				}
				out = append(out, m)
				role, roleCountry = "", ""
				i = end
				continue
			}
			if e.kind == KindOrganization {
				if end := g.ofTail(toks, i+n); end > i+n {
					out = append(out, g.orgMention(text, toks, i, end, si))
					i = end
					continue
				}
			}
			m := Mention{Kind: e.kind, Text: joinTokens(text, toks[i:i+n]), Span: Span{Start: toks[i].Span.Start, End: toks[i+n-1].Span.End},
				Canonical: e.canonical, Country: e.country, Sentence: si, Demonym: e.demonym, orgKind: e.orgKind}
			out = append(out, m)
			if e.kind == KindCountry {
				roleCountry = e.canonical
			}
			i += n
			continue
		}
		ms, next, named := g.tagNameRun(text, toks, i, si, headline, role, roleCountry)
		out = append(out, ms...)
		if named {
			role, roleCountry = "", ""
		}
		i = next
	}
	return out
}

// tagNameRun tags the run of capitalised name tokens that starts at toks[i]
// (a person, place or organisation the gazetteer does not know, classified
// by its shape and context); role and roleCountry are the title and country
// just read before it. It returns the mentions found, the index to go on
// from, and whether the run was read as a name (which ends the title's reach).
func (g *gazetteer) tagNameRun(text string, toks []Token, i, si int, headline bool, role, roleCountry string) ([]Mention, int, bool) {
	j := i
	for j < len(toks) && isNameToken(toks[j].Text, g, j > i) {
		if j > i {
			if _, n := g.lookup(toks, j); n > 0 && !(j == i+1 && n == 1 && g.givenNames[toks[i].Text] && !isAllCaps(toks[j].Text) &&
				(j+1 >= len(toks) || !startsUpper(toks[j+1].Text))) {
				break // "Michael Jordan" is a person; "Gordon Brown" too
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
		return nil, i + 1, false
	}
	run := toks[i:j]
	if !headline && (i == 0 || isSentenceStartWord(toks, i)) && (isCommonCapital(run[0].Text, true) || g.isCommonWord(run[0].Text)) {
		// "The", "In", "After"...: skip the word, look again after it
		return nil, i + 1, false
	}
	kind := g.classifyRun(run, role != "", headline)
	team := false
	if kind == "" && !headline && len(run) <= 3 && isTeamContext(toks, Span{Start: run[0].Span.Start, End: run[len(run)-1].Span.End}) {
		kind, team = KindOrganization, true // "Surrey 429-7", "beat Ruch"
	}
	if kind == "" && !headline && len(run) == 1 && isAcronym(run[0].Text) && hasLowerWord(toks) && !isCredit(toks, i) {
		kind = KindOrganization // "an EOE spokesman", "the CFDT union"
	}
	if (kind == KindOrganization || kind == "" && len(run) == 1 && ofHeads[run[0].Text]) && !headline {
		// "Bank of England", "League of Women Voters"
		if end := g.ofTail(toks, j); end > j {
			return []Mention{g.orgMention(text, toks, i, end, si)}, end, true
		}
	}
	if kind != "" {
		m := Mention{Kind: kind, Text: joinTokens(text, run), Span: Span{Start: run[0].Span.Start, End: run[len(run)-1].Span.End},
			Canonical: joinTokens(text, run), Sentence: si}
		if team {
			m.orgKind = "team"
		}
		if kind == KindPerson {
			m.Title = role
			m.Country = roleCountry
		}
		return []Mention{m}, j, true
	}
	return nil, j, true
}

// nameBeforeHyphen reads a name of two tokens whose second runs into a
// hyphen and a lower-case word ("United States-led", "South Korea-based"):
// the known country, city or organisation before the hyphen.
func (g *gazetteer) nameBeforeHyphen(toks []Token, i, si int) (Mention, bool) {
	if i+1 >= len(toks) {
		return Mention{}, false
	}
	second, rest, ok := strings.Cut(toks[i+1].Text, "-")
	if !ok || second == "" || rest == "" || startsUpper(rest) {
		return Mention{}, false
	}
	e, known := g.names[toks[i].Text+" "+second]
	if !known || e.kind != KindCountry && e.kind != KindCity && e.kind != KindOrganization {
		return Mention{}, false
	}
	end := toks[i+1].Span.Start + len(second)
	return Mention{Kind: e.kind, Text: toks[i].Text + " " + second, Span: Span{Start: toks[i].Span.Start, End: end},
		Canonical: e.canonical, Country: e.country, Sentence: si, Demonym: e.demonym, orgKind: e.orgKind}, true
}

// hyphenParts returns the countries, cities and organisations named by the
// parts of a hyphenated token ("Pakistan-based", "U.S.-backed",
// "Russia-Ukraine"), or nil when the token has no hyphen or no part is a
// known name.
func (g *gazetteer) hyphenParts(t Token, si int) []Mention {
	if !strings.Contains(t.Text, "-") || strings.Count(t.Text, "-") > 3 {
		return nil
	}
	var out []Mention
	off := t.Span.Start
	for _, part := range strings.Split(t.Text, "-") {
		e, ok := g.names[part]
		known := ok && (e.kind == KindCountry || e.kind == KindCity || e.kind == KindOrganization)
		if !known && startsUpper(part) {
			return nil // "Al-Fatah": a name of its own, not the Fatah party
		}
		if known {
			out = append(out, Mention{Kind: e.kind, Text: part, Span: Span{Start: off, End: off + len(part)}, Canonical: e.canonical,
				Country: e.country, Sentence: si, Demonym: e.demonym, orgKind: e.orgKind})
		}
		off += len(part) + 1
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
	// "C. Lewis", "Peter Hedblom": a person even in a line of capitals,
	// such as a list of names or a title-case headline
	if len(run) >= 2 && (isInitialToken(run[0].Text) || g.givenNames[run[0].Text]) && !isAllCaps(run[1].Text) && !g.anyCommon(run[1:]) {
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
			if regionalAdjectives[t.Text] {
				return "" // "West African": an adjective, no one's name
			}
		}
		if placeHeads[run[0].Text] {
			return KindPlace // "Port Adel", "Lake Kivu", "North Kordofan"
		}
		for _, t := range run {
			w := t.Text
			if isCommonCapital(w, true) || !isNameShaped(w) || g.isCommonWord(w) ||
				strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") {
				return ""
			}
		}
		return KindPerson
	}
	return ""
}

func sortMentions(ms []Mention) {
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].Span.Start < ms[j].Span.Start })
}

func joinTokens(text string, toks []Token) string {
	return text[toks[0].Span.Start:toks[len(toks)-1].Span.End]
}

func (g *gazetteer) anyCommon(run []Token) bool {
	for _, t := range run {
		if g.isCommonWord(t.Text) {
			return true
		}
	}
	return false
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
		} else if (words-caps)*10 > len(toks)*3 {
			return false // more than 30% of the tokens lower-case words: too many, however the rest go
		}
	}
	return words >= 4 && caps*10 >= words*7
}

// isTitleCase reports whether the sentence is a headline in title case or
// capitals: mostly capitalised words (see isHeadline), and no lower-case
// word other than the short function words headlines leave in lower case.
// A byline ("Farkhund Yousafzai is an Associate Editor at ...") is not one.
func isTitleCase(toks []Token) bool {
	if !isHeadline(toks) {
		return false
	}
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsLower(r) && !headlineLower[t.Text] {
			return false
		}
	}
	return true
}

var headlineLower = setOf("a", "an", "the", "and", "as", "at", "by", "for", "in", "of", "on", "or", "to", "vs",
	"vs.", "v", "with", "from", "into", "over", "but", "nor", "per", "via", "up", "off", "out", "'s", "’s")

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
	return atStart && inLower(startWords, t)
}

// calendarWords are the capitalised words that open a sentence or a
// headline without starting a name: months and weekdays (from package
// timex, which lists them for the project), and a few others.
var calendarWords = calendarSet("I", "Read", "More", "Mr.", "Mrs.", "Ms.", "Dr.")

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

// placeHeads start the names of places: "Port Adel", "Mount Kenya".
var placeHeads = setOf("Port", "Fort", "Mount", "Lake", "Cape", "Saint", "St.", "San", "Santa", "Sao", "São",
	"North", "South", "East", "West", "Central", "Upper", "Lower", "New", "Greater", "Gulf", "Bay", "Camp")

// regionalAdjectives name a region, not a person, in a capitalised run.
var regionalAdjectives = setOf("African", "Asian", "European", "American", "Arab", "Latin", "Nordic", "Baltic",
	"Caribbean", "Pacific", "Atlantic", "Western", "Eastern", "Northern", "Southern", "Central", "Middle",
	"Islamic", "Muslim", "Christian", "Jewish", "Sunni", "Shia", "Shiite", "Kurdish", "Berber", "Slavic")

// eventNameHeads start the names of operations, exercises and the like,
// which are not people: "Operation Bunyanum Marsoos".
var eventNameHeads = setOf("Operation", "Exercise", "Project", "Plan", "Treaty", "Accord", "Resolution", "Act", "Bill")

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
