package extract

import (
	"slices"
	"strings"
	"testing"

	"github.com/chronicle-news/chronicle/timeline"
)

// eventCase is one text and the listed events expected from it, each as
// "trigger|type|date value|anchor".
type eventCase struct {
	name string
	ref  string
	text string
	want []string
}

func listed(res *Result) []string {
	var out []string
	for _, e := range res.Events {
		if timeline.IsListed(e) {
			out = append(out, strings.Join([]string{e.Trigger, e.Type, e.Date.Value + e.Date.Mod, e.Date.Anchor}, "|"))
		}
	}
	return out
}

func TestDetectEvents(t *testing.T) {
	tests := []eventCase{
		{"initial date dates the main verb", "2025-08-06",
			"In early May, rebel forces launched an offensive near the border.",
			[]string{"launched an offensive|military_operation|2025-05START|explicit"}},
		{"said with its weekday", "1998-03-06",
			"The foreign minister of Chile said Friday that his government would not change course.",
			[]string{"said|statement|1998-03-06|explicit"}},
		{"a newspaper's report is a source, not news", "1998-03-06",
			"The daily newspaper Le Monde said Friday that the talks were going well for both sides.",
			nil},
		{"the complement's past event", "1998-08-21",
			"The president said Thursday that he had ordered the strikes against the camps.",
			[]string{"ordered the strikes|attack|1998-08-20|explicit"}},
		{"an event noun next to its date", "1998-03-06",
			"The council will not lift the embargo imposed after its 1990 invasion of the island state.",
			[]string{"invasion|military_operation|1990|explicit"}},
		{"a list of dates on one verb", "1999-03-12",
			"The bloc was enlarged to include Norway in 1960, Austria in 1972 and Chile in 1988.",
			[]string{"enlarged|other|1960|explicit", "enlarged|other|1972|explicit", "enlarged|other|1988|explicit"}},
		{"coordinated verbs share the date", "2024-03-14",
			"The two presidents held talks on Thursday and signed a trade pact.",
			[]string{"held talks|talks|2024-03-14|explicit", "signed a trade pact|agreement|2024-03-14|explicit"}},
		{"a possessive date names its event noun", "1997-04-23",
			"The president was praised following Tuesday's bold daylight raid on the embassy.",
			[]string{"raid|attack|1997-04-22|explicit"}},
		{"taking control of a place is the reported event, not the ministry's report", "2024-03-14",
			"The army said on Wednesday its troops had taken control of two villages near the river.",
			[]string{"taken control|military_operation|2024-03-13|explicit"}},
		{"a participle takes its type from the event noun it qualifies", "2024-03-14",
			"The national dialogue, launched in early March, has stalled over the cabinet.",
			[]string{"launched|talks|2024-03START|explicit"}},
		{"adopting a resolution is a council's act, not an accord", "2024-03-14",
			"The council adopted a resolution on Tuesday urging both sides to pull back.",
			[]string{"adopted|other|2024-03-12|explicit"}},
		{"establishing relations is an agreement", "2024-03-14",
			"Chile and Fiji established diplomatic relations on May 2, 1980.",
			[]string{"established diplomatic relations|agreement|1980-05-02|explicit"}},
		{"dining with a leader is a meeting, a rape an attack", "2024-03-14",
			"The president dined with the visiting premier on Tuesday. Two soldiers raped a woman near the base in 2019.",
			[]string{"dined|meeting|2024-03-12|explicit", "raped|attack|2019|explicit"}},
		{"a definite subject noun names the event told before", "2024-03-14",
			"Troops freed the hostages in Tuesday's raid on the embassy. The raid started just after 3 p.m. (2000 GMT) Tuesday.",
			[]string{"raid|attack|2024-03-12|explicit"}},
		{"a light event noun that modifies a noun names no event", "2024-03-14",
			"In 1998 the museum honoured two war criminals.",
			[]string{"honoured|other|1998|explicit"}},
		{"what is done as a dated report is made shares its date", "2024-03-14",
			"Chile has been spending far more on arms than it reported, Peru's intelligence agency said Wednesday as it warned of a threat to the border.",
			[]string{"warned|statement|2024-03-13|explicit"}},
		{"an event counted from a dated event of the sentence", "2024-03-14",
			"The first ceasefire talks between Chile and Peru took place just four days after the coup in March 2021.",
			[]string{"coup|military_operation|2021-03|explicit", "talks|talks|2021-03|relative"}},
		{"counted in days from a day", "2024-03-14",
			"Peace talks opened three days after the attack on February 4.",
			[]string{"attack|attack|2024-02-04|explicit", "talks opened|talks|2024-02-07|relative"}},
		{"who met and where stand between an event noun and its date", "2024-03-14",
			"Markets rose after the summit between President Ana Ruiz and Premier Tomas Berg in Oslo on Friday, analysts said.",
			[]string{"summit|meeting|2024-03-08|explicit"}},
		{"calling on a party is a statement", "2024-03-14",
			"The United Nations on Tuesday called on the junta to free the detained ministers.",
			[]string{"called on|statement|2024-03-12|explicit"}},
		{"called on a weekday is the call, not a call on someone", "2024-03-14",
			"The regional bloc called on Wednesday for restraint from both sides.",
			[]string{"called|statement|2024-03-13|explicit"}},
		{"an event noun and its copula are what a postposed report reports", "2024-03-14",
			"The first round of talks in Oslo was productive, the chief negotiator said on Wednesday.",
			[]string{"talks|talks|2024-03-13|explicit"}},
		{"a word or two quoted do not make the report a quotation", "2024-03-14",
			"The first round of talks in Oslo was \"constructive\", the chief negotiator said on Wednesday.",
			[]string{"talks|talks|2024-03-13|explicit"}},
		{"the date of an as-clause dates the main clause's event", "2024-03-14",
			"The ambush happened as the convoy drove into the valley late Tuesday.",
			[]string{"ambush happened|attack|2024-03-12|explicit"}},
		{"talks during which a statement is made are an event of the same day", "2024-03-14",
			"In Oslo, the prime minister said on Wednesday during talks with Chile's foreign minister that trade would grow.",
			[]string{"said|statement|2024-03-13|explicit", "talks|talks|2024-03-13|explicit"}},
		{"what actors sat down to do is the event", "2024-03-14",
			"On March 4, envoys from Chile and Peru sat face to face to hold direct talks.",
			[]string{"hold direct talks|talks|2024-03-04|explicit"}},
		{"what pressure is for is no event", "2024-03-14",
			"International pressure mounted on Wednesday to deploy a peacekeeping force.",
			[]string{"mounted|other|2024-03-13|explicit"}},
		{"a date inside a relative clause dates that clause's event, not the main verb", "2024-03-14",
			"Ruiz, who was elected chair of the bloc at the fourth summit in Lima in January, spoke warmly of the ties.",
			[]string{"elected|election|2024-01|explicit"}},
		{"one event named by two words at two granularities", "2024-03-12",
			"Chile's president said on Tuesday that this week's general election would be calm. Chile goes to the polls on Thursday to elect a new congress.",
			[]string{"said|statement|2024-03-12|explicit", "goes to the polls|election|2024-03-14|explicit"}},
		{"a noun before a pronoun subject names no type of the verb after it", "2024-03-14",
			"The two countries had many treaties and last year they jointly inspected the border.",
			[]string{"inspected|other|2023|explicit"}},
		{"a participle on an event noun tells of the noun's event", "2024-03-14",
			"Talks opened in Lima in 2022, and a bilateral ceasefire agreed in June 2023 lapsed in August.",
			[]string{"Talks opened|talks|2022|explicit", "ceasefire agreed|ceasefire|2023-06|explicit", "lapsed|other|2023-08|explicit"}},
		{"a verbal attack is a statement, not an attack", "2024-03-14",
			"In a scathing attack broadcast on state radio on Tuesday, the junta leader called the envoy a liar.",
			[]string{"scathing attack|statement|2024-03-12|explicit"}},
		{"a phrase with a gap: made X clear", "2024-03-14",
			"The minister made Chile's stance loud and clear at the forum on Tuesday.",
			[]string{"made Chile's stance loud and clear|statement|2024-03-12|explicit"}},
		{"a date set off by commas beside its event noun", "2024-03-14",
			"The Goma raid, on March 2, hit a depot near the lake.",
			[]string{"raid|attack|2024-03-02|explicit"}},
		{"a verb right after its event noun subject, whatever the tagger made of the noun", "2024-03-14",
			"The offensive opened on March 3 with air strikes on rebel camps in the north.",
			[]string{"offensive opened|military_operation|2024-03-03|explicit"}},
		{"a noun with a gap, named with its complement, dated even when definite", "2024-03-14",
			"But the outbreak of the border war on July 12 stalled the trade talks.",
			[]string{"outbreak of the border war|military_operation|2023-07-12|explicit"}},
		{"a dated definite mention names the event of its date among the last few of its type", "2024-03-14",
			"Troops freed the hostages in Tuesday's daylight raid on the compound. A bombing hit a market in the capital on Wednesday. Holes in the walls bore testimony to Tuesday's attack.",
			[]string{"raid|attack|2024-03-12|explicit", "bombing hit|attack|2024-03-13|explicit"}},
		{"the typed verb of a when clause after an untyped one takes the date", "2024-03-14",
			"The president caused a stir in January when he called for early elections.",
			[]string{"called for|statement|2024-01|explicit"}},
		{"earlier this month is the month, not its first days", "2024-03-14",
			"Fighting flared again earlier this month when rebels attacked a barracks.",
			[]string{"attacked|attack|2024-03|explicit"}},
		{"early in the month is its first days", "2024-03-14",
			"Rebels attacked a barracks in early March.",
			[]string{"attacked|attack|2024-03START|explicit"}},
		{"what is done at a meeting dated by its possessive is done then too", "2024-03-14",
			"The bloc aired its new stand on the crisis at this week's summit in Lima.",
			[]string{"summit|meeting|2024-W11|explicit", "aired its new stand|statement|2024-W11|explicit"}},
		{"establishing a partnership is an agreement, whatever stands between", "2024-03-14",
			"Chile and Fiji established a strategic partnership in 2019.",
			[]string{"established a strategic partnership|agreement|2019|explicit"}},
		{"an untyped verb is named with the noun that types it", "2024-03-14",
			"In 1968, troops swept through the capital in the occupation of the country.",
			[]string{"swept through the capital in the occupation|military_operation|1968|explicit"}},
		{"zero-width characters between words are white space", "2024-03-14",
			"A court \u200bin Moscow \u200d\u200bconvicted the comedian on Wednesday of inciting hatred.",
			[]string{"convicted|other|2024-03-13|explicit"}},
		{"two days in a row are one event's stretch, and the year after them only says the year", "2024-03-14",
			"On December 14 and 15 last year, the minister travelled to Oslo for talks.",
			[]string{"travelled|visit|2023-12-14|explicit"}},
		{"two days apart are two events", "2024-03-14",
			"The envoys met in Oslo on March 4 and March 6.",
			[]string{"met|meeting|2024-03-04|explicit", "met|meeting|2024-03-06|explicit"}},
		{"a date range dates one event", "2024-03-14",
			"Delegates met in Nairobi from March 4 to March 8 to draft the accord.",
			[]string{"met|meeting|2024-03-04|explicit"}},
		{"a range in one word dates one event", "2024-03-14",
			"The March 4-8 conference in Nairobi drew delegates from 40 countries.",
			[]string{"conference|meeting|2024-03-04|explicit"}},
		{"of the year is a scope, not a date", "2024-03-14",
			"Rebels carried out the deadliest attack of the year on the northern town overnight.",
			[]string{"carried out the deadliest attack|attack|2024-03-14|explicit"}},
		{"events named by nouns", "2024-03-14",
			"The 1995 bombing of the ferry shocked the country. A shoot-out near the border left two guards dead on Monday.",
			[]string{"bombing|attack|1995|explicit", "shoot-out near the border left|attack|2024-03-11|explicit"}},
		{"a car bomb is a thing, not an event", "2024-03-14",
			"Police seized a car bomb in the port on Sunday.",
			[]string{"seized|other|2024-03-10|explicit"}},
		{"a statement after its content is news when the content has no date", "2024-03-14",
			"The border will stay closed to all trucks, the interior minister said on Wednesday.",
			[]string{"said|statement|2024-03-13|explicit"}},
		{"a semicolon ends the complement of a statement", "2024-03-14",
			"Norway said Tuesday it was sending 300 engineers; Chile has promised a field hospital.",
			[]string{"said|statement|2024-03-12|explicit"}},
		{"a light verb with a thing for object is no event", "2024-03-14",
			"Trade between the two countries reached about 6 billion dollars in 2023. On Monday the envoy said he held no grudge.",
			[]string{"said|statement|2024-03-11|explicit"}},
		{"one trigger with two times of one day is one event", "2024-03-14",
			"The ceasefire lapsed at midnight GMT, or 7 p.m. in New York.",
			[]string{"ceasefire lapsed|ceasefire|2024-03-14|explicit"}},
		{"a warning is a statement, a threat when it warns of harm", "2024-03-14",
			"The health ministry warned on Monday that fuel stocks were running low. Oslo warned its neighbour on Tuesday of severe consequences.",
			[]string{"warned|statement|2024-03-11|explicit", "warned|threat|2024-03-12|explicit"}},
		{"scheduled for dates the event noun before it", "2024-03-14",
			"Farmers hope for good news from the regional Grain Summit of the trade bloc (RTB), scheduled for March 20-21.",
			[]string{"Summit|meeting|2024-03-20|explicit"}},
		{"a source after the reported attack dates the attack", "2024-03-14",
			"Fighting resumed along the river last month. Five people were killed and two more hurt in rebel attacks on the town, the governor said on Wednesday.",
			[]string{"resumed|other|2024-02|explicit", "killed and two more hurt in rebel attacks|attack|2024-03-13|explicit"}},
		{"a quotation before its source keeps the statement", "2024-03-14",
			"Fighting resumed along the river last month. \"We will not leave the talks,\" the governor said on Wednesday.",
			[]string{"resumed|other|2024-02|explicit", "said|statement|2024-03-13|explicit"}},
		{"an opening date dates the main verb after a long subject with an apposition", "2024-03-14",
			"Talks stalled. On May 10, the foreign ministers of Norway and Chile, Ana Ruiz and Tomas Berg, met for the first time since the dispute began, on the sidelines of a forum in Lima.",
			[]string{"met|meeting|2023-05-10|explicit"}},
		{"a bracketed acronym does not cut the clause that gives a month its tense", "2024-11-14",
			"Rain fell. The envoy, who was named Arctic Council (AC) chair at a summit in Oslo in January, praised the host.",
			[]string{"summit|meeting|2024-01|explicit"}}, // the clause's date, not the main verb's
		{"since keeps a verb from governing the event noun after it", "2024-03-14",
			"Rain fell. Around 900 soldiers have been killed since the start of Ruritania's invasion in 2019.",
			[]string{"invasion|military_operation|2019|explicit"}},
		{"a date after since is a running period, not the verb's", "2024-03-14",
			"Rain fell. Around 900 soldiers have been killed since the start of the invasion in 2019.",
			[]string{"invasion|military_operation|2019|explicit"}},
		{"a participle with no auxiliary after its subject is the main verb; a birth is private life", "2024-03-14",
			"Rain fell. A round of trade meetings opened at the town hall in Accra, Ghana on Monday with delegates warning that prices would rise. The envoy was born in Lima on April 6, 1963.",
			[]string{"meetings opened|meeting|2024-03-11|explicit"}},
		{"a definite event noun whose date nests in an event told before names it again", "2024-03-14",
			"Rain fell. Trade meetings opened in Nairobi on Monday. The March 11-15 conference drew delegates from 40 countries.",
			[]string{"meetings opened|meeting|2024-03-11|explicit"}},
		{"a hostage crisis is an event noun", "2024-03-14",
			"Rain fell. The hostage crisis began on March 3 when the gunmen entered the school.",
			[]string{"hostage crisis began|attack|2024-03-03|explicit"}},
		{"a date counted from the one before it in a list on one trigger", "2024-03-14",
			"Rain fell. The premier will meet the Dutch king in The Hague on Monday and his Belgian counterpart the following day in Brussels.",
			[]string{"meet|meeting|2024-03-18|explicit", "meet|meeting|2024-03-19|relative"}},
		{"a concession is background; a noun's date is the verb's that follows it at once", "2024-03-14",
			"Rain fell. The envoy opened new peace talks on Wednesday despite a series of bombings and praised the army. The premier, who on his arrival late Friday called for calm, toured the port.",
			[]string{"opened new peace talks|talks|2024-03-13|explicit", "arrival|visit|2024-03-08|explicit", "called for|statement|2024-03-08|explicit"}},
		{"talks that continue are the talks told before", "2024-03-14",
			"Rain fell. Delegates opened talks in Oslo on Wednesday. The talks are expected to continue on Friday.",
			[]string{"opened talks|talks|2024-03-13|explicit"}},
		{"overnight on a weekday is that day", "2024-03-14",
			"Rain fell. Rebels shelled the port overnight on Tuesday.",
			[]string{"shelled|attack|2024-03-12|explicit"}},
		{"a report with no content is no statement", "2024-03-14",
			"Rain fell. Minister Ana Ruiz said on Wednesday.",
			nil},
		{"a date inside what is reported is not the report's", "2024-03-14",
			"Rain fell. The minister said exports in the first half of 2023 were weak. Peace will come soon, said Foreign Minister Ana Ruiz here on Tuesday.",
			[]string{"said|statement|2024-03-12|explicit"}},
		{"a negated verb takes its date but is no event", "2024-03-14",
			"Rain fell. Officials on Friday would not confirm the arrival of the envoy.",
			nil},
		{"what an appeal asks for is no event", "2024-03-14",
			"Rain fell. On Monday, the African Union urged the warring parties in Sudan to agree a truce.",
			[]string{"urged|statement|2024-03-11|explicit"}},
		{"a date between a telling and its that-clause is the telling's", "2024-03-14",
			"Rain fell. The minister told local reporters at the airport on Thursday that talks went well.",
			[]string{"told|statement|2024-03-14|explicit"}},
		{"an opening date dates the main clause whatever its subject's length, unless the subject is an event", "2024-03-14",
			"Rain fell. In May 2021, a large delegation of Nordic ministers, led by the Danish premier, visited Lima to present a trade plan. Last Friday, a collision between a ferry and a trawler killed four people.",
			[]string{"visited|visit|2021-05|explicit", "collision|other|2024-03-08|explicit"}},
		{"what an official writes is a statement", "2024-03-14",
			"Rain fell. The minister wrote on social media on Monday that the border would reopen.",
			[]string{"wrote|statement|2024-03-11|explicit"}},
		{"the date of an opening when-clause is the main clause's too", "2024-03-14",
			"Rain fell. When the envoy met him in Kyiv on Monday, the president said that Ukraine would win.",
			[]string{"met|meeting|2024-03-11|explicit", "said|statement|2024-03-11|explicit"}},
		{"a date after a verb of its own is no list", "2024-03-14",
			"Rain fell. The offensive, launched in early January, was last set for April 20.",
			[]string{"launched|military_operation|2024-01START|explicit"}},
		{"a possessive date names an event told before", "2024-03-14",
			"Rain fell. Rival leaders resumed talks on Monday in Beirut. The speaker called Monday's session a good start.",
			[]string{"resumed talks|talks|2024-03-11|explicit"}},
		{"a light participle after a noun is named with it", "2024-03-14",
			"Rain fell. The new talks follow a first round held ten days ago in Muscat.",
			[]string{"round held|other|2024-03-04|explicit"}},
		{"the verb that governs an event noun after a possessive date names it too", "2024-03-14",
			"Rain fell. Ana Ruiz has won Sunday's presidential run-off with 57 percent of the vote.",
			[]string{"won Sunday's presidential run-off|election|2024-03-10|explicit"}},
		{"what a modal verb would do is no event", "2024-03-14",
			"Rain fell. During his campaign in 2022, the senator claimed that he would broker a ceasefire within a day.",
			[]string{"claimed|statement|2022|explicit"}},
		{"a verb after to is an aim, not an act", "2024-03-14",
			"Rain fell. Overnight, the bishops asked the rebels to \"stop the shelling\" near the port.",
			nil},
		{"a report whose content has only a running period is the news", "2024-03-14",
			"Rain fell. About 900 soldiers have been killed since the start of the rebels' offensive in 2019, the president said Wednesday.",
			[]string{"offensive|military_operation|2019|explicit", "said|statement|2024-03-13|explicit"}},
		{"a date past a since clause is not its verb's", "2024-03-14",
			"Rain fell. Fifteen prisoners have been freed since the envoy started his mission, including seven in January.",
			[]string{"freed|other|2024-01|explicit"}},
		{"two visitors on one day are two visits", "2024-03-14",
			"Rain fell. The French envoy Paul Mercier visited Moscow on Tuesday. NATO chief Ana Ruiz, who visited Kyiv on Tuesday, said the alliance would stay.",
			[]string{"visited|visit|2024-03-12|explicit", "visited|visit|2024-03-12|explicit"}},
		{"taking over is an act", "2024-03-14",
			"Rain fell. Norway is due to take over in June the chair of the Arctic Council.",
			[]string{"take over|other|2024-06|explicit"}},
		{"an event noun, its of-phrase and its date", "2024-03-14",
			"Rain fell. The withdrawal of Russian forces in early January from the town revealed mass graves. The suspension of negotiations on March 6 angered the rebels.",
			[]string{"withdrawal|military_operation|2024-01START|explicit", "negotiations on March 6 angered|talks|2024-03-06|explicit"}},
		{"to be held dates the event noun before it", "2024-03-14",
			"Rain fell. The premier will also attend an informal meeting of the Nordic leaders to be held in Oslo on April 18-19.",
			[]string{"attend an informal meeting|meeting|2024-04-18|explicit"}},
		{"statements of concern and of what is ruled out", "2024-03-14",
			"The minister voiced deep concern on Monday about the shelling. Brazil ruled out sending troops on Tuesday.",
			[]string{"voiced|statement|2024-03-11|explicit", "ruled out|statement|2024-03-12|explicit"}},
		{"late on a day is that day", "2024-03-14",
			"Rebels attacked the convoy late Tuesday near the border.",
			[]string{"attacked|attack|2024-03-12|explicit"}},
		{"a news conference is no meeting", "2024-03-14",
			"The minister told a news conference on Monday that the border would stay closed.",
			[]string{"told|statement|2024-03-11|explicit"}},
		{"a vote to impose sanctions is a sanctions decision", "2024-03-14",
			"The Security Council voted on Monday to impose an arms embargo on the country.",
			[]string{"voted|sanctions|2024-03-11|explicit"}},
		{"going to the polls is an election", "2024-03-14",
			"Voters in the province go to the polls on Sunday to choose a governor.",
			[]string{"go to the polls|election|2024-03-17|explicit"}},
		{"negotiations are talks, a meeting is not", "2024-03-14",
			"Rebel and army envoys opened peace negotiations in Oslo on Monday. The two leaders met in Rome on Tuesday.",
			[]string{"opened peace negotiations|talks|2024-03-11|explicit", "met|meeting|2024-03-12|explicit"}},
		{"a date inside a quotation is the speaker's", "2024-03-14",
			`"We will talk again next week," the envoy told reporters.`,
			nil},
		{"relative to the event before", "2025-08-06",
			"On May 10, the army fired rockets at the airport. Mediators stepped in, leading to a ceasefire within days.",
			[]string{"fired|attack|2025-05-10|explicit", "ceasefire|ceasefire|2025-05MID|relative"}},
		{"planned events are kept", "1999-03-12",
			"Leaders of the alliance will hold a summit in Lisbon in April.",
			[]string{"hold a summit|meeting|1999-04|explicit"}},
		{"the main event takes the publication date", "2025-08-06",
			"Kenya's foreign minister met her Ugandan counterpart to discuss the border dispute, officials said.",
			[]string{"met|meeting|2025-08-06|document"}},
	}
	ex := mustNew(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := mustExtract(t, ex, tc.text, refDay(tc.ref))
			checkResult(t, tc.text, res)
			got := listed(res)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("events of %q\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestNamedEvents: a capitalised event noun that heads an event's name is
// a trigger; one inside the name of something else is not.
func TestNamedEvents(t *testing.T) {
	tests := []struct {
		text, want string // want: the candidate, or "" for none
	}{
		{"Leaders gathered for the 2019 Osaka Summit in June.", "Summit"},
		{"The 1951 Mutual Defense Treaty binds the two allies.", "Treaty"},
		{"Operation Desert Sabre began in 1991.", "Operation"},
		{"Officials of the Atlantic Treaty Organization spoke in Brussels.", ""},
		{"She works for the National Jury of Elections in Lima.", ""},
	}
	ex := mustNew(t)
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			s := Segment(tc.text)[0]
			ex.pos.tag(&posScratch{}, &s)
			got := ""
			for _, c := range ex.candidates(&s) {
				if w := s.Tokens[c.tok].Text; c.trig.noun && startsUpper(w) {
					got = w
				}
			}
			if got != tc.want {
				t.Errorf("capitalised event noun = %q, want %q", got, tc.want)
			}
		})
	}
}

