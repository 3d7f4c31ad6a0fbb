package timex

import (
	"testing"
	"unicode"
)

func TestIsBlankASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		if isBlank(r) != unicode.IsSpace(r) {
			t.Errorf("isBlank(%q) = %v", r, !unicode.IsSpace(r))
		}
	}
}
