// Package posmodel holds prose's part-of-speech model in a compact form: the
// averaged perceptron's weights, tag dictionary and classes, derived from
// prose v2.0.0 at build time and embedded in the binary (perceptron.bin).
// extract/pos.go runs the tagger on it; extract/internal/posgen writes it.
//
// A feature of the perceptron is a string such as "i-1 tag+i word NN talks".
// The table keeps no strings for them: a feature is known by the 64-bit
// FNV-1a hash of its string ([Hash]), which the tagger computes from the
// feature's parts as it goes, with no allocation. Weights are prose's, which
// are rounded to thousandths when the model is trained; the table keeps them
// as integer thousandths, so scores are sums of integers and exact.
//
// # The file
//
// perceptron.bin is little-endian, laid out to be read with a few tight
// loops: the line "chronicle pos-perceptron 2\n"; the classes (uvarint
// count, then each as uvarint length and bytes); the tag dictionary sorted by
// word (uvarint count, then each word as uvarint length and bytes, and its
// class as one byte); the uvarint counts of features and of weights; the
// features' hashes, sorted, 8 bytes each; each feature's count of weights,
// one byte each; and the weights, feature by feature and by class, 4 bytes
// each as an [Entry].
package posmodel

import (
	_ "embed" // perceptron.bin
	"encoding/binary"
	"errors"
	"fmt"
)

//go:embed perceptron.bin
var perceptron []byte

const magic = "chronicle pos-perceptron 2\n"

// MaxClasses bounds the number of classes (tags): a score per class fits a
// fixed array, and a set of classes one uint64.
const MaxClasses = 64

// Entry is one weight of a feature: the class in its low 8 bits, the weight
// in thousandths (signed) in the high 24 bits.
type Entry uint32

// Class returns the index of the entry's class in [Model.Classes]. Classes
// are fewer than MaxClasses (Decode checks), so the mask keeps the class
// and lets the compiler see it fits an array of MaxClasses.
func (e Entry) Class() int { return int(e) & (MaxClasses - 1) }

// Weight returns the entry's weight in thousandths.
func (e Entry) Weight() int32 { return int32(e) >> 8 }

// slot is a feature's hash and its index + 1 (0: an empty slot), side by
// side so that a probe reads one cache line.
type slot struct {
	key uint64
	val uint32
}

func makeEntry(class int, weight int32) Entry { return Entry(uint32(weight)<<8 | uint32(class)) }

// Model is the tagger's table. It is read-only once loaded and safe for
// concurrent use.
type Model struct {
	// Classes are the tags the perceptron chooses from, in prose's order.
	Classes []string
	dict    map[string]uint8 // a word tagged without the perceptron: its class
	slots   []slot           // open addressing by the hash's top bits
	shift   uint             // 64 - log2(len(slots))
	starts  []uint32         // feature i's entries are entries[starts[i]:starts[i+1]]
	entries []Entry
}

// Load decodes the embedded table (a few milliseconds).
func Load() (*Model, error) { return Decode(perceptron) }

// Tag returns the class of a word of the tag dictionary: a word seen often
// enough in training, with one tag nearly always, is tagged with it.
func (m *Model) Tag(word string) (class int, ok bool) {
	c, ok := m.dict[word]
	return int(c), ok
}

// Weights returns the weights of the feature with hash h, none for a
// feature the model does not know.
func (m *Model) Weights(h uint64) []Entry {
	mask := uint64(len(m.slots) - 1)
	for i := h >> m.shift; ; i = (i + 1) & mask {
		s := m.slots[i]
		if s.val == 0 {
			return nil
		}
		if s.key == h {
			return m.entries[m.starts[s.val-1]:m.starts[s.val]]
		}
	}
}

// FNV-1a, 64 bits.
const (
	// Offset is the hash of the empty string; start a hash from it.
	Offset uint64 = 14695981039346656037
	prime  uint64 = 1099511628211
)

// Hash continues the FNV-1a hash h over s: Hash(Hash(Offset, a), b) equals
// Hash(Offset, a+b).
func Hash[S string | []byte](h uint64, s S) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= prime
	}
	return h
}

// HashByte continues the hash h over one byte.
func HashByte(h uint64, c byte) uint64 { return (h ^ uint64(c)) * prime }

var errFormat = errors.New("posmodel: malformed table")

// Decode reads a table in the form Encode writes.
func Decode(data []byte) (*Model, error) {
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, fmt.Errorf("posmodel: not a table of version 2")
	}
	r := reader{b: data[len(magic):]}
	m := &Model{}
	n := r.count(MaxClasses)
	for range n {
		m.Classes = append(m.Classes, r.str())
	}
	n = r.count(len(r.b))
	m.dict = make(map[string]uint8, n)
	for range n {
		w := r.str()
		m.dict[w] = r.class(len(m.Classes))
	}
	nf, ne := r.count(len(r.b)/9), r.count(len(r.b)/4)
	hashes, counts, entries := r.bytes(8*nf), r.bytes(nf), r.bytes(4*ne)
	if r.err != nil || len(r.b) != 0 {
		return nil, errFormat
	}
	m.entries = make([]Entry, ne)
	for i := range m.entries {
		m.entries[i] = Entry(binary.LittleEndian.Uint32(entries[4*i:]))
		if int(m.entries[i]&0xff) >= len(m.Classes) {
			return nil, errFormat
		}
	}
	m.starts = make([]uint32, nf+1)
	for i, c := range counts {
		m.starts[i+1] = m.starts[i] + uint32(c)
	}
	if int(m.starts[nf]) != ne {
		return nil, errFormat
	}
	size, bits := 1, uint(0)
	for 2*size < 3*nf { // at most two thirds full
		size, bits = 2*size, bits+1
	}
	m.slots, m.shift = make([]slot, size), 64-bits
	// write the fresh table before insert reads it: a page read first is
	// the shared zero page, and writing it then costs a copy-on-write
	// fault that flushes every core's TLB (a third of start-up on a VM)
	clear(m.slots)
	for i := range nf {
		// hashes are sorted, so slots fill in order: one pass through memory
		m.insert(binary.LittleEndian.Uint64(hashes[8*i:]), uint32(i+1))
	}
	return m, nil
}

func (m *Model) insert(h uint64, v uint32) {
	mask := uint64(len(m.slots) - 1)
	i := h >> m.shift
	for m.slots[i].val != 0 {
		i = (i + 1) & mask
	}
	m.slots[i] = slot{h, v}
}

// reader reads the table's fields; after the first error every read gives
// zero values and err stays set.
type reader struct {
	b   []byte
	err error
}

func (r *reader) fail() { r.err, r.b = errFormat, nil }

func (r *reader) uvarint() uint64 {
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
}

// bytes reads n bytes.
func (r *reader) bytes(n int) []byte {
	if len(r.b) < n {
		r.fail()
		return nil
	}
	b := r.b[:n]
	r.b = r.b[n:]
	return b
}

// count reads a count of at most limit.
func (r *reader) count(limit int) int {
	v := r.uvarint()
	if v > uint64(limit) {
		r.fail()
		return 0
	}
	return int(v)
}

func (r *reader) str() string {
	n := r.uvarint()
	if n > uint64(len(r.b)) {
		r.fail()
		return ""
	}
	s := string(r.b[:n])
	r.b = r.b[n:]
	return s
}

func (r *reader) class(n int) uint8 {
	if len(r.b) == 0 || int(r.b[0]) >= n {
		r.fail()
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}
