package main

import (
	"bufio"
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/chronicle-news/chronicle/extract"
	"github.com/chronicle-news/chronicle/timeline"
)

// This file is the read stage: files, standard input, or JSON Lines
// records, streamed one document at a time so that memory stays bounded
// however long the input.

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

	published time.Time // a web page's publication date from its metadata
	notes     []string  // notices for stderr, in input order: how it was read

	// raw is what was read and not yet decoded (a file's bytes, or a JSON
	// Lines record): the reader only reads, and decode, which a worker
	// calls, turns raw into text, so that decoding runs in parallel too
	raw []byte
}

// decode turns the bytes the reader read into the document's text: a JSON
// Lines record's fields, or a file's text (see [extract.ReadInput]). It
// does nothing for a document already decoded or one that could not be
// read. Readers leave it to the workers, so it must be called before the
// document is used.
func (d *document) decode() {
	raw := d.raw
	d.raw = nil
	if raw == nil || d.err != nil {
		return
	}
	if d.source == "record" {
		d.decodeRecord(raw)
		return
	}
	d.read(raw)
	if d.id == "" {
		d.id = d.source // an unreadable input keeps its source's name
	}
}

// record is a JSON Lines input record.
type record struct {
	ID   string `json:"id"`
	Text string `json:"text"`
	Date string `json:"date"`
	URL  string `json:"url"`
}

// errStop is returned by a send function to stop reading.
var errStop = errors.New("stop reading")

// readOptions say how inputs are read.
type readOptions struct {
	kind      string // "auto", "text" or "jsonl"
	recursive bool   // a folder gives its subfolders' files too
	maxBytes  int64  // a file, standard input or record larger than this is skipped
}

// defaultMaxBytes is the largest input read by default (--max-bytes).
const defaultMaxBytes = 64 << 20

// readInputs reads the documents named by args ("-" or none: stdin) and
// hands each to send, in input order. A folder gives its text, HTML,
// Markdown and JSON Lines files in name order (and, when recursive, its
// subfolders'). A document that cannot be read is sent with err set, so
// that it is reported and the others are still processed. Reading stops
// when send returns an error. Documents are sent as read: the receiver
// decodes them (see [document.decode]).
func readInputs(args []string, stdin io.Reader, o readOptions, send func(document) error) error {
	if len(args) == 0 {
		args = []string{"-"}
	}
	stdinRead := false
	ids := map[string]string{} // document id -> the file that gave it
	// two files of one name in different folders get their paths as ids
	unique := func(d document) error {
		if d.source == "path" {
			if prev, ok := ids[d.id]; ok && prev != d.name {
				d.id = strings.TrimSuffix(d.name, filepath.Ext(d.name))
			}
			ids[d.id] = d.name
		}
		return send(d)
	}
	for _, arg := range args {
		if arg == "-" {
			if stdinRead {
				continue // standard input is read once, however often "-" is named
			}
			stdinRead = true
		}
		if arg != "-" {
			if info, err := os.Stat(arg); err == nil && info.IsDir() {
				if err := readFolder(arg, o, unique); err != nil {
					return err
				}
				continue
			}
		}
		if err := readInput(arg, stdin, o, unique); err != nil {
			return err
		}
	}
	return nil
}

// folderExts are the kinds of file a folder argument gives.
var folderExts = []string{".txt", ".html", ".htm", ".md", ".jsonl"}

