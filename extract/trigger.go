package extract

import "strings"

// This file finds event triggers: the lexicon's words and the verbs of a
// sentence (candidates), with the tests that keep a verb out (attributions,
// negations, complements, auxiliaries), the sentence's main verb, and the
// type a light verb takes from its object noun ("held talks").

// candidate is a possible event trigger in a sentence.
type candidate struct {
	tok     int // index of the first token
	n       int // tokens in the trigger
	trig    trigger
	typed   bool // found in the lexicon (not only a verb by its tag)
	tag     string
	used    bool
	timex   int // index into the sentence's timexes, -1 if none
	planned bool
	negated bool // "would not confirm": it takes its date, but nothing happened
}

// candidates lists the sentence's possible triggers: lexicon words and
// phrases, and other verbs by their part-of-speech tag.
func (ex *Extractor) candidates(s *Sentence) []candidate {
	var out []candidate
	toks := s.Tokens
	for i := 0; i < len(toks); {
		if tr, n := ex.lex.match(toks, i); n > 0 {
			if n > 1 && tr.verb && strings.EqualFold(toks[i+n-1].Text, "on") && i+n < len(toks) && calendarNames[toks[i+n].Text] {
				n-- // "called on Wednesday for restraint": the date, not "call on"
			}
			tag := toks[i].Tag
			isVerbTag := strings.HasPrefix(tag, "VB")
			ok := true
			switch {
			case tr.verb && !tr.noun && !isVerbTag && n == 1 && tag != "":
				// a verb-only trigger tagged as something else: "state" the
				// noun; but a verb after "and", "to" or a modal is a verb
				// ("tour the port and sign agreements")
				ok = tag == "JJ" && (strings.HasSuffix(toks[i].Text, "ed") || i > 0 && verbSlot(toks[i-1]))
			case tr.noun && !tr.verb && isVerbTag && n == 1:
				ok = false
			case tr.verb && !tr.noun && (tag == "VBN" || tag == "VBG") && afterDeterminer(toks, i):
				ok = false // "the last elected leader": an adjective
			}
			if ok && !startsUpper(toks[i].Text) || (ok && i == 0) || (ok && tr.noun) {
				c := candidate{tok: i, n: n, trig: tr, typed: true, tag: tag, timex: -1}
				if tr.verb && tr.noun {
					c.trig.verb = isVerbTag
					c.trig.noun = !isVerbTag
				}
				out = append(out, c)
				i += n
				continue
			}
		}
		// a verb right after an event noun is that noun's verb, whatever
		// the tagger made of the noun ("The offensive/JJ opened/VBN on")
		afterNoun := len(out) > 0 && out[len(out)-1].typed && out[len(out)-1].trig.noun && out[len(out)-1].tok+out[len(out)-1].n == i
		if t := toks[i].Tag; startsLetter(toks[i].Text) && (afterNoun || !afterDeterminer(toks, i)) && (t == "VBD" || t == "VBN" || t == "VBZ" || t == "VBP" || t == "VB" || t == "VBG") && !auxiliaries[strings.ToLower(toks[i].Text)] {
			tr := trigger{lemma: strings.ToLower(toks[i].Text), typ: "other", verb: true}
			out = append(out, candidate{tok: i, n: 1, trig: tr, tag: t, timex: -1})
		}
		i++
	}
	kept := out[:0]
	for _, c := range out {
		if c.trig.noun && negatedOrSourced(toks, c.tok) {
			continue // "without agreement", "according to a statement"
		}
		if c.trig.noun && c.tok > 0 && mediaEvent(toks, c) {
			continue // "a news conference", "a press briefing": where statements are made
		}
		if !c.typed && notAnEvent(toks, c.tok) {
			continue
		}
		if c.trig.noun && c.trig.light && nounModifier(toks, c.tok+c.n) {
			continue // "war criminals", "war veterans": a modifier, no event
		}
		if !c.typed && c.tag == "VB" && afterTo(toks, c.tok) && !afterAspectual(toks, c.tok) {
			continue // "called on Kabila to stop the killing": an aim, not an act
		}
		if c.trig.noun && c.tok > 0 && startsUpper(toks[c.tok].Text) && !isSentenceStartWord(toks, c.tok) && !namedEvent(toks, c) {
			continue // part of a name: "the National Jury of Elections"
		}
		if (c.tag == "VBZ" || c.tag == "VBP") && (!c.typed || c.trig.report) {
			continue // present tense: a state, a habit, or "the UN says"
		}
		c.planned = isPlanned(toks, c.tok)
		c.negated = c.trig.verb && negated(toks, c.tok)
		kept = append(kept, c)
	}
	return kept
}

