// Command posgen writes extract/internal/posmodel/perceptron.bin: prose
// v2.0.0's part-of-speech model (the averaged perceptron's weights, tag
// dictionary and classes, as prose embeds them) in the compact form package
// posmodel reads. extract/pos.go runs it with go generate:
//
//	go generate -run posgen ./extract
//
// prose stays the model's source: the table changes only when prose's model
// does (a new version of prose in go.mod), and TestTableIsCurrent fails
// until it is regenerated.
package main

import (
	"bytes"
	"encoding/gob"
	"flag"
	"fmt"
	"os"

	"github.com/chronicle-news/chronicle/extract/internal/posmodel"
	"github.com/jdkato/prose/v2"
)

func main() {
	out := flag.String("o", "perceptron.bin", "the file to write")
	flag.Parse()
	b, err := table()
	if err == nil {
		err = os.WriteFile(*out, b, 0o644)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "posgen: %v\n", err)
		os.Exit(1)
	}
}

// table returns the table of prose's embedded model.
func table() ([]byte, error) {
	weights, dict, classes, err := proseModel()
	if err != nil {
		return nil, err
	}
	return posmodel.Encode(classes, dict, weights)
}

// proseModel decodes the averaged perceptron prose embeds (prose's Model.Write
// writes only its named-entity model, so the tagger's files are read as prose
// reads them).
func proseModel() (weights map[string]map[string]float64, dict map[string]string, classes []string, err error) {
	for _, a := range []struct {
		name string
		v    any
	}{{"weights", &weights}, {"tags", &dict}, {"classes", &classes}} {
		data, err := prose.Asset("model/AveragedPerceptron/" + a.name + ".gob")
		if err != nil {
			return nil, nil, nil, err
		}
		if err := gob.NewDecoder(bytes.NewReader(data)).Decode(a.v); err != nil {
			return nil, nil, nil, fmt.Errorf("decoding prose's %s: %w", a.name, err)
		}
	}
	return weights, dict, classes, nil
}
