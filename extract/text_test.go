package extract

import (
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

// utf16Bytes encodes s as UTF-16 in the given byte order, after bom.
func utf16Bytes(s string, le bool, bom bool) []byte {
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xFEFF}, units...)
	}
	out := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if le {
			out = append(out, byte(u), byte(u>>8))
		} else {
			out = append(out, byte(u>>8), byte(u))
		}
	}
	return out
}

func TestReadInput(t *testing.T) {
	const talks = "Talks opened in Geneva on Tuesday, the minister’s aide said."
	tests := []struct {
		name     string
		in       []byte
		want     string // a part of the text read
		encoding string
		notes    string // a part of the notes, "" for none
		wantErr  string
	}{
		{"text as it is", []byte(talks), talks, "utf-8", "", ""},
		{"UTF-8 with a BOM", []byte("\ufeff" + talks), talks, "utf-8", "", ""},
		{"UTF-16LE with a BOM", utf16Bytes(talks, true, true), talks, "utf-16le", "", ""},
		{"UTF-16BE with a BOM", utf16Bytes(talks, false, true), talks, "utf-16be", "", ""},
		{"UTF-16LE without a BOM", utf16Bytes(talks, true, false), talks, "utf-16le", "", ""},
		{"Windows-1252", []byte("Caf\xe9 talks: the minister\x92s aide said."), "Café talks: the minister’s aide said.", "windows-1252", "Windows-1252", ""},
		{"a lone 0x92 quote", []byte("The minister\x92s aide said."), "The minister’s aide said.", "windows-1252", "Windows-1252", ""},
		{"a cut character in UTF-8", []byte("The minister’s aide said “yes” \xe2\x80"), "The minister’s aide said “yes” \uFFFD", "utf-8", "2 invalid bytes replaced", ""},
		{"empty", []byte(" \n\t"), "", "", "", "empty input"},
		{"NUL bytes", []byte("Talks\x00\x01 opened"), "", "", "", "NUL byte at offset 5"},
		{"a PNG image", []byte("\x89PNG\r\n\x1a\n\x00\x00"), "", "", "", "PNG image"},
		{"a PDF", []byte("%PDF-1.7\n%\xe2\xe3"), "", "", "", "pdftotext"},
		{"html", []byte("<!DOCTYPE html><html><head><title>T</title><script>x()</script></head><body><p>Talks &amp; more.</p></body></html>"),
			"Talks & more.", "utf-8", "", ""},
		{"html after a BOM and a comment", []byte("\ufeff<!-- page --><div><p>Hello.</p></div>"), "Hello.", "utf-8", "", ""},
		{"html with no text", []byte("<html><body><script>x()</script></body></html>"), "", "", "", "no text"},
		{"html declaring windows-1252", []byte(`<html><head><meta charset="windows-1252"></head><body><p>The minister` + "\x92" + `s aide.</p></body></html>`),
			"The minister’s aide.", "windows-1252", "", ""},
		{"html declaring koi8-r", []byte(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body><p>` + "\xf0\xd2\xc1\xd7\xc4\xc1" + `</p></body></html>`),
			"Правда", "koi8-r", "", ""},
		{"html without </head>", []byte("<html><head><title>T</title><body><p>Talks opened.</p></body></html>"), "Talks opened.", "utf-8", "", ""},
		{"html with an unclosed nav", []byte("<html><body><nav><a href=/>Menu</a><p>Talks opened in Geneva.</p></body></html>"), "Talks opened in Geneva.", "utf-8", "", ""},
		{"html with a closed nav", []byte("<html><body><nav><a href=/>Home</a> <a href=/w>World</a></nav><p>Talks opened in Geneva.</p></body></html>"), "Talks opened in Geneva.", "utf-8", "", ""},
		{"html with unclosed p and li", []byte("<html><body><p>Talks opened.<p>They ended.<ul><li>One<li>Two</ul>"), "They ended.", "utf-8", "", ""},
		{"html with a stray </div>", []byte("<html><body></div><p>Talks opened.</p></div></body></html>"), "Talks opened.", "utf-8", "", ""},
		{"html with CDATA and comments", []byte("<html><body><!-- c --><p>Talks <![CDATA[x]]>opened.</p></body></html>"), "opened.", "utf-8", "", ""},
		{"html body only", []byte("<body>Talks opened in Geneva."), "Talks opened in Geneva.", "utf-8", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in, err := ReadInput(tc.in)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want one saying %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(in.Text, tc.want) || strings.Contains(in.Text, "<") || strings.Contains(in.Text, "x()") {
				t.Errorf("Text = %q, want the text %q without markup", in.Text, tc.want)
			}
			if strings.Contains(in.Text, "Home") {
				t.Errorf("Text = %q keeps the navigation", in.Text)
			}
			if in.Encoding != tc.encoding {
				t.Errorf("Encoding = %q, want %q", in.Encoding, tc.encoding)
			}
			notes := strings.Join(in.Notes, "; ")
			if tc.notes == "" && notes != "" || !strings.Contains(notes, tc.notes) {
				t.Errorf("Notes = %q, want %q", notes, tc.notes)
			}
		})
	}
}

func TestReadInputHTMLMetadata(t *testing.T) {
	page := func(head, body string) []byte {
		return []byte("<!DOCTYPE html><html><head>" + head + "</head><body>" + body + "<p>Talks opened on Tuesday.</p></body></html>")
	}
	tests := []struct {
		name      string
		in        []byte
		published string
		from      string
		title     string
	}{
		{"article:published_time", page(`<meta property="article:published_time" content="2025-03-14T09:30:00Z"><meta property="og:title" content="Talks open">`, ""),
			"2025-03-14", "article:published_time", "Talks open"},
		{"offset decides the day", page(`<meta property="article:published_time" content="2025-03-14T23:30:00-05:00">`, ""),
			"2025-03-14", "article:published_time", ""},
		{"JSON-LD in a graph", page(`<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2024-11-02T08:00:00+01:00"}]}</script>`, ""),
			"2024-11-02", "datePublished", ""},
		{"dc.date", page(`<meta name="DC.date" content="2023-05-06">`, "<h1>Ministers meet</h1>"), "2023-05-06", "dc.date", "Ministers meet"},
		{"time in the article header", page("<title>Site</title>", `<article><header><time datetime="2022-01-09T10:00:00Z">Jan 9</time></header></article>`),
			"2022-01-09", "time datetime", "Site"},
		{"the best source wins", page(`<meta name="date" content="2020-01-01"><meta property="article:published_time" content="2021-02-03">`, ""),
			"2021-02-03", "article:published_time", ""},
		{"a time outside the article is not the date", page("", `<aside><time datetime="2019-01-01">old</time></aside>`), "", "", ""},
		{"no metadata", page("", ""), "", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in, err := ReadInput(tc.in)
			if err != nil {
				t.Fatal(err)
			}
			got := ""
			if !in.Published.IsZero() {
				got = in.Published.Format(time.DateOnly)
			}
			if got != tc.published || in.PublishedFrom != tc.from {
				t.Errorf("Published = %q from %q, want %q from %q", got, in.PublishedFrom, tc.published, tc.from)
			}
			if in.Title != tc.title {
				t.Errorf("Title = %q, want %q", in.Title, tc.title)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct{ in, want string }{
		{"2025-03-14", "2025-03-14"},
		{"2025-03-14T09:30:00Z", "2025-03-14"},
		{"2025-03-14T09:30:00+05:00", "2025-03-14"},
		{"2025-03-14T01:30:00+05:00", "2025-03-14"},
		{"2025-03-14T23:59:59.123-08:00", "2025-03-14"},
		{"20250314", "2025-03-14"},
		{" 2025-03-14 ", "2025-03-14"},
		{"Fri, 14 Mar 2025 09:30:00 +0000", "2025-03-14"},
		{"March 14, 2025", "2025-03-14"},
		{"2025-13-01", ""},
		{"yesterday", ""},
		{"", ""},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseDate(tc.in)
			if tc.want == "" {
				if err == nil {
					t.Fatalf("ParseDate(%q) = %v, want an error", tc.in, got)
				}
				return
			}
			if err != nil || got.Format(time.DateOnly) != tc.want || got.Location() != time.UTC {
				t.Errorf("ParseDate(%q) = %v, %v; want %s UTC", tc.in, got, err, tc.want)
			}
		})
	}
}

func FuzzReadInput(f *testing.F) {
	for _, s := range []string{
		"Talks opened.", "\ufeffTalks", "\xff\xfeT\x00a\x00", "Caf\xe9", "<html><head><title>T<body><nav><p>x",
		`<meta charset="koi8-r"><p>` + "\xf0\xd2", "<body></div><p>a<![CDATA[b]]>",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		in, err := ReadInput(data)
		if err != nil {
			return
		}
		if !utf8.ValidString(in.Text) {
			t.Fatalf("Text is not valid UTF-8: %q", in.Text)
		}
	})
}
