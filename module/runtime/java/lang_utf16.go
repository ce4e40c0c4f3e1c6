package java

import (
	"sync/atomic"
	"unicode/utf8"
	"unsafe"
)

// Java strings are sequences of UTF-16 code units; a Go string here holds UTF-8 text. The
// helpers below index Go strings in UTF-16 units. ASCII text (every byte < 0x80) is the
// fast path: unit i is byte i. A lone surrogate, which UTF-8 cannot hold (a char appended
// alone, a substring that splits a pair), is kept as its 3-byte WTF-8 encoding
// (0xED 0xA0..0xBF 0x80..0xBF) and counts as one unit; output repairs pairs and prints '?'
// for a lone surrogate, as Java's encoder does.

// isASCII reports whether every byte of s is below 0x80.
func isASCII(s string) bool {
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if w&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// surrogateAt decodes a WTF-8 surrogate at byte i of s.
func surrogateAt(s string, i int) (uint16, bool) {
	if i+2 < len(s) && s[i] == 0xED && s[i+1] >= 0xA0 && s[i+1] <= 0xBF && s[i+2] >= 0x80 && s[i+2] <= 0xBF {
		return 0xD000 | uint16(s[i+1]&0x3F)<<6 | uint16(s[i+2]&0x3F), true
	}
	return 0, false
}

// decodeAt decodes the code point (or lone surrogate) at byte i: its value and byte size.
// An invalid byte decodes as U+FFFD of size 1, as Java's UTF-8 decoder would give.
func decodeAt(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == utf8.RuneError && n == 1 {
		if u, ok := surrogateAt(s, i); ok {
			return rune(u), 3
		}
	}
	return r, n
}

// appendRune appends the UTF-8 (or, for a surrogate, WTF-8) encoding of r.
func appendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// appendUnits appends UTF-16 units as UTF-8, pairing surrogates.
func appendUnits(b []byte, units []uint16) []byte {
	for i := 0; i < len(units); i++ {
		u := units[i]
		switch {
		case u < 0x80:
			b = append(b, byte(u))
		case u >= 0xD800 && u < 0xDC00 && i+1 < len(units) && units[i+1] >= 0xDC00 && units[i+1] <= 0xDFFF:
			b = utf8.AppendRune(b, 0x10000+(rune(u)-0xD800)<<10+(rune(units[i+1])-0xDC00))
			i++
		default:
			b = appendRune(b, rune(u))
		}
	}
	return b
}

// fromUnits is new String(char[]): UTF-16 units to a Go string.
func fromUnits(units []uint16) string {
	for _, u := range units {
		if u >= 0x80 {
			return string(appendUnits(make([]byte, 0, len(units)+8), units))
		}
	}
	b := make([]byte, len(units))
	for i, u := range units {
		b[i] = byte(u)
	}
	return unsafe.String(unsafe.SliceData(b), len(b))
}

// appendToUnits appends the UTF-16 units of s.
func appendToUnits(dst []uint16, s string) []uint16 {
	for i := 0; i < len(s); {
		r, n := decodeAt(s, i)
		i += n
		if r >= 0x10000 {
			r -= 0x10000
			dst = append(dst, uint16(0xD800+(r>>10)), uint16(0xDC00+(r&0x3FF)))
		} else {
			dst = append(dst, uint16(r))
		}
	}
	return dst
}

// strInfo is what index operations need to know about a non-trivial string.
type strInfo struct {
	s     string
	ascii bool
	units []uint16 // the UTF-16 form, for non-ASCII text
}

// cacheMin is the length from which a string's strInfo is cached: loops calling charAt(i)
// or length() on one long string then cost O(1) per call instead of O(n).
const cacheMin = 48

// strCache holds the strInfo of recently indexed long strings. An entry keeps its string
// alive, so a matching data pointer and length identify the same immutable bytes.
var strCache [64]atomic.Pointer[strInfo]

// infoOf returns s's strInfo, cached for long strings.
func infoOf(s string) *strInfo {
	if len(s) < cacheMin {
		return newInfo(s)
	}
	p := unsafe.StringData(s)
	slot := &strCache[(uintptr(unsafe.Pointer(p))>>4^uintptr(len(s)))%uintptr(len(strCache))]
	if e := slot.Load(); e != nil && unsafe.StringData(e.s) == p && len(e.s) == len(s) {
		return e
	}
	e := newInfo(s)
	slot.Store(e)
	return e
}

func newInfo(s string) *strInfo {
	if isASCII(s) {
		return &strInfo{s: s, ascii: true}
	}
	return &strInfo{s: s, units: appendToUnits(make([]uint16, 0, len(s)), s)}
}

// unitLen returns the UTF-16 length of s (cached for long strings).
func unitLen(s string) int {
	if len(s) < cacheMin {
		return unitLenScan(s)
	}
	info := infoOf(s)
	if info.ascii {
		return len(s)
	}
	return len(info.units)
}

// unitLenScan counts the UTF-16 units of s without the cache (for views of mutable bytes).
func unitLenScan(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] < utf8.RuneSelf {
			n++
			i++
			continue
		}
		r, size := decodeAt(s, i)
		i += size
		n++
		if r >= 0x10000 {
			n++
		}
	}
	return n
}
