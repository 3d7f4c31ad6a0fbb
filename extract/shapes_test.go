package extract

import (
	"encoding/json"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"

	"github.com/chronicle-news/chronicle/timeline"
)

// A shape is one way an article arrives: hard-wrapped, in another
// encoding, as a web page.
type shape struct {
	name string
	make func(text string) []byte
}

var shapes = []shape{
	{"wrapped at 72", func(s string) []byte { return []byte(foldLines(s, 72)) }},
	{"wrapped at 60", func(s string) []byte { return []byte(foldLines(s, 60)) }},
	{"wrapped at 72 bytes", func(s string) []byte { return []byte(foldBytes(s, 72)) }},
	{"CRLF", func(s string) []byte { return []byte(strings.ReplaceAll(s, "\n", "\r\n")) }},
	{"Windows-1252", func(s string) []byte { return cp1252(s) }},
	{"UTF-16LE with a BOM", func(s string) []byte { return utf16Bytes(s, true, true) }},
	{"UTF-16BE with a BOM", func(s string) []byte { return utf16Bytes(s, false, true) }},
	{"HTML", func(s string) []byte { return []byte(htmlPageOf(s, "utf-8")) }},
	{"HTML in Windows-1252", func(s string) []byte { return cp1252(htmlPageOf(s, "windows-1252")) }},
}

// foldLines wraps every line of s at width columns, breaking after a space
// as fold -s does.
func foldLines(s string, width int) string {
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		r := []rune(line)
		for len(r) > width {
			cut := width
			for k := width; k > 0; k-- {
				if r[k-1] == ' ' {
					cut = k
					break
				}
			}
			b.WriteString(string(r[:cut]))
			b.WriteByte('\n')
			r = r[cut:]
		}
		b.WriteString(string(r))
	}
	return b.String()
}

// foldBytes wraps every line of s at width bytes, as fold -s -w width
// does: it counts bytes, so a line with curly quotes holds fewer
// characters.
func foldBytes(s string, width int) string {
	var b strings.Builder
	for i, line := range strings.Split(s, "\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		for len(line) > width {
			cut := strings.LastIndexByte(line[:width], ' ') + 1
			if cut == 0 {
				cut = width
				for cut > 0 && !utf8.RuneStart(line[cut]) {
					cut--
				}
			}
			b.WriteString(line[:cut] + "\n")
			line = line[cut:]
		}
		b.WriteString(line)
	}
	return b.String()
}

// cp1252 encodes s in Windows-1252; characters it lacks become "?".
func cp1252(s string) []byte {
	b, err := encoding.ReplaceUnsupported(charmap.Windows1252.NewEncoder()).Bytes([]byte(s))
	if err != nil {
		panic(err)
	}
	return b
}

// htmlPageOf makes a web page of s, a paragraph a line.
func htmlPageOf(s, charset string) string {
	var b strings.Builder
	b.WriteString(`<!DOCTYPE html><html><head><meta charset="` + charset + `"><title>Page</title></head><body><nav><a href="/">Home</a></nav><article>`)
	for _, line := range strings.Split(s, "\n") {
		b.WriteString("<p>" + html.EscapeString(line) + "</p>\n")
	}
	b.WriteString("</article><footer>Copyright</footer></body></html>")
	return b.String()
}

// article is a text with its reference date.
type article struct {
	name string
	text string
	ref  time.Time
}

// readArticles reads the NAME.txt files of dir, each with the "dct" of its
// NAME.json when there is one, else the date the text gives, else ref.
func readArticles(t *testing.T, ex *Extractor, dir string) []article {
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	var out []article
	for _, p := range paths {
		if strings.HasSuffix(p, ".golden.txt") {
			continue // a rendered table, not an article
		}
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a := article{name: p, text: string(b), ref: time.Date(2025, 8, 6, 0, 0, 0, 0, time.UTC)}
		if g, err := os.ReadFile(strings.TrimSuffix(p, ".txt") + ".json"); err == nil {
			var gold struct{ DCT string }
			if json.Unmarshal(g, &gold) == nil {
				if d, err := time.Parse(time.DateOnly, gold.DCT); err == nil {
					a.ref = d
				}
			}
		} else if d, ok := ex.FindRefDate(a.text); ok {
			a.ref = d
		}
		out = append(out, a)
	}
	return out
}

// eventKeys returns the listed events of a text as comparable keys.
func eventKeys(t *testing.T, ex *Extractor, data []byte, ref time.Time) []string {
	in, err := ReadInput(data)
	if err != nil {
		t.Errorf("ReadInput: %v", err)
		return nil
	}
	res, err := ex.Events(in.Text, ref)
	if err != nil {
		t.Errorf("Events: %v", err)
		return nil
	}
	var keys []string
	for _, e := range res.Events {
		if timeline.IsListed(e) {
			keys = append(keys, fmt.Sprintf("%s|%s|%s|%s", e.Date.Value, e.Date.Mod, e.Type, strings.ToLower(strings.Join(strings.Fields(e.Trigger), " "))))
		}
	}
	return keys
}

// agreement counts the keys two runs share (as multisets), and each run's.
func agreement(a, b []string) (both, na, nb int) {
	left := map[string]int{}
	for _, k := range a {
		left[k]++
	}
	for _, k := range b {
		if left[k] > 0 {
			left[k]--
			both++
		}
	}
	return both, len(a), len(b)
}

// TestShapes checks that an article gives the same events whatever shape
// it arrives in: pooled over each set of articles, the events of every
// shape agree with the plain run's at F1 >= 0.97.
func TestShapes(t *testing.T) {
	ex := mustNew(t)
	sets := []struct{ dir, skip string }{
		{"../testdata", ""}, {"../testdata/timelines", ""}, {"../testdata/holdout", ""},
		{"../../shared/data/timelines/dev", "no dev timelines at ../../shared/data/timelines/dev"},
		{"../../shared/data/timelines/dev2", "no dev2 timelines at ../../shared/data/timelines/dev2"},
	}
	for _, set := range sets {
		t.Run(filepath.Base(set.dir), func(t *testing.T) {
			arts := readArticles(t, ex, set.dir)
			if len(arts) == 0 {
				t.Skip(set.skip)
			}
			plain := make([][]string, len(arts))
			for i, a := range arts {
				plain[i] = eventKeys(t, ex, []byte(a.text), a.ref)
			}
			for _, sh := range shapes {
				var both, np, ns int
				for i, a := range arts {
					got := eventKeys(t, ex, sh.make(a.text), a.ref)
					b, x, y := agreement(plain[i], got)
					if b != x || b != y {
						t.Logf("%s, %s:\n  plain %q\n  shape %q", sh.name, a.name, plain[i], got)
					}
					both, np, ns = both+b, np+x, ns+y
				}
				f1 := 1.0
				if np+ns > 0 {
					f1 = float64(2*both) / float64(np+ns)
				}
				t.Logf("%-22s events %4d vs %4d plain, F1 %.3f", sh.name, ns, np, f1)
				if f1 < 0.97 {
					t.Errorf("%s: event F1 against the plain run %.3f, want >= 0.97", sh.name, f1)
				}
			}
		})
	}
}
