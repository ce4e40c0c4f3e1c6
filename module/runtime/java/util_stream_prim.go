package java

import (
	"iter"
	"math"
	"slices"
)

// IntStream, LongStream and DoubleStream (java.util.stream), on the same pipeline as
// Stream. Element-type-changing operations are functions (IntStreamMapToObj,
// IntStreamCollect...), as for Stream.

// IntStream is java.util.stream.IntStream.
type IntStream interface {
	// Filter is IntStream.filter(IntPredicate).
	Filter(predicate IntPredicate) IntStream
	// Map is IntStream.map(IntUnaryOperator).
	Map(mapper IntUnaryOperator) IntStream
	// MapToLong is IntStream.mapToLong(IntToLongFunction).
	MapToLong(mapper IntToLongFunction) LongStream
	// MapToDouble is IntStream.mapToDouble(IntToDoubleFunction).
	MapToDouble(mapper IntToDoubleFunction) DoubleStream
	// FlatMap is IntStream.flatMap(IntFunction<? extends IntStream>).
	FlatMap(mapper IntFunction[IntStream]) IntStream
	// Distinct is IntStream.distinct().
	Distinct() IntStream
	// Sorted is IntStream.sorted().
	Sorted() IntStream
	// Peek is IntStream.peek(IntConsumer).
	Peek(action IntConsumer) IntStream
	// Limit is IntStream.limit(long).
	Limit(maxSize int64) IntStream
	// Skip is IntStream.skip(long).
	Skip(n int64) IntStream
	// TakeWhile is IntStream.takeWhile(IntPredicate).
	TakeWhile(predicate IntPredicate) IntStream
	// DropWhile is IntStream.dropWhile(IntPredicate).
	DropWhile(predicate IntPredicate) IntStream
	// ForEach is IntStream.forEach(IntConsumer) (and forEachOrdered).
	ForEach(action IntConsumer)
	// ToArray is IntStream.toArray().
	ToArray() []int32
	// Reduce is IntStream.reduce(int, IntBinaryOperator).
	Reduce(identity int32, op IntBinaryOperator) int32
	// ReduceOptional is IntStream.reduce(IntBinaryOperator).
	ReduceOptional(op IntBinaryOperator) *OptionalInt
	// Sum is IntStream.sum() (wrapping as int arithmetic does).
	Sum() int32
	// Min is IntStream.min().
	Min() *OptionalInt
	// Max is IntStream.max().
	Max() *OptionalInt
	// Count is IntStream.count().
	Count() int64
	// Average is IntStream.average().
	Average() *OptionalDouble
	// SummaryStatistics is IntStream.summaryStatistics().
	SummaryStatistics() *IntSummaryStatistics
	// AnyMatch is IntStream.anyMatch(IntPredicate).
	AnyMatch(predicate IntPredicate) bool
	// AllMatch is IntStream.allMatch(IntPredicate).
	AllMatch(predicate IntPredicate) bool
	// NoneMatch is IntStream.noneMatch(IntPredicate).
	NoneMatch(predicate IntPredicate) bool
	// FindFirst is IntStream.findFirst().
	FindFirst() *OptionalInt
	// FindAny is IntStream.findAny().
	FindAny() *OptionalInt
	// AsLongStream is IntStream.asLongStream().
	AsLongStream() LongStream
	// AsDoubleStream is IntStream.asDoubleStream().
	AsDoubleStream() DoubleStream
	// Boxed is IntStream.boxed().
	Boxed() Stream[int32]
	// Iterator is IntStream.iterator().
	Iterator() Iterator[int32]
	// OnClose is BaseStream.onClose(Runnable).
	OnClose(closeHandler Runnable) IntStream
	// Close is BaseStream.close().
	Close()
	// Parallel is BaseStream.parallel() (the stream stays sequential).
	Parallel() IntStream
	// Sequential is BaseStream.sequential().
	Sequential() IntStream
	// Unordered is BaseStream.unordered().
	Unordered() IntStream
	// IsParallel is BaseStream.isParallel(): always false.
	IsParallel() bool
	// All runs the stream as a Go iterator (a terminal operation).
	All() iter.Seq[int32]
}

