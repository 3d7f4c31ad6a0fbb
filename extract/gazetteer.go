package extract

import (
	"embed"
	"fmt"
	"strings"
	"unsafe"
)

// The gazetteer: names of countries, cities, regions, organisations and
// facilities, with titles and given names, compiled by the project into the
// data files under gazetteer/ (see gazetteer/README.md) and embedded in the
// binary. It is loaded once, by New, and only read afterwards.

//go:embed gazetteer/*.tsv gazetteer/*.txt
var gazetteerFS embed.FS

// gazEntry is what a name in the gazetteer stands for.
type gazEntry struct {
	kind      string
	canonical string
	country   string // the country it belongs to, if any
	demonym   bool   // "Pakistani": stands for the country as an adjective
	orgKind   string // intl, gov, military, party, armed_group, media, company
}

type gazetteer struct {
	names      map[string]gazEntry // exact surface form, tokens joined by one space
	places     map[string]gazEntry // a facility also named as an organisation: "White House"
	upper      map[string]string   // ALL-CAPS form -> surface form key
	prefixes   map[string]bool     // the first words of the names (and their ALL-CAPS forms) of two words or more
	maxTokens  int
	titles     map[string]titleEntry // title or its first words (tokens joined by a space)
	givenNames map[string]bool
	common     map[string]bool // common English words, lower case: not names on their own
	particles  map[string]bool
	capitals   map[string]string // capital city -> country (metonymy: "Islamabad denied")
	teams      map[string]bool   // sports clubs and team names, and their ALL-CAPS forms (tokens joined by a space)
	maxTeam    int
	codes      *codeBook // country and actor codes (codes.go)
}

func loadGazetteer() (*gazetteer, error) {
	g := &gazetteer{ // sized for the files (growing the maps was a third of start-up)
		names:      make(map[string]gazEntry, 8000),
		places:     map[string]gazEntry{},
		upper:      make(map[string]string, 8000),
		prefixes:   make(map[string]bool, 8000),
		titles:     make(map[string]titleEntry, 500),
		givenNames: make(map[string]bool, 6000),
		common:     make(map[string]bool, 1000),
		particles:  map[string]bool{},
		capitals:   make(map[string]string, 256),
		teams:      make(map[string]bool, 1000),
		codes:      newCodeBook(),
	}
	// the actor codes, half of the loading, fill maps of their own
	// (codes.cameo, country, actors, agents, coords) that only the last
	// stage reads: they load alongside, and New does not wait for them
	g.codes.load()
	// Later files do not override earlier ones: countries win over cities
	// of the same name, cities over regions, and so on.
	err := readTable("countries.tsv", 5, func(f []string) {
		name := f[0]
		if f[1] != "" {
			g.codes.iso3[name] = f[1]
		}
		g.add(name, gazEntry{kind: KindCountry, canonical: name, country: name})
		for _, a := range splitList(f[2]) {
			g.add(a, gazEntry{kind: KindCountry, canonical: name, country: name})
		}
		for _, d := range splitList(f[3]) {
			g.add(d, gazEntry{kind: KindCountry, canonical: name, country: name, demonym: true})
		}
		if _, taken := g.capitals[f[4]]; f[4] != "" && (!taken || f[1] != "") {
			g.capitals[f[4]] = name // a state of today wins over a former one (Moscow: Russia)
		}
	})
	// the other name files: an entry per row, then its aliases
	sources := []struct {
		file     string
		cols     int
		aliasCol int
		entry    func(f []string) gazEntry
	}{
		{"organizations.tsv", 4, 3, func(f []string) gazEntry {
			return gazEntry{kind: KindOrganization, canonical: f[0], country: f[2], orgKind: f[1]}
		}},
		{"facilities.tsv", 3, 2, func(f []string) gazEntry { return gazEntry{kind: KindFacility, canonical: f[0], country: f[1]} }},
		{"cities.tsv", 3, 2, func(f []string) gazEntry { return gazEntry{kind: KindCity, canonical: f[0], country: f[1]} }},
		{"regions.tsv", 4, 3, func(f []string) gazEntry {
			kind := KindRegion
			if f[1] == "place" {
				kind = KindPlace
			}
			return gazEntry{kind: kind, canonical: f[0], country: f[2]}
		}},
	}
	for _, src := range sources {
		if err != nil {
			break
		}
		err = readTable(src.file, src.cols, func(f []string) {
			e := src.entry(f)
			g.add(f[0], e)
			for _, a := range splitList(f[src.aliasCol]) {
				g.add(a, e)
			}
		})
	}
	if err == nil {
		err = readTable("titles.txt", 2, func(f []string) {
			e := g.titles[f[0]]
			e.kind = f[1]
			g.titles[f[0]] = e
			for p := range wordPrefixes(f[0]) {
				e := g.titles[p]
				e.more = true
				g.titles[p] = e
			}
		})
	}
	if err == nil {
		err = readTable("given_names.txt", 1, func(f []string) { g.givenNames[f[0]] = true })
	}
	if err == nil {
		err = readTable("common_words.txt", 1, func(f []string) { g.common[f[0]] = true })
	}
	if err == nil {
		err = readTable("teams.txt", 1, func(f []string) {
			key := tokenKey(f[0])
			g.teams[key], g.teams[strings.ToUpper(key)] = true, true
			if n := strings.Count(key, " ") + 1; n > g.maxTeam {
				g.maxTeam = n
			}
		})
	}
	if err == nil {
		err = readTable("surname_particles.txt", 1, func(f []string) { g.particles[f[0]] = true })
	}
	if err != nil {
		return nil, err
	}
	return g, nil
}

