package java

import (
	"math"
	"testing"
)

func TestByteBufferMatchesJava(t *testing.T) {
	// Every expected value below was printed by Java 17 (Bb.java).
	b := ByteBufferAllocate(16)
	if b.String() != "java.nio.HeapByteBuffer[pos=0 lim=16 cap=16]" || b.Order().String() != "BIG_ENDIAN" {
		t.Fatal(b.String())
	}
	b.PutInt(0x01020304).PutShort(-2).Put(7).PutLong(0x1122334455667788)
	if b.String() != "java.nio.HeapByteBuffer[pos=15 lim=16 cap=16]" || b.Remaining() != 1 || !b.HasRemaining() {
		t.Fatal(b.String())
	}
	b.Flip()
	if b.String() != "java.nio.HeapByteBuffer[pos=0 lim=15 cap=16]" {
		t.Fatal(b.String())
	}
	if b.GetInt() != 16909060 || b.GetShort() != -2 || b.Get() != 7 || b.GetLong() != 1234605616436508552 || b.Remaining() != 0 {
		t.Fatal("big-endian reads")
	}
	if s := thrown(func() { b.Get() }); s != "java.nio.BufferUnderflowException" {
		t.Fatal(s)
	}
	b.Clear().SetOrder(ByteOrderLittleEndian)
	b.PutInt(0x01020304)
	b.PutFloat(1.5)
	b.PutDouble(-2.25)
	want := []int8{4, 3, 2, 1, 0, 0, -64, 63, 0, 0, 0, 0, 0, 0, 2, -64}
	for i, v := range b.Array() {
		if v != want[i] {
			t.Fatalf("little-endian bytes %v", b.Array())
		}
	}
	if b.GetIntAt(0) != 16909060 || b.GetFloatAt(4) != 1.5 || b.GetDoubleAt(8) != -2.25 || b.GetShortAt(1) != 515 || b.GetCharAt(2) != 0x0102 || b.GetCharAt(0) != 772 {
		t.Fatal("little-endian absolute reads")
	}
	errs := []struct {
		f    func()
		want string
	}{
		{func() { b.PutInt(1) }, "java.nio.BufferOverflowException"},
		{func() { b.GetIntAt(14) }, "java.lang.IndexOutOfBoundsException"},
		{func() { b.GetAt(16) }, "java.lang.IndexOutOfBoundsException"},
		{func() { b.GetAt(-1) }, "java.lang.IndexOutOfBoundsException"},
		{func() { b.PutAt(16, 1) }, "java.lang.IndexOutOfBoundsException"},
		{func() { b.SetPosition(17) }, "java.lang.IllegalArgumentException: newPosition > limit: (17 > 16)"},
		{func() { b.SetPosition(-1) }, "java.lang.IllegalArgumentException: newPosition < 0: (-1 < 0)"},
		{func() { b.SetLimit(17) }, "java.lang.IllegalArgumentException: newLimit > capacity: (17 > 16)"},
		{func() { ByteBufferAllocate(4).Reset() }, "java.nio.InvalidMarkException"},
		{func() { ByteBufferAllocate(4).AsReadOnlyBuffer().Put(1) }, "java.nio.ReadOnlyBufferException"},
		{func() { ByteBufferAllocate(4).AsReadOnlyBuffer().Array() }, "java.nio.ReadOnlyBufferException"},
		{func() { ByteBufferAllocateDirect(4).Array() }, "java.lang.UnsupportedOperationException"},
	}
	for i, e := range errs {
		if s := thrown(e.f); s != e.want {
			t.Errorf("case %d: %q, want %q", i, s, e.want)
		}
	}
	b.SetPosition(4).SetLimit(10)
	if b.String() != "java.nio.HeapByteBuffer[pos=4 lim=10 cap=16]" {
		t.Fatal(b.String())
	}
	b.SetLimit(2)
	if b.String() != "java.nio.HeapByteBuffer[pos=2 lim=2 cap=16]" {
		t.Fatal("limit below position moves the position", b.String())
	}
	b.Clear()
	b.SetPosition(4)
	b.SetLimit(10)
	b.Compact()
	if b.String() != "java.nio.HeapByteBuffer[pos=6 lim=16 cap=16]" {
		t.Fatal(b.String())
	}
	w := ByteBufferWrap2([]int8{1, 2, 3, 4, 5, 6}, 1, 3)
	if w.String() != "java.nio.HeapByteBuffer[pos=1 lim=4 cap=6]" || w.Get() != 2 || w.ArrayOffset() != 0 {
		t.Fatal("wrap")
	}
	s := w.Slice()
	if s.String() != "java.nio.HeapByteBuffer[pos=0 lim=2 cap=2]" || s.GetAt(0) != 3 || s.ArrayOffset() != 2 {
		t.Fatal("slice")
	}
	dst := make([]int8, 3)
	g := ByteBufferWrap([]int8{9, 8, 7, 6})
	g.GetBytes2(dst, 1, 2)
	if dst[0] != 0 || dst[1] != 9 || dst[2] != 8 || g.String() != "java.nio.HeapByteBuffer[pos=2 lim=4 cap=4]" {
		t.Fatal("bulk get")
	}
	if e := thrown(func() { g.GetBytes(make([]int8, 5)) }); e != "java.nio.BufferUnderflowException" {
		t.Fatal(e)
	}
	if e := thrown(func() { g.GetBytes2(dst, 2, 2) }); e != "java.lang.IndexOutOfBoundsException: Range [2, 2 + 2) out of bounds for length 3" {
		t.Fatal(e)
	}
	x := ByteBufferAllocate(8)
	x.PutBytes([]int8{1, 2, 3})
	x.PutBuffer(ByteBufferWrap([]int8{4, 5}))
	if x.String() != "java.nio.HeapByteBuffer[pos=5 lim=8 cap=8]" {
		t.Fatal(x.String())
	}
	if e := thrown(func() { x.PutBytes(make([]int8, 4)) }); e != "java.nio.BufferOverflowException" {
		t.Fatal(e)
	}
	if !ByteBufferWrap([]int8{1, 2}).Equals(ByteBufferWrap2([]int8{0, 1, 2}, 1, 2)) || ByteBufferWrap([]int8{1, 2}).HashCode() != 1024 ||
		ByteBufferWrap([]int8{1, 2}).CompareTo(ByteBufferWrap([]int8{1, 3})) != -1 {
		t.Fatal("equals/hashCode/compareTo")
	}
	d := ByteBufferAllocateDirect(4)
	if d.String() != "java.nio.DirectByteBuffer[pos=0 lim=4 cap=4]" || !d.IsDirect() || d.HasArray() {
		t.Fatal(d.String())
	}
	m := ByteBufferAllocate(8)
	m.SetPosition(2)
	m.Mark()
	m.SetPosition(5)
	m.Reset()
	if m.String() != "java.nio.HeapByteBuffer[pos=2 lim=8 cap=8]" {
		t.Fatal(m.String())
	}
	m.SetPosition(1)
	if e := thrown(func() { m.Reset() }); e != "java.nio.InvalidMarkException" {
		t.Fatal("moving before the mark discards it")
	}
	c := ByteBufferAllocate(8)
	c.PutChar('A')
	c.PutChar(0xFFFF)
	c.Flip()
	if c.GetChar() != 65 || c.GetChar() != 65535 {
		t.Fatal("chars")
	}
	f := ByteBufferAllocate(8)
	f.PutDouble(math.Float64frombits(0x7ff8000000000000)) // Double.NaN
	f.Flip()
	if f.GetLong() != 9221120237041090560 {
		t.Fatal("raw NaN bits")
	}
	ib := IntBufferAllocate(4)
	ib.Put(5).PutAt(1, 9)
	ib.Flip()
	if ib.String() != "java.nio.HeapIntBuffer[pos=0 lim=1 cap=4]" || ib.Get() != 5 || ib.Remaining() != 0 {
		t.Fatal(ib.String())
	}
	if e := thrown(func() { ib.GetAt(1) }); e != "java.lang.IndexOutOfBoundsException" {
		t.Fatal(e)
	}
	if string(ByteBufferWrap([]int8{'h', 'i'}).Bytes()) != "hi" {
		t.Fatal("Bytes view")
	}
}

// A packet the way L2J's network code builds and reads one: little-endian, a length
// header patched in afterwards.
func TestByteBufferPacketRoundTrip(t *testing.T) {
	buf := ByteBufferAllocate(64).SetOrder(ByteOrderLittleEndian)
	buf.SetPosition(2)
	buf.Put(0x2e).PutInt(-123456).PutLong(1 << 40).PutDouble(3.75)
	for _, c := range "Bob" {
		buf.PutChar(uint16(c))
	}
	buf.PutChar(0)
	size := buf.Position()
	buf.PutShortAt(0, int16(size))
	buf.Flip()
	if buf.GetShort() != int16(size) || buf.Get() != 0x2e || buf.GetInt() != -123456 || buf.GetLong() != 1<<40 || buf.GetDouble() != 3.75 {
		t.Fatal("fields")
	}
	var name []uint16
	for ch := buf.GetChar(); ch != 0; ch = buf.GetChar() {
		name = append(name, ch)
	}
	if string(rune(name[0]))+string(rune(name[1]))+string(rune(name[2])) != "Bob" || buf.HasRemaining() {
		t.Fatal("string")
	}
}
