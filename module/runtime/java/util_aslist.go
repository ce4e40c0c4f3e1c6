package java

import (
	"iter"
	"slices"
)

// arraysAsList is the fixed-size list of Arrays.asList: a view of the slice (set and sort
// write through to it; add and remove throw UnsupportedOperationException).
type arraysAsList[E any] struct {
	abstractList[E]
	a []E
}

// NewArraysAsList is the list Arrays.asList(T...) returns, backed by a (no copy): the
// Arrays class (lang) calls it.
func NewArraysAsList[E any](a []E) List[E] {
	if a == nil {
		panic(NewNullPointerException())
	}
	l := &arraysAsList[E]{a: a}
	l.initList(l)
	return l
}

// Size is List.size().
func (l *arraysAsList[E]) Size() int32 { return int32(len(l.a)) }

// Get is List.get(int).
func (l *arraysAsList[E]) Get(index int32) E {
	checkArrayIndex(index, int32(len(l.a)))
	return l.a[index]
}

// Set is List.set(int, E): writes through to the array.
func (l *arraysAsList[E]) Set(index int32, e E) E {
	checkArrayIndex(index, int32(len(l.a)))
	old := l.a[index]
	l.a[index] = e
	return old
}

// checkArrayIndex is the bounds check of an array access behind the list.
func checkArrayIndex(index, size int32) {
	if index < 0 || index >= size {
		panic(NewArrayIndexOutOfBoundsException2("Index " + IntStr(index) + " out of bounds for length " + IntStr(size)))
	}
}

// ToArray is List.toArray(): a copy.
func (l *arraysAsList[E]) ToArray() []E { return slices.Clone(l.a) }

// Iterator is List.iterator(): never fails fast (the list cannot change size); remove
// throws UnsupportedOperationException.
func (l *arraysAsList[E]) Iterator() Iterator[E] { return &sliceIter[E]{a: l.a, defaultRemove: true} }

// All ranges over the array.
func (l *arraysAsList[E]) All() iter.Seq[E] { return slices.Values(l.a) }

// ForEach is Iterable.forEach(Consumer).
func (l *arraysAsList[E]) ForEach(action Consumer[E]) {
	requireNonNullArg(action)
	for _, e := range l.a {
		action.Accept(e)
	}
}

// Sort is List.sort(Comparator): sorts the array itself.
func (l *arraysAsList[E]) Sort(c Comparator[E]) { sortSlice(l.a, c) }

// ReplaceAll is List.replaceAll(UnaryOperator): writes through.
func (l *arraysAsList[E]) ReplaceAll(operator UnaryOperator[E]) {
	requireNonNullArg(operator)
	for i, e := range l.a {
		l.a[i] = operator.Apply(e)
	}
}

// sliceIter iterates a slice that cannot change size; Remove is unsupported (with
// Iterator.remove's default message "remove", or none as the immutable collections').
type sliceIter[E any] struct {
	a             []E
	i             int
	defaultRemove bool
}

func (it *sliceIter[E]) HasNext() bool { return it.i < len(it.a) }

func (it *sliceIter[E]) Next() E {
	if it.i >= len(it.a) {
		panic(NewNoSuchElementException())
	}
	it.i++
	return it.a[it.i-1]
}

func (it *sliceIter[E]) Remove() {
	if it.defaultRemove {
		IteratorRemove[E](it)
	}
	panic(unsupportedOp())
}

func (it *sliceIter[E]) ForEachRemaining(action Consumer[E]) { IteratorForEachRemaining[E](it, action) }
