package extract

import (
	"cmp"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/chronicle-news/chronicle/extract/timex"
	"github.com/chronicle-news/chronicle/timeline"
)

// Extractor runs the language stages of the pipeline. Build one with New
// and reuse it: New pays the start-up cost (the tagger's model, the gazetteer,
// the lexicon) once. An Extractor is safe for concurrent use.
type Extractor struct {
	pos     *posTagger
	times   *timex.Tagger
	gaz     *gazetteer
	lex     *lexicon
	scratch sync.Pool // *buffers, reused from document to document
}

// buffers are the arrays a document is worked in, which one goroutine
// reuses from document to document: the tagger's, and the tokens and
// sentences when the result keeps no tokens.
type buffers struct {
	pos posScratch
	seg segBuffers
}

// New loads the models and word lists and returns an Extractor. The
// gazetteer, the larger half, loads on a goroutine of its own while the
// tagger's model and the lexicon load; the actor codes, which only the
// last stage reads, go on loading after New returns, while the first
// document is worked on (a fault in them is reported by Extract).
func New() (*Extractor, error) {
	var gz *gazetteer
	var gzErr error
	loaded := make(chan struct{})
	go func() {
		defer close(loaded)
		gz, gzErr = loadGazetteer()
	}()
	// let the new goroutine run here and this one move to a queue another
	// core takes from: a goroutine just started waits for this one to block
	// before any core may take it (3 ms of an idle core at start-up)
	runtime.Gosched()
	tg, err := newPOSTagger()
	var lx *lexicon
	if err == nil {
		lx, err = loadLexicon()
	}
	<-loaded
	if err = cmp.Or(err, gzErr); err != nil {
		return nil, err
	}
	return &Extractor{pos: tg, times: timex.New(), gaz: gz, lex: lx}, nil
}

// Extract runs the pipeline on text, with ref as the reference
// (publication) date that relative dates resolve against. text must be
// valid UTF-8. Every Span in the result is a byte range of text.
func (ex *Extractor) Extract(text string, ref time.Time) (*Result, error) {
	return ex.extract(text, ref, true)
}

// Events is Extract without the sentences and mentions: the result has
// only Events, Entities and Warnings. It is what a timeline needs, and on
// a long text it keeps memory small.
func (ex *Extractor) Events(text string, ref time.Time) (*Result, error) {
	return ex.extract(text, ref, false)
}

func (ex *Extractor) extract(text string, ref time.Time, keep bool) (*Result, error) {
	if !utf8.ValidString(text) {
		return nil, fmt.Errorf("invalid UTF-8 at byte %d", firstInvalid(text))
	}
	text = Unwrap(text) // hard-wrapped lines read as paragraphs; offsets unchanged
	if len(text) <= ChunkSize {
		res := ex.extractChunk(text, ref, true, keep, keep)
		if len(res.Sentences) == 0 {
			return nil, ErrEmpty
		}
		if !keep {
			res.Sentences, res.Mentions = nil, nil
		}
		return res, ex.gaz.codes.wait()
	}
	res := &Result{}
	var ents []timeline.DocEntity
	found := false
	for off, sents := 0, 0; off < len(text); {
		end := chunkEnd(text, off)
		part := ex.extractChunk(text[off:end], ref, off == 0, false, keep)
		if len(part.Sentences) > 0 {
			found = true
		}
		for _, s := range part.Sentences {
			if keep {
				res.Sentences = append(res.Sentences, Sentence{Span: Span{Start: s.Span.Start + off, End: s.Span.End + off}})
			}
		}
		ents = append(ents, part.Entities...)
		for _, m := range part.Mentions {
			if !keep {
				break
			}
			m.Span.Start += off
			m.Span.End += off
			m.Sentence += sents
			res.Mentions = append(res.Mentions, m)
		}
		for _, e := range part.Events {
			e.Span[0] += off
			e.Span[1] += off
			e.SentenceIndex += sents
			for i := range e.Participants {
				e.Participants[i].Span[0] += off
				e.Participants[i].Span[1] += off
			}
			res.Events = append(res.Events, e)
		}
		res.Warnings = append(res.Warnings, part.Warnings...)
		sents += len(part.Sentences)
		off = end
	}
	if !found {
		return nil, ErrEmpty
	}
	res.Events = foldDocument(res.Events)
	res.Entities = timeline.MergeEntities(ents)
	return res, ex.gaz.codes.wait()
}

