package java

import "strings"

// Collector and Collectors (java.util.stream). A Collector[T, A, R] collects T elements
// into a mutable container A and finishes it into R. The Collectors factories return
// Collector[T, any, R] (Java's `?` for the container); their containers are the JDK's:
// toList an ArrayList, toSet a HashSet, groupingBy a HashMap of ArrayLists filled with
// computeIfAbsent, toMap a HashMap filled with putIfAbsent or merge, so results iterate
// in Java's order.

// Collector is java.util.stream.Collector<T, A, R>.
type Collector[T, A, R any] interface {
	// Supplier is Collector.supplier().
	Supplier() Supplier[A]
	// Accumulator is Collector.accumulator().
	Accumulator() BiConsumer[A, T]
	// Combiner is Collector.combiner().
	Combiner() BinaryOperator[A]
	// Finisher is Collector.finisher().
	Finisher() Function[A, R]
}

// collectorImpl is the Collector of the factories below.
type collectorImpl[T, A, R any] struct {
	supplier func() A
	acc      func(A, T)
	combiner func(A, A) A
	finisher func(A) R
}

func (c *collectorImpl[T, A, R]) Supplier() Supplier[A]         { return SupplierFunc[A](c.supplier) }
func (c *collectorImpl[T, A, R]) Accumulator() BiConsumer[A, T] { return BiConsumerFunc[A, T](c.acc) }
func (c *collectorImpl[T, A, R]) Combiner() BinaryOperator[A] {
	return BinaryOperatorFunc[A](c.combiner)
}
func (c *collectorImpl[T, A, R]) Finisher() Function[A, R] { return FunctionFunc[A, R](c.finisher) }

// newCollector builds a Collector[T, any, R] over a typed container C.
func newCollector[T, C, R any](supplier func() C, acc func(C, T), combiner func(C, C) C, finisher func(C) R) Collector[T, any, R] {
	return &collectorImpl[T, any, R]{
		supplier: func() any { return supplier() },
		acc:      func(a any, t T) { acc(a.(C), t) },
		combiner: func(a, b any) any { return combiner(a.(C), b.(C)) },
		finisher: func(a any) R { return finisher(a.(C)) },
	}
}

func identityFinish[C any](c C) C { return c }

// CollectorsToList is the static Collectors.toList(): an ArrayList.
func CollectorsToList[T any]() Collector[T, any, List[T]] {
	return newCollector(NewArrayList[T],
		func(l *ArrayList[T], t T) { l.Add(t) },
		func(a, b *ArrayList[T]) *ArrayList[T] { a.AddAll(b); return a },
		func(l *ArrayList[T]) List[T] { return l })
}

// CollectorsToUnmodifiableList is the static Collectors.toUnmodifiableList() (no nulls).
func CollectorsToUnmodifiableList[T any]() Collector[T, any, List[T]] {
	return CollectorsCollectingAndThen(CollectorsToList[T](), FunctionFunc[List[T], List[T]](func(l List[T]) List[T] {
		return ListOf(l.ToArray()...)
	}))
}

// CollectorsToSet is the static Collectors.toSet(): a HashSet.
func CollectorsToSet[T any]() Collector[T, any, Set[T]] {
	return newCollector(NewHashSet[T],
		func(s *HashSet[T], t T) { s.Add(t) },
		func(a, b *HashSet[T]) *HashSet[T] { a.AddAll(b); return a },
		func(s *HashSet[T]) Set[T] { return s })
}

// CollectorsToUnmodifiableSet is the static Collectors.toUnmodifiableSet() (no nulls).
func CollectorsToUnmodifiableSet[T any]() Collector[T, any, Set[T]] {
	return CollectorsCollectingAndThen(CollectorsToSet[T](), FunctionFunc[Set[T], Set[T]](func(s Set[T]) Set[T] {
		return SetCopyOf[T](s)
	}))
}

// CollectorsToCollection is the static Collectors.toCollection(Supplier).
func CollectorsToCollection[T any, C Collection[T]](collectionFactory Supplier[C]) Collector[T, any, C] {
	requireNonNullArg(collectionFactory)
	return newCollector(collectionFactory.Get,
		func(c C, t T) { c.Add(t) },
		func(a, b C) C { a.AddAll(b); return a },
		identityFinish[C])
}

