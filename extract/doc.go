// Package extract turns English news text into tagged mentions and dated
// events. It holds the language side of chronicle's pipeline, one stage per
// file, run in this order:
//
//  0. text.go: the bytes of an input checked and turned into text (an HTML
//     page reduced to its words).
//  1. nlp.go: sentences and tokens with byte offsets; part-of-speech tags
//     from prose, only for the sentences that need them.
//  2. entity.go (with gazetteer.go and the data files under gazetteer/):
//     people, countries, cities, regions, places, facilities and
//     organisations, each with a canonical name.
//  3. package extract/timex: time expressions with TIMEX3 type, value and
//     modifier, normalized against the reference date; its doc.go names the
//     file of each rule family.
//  4. event.go (with lexicon.go and lexicon/triggers.tsv): event triggers,
//     their type, participants, location and time; later mentions folded.
//
// extract.go runs the stages ([Extractor.Extract]); it is where to start
// reading. Scoring against annotated corpora is in package eval.
//
// The event model, ordering, merging and rendering live in package timeline.
//
// # State
//
// An [Extractor] holds everything it loads (the prose model, the gazetteer,
// the trigger lexicon) and is safe for concurrent use. The package-level
// word sets (built with setOf) are read-only lookup tables: they are filled
// when the program starts and never written afterwards, so they are not
// mutable state in practice; keeping them beside the rules that read them
// makes each rule easier to follow than threading them through structs.
//
// # Example
//
//	ex, err := extract.New()             // loads the prose model once; reuse ex
//	res, err := ex.Extract(text, published)
//	tl := timeline.Build(timeline.Document{ID: "a1"}, res.Events).Filter(timeline.IsListed)
//	err = tl.WriteJSON(os.Stdout)
package extract