// TestBackgroundVerbs: verbs of quantity, description, cause and private
// life are no events, even next to a date; a political act is one.
func TestBackgroundVerbs(t *testing.T) {
	tests := []eventCase{
		{"trade totals", "2024-05-02",
			"Trade between the two neighbours totaled 3.1 billion dollars in 2023.", nil},
		{"exports rocketed", "2024-05-02",
			"Rice exports rocketed by a third in 2022 after the drought ended.", nil},
		{"a report showed", "2024-05-02",
			"An audit published in March showed that the ministry had overspent.", nil},
		{"a degree earned", "2024-05-02",
			"The new envoy earned a law degree in Lyon in 1998.", nil},
		{"a cause", "2024-05-02",
			"The floods in April caused heavy damage along the coast.", nil},
		{"an act is still listed", "2024-05-02",
			"The parliament dismissed the interior minister in April.",
			[]string{"dismissed|other|2024-04|explicit"}},
	}
	ex := mustNew(t)
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			res := mustExtract(t, ex, tc.text, refDay(tc.ref))
			if got := listed(res); strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("events of %q\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestPlanned(t *testing.T) {
	ex := mustNew(t)
	res := mustExtract(t, ex, "Leaders of the alliance will hold a summit in Lisbon in April. The army attacked the town on Monday.", refDay("1999-03-12"))
	got := map[string]bool{}
	for _, e := range res.Events {
		got[e.Trigger] = e.Planned
	}
	if !got["hold a summit"] || got["attacked"] {
		t.Errorf("planned flags = %v, want summit planned and attacked not", got)
	}
}

func TestLaterMentionsFold(t *testing.T) {
	ex := mustNew(t)
	text := "Last month, the two ministers met in Geneva. The meeting, which surprised many, lasted three hours. " +
		"During that visit they toured a museum."
	res := mustExtract(t, ex, text, refDay("2025-08-06"))
	var met *timeline.Event
	for i, e := range res.Events {
		if e.Trigger == "met" {
			met = &res.Events[i]
		}
		if e.Trigger == "meeting" || e.Trigger == "visit" {
			t.Errorf("%q should fold into the meeting, not stand alone", e.Trigger)
		}
	}
	if met == nil {
		t.Fatalf("no event for met in %v", listed(res))
	}
	if met.Mentions != 3 {
		t.Errorf("the meeting has %d mentions, want 3", met.Mentions)
	}
	if met.Date.Value != "2025-07" {
		t.Errorf("the meeting is dated %q, want 2025-07", met.Date.Value)
	}
}

func TestLocationAfterASettlementNoun(t *testing.T) {
	ex := mustNew(t)
	for _, text := range []string{
		"The president, on holiday in the Black Sea resort of Varna, met the envoy on Monday.",
		"Rebels shelled a school in the town of Varna on Monday.",
	} {
		res := mustExtract(t, ex, text, refDay("2024-03-14"))
		if len(res.Events) != 1 {
			t.Fatalf("%q: want one event, got %v", text, listed(res))
		}
		if l := res.Events[0].Location; l == nil || l.Text != "Varna" || l.CountryCode != "BGR" {
			t.Errorf("%q: location = %+v, want Varna, BGR", text, l)
		}
	}
}

// TestParticipants checks who takes part in one event of each text, the
// event whose trigger contains trigger: each of want must be among its
// participants, by text or by canonical name; where, when set, is its
// location's text ("-": none).
func TestParticipants(t *testing.T) {
	tests := []struct {
		name, text, trigger string
		want                []string
		where               string
	}{
		{"a demonym before an event noun is an actor",
			"Rain fell. Four guards were killed in Syrian air strikes near Homs on Sunday.", "killed",
			[]string{"Syria"}, "Homs"},
		{"a statement is about the actors it reports, not where they were",
			"Rain fell. The envoy voiced deep concern on Monday that Chile and Peru were moving troops to the border in Tacna, warning of a clash with Bolivia.", "voiced",
			[]string{"The envoy", "Chile", "Peru", "Bolivia"}, "-"},
		{"the subject before its date",
			"Rain fell. The Pope on Sunday urged world leaders to end the war.", "urged",
			[]string{"The Pope", "world leaders"}, ""},
		{"a group the text names",
			"Rain fell. The envoy on Monday urged the international community to act.", "urged",
			[]string{"The envoy", "the international community"}, ""},
		{"coordinated subjects of the verb that governs an event noun",
			"Rain fell. Nordic leaders and Chilean President Ana Ruiz opened a two-day summit in Oslo on Monday.", "summit",
			[]string{"Nordic leaders", "Ana Ruiz"}, ""},
		{"a statement is about the actors of its participle clause",
			"Rain fell. The president on Monday praised the premier, citing his resistance to pressure from Syria and Iran.", "praised",
			[]string{"Syria", "Iran"}, ""},
		{"a relative subject of the verb that governs an event noun",
			"Rain fell. Foreign Minister Ana Ruiz arrived on Monday. Ruiz, who will pay an official visit to Chile from March 22 to 27, met reporters.", "official visit",
			[]string{"Ana Ruiz"}, ""},
		{"a relative subject with the actors that qualify its name",
			"Rain fell. NATO chief Ana Ruiz, who visited Kyiv on Tuesday, said the alliance would stay.", "visited",
			[]string{"NATO", "Ana Ruiz"}, ""},
		{"a relative subject across a phrase with no verb",
			"Rain fell. The visit ended with Ana Ruiz, who on her arrival late Friday called for calm.", "called for",
			[]string{"Ana Ruiz"}, ""},
		{"an office stands for its holder named before",
			"Rain fell. French President Ana Ruiz arrived in Oslo on Monday. The French leader on Tuesday said she was looking at resuming contact with Moscow.", "said",
			[]string{"Ana Ruiz"}, ""},
		{"the two sides a few sentences on",
			"Rain fell. The first talks between Chile and Peru took place in 2021. They lasted a day. Nothing came of them. Then, the two sides held three rounds of direct talks in Lima, ending on March 7.", "three rounds",
			[]string{"Chile", "Peru"}, ""},
		{"an office with its country stands for the holder the next sentences name",
			"Chile's foreign minister warned on Monday that talks with Peru could fail. Markets fell in Lima. Ana Ruiz said the talks would go on.", "warned",
			[]string{"Chile's foreign minister", "Ana Ruiz", "Peru"}, ""},
		{"an office stands for the holder named next with that office",
			"Chile’s foreign minister warned on Monday that talks could fail. Chilean Foreign Minister Ana Ruiz said the talks would go on.", "warned",
			[]string{"Ana Ruiz"}, ""},
		{"the subject after a date is the phrase without the date",
			"Rain fell. The army said on Wednesday its troops had taken control of two villages.", "taken control",
			[]string{"its troops"}, ""},
		{"the country is the one told before that is not already taking part",
			"Rain fell. Chile and Fiji signed a trade pact in 2019, when Chilean President Ana Ruiz paid a state visit to the country.", "state visit",
			[]string{"Ana Ruiz", "Fiji"}, ""},
		{"what a statement asks for is no place of the asking",
			"Rain fell. The envoy on Monday called on the council to address the famine in Somalia.", "called on",
			[]string{"The envoy"}, "-"},
		{"what an undated statement asks for is no place of the asking",
			"Rain fell. Talks opened in Oslo on Monday. The envoy called on the council to address the famine in Somalia.", "called on",
			nil, "-"},
		{"the subject before its apposition",
			"Rain fell. The Andean Council, the trade bloc to which both countries belong, urged on Monday an end to the dispute.", "urged",
			[]string{"Andean Council"}, ""},
		{"an official of a country is its person named before, titled or not",
			"Rain fell. Chilean foreign minister Ana Ruiz arrived in Lima on Sunday. The Chilean top official met on Monday with Peru's president.", "met",
			[]string{"Ana Ruiz"}, ""},
		{"an indefinite person named in apposition a sentence on",
			"Rain fell. A Chilean poet was arrested in Lima on Wednesday over a verse. The poet, Ana Ruiz, was freed on bail.", "arrested",
			[]string{"Ana Ruiz"}, ""},
		{"a relative subject across words that schedule the event",
			"Rain fell. Chilean President Ana Ruiz arrived on Friday. Ruiz, who is scheduled to pay a state visit to Peru on March 20, met reporters.", "state visit",
			[]string{"Ana Ruiz"}, ""},
		{"a second verb's subject is the first's",
			"Rain fell. Chile and Peru met in Lima in 2019. Last year, they jointly mapped the border and signed a water accord.", "signed",
			[]string{"Chile", "Peru"}, ""},
		{"company named after the clause takes part too",
			"Rain fell. On May 4, President Ana Ruiz travelled to Oslo to meet the king, alongside a group of Andean leaders, including Peru's President Tomas Berg.", "travelled",
			[]string{"Ana Ruiz", "Tomas Berg"}, ""},
		{"an office holder whose office the text writes in lower case",
			"Rain fell. This angered French president Ana Ruiz, who had pressed for talks. The French leader on Friday said the talks must go on.", "said",
			[]string{"Ana Ruiz"}, ""},
		{"a pronoun three sentences on, across a quotation",
			"Rain fell. Foreign Minister Ana Ruiz set out her terms early. \"We came to make a deal,\" she wrote on Monday. \"We will not bow to threats.\" On Sunday, she told the BBC that Chile was ready to talk.", "told",
			[]string{"Ana Ruiz"}, ""},
	}
	ex := mustNew(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := mustExtract(t, ex, tt.text, refDay("2024-03-14"))
			i := slices.IndexFunc(res.Events, func(e timeline.Event) bool { return strings.Contains(e.Trigger, tt.trigger) })
			if i < 0 {
				t.Fatalf("no event with %q among %v", tt.trigger, listed(res))
			}
			e := res.Events[i]
			for _, w := range tt.want {
				if !slices.ContainsFunc(e.Participants, func(p timeline.Entity) bool { return p.Text == w || p.Canonical == w }) {
					t.Errorf("participants %+v lack %q", e.Participants, w)
				}
			}
			switch {
			case tt.where == "-" && e.Location != nil:
				t.Errorf("location = %+v, want none", e.Location)
			case tt.where != "" && tt.where != "-" && (e.Location == nil || e.Location.Text != tt.where):
				t.Errorf("location = %+v, want %s", e.Location, tt.where)
			}
		})
	}
}

