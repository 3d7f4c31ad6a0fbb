package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/extract/timex"
)

// This file reads TIMEX2 (TIDES 2005) annotations in the inline form of the
// WikiWars corpus (Mazur and Dale, 2010) into [TimeMLDoc] values, so that
// [ScoreTimeML] can score the tagger on them as a second view next to
// TimeML.
//
// TIMEX2 and TIMEX3 differ, and the scores must be read with that in mind:
//
//   - TIMEX2 has no type attribute, so Gold[i].Type is "" and the TypeF1 of
//     a score is meaningless; read relaxed, strict and value F1 only.
//   - TIMEX2 extents are larger. They keep determiners and pre-modifiers
//     ("the same day"), and an event-based expression spans its anchor ("the
//     same time as the battle in Poland", "nearly four weeks of fighting
//     since August 8"), where TIMEX3 marks only the time words. Relaxed
//     matching (overlap) absorbs this; strict F1 is low by construction.
//   - TIMEX2 nests: "the first ten months of 1915" holds a TIMEX2 for 1915.
//     Only the outermost tag is kept as gold, so an expression is counted
//     once, as one TIMEX3 for the whole phrase would be.
//   - Some TIMEX2 tags have no val (a non-specific "some time"); they stay
//     in the gold with Value "" and can match only relaxed and strict.
//   - Values mostly agree with TIMEX3 (1939-09-01, 1940-SU, P3D, PRESENT_REF).
//     A set keeps its TIMEX2 val (set="YES" val="P1M"), which is also the
//     TIMEX3 value of "monthly"; ANCHOR_VAL, ANCHOR_DIR and comment are
//     dropped. BC years ("BC0480") stay as they are; the tagger never
//     produces them.
//
// The reference date of a document is its DATETIME stamp (the date the
// article was retrieved), which is what the tagger gets as ref.

// ReadTIMEX2 reads one document with inline TIMEX2 annotations, such as a
// WikiWars keyinline/*.key.xml file: its DOCID, its DATETIME stamp as DCT and
// the outermost TIMEX2 tags of its TEXT as Gold, with Type "", Value from
// val and Mod from mod.
func ReadTIMEX2(path string) (TimeMLDoc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return TimeMLDoc{}, fmt.Errorf("extract: reading timex2: %w", err)
	}
	doc, err := parseTIMEX2(string(b))
	if err != nil {
		return TimeMLDoc{}, fmt.Errorf("%s: %w", path, err)
	}
	if doc.ID == "" {
		name := filepath.Base(path)
		doc.ID = strings.TrimSuffix(strings.TrimSuffix(name, ".xml"), ".key")
	}
	return doc, nil
}

// ReadTIMEX2Dir reads every *.key.xml file of dir, or of dir/keyinline when
// dir is the root of the WikiWars release, in name order.
func ReadTIMEX2Dir(dir string) ([]TimeMLDoc, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.key.xml"))
	if err != nil {
		return nil, fmt.Errorf("extract: reading timex2: %w", err)
	}
	if len(paths) == 0 {
		paths, _ = filepath.Glob(filepath.Join(dir, "keyinline", "*.key.xml"))
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("extract: reading timex2: no *.key.xml files in %s", dir)
	}
	sort.Strings(paths)
	docs := make([]TimeMLDoc, 0, len(paths))
	for _, p := range paths {
		d, err := ReadTIMEX2(p)
		if err != nil {
			return nil, err
		}
		docs = append(docs, d)
	}
	return docs, nil
}

// parseTIMEX2 parses a document with inline TIMEX2 tags.
func parseTIMEX2(src string) (TimeMLDoc, error) {
	var doc TimeMLDoc
	doc.ID = docID(src)
	if i := strings.Index(src, "<DATETIME>"); i >= 0 {
		rest := src[i+len("<DATETIME>"):]
		if j := strings.Index(rest, "</DATETIME>"); j >= 0 {
			rest = rest[:j]
		}
		v := xmlAttr(rest, "val") // the stamp may be wrapped in a TIMEX2
		if v == "" {
			v = strings.TrimSpace(stripTags(rest))
		}
		if t, ok := dayOf(v); ok {
			doc.DCT = t
		}
	}
	body, err := textElement(src)
	if err != nil {
		return doc, err
	}
	var out strings.Builder
	out.Grow(len(body))
	depth := 0 // TIMEX2 tags open; only depth 0 -> 1 starts a gold expression
	for i := 0; i < len(body); {
		c := body[i]
		switch c {
		case '<':
			j := strings.IndexByte(body[i:], '>')
			if j < 0 {
				return doc, fmt.Errorf("unterminated tag at byte %d of <TEXT>", i)
			}
			tag := body[i+1 : i+j]
			i += j + 1
			switch {
			case strings.HasPrefix(tag, "TIMEX2"):
				if strings.HasSuffix(tag, "/") {
					continue // an empty tag has no extent
				}
				if depth == 0 {
					doc.Gold = append(doc.Gold, timex.Timex{
						Span:  extract.Span{Start: out.Len()},
						Value: xmlAttr(tag, "val"),
						Mod:   xmlAttr(tag, "mod"),
					})
				}
				depth++
			case tag == "/TIMEX2":
				if depth > 0 {
					depth--
					if depth == 0 {
						doc.Gold[len(doc.Gold)-1].Span.End = out.Len()
					}
				}
			}
		case '&':
			i = writeEntity(&out, body, i)
		default:
			out.WriteByte(c)
			i++
		}
	}
	doc.setText(out.String())
	return doc, nil
}

// stripTags returns s without its <...> tags.
func stripTags(s string) string {
	var b strings.Builder
	for {
		i := strings.IndexByte(s, '<')
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		b.WriteString(s[:i])
		j := strings.IndexByte(s[i:], '>')
		if j < 0 {
			return b.String()
		}
		s = s[i+j+1:]
	}
}
