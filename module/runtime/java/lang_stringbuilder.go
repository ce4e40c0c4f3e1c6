package java

import (
	"sync"
	"unsafe"
)

// StringBuilder is java.lang.StringBuilder (and, through the alias StringBuffer,
// java.lang.StringBuffer, whose constructors add a lock to every method). Its text is
// held as UTF-8 like a Go string; indices are UTF-16 units, O(1) while the text is ASCII
// and a conversion of the text otherwise. Append returns the builder for chaining.
type StringBuilder struct {
	buf      []byte
	nonASCII bool        // some byte is >= 0x80: indices need conversion
	capa     int32       // Java's capacity(), kept by Java's growth rule
	mu       *sync.Mutex // StringBuffer's lock; nil for a StringBuilder
}

// StringBuffer is java.lang.StringBuffer: the same type, with its lock.
type StringBuffer = StringBuilder

// NewStringBuilder is the constructor StringBuilder().
func NewStringBuilder() *StringBuilder { return &StringBuilder{capa: 16} }

// NewStringBuilder2 is the constructor StringBuilder(int capacity).
func NewStringBuilder2(capacity int32) *StringBuilder {
	if capacity < 0 {
		panic(NewNegativeArraySizeException2(IntStr(capacity)))
	}
	return &StringBuilder{buf: make([]byte, 0, capacity), capa: capacity}
}

// NewStringBuilder3 is the constructor StringBuilder(String) (and StringBuilder(CharSequence)).
func NewStringBuilder3(str string) *StringBuilder {
	b := &StringBuilder{buf: make([]byte, 0, len(str)+16)}
	b.appendText(str)
	b.capa = b.length() + 16
	return b
}

// NewStringBuffer is the constructor StringBuffer().
func NewStringBuffer() *StringBuffer { b := NewStringBuilder(); b.mu = &sync.Mutex{}; return b }

// NewStringBuffer2 is the constructor StringBuffer(int capacity).
func NewStringBuffer2(capacity int32) *StringBuffer {
	b := NewStringBuilder2(capacity)
	b.mu = &sync.Mutex{}
	return b
}

// NewStringBuffer3 is the constructor StringBuffer(String) (and StringBuffer(CharSequence)).
func NewStringBuffer3(str string) *StringBuffer {
	b := NewStringBuilder3(str)
	b.mu = &sync.Mutex{}
	return b
}

// lock takes a StringBuffer's lock; the returned func releases it.
func (b *StringBuilder) lock() func() {
	if b.mu == nil {
		return func() {}
	}
	b.mu.Lock()
	return b.mu.Unlock
}

// view is the text as a string sharing the buffer: only for reading, never to keep.
func (b *StringBuilder) view() string { return unsafe.String(unsafe.SliceData(b.buf), len(b.buf)) }

// length is the length in UTF-16 units.
func (b *StringBuilder) length() int32 {
	if !b.nonASCII {
		return int32(len(b.buf))
	}
	return int32(unitLenScan(b.view()))
}

// grow applies Java's capacity rule for a new length.
func (b *StringBuilder) grow(minCapacity int32) {
	if minCapacity > b.capa {
		b.capa = max(minCapacity, b.capa*2+2)
	}
}

// appendText appends s, joining a high surrogate at the end of the text with a low
// surrogate at the start of s into one character.
func (b *StringBuilder) appendText(s string) {
	if len(s) >= 3 && s[0] == 0xED && len(b.buf) >= 3 {
		if lo, ok := surrogateAt(s, 0); ok && lo >= 0xDC00 {
			if hi, ok := surrogateAt(b.view(), len(b.buf)-3); ok && hi < 0xDC00 {
				b.buf = b.buf[:len(b.buf)-3]
				b.buf = appendRune(b.buf, 0x10000+(rune(hi)-0xD800)<<10+(rune(lo)-0xDC00))
				s = s[3:]
			}
		}
	}
	if !b.nonASCII && !isASCII(s) {
		b.nonASCII = true
	}
	b.buf = append(b.buf, s...)
	b.grow(b.length())
}

// units is the text as UTF-16 units (a copy).
func (b *StringBuilder) units() []uint16 {
	return appendToUnits(make([]uint16, 0, len(b.buf)), b.view())
}

