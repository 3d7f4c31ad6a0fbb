package timeline

import (
	"fmt"
	"io"
	"strings"
)

// WriteSources writes the reports of each event of a merged timeline (see
// [Merge]) as plain text: a line for the event (its id, date, type and
// trigger, and how many reports it folds), then a line for each report:
// the document, its URL if any, and the sentence.
func WriteSources(w io.Writer, tl Timeline) error {
	var b strings.Builder
	for _, e := range tl.Events {
		fmt.Fprintf(&b, "\n%s  %s  %s  %s: %d report%s\n", e.ID, tableDate(e.Date), e.Type, oneLine(e.Trigger),
			len(e.Sources), pluralS(len(e.Sources)))
		for _, s := range e.Sources {
			url := ""
			if s.URL != "" {
				url = " <" + s.URL + ">"
			}
			fmt.Fprintf(&b, "  - %s%s: %s\n", s.Document, url, oneLine(s.Sentence))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func pluralS(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}
