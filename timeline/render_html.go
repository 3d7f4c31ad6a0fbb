package timeline

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"slices"
	"strconv"
	"strings"
)

// HTML output: one self-contained page that draws the chronology on a time
// axis. The markup is render_html.tmpl, the style render_html.css and the
// drawing render_html.js; the page loads nothing from the network. The
// events travel as JSON in a <script type="application/json"> block,
// escaped so that no text can end it, and the same events are written as
// an HTML table below the picture, for reading and copying, and for
// browsers without JavaScript.
//
// The page inlines the style and script minified: render_html.min.css and
// render_html.min.js, which internal/genmin makes from the commented
// sources with github.com/tdewolff/minify. The copies are committed and
// embedded, so the binary carries no minifier; after editing a source, run
// go generate ./timeline (TestMinifiedIsCurrent in internal/genmin fails
// until then). The sources are not embedded.

//go:generate go run ./internal/genmin

//go:embed render_html.tmpl render_html.min.css render_html.min.js
var htmlFiles embed.FS

// htmlEvent is an event as the page's script reads it.
type htmlEvent struct {
	ID       string       `json:"id"`
	Doc      string       `json:"doc,omitempty"`
	Date     string       `json:"date"`           // as the table shows it
	Text     string       `json:"text,omitempty"` // the time expression as written
	Start    string       `json:"start,omitempty"`
	End      string       `json:"end,omitempty"`
	Anchor   string       `json:"anchor,omitempty"`
	Planned  bool         `json:"planned,omitempty"`
	Type     string       `json:"type"`
	CAMEO    string       `json:"cameo,omitempty"`
	Summary  string       `json:"summary"`
	Sentence string       `json:"sentence,omitempty"`
	Who      []htmlEntity `json:"who"`
	Where    *htmlEntity  `json:"where,omitempty"`
	Sources  []htmlSource `json:"sources,omitempty"`
}

// htmlEntity is a participant or a place as the page shows it.
type htmlEntity struct {
	Name    string `json:"name"`
	Kind    string `json:"kind,omitempty"`
	Role    string `json:"role,omitempty"`
	Country string `json:"country,omitempty"` // ISO 3166 alpha-3
	Actor   string `json:"actor,omitempty"`   // CAMEO actor code
}

// htmlSource is one document's report of a merged event.
type htmlSource struct {
	Doc      string `json:"doc"`
	URL      string `json:"url,omitempty"` // shown as text, never as a link
	Date     string `json:"date,omitempty"`
	Sentence string `json:"sentence,omitempty"`
}

// htmlType is one event type of the legend, with its colour.
type htmlType struct {
	Name  string `json:"name"`
	Color string `json:"color"`
	Count int    `json:"count"`
}

// htmlRow is one row of the page's table.
type htmlRow struct {
	N, Num           int // index in the page's data, and 1-based
	Doc              string
	Date, Event      string
	Type, Color      string
	Who, Where       string
	Class            string
	Sources          int
	SourceDocuments  string
	Planned, Undated bool
}

// htmlPage is what the page template is executed with.
type htmlPage struct {
	Title, Subtitle string
	Style           template.CSS
	Script          template.JS
	Data            template.JS
	Types           []htmlType
	Rows            []htmlRow
	ManyDocs        bool
	WithSources     bool
}

// WriteHTML writes the events of one or more timelines as one
// self-contained HTML page: an SVG time axis with each event placed by its
// interval of days (a day as a point, a longer interval as a band, a
// planned event hollow, an inherited date faded, undated events in a strip
// of their own), a lane and a colour per event type, a legend, each
// event's details on click, zoom along the axis, and a table of the events
// below. The page references nothing outside itself. Events of several
// timelines are shown together in date order; equal inputs give equal
// bytes.
func WriteHTML(w io.Writer, tls []Timeline) error {
	page, err := newHTMLPage(tls)
	if err != nil {
		return fmt.Errorf("timeline: writing html: %w", err)
	}
	markup, err := htmlFiles.ReadFile("render_html.tmpl")
	if err != nil {
		return fmt.Errorf("timeline: writing html: %w", err)
	}
	tmpl, err := template.New("page").Parse(string(markup))
	if err != nil {
		return fmt.Errorf("timeline: writing html: %w", err)
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, page); err != nil {
		return fmt.Errorf("timeline: writing html: %w", err)
	}
	if _, err := w.Write(buf.Bytes()); err != nil {
		return fmt.Errorf("timeline: writing html: %w", err)
	}
	return nil
}

