package eval

import (
	"bytes"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/timeline"
)

const (
	s1 = "On May 10, Pakistan fired Al-Fatah missiles at several Indian military sites."
	s2 = "Last month, Dar and Rubio met face-to-face at the State Department."
	s3 = "The alliance expanded to include Greece and Turkey in 1952, Germany in 1955 and Spain in 1982."
)

// gev returns a gold event.
func gev(sentence, trigger, date, mod, typ string, participants ...string) GoldEvent {
	return GoldEvent{Sentence: sentence, Trigger: trigger, Date: date, Mod: mod, Type: typ, Participants: participants}
}

// sev returns a system event.
func sev(sentence, trigger, date, mod, typ string, participants ...string) timeline.Event {
	e := timeline.Event{Sentence: sentence, Trigger: trigger, Type: typ, Date: timeline.NewEventDate("", date, mod, timeline.AnchorExplicit)}
	for _, p := range participants {
		e.Participants = append(e.Participants, timeline.Entity{Text: p})
	}
	return e
}

// optional marks a gold event optional.
func optional(g GoldEvent) GoldEvent {
	g.Optional = true
	return g
}

func TestScoreMatching(t *testing.T) {
	tests := []struct {
		name           string
		gold           []GoldEvent
		sys            []timeline.Event
		tp, fp, fn, ig int
	}{
		{"exact", []GoldEvent{gev(s1, "fired", "2025-05-10", "", "attack")},
			[]timeline.Event{sev(s1, "fired", "2025-05-10", "", "attack")}, 1, 0, 0, 0},
		{"trigger case", []GoldEvent{gev(s1, "fired", "2025-05-10", "", "attack")},
			[]timeline.Event{sev(s1, "Fired", "2025-05-10", "", "attack")}, 1, 0, 0, 0},
		{"system trigger contains gold", []GoldEvent{gev(s1, "fired", "2025-05-10", "", "attack")},
			[]timeline.Event{sev(s1, "fired Al-Fatah missiles", "2025-05-10", "", "attack")}, 1, 0, 0, 0},
		{"gold trigger contains system", []GoldEvent{gev(s1, "Indian strikes", "2025-05", "START", "attack")},
			[]timeline.Event{sev(s1, "strikes", "2025-05", "START", "attack")}, 1, 0, 0, 0},
		{"triggers overlap", []GoldEvent{gev(s1, "fired missiles", "2025-05-10", "", "attack")},
			[]timeline.Event{sev(s1, "missiles at", "2025-05-10", "", "attack")}, 1, 0, 0, 0},
		{"only a function word shared", []GoldEvent{gev(s1, "fired at", "2025-05-10", "", "attack")},
			[]timeline.Event{sev(s1, "missiles at", "2025-05-10", "", "attack")}, 0, 1, 1, 0},
		{"different trigger", []GoldEvent{gev(s1, "fired", "2025-05-10", "", "attack")},
			[]timeline.Event{sev(s1, "sites", "2025-05-10", "", "attack")}, 0, 1, 1, 0},
		{"different sentence", []GoldEvent{gev(s1, "met", "2025-07", "", "meeting")},
			[]timeline.Event{sev(s2, "met", "2025-07", "", "meeting")}, 0, 1, 1, 0},
		{"dateline kept and line breaks", []GoldEvent{gev(s2, "met", "2025-07", "", "meeting")},
			[]timeline.Event{sev("Islamabad (TDI): Last month, Dar and Rubio\nmet  face-to-face at the State Department.", "met", "2025-07", "", "meeting")},
			1, 0, 0, 0},
		{"system sentence cut short", []GoldEvent{gev(s2, "met", "2025-07", "", "meeting")},
			[]timeline.Event{sev("Dar and Rubio met face-to-face", "met", "2025-07", "", "meeting")}, 1, 0, 0, 0},
		{"empty sentence never matches", []GoldEvent{gev(s2, "met", "2025-07", "", "meeting")},
			[]timeline.Event{sev("", "met", "2025-07", "", "meeting")}, 0, 1, 1, 0},
		{"optional matched is ignored", []GoldEvent{optional(gev(s1, "fired", "2025-05-10", "", "attack"))},
			[]timeline.Event{sev(s1, "fired", "2025-05-10", "", "attack")}, 0, 0, 0, 1},
		{"optional unmatched is ignored", []GoldEvent{optional(gev(s1, "fired", "2025-05-10", "", "attack")), gev(s2, "met", "2025-07", "", "meeting")},
			[]timeline.Event{sev(s2, "met", "2025-07", "", "meeting")}, 1, 0, 0, 0},
		{"required preferred over optional", []GoldEvent{optional(gev(s1, "fired", "2025-05-10", "", "attack")), gev(s1, "fired missiles", "2025-05-10", "", "attack")},
			[]timeline.Event{sev(s1, "fired", "2025-05-10", "", "attack")}, 1, 0, 0, 0},
		{"two golds share sentence and trigger, two systems", []GoldEvent{gev(s3, "expanded", "1952", "", "agreement"), gev(s3, "expanded", "1955", "", "agreement")},
			[]timeline.Event{sev(s3, "expanded", "1952", "", "agreement"), sev(s3, "expanded", "1955", "", "agreement")}, 2, 0, 0, 0},
		{"two golds share sentence and trigger, one system", []GoldEvent{gev(s3, "expanded", "1952", "", "agreement"), gev(s3, "expanded", "1955", "", "agreement")},
			[]timeline.Event{sev(s3, "expanded", "1955", "", "agreement")}, 1, 0, 1, 0},
		{"two golds share sentence and trigger, three systems", []GoldEvent{gev(s3, "expanded", "1952", "", "agreement"), gev(s3, "expanded", "1955", "", "agreement")},
			[]timeline.Event{sev(s3, "expanded", "1952", "", "agreement"), sev(s3, "expanded", "1955", "", "agreement"), sev(s3, "expanded", "1982", "", "agreement")},
			2, 1, 0, 0},
		{"no system events", []GoldEvent{gev(s1, "fired", "2025-05-10", "", "attack")}, nil, 0, 0, 1, 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Score([]Gold{{Doc: "d", Events: tc.gold}}, [][]timeline.Event{tc.sys})
			c := r.Docs[0].Counts
			if c.TP != tc.tp || c.FP != tc.fp || c.FN != tc.fn || c.Ignored != tc.ig {
				t.Errorf("TP %d FP %d FN %d ignored %d, want %d %d %d %d", c.TP, c.FP, c.FN, c.Ignored, tc.tp, tc.fp, tc.fn, tc.ig)
			}
			if r.Total != c {
				t.Errorf("pooled counts %+v differ from the only document's %+v", r.Total, c)
			}
			if len(r.Docs[0].Misses) != c.FN || len(r.Docs[0].FalsePositives) != c.FP {
				t.Errorf("%d misses and %d false positives listed, want %d and %d", len(r.Docs[0].Misses), len(r.Docs[0].FalsePositives), c.FN, c.FP)
			}
		})
	}
}

