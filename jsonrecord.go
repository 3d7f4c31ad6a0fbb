package main

import (
	"unicode/utf8"
)

// scanRecord reads the common JSON Lines record, an object whose keys are
// among id, text, date and url and whose values are all strings, at several
// times the speed of encoding/json, which would first check the whole line
// and then read it again. It returns the text apart, as bytes (a slice of
// raw when it has no escapes). Anything else it does not read (ok is
// false): a value of another type, another key or one in other case, an
// escaped surrogate, a control character, invalid UTF-8, bad JSON. The
// caller then hands the line to encoding/json, whose result and errors are
// the reference; FuzzScanRecord holds the two to the same result.
func scanRecord(raw []byte) (r record, text []byte, ok bool) {
	i := skipJSONSpace(raw, 0)
	if i >= len(raw) || raw[i] != '{' {
		return r, nil, false
	}
	i = skipJSONSpace(raw, i+1)
	if i < len(raw) && raw[i] == '}' {
		return r, nil, skipJSONSpace(raw, i+1) == len(raw)
	}
	for {
		key, j, ok := scanJSONString(raw, i)
		if !ok {
			return r, nil, false
		}
		i = skipJSONSpace(raw, j)
		if i >= len(raw) || raw[i] != ':' {
			return r, nil, false
		}
		val, j, ok := scanJSONString(raw, skipJSONSpace(raw, i+1))
		if !ok {
			return r, nil, false
		}
		switch string(key) { // duplicates: the last wins, as in encoding/json
		case "id":
			r.ID = string(val)
		case "text":
			text = val
		case "date":
			r.Date = string(val)
		case "url":
			r.URL = string(val)
		default:
			return r, nil, false
		}
		i = skipJSONSpace(raw, j)
		if i >= len(raw) {
			return r, nil, false
		}
		switch raw[i] {
		case ',':
			i = skipJSONSpace(raw, i+1)
		case '}':
			return r, text, skipJSONSpace(raw, i+1) == len(raw)
		default:
			return r, nil, false
		}
	}
}

// skipJSONSpace returns the index of the first byte at or after i that is
// not JSON white space.
func skipJSONSpace(b []byte, i int) int {
	for i < len(b) && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r') {
		i++
	}
	return i
}

// scanJSONString reads the JSON string that starts at b[i] and returns its
// value and the index after it. A string without escapes is returned as a
// slice of b.
func scanJSONString(b []byte, i int) (val []byte, next int, ok bool) {
	if i >= len(b) || b[i] != '"' {
		return nil, 0, false
	}
	start := i + 1
	var out []byte // nil until the first escape
	run := start   // the bytes from run on are not yet in out
	ascii := true
	for j := start; j < len(b); j++ {
		c := b[j]
		switch {
		case c == '"':
			if out == nil {
				val = b[start:j]
			} else {
				val = append(out, b[run:j]...)
			}
			if !ascii && !utf8.Valid(val) {
				return nil, 0, false // encoding/json would replace the bad bytes
			}
			return val, j + 1, true
		case c < 0x20:
			return nil, 0, false
		case c >= utf8.RuneSelf:
			ascii = false
		case c == '\\':
			if out == nil {
				out = make([]byte, 0, len(b)-start)
			}
			out = append(out, b[run:j]...)
			if j+1 >= len(b) {
				return nil, 0, false
			}
			j++
			switch b[j] {
			case '"', '\\', '/':
				out = append(out, b[j])
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'u':
				r, ok := hex4(b, j+1)
				if !ok || utf8.RuneLen(r) < 0 { // a surrogate: encoding/json pairs them
					return nil, 0, false
				}
				out = utf8.AppendRune(out, r)
				j += 4
			default:
				return nil, 0, false
			}
			run = j + 1
		}
	}
	return nil, 0, false // no closing quote
}

// hex4 reads the four hexadecimal digits at b[i:].
func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	var r rune
	for _, c := range b[i : i+4] {
		switch {
		case c >= '0' && c <= '9':
			r = r<<4 | rune(c-'0')
		case c >= 'a' && c <= 'f':
			r = r<<4 | rune(c-'a'+10)
		case c >= 'A' && c <= 'F':
			r = r<<4 | rune(c-'A'+10)
		default:
			return 0, false
		}
	}
	return r, true
}
