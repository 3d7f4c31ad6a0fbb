package extract

import (
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestTagEntities(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  []string // "kind:text=canonical", in text order; time mentions left out
		never []string // prefixes of "kind:text" that must not appear
	}{
		{"titles and countries",
			"US Secretary of State Marco Rubio met Pakistani officials.",
			[]string{"country:US=United States", "person:Marco Rubio=Marco Rubio", "country:Pakistani=Pakistan"}, nil},
		{"aliases within a document",
			"Army Chief Asim Munir arrived in Washington. Gen. Munir later met Trump. Munir left.",
			[]string{"person:Asim Munir=Asim Munir", "city:Washington=Washington", "person:Munir=Asim Munir", "person:Munir=Asim Munir"}, nil},
		{"a state councillor is an office",
			"Chinese State Councilor Wu Lianfeng arrived in Oslo.",
			[]string{"country:Chinese=China", "person:Wu Lianfeng=Wu Lianfeng", "city:Oslo=Oslo"}, nil},
		{"a capital in the possessive acts for its state, even after of",
			"The agency warned of Moscow's threat to the border and of the cost of life in Nairobi.",
			[]string{"country:Moscow=Russia", "city:Nairobi=Nairobi"}, nil},
		{"a name of two words that runs into a hyphen",
			"United States-led talks and South Korea-based firms drew Saudi-backed envoys.",
			[]string{"country:United States=United States", "country:South Korea=South Korea", "country:Saudi=Saudi Arabia"}, nil},
		{"a city that is also a given name, before a name, is a person's",
			"The coup against elected president Salvador Allende shook Florence and Austin.",
			[]string{"person:Salvador Allende=Salvador Allende"}, []string{"city:Salvador"}},
		{"a rank before a longer title",
			"Chilean Assistant Secretary of State Ana Ruiz met Acting Defence Minister Tomas Berg in Oslo.",
			[]string{"country:Chilean=Chile", "person:Ana Ruiz=Ana Ruiz", "person:Tomas Berg=Tomas Berg", "city:Oslo=Oslo"}, nil},
		{"a titled name with its family name first",
			"Chinese Premier Wu Lianfeng arrived in Oslo. Wu met the king.",
			[]string{"country:Chinese=China", "person:Wu Lianfeng=Wu Lianfeng", "city:Oslo=Oslo", "person:Wu=Wu Lianfeng"}, nil},
		{"possessive and organisation acronym",
			"Kenya’s envoy briefed NATO and the U.N. Security Council.",
			[]string{"country:Kenya=Kenya", "organization:NATO=NATO"}, nil},
		{"building after at",
			"The two leaders lunched at the White House.",
			[]string{"facility:White House=White House"}, nil},
		{"all-caps dateline",
			"NAIROBI (AP) - Police said the blast hit a market.",
			[]string{"city:NAIROBI=Nairobi"}, nil},
		{"months and sentence starts are not names",
			"In June, May said nothing. The Minister will decide.",
			nil, nil},
		{"a capital acting for its country",
			"Islamabad strongly denied the claim, and ties with Washington improved.",
			[]string{"country:Islamabad=Pakistan", "country:Washington=United States"}, nil},
		{"a capital that delegations come from acts for its country",
			"Delegations from Washington met in Riyadh.",
			[]string{"country:Washington=United States", "city:Riyadh=Riyadh"}, nil},
		{"a capital as a place",
			"The delegation arrived in Islamabad on Monday.",
			[]string{"city:Islamabad=Islamabad"},
			[]string{"country:Islamabad"}},
		{"a list of names",
			"Pierre Dumont , Hans Keller , Luis Ortega",
			[]string{"person:Pierre Dumont=Pierre Dumont", "person:Hans Keller=Hans Keller", "person:Luis Ortega=Luis Ortega"}, nil},
		{"title-case headline",
			"Ishaq Dar and Marco Rubio met.\nDar, Rubio Discuss Tariffs as Aurangzeb Heads to US",
			[]string{"person:Dar=Ishaq Dar", "person:Rubio=Marco Rubio", "country:US=United States"},
			[]string{"person:Aurangzeb Heads", "person:Rubio Discuss"}},
		{"byline",
			"Kofi Mensah is a Senior Correspondent at the Coastal Herald.",
			[]string{"person:Kofi Mensah=Kofi Mensah", "organization:Coastal Herald=Coastal Herald"},
			[]string{"person:Senior"}},
		{"organisations after a place and with of",
			"Shares fell on the Tokyo Stock Exchange before the Federation of Kenyan Farmers met.",
			[]string{"organization:Tokyo Stock Exchange=Tokyo Stock Exchange", "organization:Federation of Kenyan Farmers=Federation of Kenyan Farmers"}, nil},
		{"teams by their score",
			"Kelso beat Marbury 3-1 on Saturday. Kelso play next week.",
			[]string{"organization:Kelso=Kelso", "organization:Marbury=Marbury"}, nil},
		{"clubs",
			"Real Madrid and Bristol City both lost.",
			[]string{"organization:Real Madrid=Real Madrid", "organization:Bristol City=Bristol City"}, nil},
		{"initials and a given name before a place name",
			"C. Tamsin took four wickets and Michael Jordan watched.",
			[]string{"person:C. Tamsin=C. Tamsin", "person:Michael Jordan=Michael Jordan"}, nil},
		{"company names with suffixes, ampersands and places inside",
			"Analysts at First Albany Corp. and Schroder Wertheim & Co said Reuters Ottawa Bureau had the figures.",
			[]string{"organization:First Albany Corp.=First Albany Corp.", "organization:Schroder Wertheim & Co=Schroder Wertheim & Co",
				"organization:Reuters Ottawa Bureau=Reuters Ottawa Bureau"},
			[]string{"city:Albany", "person:Schroder"}},
		{"acronyms acting in running text",
			"An EOE spokesman said the CFDT union expects GDP to grow.\nISLAMABAD (TDI) - Talks began.",
			[]string{"organization:EOE=EOE", "organization:CFDT=CFDT"},
			[]string{"organization:GDP", "organization:TDI"}},
		{"clubs in a sports report",
			"Essex beat Kent by five wickets in the championship match at Chelmsford while Juventus drew and the Cubs lost in the ninth inning.",
			[]string{"organization:Essex=Essex", "organization:Kent=Kent", "organization:Juventus=Juventus", "organization:Cubs=Cubs"}, nil},
		{"an organisation keeps its name through the document",
			"COFINEC PROFIT FALLS SHARPLY ON WEAK SALES\nShares in Cofinec S.A. fell on Friday. Cofinec said sales were weak.",
			[]string{"organization:COFINEC=Cofinec S.A.", "organization:Cofinec S.A.=Cofinec S.A.", "organization:Cofinec=Cofinec S.A."},
			[]string{"person:Cofinec"}},
		{"operation names are not people",
			"Troops launched Operation Desert Lantern at dawn.",
			nil, nil},
	}
	ex := mustNew(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := mustExtract(t, ex, tc.text, refDay("2025-08-06"))
			checkResult(t, tc.text, res)
			var got []string
			for _, m := range res.Mentions {
				if m.Kind == KindTime {
					continue
				}
				got = append(got, m.Kind+":"+m.Text+"="+m.Canonical)
			}
			for _, w := range tc.want {
				if !contains(got, w) {
					t.Errorf("missing %s in %q", w, got)
				}
			}
			for _, g := range got {
				for _, bad := range tc.never {
					if strings.HasPrefix(g, bad) {
						t.Errorf("unwanted %s in %q", g, got)
					}
				}
			}
			if tc.want == nil && len(got) > 0 {
				t.Errorf("want no entities, got %q", got)
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func TestRoleIsKeptApartFromName(t *testing.T) {
	ex := mustNew(t)
	text := "Deputy Prime Minister Mohammad Ishaq Dar spoke with Ambassador Rizwan Saeed Sheikh."
	res := mustExtract(t, ex, text, refDay("2025-08-06"))
	roles := map[string]string{}
	for _, m := range res.Mentions {
		if m.Kind == KindPerson {
			roles[m.Text] = m.Title
		}
	}
	if roles["Mohammad Ishaq Dar"] != "Deputy Prime Minister" {
		t.Errorf("roles = %q, want Mohammad Ishaq Dar as Deputy Prime Minister", roles)
	}
	if roles["Rizwan Saeed Sheikh"] != "Ambassador" {
		t.Errorf("roles = %q, want Rizwan Saeed Sheikh as Ambassador", roles)
	}
	text = "Deputy Prime Minister and Foreign Minister Mohammad Ishaq Dar called US Secretary of State Marco Rubio."
	res = mustExtract(t, ex, text, refDay("2025-08-06"))
	for _, m := range res.Mentions {
		if m.Kind == KindPerson {
			roles[m.Text] = m.Title
			if m.Text == "Marco Rubio" && m.Country != "United States" {
				t.Errorf("Marco Rubio's country = %q, want United States", m.Country)
			}
		}
	}
	if r := roles["Mohammad Ishaq Dar"]; r != "Deputy Prime Minister and Foreign Minister" {
		t.Errorf("Dar's role = %q, want both offices", r)
	}
	if r := roles["Marco Rubio"]; r != "Secretary of State" {
		t.Errorf("Rubio's role = %q, want Secretary of State", r)
	}
	for name := range roles {
		if strings.Contains(name, "Minister") || strings.Contains(name, "Ambassador") {
			t.Errorf("a title was glued onto the name %q", name)
		}
	}
}

func TestGazetteerLoads(t *testing.T) {
	g, err := loadGazetteer()
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct{ form, kind, canonical string }{
		{"U.S.", KindCountry, "United States"},
		{"Britain", KindCountry, "United Kingdom"},
		{"Israeli", KindCountry, "Israel"},
		{"Kyiv", KindCity, "Kyiv"},
		{"Kiev", KindCity, "Kyiv"},
		{"Gaza Strip", KindRegion, "Gaza"},
		{"International Atomic Energy Agency", KindOrganization, "IAEA"},
	} {
		e, ok := g.names[tokenKey(tc.form)]
		if !ok || e.kind != tc.kind || e.canonical != tc.canonical {
			t.Errorf("%q = %+v, %v; want %s %s", tc.form, e, ok, tc.kind, tc.canonical)
		}
	}
}

func BenchmarkTagEntities(b *testing.B) {
	g, err := loadGazetteer()
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for _, name := range []string{"../testdata/pakistan-us-2025.txt", "../testdata/accra-talks.txt"} {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		sb.Write(data)
		sb.WriteByte('\n')
	}
	text := strings.Repeat(sb.String(), 20)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		// segmentation included, as in Extractor.TagEntities
		g.tagEntities(text, Segment(text))
	}
}

func TestTokenKeyPlainWords(t *testing.T) {
	for _, form := range []string{"New York", "Kenya", "G7", "Abu Dhabi", "a b c", "X1 Y2"} {
		if !plainWords(form) {
			t.Errorf("plainWords(%q) = false", form)
		}
		var toks []string
		for _, s := range Segment(form) {
			for _, tok := range s.Tokens {
				toks = append(toks, tok.Text)
			}
		}
		if got := strings.Join(toks, " "); got != form {
			t.Errorf("Segment joins %q as %q", form, got)
		}
	}
	for _, form := range []string{"", " x", "x ", "a  b", "U.S.", "Côte d'Ivoire", "Guinea-Bissau"} {
		if plainWords(form) {
			t.Errorf("plainWords(%q) = true", form)
		}
	}
}

func TestPlainUpper(t *testing.T) {
	for _, name := range []string{"17 NOVEMBER", "AL-QAEDA", "", "A", "MOHAMMED ALI", "MOHAMMAD. X", "Kenya", "A  B", " A", "A ",
		"A\tB", "ÉLYSÉE", "MUHAMMED", "US SECRETARY OF STATE"} {
		if plainUpper(name) && upperName(name) != name {
			t.Errorf("plainUpper(%q) but upperName gives %q", name, upperName(name))
		}
	}
	if !plainUpper("17 NOVEMBER") || plainUpper("MOHAMMED ALI") {
		t.Error("plainUpper misjudges the usual names")
	}
	for name, want := range map[string]string{"Barack Obama": "BARACK OBAMA", "Mohammed  Ali": "MUHAMMAD ALI",
		" ishaq dar ": "ISHAQ DAR", "Élysée": "ÉLYSÉE", "Mohamed Morsi": "MUHAMMAD MORSI", "MUHAMMAD ALI": "MUHAMMAD ALI"} {
		if got := upperName(name); got != want {
			t.Errorf("upperName(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestPossessiveCountryTail holds possessiveCountry's search of the end of
// the text to the search of all of it.
func TestPossessiveCountryTail(t *testing.T) {
	ex := mustNew(t)
	g := ex.gaz
	whole := func(text string, m Mention) string { // the plain definition
		before := text[:m.Span.Start]
		i := strings.LastIndex(before, m.Title)
		if i < 0 || len(strings.TrimSpace(before[i+len(m.Title):])) > 1 {
			return ""
		}
		words := strings.Fields(before[:i])
		if len(words) == 0 {
			return ""
		}
		w := strings.TrimSuffix(strings.TrimSuffix(words[len(words)-1], "'s"), "’s")
		if e, ok := g.names[w]; ok && e.kind == KindCountry && w != words[len(words)-1] {
			return e.canonical
		}
		return ""
	}
	texts := []string{"Pakistan’s Ambassador Rizwan Saeed Sheikh", "Pakistan's Ambassador  \n Rizwan", "Pakistan's Ambassador, Rizwan",
		"Pakistan's Ambassador ’ Rizwan", "Ambassador Rizwan", "Kenya's envoy, Ambassador x Ambassador Rizwan",
		"  Ghana's Ambassador\tRizwan", "India's Ambassador é Rizwan", "France's ambassador Rizwan"}
	for _, text := range texts {
		start := strings.LastIndex(text, "Rizwan")
		for _, title := range []string{"Ambassador", "ambassador", "", "envoy", "Rizwan"} {
			m := Mention{Kind: KindPerson, Title: title, Span: Span{Start: start, End: len(text)}}
			if got, want := g.possessiveCountry(text, m), whole(text, m); got != want {
				t.Errorf("%q, title %q: %q, want %q", text, title, got, want)
			}
		}
		for p := 0; p <= len(text); p++ {
			if !utf8.RuneStart(text[p%len(text)]) && p < len(text) {
				continue
			}
			got := tailStart(text[:p])
			if n := len(strings.TrimSpace(text[got:p])); n > 1 || got > 0 && len(strings.TrimSpace(text[got-1:p])) <= 1 && utf8.RuneStart(text[got-1]) {
				t.Errorf("tailStart(%q) = %d", text[:p], got)
			}
		}
	}
}

// TestLocationCoordinates: a located event carries its city's coordinates,
// or its country's centre, from gazetteer/coords.tsv.
func TestLocationCoordinates(t *testing.T) {
	ex := mustNew(t)
	tests := []struct {
		text     string
		lat, lon float64
	}{
		{"The ministers met in Geneva on Monday.", 46.2022, 6.1457},
		{"Troops deployed in Switzerland on Monday.", 47, 8},
	}
	for _, tc := range tests {
		res := mustExtract(t, ex, tc.text, refDay("2025-08-06"))
		found := false
		for _, e := range res.Events {
			if l := e.Location; l != nil && l.Lat != nil && l.Lon != nil {
				found = true
				if *l.Lat != tc.lat || *l.Lon != tc.lon {
					t.Errorf("%q: location %s at %v,%v, want %v,%v", tc.text, l.Text, *l.Lat, *l.Lon, tc.lat, tc.lon)
				}
			}
		}
		if !found {
			t.Errorf("%q: no located event with coordinates: %+v", tc.text, res.Events)
		}
	}
}

// The quick test before the sport-word map lets every sport word through,
// in any case, and stops most other words.
func TestMaybeSportWord(t *testing.T) {
	for w := range sportWords {
		for _, form := range []string{w, strings.ToUpper(w[:1]) + w[1:], strings.ToUpper(w)} {
			if !maybeSportWord(form) {
				t.Errorf("maybeSportWord(%q) = false", form)
			}
		}
	}
	stopped := 0
	words := strings.Fields("the talks between the two ministers ended without agreement on Sunday but both sides agreed to meet again next week according to a statement")
	for _, w := range words {
		if !maybeSportWord(w) {
			stopped++
		}
	}
	if stopped < len(words)*3/4 {
		t.Errorf("maybeSportWord stops %d of %d news words, want most", stopped, len(words))
	}
}

func TestFunctionWord(t *testing.T) {
	for in, want := range map[string]string{"The": "the", "WHEN": "when", "although": "although", "Kenya": "Kenya", ",": ",", "Its": "its", "ITS": "its", "According": "according", "AS": "as", "Over": "over"} {
		if got := functionWord(in); got != want {
			t.Errorf("functionWord(%q) = %q, want %q", in, got, want)
		}
	}
	if n := testing.AllocsPerRun(100, func() { _, _ = functionWord("Because"), functionWord("Nairobi") }); n > 0 {
		t.Errorf("functionWord allocates %v times", n)
	}
}

// TestOneLine checks oneLine against what it stands for: the text's
// fields joined by single spaces.
func TestOneLine(t *testing.T) {
	for _, s := range []string{"", " ", "a", "a b", " a b", "a b ", "a  b", "a\tb", "a\nb", "a \nb",
		"“Talks” resumed", "a\u00a0b", "a \u2003b", "caf\u00e9 au lait", "x\u200bz", "\xff a", "end.\r\n"} {
		if got, want := oneLine(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestLastField(t *testing.T) {
	for _, s := range []string{"", " ", "Dar", "Ishaq Dar", " Ishaq  Dar ", "Ishaq\nDar", "Jean\u00a0Dupont", "Ngozi Okonjo-Iweala"} {
		f := strings.Fields(s)
		want := ""
		if len(f) > 0 {
			want = f[len(f)-1]
		}
		if got := lastField(s); got != want {
			t.Errorf("lastField(%q) = %q, want %q", s, got, want)
		}
	}
}

func TestWordPrefixes(t *testing.T) {
	for s, want := range map[string][]string{"": nil, "Minister": nil, "Secretary of State": {"Secretary", "Secretary of"}} {
		if got := slices.Collect(wordPrefixes(s)); !slices.Equal(got, want) {
			t.Errorf("wordPrefixes(%q) = %q, want %q", s, got, want)
		}
	}
}