// docEvent is an event with the document it comes from.
type docEvent struct {
	doc string
	Event
}

// newHTMLPage gathers what the page shows.
func newHTMLPage(tls []Timeline) (htmlPage, error) {
	var evs []docEvent
	for _, tl := range tls {
		for _, e := range tl.Events {
			evs = append(evs, docEvent{tl.Document.ID, e})
		}
	}
	// each timeline is in order already; this interleaves them by date
	slices.SortStableFunc(evs, func(a, b docEvent) int {
		ka, kb := keyOf(a.Event), keyOf(b.Event)
		ka.offset, kb.offset, ka.trigger, kb.trigger = 0, 0, "", ""
		return compareKeys(ka, kb)
	})
	page := htmlPage{ManyDocs: len(tls) > 1}
	for _, e := range evs {
		if len(e.Sources) > 0 {
			page.WithSources = true
		}
	}
	page.Title, page.Subtitle = htmlTitle(tls, evs)
	data := struct {
		Types  []htmlType  `json:"types"`
		Events []htmlEvent `json:"events"`
	}{Types: htmlTypes(evs), Events: make([]htmlEvent, len(evs))}
	page.Types = data.Types
	for i, e := range evs {
		data.Events[i] = newHTMLEvent(e, page.ManyDocs)
		page.Rows = append(page.Rows, newHTMLRow(i, e))
	}
	// json.Marshal escapes <, > and & (and U+2028, U+2029), so no text
	// can close the script element the data is written into.
	js, err := json.Marshal(data)
	if err != nil {
		return page, err
	}
	page.Data = template.JS(js)
	style, err := htmlFiles.ReadFile("render_html.min.css")
	if err != nil {
		return page, err
	}
	script, err := htmlFiles.ReadFile("render_html.min.js")
	if err != nil {
		return page, err
	}
	page.Style, page.Script = template.CSS(style), template.JS(script)
	return page, nil
}

// htmlTitle returns the page's title and the line under it.
func htmlTitle(tls []Timeline, evs []docEvent) (string, string) {
	title := "Chronology"
	docs := map[string]bool{}
	for _, tl := range tls {
		docs[tl.Document.ID] = true
		for _, e := range tl.Events {
			for _, s := range e.Sources {
				docs[s.Document] = true
			}
		}
	}
	delete(docs, "merged")
	if len(tls) == 1 && tls[0].Document.ID != "merged" && tls[0].Document.ID != "" {
		title = "Chronology: " + tls[0].Document.ID
	}
	sub := plural(len(evs), "event") + " from " + plural(len(docs), "document")
	var first, last string
	for _, e := range evs {
		if s, en, ok := e.Date.Bounds(); ok {
			if first == "" || s.Format(DayLayout) < first {
				first = s.Format(DayLayout)
			}
			if en.Format(DayLayout) > last {
				last = en.Format(DayLayout)
			}
		}
	}
	if first != "" {
		sub += ", " + first + " to " + last
	}
	if len(tls) == 1 && tls[0].Document.RefDate != "" {
		sub += "; published " + tls[0].Document.RefDate
	}
	return title, sub
}

// plural says n things: "1 event", "3 events".
func plural(n int, thing string) string {
	if n == 1 {
		return "1 " + thing
	}
	return strconv.Itoa(n) + " " + thing + "s"
}

// htmlTypes returns the event types present, in the order of [Types], with
// their colours and counts.
func htmlTypes(evs []docEvent) []htmlType {
	count := map[string]int{}
	for _, e := range evs {
		count[e.Type]++
	}
	var out []htmlType
	for _, t := range Types() {
		if count[t] > 0 {
			out = append(out, htmlType{Name: t, Color: typeColor(t), Count: count[t]})
			delete(count, t)
		}
	}
	var rest []string // types this version does not know, in name order
	for t := range count {
		rest = append(rest, t)
	}
	slices.Sort(rest)
	for _, t := range rest {
		out = append(out, htmlType{Name: t, Color: typeColor(t), Count: count[t]})
	}
	return out
}

