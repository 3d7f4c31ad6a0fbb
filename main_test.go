package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.* from current output")

// goldenCases are the articles under testdata/ with the reference date
// each is read against.
var goldenCases = []struct {
	name    string
	refDate string // "" : from the text
}{
	{"pakistan-us-2025", "2025-08-06"},
	{"accra-talks", ""},
}

func run(t *testing.T, stdin string, args ...string) (stdout, stderr string, code int) {
	t.Helper()
	var out, errb bytes.Buffer
	code = execute(args, strings.NewReader(stdin), &out, &errb)
	return out.String(), errb.String(), code
}

func checkGolden(t *testing.T, path, got string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test . -update to create it)", err)
	}
	if got != string(want) {
		t.Errorf("output differs from %s; review the change and rerun with go test . -update\n--- got ---\n%s", path, got)
	}
}

func TestGolden(t *testing.T) {
	for _, tc := range goldenCases {
		for _, format := range []string{"table", "json"} {
			t.Run(tc.name+"/"+format, func(t *testing.T) {
				args := []string{"--format", format}
				if tc.refDate != "" {
					args = append(args, "--ref-date", tc.refDate)
				}
				args = append(args, filepath.Join("testdata", tc.name+".txt"))
				out, errOut, code := run(t, "", args...)
				if code != 0 {
					t.Fatalf("exit %d: %s", code, errOut)
				}
				ext := map[string]string{"table": ".golden.txt", "json": ".golden.json"}[format]
				checkGolden(t, filepath.Join("testdata", tc.name+ext), out)
			})
		}
	}
}
