package java

import (
	"math/bits"
	"strings"
)

// BitSet is java.util.BitSet: a growable vector of bits in 64-bit words, with Java's
// growth (size() is the words' capacity in bits), toString, equals and hashCode. As in
// Java it is not safe for concurrent use without a lock.
type BitSet struct {
	words     []uint64
	inUse     int  // words up to the highest set bit
	sizeFixed bool // the user chose the size (BitSet(int)): clone keeps it
}

// NewBitSet is the constructor BitSet(): 64 bits.
func NewBitSet() *BitSet { return &BitSet{words: make([]uint64, 1)} }

// NewBitSet2 is the constructor BitSet(int nbits).
func NewBitSet2(nbits int32) *BitSet {
	if nbits < 0 {
		panic(NewNegativeArraySizeException2("nbits < 0: " + IntStr(nbits)))
	}
	return &BitSet{words: make([]uint64, bitWord(nbits-1)+1), sizeFixed: true}
}

// BitSetValueOf is BitSet.valueOf(long[]).
func BitSetValueOf(longs []int64) *BitSet {
	n := len(longs)
	for n > 0 && longs[n-1] == 0 {
		n--
	}
	b := &BitSet{words: make([]uint64, n), inUse: n}
	for i := 0; i < n; i++ {
		b.words[i] = uint64(longs[i])
	}
	return b
}

func bitWord(i int32) int { return int(i >> 6) }

func checkBitIndex(name string, i int32) {
	if i < 0 {
		panic(NewIndexOutOfBoundsException2(name + " < 0: " + IntStr(i)))
	}
}

func checkBitRange(from, to int32) {
	checkBitIndex("fromIndex", from)
	checkBitIndex("toIndex", to)
	if from > to {
		panic(NewIndexOutOfBoundsException2("fromIndex: " + IntStr(from) + " > toIndex: " + IntStr(to)))
	}
}

func (b *BitSet) recalc() {
	n := b.inUse
	for n > 0 && b.words[n-1] == 0 {
		n--
	}
	b.inUse = n
}

// expandTo makes word w exist: Java's ensureCapacity (at least double) and wordsInUse.
func (b *BitSet) expandTo(w int) {
	need := w + 1
	if len(b.words) < need {
		grown := make([]uint64, max(2*len(b.words), need))
		copy(grown, b.words)
		b.words = grown
		b.sizeFixed = false
	}
	if b.inUse < need {
		b.inUse = need
	}
}

// Set is set(int).
func (b *BitSet) Set(i int32) {
	checkBitIndex("bitIndex", i)
	w := bitWord(i)
	b.expandTo(w)
	b.words[w] |= 1 << (uint(i) & 63)
}

// Set2 is set(int, boolean).
func (b *BitSet) Set2(i int32, value bool) {
	if value {
		b.Set(i)
	} else {
		b.Clear(i)
	}
}

// SetRange is set(int fromIndex, int toIndex).
func (b *BitSet) SetRange(from, to int32) {
	checkBitRange(from, to)
	if from == to {
		return
	}
	b.expandTo(bitWord(to - 1))
	for i := from; i < to; i++ {
		b.words[bitWord(i)] |= 1 << (uint(i) & 63)
	}
}

// SetRange2 is set(int fromIndex, int toIndex, boolean value).
func (b *BitSet) SetRange2(from, to int32, value bool) {
	if value {
		b.SetRange(from, to)
	} else {
		b.ClearRange(from, to)
	}
}

// Clear is clear(int).
func (b *BitSet) Clear(i int32) {
	checkBitIndex("bitIndex", i)
	w := bitWord(i)
	if w >= b.inUse {
		return
	}
	b.words[w] &^= 1 << (uint(i) & 63)
	b.recalc()
}

// ClearRange is clear(int fromIndex, int toIndex).
func (b *BitSet) ClearRange(from, to int32) {
	checkBitRange(from, to)
	for i := from; i < to && bitWord(i) < b.inUse; i++ {
		b.words[bitWord(i)] &^= 1 << (uint(i) & 63)
	}
	b.recalc()
}

