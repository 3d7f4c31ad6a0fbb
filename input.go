package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html"
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

// readInputs reads the documents named by args ("-" or none: stdin) and
// hands each to send, in input order. A document that cannot be read is
// sent with err set, so that it is reported and the others are still
// processed. Reading stops when send returns an error.
func readInputs(args []string, stdin io.Reader, kind string, send func(document) error) error {
	if len(args) == 0 {
		args = []string{"-"}
	}
	stdinRead := false
	ids := map[string]string{} // document id -> the argument that gave it
	for _, arg := range args {
		if arg == "-" {
			if stdinRead {
				continue // standard input is read once, however often "-" is named
			}
			stdinRead = true
		}
		// two files of one name in different folders get their paths as ids
		unique := func(d document) error {
			if d.source == "path" {
				if prev, ok := ids[d.id]; ok && prev != arg {
					d.id = strings.TrimSuffix(arg, filepath.Ext(arg))
				}
				ids[d.id] = arg
			}
			return send(d)
		}
		if err := readInput(arg, stdin, kind, unique); err != nil {
			return err
		}
	}
	return nil
}

// readInput reads one argument: a file, or "-" for stdin.
func readInput(arg string, stdin io.Reader, kind string, send func(document) error) error {
	name, id, source := arg, strings.TrimSuffix(filepath.Base(arg), filepath.Ext(arg)), "path"
	r := stdin
	if arg == "-" {
		name, id, source = "stdin", "stdin", "stdin"
	} else {
		f, err := os.Open(arg)
		if err != nil {
			return send(document{id: id, source: source, name: name, err: openError(arg, err)})
		}
		if info, err := f.Stat(); err == nil && info.IsDir() {
			f.Close()
			return send(document{id: id, source: source, name: name, err: fmt.Errorf("is a folder: name its files (%s/*.txt)", strings.TrimSuffix(arg, "/"))})
		}
		defer f.Close()
		r = f
	}
	if kind == "jsonl" || (kind == "auto" && strings.HasSuffix(arg, ".jsonl")) {
		return readRecords(name, r, send)
	}
	return readText(name, id, source, r, send)
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
func readText(name, id, source string, r io.Reader, send func(document) error) error {
	var b strings.Builder
	if f, ok := r.(*os.File); ok {
		if info, err := f.Stat(); err == nil && info.Mode().IsRegular() {
			b.Grow(int(info.Size()) + 1) // one allocation, no copy
		}
	}
	_, err := io.Copy(&b, r)
	d := document{id: id, source: source, name: name, err: err}
	if err == nil {
		d.text, d.err = decodeText(b.String())
	}
	return send(d)
}

// readRecords reads a JSON Lines input one line at a time and sends a
// document per non-blank line; a line that is not a valid record becomes a
// document with err set.
func readRecords(name string, r io.Reader, send func(document) error) error {
	br := bufio.NewReaderSize(r, 64*1024)
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	for line := 1; ; line++ {
		raw, readErr := br.ReadBytes('\n')
		if readErr != nil && readErr != io.EOF {
			return send(document{source: "record", name: fmt.Sprintf("%s:%d", name, line), id: fmt.Sprintf("%s:%d", base, line), line: line, err: readErr})
		}
		if trimmed := bytes.TrimSpace(raw); len(trimmed) > 0 {
			if err := send(parseRecord(name, base, line, trimmed)); err != nil {
				return err
			}
		}
		if readErr == io.EOF {
			return nil
		}
	}
}

func parseRecord(name, base string, line int, raw []byte) document {
	d := document{source: "record", name: fmt.Sprintf("%s:%d", name, line), line: line}
	var r record
	if err := json.Unmarshal(raw, &r); err != nil {
		d.id = fmt.Sprintf("%s:%d", base, line)
		d.err = fmt.Errorf("not a JSON record (want an object such as {\"id\": \"a1\", \"text\": \"...\", \"date\": \"2025-08-06\"}): %s", jsonProblem(err))
		return d
	}
	d.id, d.date, d.url = r.ID, r.Date, r.URL
	if d.id == "" {
		d.id = fmt.Sprintf("%s:%d", base, line)
	}
	d.text, d.err = decodeText(r.Text)
	if d.err == nil && d.date != "" {
		if _, err := parseDate(d.date); err != nil {
			d.err = fmt.Errorf("record date %q: want YYYY-MM-DD", d.date)
		}
	}
	return d
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

// decodeText checks that data is text and returns it: not empty, not
// binary, valid UTF-8. An HTML page is reduced to its text; spans then
// refer to that text.
func decodeText(data string) (string, error) {
	if len(strings.TrimSpace(data)) == 0 {
		return "", fmt.Errorf("empty input: no text to read")
	}
	if i := strings.IndexByte(data, 0); i >= 0 {
		return "", fmt.Errorf("binary input (NUL byte at offset %d): chronicle reads plain UTF-8 text", i)
	}
	if !utf8.ValidString(data) {
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRuneInString(data[i:])
			if r == utf8.RuneError && size <= 1 {
				return "", fmt.Errorf("invalid UTF-8 at byte %d: chronicle reads UTF-8 text (convert with iconv)", i)
			}
			i += size
		}
	}
	if looksLikeHTML(data) {
		text := htmlText(data)
		if strings.TrimSpace(text) == "" {
			return "", fmt.Errorf("HTML input with no text in it")
		}
		return text, nil
	}
	return data, nil
}

// looksLikeHTML reports whether data starts like an HTML document.
func looksLikeHTML(data string) bool {
	head := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(data[:min(len(data), 512)], "\ufeff")))
	for strings.HasPrefix(head, "<!--") || strings.HasPrefix(head, "<?xml") {
		i := strings.IndexByte(head, '>')
		if i < 0 {
			break
		}
		head = strings.TrimSpace(head[i+1:])
	}
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<div"} {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	return false
}

// htmlText returns the text of an HTML page: scripts, styles and other
// non-content elements dropped, a line break after each block element, and
// entities decoded. It uses the HTML5 tokenizer of golang.org/x/net/html,
// which copes with broken markup as browsers do.
func htmlText(data string) string {
	z := html.NewTokenizer(strings.NewReader(data))
	var b strings.Builder
	skip := 0
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			if skip == 0 {
				b.WriteString(strings.Join(strings.Fields(string(z.Text())), " "))
				b.WriteByte(' ')
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			switch tok.Data {
			case "script", "style", "noscript", "template", "svg", "nav", "footer", "head":
				if tok.Type == html.StartTagToken {
					skip++
				} else if tok.Type == html.EndTagToken && skip > 0 {
					skip--
				}
			case "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section", "tr", "blockquote", "title":
				b.WriteByte('\n')
			}
		}
	}
}

func parseDate(s string) (time.Time, error) {
	return time.Parse("2006-01-02", s)
}
