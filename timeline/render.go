package timeline

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/renderer"
	"github.com/olekukonko/tablewriter/tw"
)

// Widths of truncated table cells, in runes.
const (
	summaryWidth  = 60
	sentenceWidth = 100
	maxWho        = 4
)

// TableOptions tunes [WriteTable] and [WriteMarkdown].
type TableOptions struct {
	Wide         bool // do not truncate the EVENT and SENTENCE cells
	ShowSentence bool // add a SENTENCE column: why the row is there
	// Width is the most terminal columns a line of [WriteTable] may take;
	// 0 sets no limit (cells are cut at their usual widths), and Wide
	// ignores it. To fit, EVENT gives way first (to 30 columns), then
	// SENTENCE, WHO, WHERE and DOC, then all of them again to smaller
	// minimums; a table that cannot fit at the minimums is wider.
	// Markdown ignores it.
	Width int
}

// WriteJSON writes the timeline as one JSON object of schema [Schema], with
// a two-space indent and a trailing newline. Nil slices are written as [].
func (tl Timeline) WriteJSON(w io.Writer) error {
	return tl.encode(w, "  ")
}

// WriteJSONL writes the timeline as one compact JSON line, ending in a
// newline, for JSON Lines streams.
func (tl Timeline) WriteJSONL(w io.Writer) error {
	return tl.encode(w, "")
}

// encode writes the timeline as JSON with the given indent.
func (tl Timeline) encode(w io.Writer, indent string) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", indent)
	if err := enc.Encode(tl.withEmptySlices()); err != nil {
		return fmt.Errorf("timeline: writing json: %w", err)
	}
	return nil
}

// WriteTable writes the events of one or more timelines as a plain text
// table without colour: columns DATE, EVENT, TYPE, WHO and WHERE, preceded
// by DOC when there is more than one timeline, and followed by SENTENCE
// when opts.ShowSentence is set. Rows follow the order of tls and of their
// events. See [WriteMarkdown] for what each cell holds.
func WriteTable(w io.Writer, tls []Timeline, opts TableOptions) error {
	header, rows := tableRows(tls, opts)
	if opts.Width > 0 && !opts.Wide {
		fitColumns(header, rows, opts.Width)
	}
	var buf bytes.Buffer
	table := tablewriter.NewTable(&buf,
		tablewriter.WithRenderer(renderer.NewBlueprint(tw.Rendition{
			Borders: tw.BorderNone,
			Symbols: tw.NewSymbols(tw.StyleNone),
			Settings: tw.Settings{
				Separators: tw.Separators{BetweenColumns: tw.Off, BetweenRows: tw.Off},
				Lines:      tw.Lines{ShowHeaderLine: tw.Off},
			},
		})),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithPadding(tw.Padding{Right: "  ", Overwrite: true}),
	)
	table.Header(header)
	if err := table.Bulk(rows); err != nil {
		return fmt.Errorf("timeline: writing table: %w", err)
	}
	if err := table.Render(); err != nil {
		return fmt.Errorf("timeline: writing table: %w", err)
	}
	// Padded cells leave spaces at the end of lines; drop them.
	var out strings.Builder
	for line := range strings.Lines(buf.String()) {
		out.WriteString(strings.TrimRight(line, " \n"))
		out.WriteString("\n")
	}
	if _, err := io.WriteString(w, out.String()); err != nil {
		return fmt.Errorf("timeline: writing table: %w", err)
	}
	return nil
}

// tableGap is the space between two columns of [WriteTable].
const tableGap = 2

// fitColumns cuts the cells of rows so that the table's lines take at most
// width terminal columns, where the shrinkable columns allow it.
func fitColumns(header []string, rows [][]string, width int) {
	// the columns that give way, in the order they do, each down to the
	// width of its step: EVENT first, and the others before EVENT goes
	// below 20 columns
	shrinkable := []struct {
		header string
		min    int
	}{
		{"EVENT", 30}, {"SENTENCE", 30}, {"WHO", 20}, {"WHERE", 14}, {"DOC", 12},
		{"EVENT", 20}, {"SENTENCE", 20}, {"WHO", 12}, {"WHERE", 10}, {"DOC", 8},
		{"EVENT", 12}, {"TYPE", 10}, {"SENTENCE", 12}, {"WHO", 10}, {"EVENT", 10},
	}
	widths := make([]int, len(header))
	total := tableGap * (len(header) - 1)
	for i, h := range header {
		widths[i] = twwidth.Width(h)
		for _, r := range rows {
			widths[i] = max(widths[i], twwidth.Width(r[i]))
		}
		total += widths[i]
	}
	for _, c := range shrinkable {
		i := slices.Index(header, c.header)
		if total <= width {
			break
		}
		if i < 0 || widths[i] <= c.min {
			continue
		}
		by := min(widths[i]-c.min, total-width)
		widths[i] -= by
		total -= by
		for _, r := range rows {
			r[i] = cutWidth(r[i], widths[i])
		}
	}
}