// ClearAll is clear().
func (b *BitSet) ClearAll() {
	for i := 0; i < b.inUse; i++ {
		b.words[i] = 0
	}
	b.inUse = 0
}

// Get is get(int).
func (b *BitSet) Get(i int32) bool {
	checkBitIndex("bitIndex", i)
	w := bitWord(i)
	return w < b.inUse && b.words[w]&(1<<(uint(i)&63)) != 0
}

// GetRange is get(int fromIndex, int toIndex): a new BitSet of those bits.
func (b *BitSet) GetRange(from, to int32) *BitSet {
	checkBitRange(from, to)
	out := NewBitSet()
	for i := b.NextSetBit(from); i >= 0 && i < to; i = b.NextSetBit(i + 1) {
		out.Set(i - from)
	}
	return out
}

// Flip is flip(int).
func (b *BitSet) Flip(i int32) {
	checkBitIndex("bitIndex", i)
	w := bitWord(i)
	b.expandTo(w)
	b.words[w] ^= 1 << (uint(i) & 63)
	b.recalc()
}

// FlipRange is flip(int fromIndex, int toIndex).
func (b *BitSet) FlipRange(from, to int32) {
	checkBitRange(from, to)
	if from == to {
		return
	}
	b.expandTo(bitWord(to - 1))
	for i := from; i < to; i++ {
		b.words[bitWord(i)] ^= 1 << (uint(i) & 63)
	}
	b.recalc()
}

// NextSetBit is nextSetBit(int): -1 when there is none.
func (b *BitSet) NextSetBit(from int32) int32 {
	checkBitIndex("fromIndex", from)
	w := bitWord(from)
	if w >= b.inUse {
		return -1
	}
	word := b.words[w] & (^uint64(0) << (uint(from) & 63))
	for {
		if word != 0 {
			return int32(w*64 + bits.TrailingZeros64(word))
		}
		w++
		if w == b.inUse {
			return -1
		}
		word = b.words[w]
	}
}

// NextClearBit is nextClearBit(int).
func (b *BitSet) NextClearBit(from int32) int32 {
	checkBitIndex("fromIndex", from)
	w := bitWord(from)
	if w >= b.inUse {
		return from
	}
	word := ^b.words[w] & (^uint64(0) << (uint(from) & 63))
	for {
		if word != 0 {
			return int32(w*64 + bits.TrailingZeros64(word))
		}
		w++
		if w == b.inUse {
			return int32(w * 64)
		}
		word = ^b.words[w]
	}
}

// PreviousSetBit is previousSetBit(int): -1 when there is none.
func (b *BitSet) PreviousSetBit(from int32) int32 {
	if from < 0 {
		if from == -1 {
			return -1
		}
		panic(NewIndexOutOfBoundsException2("fromIndex < -1: " + IntStr(from)))
	}
	for i := from; i >= 0; i-- {
		if b.Get(i) {
			return i
		}
	}
	return -1
}

// PreviousClearBit is previousClearBit(int): -1 when there is none.
func (b *BitSet) PreviousClearBit(from int32) int32 {
	if from < 0 {
		if from == -1 {
			return -1
		}
		panic(NewIndexOutOfBoundsException2("fromIndex < -1: " + IntStr(from)))
	}
	for i := from; i >= 0; i-- {
		if !b.Get(i) {
			return i
		}
	}
	return -1
}

// Cardinality is cardinality(): the number of set bits.
func (b *BitSet) Cardinality() int32 {
	n := 0
	for _, w := range b.words[:b.inUse] {
		n += bits.OnesCount64(w)
	}
	return int32(n)
}

// Length is length(): the index of the highest set bit plus one.
func (b *BitSet) Length() int32 {
	if b.inUse == 0 {
		return 0
	}
	return int32(64*(b.inUse-1) + 64 - bits.LeadingZeros64(b.words[b.inUse-1]))
}

