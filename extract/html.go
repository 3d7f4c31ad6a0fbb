package extract

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// This file reduces an HTML page to its words and reads its metadata: the
// headline and the publication date. The page goes through the HTML5 parse
// of golang.org/x/net/html, which builds the tree a browser builds however
// broken the markup (an omitted </head>, an unclosed <nav> or <p>, a stray
// </div>).

// skipped are the elements whose text is never the article's: code, styles
// and the head.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true, atom.Svg: true,
	atom.Head: true, atom.Iframe: true, atom.Object: true, atom.Select: true, atom.Button: true,
}

// furniture are the elements whose text is a page's furniture, not its
// article: navigation, footers, asides, captions and forms. They are left
// out unless they hold most of the page's words, as an unclosed <nav> or
// <aside> does, since it takes in the rest of the page.
var furniture = map[atom.Atom]bool{
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Figcaption: true, atom.Form: true,
}

// blocks are the elements that start a line of their own.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Li: true, atom.H1: true, atom.H2: true, atom.H3: true,
	atom.H4: true, atom.H5: true, atom.H6: true, atom.Article: true, atom.Section: true, atom.Tr: true,
	atom.Blockquote: true, atom.Title: true, atom.Header: true, atom.Main: true, atom.Ul: true,
	atom.Ol: true, atom.Table: true, atom.Dd: true, atom.Dt: true, atom.Figure: true, atom.Pre: true,
	atom.Hr: true, atom.Td: true, atom.Th: true, atom.Dl: true,
}

// Where a publication date may come from, most trusted first.
const (
	fromArticleMeta = iota // <meta property="article:published_time">
	fromSchema             // JSON-LD or microdata datePublished
	fromNamedMeta          // <meta name="date">, "dc.date", "pubdate"...
	fromTimeElement        // <time datetime> in the article's header
	fromNone
)

// dateMetaNames are the <meta name=...> and property values that carry a
// publication date, with their rank.
var dateMetaNames = map[string]int{
	"article:published_time": fromArticleMeta, "og:article:published_time": fromArticleMeta,
	"article:published": fromArticleMeta, "datepublished": fromSchema,
	"pubdate": fromNamedMeta, "publishdate": fromNamedMeta, "publish-date": fromNamedMeta,
	"publish_date": fromNamedMeta, "date": fromNamedMeta, "dc.date": fromNamedMeta,
	"dc.date.issued": fromNamedMeta, "dc.date.created": fromNamedMeta, "dcterms.date": fromNamedMeta,
	"dcterms.issued": fromNamedMeta, "dcterms.created": fromNamedMeta, "sailthru.date": fromNamedMeta,
	"parsely-pub-date": fromNamedMeta, "og:pubdate": fromNamedMeta, "original-publish-date": fromNamedMeta,
}

// htmlPage collects what one walk over a page's tree finds.
type htmlPage struct {
	text               strings.Builder
	ogTitle, h1, title string
	published          time.Time
	publishedFrom      string
	publishedRank      int
	articleDepth       int
	// dropFurniture says whether furniture's text is left out;
	// furnitureWords counts the words left out so, keptWords the others.
	dropFurniture             bool
	furnitureWords, keptWords int
	inFurniture               int
}

// readHTML sets in's Text, Title and Published from the page src.
func readHTML(src string, in *Input) {
	doc, err := html.Parse(strings.NewReader(src))
	if err != nil {
		return // html.Parse fails only when reading fails, never on markup
	}
	p := &htmlPage{publishedRank: fromNone, dropFurniture: true}
	p.walk(doc, false)
	if p.furnitureWords > p.keptWords {
		p = &htmlPage{publishedRank: fromNone}
		p.walk(doc, false)
	}
	in.Text = p.text.String()
	for _, t := range []string{p.ogTitle, p.h1, p.title} {
		if t != "" {
			in.Title = t
			break
		}
	}
	in.Published, in.PublishedFrom = p.published, p.publishedFrom
}

