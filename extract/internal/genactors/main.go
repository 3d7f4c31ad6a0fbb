// Command genactors derives extract/gazetteer/actors.tsv, the compact table
// of CAMEO actor codes that extract uses, from the dictionaries of the
// PETRARCH2 event coder (openeventdata/petrarch2, MIT licence, (c) 2014
// Open Event Data) and the project's own countries.tsv. Run it with
// `go generate ./extract` where ../shared/data is present; the table is
// committed, so that building needs no data.
//
// The table has three kinds of rows, tab-separated `kind name code`:
//
//   - country: a country of countries.tsv (its name) and its CAMEO country
//     code, where the dictionaries name it (else the ISO code serves);
//   - actor: a person, organisation or armed group, its name in capitals,
//     and its CAMEO codes, latest first, a dated role with its days
//     ("RUSGOV:19910710-19991231|RUSELI:19491231-19910710"); only codes
//     that name a country or an international body;
//   - agent: a role word or phrase ("FOREIGN MINISTER") and its agent code
//     (GOV, MIL...), to combine with a country code.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
)

func main() {
	data := flag.String("data", "../../shared/data/cameo/petrarch2_dicts", "folder of the PETRARCH2 dictionaries")
	countries := flag.String("countries", "gazetteer/countries.tsv", "the project's countries.tsv")
	out := flag.String("out", "gazetteer/actors.tsv", "the table to write")
	flag.Parse()
	if err := run(*data, *countries, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genactors:", err)
		os.Exit(1)
	}
}

// block is one entry of an actors dictionary: its names (the head and the
// "+" synonyms) and its codes with their dates.
type block struct {
	names []string
	codes []code
}

// code is one bracketed code: [PAKGOV 080501-080731], [IGOUNO >070201].
type code struct {
	value    string
	from, to string // YYYYMMDD; "" when open
}