// LongStream is java.util.stream.LongStream.
type LongStream interface {
	// Filter is LongStream.filter(LongPredicate).
	Filter(predicate LongPredicate) LongStream
	// Map is LongStream.map(LongUnaryOperator).
	Map(mapper LongUnaryOperator) LongStream
	// MapToInt is LongStream.mapToInt(LongToIntFunction).
	MapToInt(mapper LongToIntFunction) IntStream
	// MapToDouble is LongStream.mapToDouble(LongToDoubleFunction).
	MapToDouble(mapper LongToDoubleFunction) DoubleStream
	// Distinct is LongStream.distinct().
	Distinct() LongStream
	// Sorted is LongStream.sorted().
	Sorted() LongStream
	// Peek is LongStream.peek(LongConsumer).
	Peek(action LongConsumer) LongStream
	// Limit is LongStream.limit(long).
	Limit(maxSize int64) LongStream
	// Skip is LongStream.skip(long).
	Skip(n int64) LongStream
	// ForEach is LongStream.forEach(LongConsumer).
	ForEach(action LongConsumer)
	// ToArray is LongStream.toArray().
	ToArray() []int64
	// Reduce is LongStream.reduce(long, LongBinaryOperator).
	Reduce(identity int64, op LongBinaryOperator) int64
	// Sum is LongStream.sum().
	Sum() int64
	// Min is LongStream.min().
	Min() *OptionalLong
	// Max is LongStream.max().
	Max() *OptionalLong
	// Count is LongStream.count().
	Count() int64
	// Average is LongStream.average().
	Average() *OptionalDouble
	// SummaryStatistics is LongStream.summaryStatistics().
	SummaryStatistics() *LongSummaryStatistics
	// AnyMatch is LongStream.anyMatch(LongPredicate).
	AnyMatch(predicate LongPredicate) bool
	// AllMatch is LongStream.allMatch(LongPredicate).
	AllMatch(predicate LongPredicate) bool
	// NoneMatch is LongStream.noneMatch(LongPredicate).
	NoneMatch(predicate LongPredicate) bool
	// FindFirst is LongStream.findFirst().
	FindFirst() *OptionalLong
	// AsDoubleStream is LongStream.asDoubleStream().
	AsDoubleStream() DoubleStream
	// Boxed is LongStream.boxed().
	Boxed() Stream[int64]
	// Close is BaseStream.close().
	Close()
	// All runs the stream as a Go iterator (a terminal operation).
	All() iter.Seq[int64]
}

// DoubleStream is java.util.stream.DoubleStream.
type DoubleStream interface {
	// Filter is DoubleStream.filter(DoublePredicate).
	Filter(predicate DoublePredicate) DoubleStream
	// Map is DoubleStream.map(DoubleUnaryOperator).
	Map(mapper DoubleUnaryOperator) DoubleStream
	// MapToInt is DoubleStream.mapToInt(DoubleToIntFunction).
	MapToInt(mapper DoubleToIntFunction) IntStream
	// MapToLong is DoubleStream.mapToLong(DoubleToLongFunction).
	MapToLong(mapper DoubleToLongFunction) LongStream
	// Distinct is DoubleStream.distinct() (Double.equals: NaN equals NaN, 0.0 is not -0.0).
	Distinct() DoubleStream
	// Sorted is DoubleStream.sorted() (Double.compare order).
	Sorted() DoubleStream
	// Peek is DoubleStream.peek(DoubleConsumer).
	Peek(action DoubleConsumer) DoubleStream
	// Limit is DoubleStream.limit(long).
	Limit(maxSize int64) DoubleStream
	// Skip is DoubleStream.skip(long).
	Skip(n int64) DoubleStream
	// ForEach is DoubleStream.forEach(DoubleConsumer).
	ForEach(action DoubleConsumer)
	// ToArray is DoubleStream.toArray().
	ToArray() []float64
	// Reduce is DoubleStream.reduce(double, DoubleBinaryOperator).
	Reduce(identity float64, op DoubleBinaryOperator) float64
	// Sum is DoubleStream.sum(): compensated (Kahan) summation, as Java's.
	Sum() float64
	// Min is DoubleStream.min() (Math.min: NaN wins, -0.0 < 0.0).
	Min() *OptionalDouble
	// Max is DoubleStream.max().
	Max() *OptionalDouble
	// Count is DoubleStream.count().
	Count() int64
	// Average is DoubleStream.average().
	Average() *OptionalDouble
	// SummaryStatistics is DoubleStream.summaryStatistics().
	SummaryStatistics() *DoubleSummaryStatistics
	// AnyMatch is DoubleStream.anyMatch(DoublePredicate).
	AnyMatch(predicate DoublePredicate) bool
	// AllMatch is DoubleStream.allMatch(DoublePredicate).
	AllMatch(predicate DoublePredicate) bool
	// NoneMatch is DoubleStream.noneMatch(DoublePredicate).
	NoneMatch(predicate DoublePredicate) bool
	// FindFirst is DoubleStream.findFirst().
	FindFirst() *OptionalDouble
	// Boxed is DoubleStream.boxed().
	Boxed() Stream[float64]
	// Close is BaseStream.close().
	Close()
	// All runs the stream as a Go iterator (a terminal operation).
	All() iter.Seq[float64]
}

// matchSeq is anyMatch (want true) and allMatch (want false): stop at the first element
// whose test gives want.
func matchSeq[N any](seq iter.Seq[N], test func(N) bool, want bool) bool {
	for e := range seq {
		if test(e) == want {
			return want
		}
	}
	return !want
}

