package extract

import (
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/timeline"
)

// This file finds who took part in an event and where: the actors of the
// trigger's clause, each with its role (the subject's are the source, the
// others the target: see participants), the pair a "they" or "the two"
// stands for, and the place the clause names.

// participants returns the actors of the trigger's clause, the subject's
// first (role source) and the others after (role target), and the place the
// clause names. The trigger of candidate c starts at token first: the verb
// that governs an event noun ("opened a two-day summit") has the subject.
func (d *docState) participants(si int, c *candidate, first int) ([]timeline.Entity, *timeline.Entity) {
	s := &d.sents[si]
	toks := s.Tokens
	lo, hi := clauseBounds(toks, c.tok, c.tok+c.n)
	from, to := toks[lo].Span.Start, toks[hi-1].Span.End
	actorsTo := to
	if c.trig.typ == "statement" && c.trig.verb {
		// "voiced concern that Syria and Iran were moving": they are who
		// it is about (but where they were is not where it was said)
		actorsTo = toks[reportedClauseEnd(toks, hi)-1].Span.End
		// "called on the meeting to address the obstacles in Africa": what
		// was asked for is no place of the asking
		for k := c.tok + c.n; k+1 < hi; k++ {
			if strings.EqualFold(toks[k].Text, "to") && (toks[k+1].Tag == "VB" || toks[k+1].Tag == "" && infinitiveShaped(toks[k+1].Text)) {
				to = min(to, toks[k].Span.Start)
				break
			}
		}
	}
	// ", alongside a group of European leaders, including X, Y and Z":
	// company named after the clause takes part too
	for j := c.tok + c.n; j+2 < len(toks) && j < c.tok+c.n+25 && toks[j].Text != ";"; j++ {
		if toks[j].Text != "," {
			continue
		}
		w := strings.ToLower(toks[j+1].Text)
		if w != "alongside" && w != "accompanied" && !((w == "along" || w == "together") && strings.EqualFold(toks[j+2].Text, "with")) {
			continue
		}
		end := len(toks)
		for k := j + 1; k < len(toks); k++ {
			if toks[k].Text == ";" || toks[k].Text != ")" && isBoundaryWord(toks[k].Text) {
				end = k
				break
			}
		}
		actorsTo = max(actorsTo, toks[end-1].Span.End)
		break
	}
	var parts []timeline.Entity
	seen := map[string]bool{}
	take := func(m Mention, role timeline.Role) { // m takes part
		seen[m.Canonical] = true
		parts = append(parts, timeline.Entity{Text: m.Text, Kind: m.Kind, Canonical: m.Canonical, Role: role, Span: [2]int{m.Span.Start, m.Span.End}})
	}
	var loc *timeline.Entity
	locRank := 0
	if de := datelineEnd(toks); de > 0 && de < len(toks) {
		from = max(from, toks[de].Span.Start) // "MOGADISHU (Meridian Wire) —" names no participant
	}
	for _, m := range inSentence(d.entities, si) {
		if m.Span.Start < from || m.Span.End > actorsTo {
			continue
		}
		locative := isLocative(toks, m.Span.Start) && m.Span.End <= to
		if m.Kind == KindOrganization && locative && m.orgKind == "gov" {
			// "at the State Department": the body's seat is where it happened
			if locRank < 6 {
				locRank = 6
				loc = &timeline.Entity{Text: m.Text, Kind: m.Kind, Canonical: m.Canonical}
			}
			continue
		}
		if (m.IsPlace() || m.Demonym) && locative && !(m.Demonym && d.beforeEventNoun(toks, m)) {
			if r := placeRank(m); r > locRank {
				locRank = r
				loc = &timeline.Entity{Text: m.Text, Kind: m.Kind, Canonical: m.Canonical}
				if m.Demonym { // "at Indian military sites": in India
					loc.Text = m.Canonical
				}
			}
			if m.Kind != KindCountry || m.Demonym {
				continue // "in Indian Kashmir" names a place, not an actor
			}
		}
		if !m.IsActor() || seen[m.Canonical] {
			continue
		}
		role := timeline.RoleTarget
		if m.Span.End <= toks[c.tok].Span.Start {
			role = timeline.RoleSource
		}
		take(m, role)
	}
	// a pronoun subject or possessive stands for the actor it refers to:
	// "he had ordered", "its 1990 invasion"; a relative "who" for the name
	// before it: "Ritter, who arrived Thursday"
	head := *c
	if first < c.tok {
		head.tok, head.n = first, 1 // "Enkhbold, who will pay an official visit": the verb's subject
	}
	for _, m := range d.referent(si, &head) {
		if !seen[m.Canonical] {
			take(m, timeline.RoleSource)
		}
	}
	// the subject and the object as the text words them: "Hezbollah
	// fighters killed three Israeli soldiers"
	var nps []Span
	for _, np := range []Span{npBefore(toks, d.skipTimesBack(si, min(first, c.tok))), npAfter(toks, d.skipTimes(si, c.tok+c.n)), d.frontedSubject(si, c)} {
		nps = conjuncts(nps, toks, np)
	}
	// "paid a state visit to the country": the country told before
	if j := d.skipTimes(si, c.tok+c.n); j+2 < len(toks) && (strings.EqualFold(toks[j].Text, "to") || strings.EqualFold(toks[j].Text, "in")) &&
		strings.EqualFold(toks[j+1].Text, "the") && strings.EqualFold(toks[j+2].Text, "country") {
		nps = append(nps, Span{Start: j + 1, End: j + 3})
	}
	for _, np := range nps {
		for np.Start < np.End && d.inTimex(si, np.Start) {
			np.Start++ // "said on Wednesday its forces had taken": its forces
		}
		if np.End <= np.Start {
			continue
		}
		sp := Span{Start: toks[np.Start].Span.Start, End: toks[np.End-1].Span.End}
		text := d.text[sp.Start:sp.End]
		role := timeline.RoleTarget
		if np.End <= c.tok {
			role = timeline.RoleSource
		}
		// actors named inside the phrase take part even when the clause
		// bounds left them out: "Norway and Cuba, which act as guarantors,
		// welcomed ..."
		for _, m := range inSentence(d.entities, si) {
			if m.IsActor() && !m.Demonym && m.Span.Start >= sp.Start && m.Span.End <= sp.End && !seen[m.Canonical] {
				take(m, role)
			}
		}
		merged := false
		for k := range parts {
			p := &parts[k]
			if p.Span[0] >= sp.Start && p.Span[1] <= sp.End {
				if !merged && len(text) > len(p.Text) && groupNoun(toks[np.End-1].Text) {
					p.Text = text // "Pakistani forces": Pakistan, as the text words it
				}
				merged = true
			}
		}
		// "a state visit to the country": the country told before
		if m, ok := d.theCountry(si, sp, seen); ok {
			take(m, role)
		}
		// "A Russian comedian was convicted ... The comedian, Artemy
		// Ostanin, was handed": named a sentence or two on
		if m, ok := d.namedLater(si, np); ok && !seen[m.Canonical] && !personIn(d.entities, si, sp) {
			take(m, role)
		}
		// "The French leader said": the French leader named before
		if m, ok := d.officeHolder(si, np); ok && !seen[m.Canonical] && !personIn(d.entities, si, sp) {
			take(m, role)
		}
		if !merged && !seen[text] && peopleNoun(toks[np.End-1].Text) {
			seen[text] = true
			parts = append(parts, timeline.Entity{Text: text, Kind: "group", Role: role, Span: [2]int{sp.Start, sp.End}})
		} else if !merged && !seen[text] && np.Start > c.tok && unknownName(toks[np.Start:np.End]) {
			// a name the gazetteer lacks as the object: "met Mbeleko",
			// "called on Kabila"; most such names are people's
			seen[text] = true
			parts = append(parts, timeline.Entity{Text: text, Kind: KindPerson, Role: role, Span: [2]int{sp.Start, sp.End}})
		}
	}
	if parts == nil {
		parts = []timeline.Entity{}
	}
	return parts, loc
}

