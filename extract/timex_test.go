package extract

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// timexRef is the reference date of the tests: Wednesday 6 August 2025.
var timexRef = time.Date(2025, 8, 6, 0, 0, 0, 0, time.UTC)

// wantTimex is one expected expression; Anchor and Shift are checked too.
type wantTimex struct {
	Text, Type, Value, Mod string
	Anchor                 TimexAnchor
	Shift                  Shift
}

func TestTimexTag(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantTimex // all expressions of text, in order
	}{
		// Explicit dates.
		{"month day", "On May 10 the army struck.", []wantTimex{{"May 10", "DATE", "2025-05-10", "", AnchorRef, Shift{}}}},
		{"day month year", "The talks ended on 10 May 2025.", []wantTimex{{"10 May 2025", "DATE", "2025-05-10", "", AnchorAbsolute, Shift{}}}},
		{"ordinal day", "He arrived May 10th.", []wantTimex{{"May 10th", "DATE", "2025-05-10", "", AnchorRef, Shift{}}}},
		{"month day year", "It was signed on May 10, 2025, in Doha.", []wantTimex{{"May 10, 2025", "DATE", "2025-05-10", "", AnchorAbsolute, Shift{}}}},
		{"abbreviated past", "The vote was held Sept. 3.", []wantTimex{{"Sept. 3", "DATE", "2024-09-03", "", AnchorRef, Shift{}}}},
		{"abbreviated recent", "He left Aug. 2 for Cairo.", []wantTimex{{"Aug. 2", "DATE", "2025-08-02", "", AnchorRef, Shift{}}}},
		{"abbreviated future", "The summit will open Nov. 25.", []wantTimex{{"Nov. 25", "DATE", "2025-11-25", "", AnchorRef, Shift{}}}},
		{"no tense nearest", "The dividend is payable Feb. 23 to holders.", []wantTimex{{"Feb. 23", "DATE", "2025-02-23", "", AnchorRef, Shift{}}}},
		{"iso date", "Posted 2025-05-10 by staff.", []wantTimex{{"2025-05-10", "DATE", "2025-05-10", "", AnchorAbsolute, Shift{}}}},
		{"year", "She was born in 1977.", []wantTimex{{"1977", "DATE", "1977", "", AnchorAbsolute, Shift{}}}},
		{"year modifier", "After the 1990 invasion, prices rose.", []wantTimex{{"1990", "DATE", "1990", "", AnchorAbsolute, Shift{}}}},
		{"decade", "Trade grew in the 1990s.", []wantTimex{{"1990s", "DATE", "199", "", AnchorAbsolute, Shift{}}}},
		{"apostrophe decade", "It was a hit in the '80s.", []wantTimex{{"'80s", "DATE", "198", "", AnchorAbsolute, Shift{}}}},
		{"decade without the", "Its 1970s models sold well.", []wantTimex{{"1970s", "DATE", "197", "", AnchorAbsolute, Shift{}}}},
		{"century", "It was the worst war of the 20th century.", []wantTimex{{"the 20th century", "DATE", "19", "", AnchorAbsolute, Shift{}}}},
		{"month and year", "The plant closed in July 1997.", []wantTimex{{"July 1997", "DATE", "1997-07", "", AnchorAbsolute, Shift{}}}},

		// Months, seasons, quarters, weekends, edges.
		{"bare month past", "They met in April.", []wantTimex{{"April", "DATE", "2025-04", "", AnchorRef, Shift{}}}},
		{"bare month future", "They will meet in April.", []wantTimex{{"April", "DATE", "2026-04", "", AnchorRef, Shift{}}}},
		{"last month name", "Prices rose last August.", []wantTimex{{"last August", "DATE", "2024-08", "", AnchorRef, Shift{}}}},
		{"last month name this year", "Prices rose last June.", []wantTimex{{"last June", "DATE", "2025-06", "", AnchorRef, Shift{}}}},
		{"month last year", "The deal was struck in June last year.", []wantTimex{{"June last year", "DATE", "2024-06", "", AnchorRef, Shift{}}}},
		{"month this year", "Exports fell in January this year.", []wantTimex{{"January this year", "DATE", "2025-01", "", AnchorRef, Shift{}}}},
		{"back in", "Back in June, the two sides agreed.", []wantTimex{{"June", "DATE", "2025-06", "", AnchorRef, Shift{}}}},
		{"this summer", "Tourism boomed this summer.", []wantTimex{{"this summer", "DATE", "2025-SU", "", AnchorRef, Shift{}}}},
		{"season of year", "It rained in the summer of 1990.", []wantTimex{{"the summer of 1990", "DATE", "1990-SU", "", AnchorAbsolute, Shift{}}}},
		{"quarter", "Profits fell in the second quarter.", []wantTimex{{"the second quarter", "DATE", "2025-Q2", "", AnchorRef, Shift{}}}},
		{"hyphenated quarter", "It posted a third-quarter loss.", []wantTimex{{"third-quarter", "DATE", "2025-Q3", "", AnchorRef, Shift{}}}},
		{"half of year", "Sales doubled in the first half of 2024.", []wantTimex{{"the first half of 2024", "DATE", "2024-H1", "", AnchorAbsolute, Shift{}}}},
		{"weekend", "Fighting flared over the weekend.", []wantTimex{{"the weekend", "DATE", "2025-W31-WE", "", AnchorRef, Shift{}}}},
		{"mid year", "The reform began in mid-1996.", []wantTimex{{"mid-1996", "DATE", "1996", "MID", AnchorAbsolute, Shift{}}}},
		{"late month", "That crisis had erupted in late April.", []wantTimex{{"late April", "DATE", "2025-04", "END", AnchorRef, Shift{}}}},
		{"early month", "Strikes began in early May.", []wantTimex{{"early May", "DATE", "2025-05", "START", AnchorRef, Shift{}}}},
		{"end of month", "Troops left at the end of March.", []wantTimex{{"the end of March", "DATE", "2025-03", "END", AnchorRef, Shift{}}}},
		{"beginning of year", "Talks stalled at the beginning of 2024.", []wantTimex{{"the beginning of 2024", "DATE", "2024", "START", AnchorAbsolute, Shift{}}}},

		// Weekdays and times of day.
		{"weekday past", "He spoke on Tuesday.", []wantTimex{{"Tuesday", "DATE", "2025-08-05", "", AnchorRef, Shift{}}}},
		{"weekday is ref", "Officials said Wednesday the road was open.", []wantTimex{{"Wednesday", "DATE", "2025-08-06", "", AnchorRef, Shift{}}}},
		{"weekday future", "The ministers will meet on Friday.", []wantTimex{{"Friday", "DATE", "2025-08-08", "", AnchorRef, Shift{}}}},
		{"weekday set to", "Talks are set to resume Monday.", []wantTimex{{"Monday", "DATE", "2025-08-11", "", AnchorRef, Shift{}}}},
		{"weekday morning", "The attack came Friday morning.", []wantTimex{{"Friday morning", "TIME", "2025-08-01TMO", "", AnchorRef, Shift{}}}},
		{"last weekday", "They voted last Friday.", []wantTimex{{"last Friday", "DATE", "2025-08-01", "", AnchorRef, Shift{}}}},
		{"clock time", "The blast occurred at 10:35 a.m. Friday.", []wantTimex{{"10:35 a.m. Friday", "TIME", "2025-08-01T10:35", "", AnchorRef, Shift{}}}},
		{"noon", "The deadline passed at noon.", []wantTimex{{"noon", "TIME", "2025-08-06T12:00", "", AnchorRef, Shift{}}}},

		// Relative to the reference date.
		{"today", "The envoy arrives today.", []wantTimex{{"today", "DATE", "2025-08-06", "", AnchorRef, Shift{}}}},
		{"tonight", "He will speak tonight.", []wantTimex{{"tonight", "TIME", "2025-08-06TNI", "", AnchorRef, Shift{}}}},
		{"yesterday", "Markets fell yesterday.", []wantTimex{{"yesterday", "DATE", "2025-08-05", "", AnchorRef, Shift{}}}},
		{"tomorrow", "Polls open tomorrow.", []wantTimex{{"tomorrow", "DATE", "2025-08-07", "", AnchorRef, Shift{}}}},
		{"overnight", "Rockets hit the city overnight.", []wantTimex{{"overnight", "DATE", "2025-08-06", "", AnchorRef, Shift{}}}},
		{"this morning", "The minister resigned this morning.", []wantTimex{{"this morning", "TIME", "2025-08-06TMO", "", AnchorRef, Shift{}}}},
		{"later in the day", "He flew home later in the day.", []wantTimex{{"later in the day", "DATE", "2025-08-06", "END", AnchorRef, Shift{}}}},
		{"last week", "Just last week, the two spoke.", []wantTimex{{"last week", "DATE", "2025-W31", "", AnchorRef, Shift{}}}},
		{"this week", "The court ruled this week.", []wantTimex{{"this week", "DATE", "2025-W32", "", AnchorRef, Shift{}}}},
		{"next week", "A vote is due next week.", []wantTimex{{"next week", "DATE", "2025-W33", "", AnchorRef, Shift{}}}},
		{"last month", "Last month the ban ended.", []wantTimex{{"Last month", "DATE", "2025-07", "", AnchorRef, Shift{}}}},
		{"this month", "Rates rose this month.", []wantTimex{{"this month", "DATE", "2025-08", "", AnchorRef, Shift{}}}},
		{"last year", "Growth slowed last year.", []wantTimex{{"last year", "DATE", "2024", "", AnchorRef, Shift{}}}},
		{"next year", "Elections are due next year.", []wantTimex{{"next year", "DATE", "2026", "", AnchorRef, Shift{}}}},
		{"weeks ago", "The truce collapsed two weeks ago.", []wantTimex{{"two weeks ago", "DATE", "2025-W30", "", AnchorRef, Shift{}}}},
		{"six weeks ago", "He took office six weeks ago.", []wantTimex{{"six weeks ago", "DATE", "2025-W26", "", AnchorRef, Shift{}}}},
		{"days ago", "The rifle was found 10 days ago.", []wantTimex{{"10 days ago", "DATE", "2025-07-27", "", AnchorRef, Shift{}}}},
		{"year ago", "A year ago, the border was shut.", []wantTimex{{"A year ago", "DATE", "2024", "", AnchorRef, Shift{}}}},
		{"nearly years ago", "The war ended nearly four years ago.", []wantTimex{{"nearly four years ago", "DATE", "2021", "APPROX", AnchorRef, Shift{}}}},
		{"or so ago", "They met a week or so ago.", []wantTimex{{"a week or so ago", "DATE", "2025-W31", "APPROX", AnchorRef, Shift{}}}},
		{"earlier weekday", "Earlier Sunday, police clashed with protesters.", []wantTimex{{"Earlier Sunday", "DATE", "2025-08-03", "", AnchorRef, Shift{}}}},
		{"deadline weekday", "He was given until Tuesday to sign.", []wantTimex{{"Tuesday", "DATE", "2025-08-12", "", AnchorRef, Shift{}}}},
		{"deadline date", "They must leave by Jan. 14.", []wantTimex{{"Jan. 14", "DATE", "2026-01-14", "", AnchorRef, Shift{}}}},
		{"earlier this month", "Earlier this month, rebels took the town.", []wantTimex{{"Earlier this month", "DATE", "2025-08", "START", AnchorRef, Shift{}}}},
		{"previous day", "He had arrived the previous day.", []wantTimex{{"the previous day", "DATE", "2025-08-05", "", AnchorEvent, Shift{-1, 'D'}}}},
		{"day before", "Talks had failed the day before.", []wantTimex{{"the day before", "DATE", "2025-08-05", "", AnchorEvent, Shift{-1, 'D'}}}},

		// Anchored on an event of the narrative.
		{"within days", "A ceasefire followed within days.", []wantTimex{{"within days", "DATE", "XXXX-XX-XX", "", AnchorEvent, Shift{3, 'D'}}}},
		{"days later", "Days later, the army withdrew.", []wantTimex{{"Days later", "DATE", "XXXX-XX-XX", "", AnchorEvent, Shift{3, 'D'}}}},
		{"a day later", "A day later, he resigned.", []wantTimex{{"A day later", "DATE", "XXXX-XX-XX", "", AnchorEvent, Shift{1, 'D'}}}},
		{"next day", "The next day, talks resumed.", []wantTimex{{"The next day", "DATE", "XXXX-XX-XX", "", AnchorEvent, Shift{1, 'D'}}}},
		{"following week", "The following week, aid arrived.", []wantTimex{{"The following week", "DATE", "XXXX-WXX", "", AnchorEvent, Shift{1, 'W'}}}},
		{"following month", "Parliament approved it the following month.", []wantTimex{{"the following month", "DATE", "XXXX-XX", "", AnchorEvent, Shift{1, 'M'}}}},
		{"week after", "Protests began a week after the attack.", []wantTimex{{"a week", "DURATION", "P1W", "", AnchorEvent, Shift{1, 'W'}}}},
		{"days before", "He fled two days before the vote.", []wantTimex{{"two days", "DURATION", "P2D", "", AnchorEvent, Shift{-2, 'D'}}}},

		// Durations.
		{"duration", "The siege lasted three days.", []wantTimex{{"three days", "DURATION", "P3D", "", AnchorVague, Shift{}}}},
		{"hyphen duration", "He began a four-day visit.", []wantTimex{{"four-day", "DURATION", "P4D", "", AnchorVague, Shift{}}}},
		{"hours", "They held a two-hour meeting.", []wantTimex{{"two-hour", "DURATION", "PT2H", "", AnchorVague, Shift{}}}},
		{"years", "He served two years in jail.", []wantTimex{{"two years", "DURATION", "P2Y", "", AnchorVague, Shift{}}}},
		{"a week", "The border stayed shut for a week.", []wantTimex{{"a week", "DURATION", "P1W", "", AnchorVague, Shift{}}}},
		{"bare plural", "The talks dragged on for days.", []wantTimex{{"days", "DURATION", "PXD", "", AnchorVague, Shift{}}}},
		{"more than", "The strike lasted more than two weeks.", []wantTimex{{"more than two weeks", "DURATION", "P2W", "MORE_THAN", AnchorVague, Shift{}}}},
		{"past years", "Output fell over the past two years.", []wantTimex{{"the past two years", "DURATION", "P2Y", "", AnchorVague, Shift{}}}},

		// Sets.
		{"every weekday", "The council meets every Monday.", []wantTimex{{"every Monday", "SET", "XXXX-WXX-1", "", AnchorVague, Shift{}}}},
		{"annually", "The fair is held annually.", []wantTimex{{"annually", "SET", "P1Y", "", AnchorVague, Shift{}}}},
		{"weekly", "They report weekly.", []wantTimex{{"weekly", "SET", "P1W", "", AnchorVague, Shift{}}}},
		{"daily", "Flights run daily.", []wantTimex{{"daily", "SET", "P1D", "", AnchorVague, Shift{}}}},
		{"rate", "It costs $5 million a year.", []wantTimex{{"a year", "SET", "P1Y", "", AnchorVague, Shift{}}}},

		// Vague references.
		{"now", "The city is now calm.", []wantTimex{{"now", "DATE", "PRESENT_REF", "", AnchorVague, Shift{}}}},
		{"currently", "Currently, 40 ships wait.", []wantTimex{{"Currently", "DATE", "PRESENT_REF", "", AnchorVague, Shift{}}}},
		{"recently", "He recently visited Kabul.", []wantTimex{{"recently", "DATE", "PAST_REF", "", AnchorVague, Shift{}}}},
		{"formerly", "The site was formerly a base.", []wantTimex{{"formerly", "DATE", "PAST_REF", "", AnchorVague, Shift{}}}},
		{"in the past", "Such talks failed in the past.", []wantTimex{{"the past", "DATE", "PAST_REF", "", AnchorVague, Shift{}}}},
		{"in the future", "More aid may come in the future.", []wantTimex{{"the future", "DATE", "FUTURE_REF", "", AnchorVague, Shift{}}}},
		{"recent weeks", "In recent weeks, clashes grew.", []wantTimex{{"recent weeks", "DATE", "PAST_REF", "", AnchorVague, Shift{}}}},

		// Several in one text.
		{"two expressions", "The deal, agreed on Tuesday, takes effect next month.", []wantTimex{
			{"Tuesday", "DATE", "2025-08-05", "", AnchorRef, Shift{}},
			{"next month", "DATE", "2025-09", "", AnchorRef, Shift{}},
		}},

		// False-positive traps: nothing to find.
		{"may the verb", "Officials may meet again. May God help them.", nil},
		{"march the verb", "Thousands march on the capital.", nil},
		{"march sentence start", "March organisers blamed the police.", nil},
		{"one-on-one", "They held a one-on-one meeting.", nil},
		{"the two", "The two sides disagreed.", nil},
		{"bare number", "He counted 1500 at the gate and 2000 troops.", nil},
		{"score", "The home side won 3-2.", nil},
		{"money", "The bridge cost $1990 and 2000 dollars.", nil},
		{"age", "The 37-year-old man, 37 years old, fled.", nil},
		{"phone", "Call 202-555-1990 for details.", nil},
		{"vote count", "The bill passed 2019 to 1500.", nil},
		{"percent", "Turnout was 2000 percent of forecasts.", nil},
		{"independence", "Independence Square was quiet.", nil},
		{"fall the verb", "Prices may fall again.", nil},
		{"tv show", "He spoke on This Week and on 60 Minutes.", nil},
	}
	tg := NewTagger()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tg.Tag(tc.text, nil, timexRef)
			if len(got) != len(tc.want) {
				t.Fatalf("Tag(%q) = %s, want %d expressions", tc.text, fmtTimexes(got), len(tc.want))
			}
			for i, w := range tc.want {
				g := got[i]
				gw := wantTimex{g.Text, g.Type, g.Value, g.Mod, g.Anchor, g.Shift}
				if gw != w {
					t.Errorf("Tag(%q)[%d] = %+v, want %+v", tc.text, i, gw, w)
				}
			}
			checkTimexSpans(t, tc.text, got)
		})
	}
}