// setUnits replaces the text.
func (b *StringBuilder) setUnits(u []uint16) {
	b.buf = appendUnits(b.buf[:0], u)
	b.nonASCII = !isASCII(b.view())
}

// Append is append(Object|String|CharSequence|StringBuffer|char[]|boolean|char|int|long|
// float|double): String.valueOf of the value (a char[]'s characters).
func (b *StringBuilder) Append(x any) *StringBuilder {
	defer b.lock()()
	b.appendText(printStr(x))
	return b
}

// AppendStr is append(String), without boxing.
func (b *StringBuilder) AppendStr(s string) *StringBuilder {
	defer b.lock()()
	b.appendText(S(s))
	return b
}

// AppendInt is append(int), without boxing.
func (b *StringBuilder) AppendInt(i int32) *StringBuilder {
	defer b.lock()()
	b.appendText(IntStr(i))
	return b
}

// AppendLong is append(long), without boxing.
func (b *StringBuilder) AppendLong(l int64) *StringBuilder {
	defer b.lock()()
	b.appendText(LongStr(l))
	return b
}

// AppendChar is append(char), without boxing.
func (b *StringBuilder) AppendChar(c uint16) *StringBuilder {
	defer b.lock()()
	if c < 0x80 {
		b.buf = append(b.buf, byte(c))
		b.grow(b.length())
	} else {
		b.appendText(CharStr(c))
	}
	return b
}

// AppendDouble is append(double), without boxing.
func (b *StringBuilder) AppendDouble(d float64) *StringBuilder {
	defer b.lock()()
	b.appendText(DoubleStr(d))
	return b
}

// AppendFloat is append(float), without boxing.
func (b *StringBuilder) AppendFloat(f float32) *StringBuilder {
	defer b.lock()()
	b.appendText(FloatStr(f))
	return b
}

// AppendBool is append(boolean), without boxing.
func (b *StringBuilder) AppendBool(v bool) *StringBuilder {
	defer b.lock()()
	b.appendText(BoolStr(v))
	return b
}

// AppendChars2 is append(char[], int, int).
func (b *StringBuilder) AppendChars2(str []uint16, offset, length int32) *StringBuilder {
	defer b.lock()()
	if offset < 0 || length < 0 || int64(offset) > int64(len(str))-int64(length) {
		panic(NewIndexOutOfBoundsException2("offset " + IntStr(offset) + ", count " + IntStr(length) + ", length " + IntStr(int32(len(str)))))
	}
	b.appendText(fromUnits(str[offset : offset+length]))
	return b
}

// AppendRange is append(CharSequence, int, int).
func (b *StringBuilder) AppendRange(s string, start, end int32) *StringBuilder {
	defer b.lock()()
	n := StrLen(s)
	if start < 0 || start > end || end > n {
		panic(NewIndexOutOfBoundsException2("start " + IntStr(start) + ", end " + IntStr(end) + ", length " + IntStr(n)))
	}
	b.appendText(Substring2(s, start, end))
	return b
}

// AppendCodePoint is appendCodePoint(int).
func (b *StringBuilder) AppendCodePoint(codePoint int32) *StringBuilder {
	defer b.lock()()
	b.appendText(CharacterToStringCodePoint(codePoint))
	return b
}

// Length is length().
func (b *StringBuilder) Length() int32 {
	defer b.lock()()
	return b.length()
}

// IsEmpty is isEmpty().
func (b *StringBuilder) IsEmpty() bool {
	defer b.lock()()
	return len(b.buf) == 0
}

// Capacity is capacity().
func (b *StringBuilder) Capacity() int32 {
	defer b.lock()()
	return b.capa
}

// EnsureCapacity is ensureCapacity(int).
func (b *StringBuilder) EnsureCapacity(minimumCapacity int32) {
	defer b.lock()()
	if minimumCapacity > 0 {
		b.grow(minimumCapacity)
	}
}

// TrimToSize is trimToSize().
func (b *StringBuilder) TrimToSize() {
	defer b.lock()()
	b.capa = b.length()
}

func indexMsg(index, length int32) string {
	return "index " + IntStr(index) + ", length " + IntStr(length)
}

func rangeMsg(start, end, length int32) string {
	return "start " + IntStr(start) + ", end " + IntStr(end) + ", length " + IntStr(length)
}

