package java

import (
	"encoding/binary"
	"math"
)

// java.nio buffers: ByteBuffer (with its multi-byte views in either byte order) and
// IntBuffer. Position, limit, capacity and mark follow java.nio.Buffer exactly, with its
// exceptions: a relative get past the limit throws BufferUnderflowException, a relative
// put BufferOverflowException, an absolute index out of range IndexOutOfBoundsException.

// ByteOrder is java.nio.ByteOrder.
type ByteOrder struct {
	name string
	bo   binary.ByteOrder
}

var (
	// ByteOrderBigEndian is ByteOrder.BIG_ENDIAN.
	ByteOrderBigEndian = &ByteOrder{"BIG_ENDIAN", binary.BigEndian}
	// ByteOrderLittleEndian is ByteOrder.LITTLE_ENDIAN.
	ByteOrderLittleEndian = &ByteOrder{"LITTLE_ENDIAN", binary.LittleEndian}
)

// ByteOrderNativeOrder is the static ByteOrder.nativeOrder() (little-endian on the
// platforms Go runs L2J on: amd64 and arm64).
func ByteOrderNativeOrder() *ByteOrder { return ByteOrderLittleEndian }

// String is toString(): BIG_ENDIAN or LITTLE_ENDIAN.
func (o *ByteOrder) String() string { return o.name }

// bufferState is java.nio.Buffer's bookkeeping.
type bufferState struct {
	mark, position, limit, capacity int
	readOnly                        bool
}

func (b *bufferState) setPosition(newPosition int32) {
	switch {
	case int(newPosition) > b.limit:
		panic(NewIllegalArgumentException2("newPosition > limit: (" + IntStr(newPosition) + " > " + IntStr(int32(b.limit)) + ")"))
	case newPosition < 0:
		panic(NewIllegalArgumentException2("newPosition < 0: (" + IntStr(newPosition) + " < 0)"))
	}
	if b.mark > int(newPosition) {
		b.mark = -1
	}
	b.position = int(newPosition)
}

func (b *bufferState) setLimit(newLimit int32) {
	switch {
	case int(newLimit) > b.capacity:
		panic(NewIllegalArgumentException2("newLimit > capacity: (" + IntStr(newLimit) + " > " + IntStr(int32(b.capacity)) + ")"))
	case newLimit < 0:
		panic(NewIllegalArgumentException2("newLimit < 0: (" + IntStr(newLimit) + " < 0)"))
	}
	b.limit = int(newLimit)
	if b.position > b.limit {
		b.position = b.limit
	}
	if b.mark > b.limit {
		b.mark = -1
	}
}

func (b *bufferState) doReset() {
	if b.mark < 0 {
		panic(NewInvalidMarkException())
	}
	b.position = b.mark
}

func (b *bufferState) doClear()  { b.position, b.limit, b.mark = 0, b.capacity, -1 }
func (b *bufferState) doFlip()   { b.limit, b.position, b.mark = b.position, 0, -1 }
func (b *bufferState) doRewind() { b.position, b.mark = 0, -1 }

// nextGet advances the position by n for a relative get, returning the old position.
func (b *bufferState) nextGet(n int) int {
	p := b.position
	if b.limit-p < n {
		panic(NewBufferUnderflowException())
	}
	b.position = p + n
	return p
}

// nextPut advances the position by n for a relative put.
func (b *bufferState) nextPut(n int) int {
	if b.readOnly {
		panic(NewReadOnlyBufferException())
	}
	p := b.position
	if b.limit-p < n {
		panic(NewBufferOverflowException())
	}
	b.position = p + n
	return p
}

// checkIndex validates an absolute index for an element of n units.
func (b *bufferState) checkIndex(i int32, n int) int {
	if i < 0 || n > b.limit-int(i) {
		panic(NewIndexOutOfBoundsException())
	}
	return int(i)
}

func (b *bufferState) checkWritable() {
	if b.readOnly {
		panic(NewReadOnlyBufferException())
	}
}

