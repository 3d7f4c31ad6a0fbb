// Command genmin writes the minified copies of the HTML page's script and
// style sheet that package timeline embeds: render_html.min.js from
// render_html.js and render_html.min.css from render_html.css, with
// github.com/tdewolff/minify. timeline/render_html.go runs it with go
// generate:
//
//	go generate ./timeline
//
// The commented sources are the files to read and edit; the copies are
// committed, and TestMinifiedIsCurrent fails until they are regenerated
// after a change. Only this command and its test import the minifier, so
// the chronicle binary carries none.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/js"
)

func main() {
	dir := flag.String("dir", ".", "the folder of render_html.js and render_html.css")
	flag.Parse()
	if err := run(*dir); err != nil {
		fmt.Fprintf(os.Stderr, "genmin: %v\n", err)
		os.Exit(1)
	}
}

// run writes the minified copy of each asset in dir.
func run(dir string) error {
	for _, a := range assets() {
		src, err := os.ReadFile(filepath.Join(dir, a.src))
		if err != nil {
			return err
		}
		min, err := minified(a.mediatype, src)
		if err != nil {
			return fmt.Errorf("%s: %w", a.src, err)
		}
		if err := os.WriteFile(filepath.Join(dir, a.min), min, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// asset is one source file of the page, the name of its minified copy and
// its media type.
type asset struct{ src, min, mediatype string }

// assets returns the files the page inlines minified.
func assets() []asset {
	return []asset{
		{"render_html.js", "render_html.min.js", "text/javascript"},
		{"render_html.css", "render_html.min.css", "text/css"},
	}
}

// minified returns src minified, ending in a newline. Script keeps to the
// syntax of ECMAScript 5, as its source does (no template literals,
// optional catch bindings or ??), and anything that could close the
// <script> element it is inlined in is escaped.
func minified(mediatype string, src []byte) ([]byte, error) {
	m := minify.New()
	m.Add("text/javascript", &js.Minifier{Version: 2009})
	m.Add("text/css", &css.Minifier{})
	var b bytes.Buffer
	if err := m.MinifyMimetype([]byte(mediatype), &b, bytes.NewReader(src), map[string]string{"escape-html": "1"}); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return b.Bytes(), nil
}