// conjuncts splits a noun phrase at its coordinators: "African leaders
// and French President Jacques Chirac" is two, each its own participant.
// A phrase without one is itself. The parts are appended to out.
func conjuncts(out []Span, toks []Token, np Span) []Span {
	start := np.Start
	add := func(end int) {
		// a part headed by a capitalised office is a title ("Deputy Prime
		// Minister and Foreign Minister X"), no participant of its own
		if end > start && !(startsUpper(toks[end-1].Text) && groupNoun(toks[end-1].Text)) {
			out = append(out, Span{Start: start, End: end})
		}
	}
	split := false
	for k := np.Start; k < np.End; k++ {
		if isCoordinator(toks, k) {
			add(k)
			start, split = k+1, true
		}
	}
	if !split {
		return append(out, np)
	}
	add(np.End)
	return append(out, np) // and the whole, for a name the parts split
}

// personIn reports whether a person is named within sp of sentence si.
func personIn(ms []Mention, si int, sp Span) bool {
	for _, m := range inSentence(ms, si) {
		if m.Kind == KindPerson && m.Span.Start >= sp.Start && m.Span.End <= sp.End {
			return true
		}
	}
	return false
}

// officeHolder returns the person a phrase like "the French leader" or
// "Peru's president" stands for: the latest person in the officeReach
// sentences before si whose title has the phrase's office ("leader" for any head of state or
// government) and, when the phrase names a country, who is of it; for "the
// Iranian top official" (envoy, diplomat, negotiator), the latest person of
// that country, whatever the office.
func (d *docState) officeHolder(si int, np Span) (Mention, bool) {
	toks := d.sents[si].Tokens
	office := strings.ToLower(toks[np.End-1].Text)
	heads := []string{office}
	anyOffice := false // "the Iranian top official": whoever of Iran holds an office
	switch office {
	case "leader":
		heads = []string{"president", "prime minister", "premier", "chancellor", "king"}
	case "president", "premier", "chancellor", "minister", "king":
	case "official", "envoy", "diplomat", "negotiator":
		anyOffice = true
	default:
		return Mention{}, false
	}
	country := ""
	for _, m := range inSentence(d.entities, si) {
		if m.Kind == KindCountry && m.Span.Start >= toks[np.Start].Span.Start && m.Span.End <= toks[np.End-1].Span.End {
			country = m.Canonical
		}
	}
	// the mentions before sentence si, the latest first, as far back as
	// officeReach sentences
	lo := sort.Search(len(d.entities), func(i int) bool { return d.entities[i].Sentence >= si })
	for k := lo - 1; k >= 0 && d.entities[k].Sentence >= si-officeReach; k-- {
		m := d.entities[k]
		if m.Kind != KindPerson || country != "" && m.Country != "" && m.Country != country {
			continue
		}
		if anyOffice {
			if country != "" && (m.Country == country || m.Country == "" && d.countryBefore(m) == country) {
				return m, true // "Iranian foreign minister Abbas Araghchi"
			}
			continue
		}
		title := strings.ToLower(m.Title)
		if title == "" {
			// "French president Emmanuel Macron": the office in lower case
			// between the country and the name
			c, between := d.qualifiers(m)
			if c == "" || country != "" && c != country {
				continue
			}
			title = strings.ToLower(strings.TrimSpace(between))
		}
		for _, h := range heads {
			if strings.HasSuffix(title, h) {
				return m, true
			}
		}
	}
	// a lead names the office and a later sentence the holder: "Peru's
	// president Wednesday surveyed ... As Fujimori surveyed the scene": the
	// first person named in the next officeAhead sentences with no other
	// office and no other country, when the phrase names the country
	if country == "" || anyOffice {
		return Mention{}, false
	}
	// the office as the phrase words it, after the country: "energy minister"
	words := []string{}
	for k := np.End - 1; k >= np.Start && isNPToken(toks[k]) && toks[k].Tag != "POS" && !d.countryAt(si, toks[k].Span); k-- {
		words = append([]string{strings.ToLower(toks[k].Text)}, words...)
	}
	phrase := strings.Join(words, " ")
	for k := lo; k < len(d.entities) && d.entities[k].Sentence <= si+officeAhead; k++ {
		m := d.entities[k]
		if m.Sentence == si || m.Kind != KindPerson {
			continue
		}
		if m.Country != "" && m.Country != country || m.Title != "" && !strings.HasSuffix(strings.ToLower(m.Title), phrase) {
			return Mention{}, false // the next person named holds another office
		}
		if other := d.countryBefore(m); other != "" && other != country {
			return Mention{}, false // "Peruvian lawmaker Ana Ruiz"
		}
		return m, true
	}
	return Mention{}, false
}