func (b *bufferState) stateString(class string) string {
	return class + "[pos=" + IntStr(int32(b.position)) + " lim=" + IntStr(int32(b.limit)) + " cap=" + IntStr(int32(b.capacity)) + "]"
}

// checkFromIndexSize is Objects.checkFromIndexSize with Java's message.
func checkFromIndexSize(off, size, length int32) {
	if off < 0 || size < 0 || off > length-size || length < 0 {
		panic(NewIndexOutOfBoundsException2("Range [" + IntStr(off) + ", " + IntStr(off) + " + " + IntStr(size) + ") out of bounds for length " + IntStr(length)))
	}
}

// ByteBuffer is java.nio.ByteBuffer over a byte slice (shared with wrap's array, slices and
// duplicates).
type ByteBuffer struct {
	bufferState
	hb     []int8 // the whole backing array
	offset int    // index in hb of element 0
	order  *ByteOrder
	direct bool
}

// ByteBufferAllocate is the static ByteBuffer.allocate(int).
func ByteBufferAllocate(capacity int32) *ByteBuffer {
	if capacity < 0 {
		panic(NewIllegalArgumentException2("capacity < 0: (" + IntStr(capacity) + " < 0)"))
	}
	return newByteBuffer(make([]int8, capacity), 0, 0, int(capacity), int(capacity))
}

// ByteBufferAllocateDirect is the static ByteBuffer.allocateDirect(int): like allocate,
// except that hasArray is false and array throws, as for Java's direct buffers.
func ByteBufferAllocateDirect(capacity int32) *ByteBuffer {
	b := ByteBufferAllocate(capacity)
	b.direct = true
	return b
}

// ByteBufferWrap is the static ByteBuffer.wrap(byte[]).
func ByteBufferWrap(array []int8) *ByteBuffer {
	return newByteBuffer(array, 0, 0, len(array), len(array))
}

// ByteBufferWrap2 is the static ByteBuffer.wrap(byte[], int, int): position offset, limit
// offset+length, capacity the array's length.
func ByteBufferWrap2(array []int8, offset, length int32) *ByteBuffer {
	checkFromIndexSize(offset, length, int32(len(array)))
	return newByteBuffer(array, 0, int(offset), int(offset+length), len(array))
}

func newByteBuffer(hb []int8, offset, pos, lim, capacity int) *ByteBuffer {
	return &ByteBuffer{bufferState: bufferState{mark: -1, position: pos, limit: lim, capacity: capacity}, hb: hb, offset: offset, order: ByteOrderBigEndian}
}

// Bytes gives Go code the remaining bytes (position to limit) without copying: the
// runtime's way to hand a buffer to Go I/O.
func (b *ByteBuffer) Bytes() []byte {
	return int8sAsBytes(b.hb[b.offset+b.position : b.offset+b.limit])
}

// Capacity is capacity().
func (b *ByteBuffer) Capacity() int32 { return int32(b.capacity) }

// Position is position().
func (b *ByteBuffer) Position() int32 { return int32(b.position) }

// SetPosition is position(int).
func (b *ByteBuffer) SetPosition(newPosition int32) *ByteBuffer { b.setPosition(newPosition); return b }

// Limit is limit().
func (b *ByteBuffer) Limit() int32 { return int32(b.limit) }

// SetLimit is limit(int).
func (b *ByteBuffer) SetLimit(newLimit int32) *ByteBuffer { b.setLimit(newLimit); return b }

// Mark is mark().
func (b *ByteBuffer) Mark() *ByteBuffer { b.mark = b.position; return b }

// Reset is reset(): back to the mark (InvalidMarkException without one).
func (b *ByteBuffer) Reset() *ByteBuffer { b.doReset(); return b }

// Clear is clear().
func (b *ByteBuffer) Clear() *ByteBuffer { b.doClear(); return b }

// Flip is flip().
func (b *ByteBuffer) Flip() *ByteBuffer { b.doFlip(); return b }

