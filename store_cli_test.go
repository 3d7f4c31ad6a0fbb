package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chronicle-news/chronicle/store"
)

// devRecords writes the dev articles as JSON Lines records, each dated by
// its gold timeline's "dct", in two files of 5 and 6 records, and returns
// their paths.
func devRecords(t *testing.T, dir string) (first, second string) {
	t.Helper()
	txts, err := filepath.Glob("../shared/data/timelines/dev/*.txt")
	if err != nil || len(txts) == 0 {
		t.Skipf("no dev articles: %v", err)
	}
	var bufs [2]bytes.Buffer
	for i, p := range txts {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var gold struct {
			DCT string `json:"dct"`
		}
		b, err := os.ReadFile(strings.TrimSuffix(p, ".txt") + ".json")
		if err == nil {
			err = json.Unmarshal(b, &gold)
		}
		if err != nil {
			t.Fatal(err)
		}
		rec, _ := json.Marshal(record{ID: strings.TrimSuffix(filepath.Base(p), ".txt"), Text: string(text), Date: gold.DCT})
		bufs[min(i/5, 1)].Write(append(rec, '\n'))
	}
	first, second = filepath.Join(dir, "first.jsonl"), filepath.Join(dir, "second.jsonl")
	for i, p := range []string{first, second} {
		if err := os.WriteFile(p, bufs[i].Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return first, second
}

// mustRun runs chronicle in-process and fails the test on a non-zero exit.
func mustRun(t *testing.T, args ...string) string {
	t.Helper()
	out, errOut, code := run(t, "", args...)
	if code != 0 {
		t.Fatalf("chronicle %v: exit %d\n%s", args, code, errOut)
	}
	return out
}

// TestAddDevArticles: the dev articles added in two runs, then one again,
// give the chronology merge gives over their timelines, and the third run
// skips its document.
func TestAddDevArticles(t *testing.T) {
	dir := t.TempDir()
	first, second := devRecords(t, dir)
	db := filepath.Join(dir, "dev.db")
	if out := mustRun(t, "add", "--db", db, first); !strings.Contains(out, "documents: 5 added") {
		t.Errorf("first add: %s", out)
	}
	if out := mustRun(t, "add", "--db", db, second); !strings.Contains(out, "documents: 6 added") {
		t.Errorf("second add: %s", out)
	}
	again := filepath.Join(dir, "again.jsonl")
	b, _ := os.ReadFile(first)
	os.WriteFile(again, bytes.SplitAfter(b, []byte("\n"))[0], 0o644)
	if out := mustRun(t, "add", "--db", db, again); !strings.Contains(out, "0 added, 1 skipped, 0 replaced") {
		t.Errorf("third add: %s, want one document skipped", out)
	}
	timelines := filepath.Join(dir, "timelines.jsonl")
	os.WriteFile(timelines, []byte(mustRun(t, "-f", "jsonl", first, second)), 0o644)
	merged := mustRun(t, "merge", "-f", "json", timelines)
	queried := mustRun(t, "query", "--db", db, "-f", "json")
	if queried != merged {
		t.Errorf("query differs from merge:\n%s\nwant\n%s", queried, merged)
	}
	// timelines from earlier runs are added as they are: the same documents
	if out := mustRun(t, "add", "--db", db, timelines); !strings.Contains(out, "0 added, 11 skipped") {
		t.Errorf("adding the timelines of the documents stored: %s", out)
	}
	db2 := filepath.Join(dir, "timelines.db")
	mustRun(t, "add", "--db", db2, timelines)
	if q := mustRun(t, "query", "--db", db2, "-f", "json"); q != merged {
		t.Errorf("a store of timelines differs from merge")
	}
	// a store's chronology is a merged timeline that another store takes
	chronology := filepath.Join(dir, "chronology.jsonl")
	os.WriteFile(chronology, []byte(mustRun(t, "query", "--db", db, "-f", "jsonl")), 0o644)
	db3 := filepath.Join(dir, "copy.db")
	if out := mustRun(t, "add", "--db", db3, chronology); !strings.Contains(out, "documents: 11 added") {
		t.Errorf("adding a store's chronology: %s", out)
	}
	if q := mustRun(t, "query", "--db", db3, "-f", "json"); q != merged {
		t.Errorf("a store made from another's chronology differs from merge")
	}
}

// TestAddReplaces: an edited copy of an article under the same id replaces
// it: the event of its removed sentence is gone.
func TestAddReplaces(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "r.db")
	write := func(text string) string {
		p := filepath.Join(dir, "in.jsonl")
		rec, _ := json.Marshal(record{ID: "a1", Text: text, Date: "2025-08-07"})
		os.WriteFile(p, append(rec, '\n'), 0o644)
		return p
	}
	missiles := "On May 10, Pakistan fired missiles at Indian military sites near the border."
	pact := "Kenya and Ghana signed a trade pact in Accra on Thursday."
	mustRun(t, "add", "--db", db, write(missiles+" "+pact))
	if q := mustRun(t, "query", "--db", db, "--text", "pact"); !strings.Contains(q, "signed") {
		t.Fatalf("the pact is not stored:\n%s", q)
	}
	if out := mustRun(t, "add", "--db", db, write(missiles)); !strings.Contains(out, "0 added, 0 skipped, 1 replaced") {
		t.Errorf("adding the edited copy: %s", out)
	}
	q := mustRun(t, "query", "--db", db, "-f", "jsonl")
	if strings.Contains(q, "pact") || !strings.Contains(q, "missiles") {
		t.Errorf("after the edit the pact should be gone and the missiles kept:\n%s", q)
	}
}

// testRecords writes n short records with ids prefix0..prefixN-1 whose
// events fold with one another's now and then.
func testRecords(t *testing.T, path, prefix string, n int) {
	t.Helper()
	var b bytes.Buffer
	for i := range n {
		text := fmt.Sprintf("On May %d, Pakistan fired missiles at Indian bases near the border. "+
			"Kenya and Ghana signed a trade pact in Accra on Thursday after %d days of talks.", 1+i%28, i)
		rec, _ := json.Marshal(record{ID: fmt.Sprintf("%s%d", prefix, i), Text: text, Date: "2025-08-07"})
		b.Write(append(rec, '\n'))
	}
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestConcurrentAdds: two add processes at once into one store both
// succeed and store every document.
func TestConcurrentAdds(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "c.db")
	var wg sync.WaitGroup
	for _, p := range []string{"a", "b"} {
		in := filepath.Join(dir, p+".jsonl")
		testRecords(t, in, p, 100)
		wg.Add(1)
		go func() {
			defer wg.Done()
			chronicleProcess(t, "add", "-j", "1", "--db", db, in)
		}()
	}
	wg.Wait()
	if t.Failed() {
		t.FailNow()
	}
	if n := storeDocuments(t, db); n != 200 {
		t.Errorf("%d documents stored, want 200", n)
	}
}

// storeDocuments returns how many documents a store holds.
func storeDocuments(t *testing.T, db string) int {
	t.Helper()
	s, err := store.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	st, err := s.Stats(store.Filter{})
	if err != nil {
		t.Fatal(err)
	}
	return st.Documents
}

// TestKilledAdd: an add killed with SIGKILL halfway, then run again, leaves
// the store a clean run gives.
func TestKilledAdd(t *testing.T) {
	// enough records that the add is still running when the first are
	// stored, however fast extraction has become
	const records = 3000
	dir := t.TempDir()
	in := filepath.Join(dir, "in.jsonl")
	testRecords(t, in, "k", records)
	db := filepath.Join(dir, "killed.db")
	cmd := exec.Command(os.Args[0], "add", "-j", "1", "--db", db, in)
	cmd.Env = append(os.Environ(), "CHRONICLE_TEST_AS_MAIN=1")
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	stored := 0
	for deadline := time.Now().Add(time.Minute); time.Now().Before(deadline); time.Sleep(5 * time.Millisecond) {
		if _, err := os.Stat(db); err == nil {
			if stored = storeDocuments(t, db); stored >= 10 {
				break
			}
		}
	}
	cmd.Process.Kill() // SIGKILL
	cmd.Wait()
	stored = storeDocuments(t, db)
	t.Logf("killed after %d of %d documents", stored, records)
	if stored == 0 || stored == records {
		t.Errorf("the add was killed with %d of %d documents stored; want it killed halfway", stored, records)
	}
	chronicleProcess(t, "add", "-j", "1", "--db", db, in)
	clean := filepath.Join(dir, "clean.db")
	chronicleProcess(t, "add", "-j", "1", "--db", clean, in)
	if t.Failed() {
		t.FailNow()
	}
	got := mustRun(t, "query", "--db", db, "-f", "json")
	want := mustRun(t, "query", "--db", clean, "-f", "json")
	if got != want {
		t.Errorf("the store after a killed add and a second run differs from a clean run's")
	}
	if n := storeDocuments(t, db); n != records {
		t.Errorf("%d documents, want %d", n, records)
	}
}
