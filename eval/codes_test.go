package eval

import (
	"bytes"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/timeline"
)

func TestCodeCoverage(t *testing.T) {
	events := []timeline.Event{
		{ID: "e1", Location: &timeline.Entity{Text: "Geneva", Kind: "city", CountryCode: "CHE"},
			Participants: []timeline.Entity{
				{Text: "Pakistan", Kind: "country", ActorCode: "PAK"},
				{Text: "Dar", Kind: "person", Canonical: "Dar", ActorCode: "PAKGOV"},
				{Text: "Smith", Kind: "person", Canonical: "Smith"}, // no office: not counted
			}},
		{ID: "e2", Location: &timeline.Entity{Text: "Black Sea", Kind: "place"},
			Participants: []timeline.Entity{{Text: "Munir", Kind: "person", Canonical: "Munir"}}},
	}
	officials := map[string]bool{"Dar": true, "Munir": true}
	var c CodeCoverage
	c.Add("doc", events, func(p timeline.Entity) bool { return officials[p.Canonical] })
	if c.Located != 2 || c.LocatedCoded != 1 || c.Actors != 3 || c.ActorsCoded != 2 {
		t.Errorf("coverage = %+v", c)
	}
	var b bytes.Buffer
	c.WriteText(&b, true)
	for _, want := range []string{`doc: e2: location "Black Sea"`, `doc: e2: actor "Munir"`, "0.500", "0.667"} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("report lacks %q:\n%s", want, b.String())
		}
	}
}
