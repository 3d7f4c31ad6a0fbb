package extract

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
)

// This file turns the bytes of an input into the text the pipeline reads:
// it decodes them (a byte-order mark, an HTML page's declared charset,
// UTF-8, else Windows-1252), refuses what is not text, and reduces an HTML
// page to its words and its metadata (html.go).

// Input is a document's bytes read as text.
type Input struct {
	// Text is the text to read, in UTF-8: the decoded bytes, or an HTML
	// page's words. Every span the pipeline reports is a byte offset into
	// Text, not into the original bytes.
	Text string
	// Encoding is what the bytes were read as: "utf-8", "utf-16le",
	// "utf-16be", "windows-1252", or the charset an HTML page declared.
	Encoding string
	// HTML reports whether the input was an HTML page.
	HTML bool
	// Title is an HTML page's headline (og:title, else its first <h1>,
	// else its <title>); "" for plain text.
	Title string
	// Published is an HTML page's publication day from its metadata, at
	// 00:00 UTC; the zero time when the page gives none. PublishedFrom
	// names the metadata that gave it ("article:published_time",
	// "datePublished", "time datetime"...).
	Published     time.Time
	PublishedFrom string
	// Notes say what reading changed, for a notice to the user: bytes read
	// as Windows-1252, invalid bytes replaced. Nil when nothing changed.
	Notes []string
}

// ReadInput reads data as text. A UTF-8 or UTF-16 byte-order mark is
// honoured (and UTF-16 without one is recognised by its zero bytes); an
// HTML page's <meta charset> is honoured; otherwise valid UTF-8 is read as
// it is, and other bytes as Windows-1252, with a note. A few invalid bytes
// in text that is otherwise UTF-8 are replaced by U+FFFD, with a note.
// Binary data (an image, an archive, an executable, a PDF) is refused.
// The errors describe the input, for a message that names it.
func ReadInput(data []byte) (*Input, error) {
	in := &Input{}
	b, err := decode(data, in)
	if err != nil {
		return nil, err
	}
	text := string(b)
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("empty input: no text to read")
	}
	if looksLikeHTML(text) {
		in.HTML = true
		readHTML(text, in)
		if strings.TrimSpace(in.Text) == "" {
			return nil, fmt.Errorf("HTML input with no text in it")
		}
		return in, nil
	}
	in.Text = text
	return in, nil
}

// PlainText is ReadInput for callers that need only the text.
func PlainText(data string) (string, error) {
	in, err := ReadInput([]byte(data))
	if err != nil {
		return "", err
	}
	return in.Text, nil
}

// boms are the byte-order marks ReadInput honours.
var boms = []struct {
	mark []byte
	name string
	enc  encoding.Encoding
}{
	{[]byte{0xEF, 0xBB, 0xBF}, "utf-8", nil},
	{[]byte{0xFF, 0xFE}, "utf-16le", unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM)},
	{[]byte{0xFE, 0xFF}, "utf-16be", unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM)},
}

// decode returns data as UTF-8 and records in in how it was read.
func decode(data []byte, in *Input) ([]byte, error) {
	for _, bom := range boms {
		if !bytes.HasPrefix(data, bom.mark) {
			continue
		}
		in.Encoding = bom.name
		if bom.enc == nil {
			return validUTF8(data[len(bom.mark):], in), nil
		}
		return decodeWith(bom.enc, data[len(bom.mark):], in)
	}
	if le, ok := utf16Order(data); ok {
		in.Encoding = "utf-16be"
		order := unicode.BigEndian
		if le {
			in.Encoding, order = "utf-16le", unicode.LittleEndian
		}
		return decodeWith(unicode.UTF16(order, unicode.IgnoreBOM), data, in)
	}
	if kind := binaryKind(data); kind != "" {
		return nil, fmt.Errorf("%s, not text: chronicle reads text and HTML", kind)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, fmt.Errorf("binary input (NUL byte at offset %d): chronicle reads text and HTML", i)
	}
	declared := ""
	if looksLikeHTML(string(data[:min(len(data), 1024)])) {
		// a charset the page declares, unless it is one the rules below
		// tell apart themselves
		// (the page's bytes made ASCII, so that a name comes from a
		// declaration, not from guessing)
		head := bytes.Map(func(r rune) rune {
			if r >= utf8.RuneSelf || r == utf8.RuneError {
				return 'x'
			}
			return r
		}, data[:min(len(data), 1024)])
		enc, name, _ := charset.DetermineEncoding(head, "")
		if name != "utf-8" && name != "windows-1252" && enc != nil {
			in.Encoding = name
			return decodeWith(enc, data, in)
		}
		declared = name
	}
	if utf8.Valid(data) {
		in.Encoding = "utf-8"
		return data, nil
	}
	multi, invalid := utf8Shape(data)
	if multi > invalid {
		in.Encoding = "utf-8"
		return validUTF8(data, in), nil
	}
	in.Encoding = "windows-1252"
	if declared != "windows-1252" {
		in.Notes = append(in.Notes, "not UTF-8: read as Windows-1252")
	}
	return decodeWith(charmap.Windows1252, data, in)
}