// titleEntry is an entry of the titles: a title's kind (office, military
// or honorific), and whether a longer title starts with it.
type titleEntry struct {
	kind string
	more bool
}

// add records a surface form. The key is the form's tokens, as Segment
// would split it, joined by single spaces.
func (g *gazetteer) add(form string, e gazEntry) {
	key := strings.TrimPrefix(tokenKey(form), "the ")
	if key == "" {
		return
	}
	if old, dup := g.names[key]; dup {
		if old.kind == KindOrganization && e.kind == KindFacility {
			g.places[key] = e
		}
		return
	}
	g.names[key] = e
	up := strings.ToUpper(key)
	if up != key {
		if _, dup := g.upper[up]; !dup {
			g.upper[up] = key
		}
	}
	for _, k := range []string{key, up} {
		for p := range wordPrefixes(k) {
			g.prefixes[p] = true
		}
	}
	if n := strings.Count(key, " ") + 1; n > g.maxTokens {
		g.maxTokens = n
	}
}

// tokenKey splits form as the tokenizer would and joins the tokens with
// single spaces.
func tokenKey(form string) string {
	if plainWords(form) {
		return form // most names: the tokenizer splits them at their spaces only
	}
	var b strings.Builder
	for _, s := range Segment(form) {
		for _, t := range s.Tokens {
			if b.Len() > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(t.Text)
		}
	}
	return b.String()
}

// plainWords reports whether s is ASCII letters and digits in words
// separated by single spaces.
func plainWords(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case c == ' ' && i > 0 && i < len(s)-1 && s[i-1] != ' ':
		default:
			return false
		}
	}
	return s != ""
}

func splitList(s string) []string {
	if s == "" {
		return nil
	}
	return strings.Split(s, "|")
}

// readTable reads a tab-separated gazetteer file, skipping '#' lines, and
// calls row with at least cols fields, in a slice row must not keep.
func readTable(name string, cols int, row func([]string)) error {
	data, err := gazetteerFS.ReadFile("gazetteer/" + name)
	if err != nil {
		return fmt.Errorf("extract: gazetteer: %w", err)
	}
	// one string for the file, the bytes ReadFile copied and nothing else
	// holds (no second copy to fault in at start-up): fields are substrings
	// of it, and the field slice is reused from row to row (row must not
	// keep it)
	rest := unsafe.String(unsafe.SliceData(data), len(data))
	var fields []string
	for line := 1; rest != ""; line++ {
		var text string
		text, rest, _ = strings.Cut(rest, "\n")
		text = strings.TrimRight(text, "\r")
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields = fields[:0]
		for {
			f, more, tab := strings.Cut(text, "\t")
			fields = append(fields, strings.TrimSpace(f))
			if !tab {
				break
			}
			text = more
		}
		for len(fields) < cols {
			fields = append(fields, "")
		}
		if fields[0] == "" {
			return fmt.Errorf("extract: gazetteer/%s:%d: empty name", name, line)
		}
		row(fields)
	}
	return nil
}