// Rewind is rewind().
func (b *ByteBuffer) Rewind() *ByteBuffer { b.doRewind(); return b }

// Remaining is remaining().
func (b *ByteBuffer) Remaining() int32 { return int32(max(b.limit-b.position, 0)) }

// HasRemaining is hasRemaining().
func (b *ByteBuffer) HasRemaining() bool { return b.position < b.limit }

// IsReadOnly is isReadOnly().
func (b *ByteBuffer) IsReadOnly() bool { return b.readOnly }

// IsDirect is isDirect().
func (b *ByteBuffer) IsDirect() bool { return b.direct }

// HasArray is hasArray().
func (b *ByteBuffer) HasArray() bool { return !b.direct && !b.readOnly }

// Array is array(): the backing array (ReadOnlyBufferException for a read-only buffer,
// UnsupportedOperationException for a direct one).
func (b *ByteBuffer) Array() []int8 {
	if b.direct {
		panic(NewUnsupportedOperationException())
	}
	if b.readOnly {
		panic(NewReadOnlyBufferException())
	}
	return b.hb
}

// ArrayOffset is arrayOffset().
func (b *ByteBuffer) ArrayOffset() int32 {
	if b.direct {
		panic(NewUnsupportedOperationException())
	}
	if b.readOnly {
		panic(NewReadOnlyBufferException())
	}
	return int32(b.offset)
}

// Order is order().
func (b *ByteBuffer) Order() *ByteOrder { return b.order }

// SetOrder is order(ByteOrder).
func (b *ByteBuffer) SetOrder(bo *ByteOrder) *ByteBuffer {
	if bo == nil {
		panic(NewNullPointerException())
	}
	b.order = bo
	return b
}

// Slice is slice(): a buffer over the remaining bytes (big-endian, position 0).
func (b *ByteBuffer) Slice() *ByteBuffer {
	r := b.Remaining()
	s := newByteBuffer(b.hb, b.offset+b.position, 0, int(r), int(r))
	s.readOnly, s.direct = b.readOnly, b.direct
	return s
}

// Duplicate is duplicate(): the same content and indexes (big-endian).
func (b *ByteBuffer) Duplicate() *ByteBuffer {
	d := &ByteBuffer{bufferState: b.bufferState, hb: b.hb, offset: b.offset, order: ByteOrderBigEndian, direct: b.direct}
	return d
}

// AsReadOnlyBuffer is asReadOnlyBuffer().
func (b *ByteBuffer) AsReadOnlyBuffer() *ByteBuffer {
	d := b.Duplicate()
	d.readOnly = true
	return d
}

// bytesAt is the n bytes at index i (relative to the buffer's start) as Go bytes.
func (b *ByteBuffer) bytesAt(i, n int) []byte {
	return int8sAsBytes(b.hb[b.offset+i : b.offset+i+n])
}

// Get is get(): the byte at the position, which advances.
func (b *ByteBuffer) Get() int8 { return b.hb[b.offset+b.nextGet(1)] }

// GetAt is get(int).
func (b *ByteBuffer) GetAt(index int32) int8 { return b.hb[b.offset+b.checkIndex(index, 1)] }

// GetBytes is get(byte[]): fills dst (BufferUnderflowException if fewer remain).
func (b *ByteBuffer) GetBytes(dst []int8) *ByteBuffer {
	return b.GetBytes2(dst, 0, int32(len(dst)))
}

// GetBytes2 is get(byte[], int, int).
func (b *ByteBuffer) GetBytes2(dst []int8, offset, length int32) *ByteBuffer {
	checkFromIndexSize(offset, length, int32(len(dst)))
	p := b.nextGet(int(length))
	copy(dst[offset:offset+length], b.hb[b.offset+p:])
	return b
}

// Put is put(byte).
func (b *ByteBuffer) Put(v int8) *ByteBuffer {
	b.hb[b.offset+b.nextPut(1)] = v
	return b
}

