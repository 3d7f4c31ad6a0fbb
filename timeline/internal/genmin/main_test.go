package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestMinifiedIsCurrent checks that the committed minified copies are the
// ones the sources give today.
func TestMinifiedIsCurrent(t *testing.T) {
	for _, a := range assets() {
		t.Run(a.src, func(t *testing.T) {
			src, err := os.ReadFile(filepath.Join("..", "..", a.src))
			if err != nil {
				t.Fatal(err)
			}
			want, err := minified(a.mediatype, src)
			if err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(filepath.Join("..", "..", a.min))
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("timeline/%s is stale: run go generate ./timeline", a.min)
			}
		})
	}
}
