package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// This file tags organisations: names with a legal or institutional suffix
// ("Douglas & Lomason Co", "Tokyo Stock Exchange"), "X of Y" names ("Bank of
// England"), acronyms, and a name kept an organisation through the document.

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
			var buf [256]byte
			key := buf[:0] // the words from i joined by a space; a map index by string(key) does not copy
			for k := 0; k < maxLen && i+k < len(toks); k++ {
				if k > 0 {
					key = append(key, ' ')
				}
				key = append(key, toks[i+k].Text...)
				if c, ok := names[string(key)]; ok {
					n, canonical = k+1, c
				}
			}
			if n == 0 {
				continue
			}
			sp := Span{Start: toks[i].Span.Start, End: toks[i+n-1].Span.End}
			for next < len(ms) && ms[next].Span.End <= sp.Start {
				next++
			}
			switch {
			case next >= len(ms) || ms[next].Span.Start >= sp.End:
				added = append(added, Mention{Kind: KindOrganization, Text: text[sp.Start:sp.End], Span: sp, Canonical: canonical, Sentence: si})
			case ms[next].Span == sp && ms[next].Kind == KindPerson:
				m := &ms[next]
				m.Kind, m.Canonical, m.Title, m.Country = KindOrganization, canonical, "", ""
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

func (g *gazetteer) orgMention(text string, toks []Token, i, end, si int) Mention {
	name := joinTokens(text, toks[i:end])
	return Mention{Kind: KindOrganization, Text: name, Span: Span{Start: toks[i].Span.Start, End: toks[end-1].Span.End},
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

// ofHeads are the organisation words that take "of" and a name.
var ofHeads = setOf("Bank", "University", "League", "Ministry", "Council", "Association", "Federation",
	"Institute", "Church", "Party", "Union", "Court", "Department", "Office", "Commission", "Committee",
	"Organisation", "Organization", "Academy", "Museum", "Chamber", "Board", "Society", "Confederation",
	"Bureau", "Agency", "College", "School", "Corporation", "Movement", "Front", "Army", "Fund")

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