// readFolder reads the files of a folder named as an argument, in name
// order; the first document it sends carries a note of how many files the
// folder gave.
func readFolder(dir string, o readOptions, send func(document) error) error {
	var files []string
	err := filepath.WalkDir(dir, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if e.IsDir() {
			if p != dir && (!o.recursive || strings.HasPrefix(e.Name(), ".")) {
				return filepath.SkipDir
			}
			return nil
		}
		if slices.Contains(folderExts, strings.ToLower(filepath.Ext(p))) && !strings.HasPrefix(e.Name(), ".") {
			files = append(files, p)
		}
		return nil
	})
	name := strings.TrimSuffix(dir, "/")
	if err != nil {
		return send(document{id: name, source: "path", name: name, err: err})
	}
	if len(files) == 0 {
		hint := ""
		if !o.recursive {
			hint = "; -r reads its subfolders"
		}
		return send(document{id: name, source: "path", name: name,
			err: fmt.Errorf("is a folder with no .txt, .html, .htm, .md or .jsonl files in it%s", hint)})
	}
	note := fmt.Sprintf("%s: reading %d file%s", name, len(files), plural(len(files)))
	for _, f := range files {
		first := true
		err := readInput(f, nil, o, func(d document) error {
			if first && note != "" {
				d.notes = append([]string{note}, d.notes...)
				note = ""
			}
			first = false
			return send(d)
		})
		if err != nil {
			return err
		}
	}
	return nil
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// readInput reads one argument: a file, or "-" for stdin.
func readInput(arg string, stdin io.Reader, o readOptions, send func(document) error) error {
	name, id, source := arg, strings.TrimSuffix(filepath.Base(arg), filepath.Ext(arg)), "path"
	r := stdin
	if arg == "-" {
		name, id, source = "stdin", "", "stdin" // the id comes from the text
	} else {
		f, err := os.Open(arg)
		if err != nil {
			return send(document{id: id, source: source, name: name, err: openError(arg, err)})
		}
		defer f.Close()
		r = f
	}
	if o.kind == "jsonl" || (o.kind == "auto" && strings.HasSuffix(arg, ".jsonl")) {
		return readRecords(name, r, o.maxBytes, send)
	}
	return readText(name, id, source, r, o.maxBytes, send)
}

// openError says why a file could not be opened, without repeating its
// name; a missing name that looks like a mistyped command says so.
func openError(arg string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	if errors.Is(err, fs.ErrNotExist) {
		if !strings.ContainsAny(arg, "./\\") {
			return fmt.Errorf("no such file (the commands are extract, tag, merge and eval; see chronicle --help)")
		}
		return fmt.Errorf("no such file")
	}
	return err
}

// readText reads one whole text document.
func readText(name, id, source string, r io.Reader, maxBytes int64, send func(document) error) error {
	var b bytes.Buffer
	if f, ok := r.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
			if info.Size() > maxBytes {
				return send(document{id: cmp.Or(id, source), source: source, name: name, err: tooLarge(info.Size(), maxBytes)})
			}
			b.Grow(int(info.Size()) + 1) // one allocation
		}
	}
	n, err := io.Copy(&b, io.LimitReader(r, maxBytes+1))
	if err == nil && n > maxBytes {
		err = tooLarge(-1, maxBytes)
	}
	d := document{id: id, source: source, name: name, err: err}
	if err == nil {
		d.raw = b.Bytes() // decoded by a worker
	} else if d.id == "" {
		d.id = d.source // an unreadable input keeps its source's name
	}
	return send(d)
}

// tooLarge is the error for an input over the --max-bytes limit; size is
// its size when known, else -1.
func tooLarge(size, maxBytes int64) error {
	if size >= 0 {
		return fmt.Errorf("%d bytes, over the --max-bytes limit of %d: skipped", size, maxBytes)
	}
	return fmt.Errorf("over the --max-bytes limit of %d bytes: skipped", maxBytes)
}

// read decodes data as the document's text (see [extract.ReadInput]),
// keeping a web page's publication date and notes of what reading changed.
func (d *document) read(data []byte) {
	in, err := extract.ReadInput(data)
	if err != nil {
		d.err = err
		return
	}

	d.text, d.published = in.Text, in.Published
	for _, n := range in.Notes {
		d.notes = append(d.notes, d.name+": "+n)
	}
	if d.id == "" {
		// no id given: one from the source and the text, so that two
		// different texts never share an id and the same text read twice
		// (in another shard, say) is the same document
		d.id = d.source + "-" + timeline.TextHash(d.text)[:12]
	}
}