// calendarNames are the capitalised month and weekday names.
var calendarNames = calendarSet()

// namedEventHeads are the event nouns that head the name of an event:
// "the 1951 Mutual Defense Treaty", "the Beijing Summit", "Operation Desert
// Shield", "the Geneva Conference".
var namedEventHeads = setOf("summit", "summits", "treaty", "accord", "accords", "agreement", "pact",
	"operation", "conference", "talks", "protocol", "convention", "charter", "offensive")

// namedEvent reports whether the capitalised event noun of candidate c
// heads the name of an event rather than standing in the name of
// something else: it is one of namedEventHeads, and no capitalised word
// follows it ("Treaty Organization", "Summit Hotel"), unless it opens the
// name ("Operation Desert Shield").
func namedEvent(toks []Token, c candidate) bool {
	i := c.tok + c.n - 1
	if c.n != 1 || !namedEventHeads[strings.ToLower(toks[i].Text)] {
		return false
	}
	if i+1 < len(toks) && startsUpper(toks[i+1].Text) && toks[i+1].Text != "I" {
		return strings.EqualFold(toks[i].Text, "Operation") // "Operation Desert Shield"
	}
	return true
}

// verbSlot reports whether the token before a word makes it a verb: "and",
// "to", a modal.
func verbSlot(prev Token) bool {
	switch strings.ToLower(prev.Text) {
	case "and", "to", "will", "would", "can", "could", "may", "might", "must", "shall", "should":
		return true
	}
	return prev.Tag == "MD"
}

// notAnEvent reports whether the verb at i names a state or a manner
// rather than an event: "became more open", "as previously planned".
func notAnEvent(toks []Token, i int) bool {
	w := strings.ToLower(toks[i].Text)
	if (w == "became" || w == "become" || w == "becomes") && i+1 < len(toks) {
		// "became more open" is a state; "became full-fledged members" an event
		next := toks[i+1]
		nounAfter := i+2 < len(toks) && strings.HasPrefix(toks[i+2].Tag, "NN")
		return (strings.HasPrefix(next.Tag, "JJ") && !nounAfter) || strings.HasPrefix(next.Tag, "RB") || strings.EqualFold(next.Text, "more")
	}
	if i > 0 && (toks[i-1].Tag == "NN" || toks[i-1].Tag == "NNS") &&
		(toks[i].Tag == "VBN" || toks[i].Tag == "VBD" && i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "by")) &&
		otherFiniteVerb(toks, i) {
		return true // "areas held by the rebels": a participle on its noun
	}
	if toks[i].Tag == "VBN" && i > 0 && toks[i-1].Text == "," && i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "by") {
		return true // ", brokered by Saudi Arabia,": an aside on a noun
	}
	if w == "used" && i+1 < len(toks) && strings.EqualFold(toks[i+1].Text, "to") {
		return true // "used to": a habit
	}
	if toks[i].Tag == "VBN" {
		for j := i - 1; j >= 0 && j >= i-2; j-- {
			if strings.EqualFold(toks[j].Text, "as") {
				return true
			}
			if !strings.HasPrefix(toks[j].Tag, "RB") {
				break
			}
		}
	}
	return false
}