// PutAt is put(int, byte).
func (b *ByteBuffer) PutAt(index int32, v int8) *ByteBuffer {
	b.checkWritable()
	b.hb[b.offset+b.checkIndex(index, 1)] = v
	return b
}

// PutBytes is put(byte[]).
func (b *ByteBuffer) PutBytes(src []int8) *ByteBuffer { return b.PutBytes2(src, 0, int32(len(src))) }

// PutBytes2 is put(byte[], int, int).
func (b *ByteBuffer) PutBytes2(src []int8, offset, length int32) *ByteBuffer {
	checkFromIndexSize(offset, length, int32(len(src)))
	p := b.nextPut(int(length))
	copy(b.hb[b.offset+p:], src[offset:offset+length])
	return b
}

// PutBuffer is put(ByteBuffer): the remaining bytes of src.
func (b *ByteBuffer) PutBuffer(src *ByteBuffer) *ByteBuffer {
	if src == b {
		panic(NewIllegalArgumentException2("The source buffer is this buffer"))
	}
	b.checkWritable()
	n := src.Remaining()
	if n > b.Remaining() {
		panic(NewBufferOverflowException())
	}
	sp := src.nextGet(int(n))
	p := b.nextPut(int(n))
	copy(b.hb[b.offset+p:b.offset+p+int(n)], src.hb[src.offset+sp:])
	return b
}

// Compact is compact(): the remaining bytes move to the start; position after them, limit
// at the capacity.
func (b *ByteBuffer) Compact() *ByteBuffer {
	b.checkWritable()
	r := max(b.limit-b.position, 0)
	copy(b.hb[b.offset:b.offset+r], b.hb[b.offset+b.position:b.offset+b.position+r])
	b.position, b.limit, b.mark = r, b.capacity, -1
	return b
}

// GetShort is getShort().
func (b *ByteBuffer) GetShort() int16 { return int16(b.order.bo.Uint16(b.bytesAt(b.nextGet(2), 2))) }

// GetShortAt is getShort(int).
func (b *ByteBuffer) GetShortAt(index int32) int16 {
	return int16(b.order.bo.Uint16(b.bytesAt(b.checkIndex(index, 2), 2)))
}

// GetChar is getChar().
func (b *ByteBuffer) GetChar() uint16 { return b.order.bo.Uint16(b.bytesAt(b.nextGet(2), 2)) }

// GetCharAt is getChar(int).
func (b *ByteBuffer) GetCharAt(index int32) uint16 {
	return b.order.bo.Uint16(b.bytesAt(b.checkIndex(index, 2), 2))
}

// GetInt is getInt().
func (b *ByteBuffer) GetInt() int32 { return int32(b.order.bo.Uint32(b.bytesAt(b.nextGet(4), 4))) }

// GetIntAt is getInt(int).
func (b *ByteBuffer) GetIntAt(index int32) int32 {
	return int32(b.order.bo.Uint32(b.bytesAt(b.checkIndex(index, 4), 4)))
}

// GetLong is getLong().
func (b *ByteBuffer) GetLong() int64 { return int64(b.order.bo.Uint64(b.bytesAt(b.nextGet(8), 8))) }

// GetLongAt is getLong(int).
func (b *ByteBuffer) GetLongAt(index int32) int64 {
	return int64(b.order.bo.Uint64(b.bytesAt(b.checkIndex(index, 8), 8)))
}

// GetFloat is getFloat().
func (b *ByteBuffer) GetFloat() float32 { return math.Float32frombits(uint32(b.GetInt())) }

// GetFloatAt is getFloat(int).
func (b *ByteBuffer) GetFloatAt(index int32) float32 {
	return math.Float32frombits(uint32(b.GetIntAt(index)))
}

// GetDouble is getDouble().
func (b *ByteBuffer) GetDouble() float64 { return math.Float64frombits(uint64(b.GetLong())) }

// GetDoubleAt is getDouble(int).
func (b *ByteBuffer) GetDoubleAt(index int32) float64 {
	return math.Float64frombits(uint64(b.GetLongAt(index)))
}