// countryAt reports whether a country is named within sp of sentence si.
func (d *docState) countryAt(si int, sp Span) bool {
	for _, m := range inSentence(d.entities, si) {
		if m.Kind == KindCountry && m.Span.Start < sp.End && sp.Start < m.Span.End {
			return true
		}
	}
	return false
}

// countryBefore returns the country named in the words that qualify the
// name m ("Peruvian lawmaker Ana Ruiz": Peru), if any.
func (d *docState) countryBefore(m Mention) string {
	c, _ := d.qualifiers(m)
	return c
}

// qualifiers returns the country named in the words that qualify the name
// m and the words between them ("French president Emmanuel Macron":
// France, " president "), or "" when no country does.
func (d *docState) qualifiers(m Mention) (country, between string) {
	ms := inSentence(d.entities, m.Sentence)
	for i := len(ms) - 1; i >= 0; i-- {
		c := ms[i]
		if c.Span.End > m.Span.Start {
			continue
		}
		between := d.text[c.Span.End:m.Span.Start]
		if c.Kind != KindCountry || strings.ContainsAny(between, ",;.()\"") || len(strings.Fields(between)) > 3 {
			return "", ""
		}
		return c.Canonical, between
	}
	return "", ""
}

// theCountry returns the country that the phrase sp of sentence si, "the
// country", stands for: the latest country named before it, in this
// sentence or the two before, that is not already a participant (seen):
// "China and Mongolia established ties when Chinese President Hu Jintao
// paid a state visit to the country" is Mongolia.
func (d *docState) theCountry(si int, sp Span, seen map[string]bool) (Mention, bool) {
	if !strings.EqualFold(d.text[sp.Start:sp.End], "the country") {
		return Mention{}, false
	}
	lo := sort.Search(len(d.entities), func(i int) bool { return d.entities[i].Sentence >= si-2 })
	for k := sort.Search(len(d.entities), func(i int) bool { return d.entities[i].Span.Start >= sp.Start }) - 1; k >= lo; k-- {
		if m := d.entities[k]; m.Kind == KindCountry && !seen[m.Canonical] {
			return m, true
		}
	}
	return Mention{}, false
}