// otherFiniteVerb reports whether the sentence has a finite verb other
// than the one at i that could be its main verb: anywhere before it, or
// after it in the same clause ("a truce agreed in May broke down").
func otherFiniteVerb(toks []Token, i int) bool {
	finite := func(t Token) bool {
		return (t.Tag == "VBD" || t.Tag == "VBZ" || t.Tag == "VBP" || t.Tag == "MD") && !strings.EqualFold(t.Text, "'s")
	}
	for j := 0; j < i; j++ {
		if finite(toks[j]) {
			return true
		}
	}
	for j := i + 1; j < len(toks); j++ {
		if toks[j].Text == "," || isBoundaryWord(toks[j].Text) {
			return false
		}
		if finite(toks[j]) {
			return true
		}
	}
	return false
}

// negatedOrSourced reports whether the noun at i names no event: negated
// ("without agreement", "no deal") or a source ("according to a statement").
func negatedOrSourced(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch strings.ToLower(toks[j].Text) {
		case "without", "no", "never":
			return true
		case "to":
			return j > 0 && strings.EqualFold(toks[j-1].Text, "according")
		}
	}
	return false
}

// mediaEvent reports whether the event noun of c is a news conference or
// press briefing: the place of a statement, not a meeting of its own.
func mediaEvent(toks []Token, c candidate) bool {
	switch strings.ToLower(toks[c.tok-1].Text) {
	case "news", "press", "media":
		return true
	}
	return false
}

var auxiliaries = setOf("is", "are", "was", "were", "be", "been", "being", "am", "'s", "’s", "has", "have",
	"had", "having", "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
	"must", "'re", "'ve", "'d", "'ll", "seems", "seemed", "appears", "appeared", "remain",
	"remains", "remained", "get", "got", "poised", "according", "including", "considered", "believed", "expected",
	"likely", "went", "go", "goes", "going", "continue", "continued", "continues", "began", "begin", "led",
	"leading", "made", "make", "makes", "scheduled", "due", "starting", "beginning", "ending", "lasting", "help", "helped", "helping", "want", "wants", "wanted", "need",
	"needs", "needed", "see", "sees", "saw", "seen", "think", "thinks", "thought", "know", "knows", "knew",
	"let", "keep", "kept", "take", "took", "taken", "give", "gave", "given", "come",
	"came", "put", "set", "allowed", "allow", "try", "tried", "told", "asked", "ask", "mean", "means", "meant",
	"say", "says", "said", "saying", "called", "focused", "focusing", "aimed", "based", "surprised", "reportedly")

// attribution reports whether the reporting verb at i names a source rather
// than a newsworthy statement: its subject is a news outlet, a spokesman,
// unnamed officials or a report.
func attribution(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-10; j-- {
		w := strings.ToLower(toks[j].Text)
		switch w {
		case ",", ";", "that", "''", "\"", "”", "--", "_":
			return false
		case "newspaper", "newspapers", "agency", "radio", "television", "tv", "daily", "paper", "spokesman",
			"spokeswoman", "spokesperson", "official", "officials", "source", "sources", "aides", "aide", "report",
			"reports", "reporters", "analysts", "experts", "witnesses", "residents", "diplomats", "observers", "media":
			return true
		}
	}
	return false
}

// postposed reports whether the reporting verb at i follows the news it
// reports, after a comma or a closing quote ("..., the air force said on
// Tuesday"): the sentence's own event is the news, the verb only its source.
func postposed(toks []Token, i int, cands []candidate) bool {
	j := i - 1
	for j >= 0 && j >= i-6 && toks[j].Text != "," && !isClosing(toks[j].Text) {
		j--
	}
	if j < 0 || j < i-6 {
		return false
	}
	noun := false
	for _, c := range cands {
		if c.tok < j && c.trig.verb && !c.trig.report {
			return true
		}
		noun = noun || c.tok < j && c.typed && c.trig.noun && !c.trig.report
	}
	// "The first day of the talks was productive, the negotiator said":
	// an event noun and its copula
	for k := 0; noun && k < j; k++ {
		switch strings.ToLower(toks[k].Text) {
		case "was", "were", "is", "are":
			return true
		}
	}
	return false
}

