package extract

import (
	"errors"

	"github.com/chronicle-news/chronicle/extract/timex"
	"github.com/chronicle-news/chronicle/timeline"
)

// This file holds the package's public types: spans, tokens and
// sentences, mentions and their kinds, and the result of an extraction.

// Span is a half-open range of byte offsets into the text passed to the
// extractor: text[Start:End] is the spanned text. A line break that Extract
// joined (hard-wrapped text, see [Unwrap]) is a space in the Text of the
// token, mention or event it falls in; the offsets are the same. It is the
// time tagger's span type, so that a time expression's span needs no
// conversion.
type Span = timex.Span

// Entity kinds.
const (
	KindPerson       = "person"
	KindCountry      = "country"
	KindCity         = "city"
	KindRegion       = "region"
	KindPlace        = "place"
	KindFacility     = "facility"
	KindOrganization = "organization"
	KindTime         = "time"
)

// Mention is a tagged stretch of the text: an entity or a time expression.
type Mention struct {
	Kind      string // person, country, city, region, place, facility, organization or time
	Text      string
	Span      Span
	Canonical string       // the entity's canonical name; for a time, its value
	Title     string       // a person's title or office, when the text gives one ("Secretary of State")
	Country   string       // the country an entity belongs to, when known
	Sentence  int          // index of the sentence holding the mention
	Timex     *timex.Timex // set for time mentions
	Demonym   bool         // a country or place named by its people's adjective ("Pakistani")
	orgKind   string
}

// IsActor reports whether the mention can take part in an event: a person,
// a country or an organisation.
func (m *Mention) IsActor() bool {
	return m.Kind == KindPerson || m.Kind == KindCountry || m.Kind == KindOrganization
}

// IsPlace reports whether the mention names a location.
func (m *Mention) IsPlace() bool {
	switch m.Kind {
	case KindCountry, KindCity, KindRegion, KindPlace, KindFacility:
		return !m.Demonym
	}
	return false
}

// Token is a word, number or punctuation mark.
type Token struct {
	Text string
	Span Span
	Tag  string // Penn Treebank part-of-speech tag; "" until tagged
}

// Sentence is a sentence of the text with its tokens.
type Sentence struct {
	Span   Span
	Tokens []Token
	tagged bool
}

// Text returns the sentence's text, a slice of text.
func (s *Sentence) Text(text string) string { return text[s.Span.Start:s.Span.End] }

// Result is what Extract finds in one text.
type Result struct {
	// Sentences are the text's sentences with their tokens; for a text
	// longer than ChunkSize, their spans only (Tokens is nil), to keep
	// memory bounded.
	Sentences []Sentence
	// Mentions are the entities and time expressions, ordered by Span.Start.
	Mentions []Mention
	// Events are the events found, in text order; timeline.Build orders
	// them. Each has a date anchor: explicit, relative, document, or
	// (for the ones only --all shows) inherited or none.
	Events []timeline.Event
	// Entities counts the people, places and organisations by canonical name.
	Entities []timeline.DocEntity
	// Warnings are problems that did not stop the extraction.
	Warnings []string
}

// ErrEmpty is returned for a text with no words in it.
var ErrEmpty = errors.New("no text to read")

// ChunkSize is the most text Extract works on at once. A longer text is
// read in chunks of about this size, cut at line breaks or sentence ends,
// so that memory stays bounded however long the text; names and events
// are still folded across the whole text, but a later chunk does not know
// the aliases introduced in an earlier one.
const ChunkSize = 256 << 10
