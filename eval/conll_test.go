package eval

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-news/chronicle/extract"
)

func TestReadCoNLL(t *testing.T) {
	data := `-DOCSTART- -X- -X- O

EU NNP B-NP B-ORG
rejects VBZ B-VP O
German JJ B-NP B-MISC
call NN I-NP O
. . O O

Peter NNP B-NP B-PER
Blackburn NNP I-NP I-PER
in IN B-PP O
New NNP B-NP B-LOC
York NNP I-NP I-LOC

-DOCSTART- -X- -X- O

BRUSSELS NNP B-NP B-LOC
`
	path := filepath.Join(t.TempDir(), "x.txt")
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	docs, err := ReadCoNLL(path)
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 2 {
		t.Fatalf("got %d docs, want 2", len(docs))
	}
	if want := "EU rejects German call .\nPeter Blackburn in New York"; docs[0].Text != want {
		t.Errorf("text = %q, want %q", docs[0].Text, want)
	}
	var got []string
	for _, e := range docs[0].Entities {
		if docs[0].Text[e.Span.Start:e.Span.End] != e.Text {
			t.Errorf("span %v does not slice out %q", e.Span, e.Text)
		}
		got = append(got, e.Type+":"+e.Text)
	}
	want := []string{"ORG:EU", "MISC:German", "PER:Peter Blackburn", "LOC:New York"}
	if len(got) != len(want) {
		t.Fatalf("entities = %q, want %q", got, want)
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("entity %d = %q, want %q", i, got[i], want[i])
		}
	}

	// a perfect tagger, one that also tags the MISC word and a demonym
	tag := func(text string) []extract.Mention {
		return []extract.Mention{
			{Kind: extract.KindOrganization, Span: extract.Span{Start: 0, End: 2}},
			{Kind: extract.KindPerson, Span: extract.Span{Start: 11, End: 17}},                 // German: overlaps MISC, ignored
			{Kind: extract.KindCountry, Span: extract.Span{Start: 11, End: 17}, Demonym: true}, // a demonym is not LOC
			{Kind: extract.KindPerson, Span: extract.Span{Start: 25, End: 40}},
			{Kind: extract.KindCity, Span: extract.Span{Start: 44, End: 52}},
			{Kind: extract.KindCity, Span: extract.Span{Start: 0, End: 8}}, // wrong: counts against LOC
		}
	}
	sc := ScoreCoNLL(docs[:1], tag)
	if sc.Overall.Gold != 3 || sc.Overall.System != 4 || sc.Overall.Correct != 3 {
		t.Errorf("overall = %+v, want gold 3, system 4, correct 3", sc.Overall)
	}
	if loc := sc.Types[1]; loc.Type != "LOC" || loc.Precision() != 0.5 || loc.Recall() != 1 {
		t.Errorf("LOC = %+v", loc)
	}
	if len(sc.Errors) != 1 || sc.Errors[0].Missed || sc.Errors[0].Text != "EU rejec" {
		t.Errorf("errors = %+v", sc.Errors)
	}
}

const conllDev = "../../shared/data/conll2003/valid.txt"

func TestCoNLLDev(t *testing.T) {
	if _, err := os.Stat(conllDev); err != nil {
		t.Skipf("CoNLL-2003 development set not found at %s (needs ../shared/data)", conllDev)
	}
	docs, err := ReadCoNLL(conllDev)
	if err != nil {
		t.Fatal(err)
	}
	sc := ScoreCoNLL(docs, newExtractor(t).TagEntities)
	for _, c := range append(sc.Types, sc.Overall) {
		t.Logf("%-4s P %.3f R %.3f F1 %.3f (gold %d, system %d, correct %d)",
			c.Type, c.Precision(), c.Recall(), c.F1(), c.Gold, c.System, c.Correct)
	}
	if os.Getenv("CONLL_ERRORS") != "" {
		for _, e := range sc.Errors {
			what := "FP"
			if e.Missed {
				what = "FN"
			}
			d := docs[e.Doc].Text
			lo, hi := e.Span.Start-40, e.Span.End+40
			lo, hi = max(lo, 0), min(hi, len(d))
			t.Logf("%s %s %q   ...%s...", what, e.Type, e.Text, d[lo:hi])
		}
	}
	const floor = 0.88
	if f := sc.Overall.F1(); f < floor {
		t.Errorf("CoNLL dev F1 %.3f, below the floor %.2f", f, floor)
	}
}
