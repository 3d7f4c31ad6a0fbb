package extract

import (
	"math/bits"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/extract/internal/posmodel"
)

// This file gives part-of-speech tags: prose v2.0.0's averaged perceptron,
// run here on our own tokens from a compact copy of its model
// (extract/internal/posmodel, made from prose's model by go generate). It
// gives the tags prose's tagger gives; pos_test.go measures that against
// prose itself. segment.go makes the sentences and tokens, and a later stage
// asks for tags where it needs them.
//
// prose's tagger reads the sentence as prose's tokenizer splits it, so this
// file splits each of our tokens the same way ("don't" is "do" and "n't",
// "$5" is "$" and "5") before tagging, and each of our tokens takes the tag
// of its first piece, as when prose tokenized the sentence itself. The
// pieces are substrings of the token: tagging allocates nothing per token.
//
// One difference from prose, on purpose: prose's tokenizer hands the same
// token to every occurrence of a word in a text but the last, so they all
// report the tag of the last of them ("said that ... a trial that led to" gives
// both "that" WDT). Here each occurrence keeps its own tag. On the TBAQ
// articles 0.36% of tokens differ, no eval figure moves, and the tags are a
// little closer to CoNLL-2003's gold ones (pos_test.go).

//go:generate go run ./internal/posgen -o internal/posmodel/perceptron.bin

// posTagger gives part-of-speech tags. It only reads its model while
// tagging, so it is safe for concurrent use; the buffers of a run of tags
// are a posScratch, one per document.
type posTagger struct {
	m     *posmodel.Model
	link  *regexp.Regexp // prose tags these NN (commonregex's link and e-mail patterns)
	email *regexp.Regexp
	none  *regexp.Regexp    // and these -NONE- (Penn Treebank empty elements)
	feat  [nFeatures]uint64 // the hash of each feature's name
}

// The perceptron's features, in prose's words: each is a name, a space and
// its parts joined by spaces, and is known to the model by its hash.
const (
	fBias = iota
	fSuffix
	fPref1
	fTag1
	fTag2
	fTag12
	fWord
	fTag1Word
	fWord1
	fSuffix1
	fWord2
	fWordNext
	fSuffixNext
	fWordNext2
	nFeatures
)

var featureNames = [nFeatures]string{"bias", "i suffix ", "i pref1 ", "i-1 tag ", "i-2 tag ", "i tag+i-2 tag ",
	"i word ", "i-1 tag+i word ", "i-1 word ", "i-1 suffix ", "i-2 word ", "i+1 word ", "i+1 suffix ", "i+2 word "}

// The patterns prose's tagger tests each word against before its model:
// commonregex's LinkPattern and EmailPattern (v1.0.1) and prose's own.
const (
	linkPattern  = `(?:(?:https?:\/\/)?(?:[a-z0-9.\-]+|www|[a-z0-9.\-])[.](?:[^\s()<>]+|\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\))+(?:\((?:[^\s()<>]+|(?:\([^\s()<>]+\)))*\)|[^\s!()\[\]{};:\'".,<>?]))`
	emailPattern = `(?i)([A-Za-z0-9!#$%&'*+\/=?^_{|.}~-]+@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)`
	nonePattern  = `^(?:0|\*[\w?]\*|\*\-\d{1,3}|\*[A-Z]+\*\-\d{1,3}|\*)$`
)

func newPOSTagger() (*posTagger, error) {
	m, err := posmodel.Load()
	if err != nil {
		return nil, err
	}
	tg := &posTagger{m: m, link: regexp.MustCompile(linkPattern), email: regexp.MustCompile(emailPattern),
		none: regexp.MustCompile(nonePattern)}
	for i, name := range featureNames {
		tg.feat[i] = posmodel.Hash(posmodel.Offset, name)
	}
	return tg, nil
}

// posScratch holds the buffers of tagging, reused from sentence to
// sentence; its zero value is ready to use. One goroutine uses it at a time.
type posScratch struct {
	words []string // our tokens, with ASCII quotes
	subs  []string // the pieces prose's tokenizer makes of them
	tags  []string // the pieces' tags
	sufs  []string // doSplit's stack of trailing punctuation
	ctx   []span32 // the pieces as the model reads them, in arena
	arena []byte
	lower []byte
}

type span32 struct{ start, end int32 }

// tag fills the Tag of every token of s.
func (tg *posTagger) tag(sc *posScratch, s *Sentence) {
	if s.tagged || len(s.Tokens) == 0 {
		return
	}
	s.tagged = true
	tg.tagTokens(sc, s.Tokens)
}