// typeColor returns the colour of an event type on the page: a distinct
// colour per type (talks a darker shade of meeting's), grey for a type it
// does not know.
func typeColor(t string) string {
	switch t {
	case "statement":
		return "#4e79a7"
	case "call":
		return "#59a14f"
	case "meeting":
		return "#2f9e9e"
	case "talks":
		return "#1d6b80"
	case "visit":
		return "#86bcb6"
	case "agreement":
		return "#8cd17d"
	case "aid":
		return "#b6992d"
	case "threat":
		return "#f28e2b"
	case "protest":
		return "#d37295"
	case "sanctions":
		return "#9d7660"
	case "attack":
		return "#e15759"
	case "military_operation":
		return "#a11d21"
	case "ceasefire":
		return "#76b7b2"
	case "election":
		return "#b07aa1"
	case "other":
		return "#79706e"
	}
	return "#999999"
}

// newHTMLEvent returns the page's view of an event.
func newHTMLEvent(e docEvent, withDoc bool) htmlEvent {
	start, end, ok := e.Date.Bounds()
	he := htmlEvent{
		ID: e.ID, Date: tableDate(e.Date), Text: e.Date.Text, Anchor: e.Date.Anchor, Planned: e.Planned,
		Type: e.Type, CAMEO: e.CAMEO, Summary: eventText(e.Event), Sentence: oneLine(e.Sentence),
		Who: htmlEntities(e.Participants), Where: htmlPlace(e.Location),
	}
	if withDoc {
		he.Doc = e.doc
	}
	if ok {
		he.Start, he.End = start.Format(DayLayout), end.Format(DayLayout)
	}
	for _, s := range e.Sources {
		he.Sources = append(he.Sources, htmlSource{Doc: s.Document, URL: s.URL, Date: s.Date.Text, Sentence: oneLine(s.Sentence)})
	}
	return he
}

// htmlEntities returns the participants, without case-insensitive
// duplicates.
func htmlEntities(ps []Entity) []htmlEntity {
	out := []htmlEntity{}
	seen := map[string]bool{}
	for i := range ps {
		name := oneLine(entityName(&ps[i]))
		if name == "" || seen[strings.ToLower(name)] {
			continue
		}
		seen[strings.ToLower(name)] = true
		out = append(out, htmlEntity{Name: name, Kind: ps[i].Kind, Role: string(ps[i].Role), Country: ps[i].CountryCode, Actor: ps[i].ActorCode})
	}
	return out
}

// htmlPlace returns the page's view of a location, nil for none.
func htmlPlace(l *Entity) *htmlEntity {
	if l == nil || entityName(l) == "" {
		return nil
	}
	return &htmlEntity{Name: oneLine(entityName(l)), Kind: l.Kind, Country: l.CountryCode}
}

// eventText returns what names an event in a row: its summary, else its
// trigger, on one line.
func eventText(e Event) string {
	if strings.TrimSpace(e.Summary) != "" {
		return oneLine(e.Summary)
	}
	return oneLine(e.Trigger)
}

// newHTMLRow returns the table row of the n-th event.
func newHTMLRow(n int, e docEvent) htmlRow {
	r := htmlRow{
		N: n, Num: n + 1, Doc: e.doc, Date: tableDate(e.Date), Event: eventText(e.Event), Type: e.Type, Color: typeColor(e.Type),
		Who: strings.Join(participantNames(e.Participants), ", "), Where: oneLine(entityName(e.Location)),
		Sources: len(e.Sources), Planned: e.Planned, Undated: !e.Date.IsDated(),
	}
	var docs []string
	for _, s := range e.Sources {
		if !slices.Contains(docs, s.Document) {
			docs = append(docs, s.Document)
		}
	}
	r.SourceDocuments = strings.Join(docs, ", ")
	var class []string
	switch {
	case r.Undated:
		class = append(class, "undated")
	case e.Date.Anchor == AnchorInherited:
		class = append(class, "inherited")
	}
	if e.Planned {
		class = append(class, "planned")
	}
	r.Class = strings.Join(class, " ")
	return r
}
