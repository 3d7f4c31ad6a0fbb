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

// TableOptions tunes [WriteTable] and [WriteMarkdown], and a [TableWriter].
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
// events; the columns are as wide as their widest cell (or fit opts.Width).
// See [WriteMarkdown] for what each cell holds, and [TableWriter] to write
// timelines as they come.
func WriteTable(w io.Writer, tls []Timeline, opts TableOptions) error {
	t := NewTableWriter(w, opts)
	t.block = -1 // every row sets the widths
	return writeAll(t, tls)
}

// writeAll writes tls through t and closes it.
func writeAll(t *TableWriter, tls []Timeline) error {
	for _, tl := range tls {
		if err := t.Write(tl); err != nil {
			return err
		}
	}
	return t.Close()
}

// TableBlock is how many rows a [TableWriter] made by [NewTableWriter]
// holds back to set the widths of the columns, at most (and the rows of
// the first two timelines, however many).
const TableBlock = 1000

// A TableWriter writes the table of [WriteTable] (or with
// [NewMarkdownWriter] of [WriteMarkdown]) one timeline at a time, so that
// a long run of documents need not be held until its end. Whether there
// is a DOC column is known at the second timeline; a table's column widths
// are set by its first rows: TableWriter holds back the rows of the first
// timelines until there are [TableBlock] of them and at least two
// timelines, then writes them with widths fitted to them (and to
// TableOptions.Width), and writes every later row as it comes. A later cell
// wider than its column is cut to it with "…", with or without a Width or
// Wide, so that every row stays one line. A run that ends within the first
// block gives exactly the table of [WriteTable]; a Markdown table has no
// widths and holds back only the first timeline. Bytes are written once per
// call of Write or Close.
//
// The plain text table is rendered by tablewriter in its streaming mode,
// with fixed column widths.
//
// A TableWriter is not safe for concurrent use.
type TableWriter struct {
	w        io.Writer
	opts     TableOptions
	markdown bool
	block    int // rows held back to set the widths; -1: every row, until Close

	docs   int                // timelines written
	held   [][]string         // rows held back, each with its DOC cell first
	header []string           // once the rows are written: the columns, DOC's if any
	table  *tablewriter.Table // the streaming table, once started; nil for Markdown
	buf    bytes.Buffer       // lines not yet written to w
	err    error              // the first error, returned ever after
}

// NewTableWriter returns a TableWriter that writes the plain text table of
// [WriteTable] to w.
func NewTableWriter(w io.Writer, opts TableOptions) *TableWriter {
	return &TableWriter{w: w, opts: opts, block: TableBlock}
}

// NewMarkdownWriter returns a TableWriter that writes the Markdown table of
// [WriteMarkdown] to w.
func NewMarkdownWriter(w io.Writer, opts TableOptions) *TableWriter {
	return &TableWriter{w: w, opts: opts, markdown: true}
}

// Write writes the rows of one timeline, or holds them back (see
// [TableWriter]).
func (t *TableWriter) Write(tl Timeline) error {
	if t.err != nil {
		return t.err
	}
	t.docs++
	rows := tableRows(tl, t.opts)
	if t.header == nil {
		t.held = append(t.held, rows...)
		if t.block < 0 || t.docs < 2 || len(t.held) < t.block {
			return nil
		}
		t.start(true)
	} else {
		for _, r := range rows {
			if len(r) > len(t.header) {
				r = r[1:] // no DOC column
			}
			t.appendRow(r)
		}
	}
	return t.flush()
}

// Close writes the rows held back, the header at least, and returns the
// first error any write gave.
func (t *TableWriter) Close() error {
	if t.err != nil {
		return t.err
	}
	if t.header == nil {
		t.start(t.docs > 1)
	}
	if t.table != nil {
		t.setErr(t.table.Close())
	}
	return t.flush()
}