func reduceSeq[N any](seq iter.Seq[N], identity N, op func(N, N) N) N {
	r := identity
	for e := range seq {
		r = op(r, e)
	}
	return r
}

// reduceOpt is reduce(op) without identity: the result and whether there was an element.
func reduceOpt[N any](seq iter.Seq[N], op func(N, N) N) (N, bool) {
	var r N
	found := false
	for e := range seq {
		if found {
			r = op(r, e)
		} else {
			r, found = e, true
		}
	}
	return r, found
}

// intStream is IntStream.
type intStream struct{ pipe[int32] }

func (s *intStream) then(seq iter.Seq[int32], size sizeFn) IntStream {
	return &intStream{nextStage(&s.pipe, seq, size)}
}

func (s *intStream) Filter(predicate IntPredicate) IntStream {
	requireNonNullArg(predicate)
	return s.then(seqFilter(s.seq, predicate.Test), nil)
}
func (s *intStream) Map(mapper IntUnaryOperator) IntStream {
	requireNonNullArg(mapper)
	return s.then(seqMap(s.seq, mapper.ApplyAsInt), s.size)
}
func (s *intStream) MapToLong(mapper IntToLongFunction) LongStream {
	requireNonNullArg(mapper)
	return &longStream{nextStage(&s.pipe, seqMap(s.seq, mapper.ApplyAsLong), s.size)}
}
func (s *intStream) MapToDouble(mapper IntToDoubleFunction) DoubleStream {
	requireNonNullArg(mapper)
	return &doubleStream{nextStage(&s.pipe, seqMap(s.seq, mapper.ApplyAsDouble), s.size)}
}
func (s *intStream) FlatMap(mapper IntFunction[IntStream]) IntStream {
	requireNonNullArg(mapper)
	return s.then(func(yield func(int32) bool) {
		inner := seqMap(s.seq, func(v int32) Stream[int32] {
			is := mapper.Apply(v)
			if isNull(is) {
				return nil
			}
			return is.Boxed()
		})
		flatSeq(inner, func(x Stream[int32]) Stream[int32] { return x })(yield)
	}, nil)
}
func (s *intStream) Distinct() IntStream { return s.then(seqDistinct(s.seq), nil) }
func (s *intStream) Sorted() IntStream   { return s.then(seqSorted(s.seq, IntegerCompare), s.size) }
func (s *intStream) Peek(action IntConsumer) IntStream {
	requireNonNullArg(action)
	return s.then(seqPeek(s.seq, action.Accept), s.size)
}
func (s *intStream) Limit(maxSize int64) IntStream {
	return s.then(seqLimit(s.seq, maxSize), sizeAfterLimit(s.size, maxSize))
}
func (s *intStream) Skip(n int64) IntStream {
	return s.then(seqSkip(s.seq, n), sizeAfterSkip(s.size, n))
}
func (s *intStream) TakeWhile(predicate IntPredicate) IntStream {
	requireNonNullArg(predicate)
	return s.then(seqTakeWhile(s.seq, predicate.Test), nil)
}
func (s *intStream) DropWhile(predicate IntPredicate) IntStream {
	requireNonNullArg(predicate)
	return s.then(seqDropWhile(s.seq, predicate.Test), nil)
}
func (s *intStream) ForEach(action IntConsumer) {
	requireNonNullArg(action)
	for e := range s.terminal() {
		action.Accept(e)
	}
}
func (s *intStream) ToArray() []int32 { return collectNonNil(s.terminal()) }
func (s *intStream) Reduce(identity int32, op IntBinaryOperator) int32 {
	requireNonNullArg(op)
	return reduceSeq(s.terminal(), identity, op.ApplyAsInt)
}
func (s *intStream) ReduceOptional(op IntBinaryOperator) *OptionalInt {
	requireNonNullArg(op)
	if r, ok := reduceOpt(s.terminal(), op.ApplyAsInt); ok {
		return OptionalIntOf(r)
	}
	return OptionalIntEmpty()
}
func (s *intStream) Sum() int32 {
	return reduceSeq(s.terminal(), 0, func(a, b int32) int32 { return a + b })
}
func (s *intStream) Min() *OptionalInt {
	return s.ReduceOptional(IntBinaryOperatorFunc(func(a, b int32) int32 { return min(a, b) }))
}
func (s *intStream) Max() *OptionalInt {
	return s.ReduceOptional(IntBinaryOperatorFunc(func(a, b int32) int32 { return max(a, b) }))
}
func (s *intStream) Count() int64 { return s.count() }
func (s *intStream) Average() *OptionalDouble {
	var n, sum int64
	for e := range s.terminal() {
		n++
		sum += int64(e)
	}
	if n == 0 {
		return OptionalDoubleEmpty()
	}
	return OptionalDoubleOf(float64(sum) / float64(n))
}
func (s *intStream) SummaryStatistics() *IntSummaryStatistics {
	st := NewIntSummaryStatistics()
	for e := range s.terminal() {
		st.Accept(e)
	}
	return st
}
func (s *intStream) AnyMatch(predicate IntPredicate) bool {
	requireNonNullArg(predicate)
	return matchSeq(s.terminal(), predicate.Test, true)
}
func (s *intStream) AllMatch(predicate IntPredicate) bool {
	requireNonNullArg(predicate)
	return matchSeq(s.terminal(), predicate.Test, false)
}
func (s *intStream) NoneMatch(predicate IntPredicate) bool { return !s.AnyMatch(predicate) }
func (s *intStream) FindFirst() *OptionalInt {
	if e, ok := firstOf(s.terminal()); ok {
		return OptionalIntOf(e)
	}
	return OptionalIntEmpty()
}
func (s *intStream) FindAny() *OptionalInt { return s.FindFirst() }
func (s *intStream) AsLongStream() LongStream {
	return &longStream{nextStage(&s.pipe, seqMap(s.seq, func(v int32) int64 { return int64(v) }), s.size)}
}
func (s *intStream) AsDoubleStream() DoubleStream {
	return &doubleStream{nextStage(&s.pipe, seqMap(s.seq, func(v int32) float64 { return float64(v) }), s.size)}
}
func (s *intStream) Boxed() Stream[int32] {
	return &refStream[int32]{nextStage(&s.pipe, s.seq, s.size)}
}
func (s *intStream) Iterator() Iterator[int32] { return newSeqIterator(s.terminal()) }
func (s *intStream) OnClose(closeHandler Runnable) IntStream {
	s.addClose(closeHandler)
	return s
}
func (s *intStream) Close()                { s.close() }
func (s *intStream) Parallel() IntStream   { return s }
func (s *intStream) Sequential() IntStream { return s }
func (s *intStream) Unordered() IntStream  { return s }
func (s *intStream) IsParallel() bool      { return false }
func (s *intStream) All() iter.Seq[int32]  { return s.terminal() }