// PutShort is putShort(short).
func (b *ByteBuffer) PutShort(v int16) *ByteBuffer {
	b.order.bo.PutUint16(b.bytesAt(b.nextPut(2), 2), uint16(v))
	return b
}

// PutShortAt is putShort(int, short).
func (b *ByteBuffer) PutShortAt(index int32, v int16) *ByteBuffer {
	b.checkWritable()
	b.order.bo.PutUint16(b.bytesAt(b.checkIndex(index, 2), 2), uint16(v))
	return b
}

// PutChar is putChar(char).
func (b *ByteBuffer) PutChar(v uint16) *ByteBuffer {
	b.order.bo.PutUint16(b.bytesAt(b.nextPut(2), 2), v)
	return b
}

// PutCharAt is putChar(int, char).
func (b *ByteBuffer) PutCharAt(index int32, v uint16) *ByteBuffer {
	b.checkWritable()
	b.order.bo.PutUint16(b.bytesAt(b.checkIndex(index, 2), 2), v)
	return b
}

// PutInt is putInt(int).
func (b *ByteBuffer) PutInt(v int32) *ByteBuffer {
	b.order.bo.PutUint32(b.bytesAt(b.nextPut(4), 4), uint32(v))
	return b
}

// PutIntAt is putInt(int, int).
func (b *ByteBuffer) PutIntAt(index int32, v int32) *ByteBuffer {
	b.checkWritable()
	b.order.bo.PutUint32(b.bytesAt(b.checkIndex(index, 4), 4), uint32(v))
	return b
}

// PutLong is putLong(long).
func (b *ByteBuffer) PutLong(v int64) *ByteBuffer {
	b.order.bo.PutUint64(b.bytesAt(b.nextPut(8), 8), uint64(v))
	return b
}

// PutLongAt is putLong(int, long).
func (b *ByteBuffer) PutLongAt(index int32, v int64) *ByteBuffer {
	b.checkWritable()
	b.order.bo.PutUint64(b.bytesAt(b.checkIndex(index, 8), 8), uint64(v))
	return b
}

// PutFloat is putFloat(float): the raw bits (Float.floatToRawIntBits).
func (b *ByteBuffer) PutFloat(v float32) *ByteBuffer { return b.PutInt(int32(math.Float32bits(v))) }

// PutFloatAt is putFloat(int, float).
func (b *ByteBuffer) PutFloatAt(index int32, v float32) *ByteBuffer {
	return b.PutIntAt(index, int32(math.Float32bits(v)))
}

// PutDouble is putDouble(double): the raw bits (Double.doubleToRawLongBits).
func (b *ByteBuffer) PutDouble(v float64) *ByteBuffer { return b.PutLong(int64(math.Float64bits(v))) }

// PutDoubleAt is putDouble(int, double).
func (b *ByteBuffer) PutDoubleAt(index int32, v float64) *ByteBuffer {
	return b.PutLongAt(index, int64(math.Float64bits(v)))
}

// remainingBytes is the content between position and limit.
func (b *ByteBuffer) remainingBytes() []int8 {
	if b.position >= b.limit {
		return nil
	}
	return b.hb[b.offset+b.position : b.offset+b.limit]
}

// Equals is equals(Object): another ByteBuffer with the same remaining bytes.
func (b *ByteBuffer) Equals(o any) bool {
	x, ok := o.(*ByteBuffer)
	if !ok || x == nil {
		return false
	}
	p, q := b.remainingBytes(), x.remainingBytes()
	if len(p) != len(q) {
		return false
	}
	for i := range p {
		if p[i] != q[i] {
			return false
		}
	}
	return true
}

// HashCode is hashCode(): over the remaining bytes, last to first.
func (b *ByteBuffer) HashCode() int32 {
	h := int32(1)
	r := b.remainingBytes()
	for i := len(r) - 1; i >= 0; i-- {
		h = 31*h + int32(r[i])
	}
	return h
}