// coordinated returns the typed event verb joined to candidate ci by "and"
// with no subject of its own ("met ... and signed"), or -1.
func coordinated(toks []Token, cands []candidate, ci int) int {
	c := cands[ci]
	if !c.trig.verb {
		return -1
	}
	for k := range cands {
		o := cands[k]
		if k == ci || o.used || !o.typed || !o.trig.verb || o.trig.report || o.trig.typ == c.trig.typ || o.trig.typ == "statement" {
			continue
		}
		first, second := c, o
		if o.tok < c.tok {
			first, second = o, c
		}
		if second.tok-first.tok > 14 || !strings.EqualFold(toks[second.tok-1].Text, "and") {
			continue
		}
		if o.tag != "" && o.tag != c.tag && !(o.tag == "VBD" || o.tag == "VBN") && !(o.tag == "JJ" && verbSlot(toks[o.tok-1])) {
			continue
		}
		if !sameClause(toks, first.tok, second.tok) || boundaries(toks, first.tok+first.n, second.tok, false) > 0 {
			continue
		}
		return k
	}
	return -1
}

// governed reports whether the noun at i is the object of a typed event
// verb just before it ("expelled from peace talks Feb. 20"): the date then
// belongs to the verb.
func governed(toks []Token, cands []candidate, i int) bool {
	for _, c := range cands {
		if c.typed && c.trig.verb && !c.trig.light && !c.trig.generic && !c.trig.report && c.tok < i && i-c.tok <= 8 &&
			boundaries(toks, c.tok+c.n, i, false) == 0 && !wordBetween(toks, c.tok+c.n, i, "since") {
			return true // not "killed since the start of the invasion in 2022": the date is the invasion's
		}
	}
	return false
}

// wordBetween reports whether word w stands among tokens [lo, hi).
func wordBetween(toks []Token, lo, hi int, w string) bool {
	for _, t := range toks[lo:hi] {
		if strings.EqualFold(t.Text, w) {
			return true
		}
	}
	return false
}

// negated reports whether the verb at i is negated: "not", "n't" or
// "never" before it, with at most an auxiliary or an adverb between.
func negated(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch w := strings.ToLower(toks[j].Text); {
		case w == "not" || w == "n't" || w == "never" || strings.HasSuffix(w, "n't"):
			return true
		case auxiliaries[w] || toks[j].Tag == "MD" || toks[j].Tag == "RB":
			continue
		}
		return false
	}
	return false
}

// prepositional reports whether a participle works as a preposition:
// "following Tuesday's raid", "including the talks".
func prepositional(w string) bool {
	switch strings.ToLower(w) {
	case "following", "including", "regarding", "concerning", "excluding", "pending":
		return true
	}
	return false
}

// afterTo reports whether "to" stands right before token i, an opening
// quotation mark aside: "to stop", `to "stop the killing"`.
func afterTo(toks []Token, i int) bool {
	j := i - 1
	if j > 0 && isOpenPunct(firstRune(toks[j].Text)) {
		j--
	}
	return j >= 0 && strings.EqualFold(toks[j].Text, "to")
}

// afterAspectual reports whether the base-form verb at i completes an
// aspectual or causative verb ("began to fall apart", "helped end"), which
// makes it the event; after a plain "to" it is an intention, not an event.
func afterAspectual(toks []Token, i int) bool {
	j := i - 1
	if strings.EqualFold(toks[j].Text, "to") {
		j--
	}
	if j < 0 {
		return false
	}
	switch strings.ToLower(toks[j].Text) {
	case "began", "begun", "begin", "begins", "started", "start", "continued", "helped", "help", "helps",
		"tried", "managed", "failed", "let", "made", "agreed", "due", "expected", "scheduled", "set", "plans",
		"planned", "planning", "going", "intends", "decided", "vowed", "promised", "pledged":
		return true
	}
	return false
}