// chunkEnd returns where the chunk of text that starts at off ends: at the
// last line break in its second half, else the last sentence end, else the
// last space, else ChunkSize bytes on (at a character boundary).
func chunkEnd(text string, off int) int {
	if len(text)-off <= ChunkSize {
		return len(text)
	}
	window := text[off : off+ChunkSize]
	half := ChunkSize / 2
	if i := strings.LastIndexByte(window[half:], '\n'); i >= 0 {
		return off + half + i + 1
	}
	if i := strings.LastIndex(window[half:], ". "); i >= 0 {
		return off + half + i + 2
	}
	if i := strings.LastIndexByte(window[half:], ' '); i >= 0 {
		return off + half + i + 1
	}
	end := off + ChunkSize
	for end > off && !utf8.RuneStart(text[end]) {
		end--
	}
	return end
}

// extractChunk runs the stages on one text; main says whether it may hold
// the article's main reported event (only the first chunk does). Unless
// tokens is set, the result's sentences have spans and no tokens, and the
// tokens' array is reused for the next text; unless mentions is set, the
// result has no mentions.
func (ex *Extractor) extractChunk(text string, ref time.Time, main, tokens, mentions bool) *Result {
	b, _ := ex.scratch.Get().(*buffers)
	if b == nil {
		b = &buffers{}
	}
	defer ex.scratch.Put(b)
	d := &docState{ex: ex, text: text, ref: ref, refDay: ref.Format("2006-01-02"), mainDone: !main, pos: &b.pos}
	if tokens {
		d.sents = Segment(text)
	} else {
		d.sents = b.seg.segment(text)
		defer b.seg.release()
	}
	spans := make([]Span, len(d.sents))
	for i, s := range d.sents {
		spans[i] = s.Span
	}
	txs := ex.times.Tag(text, spans, ref)
	d.times = make([]Mention, len(txs))
	for i := range txs {
		tx := &txs[i]
		d.times[i] = Mention{Kind: KindTime, Text: tx.Text, Span: tx.Span, Canonical: tx.Value,
			Sentence: sentenceOf(spans, tx.Span.Start), Timex: tx}
	}
	d.entities = ex.gaz.tagEntities(text, d.sents)
	d.entities = dropOverlaps(d.entities, d.times)
	events := ex.detectEvents(d)
	ex.gaz.codeEvents(text, events, d.entities)
	sents := d.sents
	if !tokens {
		sents = make([]Sentence, len(d.sents))
		for i, s := range d.sents {
			sents[i].Span = s.Span
		}
	}
	res := &Result{Sentences: sents, Events: events, Entities: docEntities(d.entities), Warnings: d.warnings}
	if mentions {
		res.Mentions = mergeMentions(d.entities, d.times)
	}
	return res
}

// TagTimes returns the time expressions of text as Extract finds them,
// sentence by sentence, normalized against ref. It is the time stage alone,
// for scoring against TimeML corpora.
func (ex *Extractor) TagTimes(text string, ref time.Time) []timex.Timex {
	sents := Segment(text)
	spans := make([]Span, len(sents))
	for i, s := range sents {
		spans[i] = s.Span
	}
	return ex.times.Tag(text, spans, ref)
}

// docState is one document on its way through the stages.
type docState struct {
	ex       *Extractor
	text     string
	ref      time.Time
	refDay   string // ref as YYYY-MM-DD
	sents    []Sentence
	times    []Mention
	entities []Mention
	warnings []string
	quotes   [][]bool // per sentence and token: inside a quotation
	pos      *posScratch
	// antecedents indexes the events found so far for definite mentions
	antecedents antecedents
	mainDone    bool // the main reported event is found, or not to be looked for
}

func (d *docState) refValue() string { return d.refDay }

func sentenceOf(spans []Span, off int) int {
	i := sort.Search(len(spans), func(i int) bool { return spans[i].End > off })
	if i == len(spans) {
		return len(spans) - 1
	}
	return i
}

// dropOverlaps removes the entities that overlap a time expression: "June"
// is a month, not a person.
func dropOverlaps(ents, times []Mention) []Mention {
	out := ents[:0]
	k := 0 // both lists are ordered by offset: one pass
	for _, e := range ents {
		for k < len(times) && times[k].Span.End <= e.Span.Start {
			k++
		}
		if k < len(times) && times[k].Span.Start < e.Span.End {
			continue
		}
		out = append(out, e)
	}
	return out
}