// namedLater returns the person that an indefinite phrase np of sentence
// si ("A Russian stand-up comedian") turns out to be: the name that "The
// comedian," puts in apposition in one of the next two sentences.
func (d *docState) namedLater(si int, np Span) (Mention, bool) {
	toks := d.sents[si].Tokens
	first := strings.ToLower(toks[np.Start].Text)
	if first != "a" && first != "an" || np.End-np.Start < 2 || toks[np.End-1].Tag != "NN" {
		return Mention{}, false
	}
	head := strings.ToLower(toks[np.End-1].Text)
	for sj := si + 1; sj < len(d.sents) && sj <= si+2; sj++ {
		ts := d.sents[sj].Tokens
		for k := 1; k+2 < len(ts); k++ {
			if !strings.EqualFold(ts[k-1].Text, "the") || strings.ToLower(ts[k].Text) != head || ts[k+1].Text != "," {
				continue
			}
			for _, m := range inSentence(d.entities, sj) {
				if m.Kind == KindPerson && m.Span.Start == ts[k+2].Span.Start {
					return m, true
				}
			}
		}
	}
	return Mention{}, false
}

// officeAhead is how many sentences on an office named first, with its
// country ("Ukraine's energy minister"), looks for its holder's name.
const officeAhead = 2

// officeReach is how many sentences back an office named without a name
// ("the French leader") looks for its holder: a long document repeating
// the office with no holder costs a bounded look each time.
const officeReach = 60

// settlementNoun reports whether w names a kind of place that a name
// follows: "the town of", "the resort of".
func settlementNoun(w string) bool {
	switch strings.ToLower(w) {
	case "town", "city", "village", "resort", "port", "province", "region", "district", "capital", "suburb",
		"island", "outskirts", "state", "county", "enclave":
		return true
	}
	return false
}

// beforeEventNoun reports whether the mention m of a sentence with tokens
// toks modifies an event noun: "in Russian attacks" names who attacked, not
// where.
func (d *docState) beforeEventNoun(toks []Token, m Mention) bool {
	for k, t := range toks {
		if t.Span.Start < m.Span.End {
			continue
		}
		tr, n := d.ex.lex.match(toks, k)
		return n > 0 && tr.noun && !tr.report && tr.typ != "other"
	}
	return false
}

