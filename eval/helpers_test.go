package eval

import (
	"sync"
	"testing"

	"github.com/chronicle-news/chronicle/extract"
)

var (
	extractorOnce sync.Once
	extractor     *extract.Extractor
	extractorErr  error
)

// newExtractor returns one extractor shared by the package's tests: the
// prose model is loaded once per process.
func newExtractor(t testing.TB) *extract.Extractor {
	t.Helper()
	extractorOnce.Do(func() { extractor, extractorErr = extract.New() })
	if extractorErr != nil {
		t.Fatal(extractorErr)
	}
	return extractor
}
