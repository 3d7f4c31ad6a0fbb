package extract

import (
	"bufio"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// The tagger is checked against prose itself, the source of its model:
// proseTag is how chronicle tagged before it ran the model itself (prose's
// NewDocument on our tokens joined by spaces, each token taking the tag of
// the first prose token inside it).

const (
	tbaqDir      = "../../shared/data/tempeval3/tbaq"
	conllDev     = "../../shared/data/conll2003/valid.txt"
	minAgreement = 0.995 // the least share of tokens tagged as prose tags them
)

func proseModel(tb testing.TB) *prose.Model {
	tb.Helper()
	return prose.ModelFromData("chronicle")
}

// proseTag tags toks with prose's tagger.
func proseTag(tb testing.TB, model *prose.Model, toks []Token) {
	tb.Helper()
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = straightQuotes(t.Text)
	}
	doc, err := prose.NewDocument(strings.Join(words, " "),
		prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(model))
	if err != nil {
		tb.Fatal(err)
	}
	ptoks := doc.Tokens()
	j := 0
	for i := range toks {
		w := words[i]
		toks[i].Tag = ""
		for len(w) > 0 && j < len(ptoks) && strings.HasPrefix(w, ptoks[j].Text) {
			if toks[i].Tag == "" {
				toks[i].Tag = ptoks[j].Tag
			}
			w = w[len(ptoks[j].Text):]
			j++
		}
		if toks[i].Tag == "" {
			toks[i].Tag = fallbackTag(toks[i].Text)
		}
		if len(w) > 0 && i+1 < len(words) {
			for j < len(ptoks) && !strings.HasPrefix(words[i+1], ptoks[j].Text) {
				j++
			}
		}
	}
}

// tbaqSentences returns the sentences of the TBAQ articles as Segment
// splits them, or skips the test.
func tbaqSentences(t *testing.T) [][]Token {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(tbaqDir, "*", "*.tml"))
	if len(paths) == 0 {
		t.Skipf("no TBAQ articles (*/*.tml) in %s", tbaqDir)
	}
	tags := regexp.MustCompile(`<[^>]*>`)
	var out [][]Token
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(data)
		if i := strings.Index(text, "<TEXT>"); i >= 0 {
			text = text[i:]
		}
		text = html.UnescapeString(tags.ReplaceAllString(text, ""))
		for _, s := range Segment(text) {
			out = append(out, s.Tokens)
		}
	}
	return out
}

// TestTaggerAgreesWithProse tags every sentence of the TBAQ articles with
// both taggers. Two
// figures: the share of tokens tagged as prose reports them (at least
// minAgreement), and the share once ours are given prose's shared tokens
// (withSharedTokens): that is the perceptron alone, and must be all of them
// but for a tie between two classes (prose breaks ties at random).
func TestTaggerAgreesWithProse(t *testing.T) {
	sents := tbaqSentences(t)
	model := proseModel(t)
	tg := mustTagger(t)
	var sc posScratch
	same, quirk, total, shown := 0, 0, 0, 0
	compare := func(toks []Token) {
		ours := append([]Token(nil), toks...)
		ref := append([]Token(nil), toks...)
		tg.tagTokens(&sc, ours)
		proseTag(t, model, ref)
		shared := withSharedTokens(ours)
		for i := range ours {
			total++
			if ours[i].Tag == ref[i].Tag {
				same++
			}
			if shared[i].Tag == ref[i].Tag {
				quirk++
			} else if shown++; shown <= 10 {
				t.Logf("%q: ours %s, prose %s, in %q", ours[i].Text, ours[i].Tag, ref[i].Tag, tokenTexts(toks))
			}
		}
	}
	for _, toks := range sents {
		compare(toks)
	}
	share := float64(same) / float64(total)
	t.Logf("TBAQ, %d tokens: tagged as prose reports %d (%.4f); as prose's perceptron %d (ties aside)",
		total, same, share, quirk)
	if share < minAgreement {
		t.Errorf("tags agree with prose's on %.4f of tokens, want at least %.3f", share, minAgreement)
	}
	if float64(quirk) < 0.9999*float64(total) {
		t.Errorf("%d of %d tokens tagged otherwise than prose's perceptron", total-quirk, total)
	}
}