// isSetting reports whether the words before an event noun make it the
// setting of another event: "at a conference", "during the visit".
func isSetting(prev, prev2 string) bool {
	for _, w := range []string{strings.ToLower(prev), strings.ToLower(prev2)} {
		switch w {
		case "at", "during", "amid", "on the sidelines of":
			return true
		}
	}
	return false
}

// complementEvent reports whether the reporting verb at i introduces a
// clause whose own past-tense event is the news: "said he had ordered the
// strikes", "said he has sent a team".
func complementEvent(toks []Token, i int, cands []candidate) bool {
	for _, c := range cands {
		if c.tok <= i || c.trig.report {
			continue
		}
		if c.tok-i > 16 || clauseEnds(toks, i+1, c.tok) {
			break
		}
		if (c.tag == "VBN" || c.tag == "VBD") && !c.trig.light && (c.typed || !cognitive(toks[c.tok].Text)) &&
			!(c.trig.generic && !eventObject(toks, c.tok+c.n, cands)) &&
			(afterHave(toks, c.tok) || c.tok >= 2 && strings.EqualFold(toks[c.tok-1].Text, "been") && afterHave(toks, c.tok-1)) {
			return true // "said he had ordered the strikes", "had been killed"
		}
	}
	return false
}

// clauseEnds reports whether a semicolon closes the clause
// between tokens lo and hi: "France said it was sending 1,000; Greece has
// promised 700" reports two facts, and the second is not France's.
func clauseEnds(toks []Token, lo, hi int) bool {
	for _, t := range toks[lo:hi] {
		if t.Text == ";" {
			return true
		}
	}
	return false
}

// eventObject reports whether an event noun among cands follows token j
// closely, as the object of a generic verb ("ordered the strikes").
func eventObject(toks []Token, j int, cands []candidate) bool {
	for _, c := range cands {
		if c.typed && c.trig.noun && c.tok >= j && c.tok-j <= 3 && c.trig.typ != "other" {
			return true
		}
	}
	return false
}

// cognitive reports whether a verb reports a finding or a belief rather
// than an action: "it had found no evidence" keeps the statement the news.
func cognitive(w string) bool {
	switch strings.ToLower(w) {
	case "found", "concluded", "determined", "decided", "believed", "learned", "learnt", "known", "seen",
		"noticed", "understood", "felt", "thought", "assumed", "estimated", "established", "confirmed":
		return true
	}
	return false
}

func afterBe(toks []Token, i int) bool {
	return afterWord(toks, i, "is", "are", "was", "were", "be", "been", "being", "'s", "’s")
}

func afterHave(toks []Token, i int) bool {
	return afterWord(toks, i, "has", "have", "had", "'ve", "'d")
}

// afterWord reports whether one of words stands before token i, with at
// most two adverbs between ("had been", "was reportedly").
func afterWord(toks []Token, i int, words ...string) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := strings.ToLower(toks[j].Text)
		for _, x := range words {
			if w == x {
				return true
			}
		}
		if !strings.HasSuffix(toks[j].Tag, "RB") {
			return false
		}
	}
	return false
}

func indefinite(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch strings.ToLower(toks[j].Text) {
		case "a", "an":
			return true
		case "the", "that", "this", "these", "those", "its", "his", "her", "their":
			return false
		}
	}
	return false
}

func isDefinite(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch strings.ToLower(toks[j].Text) {
		case "the", "that", "this", "these", "those":
			return true
		case "a", "an", ",", ".":
			return false
		}
	}
	return false
}

// isPlanned reports whether the trigger at i is a scheduled or expected
// event rather than one that happened: "will visit", "set to resume",
// "is due to", "a summit set for April".
func isPlanned(toks []Token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-4; j-- {
		switch strings.ToLower(toks[j].Text) {
		case "will", "'ll", "shall", "would":
			return true
		case "to":
			if j > 0 {
				switch strings.ToLower(toks[j-1].Text) {
				case "set", "due", "scheduled", "expected", "plans", "planned", "going", "poised":
					return true
				}
			}
		case ",", ".", ";", "said", "says":
			return false
		}
	}
	if i+2 < len(toks) && strings.EqualFold(toks[i+1].Text, "set") && strings.EqualFold(toks[i+2].Text, "for") {
		return true
	}
	return false
}

