package java

// Comparator. As with the other functional interfaces (func_functional.go),
// the Go interface holds only the abstract method; Comparator's default and static
// methods are package functions. Natural ordering is CompareOf (compareTo over any value:
// numbers, strings, booleans, enums, Comparable).

// Comparator is java.util.Comparator<T>.
type Comparator[T any] interface {
	// Compare is Comparator.compare(T, T).
	Compare(a, b T) int32
}

// ComparatorFunc adapts a func to Comparator.
type ComparatorFunc[T any] func(a, b T) int32

// Compare is Comparator.compare(T, T).
func (f ComparatorFunc[T]) Compare(a, b T) int32 { return f(a, b) }

// naturalOrder is Comparator.naturalOrder()'s comparator; a named type so that
// Collections.reverseOrder(naturalOrder) can return reverseOrder as Java does.
type naturalOrder[T any] struct{}

func (naturalOrder[T]) Compare(a, b T) int32 { return CompareOf(a, b) }

// reverseOrder is Collections.reverseOrder()'s comparator.
type reverseOrder[T any] struct{}

func (reverseOrder[T]) Compare(a, b T) int32 { return CompareOf(b, a) }

// reversedComparator is Comparator.reversed() of a comparator other than the two above.
type reversedComparator[T any] struct{ cmp Comparator[T] }

func (r reversedComparator[T]) Compare(a, b T) int32 { return r.cmp.Compare(b, a) }

// ComparatorNaturalOrder is the static Comparator.naturalOrder().
func ComparatorNaturalOrder[T any]() Comparator[T] { return naturalOrder[T]{} }

// ComparatorReverseOrder is the static Comparator.reverseOrder() (and
// Collections.reverseOrder()).
func ComparatorReverseOrder[T any]() Comparator[T] { return reverseOrder[T]{} }

// ComparatorReversed is the default method Comparator.reversed(). As in Java, reversing a
// reversed comparator gives back the original, and natural and reverse order swap.
func ComparatorReversed[T any](c Comparator[T]) Comparator[T] {
	switch r := c.(type) {
	case naturalOrder[T]:
		return reverseOrder[T]{}
	case reverseOrder[T]:
		return naturalOrder[T]{}
	case reversedComparator[T]:
		return r.cmp
	}
	return reversedComparator[T]{c}
}

// ComparatorThenComparing is the default method Comparator.thenComparing(Comparator).
func ComparatorThenComparing[T any](c Comparator[T], other Comparator[T]) Comparator[T] {
	requireNonNullArg(other)
	return ComparatorFunc[T](func(a, b T) int32 {
		if r := c.Compare(a, b); r != 0 {
			return r
		}
		return other.Compare(a, b)
	})
}

// ComparatorThenComparingKey is the default method Comparator.thenComparing(Function):
// ties broken by the natural order of the extracted keys.
func ComparatorThenComparingKey[T, U any](c Comparator[T], key Function[T, U]) Comparator[T] {
	return ComparatorThenComparing(c, ComparatorComparing(key))
}

// ComparatorThenComparingKeyWith is the default method
// Comparator.thenComparing(Function, Comparator).
func ComparatorThenComparingKeyWith[T, U any](c Comparator[T], key Function[T, U], keyCmp Comparator[U]) Comparator[T] {
	return ComparatorThenComparing(c, ComparatorComparingWith(key, keyCmp))
}

// ComparatorThenComparingInt is the default method Comparator.thenComparingInt(ToIntFunction).
func ComparatorThenComparingInt[T any](c Comparator[T], key ToIntFunction[T]) Comparator[T] {
	return ComparatorThenComparing(c, ComparatorComparingInt(key))
}

// ComparatorThenComparingLong is the default method
// Comparator.thenComparingLong(ToLongFunction).
func ComparatorThenComparingLong[T any](c Comparator[T], key ToLongFunction[T]) Comparator[T] {
	return ComparatorThenComparing(c, ComparatorComparingLong(key))
}

// ComparatorThenComparingDouble is the default method
// Comparator.thenComparingDouble(ToDoubleFunction).
func ComparatorThenComparingDouble[T any](c Comparator[T], key ToDoubleFunction[T]) Comparator[T] {
	return ComparatorThenComparing(c, ComparatorComparingDouble(key))
}

// ComparatorComparing is the static Comparator.comparing(Function): by the natural order
// of the extracted keys.
func ComparatorComparing[T, U any](key Function[T, U]) Comparator[T] {
	requireNonNullArg(key)
	return ComparatorFunc[T](func(a, b T) int32 { return CompareOf(key.Apply(a), key.Apply(b)) })
}

// ComparatorComparingWith is the static Comparator.comparing(Function, Comparator).
func ComparatorComparingWith[T, U any](key Function[T, U], keyCmp Comparator[U]) Comparator[T] {
	requireNonNullArg(key)
	requireNonNullArg(keyCmp)
	return ComparatorFunc[T](func(a, b T) int32 { return keyCmp.Compare(key.Apply(a), key.Apply(b)) })
}

// ComparatorComparingInt is the static Comparator.comparingInt(ToIntFunction).
func ComparatorComparingInt[T any](key ToIntFunction[T]) Comparator[T] {
	requireNonNullArg(key)
	return ComparatorFunc[T](func(a, b T) int32 { return IntegerCompare(key.ApplyAsInt(a), key.ApplyAsInt(b)) })
}

// ComparatorComparingLong is the static Comparator.comparingLong(ToLongFunction).
func ComparatorComparingLong[T any](key ToLongFunction[T]) Comparator[T] {
	requireNonNullArg(key)
	return ComparatorFunc[T](func(a, b T) int32 { return LongCompare(key.ApplyAsLong(a), key.ApplyAsLong(b)) })
}

// ComparatorComparingDouble is the static Comparator.comparingDouble(ToDoubleFunction)
// (Double.compare: -0.0 < 0.0, NaN greatest).
func ComparatorComparingDouble[T any](key ToDoubleFunction[T]) Comparator[T] {
	requireNonNullArg(key)
	return ComparatorFunc[T](func(a, b T) int32 { return DoubleCompare(key.ApplyAsDouble(a), key.ApplyAsDouble(b)) })
}

// ComparatorNullsFirst is the static Comparator.nullsFirst(Comparator): null before every
// value, non-null values by c (all equal when c is nil).
func ComparatorNullsFirst[T any](c Comparator[T]) Comparator[T] { return nullsComparator(c, -1) }

// ComparatorNullsLast is the static Comparator.nullsLast(Comparator).
func ComparatorNullsLast[T any](c Comparator[T]) Comparator[T] { return nullsComparator(c, 1) }

func nullsComparator[T any](c Comparator[T], nullSign int32) Comparator[T] {
	return ComparatorFunc[T](func(a, b T) int32 {
		an, bn := isNull(a), isNull(b)
		switch {
		case an && bn:
			return 0
		case an:
			return nullSign
		case bn:
			return -nullSign
		case c == nil:
			return 0
		}
		return c.Compare(a, b)
	})
}

// comparatorOrNatural is the comparator a sorted collection or sort call uses: c, or the
// natural order when c is null.
func comparatorOrNatural[T any](c Comparator[T]) Comparator[T] {
	if c == nil {
		return naturalOrder[T]{}
	}
	return c
}