// An office named first is held by the person named next only when
// nothing says that person holds another office or is of another country.
func TestOfficeAheadOfItsHolder(t *testing.T) {
	ex := mustNew(t)
	for _, text := range []string{
		"Chile's foreign minister warned on Monday that talks could fail. Peruvian lawmaker Ana Ruiz said the talks would go on.",
		"Chile's foreign minister warned on Monday that talks could fail. Chilean Interior Minister Ana Ruiz said the talks would go on.",
		"Chile's foreign minister warned on Monday that talks could fail. Rain fell. Snow fell. Ana Ruiz said the talks would go on.",
		"Chilean foreign minister Ana Ruiz arrived on Sunday. The Peruvian top official warned on Monday that talks could fail.",
	} {
		res := mustExtract(t, ex, text, refDay("2024-03-14"))
		for _, e := range res.Events {
			if e.Trigger != "warned" {
				continue
			}
			if slices.ContainsFunc(e.Participants, func(p timeline.Entity) bool { return p.Canonical == "Ana Ruiz" }) {
				t.Errorf("%q: warned names Ana Ruiz: %+v", text, e.Participants)
			}
		}
	}
}

// Two listed days in a row date one event that ends on the second.
func TestListedDaysEnd(t *testing.T) {
	ex := mustNew(t)
	res := mustExtract(t, ex, "The two sides held talks in Oslo on Friday and Saturday.", refDay("2024-03-18"))
	if len(res.Events) != 1 {
		t.Fatalf("want one event, got %v", listed(res))
	}
	if d := res.Events[0].Date; d.Start != "2024-03-15" || d.End != "2024-03-16" || d.EDTF != "2024-03-15/2024-03-16" {
		t.Errorf("date = %+v, want 2024-03-15 to 2024-03-16", d)
	}
}