// mainVerb picks the main event of a sentence with no time expression: the
// first finite event verb of the main clause.
func mainVerb(s *Sentence, cands []candidate) int {
	best := -1
	for k, c := range cands {
		if c.used || !c.trig.verb || c.trig.report || c.trig.light {
			continue
		}
		if c.tag == "VBG" || c.tag == "VB" || c.tag == "VBN" && !afterBe(s.Tokens, c.tok) && !afterHave(s.Tokens, c.tok) {
			continue
		}
		if c.typed || best < 0 {
			if best < 0 || (c.typed && !cands[best].typed) {
				best = k
			}
			if c.typed {
				break
			}
		}
	}
	return best
}

// carrier reports whether a verb lemma only carries the event its object
// names: "announced sanctions" is a sanctions event, "agreed a truce" a
// ceasefire; "condemned the attack", by contrast, is a statement.
func carrier(lemma string) bool {
	switch lemma {
	case "announce", "agree", "declare", "adopt", "approve", "reach", "sign", "finalize", "ratify", "impose",
		"lift", "extend", "broker", "pledge":
		return true
	}
	return false
}

// objectNoun returns the event noun that a verb ending before token j
// governs, within four tokens with at most one preposition between
// ("opened a two-day summit", "meet in a televised debate"), or -1.
func (d *docState) objectNoun(toks []Token, j int) (int, trigger) {
	preps := 0
	for k := j; k < len(toks) && k < j+5; k++ {
		w := strings.ToLower(toks[k].Text)
		if tr, n := d.ex.lex.match(toks, k); n > 0 && tr.noun && !tr.report && tr.typ != "other" && !startsUpper(toks[k].Text) &&
			!(tr.light && nounModifier(toks, k+n)) {
			return k + n - 1, tr
		}
		switch {
		case w == "in" || w == "for" || w == "at" || w == "on" || w == "of":
			preps++
			if preps > 1 {
				return -1, trigger{}
			}
		case toks[k].Tag == "DT" || strings.HasPrefix(toks[k].Tag, "JJ") || toks[k].Tag == "CD" || toks[k].Tag == "PRP$" ||
			toks[k].Tag == "NN" || toks[k].Tag == "NNS" || toks[k].Tag == "VBN" || w == "a" || w == "an" || w == "the":
		case toks[k].Tag == "" && startsLetter(w) && !startsUpper(toks[k].Text):
			// beyond the tagged stretch: a lower-case word may be a modifier
		default:
			return -1, trigger{}
		}
	}
	return -1, trigger{}
}

// subjectVerb returns the finite verb right after a noun ending before j,
// with at most one adverb between, whose subject the noun is; else -1.
func subjectVerb(toks []Token, j int) int {
	for k := j; k < len(toks) && k <= j+1; k++ {
		switch t := toks[k].Tag; {
		case t == "VBD" || t == "VBZ" || t == "VBP" || t == "VBN" && !(k+1 < len(toks) && strings.EqualFold(toks[k+1].Text, "by")):
			if w := strings.ToLower(toks[k].Text); !auxiliaries[w] || aspectual(w) {
				return k
			}
			return -1
		case strings.HasPrefix(t, "RB") || strings.EqualFold(toks[k].Text, "first"):
		default:
			return -1
		}
	}
	return -1
}

// aspectual reports whether w is a verb of beginning or ending, whose
// subject names the event: "the protests began".
func aspectual(w string) bool {
	switch w {
	case "began", "begun", "begins", "started", "starts", "ended", "ends", "continued", "continues", "resumed",
		"opened", "closed", "collapsed", "expired", "lapsed", "broke":
		return true
	}
	return false
}