func mustTagger(tb testing.TB) *posTagger {
	tb.Helper()
	tg, err := newPOSTagger()
	if err != nil {
		tb.Fatal(err)
	}
	return tg
}

// TestTaggerTrickyWords compares the two taggers on words that prose's
// tokenizer splits, keeps whole or drops, and on the words its tagger tags
// without the model.
func TestTaggerTrickyWords(t *testing.T) {
	model := proseModel(t)
	tg := mustTagger(t)
	words := []string{"don't", "Don't", "DON'T", "they'll", "we're", "I'm", "$5", "$", "(hello", "[x", `"quoted`,
		"end.)", "well,", "U.S.", "U.S", "Mr.", "Mrs.", "a.m.", "Feb.", "'sup", "n'tx", "rock'n'roll", "O'Neil's",
		"İstanbul's", "Ⱥ'S", "ȺȺ'll", ":-)", "(-_-)", "¯\\(ツ)/¯", "e-mail", "-e-", "-", "--", "----", "@user",
		"x@y.com", "http://example.com/a", "example.org", "3.14", "1.50", "2.5%", "-LRB-", "-ABC-", "*-1", "*T*",
		"0", "*", "****", "1999", "+199", "-199", "12", "1,000", "Élysée", "ÉLYSÉE", "“", "”", "‘", "’s", "—",
		"&rsquo;s", "it&rsquo;s", "naïve", "\u00ad", "x\u00a0y", "Gen.", "St.", "A.", "a.b.c.", "Ab.", "ABC."}
	for _, w := range words {
		text := "Officials said " + w + " on Friday , and left"
		toks := []Token{}
		for _, f := range strings.Split(text, " ") {
			toks = append(toks, Token{Text: f})
		}
		ours := append([]Token(nil), toks...)
		ref := append([]Token(nil), toks...)
		tg.tagTokens(&posScratch{}, ours)
		proseTag(t, model, ref)
		if got, want := tokenTags(ours), tokenTags(ref); got != want {
			t.Errorf("%q: ours %s, prose %s", w, got, want)
		}
	}
}

func tokenTags(toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		b.WriteString(t.Tag + " ")
	}
	return b.String()
}

// TestTaggerHelpers checks the hand-written matchers against what they
// replace in prose: its regular expression, strconv.Atoi and strings.ToLower.
func TestTaggerHelpers(t *testing.T) {
	abbrev := regexp.MustCompile(`^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$`)
	for _, w := range []string{"U.S.", "U.S", "u.s.", "Mr.", "Mrs.", "MR.", "Mrsx.", "A.", "a.b.c.", "a..b.",
		"1.2.", "", ".", "Ab.", "ABC.", "É.U.", "Ém.", "x.y.z.w."} {
		if got, want := isInternalAbbrev(w), abbrev.MatchString(w); got != want {
			t.Errorf("isInternalAbbrev(%q) = %v, want %v", w, got, want)
		}
		_, err := strconv.Atoi(w)
		if got, want := isYear(w), err == nil && len(w) == 4; got != want {
			t.Errorf("isYear(%q) = %v, want %v", w, got, want)
		}
	}
	for _, w := range []string{"1999", "+199", "-199", "199", "19999", "19a9", "+-19", "----", "１９９"} {
		_, err := strconv.Atoi(w)
		if got, want := isYear(w), err == nil && len(w) == 4; got != want {
			t.Errorf("isYear(%q) = %v, want %v", w, got, want)
		}
	}
	for _, w := range []string{"ABC", "abc", "Élysée", "İSTANBUL", "ȺB", "ΩK", "a\xffB", "\xe2\x80", "ǅ"} {
		if got, want := string(appendLower(nil, w)), strings.ToLower(w); got != want {
			t.Errorf("appendLower(%q) = %q, want %q", w, got, want)
		}
	}
}

