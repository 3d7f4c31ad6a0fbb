package timeline

import "strings"

// Schema is the version of the JSON contract written by [Timeline.WriteJSON].
// Field names and meanings change only with a new schema number.
const Schema = 1

// Anchor says how an event's date was reached.
const (
	AnchorExplicit  = "explicit"  // the event's own time expression
	AnchorRelative  = "relative"  // a time expression relative to another event ("within days")
	AnchorInherited = "inherited" // no time expression: the time of the event it continues
	AnchorDocument  = "document"  // the reported event, dated by the reference date
	AnchorNone      = ""          // undated
)

// EventDate is an event's date: the time expression it came from, its
// TIMEX3 value and modifier, and the interval of days it covers.
type EventDate struct {
	Text   string `json:"text"`
	Value  string `json:"value"`
	Mod    string `json:"mod,omitempty"`
	Start  string `json:"start,omitempty"` // first day, YYYY-MM-DD
	End    string `json:"end,omitempty"`   // last day, YYYY-MM-DD
	EDTF   string `json:"edtf,omitempty"`
	Anchor string `json:"anchor"`
}

// Entity is a participant or a location: the text as written and its kind
// (person, country, city, region, place, facility, organization), and,
// where known, the codes an event-data user joins on.
type Entity struct {
	Text      string `json:"text"`
	Kind      string `json:"kind"`
	Canonical string `json:"canonical,omitempty"`
	Role      Role   `json:"role,omitempty"` // a participant's part; "" for a location
	// Country is the country the entity belongs to or lies in, by its
	// common English name ("Switzerland" for Geneva); CountryCode is that
	// country's ISO 3166-1 alpha-3 code ("CHE"). Empty when not known.
	Country     string `json:"country,omitempty"`
	CountryCode string `json:"country_code,omitempty"`
	// ActorCode is a participant's CAMEO actor code: a country ("USA"), a
	// country and a role ("PAKGOV": Pakistan's government, "ISRMIL"), or an
	// international body ("IGOUNO": the UN). Empty when not known.
	ActorCode string `json:"actor_code,omitempty"`
	// Lat and Lon are a location's coordinates in decimal degrees (WGS 84):
	// its city's, else its country's centre; nil when not known.
	Lat *float64 `json:"lat,omitempty"`
	Lon *float64 `json:"lon,omitempty"`
	// Span is where the text names the entity: byte offsets into the
	// input. It is not part of the JSON.
	Span [2]int `json:"-"`
}

// Role is a participant's part in an event, as CAMEO codes it: the actor
// that acts (source) or the one acted upon (target).
type Role string

// The roles of a participant.
const (
	RoleSource Role = "source"
	RoleTarget Role = "target"
)

// Event is one row of a timeline.
type Event struct {
	ID            string    `json:"id"`
	Date          EventDate `json:"date"`
	Type          string    `json:"type"`
	CAMEO         string    `json:"cameo"`
	Trigger       string    `json:"trigger"`
	Summary       string    `json:"summary"`
	Participants  []Entity  `json:"participants"`
	Location      *Entity   `json:"location"`
	Sentence      string    `json:"sentence"`
	SentenceIndex int       `json:"sentence_index"`
	Span          [2]int    `json:"span"` // the trigger's byte offsets in the input
	Mentions      int       `json:"mentions"`
	Planned       bool      `json:"planned,omitempty"`
	Confidence    float64   `json:"confidence"`
	Sources       []Source  `json:"sources,omitempty"`
}

// Source is one document's report of an event, as a merged timeline keeps
// it: the document's id and URL, and the event as that document gave it
// (its id there, date, trigger, sentence, participants...). A merged event
// lists every source it folds, so that merging again starts from the same
// reports whatever the order: see [Merge].
type Source struct {
	Document string `json:"document"`
	// DocumentHash is the reporting document's Hash: two documents that
	// share an id are told apart by it.
	DocumentHash string `json:"document_hash,omitempty"`
	URL          string `json:"url,omitempty"`
	Event
}

// DocEntity is an entity counted over a whole document.
type DocEntity struct {
	Text    string   `json:"text"`
	Kind    string   `json:"kind"`
	Aliases []string `json:"aliases"`
	Count   int      `json:"count"`
	// Documents counts the mentions by document id, in a merged
	// timeline: Count is their sum, and merging a document again does not
	// count it twice.
	Documents map[string]int `json:"documents,omitempty"`
}

// Document describes the input a timeline was read from.
type Document struct {
	ID     string `json:"id"`
	Source string `json:"source"` // path, "stdin" or "record"
	// Hash identifies the document's text: the first 16 hex digits of its
	// SHA-256. Merge tells two documents of one id apart by it.
	Hash          string `json:"hash,omitempty"`
	URL           string `json:"url,omitempty"`
	RefDate       string `json:"ref_date"`
	RefDateSource string `json:"ref_date_source"` // flag, record, text or today
}

// Timeline is the chronology of one document: its events in chronological
// order, and the entities they mention.
type Timeline struct {
	Schema   int         `json:"schema"`
	Document Document    `json:"document"`
	Events   []Event     `json:"events"`
	Entities []DocEntity `json:"entities"`
	Warnings []string    `json:"warnings,omitempty"`
}

// IsConsult reports whether an event type is one of CAMEO's 04 (consult):
// a call, visit, meeting or talks, which one event can be reported as
// ("met" ... "during that visit").
func IsConsult(typ string) bool { return strings.HasPrefix(CAMEO(typ), "04") }

// Types lists the event types, in the order of DESIGN.md.
func Types() []string {
	return []string{"statement", "call", "meeting", "talks", "visit", "agreement", "aid", "threat", "protest",
		"sanctions", "attack", "military_operation", "ceasefire", "election", "other"}
}

// CAMEO returns the CAMEO code of an event type: its root code, or within
// 04 (consult) its sub-code (call 041, visit 042, meeting 044, talks 046);
// "" for types that have none (election, other).
func CAMEO(typ string) string {
	switch typ {
	case "statement":
		return "01"
	case "call":
		return "041"
	case "visit":
		return "042"
	case "meeting":
		return "044"
	case "talks":
		return "046"
	case "agreement":
		return "05"
	case "aid":
		return "07"
	case "ceasefire":
		return "08"
	case "threat":
		return "13"
	case "protest":
		return "14"
	case "sanctions":
		return "16"
	case "attack":
		return "18"
	case "military_operation":
		return "19"
	}
	return ""
}