// infinitiveShaped reports whether an untagged word after "to" reads as a
// verb: lower case and not a determiner or pronoun ("to address", not "to
// the talks").
func infinitiveShaped(w string) bool {
	if w == "" || startsUpper(w) || !startsLetter(w) {
		return false
	}
	switch strings.ToLower(w) {
	case "the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "all", "both", "some":
		return false
	}
	return true
}

// reportedClauseEnd returns the end of the clause a statement reports when
// it starts at token h with "that" or a participle after a comma ("...,
// praising ..."), else h: the clause runs to the next semicolon or the
// sentence's end.
func reportedClauseEnd(toks []Token, h int) int {
	if h >= len(toks) {
		return h
	}
	switch w := strings.ToLower(toks[h].Text); {
	case w == "that":
	case w == "," && h+1 < len(toks) && toks[h+1].Tag == "VBG":
		// "..., praising his tenacity against pressure from Syria"
	default:
		return h
	}
	for k := h + 1; k < len(toks); k++ {
		if toks[k].Text == ";" {
			return k
		}
	}
	return len(toks)
}

// referent finds the actor that a pronoun subject, a possessive, or a
// relative pronoun before trigger c stands for: the nearest person before
// it for he, his, she, her; the nearest organisation or country for it,
// its; the name before the comma for who or which.
func (d *docState) referent(si int, c *candidate) []Mention {
	toks := d.sents[si].Tokens
	k := c.tok - 1
	for k >= 0 && (auxiliaries[strings.ToLower(toks[k].Text)] || strings.HasPrefix(toks[k].Tag, "RB") ||
		c.trig.noun && (toks[k].Tag == "CD" || strings.HasPrefix(toks[k].Tag, "JJ") || d.inTimex(si, k))) {
		k--
	}
	if k < 0 {
		return nil
	}
	// "they jointly inspected borderlines and signed documents": the
	// second verb's subject is the first's
	if c.trig.verb && strings.EqualFold(toks[k].Text, "and") {
		for j := k - 1; j > 0 && j >= k-8 && toks[j].Text != ","; j-- {
			if t := toks[j].Tag; t == "VBD" || t == "VBZ" || t == "VBP" {
				for k = j - 1; k >= 0 && (auxiliaries[strings.ToLower(toks[k].Text)] || strings.HasPrefix(toks[k].Tag, "RB")); k-- {
				}
				break
			}
		}
		if k < 0 {
			return nil
		}
	}
	// "Chirac, who on his arrival late Friday called for": the relative
	// pronoun is the subject across a phrase with no verb of its own, or
	// one that only says the event is to come ("Hu, who is scheduled to
	// pay a state visit")
	for j := k; j >= 1 && j >= c.tok-10; j-- {
		w := strings.ToLower(toks[j].Text)
		if (w == "who" || w == "which") && toks[j-1].Text == "," {
			k = j
			break
		}
		if toks[j].Text == "," || strings.HasPrefix(toks[j].Tag, "VB") && !auxiliaries[w] && !schedulingWords[w] {
			break
		}
	}
	var want func(m *Mention) bool
	switch strings.ToLower(toks[k].Text) {
	case "he", "his", "him", "she", "her":
		want = func(m *Mention) bool { return m.Kind == KindPerson }
	case "it", "its":
		want = func(m *Mention) bool { return m.Kind == KindOrganization || m.Kind == KindCountry && !m.Demonym }
	case "two", "sides", "leaders", "countries", "ministers", "nations", "governments":
		// "The two discussed", "both sides agreed", "the two leaders met"
		if k > 0 && (strings.EqualFold(toks[k-1].Text, "two") || strings.EqualFold(toks[k-1].Text, "both") ||
			strings.EqualFold(toks[k].Text, "two") && strings.EqualFold(toks[k-1].Text, "the")) {
			return d.actorPair(si, toks[k].Span.Start)
		}
		return nil
	case "they", "their", "them":
		// the nearest pair of actors joined by "and" ("Kenya and Ghana
		// ... they"), else the nearest organisation or country
		want = func(m *Mention) bool { return m.Kind == KindOrganization || m.Kind == KindCountry && !m.Demonym }
		if pair := d.actorPair(si, toks[k].Span.Start); pair != nil {
			return pair
		}
	case "who", "which":
		if k == 0 || toks[k-1].Text != "," {
			return nil
		}
		end := toks[k-1].Span.Start
		var out []Mention
		for _, m := range inSentence(d.entities, si) {
			if m.IsActor() && m.Span.End == end {
				out = append(out, m)
			}
		}
		if out == nil {
			return nil
		}
		// and the actors that qualify the name: "NATO chief Mark Rutte, who"
		if np := npBefore(toks, k-1); np.End > np.Start {
			from := toks[np.Start].Span.Start
			for _, m := range inSentence(d.entities, si) {
				if m.IsActor() && !m.Demonym && m.Span.Start >= from && m.Span.End < end {
					out = append(out, m)
				}
			}
		}
		return out
	default:
		return nil
	}
	// in this sentence or the three before: a quotation or two may stand
	// between a name and its pronoun ("Ruiz set out her terms. \"...,\" she
	// wrote. \"...\" On Sunday, she told")
	before := toks[k].Span.Start
	for back := si; back >= 0 && back >= si-3; back-- {
		ms := inSentence(d.entities, back)
		for i := len(ms) - 1; i >= 0; i-- {
			if ms[i].Span.End <= before && want(&ms[i]) {
				return []Mention{ms[i]}
			}
		}
	}
	return nil
}

