package timex_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/extract/timex"
)

// timexRef is the reference date of the tests: Wednesday 6 August 2025.
var timexRef = time.Date(2025, 8, 6, 0, 0, 0, 0, time.UTC)

// Short names for the tables below.
const (
	AnchorAbsolute = timex.AnchorAbsolute
	AnchorRef      = timex.AnchorRef
	AnchorEvent    = timex.AnchorEvent
	AnchorVague    = timex.AnchorVague
)

// Shift is short for timex.Shift in the tables below.
type Shift = timex.Shift

// sentences returns the sentence spans of text as the pipeline finds them:
// Tag takes sentences, and extract.Segment is the project's one sentence
// splitter.
func sentences(text string) []timex.Span {
	var out []timex.Span
	for _, s := range extract.Segment(text) {
		out = append(out, s.Span)
	}
	return out
}

// wantTimex is one expected expression; Anchor and Shift are checked too.
type wantTimex struct {
	Text       string
	Type       timex.Type
	Value, Mod string
	Anchor     timex.Anchor
	Shift      Shift
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
		{"since points back", "The first talks since the raids on the port in October are expected to open soon.", []wantTimex{{"October", "DATE", "2024-10", "", AnchorRef, Shift{}}}},
		{"opening date, apposition, past verb", "On September 10, the ministers, Ruiz and Berg, met in Lima.", []wantTimex{{"September 10", "DATE", "2024-09-10", "", AnchorRef, Shift{}}}},
		{"ahead of points ahead", "Troops were recalled ahead of a vote on Saturday.", []wantTimex{{"Saturday", "DATE", "2025-08-09", "", AnchorRef, Shift{}}}},
		{"opening possessive phrase", "In his Saturday speech, the president is expected to name a cabinet.", []wantTimex{{"Saturday", "DATE", "2025-08-09", "", AnchorRef, Shift{}}}},
		{"every last weekday of the month", "The digest goes out every last Friday of the month.", []wantTimex{{"every last Friday of the month", "SET", "XXXX-WXX-5", "", AnchorVague, Shift{}}}},
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
		{"end of the year", "Troops will leave by the end of the year.", []wantTimex{{"the end of the year", "DATE", "2025", "END", AnchorRef, Shift{}}}},
		{"end of the day is a manner of speaking", "At the end of the day, it was a fair deal.", nil},
		{"beginning of year", "Talks stalled at the beginning of 2024.", []wantTimex{{"the beginning of 2024", "DATE", "2024", "START", AnchorAbsolute, Shift{}}}},

		// Weekdays and times of day.
		{"weekday past", "He spoke on Tuesday.", []wantTimex{{"Tuesday", "DATE", "2025-08-05", "", AnchorRef, Shift{}}}},
		{"weekday is ref", "Officials said Wednesday the road was open.", []wantTimex{{"Wednesday", "DATE", "2025-08-06", "", AnchorRef, Shift{}}}},
		{"weekday future", "The ministers will meet on Friday.", []wantTimex{{"Friday", "DATE", "2025-08-08", "", AnchorRef, Shift{}}}},
		{"weekday set to", "Talks are set to resume Monday.", []wantTimex{{"Monday", "DATE", "2025-08-11", "", AnchorRef, Shift{}}}},
		{"weekday morning", "The attack came Friday morning.", []wantTimex{{"Friday morning", "TIME", "2025-08-01TMO", "", AnchorRef, Shift{}}}},
		{"last weekday", "They voted last Friday.", []wantTimex{{"last Friday", "DATE", "2025-08-01", "", AnchorRef, Shift{}}}},
		{"a weekday told before keeps its day", "Voters will go to the polls on Friday. The alliance contesting Friday's election is strong.", []wantTimex{
			{"Friday", "DATE", "2025-08-08", "", AnchorRef, Shift{}},
			{"Friday", "DATE", "2025-08-08", "", AnchorRef, Shift{}},
		}},
		{"clock time in two zones", "The raid began just after 3 p.m. (2000 GMT) Tuesday.", []wantTimex{{"3 p.m. (2000 GMT) Tuesday", "TIME", "2025-08-05T15:00", "", AnchorRef, Shift{}}}},
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
		{"on a day weeks ago", "On her 60th birthday two weeks ago, she resigned.", []wantTimex{{"two weeks ago", "DATE", "2025-07-23", "", AnchorRef, Shift{}}}},
		{"on a day a year ago", "He spoke on the day of the vote a year ago.", []wantTimex{{"a year ago", "DATE", "2024-08-06", "", AnchorRef, Shift{}}}},
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
		{"formerly is no time expression", "The site was formerly a base, and previously a port.", nil},
		{"in the past", "Such talks failed in the past.", []wantTimex{{"the past", "DATE", "PAST_REF", "", AnchorVague, Shift{}}}},
		{"in the future", "More aid may come in the future.", []wantTimex{{"the future", "DATE", "FUTURE_REF", "", AnchorVague, Shift{}}}},
		{"recent weeks", "In recent weeks, clashes grew.", []wantTimex{{"recent weeks", "DATE", "PAST_REF", "", AnchorVague, Shift{}}}},

		// Several in one text.
		{"two expressions", "The deal, agreed on Tuesday, takes effect next month.", []wantTimex{
			{"Tuesday", "DATE", "2025-08-05", "", AnchorRef, Shift{}},
			{"next month", "DATE", "2025-09", "", AnchorRef, Shift{}},
		}},

		// Numeric dates only where the order is plain.
		{"numeric day first", "It was signed on 25/12/2024.", []wantTimex{{"25/12/2024", "DATE", "2024-12-25", "", AnchorAbsolute, Shift{}}}},
		{"numeric month first", "It was signed on 12/25/2024.", []wantTimex{{"12/25/2024", "DATE", "2024-12-25", "", AnchorAbsolute, Shift{}}}},
		{"numeric ambiguous", "It was signed on 5/10/2025.", nil},
		{"fiscal year", "Profit rose in fiscal 1998.", []wantTimex{{"fiscal 1998", "DATE", "1998", "", AnchorAbsolute, Shift{}}}},
		{"the year 2000", "The plan runs to the year 2000.", []wantTimex{{"the year 2000", "DATE", "2000", "", AnchorAbsolute, Shift{}}}},
		{"spelled year", "January nineteen ninety-seven was cold.", []wantTimex{{"January nineteen ninety-seven", "DATE", "1997-01", "", AnchorAbsolute, Shift{}}}},
		{"spelled century", "It was the bloodiest war of the twentieth century.", []wantTimex{{"the twentieth century", "DATE", "19", "", AnchorAbsolute, Shift{}}}},

		// Quarters, halves, weeks, seasons.
		{"quarter of year", "Output fell in the third quarter of 1998.", []wantTimex{{"the third quarter of 1998", "DATE", "1998-Q3", "", AnchorAbsolute, Shift{}}}},
		{"second half", "Growth will pick up in the second half.", []wantTimex{{"the second half", "DATE", "2025-H2", "", AnchorRef, Shift{}}}},
		{"week of", "The hearing is set for the week of March 6, 2025.", []wantTimex{{"the week of March 6, 2025", "DATE", "2025-W10", "", AnchorAbsolute, Shift{}}}},
		{"last weekend", "Talks collapsed last weekend.", []wantTimex{{"last weekend", "DATE", "2025-W31-WE", "", AnchorRef, Shift{}}}},
		{"next weekend", "Talks resume next weekend.", []wantTimex{{"next weekend", "DATE", "2025-W32-WE", "", AnchorRef, Shift{}}}},
		{"last winter", "Floods struck last winter.", []wantTimex{{"last winter", "DATE", "2024-WI", "", AnchorRef, Shift{}}}},
		{"middle of month", "Troops arrived in the middle of July.", []wantTimex{{"the middle of July", "DATE", "2025-07", "MID", AnchorRef, Shift{}}}},
		{"late decade", "The party rose in the late 1980s.", []wantTimex{{"the late 1980s", "DATE", "198", "END", AnchorAbsolute, Shift{}}}},

		// Tense decides an open year or week.
		{"passive future", "The dividend will be paid Dec. 14.", []wantTimex{{"Dec. 14", "DATE", "2025-12-14", "", AnchorRef, Shift{}}}},
		{"past perfect deadline", "Only two members had filed reports by Wednesday.", []wantTimex{{"Wednesday", "DATE", "2025-08-06", "", AnchorRef, Shift{}}}},
		{"deadline opens past clause", "Until Thursday, however, they had called him a witness.", []wantTimex{{"Thursday", "DATE", "2025-07-31", "", AnchorRef, Shift{}}}},
		{"not until", "It was not until Monday that he spoke.", []wantTimex{{"Monday", "DATE", "2025-08-04", "", AnchorRef, Shift{}}}},
		{"extended to", "The offer was extended to Nov. 20.", []wantTimex{{"Nov. 20", "DATE", "2025-11-20", "", AnchorRef, Shift{}}}},
		{"present weekday", "The two leaders meet Monday, officials say.", []wantTimex{{"Monday", "DATE", "2025-08-04", "", AnchorRef, Shift{}}}},
		{"is weekday", "The vote is on Friday.", []wantTimex{{"Friday", "DATE", "2025-08-08", "", AnchorRef, Shift{}}}},
		{"dateline weekday", "KABUL, Tuesday (Reuters) - Officials reported no casualties.", []wantTimex{{"Tuesday", "DATE", "2025-08-05", "", AnchorRef, Shift{}}}},
		{"clause-initial month", "In January, the company hired a new chief.", []wantTimex{{"January", "DATE", "2025-01", "", AnchorRef, Shift{}}}},
		{"future month", "Elections are expected to be held in March.", []wantTimex{{"March", "DATE", "2026-03", "", AnchorRef, Shift{}}}},
		{"deadline noun", "Officials gave no reason for the Jan. 14 deadline.", []wantTimex{{"Jan. 14", "DATE", "2026-01-14", "", AnchorRef, Shift{}}}},
		{"weekday names year", "In an editorial on Monday, Oct. 26: the court erred.", []wantTimex{{"Monday, Oct. 26", "DATE", "2026-10-26", "", AnchorRef, Shift{}}}},

		// Holidays.
		{"christmas", "The ceasefire held over Christmas.", []wantTimex{{"Christmas", "DATE", "2024-12-25", "", AnchorRef, Shift{}}}},
		{"christmas eve future", "Shops will close on Christmas Eve.", []wantTimex{{"Christmas Eve", "DATE", "2025-12-24", "", AnchorRef, Shift{}}}},
		{"easter", "Pilgrims gathered at Easter.", []wantTimex{{"Easter", "DATE", "2025-04-20", "", AnchorRef, Shift{}}}},
		{"easter year", "The rising began on Easter Monday 1916.", []wantTimex{{"Easter Monday 1916", "DATE", "1916-04-24", "", AnchorAbsolute, Shift{}}}},
		{"new year's day", "The law took effect on New Year's Day.", []wantTimex{{"New Year's Day", "DATE", "2025-01-01", "", AnchorRef, Shift{}}}},
		{"election day", "Turnout will be high on Election Day.", []wantTimex{{"Election Day", "DATE", "2025-11-04", "", AnchorRef, Shift{}}}},
		{"election day year", "He lost on Election Day 2024.", []wantTimex{{"Election Day 2024", "DATE", "2024-11-05", "", AnchorAbsolute, Shift{}}}},
		{"not election", "The election day was calm and Labor Party won.", nil},

		// Times of day.
		{"in the morning", "He will leave at 4 in the morning.", []wantTimex{{"4 in the morning", "TIME", "2025-08-06T04:00", "", AnchorRef, Shift{}}}},
		{"at night", "The curfew starts at 10 at night.", []wantTimex{{"10 at night", "TIME", "2025-08-06T22:00", "", AnchorRef, Shift{}}}},
		{"clock pm", "Polls close at 8 p.m. Thursday.", []wantTimex{{"8 p.m. Thursday", "TIME", "2025-07-31T20:00", "", AnchorRef, Shift{}}}},

		// Narrative anchors: the latest date the text named.
		{"that day", "Troops crossed on Oct. 23, 1999. Later that day, the town fell.", []wantTimex{
			{"Oct. 23, 1999", "DATE", "1999-10-23", "", AnchorAbsolute, Shift{}},
			{"Later that day", "DATE", "1999-10-23", "", AnchorEvent, Shift{0, 'D'}},
		}},
		{"following year", "He was promoted on May 22, 1995, and the following year he left.", []wantTimex{
			{"May 22, 1995", "DATE", "1995-05-22", "", AnchorAbsolute, Shift{}},
			{"the following year", "DATE", "1996", "", AnchorEvent, Shift{1, 'Y'}},
		}},
		{"until then", "The shares convert until Nov. 30. Until then, they trade freely.", []wantTimex{
			{"Nov. 30", "DATE", "2025-11-30", "", AnchorRef, Shift{}},
			{"then", "DATE", "2025-11-30", "", AnchorEvent, Shift{0, 'D'}},
		}},
		{"since then no date", "Since then, both sides have moved troops.", []wantTimex{{"then", "DATE", "PAST_REF", "", AnchorEvent, Shift{0, 'D'}}}},
		{"at the time", "He said at the time that he would resign.", []wantTimex{{"the time", "DATE", "PAST_REF", "", AnchorVague, Shift{}}}},
		{"during that time", "During that time, losses mounted.", []wantTimex{{"that time", "DATE", "PAST_REF", "", AnchorVague, Shift{}}}},
		{"history", "Italy entered the war in 1940. On June 10, it invaded France.", []wantTimex{
			{"1940", "DATE", "1940", "", AnchorAbsolute, Shift{}},
			{"June 10", "DATE", "1940-06-10", "", AnchorRef, Shift{}},
		}},
		{"history next year", "Japan struck on December 7, 1941. In January, it took Manila.", []wantTimex{
			{"December 7, 1941", "DATE", "1941-12-07", "", AnchorAbsolute, Shift{}},
			{"January", "DATE", "1942-01", "", AnchorRef, Shift{}},
		}},
		{"history future", "The siege began on 10 August 1918. The army would hold out until December.", []wantTimex{
			{"10 August 1918", "DATE", "1918-08-10", "", AnchorAbsolute, Shift{}},
			{"December", "DATE", "1918-12", "", AnchorRef, Shift{}},
		}},
		{"history future wraps", "Talks opened in October 1950. They would resume by March.", []wantTimex{
			{"October 1950", "DATE", "1950-10", "", AnchorAbsolute, Shift{}},
			{"March", "DATE", "1951-03", "", AnchorRef, Shift{}},
		}},
		{"history long paragraph", "The war began in 1914. The army marched. It crossed a river. It halted. Winter came. " +
			"Supplies ran short. Men deserted. On 12 September, the French struck.", []wantTimex{
			{"1914", "DATE", "1914", "", AnchorAbsolute, Shift{}},
			{"12 September", "DATE", "1914-09-12", "", AnchorRef, Shift{}},
		}},
		{"history the next year", "The Estates met in May 1789. The next year, the king fled.", []wantTimex{
			{"May 1789", "DATE", "1789-05", "", AnchorAbsolute, Shift{}},
			{"The next year", "DATE", "1790", "", AnchorEvent, Shift{1, 'Y'}},
		}},
		{"history clock time", "The armistice was signed on 11 November 1918. At 11 a.m. the guns fell silent.", []wantTimex{
			{"11 November 1918", "DATE", "1918-11-11", "", AnchorAbsolute, Shift{}},
			{"11 a.m.", "TIME", "1918-11-11T11:00", "", AnchorEvent, Shift{}},
		}},
		{"history the morning", "Troops crossed the border on December 27, 1979. In the morning, a division landed.", []wantTimex{
			{"December 27, 1979", "DATE", "1979-12-27", "", AnchorAbsolute, Shift{}},
			{"the morning", "TIME", "1979-12-27TMO", "", AnchorEvent, Shift{}},
		}},
		{"history this day", "The offensive opened on 8 August 1918. Ludendorff called this day a black day.", []wantTimex{
			{"8 August 1918", "DATE", "1918-08-08", "", AnchorAbsolute, Shift{}},
			{"this day", "DATE", "1918-08-08", "", AnchorEvent, Shift{0, 'D'}},
		}},
		{"history quotes today", "The war began in 1914. In 1915 it spread. By 1916 it stalled. " +
			"A general said today was grim. In March, the army attacked.", []wantTimex{
			{"1914", "DATE", "1914", "", AnchorAbsolute, Shift{}},
			{"1915", "DATE", "1915", "", AnchorAbsolute, Shift{}},
			{"1916", "DATE", "1916", "", AnchorAbsolute, Shift{}},
			{"today", "DATE", "2025-08-06", "", AnchorRef, Shift{}},
			{"March", "DATE", "1916-03", "", AnchorRef, Shift{}},
		}},
		{"the last week of", "Fighting raged during the last week of August.", []wantTimex{
			{"August", "DATE", "2025-08", "", AnchorRef, Shift{}},
		}},
		{"time on date", "The offer expires at 5 p.m. on Nov. 6.", []wantTimex{
			{"5 p.m. on Nov. 6", "TIME", "2025-11-06T17:00", "", AnchorRef, Shift{}},
		}},
		{"news walking through its past", "The envoy arrived on Tuesday. Talks first opened in February 2022. " +
			"On November 10, the ministers met. On December 12, they signed a pact. Envoys met again in early July.", []wantTimex{
			{"Tuesday", "DATE", "2025-08-05", "", AnchorRef, Shift{}},
			{"February 2022", "DATE", "2022-02", "", AnchorAbsolute, Shift{}},
			{"November 10", "DATE", "2022-11-10", "", AnchorRef, Shift{}},
			{"December 12", "DATE", "2022-12-12", "", AnchorRef, Shift{}},
			{"early July", "DATE", "2025-07", "START", AnchorRef, Shift{}},
		}},
		{"later in the month told before", "The envoys met on December 14, 2024. They said little. Then, later in the month, they met again.", []wantTimex{
			{"December 14, 2024", "DATE", "2024-12-14", "", AnchorAbsolute, Shift{}},
			{"later in the month", "DATE", "2024-12", "END", AnchorRef, Shift{}},
		}},
		{"the end of the month told before", "The envoys met on March 10, 2022. A second meeting towards the end of the month failed.", []wantTimex{
			{"March 10, 2022", "DATE", "2022-03-10", "", AnchorAbsolute, Shift{}},
			{"the end of the month", "DATE", "2022-03", "END", AnchorRef, Shift{}},
		}},
		{"news backstory keeps ref", "The two signed a pact on Thursday. Ties were cut in 1978. A deal failed in 1994. " +
			"A court ruled in October 2018. Envoys met before reaching a draft in early July.", []wantTimex{
			{"Thursday", "DATE", "2025-07-31", "", AnchorRef, Shift{}},
			{"1978", "DATE", "1978", "", AnchorAbsolute, Shift{}},
			{"1994", "DATE", "1994", "", AnchorAbsolute, Shift{}},
			{"October 2018", "DATE", "2018-10", "", AnchorAbsolute, Shift{}},
			{"early July", "DATE", "2025-07", "START", AnchorRef, Shift{}},
		}},
		{"compound number no hyphen", "In the last twenty four hours the market fell.", []wantTimex{
			{"the last twenty four hours", "DURATION", "PT24H", "", AnchorVague, Shift{}},
		}},
		{"compound number years", "He served thirty five years in prison.", []wantTimex{
			{"thirty five years", "DURATION", "P35Y", "", AnchorVague, Shift{}},
		}},
		{"the past decade", "Attacks had become routine over the past decade.", []wantTimex{
			{"the past decade", "DURATION", "P10Y", "", AnchorVague, Shift{}},
		}},
		{"had been due", "The offer was extended. It had been due to expire Friday evening.", []wantTimex{
			{"Friday evening", "TIME", "2025-08-01TEV", "", AnchorRef, Shift{}},
		}},
		{"had been scheduled", "It previously had been scheduled to expire at midnight Friday.", []wantTimex{
			{"midnight Friday", "TIME", "2025-08-01T24:00", "", AnchorRef, Shift{}},
		}},
		{"plans for is a noun", "On Friday, when she set aside vacation plans for the trip, she flew.", []wantTimex{
			{"Friday", "DATE", "2025-08-01", "", AnchorRef, Shift{}},
		}},
		{"planning to", "Protesters were planning to march on Monday.", []wantTimex{
			{"Monday", "DATE", "2025-08-11", "", AnchorRef, Shift{}},
		}},
		{"past tense day just ahead", "The offer had been set to expire Aug. 12.", []wantTimex{
			{"Aug. 12", "DATE", "2025-08-12", "", AnchorRef, Shift{}},
		}},
		{"ended just ahead", "Sales rose in the period that ended Aug. 10.", []wantTimex{
			{"Aug. 10", "DATE", "2024-08-10", "", AnchorRef, Shift{}},
		}},
		{"history deadline is not ahead", "Japan took Nanjing in early October 1939. It was repulsed by late September.", []wantTimex{
			{"early October 1939", "DATE", "1939-10", "START", AnchorAbsolute, Shift{}},
			{"late September", "DATE", "1939-09", "END", AnchorRef, Shift{}},
		}},
		{"history projection keeps story time", "The offensive began on 8 August 1918. Vienna said it could fight only until December. " +
			"On 10 September the Kaiser spoke.", []wantTimex{
			{"8 August 1918", "DATE", "1918-08-08", "", AnchorAbsolute, Shift{}},
			{"December", "DATE", "1918-12", "", AnchorRef, Shift{}},
			{"10 September", "DATE", "1918-09-10", "", AnchorRef, Shift{}},
		}},
		{"history coarser year keeps day", "Japan struck on December 7, 1941. The war of 1941 had widened. In January, it took Manila.", []wantTimex{
			{"December 7, 1941", "DATE", "1941-12-07", "", AnchorAbsolute, Shift{}},
			{"1941", "DATE", "1941", "", AnchorAbsolute, Shift{}},
			{"January", "DATE", "1942-01", "", AnchorRef, Shift{}},
		}},
		{"history look back keeps story time", "The war went on in 1914. In 1915 it spread. By May 1942 Japan held Burma. " +
			"It had seized Indochina the previous year. In January, it struck again.", []wantTimex{
			{"1914", "DATE", "1914", "", AnchorAbsolute, Shift{}},
			{"1915", "DATE", "1915", "", AnchorAbsolute, Shift{}},
			{"May 1942", "DATE", "1942-05", "", AnchorAbsolute, Shift{}},
			{"the previous year", "DATE", "1941", "", AnchorEvent, Shift{-1, 'Y'}},
			{"January", "DATE", "1942-01", "", AnchorRef, Shift{}},
		}},
		{"news keeps ref", "Police said Tuesday he was born in 1970. In March, he moved.", []wantTimex{
			{"Tuesday", "DATE", "2025-08-05", "", AnchorRef, Shift{}},
			{"1970", "DATE", "1970", "", AnchorAbsolute, Shift{}},
			{"March", "DATE", "2025-03", "", AnchorRef, Shift{}},
		}},

		// Ranges.
		{"range to", "Talks ran from May 7 to 10 in Doha.", []wantTimex{
			{"May 7", "DATE", "2025-05-07", "", AnchorRef, Shift{}},
			{"10", "DATE", "2025-05-10", "", AnchorRef, Shift{}},
		}},
		{"range hyphen", "Talks ran May 7-10 in Doha.", []wantTimex{
			{"May 7", "DATE", "2025-05-07", "", AnchorRef, Shift{}},
			{"10", "DATE", "2025-05-10", "", AnchorRef, Shift{}},
		}},
		{"range years", "He served between 2019 and 2021.", []wantTimex{
			{"2019", "DATE", "2019", "", AnchorAbsolute, Shift{}},
			{"2021", "DATE", "2021", "", AnchorAbsolute, Shift{}},
		}},
		{"range year hyphen", "The 1914-1918 war changed Europe.", []wantTimex{
			{"1914", "DATE", "1914", "", AnchorAbsolute, Shift{}},
			{"1918", "DATE", "1918", "", AnchorAbsolute, Shift{}},
		}},
		{"range not a count", "Prices rose on May 7 to 10 percent.", []wantTimex{{"May 7", "DATE", "2025-05-07", "", AnchorRef, Shift{}}}},

		// More durations.
		{"for two years", "He was jailed for two years.", []wantTimex{{"two years", "DURATION", "P2Y", "", AnchorVague, Shift{}}}},
		{"fraction", "They lived in camps for 2 1/2 years.", []wantTimex{{"2 1/2 years", "DURATION", "P2Y6M", "", AnchorVague, Shift{}}}},
		{"and a half", "A minute and a half later, the pilot called.", []wantTimex{{"A minute and a half", "DURATION", "PT1M30S", "", AnchorVague, Shift{}}}},
		{"two and a half", "The war lasted two and a half years.", []wantTimex{{"two and a half years", "DURATION", "P2Y6M", "", AnchorVague, Shift{}}}},
		{"half an hour", "The meeting took half an hour.", []wantTimex{{"half an hour", "DURATION", "PT30M", "", AnchorVague, Shift{}}}},
		{"decades-long", "It ended a decades-long feud.", []wantTimex{{"decades-long", "DURATION", "PXDE", "", AnchorVague, Shift{}}}},
		{"day-long", "They emerged from a day-long meeting.", []wantTimex{{"day-long", "DURATION", "P1D", "", AnchorVague, Shift{}}}},
		{"weeklong", "A weeklong strike ended.", []wantTimex{{"weeklong", "DURATION", "P1W", "", AnchorVague, Shift{}}}},
		{"within a week", "Iraq must withdraw within a week.", []wantTimex{{"a week", "DURATION", "P1W", "", AnchorEvent, Shift{1, 'W'}}}},
		{"about an hour", "The call lasted about an hour.", []wantTimex{{"about an hour", "DURATION", "PT1H", "APPROX", AnchorVague, Shift{}}}},

		// More sets.
		{"each month", "The board meets each July.", []wantTimex{{"each July", "SET", "XXXX-07", "", AnchorVague, Shift{}}}},
		{"plural weekday", "The market opens on Sundays.", []wantTimex{{"Sundays", "SET", "XXXX-WXX-7", "", AnchorVague, Shift{}}}},
		{"every two years", "Elections are held every two years.", []wantTimex{{"every two years", "SET", "P2Y", "", AnchorVague, Shift{}}}},

		// A year nothing anchors.
		{"every morning", "Queues form every morning.", []wantTimex{{"every morning", "SET", "XXXX-XX-XXTMO", "", AnchorVague, Shift{}}}},
		{"next morning", "He appeared in court the next morning.", []wantTimex{{"the next morning", "TIME", "XXXX-XX-XXTMO", "", AnchorEvent, Shift{1, 'D'}}}},

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
		{"a clock time in a zone is no year", "The raid began at 3 p.m. (2000 GMT).", []wantTimex{{"3 p.m.", "TIME", "2025-08-06T15:00", "", AnchorRef, Shift{}}}},
		{"following a possessive weekday is a preposition", "He was praised following Tuesday's raid.", []wantTimex{{"Tuesday", "DATE", "2025-08-05", "", AnchorRef, Shift{}}}},
		{"a scheduled present looks ahead", "Iraq goes to the polls on Thursday.", []wantTimex{{"Thursday", "DATE", "2025-08-07", "", AnchorRef, Shift{}}}},
		{"zero-width characters are white space", "The leader \u200don Tuesday said \u200bhe would go.", []wantTimex{{"Tuesday", "DATE", "2025-08-05", "", AnchorRef, Shift{}}}},
		{"last month and day", "The crisis began last December 17 when rebels took the compound.", []wantTimex{{"last December 17", "DATE", "2024-12-17", "", AnchorRef, Shift{}}}},
		{"a year out of range keeps its shape", "The talks ended 999999999 days ago.", []wantTimex{{"999999999 days ago", "DATE", "XXXX-XX-XX", "", AnchorRef, Shift{}}}},
		{"the reference date's own weekday is that date", "The council will meet on Wednesday.", []wantTimex{{"Wednesday", "DATE", "2025-08-06", "", AnchorRef, Shift{}}}},
		{"independence", "Independence Square was quiet.", nil},
		{"fall the verb", "Prices may fall again.", nil},
		{"tv show", "He spoke on This Week and on 60 Minutes.", nil},
		{"may the verb lower", "It may rain, and the may tree may fall.", nil},
		{"the two sides", "The two met; the three agreed; the four left.", nil},
		{"score with words", "They won the match 24-17 and drew 1-1.", nil},
		{"vote count words", "The motion carried 1205 to 1190, with 12 abstentions.", nil},
		{"money amounts", "Profit was $1,995 million, or 2010 yen a share.", nil},
		{"ages", "A 45-year-old nurse and her two-year-old son, 3 years old, were hurt.", nil},
		{"phone number", "Call (202) 555-1998 or 555-2012.", nil},
		{"bare quantities", "The 1850 seats, room 1999 and flight 2020 were sold.", nil},
		{"independence square", "Crowds filled Independence Square.", nil},
		{"then as adverb", "They met and then left.", nil},
	}
	tg := timex.New()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := tg.Tag(tc.text, sentences(tc.text), timexRef)
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

