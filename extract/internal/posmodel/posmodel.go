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
// perceptron.bin is little-endian and read in place: loading it builds only
// the small tag dictionary, so start-up costs a fraction of a millisecond.
// It holds the line "chronicle pos-perceptron 3\n"; the classes (uvarint
// count, then each as uvarint length and bytes); the tag dictionary sorted by
// word (uvarint count, then each word as uvarint length and bytes, and its
// class as one byte); the uvarint counts of weights and of the hash table's
// slots, as a power of two (log2); zero bytes up to a multiple of 8 from the
// file's start; the hash table, open addressing by the hash's top bits, 16
// bytes a slot: the feature's hash (8 bytes), the index
// of its first weight (4) and its count of weights + 1 (4; 0: an empty
// slot); and the weights, feature by feature and by class, 4 bytes each as
// an [Entry].
package posmodel

import (
	_ "embed" // perceptron.bin
	"encoding/binary"
	"errors"
	"fmt"
	"unsafe"
)

//go:embed perceptron.bin
var perceptron []byte

const magic = "chronicle pos-perceptron 3\n"

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

// slot is a slot of the hash table: a feature's hash, the index of its
// first weight, and its count of weights + 1 (0: an empty slot).
type slot struct {
	key   uint64
	start uint32
	n     uint32
}

// slotSize is the bytes of a slot in the file.
const slotSize = 16

func makeEntry(class int, weight int32) Entry { return Entry(uint32(weight)<<8 | uint32(class)) }

// Model is the tagger's table. It is read-only once loaded and safe for
// concurrent use.
type Model struct {
	// Classes are the tags the perceptron chooses from, in prose's order.
	Classes []string
	dict    map[string]uint8 // a word tagged without the perceptron: its class
	slots   []slot           // the hash table
	shift   uint             // 64 - log2(len(slots))
	entries []Entry
}

// Load decodes the embedded table.
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
		s := &m.slots[i]
		if s.key == h && s.n != 0 {
			return m.entries[s.start : s.start+s.n-1]
		}
		if s.n == 0 {
			return nil
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

// Decode reads a table in the form Encode writes. The model it returns
// reads data in place.
func Decode(data []byte) (*Model, error) {
	if len(data) < len(magic) || string(data[:len(magic)]) != magic {
		return nil, fmt.Errorf("posmodel: not a table of version 3")
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
	ne, bits := r.count(len(r.b)/4), r.count(32)
	r.bytes(padding(len(data) - len(r.b)))
	slots, entries := r.bytes(slotSize<<bits), r.bytes(4*ne)
	if r.err != nil || len(r.b) != 0 {
		return nil, errFormat
	}
	m.slots, m.entries, m.shift = inPlace[slot](slots), inPlace[Entry](entries), uint(64-bits)
	// check what Weights and the tagger rely on: every feature's weights
	// lie in the table, one slot at least is empty (a lookup ends), and
	// every weight's class is a class
	empty := false
	for _, s := range m.slots {
		empty = empty || s.n == 0
		if s.n > 0 && (s.n-1 > uint32(ne) || s.start > uint32(ne)-(s.n-1)) {
			return nil, errFormat
		}
	}
	if !empty {
		return nil, errFormat
	}
	for _, e := range m.entries {
		if int(e&0xff) >= len(m.Classes) {
			return nil, errFormat
		}
	}
	return m, nil
}

// padding is the zero bytes after off that bring the slots to a multiple
// of 8 from the file's start.
func padding(off int) int { return -off & 7 }

// inPlace returns the little-endian values of T that b holds, as a slice
// of b itself when the machine is little-endian and b is aligned for T
// (the embedded table is: large symbols are aligned to 32 bytes), else as
// a copy. T is a slot or an Entry.
func inPlace[T slot | Entry](b []byte) []T {
	var zero T
	size := int(unsafe.Sizeof(zero))
	if len(b) == 0 {
		return []T{}
	}
	if littleEndian() && uintptr(unsafe.Pointer(unsafe.SliceData(b)))%unsafe.Alignof(zero) == 0 {
		return unsafe.Slice((*T)(unsafe.Pointer(unsafe.SliceData(b))), len(b)/size)
	}
	out := make([]T, len(b)/size)
	for i := range out {
		switch p := any(&out[i]).(type) {
		case *slot:
			*p = slot{binary.LittleEndian.Uint64(b[size*i:]), binary.LittleEndian.Uint32(b[size*i+8:]), binary.LittleEndian.Uint32(b[size*i+12:])}
		case *Entry:
			*p = Entry(binary.LittleEndian.Uint32(b[size*i:]))
		}
	}
	return out
}

// littleEndian reports whether the machine stores integers little-endian,
// as the file does.
func littleEndian() bool { return binary.NativeEndian.Uint16([]byte{1, 0}) == 1 }

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