func TestScoreAugmentingPath(t *testing.T) {
	// Gold 1 is in s1, gold 2 in s2. System A's sentence holds both, so it
	// can match either; system B matches only gold 2. A is closer to gold 2
	// (same date), so greedy takes A-2 and B is left out; the augmenting
	// path gives A-1 and B-2.
	gold := []GoldEvent{gev(s1, "met", "2025-05-10", "", "meeting"), gev(s2, "met", "2025-07", "", "meeting")}
	sys := []timeline.Event{sev(s1+" "+s2, "met", "2025-07", "", "meeting"), sev(s2, "met", "2025-06", "", "meeting")}
	r := Score([]Gold{{Doc: "d", Events: gold}}, [][]timeline.Event{sys})
	if c := r.Total; c.TP != 2 || c.FP != 0 || c.FN != 0 {
		t.Errorf("TP %d FP %d FN %d, want 2 0 0", c.TP, c.FP, c.FN)
	}
}

func TestScorePairsByDate(t *testing.T) {
	// Two golds share sentence and trigger; the systems come in the other
	// order. Each should pair with the one of the same date.
	gold := []GoldEvent{gev(s3, "expanded", "1952", "", "agreement"), gev(s3, "expanded", "1955", "", "agreement")}
	sys := []timeline.Event{sev(s3, "expanded", "1955", "", "agreement"), sev(s3, "expanded", "1952", "", "agreement")}
	r := Score([]Gold{{Doc: "d", Events: gold}}, [][]timeline.Event{sys})
	c := r.Total
	if c.TP != 2 || c.DateCorrect != 2 {
		t.Errorf("TP %d, dates right %d; want 2 and 2", c.TP, c.DateCorrect)
	}
	if c.Concordant != 0 || c.Discordant != 1 {
		t.Errorf("concordant %d discordant %d, want 0 and 1", c.Concordant, c.Discordant)
	}
}

