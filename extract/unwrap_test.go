package extract

import (
	"strings"
	"testing"
)

func TestUnwrap(t *testing.T) {
	// a paragraph wrapped at 60 columns, as fold -s -w 60 leaves it
	para := "The two foreign ministers met in Geneva on Tuesday and \n" +
		"agreed to resume the talks that broke down in the spring of \n" +
		"last year, officials said, adding that a first round would \n" +
		"open in Doha within weeks."
	joined := strings.ReplaceAll(para, "\n", " ")
	tests := []struct {
		name, in, want string
	}{
		{"wrapped paragraph", para, joined},
		{"CRLF line ends", strings.ReplaceAll(para, "\n", "\r\n"), strings.ReplaceAll(para, "\n", "  ")},
		{"blank line ends a block", para + "\n\n" + para, joined + "\n\n" + joined},
		{"short headline ends a block",
			"Ministers agree to talk\n" + para,
			"Ministers agree to talk\n" + joined},
		{"list items stay lines",
			para + "\n- the first point of the agreement, on trade\n- the second, on visas and on border crossings",
			joined + "\n- the first point of the agreement, on trade\n- the second, on visas and on border crossings"},
		{"numbered items stay lines",
			para + "\n1. the first point of the agreement, on trade\n2) the second, on visas and on border crossing",
			joined + "\n1. the first point of the agreement, on trade\n2) the second, on visas and on border crossing"},
		{"heading stays a line",
			"# Ministers agree to resume the talks broken off last spring\n" + para,
			"# Ministers agree to resume the talks broken off last spring\n" + joined},
		{"one paragraph a line is not wrapped",
			strings.Repeat("This line is a whole paragraph of the article and it runs on well past any wrap width a mailer would use. ", 2) + "\n" +
				strings.Repeat("So is this one, which also runs on well past one hundred columns of text, as web pages do. ", 2) + "\n" +
				strings.Repeat("And a third one, long as the others, for the width estimate to see three lines. ", 2),
			""},
		{"a number that only looks like a list item",
			para + "\nThe remains lay on the lawn of the residence the rebels had seized December \n17. Three of the bodies were mutilated beyond recognition, officials said.",
			joined + "\nThe remains lay on the lawn of the residence the rebels had seized December  17. Three of the bodies were mutilated beyond recognition, officials said."},
		{"two lines are too few", "A short line\nAnother short line", ""},
		{"empty", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if want == "" {
				want = tc.in
			}
			got := Unwrap(tc.in)
			if got != want {
				t.Errorf("Unwrap(%q)\n got %q\nwant %q", tc.in, got, want)
			}
			if len(got) != len(tc.in) {
				t.Errorf("length changed: %d -> %d", len(tc.in), len(got))
			}
		})
	}
}

func FuzzUnwrap(f *testing.F) {
	f.Add("The two foreign ministers met in Geneva \non Tuesday and agreed to resume the \ntalks\r\n\n- a\n1. b")
	f.Fuzz(func(t *testing.T, text string) {
		got := Unwrap(text)
		if len(got) != len(text) {
			t.Fatalf("length changed: %d -> %d", len(text), len(got))
		}
		for i := 0; i < len(text); i++ {
			if got[i] != text[i] && !(got[i] == ' ' && (text[i] == '\n' || text[i] == '\r')) {
				t.Fatalf("byte %d changed from %q to %q", i, text[i], got[i])
			}
		}
	})
}