func fmtTimexes(ts []timex.Timex) string {
	var b strings.Builder
	b.WriteString("[")
	for i, x := range ts {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(x.Text + " " + string(x.Type) + " " + x.Value + " " + x.Mod)
	}
	b.WriteString("]")
	return b.String()
}

// checkTimexSpans checks that every span lies in text, slices out its Text,
// and that spans are ordered and do not overlap.
func checkTimexSpans(t *testing.T, text string, ts []timex.Timex) {
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
	sents := []timex.Span{{Start: 0, End: 15}, {Start: 16, End: 34}, {Start: 35, End: len(text)}}
	got := timex.New().Tag(text, sents, timexRef)
	checkTimexSpans(t, text, got)
	for _, x := range got {
		if x.Text == "May. 10" || strings.Contains(x.Text, "10") {
			t.Errorf("expression crosses a sentence boundary: %+v", x)
		}
	}
	// Sentence spans out of range or overlapping are clipped, not trusted.
	got = timex.New().Tag(text, []timex.Span{{Start: -5, End: 3}, {Start: 2, End: 100}, {Start: 50, End: 40}}, timexRef)
	checkTimexSpans(t, text, got)
	// Text outside every sentence is not tagged: Tag has no splitter.
	if got := timex.New().Tag("On May 10 the army struck.", nil, timexRef); len(got) != 0 {
		t.Errorf("Tag with no sentences = %s, want none", fmtTimexes(got))
	}
}