// walk visits n and its children; hidden says whether n's text is left out.
func (p *htmlPage) walk(n *html.Node, hidden bool) {
	switch n.Type {
	case html.TextNode:
		if hidden {
			return
		}
		words := strings.Fields(n.Data)
		if p.inFurniture > 0 {
			p.furnitureWords += len(words)
			if p.dropFurniture {
				return
			}
		} else {
			p.keptWords += len(words)
		}
		if len(words) > 0 {
			p.text.WriteString(strings.Join(words, " "))
			p.text.WriteByte(' ')
		}
		return
	case html.ElementNode:
		p.element(n, hidden)
		hidden = hidden || skipped[n.DataAtom]
		if furniture[n.DataAtom] {
			p.inFurniture++
			defer func() { p.inFurniture-- }()
		}
		if n.DataAtom == atom.Br {
			if !hidden && !(p.dropFurniture && p.inFurniture > 0) {
				p.text.WriteByte('\n')
			}
			return
		}
		if blocks[n.DataAtom] && !hidden && !(p.dropFurniture && p.inFurniture > 0) {
			p.text.WriteByte('\n')
			defer p.text.WriteByte('\n')
		}
		if n.DataAtom == atom.Article || n.DataAtom == atom.Header {
			p.articleDepth++
			defer func() { p.articleDepth-- }()
		}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.walk(c, hidden)
	}
}

// element reads the metadata an element may carry.
func (p *htmlPage) element(n *html.Node, hidden bool) {
	switch n.DataAtom {
	case atom.Meta:
		content := attr(n, "content")
		for _, key := range []string{"property", "name", "itemprop"} {
			k := strings.ToLower(attr(n, key))
			if k == "og:title" && p.ogTitle == "" {
				p.ogTitle = oneLine(content)
			}
			if rank, ok := dateMetaNames[k]; ok {
				p.offerDate(content, rank, k)
			}
		}
	case atom.Time:
		if attr(n, "itemprop") == "datePublished" {
			p.offerDate(attr(n, "datetime"), fromSchema, "datePublished")
		} else if p.articleDepth > 0 || hasAttr(n, "pubdate") {
			p.offerDate(attr(n, "datetime"), fromTimeElement, "time datetime")
		}
	case atom.Script:
		if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
			var v any
			if json.Unmarshal([]byte(n.FirstChild.Data), &v) == nil {
				if s, ok := findKey(v, "datePublished", 0); ok {
					p.offerDate(s, fromSchema, "datePublished")
				}
			}
		}
	case atom.Title:
		if p.title == "" {
			p.title = oneLine(nodeText(n))
		}
	case atom.H1:
		if p.h1 == "" && !hidden && p.inFurniture == 0 {
			p.h1 = oneLine(nodeText(n))
		}
	}
}

// offerDate keeps s as the publication date when it parses and comes from
// a better source than the date kept so far.
func (p *htmlPage) offerDate(s string, rank int, from string) {
	if rank >= p.publishedRank {
		return
	}
	if t, err := ParseDate(s); err == nil {
		p.published, p.publishedFrom, p.publishedRank = t, from, rank
	}
}

// findKey returns the first string value of key in a decoded JSON value,
// searching objects and arrays depth first (JSON-LD nests its article in
// "@graph").
func findKey(v any, key string, depth int) (string, bool) {
	if depth > 8 {
		return "", false
	}
	switch v := v.(type) {
	case map[string]any:
		if s, ok := v[key].(string); ok {
			return s, true
		}
		for _, k := range slices.Sorted(maps.Keys(v)) {
			if s, ok := findKey(v[k], key, depth+1); ok {
				return s, true
			}
		}
	case []any:
		for _, e := range v {
			if s, ok := findKey(e, key, depth+1); ok {
				return s, true
			}
		}
	}
	return "", false
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// nodeText returns the text under n.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