// CharAt is charAt(int).
func (b *StringBuilder) CharAt(index int32) uint16 {
	defer b.lock()()
	if !b.nonASCII {
		if uint(index) < uint(len(b.buf)) {
			return uint16(b.buf[index])
		}
		panic(stringIndexOOB(indexMsg(index, int32(len(b.buf)))))
	}
	u := b.units()
	if uint(index) < uint(len(u)) {
		return u[index]
	}
	panic(stringIndexOOB(indexMsg(index, int32(len(u)))))
}

// CodePointAt is codePointAt(int).
func (b *StringBuilder) CodePointAt(index int32) int32 {
	defer b.lock()()
	u := b.units()
	if uint(index) >= uint(len(u)) {
		panic(stringIndexOOB(indexMsg(index, int32(len(u)))))
	}
	return codePointAtUnits(u, int(index))
}

// SetCharAt is setCharAt(int, char).
func (b *StringBuilder) SetCharAt(index int32, ch uint16) {
	defer b.lock()()
	if !b.nonASCII && ch < 0x80 {
		if uint(index) >= uint(len(b.buf)) {
			panic(stringIndexOOB(indexMsg(index, int32(len(b.buf)))))
		}
		b.buf[index] = byte(ch)
		return
	}
	u := b.units()
	if uint(index) >= uint(len(u)) {
		panic(stringIndexOOB(indexMsg(index, int32(len(u)))))
	}
	u[index] = ch
	b.setUnits(u)
}

// SetLength is setLength(int): truncates, or pads with '\u0000'.
func (b *StringBuilder) SetLength(newLength int32) {
	defer b.lock()()
	if newLength < 0 {
		panic(stringIndexOOB("String index out of range: " + IntStr(newLength)))
	}
	b.grow(newLength)
	n := b.length()
	switch {
	case newLength == n:
	case newLength > n:
		b.buf = append(b.buf, make([]byte, newLength-n)...)
	case !b.nonASCII:
		b.buf = b.buf[:newLength]
	default:
		b.setUnits(b.units()[:newLength])
	}
}

// Insert is insert(int, Object|String|char[]|CharSequence|boolean|char|int|long|float|
// double).
func (b *StringBuilder) Insert(offset int32, x any) *StringBuilder {
	defer b.lock()()
	b.insertText(offset, printStr(x))
	return b
}

func (b *StringBuilder) insertText(offset int32, s string) {
	n := b.length()
	if offset < 0 || offset > n {
		panic(stringIndexOOB("offset " + IntStr(offset) + ", length " + IntStr(n)))
	}
	if !b.nonASCII && isASCII(s) {
		b.buf = append(b.buf[:offset], append([]byte(s), b.buf[offset:]...)...)
	} else {
		u := b.units()
		u = append(u[:offset], append(appendToUnits(nil, s), u[offset:]...)...)
		b.setUnits(u)
	}
	b.grow(b.length())
}

// Insert2 is insert(int, char[], int, int).
func (b *StringBuilder) Insert2(index int32, str []uint16, offset, length int32) *StringBuilder {
	defer b.lock()()
	if offset < 0 || length < 0 || int64(offset) > int64(len(str))-int64(length) {
		panic(stringIndexOOB("offset " + IntStr(offset) + ", len " + IntStr(length) + ", str.length " + IntStr(int32(len(str)))))
	}
	b.insertText(index, fromUnits(str[offset:offset+length]))
	return b
}

// Insert3 is insert(int, CharSequence, int, int).
func (b *StringBuilder) Insert3(dstOffset int32, s string, start, end int32) *StringBuilder {
	defer b.lock()()
	n := StrLen(s)
	if start < 0 || start > end || end > n {
		panic(NewIndexOutOfBoundsException2(rangeMsg(start, end, n)))
	}
	b.insertText(dstOffset, Substring2(s, start, end))
	return b
}

// Delete is delete(int, int).
func (b *StringBuilder) Delete(start, end int32) *StringBuilder {
	defer b.lock()()
	n := b.length()
	end = min(end, n)
	if start < 0 || start > end {
		panic(stringIndexOOB(rangeMsg(start, end, n)))
	}
	if !b.nonASCII {
		b.buf = append(b.buf[:start], b.buf[end:]...)
	} else {
		u := b.units()
		b.setUnits(append(u[:start], u[end:]...))
	}
	return b
}