// CollectorsJoining is the static Collectors.joining().
func CollectorsJoining() Collector[string, any, string] {
	return CollectorsJoiningWith("", "", "")
}

// CollectorsJoiningDelimiter is the static Collectors.joining(CharSequence delimiter).
func CollectorsJoiningDelimiter(delimiter string) Collector[string, any, string] {
	return CollectorsJoiningWith(delimiter, "", "")
}

// joinAcc is joining's container: the parts so far.
type joinAcc struct{ parts []string }

// CollectorsJoiningWith is the static Collectors.joining(delimiter, prefix, suffix).
func CollectorsJoiningWith(delimiter, prefix, suffix string) Collector[string, any, string] {
	return newCollector(func() *joinAcc { return &joinAcc{} },
		func(j *joinAcc, s string) { j.parts = append(j.parts, s) },
		func(a, b *joinAcc) *joinAcc { a.parts = append(a.parts, b.parts...); return a },
		func(j *joinAcc) string { return prefix + strings.Join(j.parts, delimiter) + suffix })
}

// The numeric collectors' results are boxed, as Java declares them (Collector<T, ?, Long>):
// a downstream collector's result is a map's value type (`groupingBy(f, TreeMap::new,
// counting())` fills a Map<K, Long>), which the translator spells *int64.

// CollectorsCounting is the static Collectors.counting().
func CollectorsCounting[T any]() Collector[T, any, *int64] {
	return CollectorsSummingLong(ToLongFunctionFunc[T](func(T) int64 { return 1 }))
}

// CollectorsSummingInt is the static Collectors.summingInt(ToIntFunction).
func CollectorsSummingInt[T any](mapper ToIntFunction[T]) Collector[T, any, *int32] {
	requireNonNullArg(mapper)
	return newCollector(func() *int32 { return new(int32) },
		func(a *int32, t T) { *a += mapper.ApplyAsInt(t) },
		func(a, b *int32) *int32 { *a += *b; return a },
		func(a *int32) *int32 { return Box(*a) })
}

// CollectorsSummingLong is the static Collectors.summingLong(ToLongFunction).
func CollectorsSummingLong[T any](mapper ToLongFunction[T]) Collector[T, any, *int64] {
	requireNonNullArg(mapper)
	return newCollector(func() *int64 { return new(int64) },
		func(a *int64, t T) { *a += mapper.ApplyAsLong(t) },
		func(a, b *int64) *int64 { *a += *b; return a },
		func(a *int64) *int64 { return Box(*a) })
}

// CollectorsSummingDouble is the static Collectors.summingDouble(ToDoubleFunction):
// compensated summation, as Java's.
func CollectorsSummingDouble[T any](mapper ToDoubleFunction[T]) Collector[T, any, *float64] {
	requireNonNullArg(mapper)
	return newCollector(func() *kahanSum { return &kahanSum{} },
		func(k *kahanSum, t T) { k.add(mapper.ApplyAsDouble(t)) },
		func(a, b *kahanSum) *kahanSum { a.combine(b); return a },
		func(k *kahanSum) *float64 { return Box(k.sum()) })
}

// avgAcc is the container of averagingInt and averagingLong.
type avgAcc struct{ sum, count int64 }

// CollectorsAveragingInt is the static Collectors.averagingInt(ToIntFunction).
func CollectorsAveragingInt[T any](mapper ToIntFunction[T]) Collector[T, any, *float64] {
	requireNonNullArg(mapper)
	return CollectorsAveragingLong(ToLongFunctionFunc[T](func(t T) int64 { return int64(mapper.ApplyAsInt(t)) }))
}

// CollectorsAveragingLong is the static Collectors.averagingLong(ToLongFunction).
func CollectorsAveragingLong[T any](mapper ToLongFunction[T]) Collector[T, any, *float64] {
	requireNonNullArg(mapper)
	return newCollector(func() *avgAcc { return &avgAcc{} },
		func(a *avgAcc, t T) { a.sum += mapper.ApplyAsLong(t); a.count++ },
		func(a, b *avgAcc) *avgAcc { a.sum += b.sum; a.count += b.count; return a },
		func(a *avgAcc) *float64 {
			if a.count == 0 {
				return Box(0.0)
			}
			return Box(float64(a.sum) / float64(a.count))
		})
}

