package extract

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// This file turns the bytes of an input into the text the pipeline reads:
// it rejects what is not text and reduces an HTML page to its words.

// PlainText checks that data is text and returns the text to read: not
// empty, not binary, valid UTF-8. An HTML page is reduced to its text
// (scripts, styles and navigation dropped, a line break after each block);
// spans then refer to that text. The errors describe the input, for a
// message that names it.
func PlainText(data string) (string, error) {
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