// collectNonNil collects a sequence into a slice, empty rather than nil (a Java array).
func collectNonNil[N any](seq iter.Seq[N]) []N {
	out := slices.Collect(seq)
	if out == nil {
		out = []N{}
	}
	return out
}

// IntStreamMapToObj is IntStream.mapToObj(IntFunction).
func IntStreamMapToObj[R any](s IntStream, mapper IntFunction[R]) Stream[R] {
	requireNonNullArg(mapper)
	p := &s.(*intStream).pipe
	return &refStream[R]{nextStage(p, seqMap(p.seq, mapper.Apply), p.size)}
}

// IntStreamCollect is IntStream.collect(Supplier, ObjIntConsumer, BiConsumer).
func IntStreamCollect[R any](s IntStream, supplier Supplier[R], accumulator ObjIntConsumer[R], combiner BiConsumer[R, R]) R {
	requireNonNullArg(supplier)
	requireNonNullArg(accumulator)
	requireNonNullArg(combiner)
	r := supplier.Get()
	for e := range s.All() {
		accumulator.Accept(r, e)
	}
	return r
}

// IntStreamRange is the static IntStream.range(int, int): start inclusive, end exclusive.
func IntStreamRange(startInclusive, endExclusive int32) IntStream {
	n := max(0, int64(endExclusive)-int64(startInclusive))
	return newIntStream(func(yield func(int32) bool) {
		for i := startInclusive; i < endExclusive && yield(i); i++ {
		}
	}, fixedSize(n))
}

// IntStreamRangeClosed is the static IntStream.rangeClosed(int, int).
func IntStreamRangeClosed(startInclusive, endInclusive int32) IntStream {
	n := max(0, int64(endInclusive)-int64(startInclusive)+1)
	return newIntStream(func(yield func(int32) bool) {
		for i := int64(startInclusive); i <= int64(endInclusive) && yield(int32(i)); i++ {
		}
	}, fixedSize(n))
}

// IntStreamOf is the static IntStream.of(int...) (and of(int)).
func IntStreamOf(values ...int32) IntStream {
	return newIntStream(slices.Values(values), fixedSize(int64(len(values))))
}

// IntStreamEmpty is the static IntStream.empty().
func IntStreamEmpty() IntStream { return IntStreamOf() }

// IntStreamIterate is the static IntStream.iterate(int, IntUnaryOperator).
func IntStreamIterate(seed int32, f IntUnaryOperator) IntStream {
	requireNonNullArg(f)
	return newIntStream(func(yield func(int32) bool) {
		for t := seed; yield(t); t = f.ApplyAsInt(t) {
		}
	}, nil)
}

