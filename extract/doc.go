// Package extract turns English news text into tagged mentions and dated
// events. It holds the language side of chronicle's pipeline, one stage per
// file, run in this order:
//
//  0. text.go (with html.go): the bytes of an input decoded and checked, an
//     HTML page reduced to its words, headline and publication date
//     ([ReadInput]); unwrap.go joins hard-wrapped lines ([Unwrap]).
//  1. segment.go: sentences and tokens with byte offsets ([Segment]);
//     pos.go: part-of-speech tags from prose's averaged perceptron, run on
//     our tokens from a compact copy of its model (internal/posmodel, made
//     by internal/posgen with go generate), only for the sentences that
//     need them.
//  2. entity.go: people, countries, cities, regions, places, facilities and
//     organisations, each with a canonical name; the rules of each family
//     are in persons.go, orgs.go and teams.go, the names in gazetteer.go
//     (data files under gazetteer/).
//  3. package extract/timex: time expressions with TIMEX3 type, value and
//     modifier, normalized against the reference date. Its doc.go names the
//     file of each rule family; a weekday is resolved by tense in
//     timex/resolve.go (resolveWeekday).
//  4. event.go: the event stage, sentence by sentence (detectEvents,
//     makeEvent), reading
//     - trigger.go: event triggers and the tests that keep a verb out, with
//     lexicon.go (lexicon/triggers.tsv) for their types;
//     - anchor.go: which time expression dates which trigger, and the date
//     it gives;
//     - participants.go: who took part and where; a participant's role
//     (source or target) is chosen in participants;
//     - summary.go: the event's summary;
//     - fold.go: every in-document fold; two events become one in foldInto.
//  5. codes.go: the country (ISO 3166 alpha-3) of every participant and
//     location and a participant's CAMEO actor code, from
//     gazetteer/actors.tsv (derived from the PETRARCH2 dictionaries by
//     internal/genactors) and what the text says of the entity.
//
// extract.go runs the stages ([Extractor.Extract]); it is where to start
// reading. types.go holds the public types, words.go the word-shape helpers
// every stage shares, refdate.go the publication date given as a value
// ([ParseDate]). Scoring against annotated corpora is in package eval.
//
// The event model, ordering, merging across documents and rendering live
// in package timeline.
//
// # State
//
// An [Extractor] holds everything it loads (the tagger's model, the gazetteer,
// the trigger lexicon) and is safe for concurrent use. The package-level
// word sets (built with setOf) are read-only lookup tables: they are filled
// when the program starts and never written afterwards, so they are not
// mutable state in practice; keeping them beside the rules that read them
// makes each rule easier to follow than threading them through structs.
//
// # Example
//
//	ex, err := extract.New()             // loads the models once; reuse ex
//	res, err := ex.Extract(text, published)
//	tl := timeline.Build(timeline.Document{ID: "a1"}, res.Events).Filter(timeline.IsListed)
//	err = tl.WriteJSON(os.Stdout)
package extract