func TestParticipantsAndLocation(t *testing.T) {
	ex := mustNew(t)
	text := "Last month, Kenyan President William Ruto and Ghana's foreign minister met at the White House."
	res := mustExtract(t, ex, text, refDay("2025-08-06"))
	if len(res.Events) != 1 {
		t.Fatalf("want one event, got %v", listed(res))
	}
	e := res.Events[0]
	var who []string
	for _, p := range e.Participants {
		who = append(who, p.Canonical+"/"+p.Kind)
	}
	for _, want := range []string{"William Ruto/person", "Ghana/country"} {
		if !strings.Contains(strings.Join(who, ","), want) {
			t.Errorf("participants %v lack %s", who, want)
		}
	}
	if e.Location == nil || e.Location.Text != "White House" {
		t.Errorf("location = %+v, want White House", e.Location)
	}
}

func TestDatelineEnd(t *testing.T) {
	tests := []struct {
		text string
		want string // the dateline, "" for none
	}{
		{"ISLAMABAD, Aug 6 (Reuters) - Talks resumed.", "ISLAMABAD, Aug 6 (Reuters) -"},
		{"JERUSALEM (AP)_ Officials met.", "JERUSALEM (AP)_"},
		{"Islamabad (TDI): Dar spoke with Rubio.", "Islamabad (TDI):"},
		{"KYIV, Ukraine (Wire) — Drones struck.", "KYIV, Ukraine (Wire) —"},
		{"Talks resumed - but not for long.", ""},
		{"Read More: Dar, Rubio Discuss Tariffs", ""},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			toks := Segment(tc.text)[0].Tokens
			got := ""
			if n := datelineEnd(toks); n > 0 {
				got = tc.text[:toks[n-1].Span.End]
			}
			if got != tc.want {
				t.Errorf("dateline of %q = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

// TestUnknownNameIsAParticipant: a name the gazetteer lacks, as the
// object of an event verb, is still a participant.
func TestUnknownNameIsAParticipant(t *testing.T) {
	ex := mustNew(t)
	res := mustExtract(t, ex, "The envoy met Mbeleko in Kinshasa on Monday.", refDay("2024-03-14"))
	for _, e := range res.Events {
		if e.Trigger != "met" {
			continue
		}
		for _, p := range e.Participants {
			if p.Text == "Mbeleko" && p.Kind == KindPerson && p.Role == timeline.RoleTarget {
				return
			}
		}
		t.Fatalf("participants of met = %+v, want Mbeleko as a target", e.Participants)
	}
	t.Fatalf("no meeting found in %+v", res.Events)
}

// TestFoldDocument folds dated mentions whose intervals nest and leaves
// undated ones, and those of one sentence, apart.
func TestFoldDocument(t *testing.T) {
	ev := func(sent int, trigger, value string) timeline.Event {
		return timeline.Event{Type: "attack", Trigger: trigger, SentenceIndex: sent, Mentions: 1,
			Date: timeline.NewEventDate("", value, "", timeline.AnchorExplicit)}
	}
	got := foldDocument([]timeline.Event{
		ev(0, "attacked", "2025-05"), ev(1, "attacked", ""), ev(2, "attacked", "2025-05-10"),
		ev(3, "attacked", ""), ev(3, "attack", "2025-06"), ev(4, "attacks", "2025-06-02"),
	})
	var dates []string
	for _, e := range got {
		dates = append(dates, e.Date.Value+"/"+strings.Repeat("+", e.Mentions-1))
	}
	if want := "2025-05-10/+ / / 2025-06-02/+"; strings.Join(dates, " ") != want {
		t.Errorf("folded to %q, want %q", strings.Join(dates, " "), want)
	}
}

func TestStatementsOfTwoSpeakersStayApart(t *testing.T) {
	said := func(sent int, who ...string) timeline.Event {
		e := timeline.Event{Type: "statement", Trigger: "said", SentenceIndex: sent, Mentions: 1,
			Date: timeline.NewEventDate("", "2025-05-10", "", timeline.AnchorExplicit)}
		for _, w := range who {
			e.Participants = append(e.Participants, timeline.Entity{Text: w, Kind: "person"})
		}
		return e
	}
	tests := []struct {
		name string
		in   []timeline.Event
		want int
	}{
		{"two speakers", []timeline.Event{said(0, "Ana Ruiz"), said(2, "Tomas Berg")}, 2},
		{"one speaker twice", []timeline.Event{said(0, "Ana Ruiz"), said(2, "Ana Ruiz", "Chile")}, 1},
		{"a speaker not named again", []timeline.Event{said(0, "Ana Ruiz"), said(2)}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := foldDocument(tt.in); len(got) != tt.want {
				t.Errorf("folded to %d events, want %d", len(got), tt.want)
			}
		})
	}
}

// BenchmarkFoldDocument folds 20,000 mentions of one kind of event, a
// tenth of them dated: one pass, not a comparison of every pair.
func BenchmarkFoldDocument(b *testing.B) {
	var evs []timeline.Event
	for i := 0; i < 20000; i++ {
		e := timeline.Event{Type: "attack", Trigger: "attacked", SentenceIndex: i, Mentions: 1}
		if i%10 == 0 {
			e.Date = timeline.NewEventDate("", "2025-05-10", "", timeline.AnchorExplicit)
		}
		evs = append(evs, e)
	}
	work := make([]timeline.Event, len(evs))
	b.ReportAllocs()
	for b.Loop() {
		copy(work, evs) // foldDocument folds in place
		foldDocument(work)
	}
}