func TestScoreFigures(t *testing.T) {
	// timeline.Document a: four required golds and one optional.
	a := Gold{Doc: "a", DCT: "2025-08-06", Events: []GoldEvent{
		gev("Sentence one about an attack.", "attack", "2025-04", "END", "attack", "India", "Pakistan"),
		gev("Sentence two, forces launched it.", "launched", "2025-05", "START", "military_operation", "Pakistani forces"),
		gev("Sentence three: missiles fired.", "fired", "2025-05-10", "", "attack", "Pakistan"),
		gev("Sentence four: they met.", "met", "2025-07", "", "meeting", "Dar", "Rubio", "Rizwan Saeed Sheikh"),
		optional(gev("Sentence five: a ceasefire.", "ceasefire", "2025-05", "MID", "ceasefire")),
	}}
	aSys := []timeline.Event{
		// matches gold 3: date right, type right, Pakistan found via canonical
		func() timeline.Event {
			e := sev("Sentence three: missiles fired.", "fired", "2025-05-10", "", "attack")
			e.Participants = []timeline.Entity{{Text: "Islamabad", Canonical: "Pakistan"}}
			return e
		}(),
		// matches gold 1: mod wrong, type right, "India" found, "Pakistan" not
		sev("Sentence one about an attack.", "an attack", "2025-04", "", "attack", "Indian"),
		// matches gold 2: date right, type wrong, "Pakistan" contained in "Pakistani forces"
		sev("Sentence two, forces launched it.", "launched", "2025-05", "START", "other", "Pakistan"),
		// matches the optional gold: ignored
		sev("Sentence five: a ceasefire.", "ceasefire", "2025-05", "", "ceasefire"),
		// false positive
		sev("Sentence six: nothing.", "nothing", "2025-08-06", "", "other"),
	}
	// timeline.Document b: one required gold, matched perfectly, and one missed.
	b := Gold{Doc: "b", DCT: "1998-02-27", Events: []GoldEvent{
		gev("The OAU said Friday it would investigate.", "said", "1998-02-27", "", "statement", "The OAU"),
		gev("Genocide in 1994.", "genocide", "1994", "", "attack"),
	}}
	bSys := []timeline.Event{sev("The OAU said Friday it would investigate.", "said", "1998-02-27", "", "statement", "OAU")}

	r := Score([]Gold{a, b}, [][]timeline.Event{aSys, bSys})

	ca := r.Docs[0].Counts
	// Matched in a: golds 1, 2, 3 (gold 4 missed).
	// Dates: gold 1 has the wrong mod -> 2 of 3. Types: gold 2 wrong -> 2 of 3.
	// Participants: gold 1 India yes, Pakistan no; gold 2 Pakistani forces
	// yes; gold 3 Pakistan yes -> 3 of 4.
	// Order: gold starts 04-21 < 05-01 < 05-10; system positions 1, 2, 0.
	// Pairs (g1,g2) concordant, (g1,g3) discordant, (g2,g3) discordant.
	wantA := Counts{TP: 3, FP: 1, FN: 1, Ignored: 1, DateCorrect: 2, TypeCorrect: 2,
		ParticipantsFound: 3, ParticipantsGold: 4, Concordant: 1, Discordant: 2}
	if ca != wantA {
		t.Errorf("document a counts\n got %+v\nwant %+v", ca, wantA)
	}
	wantB := Counts{TP: 1, FN: 1, DateCorrect: 1, TypeCorrect: 1, ParticipantsFound: 1, ParticipantsGold: 1}
	if cb := r.Docs[1].Counts; cb != wantB {
		t.Errorf("document b counts\n got %+v\nwant %+v", cb, wantB)
	}

	tests := []struct {
		name string
		got  float64
		want float64
	}{
		{"a precision", ca.Precision(), 3.0 / 4},
		{"a recall", ca.Recall(), 3.0 / 4},
		{"a F1", ca.F1(), 3.0 / 4},
		{"a date", ca.DateAccuracy(), 2.0 / 3},
		{"a type", ca.TypeAccuracy(), 2.0 / 3},
		{"a participants", ca.ParticipantRecall(), 3.0 / 4},
		{"a order", ca.OrderAgreement(), 1.0 / 3},
		{"pooled precision", r.Total.Precision(), 4.0 / 5},
		{"pooled recall", r.Total.Recall(), 4.0 / 6},
		{"pooled F1", r.Total.F1(), 8.0 / 11},
		{"pooled date", r.Total.DateAccuracy(), 3.0 / 4},
		{"pooled type", r.Total.TypeAccuracy(), 3.0 / 4},
		{"pooled participants", r.Total.ParticipantRecall(), 4.0 / 5},
		{"pooled order", r.Total.OrderAgreement(), 1.0 / 3},
		{"b order, no pairs", r.Docs[1].OrderAgreement(), 0},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if math.Abs(tc.got-tc.want) > 1e-9 {
				t.Errorf("got %.4f, want %.4f", tc.got, tc.want)
			}
		})
	}

	if m := r.Docs[0].Misses; len(m) != 1 || m[0].Trigger != "met" || m[0].Date != "2025-07" {
		t.Errorf("misses of a = %+v, want the meeting", m)
	}
	if fp := r.Docs[0].FalsePositives; len(fp) != 1 || fp[0].Trigger != "nothing" || fp[0].Sentence != "Sentence six: nothing." {
		t.Errorf("false positives of a = %+v", fp)
	}

	var text bytes.Buffer
	r.WriteText(&text)
	for _, want := range []string{"DOC", "\na ", "\nb ", "\nALL ", " 0.750 ", " 0.333", " 0.667 ", " 0.727 ", " -\n"} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("WriteText output lacks %q:\n%s", want, text.String())
		}
	}
	var details bytes.Buffer
	r.WriteDetails(&details)
	// gold 1's Pakistan is not named by its system event (which names "Indian")
	if u := r.Docs[0].Unnamed; len(u) != 1 || u[0].Trigger != "attack" || strings.Join(u[0].Missing, ",") != "Pakistan" || strings.Join(u[0].Named, ",") != "Indian" {
		t.Errorf("unnamed participants of a = %+v, want attack's Pakistan", u)
	}
	// gold 1's mod was lost: a wrong date
	if wd := r.Docs[0].WrongDates; len(wd) != 1 || wd[0].Trigger != "attack" || wd[0].Gold != "2025-04 (late)" || wd[0].System != "2025-04" {
		t.Errorf("wrong dates of a = %+v, want the attack's lost mod", wd)
	}
	// the confusion matrix: gold military_operation was typed other once;
	// two attacks and the statement were typed right
	if got := r.Docs[0].Confusion["military_operation"]["other"]; got != 1 {
		t.Errorf("confusion[military_operation][other] = %d, want 1", got)
	}
	if got := r.Docs[0].Confusion["attack"]["attack"] + r.Docs[1].Confusion["statement"]["statement"]; got != 3 {
		t.Errorf("typed right = %d, want 3", got)
	}
	for _, want := range []string{"miss", `"met"`, "fp", `"nothing"`, `"genocide"`, "types of matched events", "  who   \"attack\"", "missing Pakistan; named Indian", "  date  \"attack\"", "\nmilitary_operation     .     .     1     .\n"} {
		if !strings.Contains(details.String(), want) {
			t.Errorf("WriteDetails output lacks %q:\n%s", want, details.String())
		}
	}
}