// DeleteCharAt is deleteCharAt(int).
func (b *StringBuilder) DeleteCharAt(index int32) *StringBuilder {
	n := b.Length()
	if index < 0 || index >= n {
		panic(stringIndexOOB(indexMsg(index, n)))
	}
	return b.Delete(index, index+1)
}

// Replace is replace(int, int, String).
func (b *StringBuilder) Replace(start, end int32, str string) *StringBuilder {
	defer b.lock()()
	n := b.length()
	end = min(end, n)
	if start < 0 || start > n || start > end {
		panic(stringIndexOOB(rangeMsg(start, end, n)))
	}
	if !b.nonASCII && isASCII(str) {
		b.buf = append(b.buf[:start], append([]byte(str), b.buf[end:]...)...)
	} else {
		u := b.units()
		u = append(u[:start], append(appendToUnits(nil, str), u[end:]...)...)
		b.setUnits(u)
	}
	b.grow(b.length())
	return b
}

// Reverse is reverse(): surrogate pairs keep their order.
func (b *StringBuilder) Reverse() *StringBuilder {
	defer b.lock()()
	if !b.nonASCII {
		for i, j := 0, len(b.buf)-1; i < j; i, j = i+1, j-1 {
			b.buf[i], b.buf[j] = b.buf[j], b.buf[i]
		}
		return b
	}
	u := b.units()
	for i, j := 0, len(u)-1; i < j; i, j = i+1, j-1 {
		u[i], u[j] = u[j], u[i]
	}
	for i := 0; i < len(u)-1; i++ {
		if CharacterIsLowSurrogate(u[i]) && CharacterIsHighSurrogate(u[i+1]) {
			u[i], u[i+1] = u[i+1], u[i]
			i++
		}
	}
	b.setUnits(u)
	return b
}

// IndexOf is indexOf(String).
func (b *StringBuilder) IndexOf(str string) int32 {
	defer b.lock()()
	return IndexOf(b.view(), str)
}

// IndexOf2 is indexOf(String, int).
func (b *StringBuilder) IndexOf2(str string, fromIndex int32) int32 {
	defer b.lock()()
	return IndexOf2(b.view(), str, fromIndex)
}

// LastIndexOf is lastIndexOf(String).
func (b *StringBuilder) LastIndexOf(str string) int32 {
	defer b.lock()()
	return LastIndexOf(b.view(), str)
}

// LastIndexOf2 is lastIndexOf(String, int).
func (b *StringBuilder) LastIndexOf2(str string, fromIndex int32) int32 {
	defer b.lock()()
	return LastIndexOf2(b.view(), str, fromIndex)
}

// Substring is substring(int).
func (b *StringBuilder) Substring(start int32) string {
	return b.Substring2(start, b.Length())
}

// Substring2 is substring(int, int) (and subSequence(int, int)).
func (b *StringBuilder) Substring2(start, end int32) string {
	defer b.lock()()
	n := b.length()
	if start < 0 || start > end || end > n {
		panic(stringIndexOOB(rangeMsg(start, end, n)))
	}
	if !b.nonASCII {
		return string(b.buf[start:end])
	}
	return fromUnits(b.units()[start:end])
}

// GetChars is getChars(int, int, char[], int).
func (b *StringBuilder) GetChars(srcBegin, srcEnd int32, dst []uint16, dstBegin int32) {
	defer b.lock()()
	u := b.units()
	if srcBegin < 0 || srcBegin > srcEnd || int(srcEnd) > len(u) {
		panic(stringIndexOOB(rangeMsg(srcBegin, srcEnd, int32(len(u)))))
	}
	SystemArraycopy(u, srcBegin, dst, dstBegin, srcEnd-srcBegin)
}

// CompareTo is compareTo(StringBuilder): as String.compareTo of the two texts.
func (b *StringBuilder) CompareTo(another *StringBuilder) int32 {
	return StrCompareTo(b.String(), another.String())
}

// String is toString().
func (b *StringBuilder) String() string {
	defer b.lock()()
	return string(b.buf)
}