// IntStreamIterateWhile is the static IntStream.iterate(int, IntPredicate, IntUnaryOperator).
func IntStreamIterateWhile(seed int32, hasNext IntPredicate, next IntUnaryOperator) IntStream {
	requireNonNullArg(hasNext)
	requireNonNullArg(next)
	return newIntStream(func(yield func(int32) bool) {
		for t := seed; hasNext.Test(t) && yield(t); t = next.ApplyAsInt(t) {
		}
	}, nil)
}

// IntStreamGenerate is the static IntStream.generate(IntSupplier).
func IntStreamGenerate(s IntSupplier) IntStream {
	requireNonNullArg(s)
	return newIntStream(func(yield func(int32) bool) {
		for yield(s.AsInt()) {
		}
	}, nil)
}

// IntStreamConcat is the static IntStream.concat(IntStream, IntStream).
func IntStreamConcat(a, b IntStream) IntStream {
	c := StreamConcat(a.Boxed(), b.Boxed())
	p := streamPipe(c)
	return &intStream{nextStage(p, p.seq, p.size)}
}

// newIntStream is the IntStream of a Go iterator (size nil when unknown).
func newIntStream(seq iter.Seq[int32], size sizeFn) IntStream {
	return &intStream{newPipe(seq, size)}
}

// longStream is LongStream.
type longStream struct{ pipe[int64] }

func (s *longStream) then(seq iter.Seq[int64], size sizeFn) LongStream {
	return &longStream{nextStage(&s.pipe, seq, size)}
}

func (s *longStream) Filter(predicate LongPredicate) LongStream {
	requireNonNullArg(predicate)
	return s.then(seqFilter(s.seq, predicate.Test), nil)
}
func (s *longStream) Map(mapper LongUnaryOperator) LongStream {
	requireNonNullArg(mapper)
	return s.then(seqMap(s.seq, mapper.ApplyAsLong), s.size)
}
func (s *longStream) MapToInt(mapper LongToIntFunction) IntStream {
	requireNonNullArg(mapper)
	return &intStream{nextStage(&s.pipe, seqMap(s.seq, mapper.ApplyAsInt), s.size)}
}
func (s *longStream) MapToDouble(mapper LongToDoubleFunction) DoubleStream {
	requireNonNullArg(mapper)
	return &doubleStream{nextStage(&s.pipe, seqMap(s.seq, mapper.ApplyAsDouble), s.size)}
}
func (s *longStream) Distinct() LongStream { return s.then(seqDistinct(s.seq), nil) }
func (s *longStream) Sorted() LongStream   { return s.then(seqSorted(s.seq, LongCompare), s.size) }
func (s *longStream) Peek(action LongConsumer) LongStream {
	requireNonNullArg(action)
	return s.then(seqPeek(s.seq, action.Accept), s.size)
}
func (s *longStream) Limit(maxSize int64) LongStream {
	return s.then(seqLimit(s.seq, maxSize), sizeAfterLimit(s.size, maxSize))
}
func (s *longStream) Skip(n int64) LongStream {
	return s.then(seqSkip(s.seq, n), sizeAfterSkip(s.size, n))
}
func (s *longStream) ForEach(action LongConsumer) {
	requireNonNullArg(action)
	for e := range s.terminal() {
		action.Accept(e)
	}
}
func (s *longStream) ToArray() []int64 { return collectNonNil(s.terminal()) }
func (s *longStream) Reduce(identity int64, op LongBinaryOperator) int64 {
	requireNonNullArg(op)
	return reduceSeq(s.terminal(), identity, op.ApplyAsLong)
}
func (s *longStream) Sum() int64 {
	return reduceSeq(s.terminal(), 0, func(a, b int64) int64 { return a + b })
}
func (s *longStream) reduceOptional(op func(a, b int64) int64) *OptionalLong {
	if r, ok := reduceOpt(s.terminal(), op); ok {
		return OptionalLongOf(r)
	}
	return OptionalLongEmpty()
}
func (s *longStream) Min() *OptionalLong {
	return s.reduceOptional(func(a, b int64) int64 { return min(a, b) })
}
func (s *longStream) Max() *OptionalLong {
	return s.reduceOptional(func(a, b int64) int64 { return max(a, b) })
}
func (s *longStream) Count() int64 { return s.count() }
func (s *longStream) Average() *OptionalDouble {
	var n, sum int64
	for e := range s.terminal() {
		n++
		sum += e
	}
	if n == 0 {
		return OptionalDoubleEmpty()
	}
	return OptionalDoubleOf(float64(sum) / float64(n))
}
func (s *longStream) SummaryStatistics() *LongSummaryStatistics {
	st := NewLongSummaryStatistics()
	for e := range s.terminal() {
		st.Accept(e)
	}
	return st
}
func (s *longStream) AnyMatch(predicate LongPredicate) bool {
	requireNonNullArg(predicate)
	return matchSeq(s.terminal(), predicate.Test, true)
}
func (s *longStream) AllMatch(predicate LongPredicate) bool {
	requireNonNullArg(predicate)
	return matchSeq(s.terminal(), predicate.Test, false)
}
func (s *longStream) NoneMatch(predicate LongPredicate) bool { return !s.AnyMatch(predicate) }
func (s *longStream) FindFirst() *OptionalLong {
	if e, ok := firstOf(s.terminal()); ok {
		return OptionalLongOf(e)
	}
	return OptionalLongEmpty()
}
func (s *longStream) AsDoubleStream() DoubleStream {
	return &doubleStream{nextStage(&s.pipe, seqMap(s.seq, func(v int64) float64 { return float64(v) }), s.size)}
}
func (s *longStream) Boxed() Stream[int64] {
	return &refStream[int64]{nextStage(&s.pipe, s.seq, s.size)}
}
func (s *longStream) Close()               { s.close() }
func (s *longStream) All() iter.Seq[int64] { return s.terminal() }