func fmtTimexes(ts []Timex) string {
	var b strings.Builder
	b.WriteString("[")
	for i, x := range ts {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(x.Text + " " + x.Type + " " + x.Value + " " + x.Mod)
	}
	b.WriteString("]")
	return b.String()
}

// checkTimexSpans checks that every span lies in text, slices out its Text,
// and that spans are ordered and do not overlap.
func checkTimexSpans(t *testing.T, text string, ts []Timex) {
	t.Helper()
	prev := 0
	for _, x := range ts {
		if x.Span.Start < prev || x.Span.End <= x.Span.Start || x.Span.End > len(text) {
			t.Fatalf("bad span %+v after %d in a text of %d bytes", x.Span, prev, len(text))
		}
		if text[x.Span.Start:x.Span.End] != x.Text {
			t.Fatalf("span %+v slices %q, Text is %q", x.Span, text[x.Span.Start:x.Span.End], x.Text)
		}
		if x.Type == "" || x.Value == "" {
			t.Fatalf("%q has no type or value: %+v", x.Text, x)
		}
		prev = x.Span.End
	}
}

func TestTimexSentences(t *testing.T) {
	text := "He left on May. 10 of them stayed. Sentences bound expressions."
	sents := []Span{{0, 15}, {16, 34}, {35, len(text)}}
	got := NewTagger().Tag(text, sents, timexRef)
	checkTimexSpans(t, text, got)
	for _, x := range got {
		if x.Text == "May. 10" || strings.Contains(x.Text, "10") {
			t.Errorf("expression crosses a sentence boundary: %+v", x)
		}
	}
	// Sentence spans out of range or overlapping are clipped, not trusted.
	got = NewTagger().Tag(text, []Span{{-5, 3}, {2, 100}, {50, 40}}, timexRef)
	checkTimexSpans(t, text, got)
}

