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
	Demonym   bool   // a country or place named by its people's adjective ("Pakistani")
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
		return !m.Demonym
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
	out = markTeams(sents, out)
	if isSportsReport(sents) {
		out = g.tagClubs(text, sents, out)
	}
	g.capitalActors(sents, out)
	resolveAliases(out)
	out = g.tagSurnames(text, sents, out)
	resolveAliases(out)
	return g.tagOrgNames(text, sents, out)
}

// tagOrgNames keeps an organisation's name an organisation throughout the
// document: once "Cofinec S.A." or "Douglas & Lomason Co" is tagged, its
// other mentions, with or without the legal suffix and in capitals in a
// headline ("Cofinec", "COFINEC"), are the organisation too, whether they
// were left untagged or taken for a person.
func (g *gazetteer) tagOrgNames(text string, sents []Sentence, ms []Mention) []Mention {
	names := map[string]string{} // tokens joined by a space -> canonical name
	maxLen := 0
	addName := func(key, canonical string) {
		if _, ok := names[key]; ok {
			return
		}
		n := strings.Count(key, " ") + 1
		if n == 1 && (g.isCommonWord(key) || g.givenNames[key] || len(key) < 3) {
			return
		}
		names[key] = canonical
		if up := strings.ToUpper(key); up != key {
			if _, ok := names[up]; !ok {
				names[up] = canonical
			}
		}
		maxLen = max(maxLen, n)
	}
	for _, m := range ms {
		if m.Kind != KindOrganization || m.orgKind != "" {
			continue
		}
		parts := strings.Fields(m.Text)
		if len(parts) > 6 {
			continue
		}
		addName(strings.Join(parts, " "), m.Canonical)
		n := len(parts)
		for n > 1 && (legalSuffixes[parts[n-1]] || parts[n-1] == "&") {
			n--
		}
		if n < len(parts) {
			if _, k := g.lookupName(tokensOf(parts[:n]), 0); k == 0 {
				addName(strings.Join(parts[:n], " "), m.Canonical)
			}
		}
	}
	if len(names) == 0 {
		return ms
	}
	var added []Mention
	next := 0
	for si, s := range sents {
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			if !startsUpper(toks[i].Text) {
				continue
			}
			n, canonical := 0, ""
			var b strings.Builder
			for k := 0; k < maxLen && i+k < len(toks); k++ {
				if k > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(toks[i+k].Text)
				if c, ok := names[b.String()]; ok {
					n, canonical = k+1, c
				}
			}
			if n == 0 {
				continue
			}
			sp := Span{toks[i].Span.Start, toks[i+n-1].Span.End}
			for next < len(ms) && ms[next].Span.End <= sp.Start {
				next++
			}
			switch {
			case next >= len(ms) || ms[next].Span.Start >= sp.End:
				added = append(added, Mention{Kind: KindOrganization, Text: text[sp.Start:sp.End], Span: sp, Canonical: canonical, Sentence: si})
			case ms[next].Span == sp && ms[next].Kind == KindPerson:
				m := &ms[next]
				m.Kind, m.Canonical, m.Role, m.Country = KindOrganization, canonical, "", ""
			}
			i += n - 1
		}
	}
	if len(added) == 0 {
		return ms
	}
	ms = append(ms, added...)
	sortMentions(ms)
	return ms
}

// tokensOf makes tokens of words, for a gazetteer lookup.
func tokensOf(words []string) []Token {
	toks := make([]Token, len(words))
	for i, w := range words {
		toks[i] = Token{Text: w}
	}
	return toks
}

