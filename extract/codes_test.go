package extract

import (
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/timeline"
)

func TestRoleAt(t *testing.T) {
	clinton := "USAELI|USAGOV:19930120-20010120|USAELI:19640101-19930120"
	tests := []struct {
		entry, day, want string
	}{
		{"", "19980301", ""},
		{"IGOUNO", "", "IGOUNO"},
		{clinton, "19980301", "USAGOV"},
		{clinton, "19800101", "USAELI"},
		{clinton, "", "USAELI"},
		{"RUSELI:19991231-20070423|RUSGOV:19910710-19991231", "19970430", "RUSGOV"},
		{"RUSELI:19991231-20070423|RUSGOV:19910710-19991231", "20250101", "RUSELI"},
		{"IGOUNO:20070101-|KORGOVBUS:2004017-20061201", "20100101", "IGOUNO"},
	}
	for _, tc := range tests {
		if got := roleAt(tc.entry, tc.day); got != tc.want {
			t.Errorf("roleAt(%q, %q) = %q, want %q", tc.entry, tc.day, got, tc.want)
		}
	}
}

func TestAgent(t *testing.T) {
	ex := mustNew(t)
	for title, want := range map[string]string{
		"Foreign Minister": "GOV", "Deputy Prime Minister and Foreign Minister": "GOV", "Secretary of State": "GOV",
		"President": "GOV", "Army Chief": "MIL", "Field Marshal, Army Chief": "MIL", "Ambassador": "GOV", "Mr.": "", "": "",
	} {
		if got := ex.Agent(title); got != want {
			t.Errorf("Agent(%q) = %q, want %q", title, got, want)
		}
	}
}

// TestCodes checks the codes of participants and locations: ISO country
// codes, and CAMEO actor codes from a title, a country, a group noun, the
// dictionaries, and the kind of an organisation.
func TestCodes(t *testing.T) {
	ex := mustNew(t)
	text := "On Monday, Pakistani Foreign Minister Ishaq Dar met US Secretary of State Marco Rubio in Geneva. " +
		"On Tuesday, Pakistani forces launched an operation in Gaza City. On Wednesday, the United Nations held talks in Brussels."
	res := mustExtract(t, ex, text, refDay("2025-08-06"))
	got := map[string]timeline.Entity{}
	var locs []string
	for _, e := range res.Events {
		for _, p := range e.Participants {
			got[p.Text] = p
		}
		if e.Location != nil {
			locs = append(locs, e.Location.Text+"="+e.Location.Country+"/"+e.Location.CountryCode)
		}
	}
	want := map[string][3]string{
		"Ishaq Dar":        {"Pakistan", "PAK", "PAKGOV"},
		"Marco Rubio":      {"United States", "USA", "USAGOV"},
		"United Nations":   {"", "", "IGOUNO"},
		"Pakistani forces": {"Pakistan", "PAK", "PAKMIL"},
	}
	for text, w := range want {
		p, ok := got[text]
		if !ok {
			t.Errorf("no participant %q among %v", text, got)
			continue
		}
		if p.Country != w[0] || p.CountryCode != w[1] || p.ActorCode != w[2] {
			t.Errorf("%s: country %q %q, actor %q; want %q", text, p.Country, p.CountryCode, p.ActorCode, w)
		}
	}
	all := strings.Join(locs, " ")
	for _, w := range []string{"Geneva=Switzerland/CHE", "Gaza City=Palestine/PSE", "Brussels=Belgium/BEL"} {
		if !strings.Contains(all, w) {
			t.Errorf("locations %q lack %s", all, w)
		}
	}
}

// TestActorTableIsTheMap checks the actor table against what a map of the
// actor rows, filled in file order, gives for every name in the file (a
// name with two rows: the later), and that a name not there finds nothing.
func TestActorTableIsTheMap(t *testing.T) {
	c := newCodeBook()
	if err := c.loadActors(); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	err := readTable("actors.tsv", 3, func(f []string) {
		if f[0] == "actor" {
			want[upperName(f[1])] = f[2]
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(want) < 20000 {
		t.Fatalf("%d actor names in actors.tsv, want over 20,000", len(want))
	}
	for name, codes := range want {
		if got := c.actors.codes(name); got != codes {
			t.Errorf("codes(%q) = %q, want %q", name, got, codes)
		}
	}
	for _, name := range []string{"", "A", "ZZZZ ZZZZ", "MOHAMMED", "BARACK OBAMA X"} {
		if got := c.actors.codes(name); got != want[name] {
			t.Errorf("codes(%q) = %q, want %q", name, got, want[name])
		}
	}
}
