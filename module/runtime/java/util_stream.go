package java

import (
	"iter"
	"slices"
)

// java.util.stream: lazy, sequential pipelines with Java's observable behaviour: elements
// flow one at a time through the stages (peek, filter and map interleave as in Java),
// sorted is a barrier, limit/findFirst/anyMatch stop the source early, a stream used
// twice throws IllegalStateException, and count() of a stream whose size is known
// without running it (a collection's stream, Stream.of, IntStream.range, then map, peek,
// sorted, boxed, skip, limit) returns the size without running the pipeline, as Java 17's
// does (so peek actions do not run).
//
// Go methods cannot have type parameters, so the operations that change the element type
// are functions: Stream.map is StreamMap(s, f), flatMap StreamFlatMap, collect
// StreamCollect, reduce(identity, accumulator, combiner) StreamReduce,
// IntStream.mapToObj IntStreamMapToObj... The stubs spell each one with @Go.
// parallel() is accepted and ignored: every stream is sequential.

// Stream is java.util.stream.Stream<T>.
type Stream[T any] interface {
	// Filter is Stream.filter(Predicate).
	Filter(predicate Predicate[T]) Stream[T]
	// MapToInt is Stream.mapToInt(ToIntFunction).
	MapToInt(mapper ToIntFunction[T]) IntStream
	// MapToLong is Stream.mapToLong(ToLongFunction).
	MapToLong(mapper ToLongFunction[T]) LongStream
	// MapToDouble is Stream.mapToDouble(ToDoubleFunction).
	MapToDouble(mapper ToDoubleFunction[T]) DoubleStream
	// Distinct is Stream.distinct(): first occurrences by Java's equals, in order.
	Distinct() Stream[T]
	// Sorted is Stream.sorted(): natural order, stable.
	Sorted() Stream[T]
	// SortedWith is Stream.sorted(Comparator), stable.
	SortedWith(comparator Comparator[T]) Stream[T]
	// Peek is Stream.peek(Consumer).
	Peek(action Consumer[T]) Stream[T]
	// Limit is Stream.limit(long).
	Limit(maxSize int64) Stream[T]
	// Skip is Stream.skip(long).
	Skip(n int64) Stream[T]
	// TakeWhile is Stream.takeWhile(Predicate).
	TakeWhile(predicate Predicate[T]) Stream[T]
	// DropWhile is Stream.dropWhile(Predicate).
	DropWhile(predicate Predicate[T]) Stream[T]
	// ForEach is Stream.forEach(Consumer) (and forEachOrdered).
	ForEach(action Consumer[T])
	// ToArray is Stream.toArray() (and toArray(IntFunction)).
	ToArray() []T
	// Reduce is Stream.reduce(T identity, BinaryOperator).
	Reduce(identity T, accumulator BinaryOperator[T]) T
	// ReduceOptional is Stream.reduce(BinaryOperator).
	ReduceOptional(accumulator BinaryOperator[T]) *Optional[T]
	// Min is Stream.min(Comparator): the first least element.
	Min(comparator Comparator[T]) *Optional[T]
	// Max is Stream.max(Comparator): the first greatest element.
	Max(comparator Comparator[T]) *Optional[T]
	// Count is Stream.count().
	Count() int64
	// AnyMatch is Stream.anyMatch(Predicate).
	AnyMatch(predicate Predicate[T]) bool
	// AllMatch is Stream.allMatch(Predicate).
	AllMatch(predicate Predicate[T]) bool
	// NoneMatch is Stream.noneMatch(Predicate).
	NoneMatch(predicate Predicate[T]) bool
	// FindFirst is Stream.findFirst(); NullPointerException when the element is null.
	FindFirst() *Optional[T]
	// FindAny is Stream.findAny() (the first element).
	FindAny() *Optional[T]
	// ToList is Stream.toList(): an unmodifiable list.
	ToList() List[T]
	// Iterator is BaseStream.iterator().
	Iterator() Iterator[T]
	// OnClose is BaseStream.onClose(Runnable).
	OnClose(closeHandler Runnable) Stream[T]
	// Close is BaseStream.close(): runs the close handlers.
	Close()
	// Parallel is BaseStream.parallel() (the stream stays sequential).
	Parallel() Stream[T]
	// Sequential is BaseStream.sequential().
	Sequential() Stream[T]
	// Unordered is BaseStream.unordered().
	Unordered() Stream[T]
	// IsParallel is BaseStream.isParallel(): always false.
	IsParallel() bool
	// All runs the stream as a Go iterator (a terminal operation).
	All() iter.Seq[T]
}

