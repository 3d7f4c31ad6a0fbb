package main

import (
	"os"
	"path/filepath"
	"testing"
)

func TestMemoryLimit(t *testing.T) {
	tests := []struct {
		name        string
		avail, want int64
	}{
		{"a quarter of a large machine", 24 << 30, 6 << 30},
		{"256 MiB of a small container", 768 << 20, 256 << 20},
		{"half of a tiny one", 256 << 20, 128 << 20},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := memoryLimit(tc.avail); got != tc.want {
				t.Errorf("memoryLimit(%d) = %d, want %d", tc.avail, got, tc.want)
			}
		})
	}
}

func TestReadMemory(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	if got := meminfoTotal(write("meminfo", "MemTotal:       24683652 kB\nMemFree:  1 kB\n")); got != 24683652<<10 {
		t.Errorf("meminfoTotal = %d", got)
	}
	if got := readLimit(write("max", "max\n")); got != 0 {
		t.Errorf("readLimit(max) = %d, want 0", got)
	}
	if got := readLimit(write("limit", "1073741824\n")); got != 1<<30 {
		t.Errorf("readLimit = %d, want 1 GiB", got)
	}
	if got := meminfoTotal(filepath.Join(dir, "none")); got != 0 {
		t.Errorf("meminfoTotal of no file = %d", got)
	}
}
