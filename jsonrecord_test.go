package main

import (
	"bytes"
	"encoding/json"
	"testing"
)

// FuzzScanRecord holds scanRecord to encoding/json: whatever line it reads,
// encoding/json reads too, to the same record.
func FuzzScanRecord(f *testing.F) {
	for _, s := range []string{
		`{"id":"a1","text":"On May 10 they met.","date":"2025-08-06"}`,
		`  { "text" : "caf\u00e9 \"quoted\" \\ \/ \b\f\n\r\t" , "url": "https://x.org/a?b=1" }  `,
		`{}`, `{"id":"a","id":"b"}`, `{"ID":"a"}`, `{"id":1}`, `{"id":null}`, `{"text":"\ud83d\ude00"}`,
		`{"text":"bad \x01"}`, "{\"text\":\"\xff\"}", `{"text":"x"`, `{"text":"x"} x`, `{"text":"x",}`, `{"extra":"x"}`,
		`{"text":"é ü — “curly”"}`, `{"\u0069d":"escaped key"}`, `{"text":"\u00"}`, `[]`, ``,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		r, text, ok := scanRecord(line)
		if !ok {
			return
		}
		var want record
		if err := json.Unmarshal(line, &want); err != nil {
			t.Fatalf("scanRecord read %q, encoding/json refuses it: %v", line, err)
		}
		r.Text = string(text)
		if r != want {
			t.Fatalf("%q: scanRecord %+v, encoding/json %+v", line, r, want)
		}
	})
}

// TestScanRecordReadsTheCommonRecord checks that the records chronicle's
// users write (string values, escapes, non-ASCII text) take the fast path,
// and that a text without escapes is not copied.
func TestScanRecordReadsTheCommonRecord(t *testing.T) {
	for _, line := range []string{
		`{"id": "a1", "text": "Talks resumed in Geneva.\nThe envoy left.", "date": "2025-08-06", "url": "https://example.org/a"}`,
		`{"text":"Kyiv \u2014 “grain” deal, café"}`,
		`{"id":"x"}`,
	} {
		if _, _, ok := scanRecord([]byte(line)); !ok {
			t.Errorf("%s: not read", line)
		}
	}
	raw := []byte(`{"text":"no escapes here"}`)
	_, text, ok := scanRecord(raw)
	if !ok || string(text) != "no escapes here" || &text[0] != &raw[bytes.Index(raw, []byte("no"))] {
		t.Errorf("a text without escapes: %q, %v, copied or wrong", text, ok)
	}
}

// The JSON Lines records of the TBAQ articles, as chronicle reads them.
func newsRecords(b *testing.B) (lines [][]byte, size int64) {
	for _, d := range newsCorpus(b) {
		line, err := json.Marshal(record{ID: d.ID, Text: d.Text, Date: d.DCT.Format("2006-01-02")})
		if err != nil {
			b.Fatal(err)
		}
		lines = append(lines, line)
		size += int64(len(line))
	}
	return lines, size
}

// BenchmarkScanRecord and BenchmarkUnmarshalRecord read the TBAQ articles
// as JSON Lines records, with scanRecord and with encoding/json:
//
//	go test . -run '^$' -bench 'Record$' -benchmem
func BenchmarkScanRecord(b *testing.B) {
	benchRecords(b, func(line []byte) bool {
		_, _, ok := scanRecord(line)
		return ok
	})
}

func BenchmarkUnmarshalRecord(b *testing.B) {
	benchRecords(b, func(line []byte) bool {
		var r record
		return json.Unmarshal(line, &r) == nil
	})
}

// benchRecords reads every record with read, which reports whether it
// could.
func benchRecords(b *testing.B, read func(line []byte) bool) {
	lines, size := newsRecords(b)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		for _, l := range lines {
			if !read(l) {
				b.Fatalf("not read: %.80s", l)
			}
		}
	}
}