// markTeams turns cities and regions that stand for sports teams into
// organisations: a place followed by a score ("Surrey 429-7", "CHICAGO 74
// 56") or beaten ("Leicestershire beat Somerset") is a team, and so is
// every other mention of it in the document that does not follow "in",
// "at" and the like.
func markTeams(sents []Sentence, ms []Mention) []Mention {
	teams := map[string]bool{}
	sport := isSportsReport(sents)
	for _, m := range ms {
		if (m.Kind == KindCity || m.Kind == KindRegion && !homeNations[m.Canonical]) && isTeamContext(sents[m.Sentence].Tokens, m.Span) {
			teams[m.Canonical] = true
		}
	}
	if len(teams) == 0 && !sport {
		return ms
	}
	for i := range ms {
		m := &ms[i]
		if (m.Kind != KindCity && m.Kind != KindRegion) || !teams[m.Canonical] && !(sport && m.Kind == KindCity) {
			continue
		}
		toks := sents[m.Sentence].Tokens
		if isLocative(toks, m.Span.Start) || isDateline(toks, m.Span) {
			continue
		}
		if !teams[m.Canonical] {
			// a sports report's city not seen as a team: a club unless it
			// follows a comma or bracket ("at Lord 's , London")
			k := sort.Search(len(toks), func(k int) bool { return toks[k].Span.Start >= m.Span.Start })
			if k > 0 && (toks[k-1].Text == "," || toks[k-1].Text == "(") {
				continue
			}
		}
		m.Kind, m.orgKind = KindOrganization, "team"
	}
	return tagTeamNames(sents, ms)
}

// tagTeamNames tags the other mentions of single-word teams found by their
// context ("Surrey 429-7" ... "as Surrey closed on 429").
func tagTeamNames(sents []Sentence, ms []Mention) []Mention {
	names := map[string]bool{}
	for _, m := range ms {
		if m.orgKind == "team" && !strings.Contains(m.Text, " ") {
			names[m.Text] = true
		}
	}
	if len(names) == 0 {
		return ms
	}
	var added []Mention
	next := 0
	for si, s := range sents {
		for _, t := range s.Tokens {
			if !names[t.Text] {
				continue
			}
			for next < len(ms) && ms[next].Span.End <= t.Span.Start {
				next++
			}
			if next < len(ms) && ms[next].Span.Start < t.Span.End {
				continue
			}
			added = append(added, Mention{Kind: KindOrganization, Text: t.Text, Span: t.Span, Canonical: t.Text, Sentence: si, orgKind: "team"})
		}
	}
	if len(added) == 0 {
		return ms
	}
	ms = append(ms, added...)
	sortMentions(ms)
	return ms
}

// tagClubs tags the sports clubs and team names of the gazetteer's team
// list in a sports report ("Essex", "Juventus", "Cubs"): a name no mention
// covers becomes an organisation, and so does a place or a person with the
// same span, unless the place follows "in", "at" and the like.
func (g *gazetteer) tagClubs(text string, sents []Sentence, ms []Mention) []Mention {
	var added []Mention
	next := 0
	for si, s := range sents {
		toks := s.Tokens
		for i := 0; i < len(toks); i++ {
			if !startsUpper(toks[i].Text) && (toks[i].Text[0] < '0' || toks[i].Text[0] > '9') {
				continue
			}
			n := 0
			var b strings.Builder
			for k := 0; k < g.maxTeam && i+k < len(toks); k++ {
				if k > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(toks[i+k].Text)
				if g.teams[b.String()] {
					n = k + 1
				}
			}
			if n == 0 {
				continue
			}
			sp := Span{toks[i].Span.Start, toks[i+n-1].Span.End}
			for next < len(ms) && ms[next].Span.End <= sp.Start {
				next++
			}
			name := joinKey(toks[i : i+n])
			switch {
			case next >= len(ms) || ms[next].Span.Start >= sp.End:
				added = append(added, Mention{Kind: KindOrganization, Text: text[sp.Start:sp.End], Span: sp, Canonical: name, Sentence: si, orgKind: "team"})
			case ms[next].Span == sp && ms[next].Kind != KindOrganization && !ms[next].Demonym:
				m := &ms[next]
				if m.IsPlace() && (isLocative(toks, sp.Start) || isDateline(toks, sp)) {
					break
				}
				m.Kind, m.Canonical, m.Country, m.Role, m.orgKind = KindOrganization, name, "", "", "team"
			}
			i += n - 1
		}
	}
	if len(added) == 0 {
		return ms
	}
	ms = append(ms, added...)
	sortMentions(ms)
	return ms
}