func TestTimexSpansOnTBAQ(t *testing.T) {
	docs := readTBAQ(t)
	tg := NewTagger()
	for _, d := range docs {
		checkTimexSpans(t, d.Text, tg.Tag(d.Text, nil, d.DCT))
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"On May 10 the army struck; by Sept. 3 it was over.",
		"mid-1996 the '80s 2025-05-10 10:35 a.m. Friday, Oct. 26, 1998",
		"nineteen ninety-six, the first half of 2024, a year earlier",
		"within days\u00a0\u2019 \xff\xfe May",
		"",
	} {
		f.Add(s)
	}
	tg := NewTagger()
	f.Fuzz(func(t *testing.T, text string) {
		checkTimexSpans(t, text, tg.Tag(text, nil, timexRef))
	})
}

// benchText is news-like text written for the benchmark.
const benchText = `ISLAMABAD: The foreign ministers of the two countries spoke by telephone on Tuesday, a week after a
border clash left at least nine soldiers dead, officials said. The call lasted about an hour.

The clash had erupted in late April, when patrols exchanged fire near a disputed ridge. Talks were held in
early May and again on May 10, 2025, but broke down within days. Since then, both sides have moved troops
closer to the line, and satellite images taken last week show new trenches.

"We want calm," a spokesman said Wednesday, adding that a delegation will travel to the capital next month.
The two governments last signed a border accord in 1998, and a 2003 truce held for nearly two decades.
Trade between them fell 14 percent last year to $2.3 billion, and a 2019 deal on river water has been
suspended since August.

Analysts said the crisis recalled the 1990s, when three wars were narrowly avoided. "Every summer the
tension returns," said one researcher, who has studied the region for 20 years. Prices of wheat rose
by a third over the past two months, and the central bank will review rates on Sept. 18.

Earlier this month, the army chief visited forward posts for two days. On Friday morning, drones were
seen over three villages, residents said. The ministry posts a daily bulletin and holds a briefing every
Monday at 10 a.m. A year ago, the same ministry had promised a hotline; it is now expected by the end of
the year. The next round of talks is set to open on Oct. 2 and may last a week.
`