// streamState is what the stages of one pipeline share: the close handlers.
type streamState struct {
	onClose []Runnable
	closed  bool
}

// pipe is one stage of a pipeline: its elements as a Go iterator, and its size when known
// without running it (nil otherwise; asked at the terminal operation, as Java's
// late-binding spliterators do).
type pipe[T any] struct {
	seq    iter.Seq[T]
	size   sizeFn
	state  *streamState
	linked bool
}

// sizeFn is a stage's known size.
type sizeFn func() int64

func newPipe[T any](seq iter.Seq[T], size sizeFn) pipe[T] {
	return pipe[T]{seq: seq, size: size, state: &streamState{}}
}

// use marks the stage consumed: an intermediate or terminal operation may run once.
func (p *pipe[T]) use() {
	if p.linked || p.state.closed {
		panic(NewIllegalStateException2("stream has already been operated upon or closed"))
	}
	p.linked = true
}

// next makes the stage after p (p consumed).
func nextStage[T, R any](p *pipe[T], seq iter.Seq[R], size sizeFn) pipe[R] {
	p.use()
	return pipe[R]{seq: seq, size: size, state: p.state}
}

// terminal consumes p and returns its elements.
func (p *pipe[T]) terminal() iter.Seq[T] {
	p.use()
	return p.seq
}

func (p *pipe[T]) close() {
	if p.state.closed {
		return
	}
	p.state.closed = true
	var first Throwable
	for _, r := range p.state.onClose {
		if ex := Try(r.Run); ex != nil {
			if first == nil {
				first = ex
			} else if first != ex {
				first.AddSuppressed(ex)
			}
		}
	}
	if first != nil {
		panic(first)
	}
}

func (p *pipe[T]) addClose(r Runnable) {
	requireNonNullArg(r)
	if p.state.closed {
		panic(NewIllegalStateException2("stream has already been operated upon or closed"))
	}
	p.state.onClose = append(p.state.onClose, r)
}

func seqFilter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := range seq {
			if keep(e) && !yield(e) {
				return
			}
		}
	}
}

func seqMap[T, R any](seq iter.Seq[T], f func(T) R) iter.Seq[R] {
	return func(yield func(R) bool) {
		for e := range seq {
			if !yield(f(e)) {
				return
			}
		}
	}
}

func seqPeek[T any](seq iter.Seq[T], f func(T)) iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := range seq {
			f(e)
			if !yield(e) {
				return
			}
		}
	}
}

func seqLimit[T any](seq iter.Seq[T], n int64) iter.Seq[T] {
	if n < 0 {
		panic(NewIllegalArgumentException2(LongStr(n)))
	}
	return func(yield func(T) bool) {
		if n == 0 {
			return
		}
		i := int64(0)
		for e := range seq {
			i++
			if !yield(e) || i >= n {
				return
			}
		}
	}
}

func seqSkip[T any](seq iter.Seq[T], n int64) iter.Seq[T] {
	if n < 0 {
		panic(NewIllegalArgumentException2(LongStr(n)))
	}
	return func(yield func(T) bool) {
		i := int64(0)
		for e := range seq {
			if i < n {
				i++
				continue
			}
			if !yield(e) {
				return
			}
		}
	}
}

func seqTakeWhile[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for e := range seq {
			if !keep(e) || !yield(e) {
				return
			}
		}
	}
}

func seqDropWhile[T any](seq iter.Seq[T], drop func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		dropping := true
		for e := range seq {
			if dropping && drop(e) {
				continue
			}
			dropping = false
			if !yield(e) {
				return
			}
		}
	}
}

