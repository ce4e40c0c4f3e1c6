package java

import "testing"

// The expectations are what java 17 prints for the same calls.
func TestBitSetAsJava(t *testing.T) {
	b := NewBitSet()
	for _, i := range []int32{0, 1, 2, 5, 64} {
		b.Set(i)
	}
	got := b.String() + " " + Str(b.Cardinality()) + " " + Str(b.NextClearBit(0)) + " " + Str(b.NextSetBit(3)) + " " +
		Str(b.Length()) + " " + Str(b.Size()) + " " + Str(b.HashCode())
	uExpect(t, "set", got, "{0, 1, 2, 5, 64} 5 3 5 65 128 1271")
	b.Clear(1)
	b.FlipRange(3, 7)
	got = b.String() + " " + Str(b.Get(1)) + " " + Str(b.NextSetBit(65)) + " " + Str(b.PreviousSetBit(63)) + " " + b.GetRange(2, 6).String() + " " + Str(b.Size())
	uExpect(t, "clear flip", got, "{0, 2, 3, 4, 6, 64} false -1 6 {0, 1, 2} 128")
	c := NewBitSet2(10)
	c.SetRange(3, 12)
	uExpect(t, "range", c.String()+" "+Str(c.Size())+" "+Str(c.Intersects(b))+" "+Str(c.Clone().Size()), "{3, 4, 5, 6, 7, 8, 9, 10, 11} 64 true 64")
	c.And(b)
	uExpect(t, "and", c.String()+" "+Str(c.Equals(BitSetValueOf([]int64{c.ToLongArray()[0]})))+" "+Str(c.HashCode()), "{3, 4, 6} true 1162")
	d := NewBitSet2(200)
	d.Set(199)
	e := NewBitSet()
	e.Or(d)
	uExpect(t, "or", Str(e.Size())+" "+Str(e.Length())+" "+Str(d.IsEmpty())+" "+Str(e.Stream().Sum()), "256 200 false 199")
	uExpect(t, "negative", uThrown(func() { b.Set(-1) })+" "+uThrown(func() { NewBitSet2(-1) }),
		"IndexOutOfBoundsException:bitIndex < 0: -1 NegativeArraySizeException:nbits < 0: -1")
}

func TestArrayBlockingQueueIsBounded(t *testing.T) {
	q := NewArrayBlockingQueue[int32](2)
	got := Str(q.Offer(1)) + " " + Str(q.Offer(2)) + " " + Str(q.Offer(3)) + " " + Str(q.RemainingCapacity()) + " " + Str(q) + " " + ClassNameOf(q)
	uExpect(t, "offer", got, "true true false 0 [1, 2] java.util.concurrent.ArrayBlockingQueue")
	uExpect(t, "capacity 0", uThrown(func() { NewArrayBlockingQueue[int32](0) }), "IllegalArgumentException:null")
}
