package posmodel

import (
	"slices"
	"strconv"
	"testing"
)

func TestEncodeDecode(t *testing.T) {
	classes := []string{"NN", "VB", "DT"}
	dict := map[string]string{"the": "DT"}
	weights := map[string]map[string]float64{
		"bias":         {"NN": 1.5, "VB": -0.25},
		"i word talks": {"NN": 34.39, "DT": -0.001},
		"i pref1 t":    {},
	}
	data, err := Encode(classes, dict, weights)
	if err != nil {
		t.Fatal(err)
	}
	m, err := Decode(data)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(m.Classes, classes) {
		t.Errorf("classes %v", m.Classes)
	}
	if c, ok := m.Tag("the"); !ok || m.Classes[c] != "DT" {
		t.Errorf("Tag(the) = %d, %v", c, ok)
	}
	if _, ok := m.Tag("The"); ok {
		t.Error("Tag(The) found")
	}
	var got []string
	for _, e := range m.Weights(Hash(Offset, "i word talks")) {
		got = append(got, m.Classes[e.Class()]+":"+strconv.Itoa(int(e.Weight())))
	}
	if want := []string{"NN:34390", "DT:-1"}; !slices.Equal(got, want) {
		t.Errorf("weights %v, want %v", got, want)
	}
	if w := m.Weights(Hash(Offset, "i pref1 t")); w == nil || len(w) != 0 {
		t.Errorf("a feature without weights: %v", w)
	}
	if w := m.Weights(Hash(Offset, "i word none")); w != nil {
		t.Errorf("an unknown feature: %v", w)
	}
	// every truncation and a bad class are errors, not panics
	for n := range len(data) {
		if _, err := Decode(data[:n]); err == nil {
			t.Fatalf("Decode of %d of %d bytes: no error", n, len(data))
		}
	}
	bad := slices.Clone(data)
	bad[len(bad)-4] = 9 // the last entry's class
	if _, err := Decode(bad); err == nil {
		t.Error("a class out of range: no error")
	}
}

func TestEncodeRefuses(t *testing.T) {
	if _, err := Encode([]string{"NN"}, nil, map[string]map[string]float64{"bias": {"NN": 0.0005}}); err == nil {
		t.Error("a weight finer than thousandths: no error")
	}
	if _, err := Encode([]string{"NN"}, map[string]string{"x": "VB"}, nil); err == nil {
		t.Error("a dictionary tag outside the classes: no error")
	}
}

// TestDecodeAnywhere decodes the embedded table from a copy at an address
// not aligned for its slots, which Decode copies instead of reading in
// place: the two models give the same weights.
func TestDecodeAnywhere(t *testing.T) {
	inPlace, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, len(perceptron)+1)
	copy(buf[1:], perceptron)
	copied, err := Decode(buf[1:])
	if err != nil {
		t.Fatal(err)
	}
	if &copied.slots[0] == &inPlace.slots[0] || len(copied.slots) != len(inPlace.slots) {
		t.Fatal("the misaligned table was not copied")
	}
	if !slices.Equal(copied.slots, inPlace.slots) || !slices.Equal(copied.entries, inPlace.entries) {
		t.Error("the copy differs from the table read in place")
	}
	for _, f := range []string{"bias", "i word the", "i suffix ing", "i-1 tag DT"} {
		h := Hash(Offset, f)
		if a, b := inPlace.Weights(h), copied.Weights(h); len(a) == 0 || !slices.Equal(a, b) {
			t.Errorf("feature %q: weights %v in place, %v copied", f, a, b)
		}
	}
}
