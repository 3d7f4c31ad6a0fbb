// Package eval measures chronicle against annotated corpora. It is a
// measuring tool, not a pipeline stage: nothing in extract or timeline is
// trained on or reads these corpora.
//
//   - timeline.go: gold timelines (NAME.json beside NAME.txt) and the event
//     scorer behind "chronicle eval timeline": events matched one to one,
//     then date, type, participants and order judged on the matches.
//   - timeml.go: TimeML TIMEX3 files (TempEval-3 TBAQ) and Task A scoring of
//     time expressions (relaxed, strict, value and type F1).
//   - timex2.go: TIMEX2 files in the WikiWars layout, read into the same
//     documents as TimeML so that one scorer serves both.
//   - conll.go: CoNLL-2003 named-entity files and conlleval-style scoring
//     of the entity stage.
//   - codes.go: the share of locations with a country code and of country
//     and official participants with a CAMEO actor code ("chronicle eval
//     codes"); it needs no gold annotation.
//   - prf.go: precision, recall and F1, shared by every scorer.
//
// Readers take a path and return plain documents; scorers take the
// documents and a function that tags a text (for example
// [extract.Extractor.TagTimes]), so they can score any tagger.
package eval