// governingVerb returns the verb just before the event noun at i that takes
// it as its object ("imposed sanctions", "held a two-day summit"), when the
// verb names no other kind of event; else -1.
func (d *docState) governingVerb(toks []Token, i int) int {
	preps := 0
	for k := i - 1; k >= 0 && k >= i-6; k-- {
		t := toks[k]
		if strings.HasPrefix(t.Tag, "VB") && (t.Tag != "VBN" || afterHave(toks, k) || afterBe(toks, k)) && !auxiliaries[strings.ToLower(t.Text)] && !prepositional(t.Text) {
			tr, n := d.ex.lex.match(toks, k)
			if n == 0 || tr.generic || tr.light {
				return k // "seized power in a coup", "won 24.1 percent of the vote"
			}
			return -1
		}
		switch w := strings.ToLower(t.Text); {
		case w == "in" || w == "of" || w == "with":
			if preps++; preps > 1 {
				return -1
			}
		case t.Tag == "DT" || strings.HasPrefix(t.Tag, "JJ") || t.Tag == "CD" || t.Tag == "PRP$" || t.Tag == "NN" || t.Tag == "NNS":
		case t.Tag == "POS" || t.Tag == "NNP" && k+1 < len(toks) && toks[k+1].Tag == "POS":
			// a possessive: "won Sunday's presidential run-off"
		default:
			return -1
		}
	}
	return -1
}

// governedType gives a generic or untyped verb the type of the event noun
// it governs: "finalized a trade agreement", "held talks", "ordered the
// strikes", "spoke ... in a phone conversation".
func (d *docState) governedType(s *Sentence, c *candidate) (string, int) {
	toks := s.Tokens
	for j := c.tok + c.n; j < len(toks) && j <= c.tok+c.n+14; j++ {
		w := strings.ToLower(toks[j].Text)
		if w == "," || isBoundaryWord(w) {
			break
		}
		if tr, n := d.ex.lex.match(toks, j); n > 0 && tr.noun && tr.typ != "other" && !tr.report && !(tr.light && nounModifier(toks, j+n)) &&
			(!startsUpper(toks[j].Text) || directObject(toks, c.tok+c.n, j)) && !(j >= 2 && isSetting(toks[j-1].Text, toks[j-2].Text)) {
			return tr.typ, j + n - 1 // not a name ("Jury of Elections") or a setting ("at a meeting")
		}
		if strings.HasPrefix(toks[j].Tag, "VB") && j > c.tok+c.n {
			break
		}
	}
	return "", -1
}

// directObject reports whether token j opens the object that starts at
// token from, with at most quotes and a determiner before it: "launched
// “Operation Bunyanum Marsoos”".
func directObject(toks []Token, from, j int) bool {
	for k := from; k < j; k++ {
		if !isOpenPunct(firstRune(toks[k].Text)) && toks[k].Tag != "DT" {
			return false
		}
	}
	return true
}

// backgroundVerbs are the verbs that report background, not an act an
// analyst lists: quantities changing ("totaled", "doubled", "rocketed"),
// description and perception ("showed", "described", "remained"), cause
// and sequence ("caused", "followed", "accompanied"), the state of relations
// ("ties frayed"), and private life
// ("earned a doctorate", "played", "finished school", "was born"). An untyped verb of
// these classes is no event; a lexicon trigger is never one of them.
var backgroundVerbs = setOf(
	// quantities
	"total", "double", "triple", "halve", "rise", "reach", "grow", "decline", "increase", "decrease",
	"surge", "rocket", "soar", "plunge", "climb", "jump", "slump", "dip", "tumble", "earn", "cost",
	"amount", "exceed", "top", "average", "export", "import", "fluctuate", "shrink", "outnumber", "peak",
	// description and perception
	"show", "describe", "indicate", "suggest", "mark", "remain", "appear", "seem", "look", "sound", "feel",
	"reflect", "highlight", "underline", "underscore", "illustrate", "demonstrate", "represent", "mean",
	"involve", "include", "contain", "concern", "feature", "depict", "watch", "hear", "know", "think",
	"believe", "consider", "regard", "dub", "label", "lie", "sit", "bear",
	// cause and sequence
	"cause", "follow", "accompany", "precede", "prompt", "result", "stem",
	// the state of relations ("ties were frayed", "strained")
	"fray", "strain",
	// private life
	"play", "finish", "study", "undergo", "born",
)