func TestReadGoldError(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.json")
	if err := os.WriteFile(bad, []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, path := range []string{bad, filepath.Join(dir, "missing.json")} {
		if _, err := ReadGold(path); err == nil {
			t.Errorf("ReadGold(%s) gave no error", path)
		}
	}
	good := filepath.Join(dir, "good.json")
	data := `{"doc": "x", "dct": "2025-08-06", "events": [{"date": "2025-04", "mod": "END", "trigger": "attack",
		"type": "attack", "participants": [], "location": null, "sentence": "S.", "optional": true}]}`
	if err := os.WriteFile(good, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := ReadGold(good)
	if err != nil {
		t.Fatal(err)
	}
	if g.Doc != "x" || g.DCT != "2025-08-06" || len(g.Events) != 1 || !g.Events[0].Optional || g.Events[0].Mod != "END" || g.Events[0].Location != "" {
		t.Errorf("ReadGold = %+v", g)
	}
}

// devDir is the public dev set of gold timelines, outside the repository.
const devDir = "../../shared/data/timelines/dev"

func TestScoreGoldAgainstItself(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(devDir, "*.json"))
	if len(paths) == 0 {
		t.Skipf("no gold timelines in %s", devDir)
	}
	var golds []Gold
	for _, p := range paths {
		g, err := ReadGold(p)
		if err != nil {
			t.Fatal(err)
		}
		golds = append(golds, g)
	}
	convert := func(withOptional, build bool) [][]timeline.Event {
		var systems [][]timeline.Event
		for _, g := range golds {
			var es []timeline.Event
			for _, ge := range g.Events {
				if withOptional || !ge.Optional {
					es = append(es, ge.Event())
				}
			}
			if build {
				es = timeline.Build(timeline.Document{ID: g.Doc}, es).Events
			}
			systems = append(systems, es)
		}
		return systems
	}
	tests := []struct {
		name                string
		withOptional, build bool
	}{
		{"required events in gold order", false, false},
		{"all events in gold order", true, false},
		{"all events ordered by Build", true, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			r := Score(golds, convert(tc.withOptional, tc.build))
			c := r.Total
			if c.FP != 0 || c.FN != 0 || c.TP == 0 {
				var b bytes.Buffer
				r.WriteDetails(&b)
				t.Errorf("TP %d FP %d FN %d, want no errors:\n%s", c.TP, c.FP, c.FN, b.String())
			}
			for name, got := range map[string]float64{
				"F1": c.F1(), "date": c.DateAccuracy(), "type": c.TypeAccuracy(),
				"participants": c.ParticipantRecall(), "order": c.OrderAgreement(),
			} {
				if got != 1 {
					var b bytes.Buffer
					r.WriteText(&b)
					t.Errorf("%s = %.3f, want 1\n%s", name, got, b.String())
				}
			}
			if c.Concordant == 0 {
				t.Error("no ordered pairs were compared")
			}
		})
	}
}
