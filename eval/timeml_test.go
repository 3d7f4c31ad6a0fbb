package eval

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/extract/timex"
)

// tbaqDir holds the TempEval-3 TBAQ-cleaned training corpus; tests that read
// it skip when it is absent.
const tbaqDir = "../../shared/data/tempeval3/tbaq"

// readTBAQ reads every .tml file under tbaqDir, or skips the test.
func readTBAQ(t testing.TB) []TimeMLDoc {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(tbaqDir, "*", "*.tml"))
	if len(paths) == 0 {
		t.Skipf("no TimeML corpus at %s", tbaqDir)
	}
	docs := make([]TimeMLDoc, 0, len(paths))
	for _, p := range paths {
		d, err := ReadTimeML(p)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

func TestReadTimeML(t *testing.T) {
	dir := t.TempDir()
	src := `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="1998-03-01" functionInDocument="CREATION_TIME">March 1, 1998</TIMEX3></DCT>
<TEXT>
AT&amp;T <EVENT eid="e1">said</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-02-27">Friday</TIMEX3> it &quot;expects&quot; <TIMEX3 tid="t2" value="P2Y" type="DURATION" mod="APPROX">about two years</TIMEX3>.
</TEXT>
</TimeML>`
	path := filepath.Join(dir, "x.tml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := ReadTimeML(path)
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "X1" || !d.DCT.Equal(time.Date(1998, 3, 1, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("ID, DCT = %q, %v", d.ID, d.DCT)
	}
	want := "\nAT&T said Friday it \"expects\" about two years.\n"
	if d.Text != want {
		t.Errorf("Text = %q, want %q", d.Text, want)
	}
	if len(d.Gold) != 2 {
		t.Fatalf("got %d gold timexes, want 2", len(d.Gold))
	}
	for i, w := range []timex.Timex{
		{Text: "Friday", Type: "DATE", Value: "1998-02-27"},
		{Text: "about two years", Type: "DURATION", Value: "P2Y", Mod: "APPROX"},
	} {
		g := d.Gold[i]
		if g.Text != w.Text || g.Type != w.Type || g.Value != w.Value || g.Mod != w.Mod || d.Text[g.Span.Start:g.Span.End] != w.Text {
			t.Errorf("gold[%d] = %+v, want %+v", i, g, w)
		}
	}
}

func TestScoreTimeML(t *testing.T) {
	doc := TimeMLDoc{Text: "On May 10 and last week we met.", Gold: []timex.Timex{
		{Span: extract.Span{Start: 3, End: 9}, Type: "DATE", Value: "2025-05-10"},
		{Span: extract.Span{Start: 14, End: 23}, Type: "DATE", Value: "2025-W31"},
	}}
	sc := ScoreTimeML([]TimeMLDoc{doc}, func(string, time.Time) []timex.Timex {
		return []timex.Timex{
			{Span: extract.Span{Start: 0, End: 9}, Type: "DATE", Value: "2025-05-10"},
			{Span: extract.Span{Start: 14, End: 23}, Type: "DATE", Value: "2025-W30"},
			{Span: extract.Span{Start: 24, End: 26}, Type: "DATE", Value: "X"},
		}
	})
	if sc.Relaxed != 2 || sc.Strict != 1 || sc.Value != 1 || sc.Type != 2 || sc.System != 3 || sc.Gold != 2 {
		t.Fatalf("counts = %+v", sc)
	}
	if d := sc.RelaxedF1 - 0.8; d > 1e-9 || d < -1e-9 {
		t.Errorf("RelaxedF1 = %v, want 0.8", sc.RelaxedF1)
	}
	if d := sc.ValueF1 - 0.4; d > 1e-9 || d < -1e-9 {
		t.Errorf("ValueF1 = %v, want 0.4", sc.ValueF1)
	}
}

// TestTimeMLSpans checks that every expression tagged in TBAQ slices out
// exactly its text.
func TestTimeMLSpans(t *testing.T) {
	docs := readTBAQ(t)
	ex := newExtractor(t)
	for _, d := range docs {
		for _, x := range ex.TagTimes(d.Text, d.DCT) {
			if x.Span.Start < 0 || x.Span.Start > x.Span.End || x.Span.End > len(d.Text) || d.Text[x.Span.Start:x.Span.End] != x.Text {
				t.Fatalf("%s: span %v does not slice out %q", d.ID, x.Span, x.Text)
			}
		}
	}
}

// TestTimeMLTBAQ scores the tagger on TBAQ and fails below a floor set just
// under what it reaches.
func TestTimeMLTBAQ(t *testing.T) {
	docs := readTBAQ(t)
	sc := ScoreTimeML(docs, newExtractor(t).TagTimes)
	t.Logf("TBAQ: %d docs, gold %d, system %d", len(docs), sc.Gold, sc.System)
	t.Logf("relaxed P %.3f R %.3f F1 %.3f; strict P %.3f R %.3f F1 %.3f",
		sc.RelaxedP, sc.RelaxedR, sc.RelaxedF1, sc.StrictP, sc.StrictR, sc.StrictF1)
	t.Logf("value F1 %.3f; type F1 %.3f", sc.ValueF1, sc.TypeF1)
	floors := []struct {
		name      string
		got, want float64
	}{
		{"relaxed F1", sc.RelaxedF1, 0.935},
		{"strict F1", sc.StrictF1, 0.865},
		{"value F1", sc.ValueF1, 0.805},
		{"type F1", sc.TypeF1, 0.885},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s = %.3f, below the floor %.3f", f.name, f.got, f.want)
		}
	}
}

func TestSameValue(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"199", "199X", true},
		{"19XX", "19", true},
		{"1990", "199", false},
		{"XXXX", "", false},
		{"XXXX", "XXXX", true},
		{"1998-Q3", "1998-Q3", true},
		{"199X", "198", false},
	}
	for _, tc := range tests {
		t.Run(tc.a+"~"+tc.b, func(t *testing.T) {
			if got := sameValue(tc.a, tc.b); got != tc.want {
				t.Errorf("sameValue(%q, %q) = %v, want %v", tc.a, tc.b, got, tc.want)
			}
		})
	}
}