// davgAcc is the container of averagingDouble.
type davgAcc struct {
	sum   kahanSum
	count int64
}

// CollectorsAveragingDouble is the static Collectors.averagingDouble(ToDoubleFunction).
func CollectorsAveragingDouble[T any](mapper ToDoubleFunction[T]) Collector[T, any, *float64] {
	requireNonNullArg(mapper)
	return newCollector(func() *davgAcc { return &davgAcc{} },
		func(a *davgAcc, t T) { a.sum.add(mapper.ApplyAsDouble(t)); a.count++ },
		func(a, b *davgAcc) *davgAcc { a.sum.combine(&b.sum); a.count += b.count; return a },
		func(a *davgAcc) *float64 {
			if a.count == 0 {
				return Box(0.0)
			}
			return Box(a.sum.sum() / float64(a.count))
		})
}

// CollectorsSummarizingInt is the static Collectors.summarizingInt(ToIntFunction).
func CollectorsSummarizingInt[T any](mapper ToIntFunction[T]) Collector[T, any, *IntSummaryStatistics] {
	requireNonNullArg(mapper)
	return newCollector(NewIntSummaryStatistics,
		func(s *IntSummaryStatistics, t T) { s.Accept(mapper.ApplyAsInt(t)) },
		func(a, b *IntSummaryStatistics) *IntSummaryStatistics { a.Combine(b); return a },
		identityFinish[*IntSummaryStatistics])
}

// CollectorsMapping is the static Collectors.mapping(Function, Collector).
func CollectorsMapping[T, U, A, R any](mapper Function[T, U], downstream Collector[U, A, R]) Collector[T, any, R] {
	requireNonNullArg(mapper)
	acc := downstream.Accumulator()
	return newCollector(downstream.Supplier().Get,
		func(a A, t T) { acc.Accept(a, mapper.Apply(t)) },
		downstream.Combiner().Apply,
		downstream.Finisher().Apply)
}

// CollectorsFiltering is the static Collectors.filtering(Predicate, Collector).
func CollectorsFiltering[T, A, R any](predicate Predicate[T], downstream Collector[T, A, R]) Collector[T, any, R] {
	requireNonNullArg(predicate)
	acc := downstream.Accumulator()
	return newCollector(downstream.Supplier().Get,
		func(a A, t T) {
			if predicate.Test(t) {
				acc.Accept(a, t)
			}
		},
		downstream.Combiner().Apply,
		downstream.Finisher().Apply)
}

// CollectorsCollectingAndThen is the static Collectors.collectingAndThen(Collector,
// Function).
func CollectorsCollectingAndThen[T, A, R, RR any](downstream Collector[T, A, R], finisher Function[R, RR]) Collector[T, A, RR] {
	requireNonNullArg(finisher)
	f := downstream.Finisher()
	return &collectorImpl[T, A, RR]{
		supplier: downstream.Supplier().Get,
		acc:      downstream.Accumulator().Accept,
		combiner: downstream.Combiner().Apply,
		finisher: func(a A) RR { return finisher.Apply(f.Apply(a)) },
	}
}

// optAcc is the container of reducing(op), minBy and maxBy.
type optAcc[T any] struct {
	value   T
	present bool
}

// CollectorsReducingOptional is the static Collectors.reducing(BinaryOperator).
func CollectorsReducingOptional[T any](op BinaryOperator[T]) Collector[T, any, *Optional[T]] {
	requireNonNullArg(op)
	accept := func(a *optAcc[T], t T) {
		if a.present {
			a.value = op.Apply(a.value, t)
		} else {
			a.value, a.present = t, true
		}
	}
	return newCollector(func() *optAcc[T] { return &optAcc[T]{} },
		accept,
		func(a, b *optAcc[T]) *optAcc[T] {
			if b.present {
				accept(a, b.value)
			}
			return a
		},
		func(a *optAcc[T]) *Optional[T] {
			if !a.present {
				return OptionalEmpty[T]()
			}
			return OptionalOfNullable(a.value)
		})
}

// CollectorsReducing is the static Collectors.reducing(T identity, BinaryOperator).
func CollectorsReducing[T any](identity T, op BinaryOperator[T]) Collector[T, any, T] {
	requireNonNullArg(op)
	return newCollector(func() *T { v := identity; return &v },
		func(a *T, t T) { *a = op.Apply(*a, t) },
		func(a, b *T) *T { *a = op.Apply(*a, *b); return a },
		func(a *T) T { return *a })
}