// schedulingWords, with the auxiliaries ("scheduled", "expected", "due"),
// say that the event a clause goes on to name is to come: "is scheduled to
// pay", "was slated to sign".
var schedulingWords = setOf("slated", "planning", "plans", "planned", "hoping", "hopes", "to")

// actorPair returns the nearest two actors before offset before, in this
// sentence or the three before, that the text joins with "and": "Norway and
// Cuba", "Dar and Rubio".
func (d *docState) actorPair(si, before int) []Mention {
	for back := si; back >= 0 && back >= si-3; back-- {
		ms := inSentence(d.entities, back)
		for i := len(ms) - 1; i > 0; i-- {
			a, b := ms[i-1], ms[i]
			if b.Span.End > before || !a.IsActor() || !b.IsActor() || a.Demonym || b.Demonym {
				continue
			}
			if strings.TrimSpace(d.text[a.Span.End:b.Span.Start]) == "and" {
				return []Mention{a, b}
			}
		}
	}
	return nil
}

// inTimex reports whether token k of sentence si is part of a time
// expression.
func (d *docState) inTimex(si, k int) bool {
	sp := d.sents[si].Tokens[k].Span
	for _, m := range inSentence(d.times, si) {
		if m.Span.Start <= sp.Start && sp.End <= m.Span.End {
			return true
		}
	}
	return false
}

// npBefore returns the token range of the noun phrase that is the subject
// of the verb at i (auxiliaries and adverbs between), or an empty range.
func npBefore(toks []Token, i int) Span {
	k := i - 1
	for k >= 0 && (auxiliaries[strings.ToLower(toks[k].Text)] || strings.HasPrefix(toks[k].Tag, "RB")) {
		k--
	}
	// "The two governments, which cosponsor the talks, invited ...": the
	// subject stands before the relative clause
	if k >= 0 && toks[k].Text == "," {
		for j := k - 1; j > 0 && k-j <= 25; j-- {
			w := strings.ToLower(toks[j].Text)
			if (w == "which" || w == "who" || toks[j].Tag == "VBN") && toks[j-1].Text == "," {
				k = j - 2 // "The ceasefire, brokered by Saudi Arabia, took effect"
				break
			}
			if w == "," && j+1 < k && toks[j+1].Tag == "DT" && strings.HasPrefix(toks[j-1].Tag, "NN") {
				// "The Collective Security Treaty Organization, the
				// Moscow-led alliance to which both belong, called": the
				// subject before its apposition
				k = j - 1
				break
			}
			if w == "," || w == ";" {
				break
			}
		}
	}
	end := k + 1
	for k >= 0 && (isNPToken(toks[k]) || isCoordinator(toks, k)) {
		k--
	}
	return trimNP(toks, Span{Start: k + 1, End: end})
}

// isCoordinator reports whether token k is an "and" joining two noun
// phrases: "police and militant Protestants".
func isCoordinator(toks []Token, k int) bool {
	return strings.EqualFold(toks[k].Text, "and") && k > 0 && k+1 < len(toks) &&
		(strings.HasPrefix(toks[k-1].Tag, "NN") || strings.HasPrefix(toks[k-1].Tag, "JJ")) && isNPToken(toks[k+1])
}

