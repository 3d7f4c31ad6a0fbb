package extract_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
)

func Example() {
	ex, err := extract.New() // loads the prose model once; reuse ex
	if err != nil {
		panic(err)
	}
	published := time.Date(2025, 8, 6, 0, 0, 0, 0, time.UTC)
	text := "On May 10, Pakistan fired missiles at Indian military sites. " +
		"Last month, Foreign Minister Ishaq Dar and Secretary of State Marco Rubio met at the State Department."
	res, err := ex.Extract(text, published)
	if err != nil {
		panic(err)
	}
	tl := timeline.Build(timeline.Document{ID: "example"}, res.Events).Filter(timeline.IsListed)
	for _, e := range tl.Events {
		var who []string
		for _, p := range e.Participants {
			who = append(who, p.Canonical)
		}
		fmt.Println(e.Date.Value, e.Type, e.Trigger, strings.Join(who, ", "), "at", e.Location.Text)
	}
	// Output:
	// 2025-05-10 attack fired Pakistan at India
	// 2025-07 meeting met Ishaq Dar, Marco Rubio at State Department
}
