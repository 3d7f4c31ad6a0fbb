package store

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/chronicle-news/chronicle/timeline"
)

func TestProfAdd(t *testing.T) {
	f, err := os.Open("/tmp/sb10/timelines.jsonl")
	if err != nil {
		t.Skip()
	}
	var tls []timeline.Timeline
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		var tl timeline.Timeline
		json.Unmarshal(sc.Bytes(), &tl)
		tls = append(tls, tl)
	}
	s, _ := Open(filepath.Join(t.TempDir(), "p.db"))
	for _, tl := range tls {
		if _, err := s.Add(tl); err != nil {
			t.Fatal(err)
		}
	}
	s.Refold()
}