// tagTokens tags a run of tokens as one sentence. Each token takes the tag
// of the first piece prose's tokenizer makes of it, or a guess from its
// shape when prose would have dropped it.
func (tg *posTagger) tagTokens(sc *posScratch, toks []Token) {
	sc.words, sc.subs = sc.words[:0], sc.subs[:0]
	for _, t := range toks {
		w := straightQuotes(t.Text)
		sc.words = append(sc.words, w)
		if strings.Contains(w, "&rsquo;") { // prose reads it as '
			w = strings.ReplaceAll(w, "&rsquo;", "'")
		}
		sc.splitWord(w)
	}
	tg.tagPieces(sc)
	j := 0
	for i := range toks {
		w := sc.words[i]
		toks[i].Tag = ""
		for len(w) > 0 && j < len(sc.subs) {
			pt := sc.subs[j]
			if !strings.HasPrefix(w, pt) {
				break // the piece is not the word's (prose rewrote it); leave the rest untagged
			}
			if toks[i].Tag == "" {
				toks[i].Tag = sc.tags[j]
			}
			w = w[len(pt):]
			j++
		}
		if toks[i].Tag == "" {
			toks[i].Tag = fallbackTag(toks[i].Text)
		}
		// resynchronise: skip pieces until one matches the next word
		if len(w) > 0 && i+1 < len(sc.words) {
			for j < len(sc.subs) && !strings.HasPrefix(sc.words[i+1], sc.subs[j]) {
				j++
			}
		}
	}
}

// tagPieces tags sc.subs as prose's perceptronTagger.tag does, into sc.tags.
func (tg *posTagger) tagPieces(sc *posScratch) {
	sc.buildContext()
	sc.tags = sc.tags[:0]
	p1, p2 := "-START-", "-START2-"
	for i, w := range sc.subs {
		tag, ok := tg.special(w)
		if !ok {
			if c, found := tg.m.Tag(w); found {
				tag = tg.m.Classes[c]
			} else {
				tag = tg.predict(sc, i, w, p1, p2)
			}
		}
		sc.tags = append(sc.tags, tag)
		p2, p1 = p1, tag
	}
}

// special returns the tag prose gives w before consulting its model, if
// any: a hyphen, an emoticon, a link or address, an empty element.
func (tg *posTagger) special(w string) (string, bool) {
	switch {
	case w == "-":
		return "-", true
	case proseEmoticons[w]:
		return "SYM", true
	case strings.IndexByte(w, '.') >= 0 && tg.link.MatchString(w),
		strings.IndexByte(w, '@') >= 0 && tg.email.MatchString(w),
		strings.HasPrefix(w, "@"):
		return "NN", true
	case (w == "0" || w[0] == '*') && tg.none.MatchString(w):
		return "-NONE-", true
	case isBracketTag(w):
		return w, true
	}
	return "", false
}