// seqSorted is a barrier: the whole upstream, sorted stably, then downstream.
func seqSorted[T any](seq iter.Seq[T], cmp func(a, b T) int32) iter.Seq[T] {
	return func(yield func(T) bool) {
		all := slices.Collect(seq)
		slices.SortStableFunc(all, func(a, b T) int { return int(cmp(a, b)) })
		for _, e := range all {
			if !yield(e) {
				return
			}
		}
	}
}

// seqDistinct keeps the first of equal elements (Java's equals and hashCode).
func seqDistinct[T any](seq iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		seen := NewHashSet[any]() // of any: a HashSet[T] would instantiate itself forever
		for e := range seq {
			if seen.Add(e) && !yield(e) {
				return
			}
		}
	}
}

// sizeAfterSkip and sizeAfterLimit keep a known size known, as Java 17's slice ops do.
func sizeAfterSkip(size sizeFn, n int64) sizeFn {
	if size == nil {
		return nil
	}
	return func() int64 { return max(0, size()-n) }
}

func sizeAfterLimit(size sizeFn, n int64) sizeFn {
	if size == nil {
		return nil
	}
	return func() int64 { return min(size(), n) }
}

// fixedSize is the size of a source that cannot change (Stream.of, an array, a range).
func fixedSize(n int64) sizeFn { return func() int64 { return n } }

// count is count(): the known size, or the number of elements the pipeline produces.
func (p *pipe[T]) count() int64 {
	seq := p.terminal()
	if p.size != nil {
		return p.size()
	}
	n := int64(0)
	for range seq {
		n++
	}
	return n
}

// first is findFirst(): the first element and whether there was one.
func firstOf[T any](seq iter.Seq[T]) (T, bool) {
	for e := range seq {
		return e, true
	}
	zero := Null[T]()
	return zero, false
}

// seqIterator is BaseStream.iterator(): a pull iterator over a push pipeline.
type seqIterator[T any] struct {
	next    func() (T, bool)
	stop    func()
	peeked  bool
	hasPeek bool
	value   T
}

func newSeqIterator[T any](seq iter.Seq[T]) *seqIterator[T] {
	next, stop := iter.Pull(seq)
	return &seqIterator[T]{next: next, stop: stop}
}

func (it *seqIterator[T]) HasNext() bool {
	if !it.peeked {
		it.value, it.hasPeek = it.next()
		it.peeked = true
		if !it.hasPeek {
			it.stop()
		}
	}
	return it.hasPeek
}

func (it *seqIterator[T]) Next() T {
	if !it.HasNext() {
		panic(NewNoSuchElementException())
	}
	it.peeked = false
	return it.value
}

func (it *seqIterator[T]) Remove() { IteratorRemove[T](it) }

func (it *seqIterator[T]) ForEachRemaining(action Consumer[T]) {
	IteratorForEachRemaining[T](it, action)
}

// refStream is the Stream of objects.
type refStream[T any] struct {
	pipe[T]
}

// newStream is the stream of a Go iterator whose size is unknown.
func newStream[T any](seq iter.Seq[T]) Stream[T] {
	return &refStream[T]{newPipe(seq, nil)}
}

// newSizedStream is the stream of a source that knows its size (a collection, an array).
func newSizedStream[T any](seq iter.Seq[T], size sizeFn) Stream[T] {
	return &refStream[T]{newPipe(seq, size)}
}

// collectionStream is Collection.stream() of a collection whose spliterator is SIZED.
func collectionStream[E any](c Collection[E]) Stream[E] {
	return newSizedStream(c.All(), func() int64 { return int64(c.Size()) })
}

func (s *refStream[T]) then(seq iter.Seq[T], size sizeFn) Stream[T] {
	return &refStream[T]{nextStage(&s.pipe, seq, size)}
}

// Filter is Stream.filter(Predicate).
func (s *refStream[T]) Filter(predicate Predicate[T]) Stream[T] {
	requireNonNullArg(predicate)
	return s.then(seqFilter(s.seq, predicate.Test), nil)
}

