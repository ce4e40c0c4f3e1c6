package java

import "testing"

func TestPrimitiveStreamBoxedIsAStreamOfBoxes(t *testing.T) {
	var ints Stream[*int32] = IntStreamBoxed(IntStreamRange(0, 3))
	uExpect(t, "IntStream.boxed", StreamCollect(ints, CollectorsToList[*int32]()), "[0, 1, 2]")
	uExpect(t, "DoubleStream.boxed", StreamCollect(DoubleStreamBoxed(DoubleStreamOf(1.5)), CollectorsToList[*float64]()), "[1.5]")
}