// Size is size(): the bits the set has room for.
func (b *BitSet) Size() int32 { return int32(len(b.words) * 64) }

// IsEmpty is isEmpty().
func (b *BitSet) IsEmpty() bool { return b.inUse == 0 }

// Intersects is intersects(BitSet).
func (b *BitSet) Intersects(o *BitSet) bool {
	for i := min(b.inUse, o.inUse) - 1; i >= 0; i-- {
		if b.words[i]&o.words[i] != 0 {
			return true
		}
	}
	return false
}

// And is and(BitSet).
func (b *BitSet) And(o *BitSet) {
	if b == o {
		return
	}
	for b.inUse > o.inUse {
		b.inUse--
		b.words[b.inUse] = 0
	}
	for i := 0; i < b.inUse; i++ {
		b.words[i] &= o.words[i]
	}
	b.recalc()
}

// Or is or(BitSet).
func (b *BitSet) Or(o *BitSet) {
	if b == o || o.inUse == 0 {
		return
	}
	b.expandTo(o.inUse - 1)
	for i := 0; i < o.inUse; i++ {
		b.words[i] |= o.words[i]
	}
}

// Xor is xor(BitSet).
func (b *BitSet) Xor(o *BitSet) {
	if o.inUse > 0 {
		b.expandTo(o.inUse - 1)
	}
	for i := 0; i < o.inUse; i++ {
		b.words[i] ^= o.words[i]
	}
	b.recalc()
}

// AndNot is andNot(BitSet).
func (b *BitSet) AndNot(o *BitSet) {
	for i := min(b.inUse, o.inUse) - 1; i >= 0; i-- {
		b.words[i] &^= o.words[i]
	}
	b.recalc()
}

// ToLongArray is toLongArray().
func (b *BitSet) ToLongArray() []int64 {
	out := make([]int64, b.inUse)
	for i := range out {
		out[i] = int64(b.words[i])
	}
	return out
}

// Clone is clone(): a copy, trimmed to the words in use unless the size was chosen.
func (b *BitSet) Clone() *BitSet {
	n := len(b.words)
	if !b.sizeFixed {
		n = b.inUse
	}
	c := &BitSet{words: make([]uint64, n), inUse: b.inUse, sizeFixed: b.sizeFixed}
	copy(c.words, b.words[:b.inUse])
	return c
}

// Equals is equals(Object): the same set bits.
func (b *BitSet) Equals(o any) bool {
	other, ok := o.(*BitSet)
	if !ok || other == nil {
		return false
	}
	if b.inUse != other.inUse {
		return false
	}
	for i := 0; i < b.inUse; i++ {
		if b.words[i] != other.words[i] {
			return false
		}
	}
	return true
}

// HashCode is hashCode(), as Java computes it from the words.
func (b *BitSet) HashCode() int32 {
	h := int64(1234)
	for i := b.inUse - 1; i >= 0; i-- {
		h ^= int64(b.words[i]) * int64(i+1)
	}
	return int32((h >> 32) ^ h)
}

// String is toString(): "{0, 2, 64}".
func (b *BitSet) String() string {
	var sb strings.Builder
	sb.WriteByte('{')
	first := true
	for i := b.NextSetBit(0); i >= 0; i = b.NextSetBit(i + 1) {
		if !first {
			sb.WriteString(", ")
		}
		first = false
		sb.WriteString(IntStr(i))
	}
	sb.WriteByte('}')
	return sb.String()
}

// Stream is stream(): the indices of the set bits, in order.
func (b *BitSet) Stream() IntStream {
	var idx []int32
	for i := b.NextSetBit(0); i >= 0; i = b.NextSetBit(i + 1) {
		idx = append(idx, i)
	}
	return IntStreamOf(idx...)
}

func init() {
	registerClassNames(map[string]string{"BitSet": "java.util.BitSet"})
}