// MapToInt is Stream.mapToInt(ToIntFunction).
func (s *refStream[T]) MapToInt(mapper ToIntFunction[T]) IntStream {
	requireNonNullArg(mapper)
	return &intStream{nextStage(&s.pipe, seqMap(s.seq, mapper.ApplyAsInt), s.size)}
}

// MapToLong is Stream.mapToLong(ToLongFunction).
func (s *refStream[T]) MapToLong(mapper ToLongFunction[T]) LongStream {
	requireNonNullArg(mapper)
	return &longStream{nextStage(&s.pipe, seqMap(s.seq, mapper.ApplyAsLong), s.size)}
}

// MapToDouble is Stream.mapToDouble(ToDoubleFunction).
func (s *refStream[T]) MapToDouble(mapper ToDoubleFunction[T]) DoubleStream {
	requireNonNullArg(mapper)
	return &doubleStream{nextStage(&s.pipe, seqMap(s.seq, mapper.ApplyAsDouble), s.size)}
}

// Distinct is Stream.distinct().
func (s *refStream[T]) Distinct() Stream[T] { return s.then(seqDistinct(s.seq), nil) }

// Sorted is Stream.sorted().
func (s *refStream[T]) Sorted() Stream[T] {
	return s.then(seqSorted(s.seq, CompareOf[T]), s.size)
}

// SortedWith is Stream.sorted(Comparator).
func (s *refStream[T]) SortedWith(comparator Comparator[T]) Stream[T] {
	cmp := comparatorOrNatural(comparator)
	return s.then(seqSorted(s.seq, cmp.Compare), s.size)
}

// Peek is Stream.peek(Consumer).
func (s *refStream[T]) Peek(action Consumer[T]) Stream[T] {
	requireNonNullArg(action)
	return s.then(seqPeek(s.seq, action.Accept), s.size)
}

// Limit is Stream.limit(long).
func (s *refStream[T]) Limit(maxSize int64) Stream[T] {
	return s.then(seqLimit(s.seq, maxSize), sizeAfterLimit(s.size, maxSize))
}

// Skip is Stream.skip(long).
func (s *refStream[T]) Skip(n int64) Stream[T] {
	return s.then(seqSkip(s.seq, n), sizeAfterSkip(s.size, n))
}

// TakeWhile is Stream.takeWhile(Predicate).
func (s *refStream[T]) TakeWhile(predicate Predicate[T]) Stream[T] {
	requireNonNullArg(predicate)
	return s.then(seqTakeWhile(s.seq, predicate.Test), nil)
}

// DropWhile is Stream.dropWhile(Predicate).
func (s *refStream[T]) DropWhile(predicate Predicate[T]) Stream[T] {
	requireNonNullArg(predicate)
	return s.then(seqDropWhile(s.seq, predicate.Test), nil)
}

// ForEach is Stream.forEach(Consumer).
func (s *refStream[T]) ForEach(action Consumer[T]) {
	requireNonNullArg(action)
	for e := range s.terminal() {
		action.Accept(e)
	}
}

// ToArray is Stream.toArray().
func (s *refStream[T]) ToArray() []T {
	out := slices.Collect(s.terminal())
	if out == nil {
		out = []T{}
	}
	return out
}

// Reduce is Stream.reduce(T, BinaryOperator).
func (s *refStream[T]) Reduce(identity T, accumulator BinaryOperator[T]) T {
	requireNonNullArg(accumulator)
	r := identity
	for e := range s.terminal() {
		r = accumulator.Apply(r, e)
	}
	return r
}

// ReduceOptional is Stream.reduce(BinaryOperator).
func (s *refStream[T]) ReduceOptional(accumulator BinaryOperator[T]) *Optional[T] {
	requireNonNullArg(accumulator)
	var r T
	found := false
	for e := range s.terminal() {
		if found {
			r = accumulator.Apply(r, e)
		} else {
			r, found = e, true
		}
	}
	if !found {
		return OptionalEmpty[T]()
	}
	return OptionalOf(r)
}