// cutWidth shortens s to at most n terminal columns, the last being "…".
func cutWidth(s string, n int) string {
	if twwidth.Width(s) <= n {
		return s
	}
	var b strings.Builder
	used := 0
	for _, r := range s {
		rw := twwidth.Width(string(r))
		if used+rw > n-1 {
			break
		}
		b.WriteRune(r)
		used += rw
	}
	return strings.TrimRight(b.String(), " ") + "…"
}

// WriteMarkdown writes the same table as [WriteTable] as a Markdown pipe
// table. In cells, line breaks become spaces and what Markdown would read
// as markup is escaped with a backslash: \| \* \_ \` \< \[ \] and \\.
//
// Cells: DATE is [EventDate.Display], prefixed with "~" when the date is
// inherited from another event, or "undated"; EVENT is the summary (or the
// trigger when there is no summary), truncated to 60 runes with "…" unless
// opts.Wide; TYPE is the type, followed by " (planned)" for a scheduled
// event; WHO lists the participants' canonical names (or their text),
// without duplicates, at most four and then "+N"; WHERE is the location.
func WriteMarkdown(w io.Writer, tls []Timeline, opts TableOptions) error {
	header, rows := tableRows(tls, opts)
	var b strings.Builder
	writeRow := func(cells []string) {
		b.WriteString("|")
		for _, c := range cells {
			b.WriteString(" ")
			b.WriteString(markdownEscape(c))
			b.WriteString(" |")
		}
		b.WriteString("\n")
	}
	writeRow(header)
	sep := make([]string, len(header))
	for i := range sep {
		sep[i] = "---"
	}
	writeRow(sep)
	for _, r := range rows {
		writeRow(r)
	}
	if _, err := io.WriteString(w, b.String()); err != nil {
		return fmt.Errorf("timeline: writing markdown: %w", err)
	}
	return nil
}

// markdownEscaper escapes what Markdown would read as markup in a table
// cell: emphasis (* and _), code spans (`), HTML (<), links ([ ]), the
// cell separator (|) and the backslash itself.
var markdownEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", `\<`, "|", `\|`, "[", `\[`, "]", `\]`)

// markdownEscape returns a cell's text with its Markdown markup escaped.
func markdownEscape(s string) string { return markdownEscaper.Replace(s) }

// tableRows returns the header and rows shared by [WriteTable] and
// [WriteMarkdown].
func tableRows(tls []Timeline, opts TableOptions) (header []string, rows [][]string) {
	withDoc := len(tls) > 1
	if withDoc {
		header = append(header, "DOC")
	}
	header = append(header, "DATE", "EVENT", "TYPE", "WHO", "WHERE")
	if opts.ShowSentence {
		header = append(header, "SENTENCE")
	}
	rows = [][]string{}
	for _, tl := range tls {
		for _, e := range tl.Events {
			var row []string
			if withDoc {
				row = append(row, oneLine(tl.Document.ID))
			}
			event := e.Summary
			if strings.TrimSpace(event) == "" {
				event = e.Trigger
			}
			row = append(row,
				tableDate(e.Date),
				cut(oneLine(event), summaryWidth, opts.Wide),
				tableType(e),
				who(e.Participants),
				oneLine(entityName(e.Location)),
			)
			if opts.ShowSentence {
				row = append(row, cut(oneLine(e.Sentence), sentenceWidth, opts.Wide))
			}
			rows = append(rows, row)
		}
	}
	return header, rows
}

// tableDate returns the DATE cell of an event.
func tableDate(d EventDate) string {
	if d.Value == "" && d.Start == "" {
		return "undated"
	}
	s := d.Display()
	if d.Value == "" {
		s = d.Start
		if d.End != "" && d.End != d.Start {
			s += ".." + d.End
		}
	}
	if d.Anchor == AnchorInherited {
		return "~" + s
	}
	return s
}

// tableType returns the TYPE cell of an event.
func tableType(e Event) string {
	if e.Planned {
		return e.Type + " (planned)"
	}
	return e.Type
}

// who returns the WHO cell: distinct participant names, at most maxWho.
func who(ps []Entity) string {
	names := participantNames(ps)
	if len(names) > maxWho {
		names = append(names[:maxWho:maxWho], "+"+strconv.Itoa(len(names)-maxWho))
	}
	return strings.Join(names, ", ")
}

