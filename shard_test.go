package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"testing"
)

// TestMain lets the test binary act as the chronicle command, so that
// TestShardedRun can start real processes without building anything; it
// unsets COLUMNS.
func TestMain(m *testing.M) {
	// Tables are fitted to $COLUMNS; the golden files hold them as written
	// to a file with no COLUMNS set.
	os.Unsetenv("COLUMNS")
	if os.Getenv("CHRONICLE_TEST_AS_MAIN") == "1" {
		os.Exit(execute(os.Args[1:], stdio{os.Stdin, os.Stdout, os.Stderr}))
	}
	os.Exit(m.Run())
}

// chronicleProcess runs the test binary as chronicle with args and returns
// its standard output. It reports failure with t.Error, so that it may run
// on other goroutines; callers check t.Failed.
func chronicleProcess(t *testing.T, args ...string) []byte {
	t.Helper()
	cmd := exec.Command(os.Args[0], args...)
	cmd.Env = append(os.Environ(), "CHRONICLE_TEST_AS_MAIN=1")
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Errorf("chronicle %v: %v\n%s", args, err, errb.String())
	}
	return out.Bytes()
}

// TestShardedRun runs chronicle as a sharded job: three processes in
// parallel, each the map step over one shard, then merge as the reduce
// step; the result must equal one process over all the input, merged.
func TestShardedRun(t *testing.T) {
	dir := t.TempDir()
	reports := []string{
		"On May 10, Pakistan fired missiles at Indian military sites near the border.",
		"Pakistan fired missiles at several Indian bases on May 10, officials in Islamabad said.",
		"Last month, Marco Rubio met Mohammad Ishaq Dar at the State Department.",
		"Kenya and Ghana signed a trade pact in Accra on Thursday.",
		"On Thursday, Ghana and Kenya signed a pact cutting tariffs on cocoa.",
		"Protesters rallied in Belgrade on Sunday against the government.",
	}
	var all bytes.Buffer
	var shards []string
	for s := 0; s < 3; s++ {
		var shard bytes.Buffer
		for i := s; i < len(reports); i += 3 {
			rec, _ := json.Marshal(record{ID: fmt.Sprintf("r%d", i), Text: reports[i], Date: "2025-08-07"})
			shard.Write(append(rec, '\n'))
		}
		p := filepath.Join(dir, fmt.Sprintf("shard%d.jsonl", s))
		if err := os.WriteFile(p, shard.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		shards = append(shards, p)
		all.Write(shard.Bytes())
	}
	allPath := filepath.Join(dir, "all.jsonl")
	if err := os.WriteFile(allPath, all.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}

	// map: one process per shard, in parallel
	outs := make([]string, len(shards))
	var wg sync.WaitGroup
	for i, shard := range shards {
		wg.Add(1)
		go func() {
			defer wg.Done()
			outs[i] = filepath.Join(dir, fmt.Sprintf("out%d.jsonl", i))
			if err := os.WriteFile(outs[i], chronicleProcess(t, "-f", "jsonl", "-j", "1", shard), 0o644); err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	// reduce: merge the shards' timelines, in two rounds as a tree would
	partial := filepath.Join(dir, "partial.json")
	if err := os.WriteFile(partial, chronicleProcess(t, "merge", "-f", "json", outs[0], outs[1]), 0o644); err != nil {
		t.Fatal(err)
	}
	sharded := chronicleProcess(t, "merge", "-f", "json", outs[2], partial)

	single := filepath.Join(dir, "single.jsonl")
	if err := os.WriteFile(single, chronicleProcess(t, "-f", "jsonl", allPath), 0o644); err != nil {
		t.Fatal(err)
	}
	whole := chronicleProcess(t, "merge", "-f", "json", single)
	if !bytes.Equal(sharded, whole) {
		t.Errorf("sharded result differs from the single-process result:\n%s\nwant\n%s", sharded, whole)
	}
	var merged struct {
		Events []struct {
			Trigger string            `json:"trigger"`
			Sources []json.RawMessage `json:"sources"`
		} `json:"events"`
	}
	if err := json.Unmarshal(whole, &merged); err != nil {
		t.Fatal(err)
	}
	folded := 0
	for _, e := range merged.Events {
		if len(e.Sources) > 1 {
			folded++
		}
	}
	if folded < 2 {
		t.Errorf("the missile attack and the pact are each told twice and should fold; %d events folded:\n%s", folded, whole)
	}
}