// lookup finds the longest gazetteer name starting at toks[i]; it returns
// the entry and the number of tokens matched (0: none). A name that is both
// an organisation and a building is the building after a locative
// preposition: "at the White House".
func (g *gazetteer) lookup(toks []Token, i int) (gazEntry, int) {
	e, n := g.lookupName(toks, i)
	if n == 1 && (e.kind == KindRegion || e.kind == KindPlace) && i+1 < len(toks) && isNameShaped(toks[i+1].Text) && !isAllCaps(toks[i].Text) {
		return gazEntry{}, 0 // "West African": part of a longer name, not "the West"
	}
	if n == 1 && e.kind == KindCity && g.givenNames[toks[i].Text] && i+1 < len(toks) && isNameShaped(toks[i+1].Text) &&
		!isAllCaps(toks[i+1].Text) && !g.isCommonWord(toks[i+1].Text) {
		if _, m := g.lookupName(toks, i+1); m == 0 {
			return gazEntry{}, 0 // "Salvador Allende": a given name, not the city
		}
	}
	if n > 0 && e.kind == KindOrganization && len(g.places) > 0 {
		if p, ok := g.places[joinKey(toks[i:i+n])]; ok && isLocative(toks, toks[i].Span.Start) {
			return p, n
		}
	}
	return e, n
}

func joinKey(toks []Token) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

func (g *gazetteer) lookupName(toks []Token, i int) (gazEntry, int) {
	max := g.maxTokens
	if len(toks)-i < max {
		max = len(toks) - i
	}
	// the keys of 1..max tokens are prefixes of one buffer (no allocation:
	// a map index by string(bytes) does not copy)
	var buf [256]byte
	var endBuf [16]int
	key, ends := buf[:0], endBuf[:0]
	for n := 0; n < max; n++ {
		if n > 0 {
			if !g.prefixes[string(key)] {
				break // no longer name starts so
			}
			key = append(key, ' ')
		}
		key = append(key, toks[i+n].Text...)
		ends = append(ends, len(key))
	}
	for n := len(ends); n > 0; n-- {
		k := key[:ends[n-1]]
		if e, ok := g.names[string(k)]; ok {
			return e, n
		}
		if isAllCaps(k) {
			if surface, ok := g.upper[string(k)]; ok {
				return g.names[surface], n
			}
		}
	}
	return gazEntry{}, 0
}

// title finds the longest title starting at toks[i]; it returns its kind
// and length in tokens.
func (g *gazetteer) title(toks []Token, i int) (string, int) {
	var buf [128]byte
	key := buf[:0]
	kind, best := "", 0
	for n := 0; i+n < len(toks); n++ {
		if n > 0 {
			key = append(key, ' ')
		}
		key = append(key, toks[i+n].Text...)
		e := g.titles[string(key)]
		if e.kind != "" {
			kind, best = e.kind, n+1
		}
		if !e.more {
			break // no longer title starts so
		}
	}
	// a rank before a longer title: "Assistant Secretary of State",
	// "Acting Defence Minister"
	switch toks[i].Text {
	case "Assistant", "Deputy", "Under", "Vice", "Acting", "Interim":
		if k, n := g.title(toks, i+1); n > 0 && n+1 > best && k == "office" {
			kind, best = k, n+1
		}
	}
	return kind, best
}

// isCommonWord reports whether the capitalised word t is a common English
// word ("Heads", "Women"), which says little about a name when a headline
// or a sentence start capitalises it. All-caps words are never common:
// "US" is a country.
func (g *gazetteer) isCommonWord(t string) bool {
	if isAllCaps(t) {
		return false
	}
	return inLower(g.common, t)
}
