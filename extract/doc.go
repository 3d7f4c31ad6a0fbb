// Package extract turns English news text into tagged mentions and dated
// events. It holds the language side of chronicle's pipeline, one stage per
// file, run in this order:
//
//  1. nlp.go: sentences and tokens with byte offsets; part-of-speech tags
//     from prose, only for the sentences that need them.
//  2. entity.go (with gazetteer.go and the data files under gazetteer/):
//     people, countries, cities, regions, places, facilities and
//     organisations, each with a canonical name.
//  3. timex.go: time expressions with TIMEX3 type, value and modifier,
//     normalized against the reference date.
//  4. event.go: event triggers, their type, participants, location and time.
//
// The event model, ordering, folding and rendering live in package timeline.
package extract

// Span is a half-open range of byte offsets into the text passed to the
// extractor: text[Start:End] is the spanned text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}
