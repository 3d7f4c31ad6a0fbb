package eval

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/extract/timex"
)

// TimeMLDoc is one TimeML (.tml) document reduced to what scoring a time
// tagger needs: the plain text of its <TEXT> element and its gold TIMEX3
// annotations.
type TimeMLDoc struct {
	// ID is the DOCID, or the file name when the document has none.
	ID string
	// Text is the content of <TEXT> with every tag removed and XML entities
	// unescaped. Nothing else is changed.
	Text string
	// DCT is the document creation time (the date of the TIMEX3 inside
	// <DCT>), at 00:00 UTC; the zero time when the document has none.
	DCT time.Time
	// Gold holds the TIMEX3 annotations of Text in order, without the DCT's.
	// Span, Text, Type, Value and Mod are set; Span holds byte offsets into
	// Text.
	Gold []timex.Timex
}

// ReadTimeML reads and parses the TimeML file at path.
func ReadTimeML(path string) (TimeMLDoc, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return TimeMLDoc{}, fmt.Errorf("extract: reading timeml: %w", err)
	}
	doc, err := parseTimeML(string(b))
	if err != nil {
		return TimeMLDoc{}, fmt.Errorf("%s: %w", path, err)
	}
	if doc.ID == "" {
		name := path[strings.LastIndexByte(path, '/')+1:]
		doc.ID = strings.TrimSuffix(name, ".tml")
	}
	return doc, nil
}

// docID returns the content of a document's <DOCID> element, or "" when
// it has none. The TimeML and TIMEX2 readers share it.
func docID(src string) string {
	if i := strings.Index(src, "<DOCID>"); i >= 0 {
		rest := src[i+len("<DOCID>"):]
		if j := strings.Index(rest, "</DOCID>"); j >= 0 {
			return strings.TrimSpace(rest[:j])
		}
	}
	return ""
}

