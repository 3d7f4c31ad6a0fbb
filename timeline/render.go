package timeline

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/olekukonko/tablewriter"
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

// WriteMarkdown writes the same table as [WriteTable] as a Markdown pipe
// table. Pipes in cells are escaped as \| and line breaks become spaces.
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
			b.WriteString(strings.ReplaceAll(c, "|", `\|`))
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

// WriteCSV writes the events of one or more timelines as RFC 4180 CSV: a
// header line (doc, id, date, mod, start, end, type, cameo, trigger,
// summary, participants, location, sentence) then one row per event.
// date is the TIMEX3 value; participants are the distinct canonical names
// (or texts) joined by "; ". Nothing is truncated.
func WriteCSV(w io.Writer, tls []Timeline) error {
	cw := csv.NewWriter(w)
	header := []string{"doc", "id", "date", "mod", "start", "end", "type", "cameo",
		"trigger", "summary", "participants", "location", "sentence"}
	if err := cw.Write(header); err != nil {
		return fmt.Errorf("timeline: writing csv: %w", err)
	}
	for _, tl := range tls {
		for _, e := range tl.Events {
			row := []string{
				tl.Document.ID, e.ID, e.Date.Value, e.Date.Mod, e.Date.Start, e.Date.End,
				e.Type, e.CAMEO, e.Trigger, e.Summary,
				strings.Join(participantNames(e.Participants), "; "),
				entityName(e.Location), e.Sentence,
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