// start sets the columns and their widths from the rows held back, and
// puts the header and those rows in the buffer.
func (t *TableWriter) start(withDoc bool) {
	t.header = tableHeader(t.opts)
	if !withDoc {
		t.header = t.header[1:]
		for i, r := range t.held {
			t.held[i] = r[1:]
		}
	}
	if t.markdown {
		t.appendRow(t.header)
		sep := make([]string, len(t.header))
		for i := range sep {
			sep[i] = "---"
		}
		t.appendRow(sep)
	} else {
		widths := columnWidths(t.header, t.held)
		if t.opts.Width > 0 && !t.opts.Wide {
			fitColumns(t.header, widths, t.opts.Width)
		}
		t.table = newStreamTable(&t.buf, widths)
		if t.setErr(t.table.Start()) {
			return
		}
		t.table.Header(t.header)
	}
	for _, r := range t.held {
		t.appendRow(r)
	}
	t.held = nil
}

// newStreamTable returns a borderless tablewriter table in streaming mode
// that writes to w: left-aligned columns of the given widths (in terminal
// columns), tableGap spaces after each cell, cells that do not fit cut
// with "…", a header row kept as it is.
func newStreamTable(w io.Writer, widths []int) *tablewriter.Table {
	perColumn := tw.NewMapper[int, int]()
	for i, n := range widths {
		perColumn.Set(i, n+tableGap) // tablewriter's widths include the padding
	}
	return tablewriter.NewTable(w,
		tablewriter.WithStreaming(tw.StreamConfig{Enable: true}),
		tablewriter.WithWidths(tw.CellWidth{PerColumn: perColumn}),
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
		tablewriter.WithHeaderAutoWrap(tw.WrapTruncate),
		tablewriter.WithRowAutoWrap(tw.WrapTruncate),
		tablewriter.WithPadding(tw.Padding{Right: strings.Repeat(" ", tableGap), Overwrite: true}),
	)
}

// appendRow puts one line in the buffer: a row of the table through
// tablewriter, or the escaped cells of a Markdown row between pipes.
func (t *TableWriter) appendRow(cells []string) {
	if t.err != nil {
		return
	}
	if !t.markdown {
		t.setErr(t.table.Append(cells))
		return
	}
	t.buf.WriteByte('|')
	for _, c := range cells {
		t.buf.WriteByte(' ')
		t.buf.WriteString(markdownEscape(c))
		t.buf.WriteString(" |")
	}
	t.buf.WriteByte('\n')
}

// setErr records err, if it is the first, and reports whether there is
// an error.
func (t *TableWriter) setErr(err error) bool {
	if err != nil && t.err == nil {
		what := "table"
		if t.markdown {
			what = "markdown"
		}
		t.err = fmt.Errorf("timeline: writing %s: %w", what, err)
	}
	return t.err != nil
}

// flush writes the buffer's lines to w, without the spaces that pad the
// last cells of the table.
func (t *TableWriter) flush() error {
	if t.err != nil || t.buf.Len() == 0 {
		return t.err
	}
	out := make([]byte, 0, t.buf.Len())
	for line := range bytes.Lines(t.buf.Bytes()) {
		out = append(out, bytes.TrimRight(line, " \n")...)
		out = append(out, '\n')
	}
	t.buf.Reset()
	_, err := t.w.Write(out)
	t.setErr(err)
	return t.err
}

// tableGap is the space between two columns of [WriteTable].
const tableGap = 2

// fitColumns narrows widths, the widths of the columns named by header,
// so that the table's lines take at most width terminal columns, where the
// shrinkable columns allow it.
func fitColumns(header []string, widths []int, width int) {
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
	total := tableGap * (len(header) - 1)
	for _, w := range widths {
		total += w
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
	}
}

// columnWidths returns the width of each column, in terminal columns: its
// widest cell's, the header's included.
func columnWidths(header []string, rows [][]string) []int {
	widths := make([]int, len(header))
	for i, h := range header {
		widths[i] = twwidth.Width(h)
		for _, r := range rows {
			widths[i] = max(widths[i], twwidth.Width(r[i]))
		}
	}
	return widths
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
	return writeAll(NewMarkdownWriter(w, opts), tls)
}

