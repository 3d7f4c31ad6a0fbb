package extract

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jdkato/prose/v2"
)

// This file gives part-of-speech tags from prose's averaged perceptron. It
// is the only file that imports prose; segment.go makes the sentences and
// tokens, and a later stage asks for tags where it needs them.

// posTagger gives part-of-speech tags from prose's averaged perceptron. The
// model is loaded once, in newPOSTagger, and shared: prose only reads it while
// tagging, so a posTagger is safe for concurrent use.
type posTagger struct {
	model *prose.Model
}

func newPOSTagger() (tg *posTagger, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extract: loading the prose model: %v", r)
		}
	}()
	return &posTagger{model: prose.ModelFromData("chronicle")}, nil
}

// tag fills the Tag of every token of s. prose tokenizes the sentence its own
// way, so the sentence is handed to it as our tokens joined by spaces and the
// tags are mapped back: each of our tokens takes the tag of the first prose
// token that starts inside it.
func (tg *posTagger) tag(s *Sentence) error {
	if s.tagged || len(s.Tokens) == 0 {
		return nil
	}
	s.tagged = true
	return tg.tagTokens(s.Tokens)
}

// tagWindow tags the tokens [from, to) of s only: tagging is the costliest
// stage, and an event and its participants lie near its time expression.
// Tokens outside keep an empty tag.
func (tg *posTagger) tagWindow(s *Sentence, from, to int) error {
	from, to = max(from, 0), min(to, len(s.Tokens))
	if s.tagged || from >= to {
		return nil
	}
	if from == 0 && to == len(s.Tokens) {
		return tg.tag(s)
	}
	return tg.tagTokens(s.Tokens[from:to])
}

// tagTokens tags a run of tokens as one sentence.
func (tg *posTagger) tagTokens(toks []Token) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("extract: prose tagger: %v", r)
		}
	}()
	var b strings.Builder
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = straightQuotes(t.Text)
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[i])
	}
	doc, err := prose.NewDocument(b.String(),
		prose.WithSegmentation(false), prose.WithExtraction(false), prose.UsingModel(tg.model))
	if err != nil {
		return fmt.Errorf("extract: prose tagger: %w", err)
	}
	ptoks := doc.Tokens()
	j := 0
	for i := range toks {
		w := words[i]
		toks[i].Tag = ""
		for len(w) > 0 && j < len(ptoks) {
			pt := ptoks[j].Text
			if !strings.HasPrefix(w, pt) {
				break // prose rewrote the token; leave the rest untagged
			}
			if toks[i].Tag == "" {
				toks[i].Tag = ptoks[j].Tag
			}
			w = w[len(pt):]
			j++
		}
		if toks[i].Tag == "" {
			toks[i].Tag = fallbackTag(toks[i].Text)
		}
		// resynchronise: skip prose tokens until one matches the next word
		if len(w) > 0 && i+1 < len(words) {
			for j < len(ptoks) && !strings.HasPrefix(words[i+1], ptoks[j].Text) {
				j++
			}
		}
	}
	return nil
}

func straightQuotes(s string) string {
	if strings.IndexByte(s, 0xE2) < 0 { // all curly quotes start with 0xE2
		return s
	}
	return quoteReplacer.Replace(s)
}

var quoteReplacer = strings.NewReplacer("\u201c", `"`, "\u201d", `"`, "\u2018", "'", "\u2019", "'",
	"\u2014", "--", "\u2013", "--") // prose's model knows ASCII quotes and dashes

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