// withSharedTokens gives toks the tags prose reports: its tokenizer caches
// the tokens of each word and hands the same *Token to every occurrence of
// the word but the text's last, so each takes the tag of the last of them.
func withSharedTokens(toks []Token) []Token {
	out := append([]Token(nil), toks...)
	last := map[string]int{}
	for i := 0; i < len(toks)-1; i++ {
		last[toks[i].Text] = i
	}
	for i := 0; i < len(toks)-1; i++ {
		out[i].Tag = toks[last[toks[i].Text]].Tag
	}
	return out
}

func tokenTexts(toks []Token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Text)
	}
	return b.String()
}

// TestTaggerAccuracy scores both taggers against the gold part-of-speech
// column of the CoNLL-2003 development set: ours must not be worse.
func TestTaggerAccuracy(t *testing.T) {
	sents := conllSentences(t)
	model := proseModel(t)
	tg := mustTagger(t)
	var sc posScratch
	ours, theirs, total := 0, 0, 0
	for _, s := range sents {
		a := append([]Token(nil), s.toks...)
		b := append([]Token(nil), s.toks...)
		tg.tagTokens(&sc, a)
		proseTag(t, model, b)
		for i, gold := range s.gold {
			total++
			if a[i].Tag == gold {
				ours++
			}
			if b[i].Tag == gold {
				theirs++
			}
		}
	}
	t.Logf("CoNLL-2003 dev POS accuracy over %d tokens: ours %.4f, prose %.4f",
		total, float64(ours)/float64(total), float64(theirs)/float64(total))
	if ours < theirs {
		t.Errorf("ours tags %d tokens right, prose %d", ours, theirs)
	}
}

type goldSentence struct {
	toks []Token
	gold []string
}

// conllSentences reads the words and gold part-of-speech tags (the second
// column) of the CoNLL-2003 development set, or skips the test.
func conllSentences(t *testing.T) []goldSentence {
	t.Helper()
	f, err := os.Open(conllDev)
	if err != nil {
		t.Skipf("no CoNLL-2003 development set at %s", conllDev)
	}
	defer f.Close()
	var out []goldSentence
	var cur goldSentence
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Fields(sc.Text())
		if len(fields) < 2 || fields[0] == "-DOCSTART-" {
			if len(cur.toks) > 0 {
				out = append(out, cur)
				cur = goldSentence{}
			}
			continue
		}
		cur.toks = append(cur.toks, Token{Text: fields[0]})
		cur.gold = append(cur.gold, fields[1])
	}
	if len(cur.toks) > 0 {
		out = append(out, cur)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// FuzzTaggerAgreesWithProse tags a sentence of fuzzed tokens with both
// taggers (text prose panics on is skipped).
func FuzzTaggerAgreesWithProse(f *testing.F) {
	f.Add("Officials said don't on Friday", "$5")
	f.Add("He met U.S. envoys (again) in Accra", "it's")
	model := proseModel(f)
	tg := mustTagger(f)
	f.Fuzz(func(t *testing.T, text, word string) {
		var toks []Token
		for _, w := range append(strings.Fields(text), strings.Fields(word)...) {
			if utf8.ValidString(w) {
				toks = append(toks, Token{Text: w})
			}
		}
		if len(toks) == 0 {
			return
		}
		ours := append([]Token(nil), toks...)
		ref := append([]Token(nil), toks...)
		tg.tagTokens(&posScratch{}, ours)
		if !proseTagSafe(t, model, ref) {
			return
		}
		if got, want := tokenTags(withSharedTokens(ours)), tokenTags(ref); got != want {
			t.Errorf("%q: ours %s, prose %s", tokenTexts(toks), got, want)
		}
	})
}

func proseTagSafe(t *testing.T, model *prose.Model, toks []Token) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	proseTag(t, model, toks)
	return true
}

// BenchmarkPOS tags every sentence of two articles; after the first run
// the buffers are warm and tagging allocates nothing.
func BenchmarkPOS(b *testing.B) {
	text := readTestdata(b, "pakistan-us-2025.txt") + "\n" + readTestdata(b, "accra-talks.txt")
	sents := Segment(text)
	tg := mustTagger(b)
	var sc posScratch
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		for i := range sents {
			tg.tagTokens(&sc, sents[i].Tokens)
		}
	}
}