// readRecords reads a JSON Lines input one line at a time and sends a
// document per non-blank line; a line that is not a valid record becomes a
// document with err set.
func readRecords(name string, r io.Reader, maxBytes int64, send func(document) error) error {
	br := bufio.NewReaderSize(r, 64*1024)
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	records := 0
	for line := 1; ; line++ {
		raw, over, readErr := readLine(br, maxBytes)
		lineName, lineID := fmt.Sprintf("%s:%d", name, line), fmt.Sprintf("%s:%d", base, line)
		if readErr != nil && readErr != io.EOF {
			return send(document{source: "record", name: lineName, id: lineID, line: line, err: readErr})
		}
		if line == 1 {
			raw = bytes.TrimPrefix(raw, []byte(utf8BOM)) // as editors on Windows write it
		}
		trimmed := bytes.TrimSpace(raw)
		if over || len(trimmed) > 0 {
			records++
		}
		switch {
		case over:
			if err := send(document{source: "record", name: lineName, id: lineID, line: line, err: tooLarge(-1, maxBytes)}); err != nil {
				return err
			}
		case len(trimmed) > 0:
			// decoded by a worker (see decodeRecord); the id is the
			// record's own when it has one
			if err := send(document{source: "record", name: lineName, id: lineID, line: line, raw: trimmed}); err != nil {
				return err
			}
		}
		if readErr == io.EOF {
			if records == 0 { // said, as an empty text file is
				return send(document{source: "record", name: name, id: base, err: errNoRecords})
			}
			return nil
		}
	}
}

// errNoRecords is the error of a JSON Lines input without a record.
var errNoRecords = errors.New("no JSON Lines records: the input is empty or blank")

// utf8BOM is the byte order mark some editors put at the start of a UTF-8
// file.
const utf8BOM = "\xef\xbb\xbf"

// readLine reads one line of br; a line longer than maxBytes is read to
// its end but not kept (over is true), so that one huge record costs no
// memory.
func readLine(br *bufio.Reader, maxBytes int64) (line []byte, over bool, err error) {
	for {
		chunk, err := br.ReadSlice('\n')
		if !over {
			if int64(len(line)+len(chunk)) > maxBytes {
				over, line = true, nil
			} else {
				line = append(line, chunk...)
			}
		}
		if err != bufio.ErrBufferFull {
			return line, over, err
		}
	}
}

// decodeRecord decodes raw, one JSON Lines record, into d, whose id is
// the one to keep when the record gives none and its text cannot be read
// ("file:17").
func (d *document) decodeRecord(raw []byte) {
	r, text, ok := scanRecord(raw)
	if !ok {
		if err := json.Unmarshal(raw, &r); err != nil {
			d.err = fmt.Errorf("not a JSON record (want an object such as {\"id\": \"a1\", \"text\": \"...\", \"date\": \"2025-08-06\"}): %s", jsonProblem(err))
			return
		}
		text = []byte(r.Text)
	}
	lineID := d.id
	d.id, d.date, d.url = r.ID, r.Date, r.URL
	d.read(text) // a record without an id gets one from its text
	if d.id == "" {
		d.id = lineID // unreadable text
	}
	if d.err == nil && d.date != "" {
		if _, err := extract.ParseDate(d.date); err != nil {
			d.err = fmt.Errorf("record date %q: want a date such as 2025-03-14, 2025-03-14T09:30:00Z or 20250314", d.date)
		}
	}
}

// jsonProblem says what is wrong with a JSON line without Go's type names.
func jsonProblem(err error) string {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return fmt.Sprintf("invalid JSON at byte %d", se.Offset)
	case errors.As(err, &te):
		if te.Field != "" {
			return fmt.Sprintf("field %q is a %s, want a string", te.Field, te.Value)
		}
		return fmt.Sprintf("the line is a JSON %s", te.Value)
	}
	return err.Error()
}

func parseDate(s string) (time.Time, error) {
	return time.Parse("2006-01-02", s)
}