// backgroundVerb reports whether the verb form w belongs to backgroundVerbs.
func backgroundVerb(w string) bool {
	w = strings.ToLower(w)
	if backgroundVerbs[w] {
		return true
	}
	for _, lemma := range lemmaGuesses(w) {
		if backgroundVerbs[lemma] {
			return true
		}
	}
	return false
}

// lemmaGuesses returns the lemmas a regular inflected verb form may have:
// "totaled" total, "rocketed" rocket, "doubled" double, "carries" carry.
func lemmaGuesses(w string) []string {
	var out []string
	for _, suf := range []string{"ed", "d", "ing", "es", "s"} {
		if stem, ok := strings.CutSuffix(w, suf); ok && len(stem) >= 2 {
			out = append(out, stem, stem+"e")
			if n := len(stem); n >= 3 && stem[n-1] == stem[n-2] {
				out = append(out, stem[:n-1]) // "totalled", "slipped"
			}
			if strings.HasSuffix(stem, "i") {
				out = append(out, strings.TrimSuffix(stem, "i")+"y") // "carried"
			}
		}
	}
	return append(out, irregularPast[w]...)
}

// irregularPast maps the irregular forms of background verbs to lemmas.
var irregularPast = map[string][]string{
	"rose": {"rise"}, "risen": {"rise"}, "fell": {"fall"}, "fallen": {"fall"}, "grew": {"grow"}, "grown": {"grow"},
	"shown": {"show"}, "showed": {"show"}, "meant": {"mean"}, "felt": {"feel"}, "saw": {"see"}, "seen": {"see"},
	"heard": {"hear"}, "knew": {"know"}, "known": {"know"}, "thought": {"think"},
	"lay": {"lie"}, "sat": {"sit"}, "bore": {"bear"}, "borne": {"bear"},
	"shrank": {"shrink"}, "underwent": {"undergo"}, "undergone": {"undergo"},
}

// votedFor returns the type of the act a body voted for ("the council
// voted to impose an arms embargo", "voted to extend sanctions"), or "" when
// the vote is not followed by "to" and an event trigger within a few words.
func (d *docState) votedFor(si int, c *candidate) string {
	if c.trig.lemma != "vote" || !c.trig.verb {
		return ""
	}
	toks := d.sents[si].Tokens
	j := d.skipTimes(si, c.tok+c.n) // "voted on Monday to impose"
	if j >= len(toks) || !strings.EqualFold(toks[j].Text, "to") {
		return ""
	}
	for k := j + 1; k < len(toks) && k <= j+5; k++ {
		if tr, n := d.ex.lex.match(toks, k); n > 0 && tr.typ != "election" && tr.typ != "other" && !tr.report && !tr.light && !tr.generic {
			return tr.typ
		}
	}
	return ""
}

// coordinatedVerb reports whether the verb at i is joined to an earlier
// verb of its clause by "and" or "but" ("did not mention him, but said
// Friday"): it shares that verb's subject.
func coordinatedVerb(toks []Token, i int) bool {
	if i == 0 {
		return false
	}
	w := strings.ToLower(toks[i-1].Text)
	return w == "but" || w == "and" || w == "yet"
}

// nounModifier reports whether the noun ending before token j modifies a
// common noun right after it: "war criminals".
func nounModifier(toks []Token, j int) bool {
	return j < len(toks) && (toks[j].Tag == "NN" || toks[j].Tag == "NNS") && !startsUpper(toks[j].Text)
}
