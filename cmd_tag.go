package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"

	"text/tabwriter"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
	"github.com/spf13/cobra"
)

// tagOptions holds every flag of the tag command.
type tagOptions struct {
	batch batchOptions
}

// newTagCmd builds the tag command.
func newTagCmd(std stdio) *cobra.Command {
	var o tagOptions
	cmd := &cobra.Command{
		Use:   "tag [file...]",
		Short: "Print the people, places, organisations and time expressions found",
		Long: `tag prints the mentions chronicle recognises in each input: people,
countries, cities, regions, places, facilities, organisations, and time
expressions with their TIMEX3 type, value and modifier. Each mention has a
byte span [start, end) into the input, so that input[start:end] is its text.

Use it to check what was recognised, or to score chronicle against annotated
corpora.`,
		Example: `  chronicle tag --ref-date 2025-08-06 testdata/pakistan-us-2025.txt
  chronicle tag --format json article.txt | jq '.mentions[] | select(.kind == "time")'`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := o.batch.validate(tagFormats()); err != nil {
				return err
			}
			return runTag(o, args, std)
		},
	}
	addBatchFlags(cmd, &o.batch, tagFormats())
	return cmd
}

// tagMention is a mention as the tag command writes it in JSON.
type tagMention struct {
	Kind      string `json:"kind"`
	Text      string `json:"text"`
	Span      [2]int `json:"span"`
	Canonical string `json:"canonical,omitempty"`
	Role      string `json:"role,omitempty"`
	TimexType string `json:"timex_type,omitempty"`
	Value     string `json:"value,omitempty"`
	Mod       string `json:"mod,omitempty"`
}

// tagDoc is one document's mentions as the tag command writes them.
type tagDoc struct {
	Schema   int               `json:"schema"`
	Document timeline.Document `json:"document"`
	Mentions []tagMention      `json:"mentions"`
}

// runTag prints the mentions of each input, in input order.
func runTag(o tagOptions, args []string, std stdio) error {
	many := len(args) > 1 || o.batch.input == "jsonl"
	for _, a := range args {
		many = many || strings.HasSuffix(a, ".jsonl")
	}
	o.batch.mentions = true
	format := formatNamed(o.batch.format)
	write, done := format.docWriter(std.out)
	err := extractEach(o.batch, args, std,
		func(info timeline.Document, res *extract.Result) (any, error) {
			out := tagDoc{Schema: timeline.Schema, Document: info, Mentions: make([]tagMention, 0, len(res.Mentions))}
			for _, m := range res.Mentions {
				tm := tagMention{Kind: m.Kind, Text: m.Text, Span: [2]int{m.Span.Start, m.Span.End}}
				if m.Timex != nil {
					tm.TimexType, tm.Value, tm.Mod = string(m.Timex.Type), m.Timex.Value, m.Timex.Mod
				} else {
					tm.Canonical, tm.Role = m.Canonical, m.Title
				}
				out.Mentions = append(out.Mentions, tm)
			}
			var buf bytes.Buffer
			err := format.tag(&buf, out, many)
			return buf.Bytes(), err
		},
		func(v any) error { return write(v.([]byte)) })
	if err != nil && !errors.Is(err, errSomeFailed) {
		return err
	}
	if derr := done(); derr != nil {
		return derr
	}
	return err
}

// writeTagTable writes one document's mentions as a table; when the input
// holds many documents, the table follows a blank line and the document's
// id.
func writeTagTable(w io.Writer, d tagDoc, many bool) error {
	if many {
		if _, err := fmt.Fprintf(w, "\n%s\n", d.Document.ID); err != nil { // a blank line between documents
			return err
		}
	}
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "KIND\tTEXT\tSPAN\tCANONICAL / VALUE")
	for _, m := range d.Mentions {
		val := m.Canonical
		if m.Kind == extract.KindTime {
			val = strings.TrimSpace(m.TimexType + " " + m.Value + " " + m.Mod)
		} else if m.Role != "" {
			val += " (" + m.Role + ")"
		}
		fmt.Fprintf(tw, "%s\t%s\t%d-%d\t%s\n", m.Kind, oneLine(m.Text), m.Span[0], m.Span[1], val)
	}
	return tw.Flush()
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
