package main

import (
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
)

// propertyTimelines extracts the timelines of our own articles (and the dev
// set's when it is there), then gives them ids that collide: every third
// shares the id "a1" (different texts under one id, as two shards' records
// do), and every fourth has an id made from its text, as an input without
// an id gets.
func propertyTimelines(t *testing.T) []timeline.Timeline {
	t.Helper()
	var paths []string
	for _, dir := range []string{"testdata/timelines", "testdata/holdout", "../shared/data/timelines/dev"} {
		p, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		paths = append(paths, p...)
	}
	if len(paths) < 20 {
		t.Fatalf("want 20 articles, found %d", len(paths))
	}
	ex, err := extract.New()
	if err != nil {
		t.Fatal(err)
	}
	ref := time.Date(2025, 8, 6, 0, 0, 0, 0, time.UTC)
	var tls []timeline.Timeline
	for i, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		res, err := ex.Events(text, ref)
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		doc := timeline.Document{ID: strings.TrimSuffix(filepath.Base(p), ".txt"), Source: "path", Hash: timeline.TextHash(text)}
		switch {
		case i%3 == 0:
			doc.ID = "a1"
		case i%4 == 0:
			doc.ID, doc.Source = "record-"+doc.Hash[:12], "record"
		}
		tl := timeline.Build(doc, res.Events).Filter(timeline.IsListed)
		tl.Entities = res.Entities
		tls = append(tls, tl)
	}
	return tls
}

// roundTrip returns a timeline as a later run reads it back: through JSON.
func roundTrip(t *testing.T, tl timeline.Timeline) timeline.Timeline {
	t.Helper()
	b, err := json.Marshal(tl)
	if err != nil {
		t.Fatal(err)
	}
	var out timeline.Timeline
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

func jsonOf(t *testing.T, tl timeline.Timeline) string {
	t.Helper()
	b, err := json.Marshal(tl)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestMergeProperties: merging is commutative, associative and idempotent
// for events, sources and entity counts alike, with colliding and
// text-derived ids; no document is lost to an id it shares.
func TestMergeProperties(t *testing.T) {
	tls := propertyTimelines(t)
	for i := range tls {
		tls[i] = roundTrip(t, tls[i])
	}
	whole := timeline.Merge(tls...)
	want := jsonOf(t, whole)

	// no report is lost: every input event is a source of the merge
	in, out := 0, 0
	for _, tl := range tls {
		in += len(tl.Events)
	}
	for _, e := range whole.Events {
		out += len(e.Sources)
	}
	if in != out {
		t.Errorf("%d input events, %d sources in the merge", in, out)
	}
	if len(whole.Warnings) == 0 || !strings.Contains(strings.Join(whole.Warnings, "\n"), `"a1"`) {
		t.Errorf("the shared id a1 should be reported: %q", whole.Warnings)
	}

	rng := rand.New(rand.NewSource(1))
	for trial := 0; trial < 20; trial++ {
		// a random order, cut into random shards, each merged (and read
		// back as JSON), then the shards merged in a random order
		order := rng.Perm(len(tls))
		var shards []timeline.Timeline
		for start := 0; start < len(order); {
			n := 1 + rng.Intn(6)
			end := min(start+n, len(order))
			var part []timeline.Timeline
			for _, k := range order[start:end] {
				part = append(part, tls[k])
			}
			shards = append(shards, roundTrip(t, timeline.Merge(part...)))
			start = end
		}
		rng.Shuffle(len(shards), func(i, j int) { shards[i], shards[j] = shards[j], shards[i] })
		if got := jsonOf(t, timeline.Merge(shards...)); got != want {
			t.Fatalf("trial %d: merging %d shards differs from one merge", trial, len(shards))
		}
	}

	// idempotent: merge(x, x) = x, merge(merge(a, b), a) = merge(a, b)
	x := roundTrip(t, whole)
	if got := jsonOf(t, timeline.Merge(x, x)); got != jsonOf(t, timeline.Merge(x)) {
		t.Errorf("merge(x, x) differs from merge(x)")
	}
	if got := jsonOf(t, timeline.Merge(x, tls[0], tls[1])); got != want {
		t.Errorf("merge(merge(all), a, b) differs from merge(all): entity counts or sources counted twice")
	}
}