// participantNames returns the canonical names (or texts) of participants,
// in order, without case-insensitive duplicates.
func participantNames(ps []Entity) []string {
	var names []string
	seen := make(map[string]bool)
	for i := range ps {
		n := oneLine(entityName(&ps[i]))
		k := strings.ToLower(n)
		if n == "" || seen[k] {
			continue
		}
		seen[k] = true
		names = append(names, n)
	}
	return names
}

// entityName returns an entity's canonical name, else its text; "" for nil.
func entityName(e *Entity) string {
	if e == nil {
		return ""
	}
	if e.Canonical != "" {
		return e.Canonical
	}
	return e.Text
}

// oneLine collapses runs of white space, line breaks included, to one space.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// cut truncates s to n runes, the last being "…", unless wide.
func cut(s string, n int, wide bool) string {
	if wide {
		return s
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return strings.TrimRight(string(r[:n-1]), " ") + "…"
}

// WriteCSV writes the events of one or more timelines as RFC 4180 CSV, each
// line ending in CRLF: a header line, then one row per event. Columns:
//
//	doc, id, date, mod, start, end, type, cameo, trigger, summary,
//	participants, location, sentence, planned, anchor, url, sources,
//	participant_countries, participant_actors, location_country
//
// date is the TIMEX3 value; participants are the distinct canonical names
// (or texts) joined by "; ", and participant_countries and
// participant_actors their ISO 3166 alpha-3 country codes and CAMEO actor
// codes in the same order ("" where unknown); location_country is the
// location's country code. planned is "true" or "false"; anchor says how
// the date was reached (explicit, relative, document, inherited, or ""
// for an undated event); url is the document's URL, or for a merged event
// its sources' distinct URLs joined by a space; sources is the number of
// reports the event folds (1 for an event of one document). Nothing is
// truncated. The first thirteen columns are those of earlier versions, in
// the same order.
func WriteCSV(w io.Writer, tls []Timeline) error {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	header := []string{"doc", "id", "date", "mod", "start", "end", "type", "cameo",
		"trigger", "summary", "participants", "location", "sentence",
		"planned", "anchor", "url", "sources", "participant_countries", "participant_actors", "location_country"}
	if err := cw.Write(header); err != nil {
		return fmt.Errorf("timeline: writing csv: %w", err)
	}
	for _, tl := range tls {
		for _, e := range tl.Events {
			names, countries, actors := participantColumns(e.Participants)
			locCountry := ""
			if e.Location != nil {
				locCountry = e.Location.CountryCode
			}
			row := []string{
				tl.Document.ID, e.ID, e.Date.Value, e.Date.Mod, e.Date.Start, e.Date.End,
				e.Type, e.CAMEO, e.Trigger, e.Summary, names, entityName(e.Location), e.Sentence,
				strconv.FormatBool(e.Planned), e.Date.Anchor, eventURL(tl.Document.URL, e),
				strconv.Itoa(max(len(e.Sources), 1)), countries, actors, locCountry,
			}
			if err := cw.Write(row); err != nil {
				return fmt.Errorf("timeline: writing csv: %w", err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("timeline: writing csv: %w", err)
	}
	return nil
}

// participantColumns returns the distinct participants' names (as
// [participantNames] gives them), with their country and actor codes in
// the same order, each list joined by "; ".
func participantColumns(ps []Entity) (names, countries, actors string) {
	var ns, cs, as []string
	seen := make(map[string]bool)
	for i := range ps {
		n := oneLine(entityName(&ps[i]))
		k := strings.ToLower(n)
		if n == "" || seen[k] {
			continue
		}
		seen[k] = true
		ns, cs, as = append(ns, n), append(cs, ps[i].CountryCode), append(as, ps[i].ActorCode)
	}
	if strings.Join(cs, "") == "" {
		cs = nil
	}
	if strings.Join(as, "") == "" {
		as = nil
	}
	return strings.Join(ns, "; "), strings.Join(cs, "; "), strings.Join(as, "; ")
}

// eventURL returns the URL of an event: its document's, or for a merged
// event its sources' distinct URLs, joined by a space.
func eventURL(docURL string, e Event) string {
	if len(e.Sources) == 0 {
		return docURL
	}
	var urls []string
	for _, s := range e.Sources {
		if s.URL != "" && !slices.Contains(urls, s.URL) {
			urls = append(urls, s.URL)
		}
	}
	return strings.Join(urls, " ")
}
