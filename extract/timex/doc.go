// Package timex finds time expressions in English text and normalizes them
// to TimeML TIMEX3 values against a reference date: "last Tuesday" is
// 2025-08-05 when the article is dated 2025-08-06. It is chronicle's time
// stage, and uses the standard library only.
//
//	tg := timex.New()                  // builds the word table once; reuse tg
//	xs := tg.Tag(text, sentences, ref) // []timex.Timex, each with a byte Span
//
// The caller gives the sentences (package extract's Segment finds them):
// an expression never crosses a sentence boundary, and each sentence's tense
// decides the year of a bare month and the week of a bare weekday.
//
// # Files
//
// The API:
//
//   - timex.go: [Timex], [Type], [Anchor], [Shift], [Span], [Tagger], [New]
//     and [Tagger.Tag], which runs the scanner sentence by sentence.
//
// What the rules share:
//
//   - words.go: every word the rules know, each id beside its forms (word
//     ids, months, weekdays, units, numbers, ordinals, seasons, parts of the
//     day), and newLexicon, which builds the lookup map from them.
//   - token.go: a sentence cut into words, numbers and punctuation, each
//     word looked up in the lexicon.
//   - scan.go: the scanner (scan.run tags one sentence), its token
//     accessors, and the dispatch: match (after a quantifier such as "about"
//     or "more than"), edged (an edge such as "early", "mid-", "the end
//     of") and core, which picks the rule family by the first word
//     (calendarPhrase by its category, wordPhrase by its word id; "now",
//     "recently" and "in the future" are vagueWord).
//   - tense.go: the tense of the clause around an expression (past, present,
//     future, or none), from the markers near it ("will", "said", "-ed",
//     "until").
//   - resolve.go: story time and resolution. The story state (is the text
//     news or a history; ante, the latest date it named, which "that day"
//     and "the following year" count from) and advanceStory, which moves it
//     on; the resolution of a bare month, day, weekday, season or holiday
//     from the tense and the story time: resolveMonth, resolveDay,
//     resolveWeekday (where a weekday is resolved by tense), resolveSeason,
//     resolveHoliday; eventDate and fromAnte for expressions counted from
//     an event ("two days later").
//   - format.go: TIMEX3 value formatting: pad2, pad4, ym, ymd, day, isoWeek,
//     durValue, halfDur, shifted, ago, shiftYear, and the codes of seasons
//     and parts of the day.
//
// One file per rule family:
//
//   - month.go: "May 10", "Sept. 3, 1998", "July 1997", "June last year",
//     and day ranges ("May 7-10", "from May 7 to 10").
//   - weekday.go: "Friday", "Friday morning", "Monday, Oct. 26", "Mondays".
//   - season.go: "summer", "the summer of 1990", "spring 1998".
//   - holiday.go: "Christmas Eve", "Easter Monday 1916", "Election Day".
//   - number.go: expressions that start with digits: years, decades, ISO and
//     numeric dates, "10 May 2025", "the 20th century"; spelled years
//     ("nineteen ninety-six") and "'80s".
//   - clock.go: clock times: "10:35 a.m. EST", "noon", "4 in the morning".
//   - count.go: counts of units: "two weeks", "a four-day visit", "two weeks
//     ago", "two days later", "a week after"; counts themselves
//     ("twenty-four", "a few") and quantifiers ("more than", "up to").
//   - unit.go: phrases that start with a unit or an ordinal: "the year",
//     "year-end", "the weekend", "for years", "days later", "the third
//     quarter", "the first half of 1998".
//   - relative.go: "this/last/next/past/coming/previous/following/same" with
//     a unit, weekday, month, season or part of the day; "today", "tonight",
//     "yesterday"; "every Monday"; "within days"; "then"; "at the time".
//
// # Concurrency
//
// A [Tagger] is read-only once built and safe for concurrent use. The word
// tables of words.go are package-level arrays read only by newLexicon.
package timex