// decodeWith decodes data with enc; what enc cannot decode becomes U+FFFD.
func decodeWith(enc encoding.Encoding, data []byte, in *Input) ([]byte, error) {
	out, err := enc.NewDecoder().Bytes(data)
	if err != nil {
		return nil, fmt.Errorf("cannot read as %s: %v", in.Encoding, err)
	}
	return validUTF8(out, in), nil
}

// validUTF8 returns b with each run of invalid bytes replaced by U+FFFD,
// noting how many bytes were replaced.
func validUTF8(b []byte, in *Input) []byte {
	if utf8.Valid(b) {
		return b
	}
	_, invalid := utf8Shape(b)
	in.Notes = append(in.Notes, fmt.Sprintf("%d invalid byte%s replaced", invalid, plural1(invalid)))
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}

func plural1(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// utf8Shape counts the valid multi-byte UTF-8 characters of b and its
// bytes that are not part of a valid character.
func utf8Shape(b []byte) (multi, invalid int) {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			invalid++
			n = 1
		case n > 1:
			multi++
		}
		i += n
	}
	return multi, invalid
}

// utf16Order reports whether data without a byte-order mark looks like
// UTF-16 text, and if so whether little-endian: text in the Latin script
// has a zero byte in nearly every other position.
func utf16Order(data []byte) (le, ok bool) {
	n := min(len(data), 4096) &^ 1
	if n < 8 {
		return false, false
	}
	var even, odd int
	for i := 0; i < n; i += 2 {
		if data[i] == 0 {
			even++
		}
		if data[i+1] == 0 {
			odd++
		}
	}
	pairs := n / 2
	switch {
	case odd*10 >= pairs*7 && even*20 < pairs:
		return true, true
	case even*10 >= pairs*7 && odd*20 < pairs:
		return false, true
	}
	return false, false
}

// binaryKind names the kind of binary file data starts like, or returns "".
func binaryKind(data []byte) string {
	for _, m := range []struct{ magic, kind string }{
		{"\x89PNG\r\n", "a PNG image"}, {"\xff\xd8\xff", "a JPEG image"}, {"GIF8", "a GIF image"},
		{"RIFF", "a RIFF file (an image or audio)"}, {"%PDF-", "a PDF file (convert it with pdftotext)"},
		{"PK\x03\x04", "a ZIP archive (or a Word or OpenDocument file)"}, {"\x1f\x8b", "a gzip archive"},
		{"\xfd7zXZ\x00", "an xz archive"}, {"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"},
		{"\x7fELF", "an executable (ELF)"}, {"\xcf\xfa\xed\xfe", "an executable (Mach-O)"},
		{"\xd0\xcf\x11\xe0", "an old Office document (convert it to text)"},
	} {
		if m.kind != "" && bytes.HasPrefix(data, []byte(m.magic)) {
			return m.kind
		}
	}
	return ""
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
	for _, p := range []string{"<!doctype html", "<html", "<head", "<body", "<article", "<p>", "<div", "<meta", "<title"} {
		if strings.HasPrefix(head, p) {
			return true
		}
	}
	return false
}
