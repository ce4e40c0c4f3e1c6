package java

// boxed() of the primitive streams as the translator types it: Stream<Integer> is
// Stream[*int32] in migrated code (a boxed type argument is a pointer), while the
// streams' own Boxed() keep the primitive element type for the runtime's internal use.

// IntStreamBoxed is IntStream.boxed(): a Stream<Integer>.
func IntStreamBoxed(s IntStream) Stream[*int32] {
	return StreamMap(s.Boxed(), FunctionFunc[int32, *int32](func(v int32) *int32 { return Box(v) }))
}

// LongStreamBoxed is LongStream.boxed(): a Stream<Long>.
func LongStreamBoxed(s LongStream) Stream[*int64] {
	return StreamMap(s.Boxed(), FunctionFunc[int64, *int64](func(v int64) *int64 { return Box(v) }))
}

// DoubleStreamBoxed is DoubleStream.boxed(): a Stream<Double>.
func DoubleStreamBoxed(s DoubleStream) Stream[*float64] {
	return StreamMap(s.Boxed(), FunctionFunc[float64, *float64](func(v float64) *float64 { return Box(v) }))
}
