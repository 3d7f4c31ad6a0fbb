package main

import (
	"bufio"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
)

// setMemoryLimit sets the collector's soft memory limit from the machine: a
// quarter of the memory the process may use (the smaller of physical memory
// and the cgroup's limit), and at least 256 MiB when there is twice that.
// Under the limit the collector runs rarely (GOGC 400) and the heap grows as
// it likes; near it, the collector works harder rather than let the heap
// pass it. GOMEMLIMIT and GOGC, when set, take precedence; where the memory
// cannot be read (not Linux), the Go defaults stay.
func setMemoryLimit() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	avail := availableMemory()
	if avail <= 0 {
		return
	}
	debug.SetMemoryLimit(memoryLimit(avail))
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400) // collect less often; the limit still caps the heap
	}
}

// memoryLimit is the soft limit for avail bytes of memory.
func memoryLimit(avail int64) int64 {
	return max(avail/4, min(avail/2, 256<<20))
}

// availableMemory returns the bytes of memory the process may use, or 0
// when it cannot tell.
func availableMemory() int64 {
	total := meminfoTotal("/proc/meminfo")
	for _, path := range []string{
		"/sys/fs/cgroup/memory.max",                   // cgroup v2
		"/sys/fs/cgroup/memory/memory.limit_in_bytes", // cgroup v1
	} {
		if n := readLimit(path); n > 0 && (total == 0 || n < total) {
			total = n
		}
	}
	return total
}

// meminfoTotal reads MemTotal from a /proc/meminfo file, in bytes.
func meminfoTotal(path string) int64 {
	f, err := os.Open(path)
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "MemTotal:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(rest), "kB")), 10, 64)
			if err != nil {
				return 0
			}
			return kb << 10
		}
	}
	return 0
}

// readLimit reads a cgroup memory limit in bytes; 0 for none ("max") or
// an unreadable file.
func readLimit(path string) int64 {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	n, err := strconv.ParseInt(strings.TrimSpace(string(data)), 10, 64)
	if err != nil || n <= 0 {
		return 0
	}
	return n
}