// isBracketTag reports whether w is a tag prose keeps as it is: -LRB-,
// -RRB- and any other three capitals between hyphens.
func isBracketTag(w string) bool {
	if len(w) != 5 || w[0] != '-' || w[4] != '-' {
		return false
	}
	for i := 1; i < 4; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// predict is prose's featurize and averagedPerceptron.predict: the class
// with the highest score among the classes any known feature weighs.
// Scores are whole thousandths, so they are exact; of equal scores, the
// class first in the model's order wins (prose takes whichever its map
// gives first).
func (tg *posTagger) predict(sc *posScratch, i int, w, p1, p2 string) string {
	c := i + 2 // w's place in the context
	cur, prev, prev2 := sc.word(c), sc.word(c-1), sc.word(c-2)
	next, next2 := sc.word(c+1), sc.word(c+2)
	f := &tg.feat
	var hs [nFeatures]uint64
	hs[fBias] = f[fBias]
	hs[fSuffix] = posmodel.Hash(f[fSuffix], w[len(w)-min(len(w), 3):])
	hs[fPref1] = hashFirstByte(f[fPref1], w[0])
	hs[fTag1] = posmodel.Hash(f[fTag1], p1)
	hs[fTag2] = posmodel.Hash(f[fTag2], p2)
	hs[fTag12] = posmodel.Hash(posmodel.HashByte(posmodel.Hash(f[fTag12], p1), ' '), p2)
	hs[fWord] = posmodel.Hash(f[fWord], cur)
	hs[fTag1Word] = posmodel.Hash(posmodel.HashByte(posmodel.Hash(f[fTag1Word], p1), ' '), cur)
	hs[fWord1] = posmodel.Hash(f[fWord1], prev)
	hs[fSuffix1] = posmodel.Hash(f[fSuffix1], prev[len(prev)-min(len(prev), 3):])
	hs[fWord2] = posmodel.Hash(f[fWord2], prev2)
	hs[fWordNext] = posmodel.Hash(f[fWordNext], next)
	hs[fSuffixNext] = posmodel.Hash(f[fSuffixNext], next[len(next)-min(len(next), 3):])
	hs[fWordNext2] = posmodel.Hash(f[fWordNext2], next2)

	var scores [posmodel.MaxClasses]int32
	var seen uint64
	// find every feature's weights first, then add them: the lookups are
	// independent, so the processor overlaps their trips to memory
	var ws [nFeatures][]posmodel.Entry
	for k, h := range hs {
		ws[k] = tg.m.Weights(h)
	}
	for _, w := range ws {
		for _, e := range w {
			scores[e.Class()] += e.Weight()
			seen |= 1 << e.Class()
		}
	}
	best := -1
	for ; seen != 0; seen &= seen - 1 {
		k := bits.TrailingZeros64(seen)
		if best < 0 || scores[k] > scores[best] {
			best = k
		}
	}
	if best < 0 {
		return ""
	}
	return tg.m.Classes[best]
}

// hashFirstByte hashes prose's string(w[0]): the byte read as a rune, so a
// byte of a multi-byte character becomes two bytes of UTF-8.
func hashFirstByte(h uint64, b byte) uint64 {
	if b < utf8.RuneSelf {
		return posmodel.HashByte(h, b)
	}
	return posmodel.HashByte(posmodel.HashByte(h, 0xC0|b>>6), 0x80|b&0x3F)
}

// word returns the k-th word of the context.
func (sc *posScratch) word(k int) []byte {
	s := sc.ctx[k]
	return sc.arena[s.start:s.end]
}

// buildContext lays out the model's view of sc.subs: two start markers,
// each piece normalized (prose's normalize), two end markers.
func (sc *posScratch) buildContext() {
	sc.arena, sc.ctx = sc.arena[:0], sc.ctx[:0]
	sc.push("-START-")
	sc.push("-START2-")
	for _, w := range sc.subs {
		start := len(sc.arena)
		switch {
		case w[0] != '-' && strings.IndexByte(w, '-') > 0:
			sc.arena = append(sc.arena, "!HYPHEN"...)
		case isYear(w):
			sc.arena = append(sc.arena, "!YEAR"...)
		case w[0] >= '0' && w[0] <= '9':
			sc.arena = append(sc.arena, "!DIGITS"...)
		default:
			sc.arena = appendLower(sc.arena, w)
		}
		sc.ctx = append(sc.ctx, span32{int32(start), int32(len(sc.arena))})
	}
	sc.push("-END-")
	sc.push("-END2-")
}

func (sc *posScratch) push(s string) {
	start := len(sc.arena)
	sc.arena = append(sc.arena, s...)
	sc.ctx = append(sc.ctx, span32{int32(start), int32(len(sc.arena))})
}

// isYear reports whether strconv.Atoi accepts w and w has four bytes: four
// digits, or a sign and three.
func isYear(w string) bool {
	if len(w) != 4 {
		return false
	}
	d := w
	if w[0] == '+' || w[0] == '-' {
		d = w[1:]
	}
	for i := 0; i < len(d); i++ {
		if d[i] < '0' || d[i] > '9' {
			return false
		}
	}
	return true
}

// appendLower appends strings.ToLower(s) to b.
func appendLower(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		b = utf8.AppendRune(b, unicode.ToLower(r))
		i += size
	}
	return b
}

