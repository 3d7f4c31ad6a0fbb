package posmodel

import (
	"encoding/binary"
	"fmt"
	"math"
	"slices"
	"sort"
)

// Encode writes the table of an averaged perceptron given as prose keeps
// it: weights by feature string and class, the tag dictionary (word to
// tag) and the classes. It fails when the model does not fit the table: more
// than MaxClasses classes, a tag outside the classes, a weight that is not a
// whole number of thousandths or is too large, or two features with one
// hash. Equal models give equal bytes.
func Encode(classes []string, dict map[string]string, weights map[string]map[string]float64) ([]byte, error) {
	if len(classes) > MaxClasses {
		return nil, fmt.Errorf("posmodel: %d classes, at most %d", len(classes), MaxClasses)
	}
	index := map[string]int{}
	b := []byte(magic)
	b = binary.AppendUvarint(b, uint64(len(classes)))
	for i, c := range classes {
		index[c] = i
		b = appendString(b, c)
	}
	words := sortedKeys(dict)
	b = binary.AppendUvarint(b, uint64(len(words)))
	for _, w := range words {
		c, ok := index[dict[w]]
		if !ok {
			return nil, fmt.Errorf("posmodel: word %q has tag %q, not a class", w, dict[w])
		}
		b = append(appendString(b, w), byte(c))
	}
	feats, err := hashFeatures(weights)
	if err != nil {
		return nil, err
	}
	var counts, entries []byte
	for _, f := range feats {
		ws := weights[f.key]
		labels := sortedKeys(ws)
		for _, l := range labels {
			if _, ok := index[l]; !ok {
				return nil, fmt.Errorf("posmodel: feature %q weighs class %q, not a class", f.key, l)
			}
		}
		sort.Slice(labels, func(i, j int) bool { return index[labels[i]] < index[labels[j]] })
		counts = append(counts, byte(len(labels))) // at most MaxClasses
		for _, l := range labels {
			milli, err := thousandths(ws[l])
			if err != nil {
				return nil, fmt.Errorf("posmodel: feature %q, class %q: %w", f.key, l, err)
			}
			entries = binary.LittleEndian.AppendUint32(entries, uint32(makeEntry(index[l], milli)))
		}
	}
	size, bits := 1, 0
	for 2*size < 3*len(feats)+1 { // at most two thirds full, and one slot empty
		size, bits = 2*size, bits+1
	}
	slots := make([]byte, slotSize*size)
	start := uint32(0)
	for i, f := range feats {
		j := f.hash >> (64 - bits)
		for binary.LittleEndian.Uint32(slots[slotSize*j+12:]) != 0 {
			j = (j + 1) & uint64(size-1)
		}
		s := slots[slotSize*j:]
		binary.LittleEndian.PutUint64(s, f.hash)
		binary.LittleEndian.PutUint32(s[8:], start)
		binary.LittleEndian.PutUint32(s[12:], uint32(counts[i])+1)
		start += uint32(counts[i])
	}
	b = binary.AppendUvarint(b, uint64(len(entries)/4))
	b = binary.AppendUvarint(b, uint64(bits))
	b = append(b, make([]byte, padding(len(b)))...)
	b = append(b, slots...)
	return append(b, entries...), nil
}

type feature struct {
	hash uint64
	key  string
}

// hashFeatures returns the features sorted by hash, and fails if two share
// one.
func hashFeatures(weights map[string]map[string]float64) ([]feature, error) {
	feats := make([]feature, 0, len(weights))
	for k := range weights {
		feats = append(feats, feature{Hash(Offset, k), k})
	}
	slices.SortFunc(feats, func(a, b feature) int {
		if a.hash != b.hash {
			if a.hash < b.hash {
				return -1
			}
			return 1
		}
		if a.key < b.key {
			return -1
		}
		return 1
	})
	for i := 1; i < len(feats); i++ {
		if feats[i].hash == feats[i-1].hash {
			return nil, fmt.Errorf("posmodel: features %q and %q share a hash", feats[i-1].key, feats[i].key)
		}
	}
	return feats, nil
}

// thousandths returns w in thousandths, and fails if that is not a whole
// number or does not fit an Entry.
func thousandths(w float64) (int32, error) {
	m := math.Round(w * 1000)
	if math.Abs(w*1000-m) > 1e-6 {
		return 0, fmt.Errorf("weight %v is not a whole number of thousandths", w)
	}
	if m >= 1<<23 || m < -(1<<23) {
		return 0, fmt.Errorf("weight %v is too large", w)
	}
	return int32(m), nil
}

func appendString(b []byte, s string) []byte {
	return append(binary.AppendUvarint(b, uint64(len(s))), s...)
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