// CollectorsReducingMapped is the static Collectors.reducing(U identity, Function,
// BinaryOperator).
func CollectorsReducingMapped[T, U any](identity U, mapper Function[T, U], op BinaryOperator[U]) Collector[T, any, U] {
	requireNonNullArg(mapper)
	requireNonNullArg(op)
	return newCollector(func() *U { v := identity; return &v },
		func(a *U, t T) { *a = op.Apply(*a, mapper.Apply(t)) },
		func(a, b *U) *U { *a = op.Apply(*a, *b); return a },
		func(a *U) U { return *a })
}

// CollectorsMinBy is the static Collectors.minBy(Comparator).
func CollectorsMinBy[T any](comparator Comparator[T]) Collector[T, any, *Optional[T]] {
	return CollectorsReducingOptional(BinaryOperatorMinBy(comparator))
}

// CollectorsMaxBy is the static Collectors.maxBy(Comparator).
func CollectorsMaxBy[T any](comparator Comparator[T]) Collector[T, any, *Optional[T]] {
	return CollectorsReducingOptional(BinaryOperatorMaxBy(comparator))
}

// CollectorsGroupingBy is the static Collectors.groupingBy(Function): a HashMap of
// ArrayLists.
func CollectorsGroupingBy[T, K any](classifier Function[T, K]) Collector[T, any, Map[K, List[T]]] {
	return CollectorsGroupingByTo(classifier, CollectorsToList[T]())
}

// CollectorsGroupingByTo is the static Collectors.groupingBy(Function, Collector): a
// HashMap of the downstream results.
func CollectorsGroupingByTo[T, K, A, D any](classifier Function[T, K], downstream Collector[T, A, D]) Collector[T, any, Map[K, D]] {
	return CollectorsGroupingByInto(classifier, SupplierFunc[Map[K, D]](func() Map[K, D] { return NewHashMap[K, D]() }), downstream)
}

// CollectorsGroupingByInto is the static Collectors.groupingBy(Function, Supplier,
// Collector): the supplier's map, each group's key added with computeIfAbsent in the
// order the keys first appear (as Java's accumulator does, so a HashMap's bins come out
// in Java's order), its value the downstream result.
func CollectorsGroupingByInto[T, K, D, A any, M Map[K, D]](classifier Function[T, K], mapFactory Supplier[M], downstream Collector[T, A, D]) Collector[T, any, M] {
	requireNonNullArg(classifier)
	requireNonNullArg(mapFactory)
	supply, acc, finish := downstream.Supplier(), downstream.Accumulator(), downstream.Finisher()
	return newCollector(func() *groupAcc[K, A, M] {
		return &groupAcc[K, A, M]{target: mapFactory.Get(), index: NewHashMap[K, int32]()}
	},
		func(g *groupAcc[K, A, M], t T) {
			k := classifier.Apply(t)
			if isNull(k) {
				panic(NewNullPointerException2("element cannot be mapped to a null key"))
			}
			n := g.index.getNode(k)
			if n == nil {
				g.keys = append(g.keys, k)
				g.conts = append(g.conts, supply.Get())
				g.index.Put(k, int32(len(g.conts)-1))
				n = g.index.getNode(k)
			}
			acc.Accept(g.conts[n.value], t)
		},
		func(a, b *groupAcc[K, A, M]) *groupAcc[K, A, M] { return a },
		func(g *groupAcc[K, A, M]) M {
			for i, k := range g.keys {
				d := finish.Apply(g.conts[i])
				if isNull(g.target.ComputeIfAbsent(k, FunctionFunc[K, D](func(K) D { return d }))) {
					g.target.Put(k, d)
				}
			}
			return g.target
		})
}

// groupAcc is groupingBy's container: the downstream containers of the keys, in the
// order the keys first appeared, and the map to fill at the end.
type groupAcc[K, A, M any] struct {
	target M
	index  *HashMap[K, int32]
	keys   []K
	conts  []A
}