// Min is Stream.min(Comparator).
func (s *refStream[T]) Min(comparator Comparator[T]) *Optional[T] {
	return s.ReduceOptional(BinaryOperatorMinBy(comparator))
}

// Max is Stream.max(Comparator).
func (s *refStream[T]) Max(comparator Comparator[T]) *Optional[T] {
	return s.ReduceOptional(BinaryOperatorMaxBy(comparator))
}

// Count is Stream.count().
func (s *refStream[T]) Count() int64 { return s.count() }

// AnyMatch is Stream.anyMatch(Predicate).
func (s *refStream[T]) AnyMatch(predicate Predicate[T]) bool {
	requireNonNullArg(predicate)
	for e := range s.terminal() {
		if predicate.Test(e) {
			return true
		}
	}
	return false
}

// AllMatch is Stream.allMatch(Predicate).
func (s *refStream[T]) AllMatch(predicate Predicate[T]) bool {
	requireNonNullArg(predicate)
	for e := range s.terminal() {
		if !predicate.Test(e) {
			return false
		}
	}
	return true
}

// NoneMatch is Stream.noneMatch(Predicate).
func (s *refStream[T]) NoneMatch(predicate Predicate[T]) bool {
	requireNonNullArg(predicate)
	return !s.AnyMatch(predicate)
}

// FindFirst is Stream.findFirst().
func (s *refStream[T]) FindFirst() *Optional[T] {
	if e, ok := firstOf(s.terminal()); ok {
		return OptionalOf(e)
	}
	return OptionalEmpty[T]()
}

// FindAny is Stream.findAny().
func (s *refStream[T]) FindAny() *Optional[T] { return s.FindFirst() }

// ToList is Stream.toList(): an unmodifiable list (nulls allowed).
func (s *refStream[T]) ToList() List[T] { return newImmutableList(s.ToArray()) }

// Iterator is BaseStream.iterator().
func (s *refStream[T]) Iterator() Iterator[T] { return newSeqIterator(s.terminal()) }

// OnClose is BaseStream.onClose(Runnable).
func (s *refStream[T]) OnClose(closeHandler Runnable) Stream[T] {
	s.addClose(closeHandler)
	return s
}

// Close is BaseStream.close().
func (s *refStream[T]) Close() { s.close() }

// Parallel is BaseStream.parallel(): the stream stays sequential.
func (s *refStream[T]) Parallel() Stream[T] { return s }

// Sequential is BaseStream.sequential().
func (s *refStream[T]) Sequential() Stream[T] { return s }

// Unordered is BaseStream.unordered().
func (s *refStream[T]) Unordered() Stream[T] { return s }

// IsParallel is BaseStream.isParallel().
func (s *refStream[T]) IsParallel() bool { return false }

// All runs the stream as a Go iterator.
func (s *refStream[T]) All() iter.Seq[T] { return s.terminal() }

// streamPipe reaches the stage behind any Stream of this package.
func streamPipe[T any](s Stream[T]) *pipe[T] {
	requireNonNullArg(s)
	return &s.(*refStream[T]).pipe
}

// StreamMap is Stream.map(Function).
func StreamMap[T, R any](s Stream[T], mapper Function[T, R]) Stream[R] {
	requireNonNullArg(mapper)
	p := streamPipe(s)
	return &refStream[R]{nextStage(p, seqMap(p.seq, mapper.Apply), p.size)}
}

// StreamFlatMap is Stream.flatMap(Function): each element's stream, in order, closed
// after its elements are passed on.
func StreamFlatMap[T, R any](s Stream[T], mapper Function[T, Stream[R]]) Stream[R] {
	requireNonNullArg(mapper)
	p := streamPipe(s)
	return &refStream[R]{nextStage(p, flatSeq(p.seq, mapper.Apply), nil)}
}

func flatSeq[T, R any](seq iter.Seq[T], f func(T) Stream[R]) iter.Seq[R] {
	return func(yield func(R) bool) {
		for e := range seq {
			inner := f(e)
			if isNull(inner) {
				continue
			}
			stop := false
			func() {
				defer inner.Close()
				for x := range inner.All() {
					if !yield(x) {
						stop = true
						return
					}
				}
			}()
			if stop {
				return
			}
		}
	}
}

