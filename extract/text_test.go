package extract

import (
	"strings"
	"testing"
)

func TestPlainText(t *testing.T) {
	tests := []struct {
		name, in, want, wantErr string
	}{
		{"text as it is", "Talks opened in Geneva.", "Talks opened in Geneva.", ""},
		{"empty", " \n\t", "", "empty input"},
		{"binary", "GIF89a\x00\x01", "", "NUL byte at offset 6"},
		{"latin-1", "Caf\xe9", "", "invalid UTF-8 at byte 3"},
		{"html", "<!DOCTYPE html><html><head><title>T</title><script>x()</script></head><body><p>Talks &amp; more.</p></body></html>",
			"Talks & more.", ""},
		{"html after a BOM and a comment", "\ufeff<!-- page --><div><p>Hello.</p></div>", "Hello.", ""},
		{"html with no text", "<html><body><script>x()</script></body></html>", "", "no text"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, err := PlainText(tc.in)
			if tc.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tc.wantErr) {
					t.Fatalf("err = %v, want one saying %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(got, tc.want) || strings.Contains(got, "<") || strings.Contains(got, "x()") {
				t.Errorf("PlainText = %q, want the text %q without markup", got, tc.want)
			}
		})
	}
}