// skipTimesBack returns where the words before token i start once a time
// expression right before it, and its preposition, are left out: "The
// Pope on Sunday called" gives the subject's end.
func (d *docState) skipTimesBack(si, i int) int {
	toks := d.sents[si].Tokens
	k := i - 1
	for k >= 0 && d.inTimex(si, k) {
		k--
	}
	if k < i-1 && k >= 0 && isPreposition(toks[k].Text) {
		k--
	}
	return k + 1
}

// skipTimes returns the first token from j on that is not part of a time
// expression: "arrived Thursday with some 50 inspectors".
func (d *docState) skipTimes(si, j int) int {
	toks := d.sents[si].Tokens
	for j < len(toks) {
		switch {
		case d.inTimex(si, j):
		case j+1 < len(toks) && isPreposition(toks[j].Text) && d.inTimex(si, j+1): // "on Nov. 25"
		default:
			return j
		}
		j++
	}
	return j
}

// frontedSubject returns, for a trigger that opens its sentence in a
// participle clause ("After touring Dar es Salaam Thursday, the FBI chief
// said", "Rescued on Nov. 25 by fishermen, Elian has become"), the subject
// of the main clause after the comma; else an empty range.
func (d *docState) frontedSubject(si int, c *candidate) Span {
	toks := d.sents[si].Tokens
	if c.tag != "VBG" && c.tag != "VBN" || c.tok > 1 {
		return Span{}
	}
	if c.tok == 1 {
		switch strings.ToLower(toks[0].Text) {
		case "after", "before", "while", "since", "upon", "on", "when":
		default:
			return Span{}
		}
	}
	for k := c.tok + 1; k < len(toks) && k-c.tok < 30; k++ {
		if toks[k].Text == "," {
			j := k + 1
			for j < len(toks) && (isNPToken(toks[j]) || isCoordinator(toks, j)) {
				j++
			}
			return trimNP(toks, Span{Start: k + 1, End: j})
		}
	}
	return Span{}
}

// npAfter returns the token range of the object of a verb ending before j,
// through one preposition ("met with Saddam"), or an empty range.
func npAfter(toks []Token, j int) Span {
	if j < len(toks) {
		switch strings.ToLower(toks[j].Text) {
		case "with", "against", "on", "by":
			j++
		}
	}
	k := j
	for k < len(toks) && (isNPToken(toks[k]) || isCoordinator(toks, k)) {
		k++
	}
	// stop at the head noun: "three Israeli soldiers and ..." ends at soldiers
	return trimNP(toks, Span{Start: j, End: k})
}

func isNPToken(t Token) bool {
	switch t.Tag {
	case "DT", "JJ", "JJR", "JJS", "CD", "NN", "NNS", "NNP", "NNPS", "PRP$", "POS", "VBN":
		return t.Text != "that" && t.Text != "which"
	}
	return t.Text == "'s" || t.Text == "’s"
}

// trimNP drops leading determiners that stand alone and trailing words that
// are not nouns; a phrase without a common or proper noun head is empty.
func trimNP(toks []Token, sp Span) Span {
	for sp.End > sp.Start && !strings.HasPrefix(toks[sp.End-1].Tag, "NN") {
		sp.End--
	}
	if sp.End-sp.Start > 8 {
		sp.Start = sp.End - 8
	}
	for sp.Start < sp.End && (toks[sp.Start].Tag == "POS" || toks[sp.Start].Text == "'s" || toks[sp.Start].Text == "’s") {
		sp.Start++
	}
	if sp.End <= sp.Start {
		return Span{}
	}
	head := strings.ToLower(toks[sp.End-1].Text)
	if timeWords[head] {
		return Span{}
	}
	return sp
}

// groupNoun reports whether w heads a phrase that names a group of a
// country or organisation: "Pakistani forces", "Hezbollah fighters".
func groupNoun(w string) bool {
	w = strings.ToLower(w)
	if len(w) > 4 && strings.HasSuffix(w, "s") && groupNoun(strings.TrimSuffix(w, "s")) {
		return true // "governments", "presidents"
	}
	switch w {
	case "forces", "troops", "army", "fighters", "soldiers", "officials", "government", "authorities",
		"police", "militants", "guerrillas", "rebels", "diplomats", "leaders", "leader", "leadership",
		"warplanes", "ministers", "delegation", "team", "inspectors", "negotiators", "aides", "monarch",
		"president", "minister", "ambassador", "envoy", "commander", "spokesman", "protesters", "workers":
		return true
	}
	return false
}

