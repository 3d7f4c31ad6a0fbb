package eval

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/extract"
)

// This file reads CoNLL-2003 named-entity data and scores the entity stage
// against it. It is a measuring tool, not a pipeline stage: the tagger is
// never trained on this data.

// CoNLLDoc is one document of a CoNLL-2003 file, rebuilt as plain text: the
// tokens of a sentence joined by single spaces, the sentences by newlines.
type CoNLLDoc struct {
	// Text is the rebuilt document text.
	Text string
	// Tokens are the document's tokens, with byte spans into Text.
	Tokens []extract.Token
	// Entities are the gold entities (PER, LOC, ORG, MISC) in text order.
	Entities []CoNLLEntity
	// Line is the 1-based line of the file where the document starts.
	Line int
}

// CoNLLEntity is a gold or system entity: a type (PER, LOC, ORG or MISC)
// and a byte span into the document text.
type CoNLLEntity struct {
	Type string
	Span extract.Span
	Text string
}

// ReadCoNLL reads a file in CoNLL-2003 format: one token a line
// ("TOKEN POS CHUNK NER", NER in IOB2 or IOB1), a blank line after each
// sentence, "-DOCSTART-" lines between documents.
func ReadCoNLL(path string) ([]CoNLLDoc, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("conll: %w", err)
	}
	defer f.Close()
	var (
		docs []CoNLLDoc
		cur  *conllBuilder
	)
	flush := func() {
		if cur != nil {
			if d := cur.finish(); len(d.Tokens) > 0 {
				docs = append(docs, d)
			}
		}
		cur = nil
	}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		l := strings.TrimRight(sc.Text(), "\r")
		fields := strings.Fields(l)
		switch {
		case len(fields) == 0:
			if cur != nil {
				cur.endSentence()
			}
			continue
		case fields[0] == "-DOCSTART-":
			flush()
			continue
		case len(fields) < 2:
			return nil, fmt.Errorf("%s:%d: want TOKEN ... NER, got %q", path, line, cut(l, 60))
		}
		if cur == nil {
			cur = &conllBuilder{line: line}
		}
		if err := cur.add(fields[0], fields[len(fields)-1]); err != nil {
			return nil, fmt.Errorf("%s:%d: %v", path, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		if errors.Is(err, bufio.ErrTooLong) {
			return nil, fmt.Errorf("%s:%d: a line over 1 MiB: not CoNLL data", path, line+1)
		}
		return nil, fmt.Errorf("conll: %s: %w", path, err)
	}
	flush()
	return docs, nil
}

type conllBuilder struct {
	b        strings.Builder
	doc      CoNLLDoc
	line     int
	newSent  bool
	open     *CoNLLEntity // the entity being read
	prevType string       // type of the previous token's tag, "" for O
}

func (cb *conllBuilder) add(tok, tag string) error {
	if cb.b.Len() > 0 {
		if cb.newSent {
			cb.b.WriteByte('\n')
		} else {
			cb.b.WriteByte(' ')
		}
	}
	cb.newSent = false
	start := cb.b.Len()
	cb.b.WriteString(tok)
	sp := extract.Span{Start: start, End: cb.b.Len()}
	cb.doc.Tokens = append(cb.doc.Tokens, extract.Token{Text: tok, Span: sp})

	prefix, typ := "O", ""
	if tag != "O" {
		p, t, ok := strings.Cut(tag, "-")
		if !ok || (p != "B" && p != "I") || t == "" {
			return fmt.Errorf("bad NER tag %q", cut(tag, 20))
		}
		prefix, typ = p, t
	}
	switch {
	case typ == "":
		cb.closeEntity()
	case prefix == "I" && cb.open != nil && cb.prevType == typ:
		cb.open.Span.End = sp.End // continues the entity (IOB1 and IOB2)
	default:
		cb.closeEntity()
		cb.open = &CoNLLEntity{Type: typ, Span: sp}
	}
	cb.prevType = typ
	return nil
}

func (cb *conllBuilder) closeEntity() {
	if cb.open != nil {
		cb.doc.Entities = append(cb.doc.Entities, *cb.open)
		cb.open = nil
	}
}

func (cb *conllBuilder) endSentence() {
	cb.closeEntity()
	cb.prevType = ""
	cb.newSent = true
}

func (cb *conllBuilder) finish() CoNLLDoc {
	cb.closeEntity()
	cb.doc.Text = cb.b.String()
	cb.doc.Line = cb.line
	for i := range cb.doc.Entities {
		e := &cb.doc.Entities[i]
		e.Text = cb.doc.Text[e.Span.Start:e.Span.End]
	}
	return cb.doc
}