// LongStreamMapToObj is LongStream.mapToObj(LongFunction).
func LongStreamMapToObj[R any](s LongStream, mapper LongFunction[R]) Stream[R] {
	requireNonNullArg(mapper)
	p := &s.(*longStream).pipe
	return &refStream[R]{nextStage(p, seqMap(p.seq, mapper.Apply), p.size)}
}

// LongStreamRange is the static LongStream.range(long, long).
func LongStreamRange(startInclusive, endExclusive int64) LongStream {
	var n int64
	if endExclusive > startInclusive {
		n = endExclusive - startInclusive
	}
	return &longStream{newPipe(func(yield func(int64) bool) {
		for i := startInclusive; i < endExclusive && yield(i); i++ {
		}
	}, fixedSize(n))}
}

// LongStreamRangeClosed is the static LongStream.rangeClosed(long, long).
func LongStreamRangeClosed(startInclusive, endInclusive int64) LongStream {
	var n int64
	if endInclusive >= startInclusive {
		n = endInclusive - startInclusive + 1
	}
	return &longStream{newPipe(func(yield func(int64) bool) {
		if startInclusive > endInclusive {
			return
		}
		for i := startInclusive; yield(i) && i != endInclusive; i++ {
		}
	}, fixedSize(n))}
}

// LongStreamOf is the static LongStream.of(long...).
func LongStreamOf(values ...int64) LongStream {
	return &longStream{newPipe(slices.Values(values), fixedSize(int64(len(values))))}
}

// LongStreamEmpty is the static LongStream.empty().
func LongStreamEmpty() LongStream { return LongStreamOf() }

// doubleStream is DoubleStream.
type doubleStream struct{ pipe[float64] }

func (s *doubleStream) then(seq iter.Seq[float64], size sizeFn) DoubleStream {
	return &doubleStream{nextStage(&s.pipe, seq, size)}
}