// peopleNoun reports whether w names people or a body of people, so that
// a phrase it heads can take part in an event: "three Israeli soldiers",
// "fishermen", "the Cabinet".
func peopleNoun(w string) bool {
	lw := strings.ToLower(w)
	if groupNoun(lw) {
		return true
	}
	switch lw {
	case "people", "civilians", "tourists", "residents", "refugees", "students", "members", "families",
		"cabinet", "parliament", "council", "committee", "panel", "court", "judge", "crowd", "crowds",
		"group", "groups", "militia", "militias", "coalition", "allies", "administration", "regime",
		"monarch", "king", "queen", "prince", "pope", "mayor", "governor", "premier", "chief", "head",
		"director", "general", "official", "activists", "citizens", "hostages", "prisoners", "captives",
		"demonstrators", "settlers", "insurgents", "terrorists", "extremists", "gunmen", "fishermen",
		"scientists", "lawmakers", "legislators", "senators", "ministry", "agency", "embassy", "navy",
		"guard", "guards", "units", "battalion", "brigade", "division", "party", "parties", "opposition",
		"nations", "countries", "states", "sides", "relatives", "supporters", "exiles", "victims",
		"officer", "soldier", "citizen", "activist", "diplomat", "negotiator", "mediator", "donor", "member",
		"bloc", "blocs", "junta", "juntas", "army", "armies", "man", "men", "woman", "women", "delegates",
		"delegate", "lawmaker", "envoys", "ministers", "presidents", "journalist", "journalists", "community":
		return true
	}
	return strings.HasSuffix(lw, "ers") && len(lw) > 5 || strings.HasSuffix(lw, "ors") && len(lw) > 5 || strings.HasSuffix(lw, "ists") || strings.HasSuffix(lw, "ians") ||
		strings.HasSuffix(lw, "ants") && len(lw) > 6 || strings.HasSuffix(lw, "ents") && !strings.HasSuffix(lw, "ments") && len(lw) > 6
}

var timeWords = setOf("year", "years", "month", "months", "week", "weeks", "day", "days", "time", "times",
	"today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "morning", "night", "evening", "afternoon", "decade", "century", "hours", "hour", "minutes")

func placeRank(m Mention) int {
	if m.Demonym {
		return 1
	}
	return placeKindRank(m.Kind)
}

func placeKindRank(kind string) int {
	switch kind {
	case KindFacility:
		return 6
	case KindCity:
		return 5
	case KindPlace:
		return 4
	case KindRegion:
		return 3
	case KindCountry:
		return 2
	}
	return 0
}

// isLocative reports whether the mention starting at byte offset start
// follows a locative preposition ("in", "at", "to", "near"...), with at
// most a determiner and capitalised words between ("in Indian Illegally
// Occupied Jammu and Kashmir", "at several Indian military sites").
func isLocative(toks []Token, start int) bool {
	i := len(toks) - 1
	for i >= 0 && toks[i].Span.Start >= start {
		i--
	}
	for j := i; j >= 0 && i-j <= 5; j-- {
		w := toks[j].Text
		switch strings.ToLower(w) {
		case "in", "at", "to", "near", "into", "from", "outside", "inside", "across", "toward", "towards", "on":
			return true
		case "the", "a", "an", "several", "some", "two", "three", "many":
			continue
		case "of":
			if j > 0 && settlementNoun(toks[j-1].Text) {
				continue // "in the Black Sea resort of Sochi", "in the town of Qaa"
			}
		}
		if settlementNoun(w) {
			continue
		}
		if !startsUpper(w) {
			return false
		}
	}
	return false
}

// unknownName reports whether a phrase is a name and nothing else: one to
// three capitalised name-shaped tokens.
func unknownName(toks []Token) bool {
	if len(toks) == 0 || len(toks) > 3 {
		return false
	}
	for _, t := range toks {
		if !isNameShaped(t.Text) || isAllCaps(t.Text) || t.Tag != "" && t.Tag != "NNP" && t.Tag != "NNPS" {
			return false
		}
	}
	return true
}