// CompareTo is compareTo(ByteBuffer): the remaining bytes, lexicographically.
func (b *ByteBuffer) CompareTo(that *ByteBuffer) int32 {
	p, q := b.remainingBytes(), that.remainingBytes()
	for i := 0; i < len(p) && i < len(q); i++ {
		if p[i] != q[i] {
			return int32(p[i]) - int32(q[i])
		}
	}
	return int32(len(p) - len(q))
}

// String is toString(): `java.nio.HeapByteBuffer[pos=0 lim=16 cap=16]`.
func (b *ByteBuffer) String() string {
	class := "java.nio.HeapByteBuffer"
	if b.direct {
		class = "java.nio.DirectByteBuffer"
	}
	if b.readOnly {
		class += "R"
	}
	return b.stateString(class)
}

// IntBuffer is java.nio.IntBuffer (heap buffers).
type IntBuffer struct {
	bufferState
	hb     []int32
	offset int
}

// IntBufferAllocate is the static IntBuffer.allocate(int).
func IntBufferAllocate(capacity int32) *IntBuffer {
	if capacity < 0 {
		panic(NewIllegalArgumentException2("capacity < 0: (" + IntStr(capacity) + " < 0)"))
	}
	return &IntBuffer{bufferState: bufferState{mark: -1, limit: int(capacity), capacity: int(capacity)}, hb: make([]int32, capacity)}
}

// IntBufferWrap is the static IntBuffer.wrap(int[]).
func IntBufferWrap(array []int32) *IntBuffer {
	return &IntBuffer{bufferState: bufferState{mark: -1, limit: len(array), capacity: len(array)}, hb: array}
}

// Capacity is capacity().
func (b *IntBuffer) Capacity() int32 { return int32(b.capacity) }

// Position is position().
func (b *IntBuffer) Position() int32 { return int32(b.position) }

// SetPosition is position(int).
func (b *IntBuffer) SetPosition(newPosition int32) *IntBuffer { b.setPosition(newPosition); return b }

// Limit is limit().
func (b *IntBuffer) Limit() int32 { return int32(b.limit) }

// SetLimit is limit(int).
func (b *IntBuffer) SetLimit(newLimit int32) *IntBuffer { b.setLimit(newLimit); return b }

// Clear is clear().
func (b *IntBuffer) Clear() *IntBuffer { b.doClear(); return b }

// Flip is flip().
func (b *IntBuffer) Flip() *IntBuffer { b.doFlip(); return b }

// Rewind is rewind().
func (b *IntBuffer) Rewind() *IntBuffer { b.doRewind(); return b }

// Remaining is remaining().
func (b *IntBuffer) Remaining() int32 { return int32(max(b.limit-b.position, 0)) }

// HasRemaining is hasRemaining().
func (b *IntBuffer) HasRemaining() bool { return b.position < b.limit }

// Array is array().
func (b *IntBuffer) Array() []int32 { return b.hb }

// Get is get().
func (b *IntBuffer) Get() int32 { return b.hb[b.offset+b.nextGet(1)] }

// GetAt is get(int).
func (b *IntBuffer) GetAt(index int32) int32 { return b.hb[b.offset+b.checkIndex(index, 1)] }

// Put is put(int).
func (b *IntBuffer) Put(v int32) *IntBuffer {
	b.hb[b.offset+b.nextPut(1)] = v
	return b
}

// PutAt is put(int, int).
func (b *IntBuffer) PutAt(index int32, v int32) *IntBuffer {
	b.hb[b.offset+b.checkIndex(index, 1)] = v
	return b
}

// String is toString().
func (b *IntBuffer) String() string { return b.stateString("java.nio.HeapIntBuffer") }

func init() {
	registerClassNames(map[string]string{
		"ByteBuffer": "java.nio.HeapByteBuffer",
		"IntBuffer":  "java.nio.HeapIntBuffer",
		"ByteOrder":  "java.nio.ByteOrder",
	})
}