// markdownEscaper escapes what Markdown would read as markup in a table
// cell: emphasis (* and _), code spans (`), HTML (<), links ([ ]), the
// cell separator (|) and the backslash itself.
var markdownEscaper = strings.NewReplacer(`\`, `\\`, "*", `\*`, "_", `\_`, "`", "\\`", "<", `\<`, "|", `\|`, "[", `\[`, "]", `\]`)

// markdownEscape returns a cell's text with its Markdown markup escaped.
func markdownEscape(s string) string { return markdownEscaper.Replace(s) }

// tableHeader returns the columns of [WriteTable] and [WriteMarkdown],
// DOC first, whether or not the table will have it.
func tableHeader(opts TableOptions) []string {
	header := []string{"DOC", "DATE", "EVENT", "TYPE", "WHO", "WHERE"}
	if opts.ShowSentence {
		header = append(header, "SENTENCE")
	}
	return header
}

// tableRows returns the rows of tl's events, with the cells of
// [tableHeader].
func tableRows(tl Timeline, opts TableOptions) [][]string {
	rows := make([][]string, 0, len(tl.Events))
	doc := oneLine(tl.Document.ID)
	for _, e := range tl.Events {
		event := e.Summary
		if strings.TrimSpace(event) == "" {
			event = e.Trigger
		}
		row := []string{
			doc,
			tableDate(e.Date),
			cut(oneLine(event), summaryWidth, opts.Wide),
			tableType(e),
			who(e.Participants),
			oneLine(entityName(e.Location)),
		}
		if opts.ShowSentence {
			row = append(row, cut(oneLine(e.Sentence), sentenceWidth, opts.Wide))
		}
		rows = append(rows, row)
	}
	return rows
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
// the same order. [CSVWriter] writes the same one timeline at a time.
func WriteCSV(w io.Writer, tls []Timeline) error {
	c := NewCSVWriter(w)
	for _, tl := range tls {
		if err := c.Write(tl); err != nil {
			return err
		}
	}
	return c.Close()
}

// csvHeader is the header line of [WriteCSV].
var csvHeader = []string{"doc", "id", "date", "mod", "start", "end", "type", "cameo",
	"trigger", "summary", "participants", "location", "sentence",
	"planned", "anchor", "url", "sources", "participant_countries", "participant_actors", "location_country"}

// A CSVWriter writes the CSV of [WriteCSV] one timeline at a time: the
// header line with the first, then each timeline's rows as it comes, so
// that nothing is held from one timeline to the next.
//
// A CSVWriter is not safe for concurrent use.
type CSVWriter struct {
	cw     *csv.Writer
	header bool // the header line is written
}

// NewCSVWriter returns a CSVWriter that writes to w.
func NewCSVWriter(w io.Writer) *CSVWriter {
	cw := csv.NewWriter(w)
	cw.UseCRLF = true
	return &CSVWriter{cw: cw}
}

// Write writes the rows of tl's events, after the header line if it is
// the first, and flushes them to the underlying writer.
func (c *CSVWriter) Write(tl Timeline) error {
	c.writeHeader()
	for _, e := range tl.Events {
		names, countries, actors := participantColumns(e.Participants)
		locCountry := ""
		if e.Location != nil {
			locCountry = e.Location.CountryCode
		}
		_ = c.cw.Write([]string{ // an error stays in cw, for flush
			tl.Document.ID, e.ID, e.Date.Value, e.Date.Mod, e.Date.Start, e.Date.End,
			e.Type, e.CAMEO, e.Trigger, e.Summary, names, entityName(e.Location), e.Sentence,
			strconv.FormatBool(e.Planned), e.Date.Anchor, eventURL(tl.Document.URL, e),
			strconv.Itoa(max(len(e.Sources), 1)), countries, actors, locCountry,
		})
	}
	return c.flush()
}

// Close writes the header line if no timeline was written, and returns the
// first error any write gave.
func (c *CSVWriter) Close() error {
	c.writeHeader()
	return c.flush()
}

func (c *CSVWriter) writeHeader() {
	if !c.header {
		c.header = true
		_ = c.cw.Write(csvHeader) // an error stays in cw, for flush
	}
}

func (c *CSVWriter) flush() error {
	c.cw.Flush()
	if err := c.cw.Error(); err != nil {
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