func run(data, countriesPath, out string) error {
	var rows []string
	countryBlocks, actorRows, err := readActors(data)
	if err != nil {
		return err
	}
	crows, err := countryRows(countriesPath, countryBlocks)
	if err != nil {
		return err
	}
	rows = append(rows, crows...)
	rows = append(rows, actorRows...)
	arows, err := agentRows(filepath.Join(data, "Phoenix.agents.txt"))
	if err != nil {
		return err
	}
	rows = append(rows, arows...)
	slices.Sort(rows)
	rows = slices.Compact(rows)
	var b strings.Builder
	b.WriteString(header)
	for _, r := range rows {
		b.WriteString(r)
		b.WriteByte('\n')
	}
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

const header = `# CAMEO actor codes, derived by extract/internal/genactors (go generate ./extract) from the
# dictionaries of the PETRARCH2 event coder, openeventdata/petrarch2 @ 676801cd9cb2924bbbad09f86d15c9323e7097bf,
# petrarch2/data/dictionaries/Phoenix.{Countries,International,MilNonState}.actors.txt and Phoenix.agents.txt.
# Copyright (c) 2014 Open Event Data; MIT licence: see LICENSE.petrarch2 beside this file. Do not edit by hand.
#kind	name	code
`

// readActors reads the three actors dictionaries. It returns the blocks
// that name a country (a code of three letters) and the actor rows.
func readActors(dir string) ([]block, []string, error) {
	var countries []block
	var rows []string
	agents, err := agentWords(filepath.Join(dir, "Phoenix.agents.txt"))
	if err != nil {
		return nil, nil, err
	}
	for _, f := range []string{"Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"} {
		blocks, err := readBlocks(filepath.Join(dir, f))
		if err != nil {
			return nil, nil, err
		}
		for _, bl := range blocks {
			if len(bl.codes) == 1 && len(bl.codes[0].value) == 3 && f == "Phoenix.Countries.actors.txt" {
				countries = append(countries, bl)
				continue
			}
			c := roles(bl.codes)
			if c == "" || strings.HasPrefix(c, "MNC") {
				continue // companies get their country and BUS from organizations.tsv
			}
			for _, n := range bl.names {
				if actorName(n) && (len(bl.names) == 1 || !titled(n, agents)) {
					rows = append(rows, "actor\t"+n+"\t"+c)
				}
			}
		}
	}
	return countries, rows, nil
}

// agentWords returns the one-word role names of the agents dictionary
// (PRESIDENT, MINISTER...).
func agentWords(path string) (map[string]bool, error) {
	rows, err := agentRows(path)
	if err != nil {
		return nil, err
	}
	out := map[string]bool{"MR": true, "MRS": true, "MS": true, "DR": true, "US": true, "U.S.": true, "AMERICAN": true, "THE": true}
	for _, r := range rows {
		if f := strings.Split(r, "\t"); !strings.Contains(f[1], " ") {
			out[f[1]] = true
		}
	}
	return out, nil
}

// titled reports whether a synonym carries a title or a role word
// ("PRESIDENT BILL CLINTON", "MR CLINTON"): the extractor's names never
// do, so the table leaves such forms out.
func titled(n string, agents map[string]bool) bool {
	for _, w := range strings.Fields(n) {
		if agents[strings.TrimRight(w, ",.")] {
			return true
		}
	}
	return false
}

// actorName reports whether a dictionary name can stand in the table:
// several words with a letter in them, or an acronym of two to six
// letters ("UN", "NATO").
func actorName(n string) bool {
	if strings.Contains(n, " ") {
		return strings.ContainsAny(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
	}
	return len(n) >= 2 && len(n) <= 6 && strings.Trim(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ") == ""
}

var codeRE = regexp.MustCompile(`\[([A-Z~-]+)(?:\s+([<>]?)(\d{6,8})(?:-(\d{6,8}))?)?\s*\]`)

// readBlocks parses an actors dictionary.
func readBlocks(path string) ([]block, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var blocks []block
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		codes := parseCodes(line)
		name := normalize(codeRE.ReplaceAllString(line, ""))
		switch {
		case line[0] == ' ' || line[0] == '\t':
			if len(blocks) > 0 {
				blocks[len(blocks)-1].codes = append(blocks[len(blocks)-1].codes, codes...)
			}
		case line[0] == '+':
			if len(blocks) > 0 && name != "" {
				blocks[len(blocks)-1].names = append(blocks[len(blocks)-1].names, name)
			}
		case len(blocks) > 0 && len(blocks[len(blocks)-1].codes) == 0 && len(codes) == 0:
			// names one per line before the block's codes, without "+"
			if name != "" {
				blocks[len(blocks)-1].names = append(blocks[len(blocks)-1].names, name)
			}
		default:
			if name != "" {
				blocks = append(blocks, block{names: []string{name}, codes: codes})
			}
		}
	}
	return blocks, sc.Err()
}

// parseCodes returns the bracketed codes of a line.
func parseCodes(line string) []code {
	var out []code
	for _, m := range codeRE.FindAllStringSubmatch(line, -1) {
		c := code{value: m[1]}
		switch {
		case m[2] == ">":
			c.from = fullDate(m[3])
		case m[2] == "<":
			c.to = fullDate(m[3])
		case m[3] != "":
			c.from, c.to = fullDate(m[3]), fullDate(m[4])
		}
		out = append(out, c)
	}
	return out
}

// fullDate makes a YYMMDD date YYYYMMDD (years 30-99 are the 1900s).
func fullDate(s string) string {
	if len(s) != 6 {
		return s
	}
	if s[:2] >= "30" {
		return "19" + s
	}
	return "20" + s
}

// roles returns the table's code column for an entry: its codes that
// name a country or an international body (a three-letter country or IGO
// code, with agents after it), latest first; a dated one carries its days
// ("RUSGOV:19910710-19991231", "IGOUNO:20070101-"). "" when none does.
func roles(codes []code) string {
	type role struct{ v, from, to string }
	var rs []role
	for _, c := range codes {
		v := c.value
		if strings.HasPrefix(v, "~") || v == "---" || len(v) < 3 || len(v) == 3 && knownAgent(v) || len(v)%3 != 0 {
			continue
		}
		rs = append(rs, role{v, c.from, c.to})
	}
	end := func(r role) string {
		if r.to == "" {
			return "99999999"
		}
		return r.to
	}
	slices.SortStableFunc(rs, func(a, b role) int { return strings.Compare(end(b), end(a)) })
	var out []string
	for _, r := range rs {
		s := r.v
		if r.from != "" || r.to != "" {
			s += ":" + r.from + "-" + r.to
		}
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return strings.Join(out, "|")
}

// knownAgent reports whether a three-letter code is an agent code rather
// than a country.
func knownAgent(v string) bool {
	switch v {
	case "GOV", "MIL", "ELI", "OPP", "REB", "BUS", "MED", "CVL", "COP", "JUD", "LEG", "PTY", "SPY", "IGO", "NGO", "EDU", "HLH", "REL", "LAB", "REF", "AGR", "CRM", "UAF", "ENV", "DEV", "HRI", "INS", "RAD", "SET", "MOD", "IMG", "CHR", "MUS":
		return true
	}
	return false
}

// normalize turns a dictionary phrase into the table's form: capitals,
// words joined by one space.
func normalize(s string) string {
	s = strings.TrimPrefix(strings.TrimSpace(s), "+")
	s = strings.ReplaceAll(s, "_", " ")
	return strings.Join(strings.Fields(strings.ToUpper(s)), " ")
}

// countryRows maps every country of countries.tsv to its CAMEO code: the
// code of a dictionary country block that holds its name or an alias,
// else its ISO code.
func countryRows(path string, blocks []block) ([]string, error) {
	byName := map[string]string{}
	for _, bl := range blocks {
		for _, n := range bl.names {
			if _, ok := byName[n]; !ok {
				byName[n] = bl.codes[0].value
			}
		}
	}
	text, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var rows []string
	for _, line := range strings.Split(string(text), "\n") {
		f := strings.Split(line, "\t")
		if len(f) < 3 || strings.HasPrefix(line, "#") {
			continue
		}
		c := f[1]
		for _, n := range append([]string{f[0]}, strings.Split(f[2], "|")...) {
			if v, ok := byName[normalize(n)]; ok && n != "" {
				c = v
				break
			}
		}
		if c != "" {
			rows = append(rows, "country\t"+f[0]+"\t"+c)
		}
	}
	return rows, nil
}

// agentRows reads the agents dictionary: role words and their agent
// codes, with its !MACRO! forms expanded.
func agentRows(path string) ([]string, error) {
	text, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	macros := map[string][]string{}
	var rows []string
	for _, line := range strings.Split(string(text), "\n") {
		if i := strings.Index(line, "#"); i >= 0 {
			line = line[:i]
		}
		if k, v, ok := strings.Cut(line, "="); ok && strings.HasPrefix(strings.TrimSpace(k), "!") {
			for _, w := range strings.Split(v, ",") {
				macros[strings.TrimSpace(k)] = append(macros[strings.TrimSpace(k)], strings.TrimSpace(w))
			}
			continue
		}
		m := regexp.MustCompile(`\[~([A-Z]+)\]`).FindStringSubmatch(line)
		if m == nil || strings.Contains(line, "{") {
			continue
		}
		phrase := strings.TrimSpace(line[:strings.Index(line, "[")])
		for _, p := range expand(phrase, macros) {
			if n := normalize(p); n != "" {
				rows = append(rows, "agent\t"+n+"\t"+m[1])
			}
		}
	}
	return rows, nil
}

// expand replaces the first !MACRO! of a phrase by each of its forms
// (singular ones only: the table is looked up by a title as written).
func expand(phrase string, macros map[string][]string) []string {
	i := strings.Index(phrase, "!")
	if i < 0 {
		return []string{phrase}
	}
	j := strings.Index(phrase[i+1:], "!")
	if j < 0 {
		return []string{phrase}
	}
	name := phrase[i : i+j+2]
	var out []string
	for _, form := range macros[name] {
		if strings.HasSuffix(form, "S") && !strings.HasSuffix(form, "SS") {
			continue
		}
		out = append(out, expand(phrase[:i]+form+phrase[i+j+2:], macros)...)
	}
	return out
}