func FuzzTag(f *testing.F) {
	for _, s := range []string{
		"On May 10 the army struck; by Sept. 3 it was over.",
		"mid-1996 the '80s 2025-05-10 10:35 a.m. Friday, Oct. 26, 1998",
		"nineteen ninety-six, the first half of 2024, a year earlier",
		"within days\u00a0\u2019 \xff\xfe May",
		"Easter Monday 1916, May 7-10, 2 1/2 years, the 1914-1918 war, Monday, Oct. 26: January nineteen",
		"Until then, at the time, at 4 in the morning; that day; the following year; half an",
		"In 1940. On June 10, then 25/12/2024 and 12/25/2024 a minute and a half",
		"",
	} {
		f.Add(s)
	}
	tg := timex.New()
	f.Fuzz(func(t *testing.T, text string) {
		checkTimexSpans(t, text, tg.Tag(text, sentences(text), timexRef))
		checkTimexSpans(t, text, tg.Tag(text, []timex.Span{{Start: 0, End: len(text)}}, timexRef))
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
	tg := timex.New()
	text := strings.Repeat(benchText, 4)
	sents := sentences(text)
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		tg.Tag(text, sents, timexRef)
	}
}

// devDir holds the gold timelines of the dev set, outside the repository;
// tests that read it skip when it is absent.
const devDir = "../../../shared/data/timelines/dev"

// devFound is how many gold event dates of the dev timelines must have an
// expression with that value and modifier in their sentence: 78 of 92 when
// it was set, the floor just under. Raise it as the tagger improves; never
// lower it to let a change through.
const devFound = 76

// TestTimexDevTimelines checks that the gold event dates of the dev
// timelines are found in their sentences: at least devFound of them.
func TestTimexDevTimelines(t *testing.T) {
	paths, _ := filepath.Glob(filepath.Join(devDir, "*.json"))
	if len(paths) == 0 {
		t.Skipf("skipped: no dev timelines (*.json) at %s", devDir)
	}
	tg := timex.New()
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
			for _, x := range tg.Tag(e.Sentence, sentences(e.Sentence), ref) {
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
	if found < devFound {
		t.Errorf("dev timelines: %d of %d gold dates have a matching expression in their sentence, want at least %d",
			found, total, devFound)
	}
	t.Logf("dev timelines: %d of %d gold dates have a matching expression in their sentence", found, total)
}
