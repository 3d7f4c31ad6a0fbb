package extract

import (
	"strings"
	"testing"
	"unicode"
)

func sentenceTexts(text string) []string {
	var out []string
	for _, s := range Segment(text) {
		out = append(out, s.Text(text))
	}
	return out
}

func TestSegmentSentences(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"two sentences", "The talks ended. Both sides left.", []string{"The talks ended.", "Both sides left."}},
		{"title abbreviation", "Gen. Munir met Mr. Bush in Washington.", []string{"Gen. Munir met Mr. Bush in Washington."}},
		{"initials", "James A. Baker III said so. He left.", []string{"James A. Baker III said so.", "He left."}},
		{"month abbreviation", "The accord of Feb. 23 holds. Inspectors agree.", []string{"The accord of Feb. 23 holds.", "Inspectors agree."}},
		{"acronym at end", "It has offended the U.S. The allies disagree.", []string{"It has offended the U.S.", "The allies disagree."}},
		{"acronym inside", "The U.S. Army arrived.", []string{"The U.S. Army arrived."}},
		{"line breaks", "Read More: Dar Heads to US\nThe meeting ended.", []string{"Read More: Dar Heads to US", "The meeting ended."}},
		{"closing quote", `"We are back." Adams smiled.`, []string{`"We are back."`, "Adams smiled."}},
		{"lower case after stop", "He left at 5 p.m. on Friday.", []string{"He left at 5 p.m. on Friday."}},
		{"empty", " \n\t ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := sentenceTexts(tc.text)
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("Segment(%q)\n got %q\nwant %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestSegmentTokens(t *testing.T) {
	tests := []struct {
		text string
		want string // tokens joined by |
	}{
		{"Pakistan’s restraint", "Pakistan|’s|restraint"},
		{"(TDI): Dar", "(|TDI|)|:|Dar"},
		{`“Operation Bunyanum Marsoos”`, "“|Operation|Bunyanum|Marsoos|”"},
		{"face-to-face, 1,300 pounds", "face-to-face|,|1,300|pounds"},
		{"the U.N.-backed embargo", "the|U.N.-backed|embargo"},
		{"``I did not,'' he said.", "``|I|did|not|,|''|he|said|."},
		{"the countries' leaders", "the|countries|'|leaders"},
	}
	for _, tc := range tests {
		t.Run(tc.text, func(t *testing.T) {
			var got []string
			for _, s := range Segment(tc.text) {
				for _, tok := range s.Tokens {
					if tc.text[tok.Span.Start:tok.Span.End] != tok.Text {
						t.Fatalf("token %q has span %v slicing %q", tok.Text, tok.Span, tc.text[tok.Span.Start:tok.Span.End])
					}
					got = append(got, tok.Text)
				}
			}
			if strings.Join(got, "|") != tc.want {
				t.Errorf("tokens of %q = %q, want %q", tc.text, strings.Join(got, "|"), tc.want)
			}
		})
	}
}

func TestTaggerTagsEveryToken(t *testing.T) {
	ex := mustNew(t)
	text := "Pakistan fired Al-Fatah missiles at several Indian military sites on May 10."
	s := Segment(text)[0]
	ex.pos.tag(&posScratch{}, &s)
	tags := map[string]string{}
	for _, tok := range s.Tokens {
		if tok.Tag == "" {
			t.Errorf("token %q has no tag", tok.Text)
		}
		tags[tok.Text] = tok.Tag
	}
	if tags["fired"] != "VBD" {
		t.Errorf(`"fired" tagged %q, want VBD`, tags["fired"])
	}
	if tags["missiles"] != "NNS" {
		t.Errorf(`"missiles" tagged %q, want NNS`, tags["missiles"])
	}
}

func BenchmarkSegment(b *testing.B) {
	text := readTestdata(b, "pakistan-us-2025.txt") + "\n" + readTestdata(b, "accra-talks.txt")
	b.ReportAllocs()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Segment(text)
	}
}

func TestIsSpaceASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		want := r != '\n' && r != '\r' && unicode.IsSpace(r)
		if isSpace(r) != want {
			t.Errorf("isSpace(%q) = %v", r, !want)
		}
	}
}

// TestSegmentBuffersReused segments texts of growing and shrinking length
// in one set of buffers, as a worker does from document to document: each
// gives what Segment gives, and release leaves no token behind.
func TestSegmentBuffersReused(t *testing.T) {
	long := strings.Repeat("Talks resumed in Geneva on Monday. The envoy left! ", 40)
	var b segBuffers
	for _, text := range []string{"Kenya and Ghana signed a pact.", long, "Short.\nAnother line here", "", long[:301]} {
		got, want := b.segment(text), Segment(text)
		if len(got) != len(want) {
			t.Fatalf("%.30q: %d sentences, want %d", text, len(got), len(want))
		}
		for i := range want {
			if got[i].Span != want[i].Span || len(got[i].Tokens) != len(want[i].Tokens) {
				t.Fatalf("%.30q: sentence %d is %v with %d tokens, want %v with %d", text, i,
					got[i].Span, len(got[i].Tokens), want[i].Span, len(want[i].Tokens))
			}
			for k, tok := range want[i].Tokens {
				if got[i].Tokens[k] != tok {
					t.Fatalf("%.30q: sentence %d token %d is %+v, want %+v", text, i, k, got[i].Tokens[k], tok)
				}
			}
		}
		b.release()
		for _, tok := range b.toks[:cap(b.toks)] {
			if tok != (Token{}) {
				t.Fatalf("after release a token is left: %+v", tok)
			}
		}
	}
}