func (s *doubleStream) Filter(predicate DoublePredicate) DoubleStream {
	requireNonNullArg(predicate)
	return s.then(seqFilter(s.seq, predicate.Test), nil)
}
func (s *doubleStream) Map(mapper DoubleUnaryOperator) DoubleStream {
	requireNonNullArg(mapper)
	return s.then(seqMap(s.seq, mapper.ApplyAsDouble), s.size)
}
func (s *doubleStream) MapToInt(mapper DoubleToIntFunction) IntStream {
	requireNonNullArg(mapper)
	return &intStream{nextStage(&s.pipe, seqMap(s.seq, mapper.ApplyAsInt), s.size)}
}
func (s *doubleStream) MapToLong(mapper DoubleToLongFunction) LongStream {
	requireNonNullArg(mapper)
	return &longStream{nextStage(&s.pipe, seqMap(s.seq, mapper.ApplyAsLong), s.size)}
}
func (s *doubleStream) Distinct() DoubleStream { return s.then(seqDistinct(s.seq), nil) }
func (s *doubleStream) Sorted() DoubleStream   { return s.then(seqSorted(s.seq, DoubleCompare), s.size) }
func (s *doubleStream) Peek(action DoubleConsumer) DoubleStream {
	requireNonNullArg(action)
	return s.then(seqPeek(s.seq, action.Accept), s.size)
}
func (s *doubleStream) Limit(maxSize int64) DoubleStream {
	return s.then(seqLimit(s.seq, maxSize), sizeAfterLimit(s.size, maxSize))
}
func (s *doubleStream) Skip(n int64) DoubleStream {
	return s.then(seqSkip(s.seq, n), sizeAfterSkip(s.size, n))
}
func (s *doubleStream) ForEach(action DoubleConsumer) {
	requireNonNullArg(action)
	for e := range s.terminal() {
		action.Accept(e)
	}
}
func (s *doubleStream) ToArray() []float64 { return collectNonNil(s.terminal()) }
func (s *doubleStream) Reduce(identity float64, op DoubleBinaryOperator) float64 {
	requireNonNullArg(op)
	return reduceSeq(s.terminal(), identity, op.ApplyAsDouble)
}
func (s *doubleStream) Sum() float64 {
	var k kahanSum
	for e := range s.terminal() {
		k.add(e)
	}
	return k.sum()
}
func (s *doubleStream) reduceOptional(op func(a, b float64) float64) *OptionalDouble {
	if r, ok := reduceOpt(s.terminal(), op); ok {
		return OptionalDoubleOf(r)
	}
	return OptionalDoubleEmpty()
}
func (s *doubleStream) Min() *OptionalDouble { return s.reduceOptional(MathMin[float64]) }
func (s *doubleStream) Max() *OptionalDouble { return s.reduceOptional(MathMax[float64]) }
func (s *doubleStream) Count() int64         { return s.count() }
func (s *doubleStream) Average() *OptionalDouble {
	var k kahanSum
	n := 0
	for e := range s.terminal() {
		n++
		k.add(e)
	}
	if n == 0 {
		return OptionalDoubleEmpty()
	}
	return OptionalDoubleOf(k.sum() / float64(n))
}
func (s *doubleStream) SummaryStatistics() *DoubleSummaryStatistics {
	st := NewDoubleSummaryStatistics()
	for e := range s.terminal() {
		st.Accept(e)
	}
	return st
}
func (s *doubleStream) AnyMatch(predicate DoublePredicate) bool {
	requireNonNullArg(predicate)
	return matchSeq(s.terminal(), predicate.Test, true)
}
func (s *doubleStream) AllMatch(predicate DoublePredicate) bool {
	requireNonNullArg(predicate)
	return matchSeq(s.terminal(), predicate.Test, false)
}
func (s *doubleStream) NoneMatch(predicate DoublePredicate) bool { return !s.AnyMatch(predicate) }
func (s *doubleStream) FindFirst() *OptionalDouble {
	if e, ok := firstOf(s.terminal()); ok {
		return OptionalDoubleOf(e)
	}
	return OptionalDoubleEmpty()
}
func (s *doubleStream) Boxed() Stream[float64] {
	return &refStream[float64]{nextStage(&s.pipe, s.seq, s.size)}
}
func (s *doubleStream) Close()                 { s.close() }
func (s *doubleStream) All() iter.Seq[float64] { return s.terminal() }

// DoubleStreamMapToObj is DoubleStream.mapToObj(DoubleFunction).
func DoubleStreamMapToObj[R any](s DoubleStream, mapper DoubleFunction[R]) Stream[R] {
	requireNonNullArg(mapper)
	p := &s.(*doubleStream).pipe
	return &refStream[R]{nextStage(p, seqMap(p.seq, mapper.Apply), p.size)}
}

// DoubleStreamOf is the static DoubleStream.of(double...).
func DoubleStreamOf(values ...float64) DoubleStream {
	return &doubleStream{newPipe(slices.Values(values), fixedSize(int64(len(values))))}
}

// DoubleStreamEmpty is the static DoubleStream.empty().
func DoubleStreamEmpty() DoubleStream { return DoubleStreamOf() }

// kahanSum is the compensated summation of DoubleStream.sum, DoubleSummaryStatistics and
// Collectors.summingDouble/averagingDouble: a running sum, its negated low-order bits, and
// the plain sum (which gives the right infinity when the compensated sum is NaN).
type kahanSum struct {
	hi, comp, simple float64
}

func (k *kahanSum) add(v float64) {
	k.simple += v
	tmp := v - k.comp
	velvel := k.hi + tmp
	k.comp = (velvel - k.hi) - tmp
	k.hi = velvel
}

// combine adds another compensated sum (Collectors' combiners).
func (k *kahanSum) combine(o *kahanSum) {
	simple := k.simple + o.simple
	k.add(o.hi)
	k.add(-o.comp)
	k.simple = simple
}

func (k *kahanSum) sum() float64 {
	tmp := k.hi - k.comp
	if math.IsNaN(tmp) && math.IsInf(k.simple, 0) {
		return k.simple
	}
	return tmp
}

// IntSummaryStatistics is java.util.IntSummaryStatistics.
type IntSummaryStatistics struct {
	count, sum int64
	min, max   int32
}

// NewIntSummaryStatistics is the constructor IntSummaryStatistics().
func NewIntSummaryStatistics() *IntSummaryStatistics {
	return &IntSummaryStatistics{min: math.MaxInt32, max: math.MinInt32}
}

// Accept is IntSummaryStatistics.accept(int).
func (s *IntSummaryStatistics) Accept(value int32) {
	s.count++
	s.sum += int64(value)
	s.min = min(s.min, value)
	s.max = max(s.max, value)
}

// Combine is IntSummaryStatistics.combine(IntSummaryStatistics).
func (s *IntSummaryStatistics) Combine(other *IntSummaryStatistics) {
	s.count += other.count
	s.sum += other.sum
	s.min = min(s.min, other.min)
	s.max = max(s.max, other.max)
}