// splitWord appends the pieces prose's tokenizer makes of w: its runs of
// non-space characters, each split by doSplit.
func (sc *posScratch) splitWord(w string) {
	start := -1
	for i, r := range w {
		if unicode.IsSpace(r) {
			if start >= 0 {
				sc.doSplit(w[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		sc.doSplit(w[start:])
	}
}

// doSplit is prose's doSplit on substrings: it peels leading $ ( " [,
// splits off 'll 's 're 'm and n't, and peels trailing punctuation, keeping
// emoticons and abbreviations ("U.S.", "Mr.") whole. Like prose's, it
// drops what is left when a clitic starts the token ("'sup").
func (sc *posScratch) doSplit(token string) {
	sc.sufs = sc.sufs[:0]
	for last := 0; token != "" && utf8.RuneCountInString(token) != last; {
		if proseEmoticons[token] || isInternalAbbrev(token) {
			sc.addPiece(token)
			break
		}
		last = utf8.RuneCountInString(token)
		if len(token) > 1 && strings.IndexByte(`$("[`, token[0]) >= 0 {
			sc.addPiece(token[:1])
			token = token[1:]
		} else if idx := sc.cliticAt(token); idx >= 0 {
			sc.addPiece(token[:idx])
			token = token[idx:]
		} else if len(token) > 1 && strings.IndexByte(`,)"]!;.?:'`, token[len(token)-1]) >= 0 {
			sc.sufs = append(sc.sufs, token[len(token)-1:])
			token = token[:len(token)-1]
		} else {
			sc.addPiece(token)
		}
	}
	for k := len(sc.sufs) - 1; k >= 0; k-- {
		sc.subs = append(sc.subs, sc.sufs[k])
	}
}

func (sc *posScratch) addPiece(s string) {
	if strings.TrimSpace(s) != "" {
		sc.subs = append(sc.subs, s)
	}
}

// cliticAt is prose's hasAnyIndex over the lower-case token: where the
// first of 'll, 's, 're, 'm (in that order of search), else n't, occurs in
// it, or -1. The index is into the lower-case form, as in prose; should
// lower-casing have lengthened the token past it, the token's end.
func (sc *posScratch) cliticAt(token string) int {
	if strings.IndexByte(token, '\'') < 0 {
		return -1
	}
	sc.lower = appendLower(sc.lower[:0], token)
	for _, group := range [][]string{{"'ll", "'s", "'re", "'m"}, {"n't"}} {
		for _, c := range group {
			if idx := indexOf(sc.lower, c); idx >= 0 && len(sc.lower) > len(c) {
				return min(idx, len(token))
			}
		}
	}
	return -1
}

// indexOf is strings.Index over bytes.
func indexOf(b []byte, s string) int {
	for i := 0; i+len(s) <= len(b); i++ {
		if string(b[i:i+len(s)]) == s {
			return i
		}
	}
	return -1
}

// isInternalAbbrev matches prose's `^(?:[A-Za-z]\.){2,}$|^[A-Z][a-z]{1,2}\.$`:
// dotted letters ("U.S.") or a short capitalized abbreviation ("Mr.").
func isInternalAbbrev(s string) bool {
	n := len(s)
	if n >= 4 && n%2 == 0 {
		ok := true
		for i := 0; i < n && ok; i += 2 {
			c := s[i] | 0x20
			ok = c >= 'a' && c <= 'z' && s[i+1] == '.'
		}
		if ok {
			return true
		}
	}
	if (n == 3 || n == 4) && s[0] >= 'A' && s[0] <= 'Z' && s[n-1] == '.' {
		for i := 1; i < n-1; i++ {
			if s[i] < 'a' || s[i] > 'z' {
				return false
			}
		}
		return true
	}
	return false
}

// proseEmoticons are the emoticons prose's tokenizer keeps whole and its
// tagger tags SYM (prose v2.0.0, tokenize.go).
var proseEmoticons = setOf("(-8", "(-;", "(-_-)", "(._.)", "(:", "(=", "(o:", "(¬_¬)", "(ಠ_ಠ)", "(╯°□°）╯︵┻━┻",
	"-__-", "8-)", "8-D", "8D", ":(", ":((", ":(((", ":()", ":)))", ":-)", ":-))", ":-)))", ":-*", ":-/", ":-X",
	":-]", ":-o", ":-p", ":-x", ":-|", ":-}", ":0", ":3", ":P", ":]", ":`(", ":`)", ":`-(", ":o", ":o)", "=(",
	"=)", "=D", "=|", "@_@", "O.o", "O_o", "V_V", "XDD", "[-:", "^___^", "o_0", "o_O", "o_o", "v_v", "xD",
	"xDD", "¯\\(ツ)/¯")

// straightQuotes gives curly quotes and dashes the ASCII forms prose's
// model knows.
func straightQuotes(s string) string {
	if strings.IndexByte(s, 0xE2) < 0 { // all curly quotes and dashes start with 0xE2
		return s
	}
	switch s { // the usual tokens, without allocating
	case "\u201c", "\u201d":
		return `"`
	case "\u2018", "\u2019":
		return "'"
	case "\u2019s":
		return "'s"
	case "\u2014", "\u2013":
		return "--"
	}
	return quoteReplacer.Replace(s)
}

var quoteReplacer = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'",
	"\u2014", "--", "\u2013", "--")

func fallbackTag(w string) string {
	r, _ := utf8.DecodeRuneInString(w)
	switch {
	case unicode.IsDigit(r):
		return "CD"
	case unicode.IsUpper(r):
		return "NNP"
	case unicode.IsLetter(r):
		return "NN"
	}
	return "."
}