// CollectorsPartitioningBy is the static Collectors.partitioningBy(Predicate):
// {false=[...], true=[...]}, its keys Booleans (*bool) as Java's Map<Boolean, ...>.
func CollectorsPartitioningBy[T any](predicate Predicate[T]) Collector[T, any, Map[*bool, List[T]]] {
	return CollectorsPartitioningByTo(predicate, CollectorsToList[T]())
}

// partAcc is partitioningBy's container.
type partAcc[A any] struct{ f, t A }

// CollectorsPartitioningByTo is the static Collectors.partitioningBy(Predicate, Collector).
func CollectorsPartitioningByTo[T, D, A any](predicate Predicate[T], downstream Collector[T, A, D]) Collector[T, any, Map[*bool, D]] {
	requireNonNullArg(predicate)
	supply, acc, finish := downstream.Supplier(), downstream.Accumulator(), downstream.Finisher()
	return newCollector(func() *partAcc[A] { return &partAcc[A]{supply.Get(), supply.Get()} },
		func(p *partAcc[A], t T) {
			if predicate.Test(t) {
				acc.Accept(p.t, t)
			} else {
				acc.Accept(p.f, t)
			}
		},
		func(a, b *partAcc[A]) *partAcc[A] { return a },
		func(p *partAcc[A]) Map[*bool, D] {
			m := NewLinkedHashMap[*bool, D]()
			m.Put(Box(false), finish.Apply(p.f))
			m.Put(Box(true), finish.Apply(p.t))
			return CollectionsUnmodifiableMap[*bool, D](m)
		})
}

// CollectorsToMap is the static Collectors.toMap(Function, Function): a HashMap;
// IllegalStateException "Duplicate key k (attempted merging values a and b)" for a
// repeated key, NullPointerException for a null value.
func CollectorsToMap[T, K, U any](keyMapper Function[T, K], valueMapper Function[T, U]) Collector[T, any, Map[K, U]] {
	requireNonNullArg(keyMapper)
	requireNonNullArg(valueMapper)
	return newCollector(NewHashMap[K, U],
		func(m *HashMap[K, U], t T) {
			k := keyMapper.Apply(t)
			v := valueMapper.Apply(t)
			requireNonNullArg(v)
			if m.ContainsKey(k) {
				u := m.Get(k)
				panic(NewIllegalStateException2("Duplicate key " + Str(k) + " (attempted merging values " + Str(u) + " and " + Str(v) + ")"))
			}
			m.PutIfAbsent(k, v)
		},
		func(a, b *HashMap[K, U]) *HashMap[K, U] { return a },
		func(m *HashMap[K, U]) Map[K, U] { return m })
}

// CollectorsToMapMerge is the static Collectors.toMap(Function, Function, BinaryOperator):
// a HashMap filled with merge.
func CollectorsToMapMerge[T, K, U any](keyMapper Function[T, K], valueMapper Function[T, U], mergeFunction BinaryOperator[U]) Collector[T, any, Map[K, U]] {
	return CollectorsToMapInto(keyMapper, valueMapper, mergeFunction, SupplierFunc[Map[K, U]](func() Map[K, U] { return NewHashMap[K, U]() }))
}

// CollectorsToMapInto is the static Collectors.toMap(Function, Function, BinaryOperator,
// Supplier): the supplier's map filled with merge.
func CollectorsToMapInto[T, K, U any, M Map[K, U]](keyMapper Function[T, K], valueMapper Function[T, U], mergeFunction BinaryOperator[U], mapFactory Supplier[M]) Collector[T, any, M] {
	requireNonNullArg(keyMapper)
	requireNonNullArg(valueMapper)
	requireNonNullArg(mergeFunction)
	requireNonNullArg(mapFactory)
	return newCollector(mapFactory.Get,
		func(m M, t T) { m.Merge(keyMapper.Apply(t), valueMapper.Apply(t), mergeFunction) },
		func(a, b M) M { return a },
		identityFinish[M])
}

// CollectorsToUnmodifiableMap is the static Collectors.toUnmodifiableMap(Function,
// Function).
func CollectorsToUnmodifiableMap[T, K, U any](keyMapper Function[T, K], valueMapper Function[T, U]) Collector[T, any, Map[K, U]] {
	return CollectorsCollectingAndThen(CollectorsToMap(keyMapper, valueMapper), FunctionFunc[Map[K, U], Map[K, U]](MapCopyOf[K, U]))
}
