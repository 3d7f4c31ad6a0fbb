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
// perceptron.bin is little-endian: the line "chronicle pos-perceptron 1\n";
// the classes (uvarint count, then each as uvarint length and bytes); the tag
// dictionary sorted by word (uvarint count, then each word as uvarint length
// and bytes, and its class as one byte); the features sorted by hash (uvarint
// count, then each as its hash in 8 bytes, a uvarint count of weights and
// each weight as a class byte and a zigzag varint of thousandths).
package posmodel

import (
	_ "embed" // perceptron.bin
	"encoding/binary"
	"errors"
	"fmt"
)

//go:embed perceptron.bin
var perceptron []byte

const magic = "chronicle pos-perceptron 1\n"

// MaxClasses bounds the number of classes (tags): a score per class fits a
// fixed array, and a set of classes one uint64.
const MaxClasses = 64

// Entry is one weight of a feature: the class in its low 8 bits, the weight
// in thousandths (signed) in the high 24 bits.
type Entry uint32

// Class returns the index of the entry's class in [Model.Classes].
func (e Entry) Class() int { return int(e & 0xff) }

// Weight returns the entry's weight in thousandths.
func (e Entry) Weight() int32 { return int32(e) >> 8 }

func makeEntry(class int, weight int32) Entry { return Entry(uint32(weight)<<8 | uint32(class)) }

// Model is the tagger's table. It is read-only once loaded and safe for
// concurrent use.
type Model struct {
	// Classes are the tags the perceptron chooses from, in prose's order.
	Classes []string
	dict    map[string]uint8 // a word tagged without the perceptron: its class
	keys    []uint64         // open addressing: feature hashes...
	vals    []uint32         // ...and their feature index + 1 (0: empty slot)
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
	mask := uint64(len(m.keys) - 1)
	for i := slot(h, mask); ; i = (i + 1) & mask {
		v := m.vals[i]
		if v == 0 {
			return nil
		}
		if m.keys[i] == h {
			return m.entries[m.starts[v-1]:m.starts[v]]
		}
	}
}

func slot(h, mask uint64) uint64 { return (h ^ h>>29) & mask }

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
		return nil, fmt.Errorf("posmodel: not a table of version 1")
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
	n = r.count(len(r.b) / 9)
	size := 1
	for size < 2*n {
		size *= 2
	}
	m.keys, m.vals = make([]uint64, size), make([]uint32, size)
	m.starts = make([]uint32, 1, n+1)
	m.entries = make([]Entry, 0, len(r.b)/3)
	for i := range n {
		h := r.uint64()
		for k := r.count(len(m.Classes)); k > 0; k-- {
			c := r.class(len(m.Classes))
			m.entries = append(m.entries, makeEntry(int(c), int32(r.varint())))
		}
		m.starts = append(m.starts, uint32(len(m.entries)))
		m.insert(h, uint32(i+1))
	}
	if r.err != nil || len(r.b) != 0 {
		return nil, errFormat
	}
	return m, nil
}

func (m *Model) insert(h uint64, v uint32) {
	mask := uint64(len(m.keys) - 1)
	i := slot(h, mask)
	for m.vals[i] != 0 {
		i = (i + 1) & mask
	}
	m.keys[i], m.vals[i] = h, v
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

func (r *reader) varint() int64 {
	v, n := binary.Varint(r.b)
	if n <= 0 {
		r.fail()
		return 0
	}
	r.b = r.b[n:]
	return v
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
	n := r.count(len(r.b))
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

func (r *reader) uint64() uint64 {
	if len(r.b) < 8 {
		r.fail()
		return 0
	}
	v := binary.LittleEndian.Uint64(r.b)
	r.b = r.b[8:]
	return v
}