// isSportsReport reports whether the text reads as a sports report, where
// a city named outside "in", "at" and the like is a club: it uses several
// words that only sport uses.
func isSportsReport(sents []Sentence) bool {
	seen := map[string]bool{}
	for _, s := range sents {
		for _, t := range s.Tokens {
			if w := strings.ToLower(t.Text); sportWords[w] {
				seen[w] = true
			}
		}
	}
	return len(seen) >= 3
}

var sportWords = setOf("soccer", "football", "cricket", "rugby", "baseball", "basketball", "hockey", "tennis",
	"golf", "cycling", "athletics", "innings", "wicket", "wickets", "goalkeeper", "striker", "midfielder",
	"defender", "goal", "goals", "scored", "equaliser", "equalizer", "penalty", "halftime", "half-time",
	"league", "championship", "semifinal", "semi-final", "quarterfinal", "quarter-final", "playoff", "playoffs",
	"pitcher", "inning", "homer", "touchdown", "rebounds", "coach", "stadium", "match", "matches", "fixture",
	"fixtures", "season", "draw", "drew", "title", "cup", "club", "clubs", "referee", "tournament", "seeded")

// capitalActors reads a capital city that acts as its country's
// government: "Islamabad strongly denied", "Washington and Islamabad have
// moved", "ties with Washington". Such a mention becomes the country,
// under its own text. A capital after "in", "at" and the like, at the head
// of a dateline, after a determiner or before a name stays a city.
func (g *gazetteer) capitalActors(sents []Sentence, ms []Mention) {
	for i := range ms {
		m := &ms[i]
		country, ok := g.capitals[m.Canonical]
		if m.Kind != KindCity || !ok {
			continue
		}
		toks := sents[m.Sentence].Tokens
		k := sort.Search(len(toks), func(k int) bool { return toks[k].Span.Start >= m.Span.Start })
		e := sort.Search(len(toks), func(k int) bool { return toks[k].Span.Start >= m.Span.End })
		if isLocative(toks, m.Span.Start) || isDateline(toks, m.Span) || k == 0 && e < len(toks) && toks[e].Text == "(" {
			continue
		}
		if k > 0 {
			switch strings.ToLower(toks[k-1].Text) {
			case "the", "a", "an", "of", "this", "that", "greater", "central", "downtown", "north", "south", "east", "west":
				continue
			}
		}
		if e < len(toks) && (startsUpper(toks[e].Text) || toks[e].Text == "-") {
			continue // "Washington Post" or a list of places
		}
		m.Kind, m.Canonical, m.Country = KindCountry, country, country
	}
}

// isTeamContext reports whether the place at sp is followed by a score or
// sits in a "beat" or "v" construction.
func isTeamContext(toks []Token, sp Span) bool {
	k := sort.Search(len(toks), func(k int) bool { return toks[k].Span.Start >= sp.End })
	first := sort.Search(len(toks), func(k int) bool { return toks[k].Span.Start >= sp.Start })
	if k < len(toks) {
		next := toks[k].Text
		if isScore(next) && !isDateline(toks, sp) {
			return true
		}
		if teamVerbs[next] {
			return true
		}
	}
	if first > 0 {
		switch toks[first-1].Text {
		case "beat", "beating", "v", "v.", "vs", "vs.", "versus":
			return true
		}
	}
	return false
}

// homeNations are regions that play as nations: their teams are places in
// CoNLL's sense, like national teams.
var homeNations = setOf("England", "Scotland", "Wales", "Northern Ireland")

var teamVerbs = setOf("beat", "beats", "drew", "draw", "lost", "defeated", "thrashed", "edged", "routed",
	"crushed", "trounced", "hammered", "overcame", "outscored", "blanked", "swept", "v", "vs", "v.", "vs.", "versus")

// isScore reports whether t looks like a score or a figure in a table:
// digits, possibly with "-" or "/" ("2-1", "429-7"), but not a year or a
// date.
func isScore(t string) bool {
	if t == "" || t[0] < '0' || t[0] > '9' {
		return false
	}
	dashes := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		switch {
		case c >= '0' && c <= '9':
		case c == '-' || c == '/':
			dashes++
		case c == '.':
		default:
			return false
		}
	}
	if dashes >= 2 {
		return false // 1996-08-30
	}
	if len(t) == 4 && dashes == 0 && (t[:2] == "19" || t[:2] == "20") {
		return false // a year
	}
	return true
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