// CoNLLTypes are the entity types ScoreCoNLL scores, in report order.
var CoNLLTypes = [...]string{"PER", "LOC", "ORG"}

// CoNLLCount holds the counts for one entity type, or for all of them.
type CoNLLCount struct {
	Type    string // PER, LOC, ORG, or "all"
	Gold    int    // gold entities
	System  int    // system entities scored
	Correct int    // system entities with the gold span and type
}

// Precision returns Correct/System, or 0.
func (c CoNLLCount) Precision() float64 { p, _, _ := prf(c.Correct, c.System, c.Gold); return p }

// Recall returns Correct/Gold, or 0.
func (c CoNLLCount) Recall() float64 { _, r, _ := prf(c.Correct, c.System, c.Gold); return r }

// F1 returns the harmonic mean of precision and recall, or 0.
func (c CoNLLCount) F1() float64 { _, _, f := prf(c.Correct, c.System, c.Gold); return f }

// CoNLLError is a gold entity the tagger missed or a system entity that is
// not in the gold data (a wrong type or wrong boundaries give both).
type CoNLLError struct {
	Doc    int    // index of the document
	Missed bool   // true: a gold entity not found; false: a spurious system entity
	Type   string // the entity's type (gold type when missed, system type when spurious)
	Span   extract.Span
	Text   string
}

// CoNLLScore is the result of [ScoreCoNLL].
type CoNLLScore struct {
	Types   []CoNLLCount // PER, LOC, ORG, in the order of [CoNLLTypes]
	Overall CoNLLCount   // the three types together (micro-averaged)
	Errors  []CoNLLError // in document and text order
}

// ConllType maps a mention to its CoNLL-2003 type: person to PER; country,
// city, region, place and facility to LOC; organization to ORG. It returns
// "" for anything else, and for demonyms ("Pakistani"), which CoNLL
// annotates as MISC.
func ConllType(m *extract.Mention) string {
	switch m.Kind {
	case extract.KindPerson:
		return "PER"
	case extract.KindCountry, extract.KindCity, extract.KindRegion, extract.KindPlace, extract.KindFacility:
		if m.Demonym {
			return ""
		}
		return "LOC"
	case extract.KindOrganization:
		return "ORG"
	}
	return ""
}

// ScoreCoNLL runs tag on the text of every document and scores its
// mentions against the gold entities, conlleval style: a system entity is
// correct when its type and both boundaries match a gold entity. Only PER,
// LOC and ORG are scored. MISC is left out: a system mention that overlaps
// a gold MISC entity counts neither way. Mentions that map to no type
// (times, demonyms) are ignored; see [ConllType].
func ScoreCoNLL(docs []CoNLLDoc, tag func(text string) []extract.Mention) CoNLLScore {
	counts := map[string]*CoNLLCount{}
	var sc CoNLLScore
	for _, t := range CoNLLTypes {
		counts[t] = &CoNLLCount{Type: t}
	}
	for di := range docs {
		d := &docs[di]
		gold := map[extract.Span]string{}
		var misc []extract.Span
		for _, e := range d.Entities {
			if e.Type == "MISC" {
				misc = append(misc, e.Span)
			} else if c := counts[e.Type]; c != nil {
				gold[e.Span] = e.Type
				c.Gold++
			}
		}
		sys := map[extract.Span]string{}
		var errs []CoNLLError
		for _, m := range tag(d.Text) {
			typ := ConllType(&m)
			if typ == "" || overlapsAny(m.Span, misc) || sys[m.Span] != "" {
				continue
			}
			sys[m.Span] = typ
			c := counts[typ]
			c.System++
			if gold[m.Span] == typ {
				c.Correct++
				continue
			}
			errs = append(errs, CoNLLError{Doc: di, Type: typ, Span: m.Span, Text: d.Text[m.Span.Start:m.Span.End]})
		}
		for _, e := range d.Entities {
			if gold[e.Span] == e.Type && sys[e.Span] != e.Type {
				errs = append(errs, CoNLLError{Doc: di, Missed: true, Type: e.Type, Span: e.Span, Text: e.Text})
			}
		}
		sort.SliceStable(errs, func(i, j int) bool { return errs[i].Span.Start < errs[j].Span.Start })
		sc.Errors = append(sc.Errors, errs...)
	}
	sc.Overall.Type = "all"
	for _, t := range CoNLLTypes {
		c := *counts[t]
		sc.Types = append(sc.Types, c)
		sc.Overall.Gold += c.Gold
		sc.Overall.System += c.System
		sc.Overall.Correct += c.Correct
	}
	return sc
}

func overlapsAny(sp extract.Span, spans []extract.Span) bool {
	for _, o := range spans {
		if o.Start < sp.End && sp.Start < o.End {
			return true
		}
	}
	return false
}