func mergeMentions(a, b []Mention) []Mention {
	out := make([]Mention, 0, len(a)+len(b))
	out = append(out, a...)
	out = append(out, b...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Span.Start != out[j].Span.Start {
			return out[i].Span.Start < out[j].Span.Start
		}
		return out[i].Span.End < out[j].Span.End
	})
	return out
}

// docEntities counts the document's entities by canonical name, with the
// other spellings as aliases, most frequent first.
func docEntities(ms []Mention) []timeline.DocEntity {
	type key struct{ kind, canonical string }
	type agg struct {
		e       timeline.DocEntity
		aliases map[string]bool // made at the first alias
	}
	index := map[key]int{} // into aggs, in order of first mention
	var aggs []agg
	for _, m := range ms {
		if m.Demonym {
			continue
		}
		k := key{m.Kind, m.Canonical}
		i, ok := index[k]
		if !ok {
			i = len(aggs)
			index[k] = i
			aggs = append(aggs, agg{e: timeline.DocEntity{Text: m.Canonical, Kind: m.Kind}})
		}
		a := &aggs[i]
		a.e.Count++
		if m.Text != m.Canonical {
			if a.aliases == nil {
				a.aliases = map[string]bool{}
			}
			a.aliases[m.Text] = true
		}
	}
	out := make([]timeline.DocEntity, 0, len(aggs))
	for i := range aggs {
		a := &aggs[i]
		a.e.Aliases = make([]string, 0, len(a.aliases)) // [], not null, in JSON
		for al := range a.aliases {
			a.e.Aliases = append(a.e.Aliases, al)
		}
		sort.Strings(a.e.Aliases)
		out = append(out, a.e)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Count > out[j].Count })
	return out
}

func firstInvalid(s string) int {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(s)
}

// FindRefDate looks for a publication date at the top of text, in its
// first four non-blank lines: a line that says so ("Published: 2025-08-06",
// "Updated March 3, 2025"), or a line that is little more than a full date
// ("March 14, 2024", "By Jane Doe | Friday, March 14, 2024 10:15 AM"). A
// sentence that happens to hold a date ("Kenya attacked Ghana on 3 May
// 2021.") is not a date line. It reports false when there is none.
func (ex *Extractor) FindRefDate(text string) (time.Time, bool) {
	off, lines := 0, 0
	for off < len(text) && lines < 4 {
		end := strings.IndexByte(text[off:], '\n')
		if end < 0 {
			end = len(text) - off
		}
		line := text[off : off+end]
		if trimmed := strings.TrimSpace(line); trimmed != "" {
			lines++
			lower := strings.ToLower(trimmed)
			labelled := false
			for _, p := range []string{"published", "updated", "posted", "date:", "first published", "last updated"} {
				labelled = labelled || strings.HasPrefix(lower, p)
			}
			if len(trimmed) <= 120 || labelled {
				times := ex.times.Tag(line, []Span{{Start: 0, End: len(line)}}, time.Time{}) // a line is one sentence
				for _, tx := range times {
					if tx.Type != timex.Date || tx.Anchor != timex.AnchorAbsolute || len(tx.Value) != 10 {
						continue
					}
					if !labelled && !mostlyDates(line, times) {
						break
					}
					if t, err := time.Parse("2006-01-02", tx.Value); err == nil {
						return t, true
					}
				}
			}
		}
		off += end + 1
	}
	return time.Time{}, false
}

// mostlyDates reports whether line, once its time expressions are taken
// out, holds only a few names and function words: a date line or a byline,
// not a sentence.
func mostlyDates(line string, times []timex.Timex) bool {
	var rest strings.Builder
	prev := 0
	for _, tx := range times {
		rest.WriteString(line[prev:tx.Span.Start])
		rest.WriteByte(' ')
		prev = tx.Span.End
	}
	rest.WriteString(line[prev:])
	words := 0
	for _, w := range strings.FieldsFunc(rest.String(), func(r rune) bool { return !unicode.IsLetter(r) && r != '.' }) {
		words++
		switch strings.ToLower(strings.Trim(w, ".")) {
		case "by", "on", "at", "of", "the", "and", "am", "pm", "a.m", "p.m", "gmt", "utc", "est", "edt", "ist", "pst", "local", "time":
			continue
		}
		if !startsUpper(w) {
			return false
		}
	}
	return words <= 6
}
