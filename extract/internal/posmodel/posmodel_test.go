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
