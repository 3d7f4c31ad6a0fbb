package eval

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/extract/timex"
)

// wikiWarsDir holds the WikiWars release; tests that read it skip when it is
// absent.
const wikiWarsDir = "../../shared/data/wikiwars/WikiWars_20120218_v104"

func TestReadTIMEX2(t *testing.T) {
	src := `<DOC>
<DOCID>01_X</DOCID>
<DATETIME> <TIMEX2 val="2009-12-19T17:00:00">2009-12-19T17:00:00</TIMEX2> </DATETIME>
<TEXT>
On <TIMEX2 val="1939-09-01">September 1, 1939</TIMEX2>, war broke out &amp; by <TIMEX2 val="1939-10" mod="START">early October</TIMEX2> it spread; <TIMEX2 val="P10M" anchor_val="1915" anchor_dir="STARTING">the first ten months of <TIMEX2 val="1915">1915</TIMEX2></TIMEX2> passed.
</TEXT>
</DOC>`
	path := filepath.Join(t.TempDir(), "01_X.key.xml")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := ReadTIMEX2(path)
	if err != nil {
		t.Fatal(err)
	}
	if d.ID != "01_X" || !d.DCT.Equal(time.Date(2009, 12, 19, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("ID, DCT = %q, %v", d.ID, d.DCT)
	}
	want := "\nOn September 1, 1939, war broke out & by early October it spread; the first ten months of 1915 passed.\n"
	if d.Text != want {
		t.Errorf("Text = %q, want %q", d.Text, want)
	}
	wantGold := []timex.Timex{
		{Text: "September 1, 1939", Value: "1939-09-01"},
		{Text: "early October", Value: "1939-10", Mod: "START"},
		{Text: "the first ten months of 1915", Value: "P10M"}, // the nested 1915 is dropped
	}
	if len(d.Gold) != len(wantGold) {
		t.Fatalf("got %d gold timexes %+v, want %d", len(d.Gold), d.Gold, len(wantGold))
	}
	for i, w := range wantGold {
		g := d.Gold[i]
		if g.Text != w.Text || g.Value != w.Value || g.Mod != w.Mod || g.Type != "" || d.Text[g.Span.Start:g.Span.End] != w.Text {
			t.Errorf("gold[%d] = %+v, want %+v", i, g, w)
		}
	}
	if _, err := ReadTIMEX2Dir(t.TempDir()); err == nil {
		t.Error("ReadTIMEX2Dir of an empty directory: no error")
	}
}

// TestTIMEX2WikiWars logs the tagger's scores on WikiWars (TIMEX2, so no
// type F1) and fails below a floor set just under what it reaches.
func TestTIMEX2WikiWars(t *testing.T) {
	if _, err := os.Stat(wikiWarsDir); err != nil {
		t.Skipf("no WikiWars corpus at %s", wikiWarsDir)
	}
	docs, err := ReadTIMEX2Dir(wikiWarsDir)
	if err != nil {
		t.Fatal(err)
	}
	sc := ScoreTimeML(docs, newExtractor(t).TagTimes)
	t.Logf("WikiWars: %d docs, gold %d, system %d", len(docs), sc.Gold, sc.System)
	t.Logf("relaxed P %.3f R %.3f F1 %.3f; strict P %.3f R %.3f F1 %.3f; value F1 %.3f",
		sc.RelaxedP, sc.RelaxedR, sc.RelaxedF1, sc.StrictP, sc.StrictR, sc.StrictF1, sc.ValueF1)
	floors := []struct {
		name      string
		got, want float64
	}{
		{"relaxed F1", sc.RelaxedF1, 0.88},
		{"value F1", sc.ValueF1, 0.735},
	}
	for _, f := range floors {
		if f.got < f.want {
			t.Errorf("%s = %.3f, below the floor %.3f", f.name, f.got, f.want)
		}
	}
}
