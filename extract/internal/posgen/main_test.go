package main

import (
	"bytes"
	"math"
	"os"
	"slices"
	"testing"

	"github.com/chronicle-news/chronicle/extract/internal/posmodel"
)

// TestTableIsCurrent checks that the committed table is the one prose's
// model gives today.
func TestTableIsCurrent(t *testing.T) {
	want, err := table()
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile("../posmodel/perceptron.bin")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("extract/internal/posmodel/perceptron.bin is stale: run go generate -run posgen ./extract")
	}
}

// TestTableHoldsProseModel reads the table back and finds in it every
// weight and dictionary word of prose's model.
func TestTableHoldsProseModel(t *testing.T) {
	weights, dict, classes, err := proseModel()
	if err != nil {
		t.Fatal(err)
	}
	m, err := posmodel.Load()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.Classes, classes) {
		t.Fatalf("classes %v, want %v", m.Classes, classes)
	}
	for w, tag := range dict {
		if c, ok := m.Tag(w); !ok || m.Classes[c] != tag {
			t.Errorf("dictionary: %q not %s", w, tag)
		}
	}
	n := 0
	for f, ws := range weights {
		es := m.Weights(posmodel.Hash(posmodel.Offset, f))
		if len(es) != len(ws) {
			t.Fatalf("feature %q: %d weights, want %d", f, len(es), len(ws))
		}
		for _, e := range es {
			if want := ws[m.Classes[e.Class()]]; math.Abs(float64(e.Weight())/1000-want) > 1e-9 {
				t.Fatalf("feature %q, class %s: weight %d/1000, want %v", f, m.Classes[e.Class()], e.Weight(), want)
			}
			n++
		}
	}
	if m.Weights(posmodel.Hash(posmodel.Offset, "i word no-such-word")) != nil {
		t.Error("an unknown feature has weights")
	}
	t.Logf("%d features, %d weights, %d dictionary words", len(weights), n, len(dict))
}