// Count is IntSummaryStatistics.getCount().
func (s *IntSummaryStatistics) Count() int64 { return s.count }

// Sum is IntSummaryStatistics.getSum().
func (s *IntSummaryStatistics) Sum() int64 { return s.sum }

// Min is IntSummaryStatistics.getMin() (Integer.MAX_VALUE when empty).
func (s *IntSummaryStatistics) Min() int32 { return s.min }

// Max is IntSummaryStatistics.getMax() (Integer.MIN_VALUE when empty).
func (s *IntSummaryStatistics) Max() int32 { return s.max }

// Average is IntSummaryStatistics.getAverage() (0 when empty).
func (s *IntSummaryStatistics) Average() float64 {
	if s.count == 0 {
		return 0
	}
	return float64(s.sum) / float64(s.count)
}

// String is IntSummaryStatistics.toString().
func (s *IntSummaryStatistics) String() string {
	return StringFormat("%s{count=%d, sum=%d, min=%d, average=%f, max=%d}", "IntSummaryStatistics", s.count, s.sum, s.min, s.Average(), s.max)
}

// LongSummaryStatistics is java.util.LongSummaryStatistics.
type LongSummaryStatistics struct {
	count, sum, min, max int64
}

// NewLongSummaryStatistics is the constructor LongSummaryStatistics().
func NewLongSummaryStatistics() *LongSummaryStatistics {
	return &LongSummaryStatistics{min: math.MaxInt64, max: math.MinInt64}
}

// Accept is LongSummaryStatistics.accept(long).
func (s *LongSummaryStatistics) Accept(value int64) {
	s.count++
	s.sum += value
	s.min = min(s.min, value)
	s.max = max(s.max, value)
}

// Combine is LongSummaryStatistics.combine(LongSummaryStatistics).
func (s *LongSummaryStatistics) Combine(other *LongSummaryStatistics) {
	s.count += other.count
	s.sum += other.sum
	s.min = min(s.min, other.min)
	s.max = max(s.max, other.max)
}

// Count is LongSummaryStatistics.getCount().
func (s *LongSummaryStatistics) Count() int64 { return s.count }

// Sum is LongSummaryStatistics.getSum().
func (s *LongSummaryStatistics) Sum() int64 { return s.sum }

// Min is LongSummaryStatistics.getMin().
func (s *LongSummaryStatistics) Min() int64 { return s.min }

// Max is LongSummaryStatistics.getMax().
func (s *LongSummaryStatistics) Max() int64 { return s.max }

// Average is LongSummaryStatistics.getAverage().
func (s *LongSummaryStatistics) Average() float64 {
	if s.count == 0 {
		return 0
	}
	return float64(s.sum) / float64(s.count)
}

// String is LongSummaryStatistics.toString().
func (s *LongSummaryStatistics) String() string {
	return StringFormat("%s{count=%d, sum=%d, min=%d, average=%f, max=%d}", "LongSummaryStatistics", s.count, s.sum, s.min, s.Average(), s.max)
}

// DoubleSummaryStatistics is java.util.DoubleSummaryStatistics.
type DoubleSummaryStatistics struct {
	count    int64
	sum      kahanSum
	min, max float64
}

// NewDoubleSummaryStatistics is the constructor DoubleSummaryStatistics().
func NewDoubleSummaryStatistics() *DoubleSummaryStatistics {
	return &DoubleSummaryStatistics{min: math.Inf(1), max: math.Inf(-1)}
}

// Accept is DoubleSummaryStatistics.accept(double).
func (s *DoubleSummaryStatistics) Accept(value float64) {
	s.count++
	s.sum.add(value)
	s.min = MathMin(s.min, value)
	s.max = MathMax(s.max, value)
}

// Count is DoubleSummaryStatistics.getCount().
func (s *DoubleSummaryStatistics) Count() int64 { return s.count }

// Sum is DoubleSummaryStatistics.getSum().
func (s *DoubleSummaryStatistics) Sum() float64 { return s.sum.sum() }

// Min is DoubleSummaryStatistics.getMin().
func (s *DoubleSummaryStatistics) Min() float64 { return s.min }

// Max is DoubleSummaryStatistics.getMax().
func (s *DoubleSummaryStatistics) Max() float64 { return s.max }

// Average is DoubleSummaryStatistics.getAverage().
func (s *DoubleSummaryStatistics) Average() float64 {
	if s.count == 0 {
		return 0
	}
	return s.Sum() / float64(s.count)
}

// String is DoubleSummaryStatistics.toString().
func (s *DoubleSummaryStatistics) String() string {
	return StringFormat("%s{count=%d, sum=%f, min=%f, average=%f, max=%f}", "DoubleSummaryStatistics", s.count, s.Sum(), s.min, s.Average(), s.max)
}
