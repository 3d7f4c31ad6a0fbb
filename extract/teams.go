package extract

import (
	"slices"
	"sort"
	"strings"
)

// This file tags sports teams: places that stand for a team in a sports
// report ("Surrey 429-7", "beat Ruch"), club names ("Real Madrid"), and
// capitals that stand for their country as actors ("Islamabad denied").

// markTeams turns cities and regions that stand for sports teams into
// organisations: a place followed by a score ("Surrey 429-7", "CHICAGO 74
// 56") or beaten ("Leicestershire beat Somerset") is a team, and so is
// every other mention of it in the document that does not follow "in",
// "at" and the like. sport says whether the text is a sports report
// (isSportsReport).
func markTeams(sents []Sentence, ms []Mention, sport bool) []Mention {
	teams := map[string]bool{}
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
			sp := Span{Start: toks[i].Span.Start, End: toks[i+n-1].Span.End}
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
				m.Kind, m.Canonical, m.Country, m.Title, m.orgKind = KindOrganization, name, "", "", "team"
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
	var seen []string
	var buf [40]byte
	for _, s := range sents {
		for _, t := range s.Tokens {
			// sport words have 3 to 13 bytes; lower-casing a word into
			// ASCII at most divides its length by 3 (the Kelvin sign)
			if len(t.Text) < 3 || len(t.Text) > 39 || !maybeSportWord(t.Text) {
				continue
			}
			w := appendLower(buf[:0], t.Text)
			if sportWords[string(w)] && !slices.Contains(seen, string(w)) {
				if seen = append(seen, string(w)); len(seen) == 3 {
					return true
				}
			}
		}
	}
	return false
}

// maybeSportWord is a quick test before the map: whether a sport word has
// w's length and its first and last letters (in either case). Most words
// fail it, and then no lower-cased copy or lookup is needed.
func maybeSportWord(w string) bool {
	n := len(w)
	if n >= len(sportShapes) {
		return true // a word with a wide character: let the map decide
	}
	f, l := w[0]|0x20, w[n-1]|0x20
	if f < 'a' || f > 'z' || l < 'a' || l > 'z' {
		return w[0] >= 0x80 || w[n-1] >= 0x80
	}
	return sportShapes[n][f-'a']&(1<<(l-'a')) != 0
}

// sportShapes[n][first] is the set of last letters of the sport words of n
// bytes that begin with first.
var sportShapes = func() (s [14][26]uint32) {
	for w := range sportWords {
		s[len(w)][w[0]-'a'] |= 1 << (w[len(w)-1] - 'a')
	}
	return s
}()

var sportWords = setOf("soccer", "football", "cricket", "rugby", "baseball", "basketball", "hockey", "tennis",
	"golf", "cycling", "athletics", "innings", "wicket", "wickets", "goalkeeper", "striker", "midfielder",
	"defender", "goal", "goals", "scored", "equaliser", "equalizer", "penalty", "halftime", "half-time",
	"league", "championship", "semifinal", "semi-final", "quarterfinal", "quarter-final", "playoff", "playoffs",
	"pitcher", "inning", "homer", "touchdown", "rebounds", "coach", "stadium", "match", "matches", "fixture",
	"fixtures", "season", "draw", "drew", "title", "cup", "club", "clubs", "referee", "tournament", "seeded")

// capitalActors reads a capital city that acts as its country's
// government: "Islamabad strongly denied", "Washington and Islamabad have
// moved", "ties with Washington". Such a mention becomes the country,
// under its own text ("delegations from Washington" too). A capital after
// "in", "at" and the like, at the head of a dateline, after a determiner or
// before a name stays a city.
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
		fromGroup := k >= 2 && strings.EqualFold(toks[k-1].Text, "from") && peopleNoun(toks[k-2].Text) // "delegations from Washington"
		if isLocative(toks, m.Span.Start) && !fromGroup || isDateline(toks, m.Span) || k == 0 && e < len(toks) && toks[e].Text == "(" {
			continue
		}
		possessive := e < len(toks) && (toks[e].Text == "'s" || toks[e].Text == "’s")
		if k > 0 {
			switch w := strings.ToLower(toks[k-1].Text); w {
			case "the", "a", "an", "of", "this", "that", "greater", "central", "downtown", "north", "south", "east", "west":
				if !(w == "of" && possessive) { // "warned of Moscow's threat": Moscow acts
					continue
				}
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

// isTeamPlural reports whether w, after a city, names a team: a capitalised
// plural ("Yankees", "Bulls") that is not a word for an agreement or games.
func isTeamPlural(w string) bool {
	return len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !isAllCaps(w) && !notTeams[w]
}

var notTeams = setOf("Accords", "Agreements", "Conventions", "Talks", "Olympics", "Games", "Protocols",
	"Islands", "Mountains", "Heights", "Hills", "Falls", "Springs", "Affairs", "Times", "News", "Forces",
	"Services", "Relations", "Rights", "Islands", "Plains", "Lakes", "Keys", "Highlands", "Territories")

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