func BenchmarkTag(b *testing.B) {
	tg := NewTagger()
	text := strings.Repeat(benchText, 4)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		tg.Tag(text, nil, timexRef)
	}
}

// devDir holds the gold timelines of the dev set; tests that read it skip
// when it is absent.
const devDir = "../../shared/data/timelines/dev"

// TestTimexDevTimelines logs how many gold event dates of the dev timelines
// have an expression with that value in their sentence (a tuning aid; it
// fails only on unreadable data).
func TestTimexDevTimelines(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(devDir, "*.json"))
	if len(paths) == 0 {
		t.Skipf("no dev timelines at %s", devDir)
	}
	tg := NewTagger()
	total, found := 0, 0
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var doc struct {
			DCT    string `json:"dct"`
			Events []struct {
				Date     string `json:"date"`
				Mod      string `json:"mod"`
				Sentence string `json:"sentence"`
			} `json:"events"`
		}
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		ref, err := time.Parse("2006-01-02", doc.DCT)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		for _, e := range doc.Events {
			total++
			for _, x := range tg.Tag(e.Sentence, nil, ref) {
				v := x.Value
				if k := strings.IndexByte(v, 'T'); k > 0 && len(v) > 10 {
					v = v[:k] // "Friday morning" keeps only its day in the timelines
				}
				if v == e.Date && x.Mod == e.Mod {
					found++
					break
				}
			}
		}
	}
	t.Logf("dev timelines: %d of %d gold dates have a matching expression in their sentence", found, total)
}