// StreamCollect is Stream.collect(Collector).
func StreamCollect[T, A, R any](s Stream[T], collector Collector[T, A, R]) R {
	requireNonNullArg(collector)
	container := collector.Supplier().Get()
	acc := collector.Accumulator()
	for e := range streamPipe(s).terminal() {
		acc.Accept(container, e)
	}
	return collector.Finisher().Apply(container)
}

// StreamCollectWith is Stream.collect(Supplier, BiConsumer, BiConsumer).
func StreamCollectWith[T, R any](s Stream[T], supplier Supplier[R], accumulator BiConsumer[R, T], combiner BiConsumer[R, R]) R {
	requireNonNullArg(supplier)
	requireNonNullArg(accumulator)
	requireNonNullArg(combiner)
	container := supplier.Get()
	for e := range streamPipe(s).terminal() {
		accumulator.Accept(container, e)
	}
	return container
}

// StreamReduce is Stream.reduce(U identity, BiFunction accumulator, BinaryOperator combiner).
func StreamReduce[T, U any](s Stream[T], identity U, accumulator BiFunction[U, T, U], combiner BinaryOperator[U]) U {
	requireNonNullArg(accumulator)
	requireNonNullArg(combiner)
	r := identity
	for e := range streamPipe(s).terminal() {
		r = accumulator.Apply(r, e)
	}
	return r
}

// StreamOf is the static Stream.of(T...) (and Stream.of(T)).
func StreamOf[T any](values ...T) Stream[T] {
	return newSizedStream(slices.Values(values), fixedSize(int64(len(values))))
}

// StreamOfNullable is the static Stream.ofNullable(T): empty for null.
func StreamOfNullable[T any](t T) Stream[T] {
	if isNull(t) {
		return StreamEmpty[T]()
	}
	return StreamOf(t)
}

// StreamEmpty is the static Stream.empty().
func StreamEmpty[T any]() Stream[T] { return newSizedStream(func(func(T) bool) {}, fixedSize(0)) }

// StreamIterate is the static Stream.iterate(T seed, UnaryOperator f): seed, f(seed)...
func StreamIterate[T any](seed T, f UnaryOperator[T]) Stream[T] {
	requireNonNullArg(f)
	return newStream(func(yield func(T) bool) {
		for t := seed; yield(t); t = f.Apply(t) {
		}
	})
}

// StreamIterateWhile is the static Stream.iterate(T seed, Predicate hasNext,
// UnaryOperator next).
func StreamIterateWhile[T any](seed T, hasNext Predicate[T], next UnaryOperator[T]) Stream[T] {
	requireNonNullArg(hasNext)
	requireNonNullArg(next)
	return newStream(func(yield func(T) bool) {
		for t := seed; hasNext.Test(t) && yield(t); t = next.Apply(t) {
		}
	})
}

// StreamGenerate is the static Stream.generate(Supplier): infinite, so limit it.
func StreamGenerate[T any](s Supplier[T]) Stream[T] {
	requireNonNullArg(s)
	return newStream(func(yield func(T) bool) {
		for yield(s.Get()) {
		}
	})
}

// StreamConcat is the static Stream.concat(Stream, Stream): a's elements, then b's;
// closing it closes both.
func StreamConcat[T any](a, b Stream[T]) Stream[T] {
	pa, pb := streamPipe(a), streamPipe(b)
	sa, sb := pa.terminal(), pb.terminal()
	var size sizeFn
	if za, zb := pa.size, pb.size; za != nil && zb != nil {
		size = func() int64 { return za() + zb() }
	}
	s := newSizedStream(func(yield func(T) bool) {
		for e := range sa {
			if !yield(e) {
				return
			}
		}
		for e := range sb {
			if !yield(e) {
				return
			}
		}
	}, size)
	s.OnClose(RunnableFunc(func() {
		defer b.Close()
		a.Close()
	}))
	return s
}
