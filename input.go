package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"
)

// document is one input on its way in: a file, standard input, or one
// record of a JSON Lines file.
type document struct {
	id     string
	source string // "path", "stdin" or "record", as in the JSON document object
	name   string // how messages name it: the path, "stdin", or "file.jsonl:17"
	url    string
	date   string // the record's date, if any
	line   int    // the record's line number in a JSON Lines input
	text   string
	err    error // why the input could not be read
}

// record is a JSON Lines input record.
type record struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Date string `json:"date"`
	URL  string `json:"url"`
}

// readInputs reads the documents named by args ("-" or none: stdin). A
// document that cannot be read comes back with err set, so that it is
// reported and the others are still processed.
func readInputs(args []string, stdin io.Reader, kind string) []document {
	if len(args) == 0 {
		args = []string{"-"}
	}
	var docs []document
	for _, arg := range args {
		name, id := arg, strings.TrimSuffix(filepath.Base(arg), filepath.Ext(arg))
		var data []byte
		var err error
		if arg == "-" {
			name, id = "stdin", "stdin"
			data, err = io.ReadAll(stdin)
		} else {
			data, err = os.ReadFile(arg)
		}
		if err != nil {
			docs = append(docs, document{id: id, source: "path", name: name, err: err})
			continue
		}
		source := "path"
		if arg == "-" {
			source = "stdin"
		}
		if kind == "jsonl" || (kind == "auto" && strings.HasSuffix(arg, ".jsonl")) {
			docs = append(docs, readRecords(name, data)...)
			continue
		}
		docs = append(docs, document{id: id, source: source, name: name, text: string(data), err: checkText(data)})
	}
	return docs
}

// readRecords splits a JSON Lines input into documents, one per non-blank
// line; a line that is not a valid record becomes a document with err set.
func readRecords(name string, data []byte) []document {
	var docs []document
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 0, 64*1024), len(data)+1)
	line := 0
	for sc.Scan() {
		line++
		raw := bytes.TrimSpace(sc.Bytes())
		if len(raw) == 0 {
			continue
		}
		d := document{source: "record", name: fmt.Sprintf("%s:%d", name, line), line: line}
		var r record
		if err := json.Unmarshal(raw, &r); err != nil {
			d.id = fmt.Sprintf("%s:%d", strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)), line)
			d.err = fmt.Errorf("not a JSON record: %v", err)
			docs = append(docs, d)
			continue
		}
		d.id, d.text, d.date, d.url = r.ID, r.Text, r.Date, r.URL
		if d.id == "" {
			d.id = fmt.Sprintf("%s:%d", strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)), line)
		}
		d.err = checkText([]byte(r.Text))
		if d.err == nil && d.date != "" {
			if _, err := parseDate(d.date); err != nil {
				d.err = fmt.Errorf("record date %q: want YYYY-MM-DD", d.date)
			}
		}
		docs = append(docs, d)
	}
	if err := sc.Err(); err != nil {
		docs = append(docs, document{source: "record", name: name, id: name, err: err})
	}
	return docs
}

// checkText rejects input that is not text: empty, binary, or not UTF-8.
func checkText(data []byte) error {
	if len(bytes.TrimSpace(data)) == 0 {
		return fmt.Errorf("empty input: no text to read")
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("binary input (NUL byte at offset %d): chronicle reads plain UTF-8 text", i)
	}
	if !utf8.Valid(data) {
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size <= 1 {
				return fmt.Errorf("invalid UTF-8 at byte %d: chronicle reads UTF-8 text (convert with iconv)", i)
			}
			i += size
		}
	}
	return nil
}

func parseDate(s string) (time.Time, error) {
	return time.Parse("2006-01-02", s)
}