func (g *gazetteer) tagSentence(text string, sents []Sentence, si int) []Mention {
	toks := sents[si].Tokens
	headline := isTitleCase(toks)
	var out []Mention
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
			m := Mention{Kind: e.kind, Text: joinTokens(text, toks[i:i+n]), Span: Span{toks[i].Span.Start, toks[i+n-1].Span.End},
				Canonical: e.canonical, Country: e.country, Sentence: si, Demonym: e.demonym, orgKind: e.orgKind}
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
			i++
			continue
		}
		run := toks[i:j]
		if !headline && (i == 0 || isSentenceStartWord(toks, i)) && (isCommonCapital(run[0].Text, true) || g.isCommonWord(run[0].Text)) {
			// "The", "In", "After"...: skip the word, look again after it
			i++
			continue
		}
		kind := g.classifyRun(run, role != "", headline)
		team := false
		if kind == "" && !headline && len(run) <= 3 && isTeamContext(toks, Span{run[0].Span.Start, run[len(run)-1].Span.End}) {
			kind, team = KindOrganization, true // "Surrey 429-7", "beat Ruch"
		}
		if kind == "" && !headline && len(run) == 1 && isAcronym(run[0].Text) && hasLowerWord(toks) && !isCredit(toks, i) {
			kind = KindOrganization // "an EOE spokesman", "the CFDT union"
		}
		if (kind == KindOrganization || kind == "" && len(run) == 1 && ofHeads[run[0].Text]) && !headline {
			// "Bank of England", "League of Women Voters"
			if end := g.ofTail(toks, j); end > j {
				out = append(out, g.orgMention(text, toks, i, end, si))
				role, roleCountry = "", ""
				i = end
				continue
			}
		}
		if kind != "" {
			m := Mention{Kind: kind, Text: joinTokens(text, run), Span: Span{run[0].Span.Start, run[len(run)-1].Span.End},
				Canonical: joinTokens(text, run), Sentence: si}
			if team {
				m.orgKind = "team"
			}
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

func (g *gazetteer) orgMention(text string, toks []Token, i, end, si int) Mention {
	name := joinTokens(text, toks[i:end])
	return Mention{Kind: KindOrganization, Text: name, Span: Span{toks[i].Span.Start, toks[end-1].Span.End},
		Canonical: name, Sentence: si}
}

// orgTail looks for the rest of an organisation's name after a place name
// that ends before toks[j]: capitalised words ending in an organisation
// word ("Tokyo Stock Exchange") or, after a city or region, a team word
// ("Bristol City", "Chicago White Sox"). It returns the end of the name, or
// j when there is none.
func (g *gazetteer) orgTail(toks []Token, j int, kind string) int {
	team := kind == KindCity || kind == KindRegion
	end := j
	for k := j; k < len(toks) && k < j+3; k++ {
		w := toks[k].Text
		if !isNameShaped(w) || isCommonCapital(w, false) || isInitialToken(w) {
			break
		}
		if _, n := g.title(toks, k); n > 0 {
			break
		}
		if orgSuffixes[w] || team && (teamSuffixes[w] || isTeamPlural(w)) {
			end = k + 1
		}
		if _, n := g.lookup(toks, k); n > 0 {
			break
		}
	}
	return end
}

// orgName finds an organisation's name starting at toks[i] that the simpler
// rules miss: a run of capitalised words, which may cross known places and
// join its parts with "&", "of" or "and" after an organisation word, or a
// possessive after its first word, and which ends in an organisation word
// ("First Albany Corp.", "Schroder Wertheim & Co", "Boatmen 's Bancshares
// Inc.", "Reuters Ottawa Bureau"). It returns the end of the name, or i
// when there is none or when the gazetteer knows the whole run as
// something else ("West Bank").
func (g *gazetteer) orgName(toks []Token, i int, headline bool) int {
	if headline || !isNameShaped(toks[i].Text) || isCommonCapital(toks[i].Text, isSentenceStartWord(toks, i)) ||
		isSentenceStartWord(toks, i) && g.isCommonWord(toks[i].Text) {
		return i
	}
	end, joined := i, false
	for k := i; k < len(toks) && k < i+8; k++ {
		w := toks[k].Text
		if k > i {
			if _, n := g.title(toks, k); n > 0 && !orgSuffixes[w] {
				break
			}
		}
		switch {
		case isNameShaped(w) && !calendarWords[w] || isAllCaps(w):
			if orgSuffixes[w] && k > i {
				end = k + 1
			}
			continue
		case k+1 >= len(toks) || !(isNameShaped(toks[k+1].Text) || isAllCaps(toks[k+1].Text)):
		case w == "&":
			joined = true
			continue
		case (w == "'s" || w == "’s") && k == i+1 && !g.givenNames[toks[i].Text]:
			if _, n := g.lookup(toks, i); n == 0 {
				continue
			}
		case w == "of" || w == "and" || w == "for":
			if p := toks[k-1].Text; k > i && (ofHeads[p] || orgSuffixes[p]) && !legalSuffixes[p] {
				continue
			}
		}
		break
	}
	if end == i {
		return i
	}
	if _, n := g.lookup(toks, i); n >= end-i {
		return i // the gazetteer's own name, whatever it is
	}
	if end == i+2 && !joined && !legalSuffixes[toks[i+1].Text] {
		// two words: the old rules decide ("Tokyo Stock Exchange" needs three)
		if _, n := g.lookup(toks, i); n == 0 {
			return i
		}
	}
	return end
}

// isAcronym reports whether t is an unknown acronym that names an
// organisation when it acts in running text: two to five capital letters
// (possibly with "&"), and not a common abbreviation ("GDP", "CEO") or a
// Roman numeral.
func isAcronym(t string) bool {
	if len(t) < 2 || len(t) > 5 || notOrgAcronyms[t] {
		return false
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; !(c >= 'A' && c <= 'Z' || c == '&' && i > 0 && i < len(t)-1) {
			return false
		}
	}
	roman := true
	for i := 0; i < len(t); i++ {
		if !strings.ContainsRune("IVXLC", rune(t[i])) {
			roman = false
		}
	}
	return !roman
}

// isCredit reports whether toks[i] is the agency credit of a dateline
// ("ISLAMABAD (TDI) -", "Islamabad (TDI):"), which names the source, not an
// actor.
func isCredit(toks []Token, i int) bool {
	if i < 2 || i > 5 || toks[i-1].Text != "(" || i+2 >= len(toks) || toks[i+1].Text != ")" {
		return false
	}
	switch toks[i+2].Text {
	case ":", "-", "--", "–", "—":
	default:
		return false
	}
	for _, t := range toks[:i-1] {
		if t.Text != "," && !isNameShaped(t.Text) {
			return false
		}
	}
	return true
}

// hasLowerWord reports whether the sentence holds a word in lower case: it
// is running text, not a headline, a table row or a list of names.
func hasLowerWord(toks []Token) bool {
	for _, t := range toks {
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsLower(r) && len(t.Text) > 1 {
			return true
		}
	}
	return false
}

// notOrgAcronyms are abbreviations in capitals that do not name an
// organisation: measures, time zones, currencies, business and medical
// terms, and words written in capitals for emphasis.
var notOrgAcronyms = setOf("CEO", "CFO", "COO", "CTO", "GDP", "GNP", "CPI", "PPI", "IPO", "GMT", "EST", "EDT",
	"CST", "CDT", "PST", "PDT", "BST", "CET", "UTC", "TV", "PC", "CD", "DVD", "PM", "AM", "OK", "AIDS", "HIV",
	"DNA", "SARS", "PCT", "MLN", "BLN", "BN", "MN", "USD", "EUR", "GBP", "JPY", "DM", "DEM", "FFR", "FRF",
	"CHF", "ECU", "EPS", "NAV", "YTD", "YR", "QTR", "VAT", "ID", "FM", "AD", "BC", "KM", "KG", "MW", "MPH",
	"NB", "PS", "RE", "FYI", "ASAP", "MP", "MPs", "VIP", "POW", "POWs", "GI", "SUV", "ATM", "LNG", "LPG",
	"WTI", "CIF", "FOB", "OTC", "ADR", "ADRs", "GDR", "LIBOR", "PIBOR", "REPO", "BTP", "BTPs", "OAT", "OATs",
	"NOTE", "UPDATE", "RPT", "NEWS", "NOT", "NO", "YES", "AND", "THE", "OF", "FOR", "TO", "IN", "ON", "AT",
	"IS", "IT", "BY", "OR", "AN", "AS", "BE", "WE", "HE", "US", "ALL", "NEW", "TOP", "END", "UP", "OUT",
	"MORE", "VS", "PCS", "NA", "TBA", "TBD", "ETA", "RBI", "ERA", "HR", "OT", "KO", "TKO", "MVP", "LBW",
	"QB", "RB", "WR", "DJ", "MC", "PR", "HQ", "UFO", "WMD", "WMDs", "ICBM", "IED", "IEDs", "RPG")

// legalSuffixes end a company's name and may be left out when it is named
// again ("Pirelli SpA" ... "Pirelli").
var legalSuffixes = setOf("Inc", "Inc.", "Corp", "Corp.", "Co", "Co.", "Ltd", "Ltd.", "Limited", "plc", "PLC",
	"Plc", "SpA", "S.p.A.", "SA", "S.A.", "AG", "NV", "N.V.", "BV", "AB", "ASA", "A/S", "Oy", "Oyj", "GmbH",
	"KK", "Bhd", "Tbk", "LLC", "LP", "Corporation", "Company", "Bancorp", "Bancshares", "Holdings", "Group")

// isTeamPlural reports whether w, after a city, names a team: a capitalised
// plural ("Yankees", "Bulls") that is not a word for an agreement or games.
func isTeamPlural(w string) bool {
	return len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !isAllCaps(w) && !notTeams[w]
}

var notTeams = setOf("Accords", "Agreements", "Conventions", "Talks", "Olympics", "Games", "Protocols",
	"Islands", "Mountains", "Heights", "Hills", "Falls", "Springs", "Affairs", "Times", "News", "Forces",
	"Services", "Relations", "Rights", "Islands", "Plains", "Lakes", "Keys", "Highlands", "Territories")

// ofTail extends an organisation's name ending before toks[j] over "of"
// and a name: "Bank of England", "League of Women Voters". It returns the
// new end, or j.
func (g *gazetteer) ofTail(toks []Token, j int) int {
	if j == 0 || !ofHeads[toks[j-1].Text] || j+1 >= len(toks) || toks[j].Text != "of" {
		return j
	}
	k := j + 1
	if toks[k].Text == "the" && k+1 < len(toks) {
		k++
	}
	end := k
	if _, n := g.lookup(toks, k); n > 0 {
		end = k + n
	}
	for end < len(toks) && end < k+4 && isNameToken(toks[end].Text, g, end > k) {
		end++
	}
	if end == k {
		return j
	}
	return end
}

// teamPrefixed finds a sports club named by a prefix word and a place or
// name ("Real Madrid", "Dynamo Kiev"); it returns the end of the name or i.
func (g *gazetteer) teamPrefixed(toks []Token, i int) int {
	n := 0
	switch {
	case teamPrefixes[toks[i].Text]:
		n = 1
	case i+1 < len(toks) && teamPrefixes[toks[i].Text+" "+toks[i+1].Text]:
		n = 2
	default:
		return i
	}
	k := i + n
	if _, m := g.lookup(toks, k); m > 0 {
		return k + m
	}
	end := k
	for end < len(toks) && end < k+2 && isNameToken(toks[end].Text, g, true) {
		end++
	}
	if end == k {
		return i
	}
	return end
}

var teamPrefixes = setOf("Real", "Atletico", "Sporting", "Dinamo", "Dynamo", "Racing", "Olympique", "Borussia",
	"Spartak", "Lokomotiv", "CSKA", "Red Star", "Slavia", "Sparta", "Partizan", "Deportivo", "Steaua", "FC",
	"AC", "AS", "SV", "VfB", "VfL", "Hapoel", "Maccabi", "Universidad", "Club")

var teamSuffixes = setOf("United", "City", "Rovers", "Athletic", "Wanderers", "Town", "Albion", "Rangers",
	"County", "Hotspur", "Villa", "Forest", "Orient", "Argyle", "Thistle", "FC", "Sox", "Jazz", "Heat", "Magic",
	"Wild", "Fire", "Galaxy", "Dynamo")

// ofHeads are the organisation words that take "of" and a name.
var ofHeads = setOf("Bank", "University", "League", "Ministry", "Council", "Association", "Federation",
	"Institute", "Church", "Party", "Union", "Court", "Department", "Office", "Commission", "Committee",
	"Organisation", "Organization", "Academy", "Museum", "Chamber", "Board", "Society", "Confederation",
	"Bureau", "Agency", "College", "School", "Corporation", "Movement", "Front", "Army", "Fund")

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
			out = append(out, Mention{Kind: e.kind, Text: part, Span: Span{off, off + len(part)}, Canonical: e.canonical,
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

// tagSurnames adds mentions of people already named by their full name
// ("Dar", "Munir"), wherever no other mention covers them.
func (g *gazetteer) tagSurnames(text string, sents []Sentence, ms []Mention) []Mention {
	surnames := map[string]string{} // surname -> full name
	for _, m := range ms {
		if m.Kind != KindPerson {
			continue
		}
		parts := strings.Fields(m.Text)
		if len(parts) < 2 || g.isCommonWord(parts[len(parts)-1]) {
			continue
		}
		if prev, ok := surnames[parts[len(parts)-1]]; !ok || len(m.Text) > len(prev) {
			surnames[parts[len(parts)-1]] = m.Text
		}
	}
	// a first name that is not a common one also names its bearer alone:
	// "Saddam" after "Saddam Hussein", "Elian" after "Elian Gonzalez"
	for _, m := range ms {
		parts := strings.Fields(m.Text)
		if m.Kind != KindPerson || len(parts) < 2 || m.Role != "" {
			continue
		}
		first := parts[0]
		if _, taken := surnames[first]; taken || g.givenNames[first] || g.isCommonWord(first) || len(first) < 4 || !isNameShaped(first) || strings.HasSuffix(first, ".") {
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
		if f := full[parts[len(parts)-1]]; f != "" && (len(f) > len(ms[i].Canonical) || ms[i].Canonical == ms[i].Text) {
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

func (g *gazetteer) anyCommon(run []Token) bool {
	for _, t := range run {
		if g.isCommonWord(t.Text) {
			return true
		}
	}
	return false
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

var orgSuffixes = setOf("Party", "Council", "Ministry", "Department", "Agency", "Organization",
	"Organisation", "Committee", "Commission", "Bank", "Fund", "Corp.", "Corp", "Inc.", "Inc", "Ltd",
	"Ltd.", "Company", "Co.", "Group", "Union", "Association", "Institute", "University", "Front",
	"Movement", "Army", "Navy", "Force", "Forces", "Guard", "Court", "Parliament", "Assembly", "Senate",
	"Congress", "Office", "Service", "Services", "Bureau", "Authority", "Board", "League", "Federation",
	"Alliance", "Network", "News", "Times", "Post", "Journal", "Press", "Television", "Radio", "Insight",
	"Exchange", "Corporation", "Holdings", "Airlines", "Airways", "Motors", "Club", "FC", "Society", "Foundation",
	"Church", "Academy", "College", "Trust", "Partners", "Securities", "Industries", "Telecom", "Chamber",
	"Herald", "Tribune", "Gazette", "Chronicle", "Observer", "Telegraph", "Courier", "Dispatch", "Monitor",
	"Newsroom", "Newsdesk", "Desk", "Co", "Inc", "Ltd", "Limited", "plc", "PLC", "Plc", "SpA", "S.p.A.", "S.A.", "AG",
	"NV", "N.V.", "AB", "ASA", "Oy", "Oyj", "GmbH", "Bhd", "Tbk", "LLC", "Bancorp", "Bancshares", "Bros", "Bros.",
	"Brothers", "Sons", "Pharmaceuticals", "Communications", "Systems", "Technologies", "Electronics",
	"Airline", "Administration", "Laboratories", "Insurance", "Assurance", "Consolidated", "Mining",
	"Petroleum", "Chemicals", "Steel", "Motor", "Investments", "Enterprises", "Controls", "Medical", "Power")

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