// parseTimeML parses the content of a TimeML document.
func parseTimeML(src string) (TimeMLDoc, error) {
	var doc TimeMLDoc
	doc.ID = docID(src)
	if i := strings.Index(src, "<DCT>"); i >= 0 {
		rest := src[i:]
		if j := strings.Index(rest, "</DCT>"); j >= 0 {
			rest = rest[:j]
		}
		if k := strings.Index(rest, "<TIMEX3"); k >= 0 {
			end := strings.IndexByte(rest[k:], '>')
			if end >= 0 {
				if t, ok := dayOf(xmlAttr(rest[k:k+end], "value")); ok {
					doc.DCT = t
				}
			}
		}
	}
	body, err := textElement(src)
	if err != nil {
		return doc, err
	}
	var out strings.Builder
	out.Grow(len(body))
	open := -1 // index in doc.Gold of the TIMEX3 being read
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
			case strings.HasPrefix(tag, "TIMEX3"):
				doc.Gold = append(doc.Gold, timex.Timex{
					Span:  extract.Span{Start: out.Len()},
					Type:  timex.Type(xmlAttr(tag, "type")),
					Value: xmlAttr(tag, "value"),
					Mod:   xmlAttr(tag, "mod"),
				})
				open = len(doc.Gold) - 1
				if strings.HasSuffix(tag, "/") { // empty TIMEX3: no extent
					doc.Gold = doc.Gold[:open]
					open = -1
				}
			case tag == "/TIMEX3":
				if open >= 0 {
					doc.Gold[open].Span.End = out.Len()
					open = -1
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

// dayOf reads the day a value starts with ("1998-01-08T09:00" gives
// 1998-01-08); it reports false when there is none.
func dayOf(v string) (time.Time, bool) {
	if len(v) < 10 {
		return time.Time{}, false
	}
	t, err := time.Parse("2006-01-02", v[:10])
	return t, err == nil
}

// textElement returns what stands inside the document's <TEXT> element.
func textElement(src string) (string, error) {
	start := strings.Index(src, "<TEXT>")
	end := strings.LastIndex(src, "</TEXT>")
	if start < 0 || end < start {
		return "", fmt.Errorf("no <TEXT> element")
	}
	return src[start+len("<TEXT>") : end], nil
}

// writeEntity writes the character that the XML entity at body[i] ("&amp;")
// stands for, or the text as it is when it is none, and returns where the
// body goes on.
func writeEntity(out *strings.Builder, body string, i int) int {
	j := strings.IndexByte(body[i:], ';')
	if j < 0 || j > 10 {
		out.WriteByte(body[i])
		return i + 1
	}
	if r, ok := xmlEntity(body[i+1 : i+j]); ok {
		out.WriteString(r)
	} else {
		out.WriteString(body[i : i+j+1])
	}
	return i + j + 1
}

// setText sets the document's plain text and fills in the text of its gold
// expressions, dropping empty ones.
func (doc *TimeMLDoc) setText(text string) {
	doc.Text = text
	kept := doc.Gold[:0]
	for _, g := range doc.Gold {
		if g.Span.End > g.Span.Start {
			g.Text = text[g.Span.Start:g.Span.End]
			kept = append(kept, g)
		}
	}
	doc.Gold = kept
}

// xmlAttr returns the unescaped value of attribute name in the inside of a
// start tag, or "".
func xmlAttr(tag, name string) string {
	for i := 0; ; {
		k := strings.Index(tag[i:], name+"=")
		if k < 0 {
			return ""
		}
		k += i
		if k > 0 && tag[k-1] != ' ' && tag[k-1] != '\t' && tag[k-1] != '\n' {
			i = k + len(name)
			continue
		}
		v := tag[k+len(name)+1:]
		if v == "" {
			return ""
		}
		q := v[0]
		if q != '"' && q != '\'' {
			return ""
		}
		e := strings.IndexByte(v[1:], q)
		if e < 0 {
			return ""
		}
		return v[1 : e+1]
	}
}

// xmlEntity returns the text of the entity named name (without & and ;).
func xmlEntity(name string) (string, bool) {
	switch name {
	case "amp":
		return "&", true
	case "lt":
		return "<", true
	case "gt":
		return ">", true
	case "quot":
		return `"`, true
	case "apos":
		return "'", true
	}
	if len(name) > 1 && name[0] == '#' {
		var n uint64
		var err error
		if name[1] == 'x' || name[1] == 'X' {
			n, err = strconv.ParseUint(name[2:], 16, 32)
		} else {
			n, err = strconv.ParseUint(name[1:], 10, 32)
		}
		if err == nil {
			return string(rune(n)), true
		}
	}
	return "", false
}

// TimeMLScore holds TempEval-3 Task A figures for time expressions, pooled
// over a corpus. P, R and F1 are in [0, 1].
type TimeMLScore struct {
	Gold, System int // expressions in the gold standard and in the output
	// Relaxed counts one-to-one pairs whose spans overlap; Strict counts pairs
	// with identical spans.
	Relaxed, Strict int
	// Value and Type count relaxed pairs whose value (type) equals gold's.
	Value, Type int

	RelaxedP, RelaxedR, RelaxedF1 float64
	StrictP, StrictR, StrictF1    float64
	// ValueF1 is RelaxedF1 times the share of relaxed pairs with gold's
	// value; TypeF1 likewise for the type.
	ValueF1, TypeF1 float64
}

// ScoreTimeML runs tag over every document's text with its DCT and scores
// the output against the gold TIMEX3s like TempEval-3 Task A.
func ScoreTimeML(docs []TimeMLDoc, tag func(text string, dct time.Time) []timex.Timex) TimeMLScore {
	var s TimeMLScore
	for _, d := range docs {
		sys := tag(d.Text, d.DCT)
		s.Gold += len(d.Gold)
		s.System += len(sys)
		for _, p := range alignTimexes(d.Gold, sys) {
			g, x := d.Gold[p[0]], sys[p[1]]
			s.Relaxed++
			if g.Span == x.Span {
				s.Strict++
			}
			if sameValue(g.Value, x.Value) {
				s.Value++
			}
			if g.Type == x.Type {
				s.Type++
			}
		}
	}
	s.RelaxedP, s.RelaxedR, s.RelaxedF1 = prf(s.Relaxed, s.System, s.Gold)
	s.StrictP, s.StrictR, s.StrictF1 = prf(s.Strict, s.System, s.Gold)
	if s.Relaxed > 0 {
		s.ValueF1 = s.RelaxedF1 * float64(s.Value) / float64(s.Relaxed)
		s.TypeF1 = s.RelaxedF1 * float64(s.Type) / float64(s.Relaxed)
	}
	return s
}

// sameValue reports whether two TIMEX3 values are equal, counting "199X"
// and "199" (a decade) and "19XX" and "19" (a century) as one value.
//
// TimeML writes a year's unknown digits as X; the TIDES convention that
// TIMEX3 values follow writes a decade or century by leaving its last
// digits off, as ISO 8601 does for reduced precision. Both name the same
// interval (1990 to 1999), and the TimeBank/AQUAINT annotators themselves
// use both: TBAQ has "the 1990s" as 199 three times and as 199X three
// times. Only a four-character value of digits followed by X is
// rewritten; "XXXX" (no year at all) stays as it is.
func sameValue(a, b string) bool {
	return a == b || decadeForm(a) == decadeForm(b)
}

// decadeForm drops the trailing X of a four-character year such as "199X"
// or "19XX".
func decadeForm(v string) string {
	if len(v) != 4 {
		return v
	}
	t := strings.TrimRight(v, "X")
	if len(t) < 2 {
		return v
	}
	for i := 0; i < len(t); i++ {
		if t[i] < '0' || t[i] > '9' {
			return v
		}
	}
	return t
}

// alignTimexes pairs gold and system expressions whose spans overlap, one to
// one, preferring identical spans, and returns index pairs {gold, system}.
// Both lists must be ordered by start.
func alignTimexes(gold, sys []timex.Timex) [][2]int {
	var pairs [][2]int
	used := make([]bool, len(sys))
	lo := 0
	for gi, g := range gold {
		for lo < len(sys) && sys[lo].Span.End <= g.Span.Start {
			lo++
		}
		best := -1
		for si := lo; si < len(sys) && sys[si].Span.Start < g.Span.End; si++ {
			if used[si] || sys[si].Span.End <= g.Span.Start {
				continue
			}
			if best < 0 || sys[si].Span == g.Span {
				best = si
			}
		}
		if best >= 0 {
			used[best] = true
			pairs = append(pairs, [2]int{gi, best})
		}
	}
	return pairs
}
