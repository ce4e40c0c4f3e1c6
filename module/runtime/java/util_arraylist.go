package java

import (
	"iter"
	"slices"
)

// ArrayList is java.util.ArrayList<E>: a resizable array with Java's fail-fast iterators
// (modCount counted as Java counts it) and Java's exception messages.
type ArrayList[E any] struct {
	abstractList[E]
	data []E
}

// NewArrayList is the constructor ArrayList().
func NewArrayList[E any]() *ArrayList[E] {
	l := &ArrayList[E]{}
	l.initList(l)
	return l
}

// NewArrayListCap is the constructor ArrayList(int initialCapacity).
func NewArrayListCap[E any](initialCapacity int32) *ArrayList[E] {
	if initialCapacity < 0 {
		panic(NewIllegalArgumentException2("Illegal Capacity: " + IntStr(initialCapacity)))
	}
	l := NewArrayList[E]()
	l.data = make([]E, 0, initialCapacity)
	return l
}

// NewArrayListFrom is the constructor ArrayList(Collection<? extends E>).
func NewArrayListFrom[E any](c Collection[E]) *ArrayList[E] {
	requireNonNullCollection(c)
	l := NewArrayList[E]()
	l.data = c.ToArray()
	return l
}

// newArrayListOf wraps a slice the caller gives up (no copy).
func newArrayListOf[E any](data []E) *ArrayList[E] {
	l := NewArrayList[E]()
	l.data = data
	return l
}

// Size is ArrayList.size().
func (l *ArrayList[E]) Size() int32 { return int32(len(l.data)) }

// IsEmpty is ArrayList.isEmpty().
func (l *ArrayList[E]) IsEmpty() bool { return len(l.data) == 0 }

// Get is ArrayList.get(int).
func (l *ArrayList[E]) Get(index int32) E {
	checkListIndex(index, int32(len(l.data)))
	return l.data[index]
}

// Set is ArrayList.set(int, E): the element replaced.
func (l *ArrayList[E]) Set(index int32, e E) E {
	checkListIndex(index, int32(len(l.data)))
	old := l.data[index]
	l.data[index] = e
	return old
}

// Add is ArrayList.add(E).
func (l *ArrayList[E]) Add(e E) bool {
	l.modCount++
	l.data = append(l.data, e)
	return true
}

// AddAt is ArrayList.add(int, E).
func (l *ArrayList[E]) AddAt(index int32, e E) {
	checkPositionIndex(index, int32(len(l.data)))
	l.modCount++
	l.data = slices.Insert(l.data, int(index), e)
}

// RemoveAt is ArrayList.remove(int): the element removed.
func (l *ArrayList[E]) RemoveAt(index int32) E {
	checkListIndex(index, int32(len(l.data)))
	old := l.data[index]
	l.modCount++
	l.data = slices.Delete(l.data, int(index), int(index)+1)
	return old
}

// Remove is ArrayList.remove(Object): the first equal element.
func (l *ArrayList[E]) Remove(o any) bool {
	if i := l.IndexOf(o); i >= 0 {
		l.RemoveAt(i)
		return true
	}
	return false
}

// IndexOf is ArrayList.indexOf(Object).
func (l *ArrayList[E]) IndexOf(o any) int32 {
	for i, e := range l.data {
		if Equals(o, e) {
			return int32(i)
		}
	}
	return -1
}

// LastIndexOf is ArrayList.lastIndexOf(Object).
func (l *ArrayList[E]) LastIndexOf(o any) int32 {
	for i := len(l.data) - 1; i >= 0; i-- {
		if Equals(o, l.data[i]) {
			return int32(i)
		}
	}
	return -1
}

// Contains is ArrayList.contains(Object).
func (l *ArrayList[E]) Contains(o any) bool { return l.IndexOf(o) >= 0 }

// Clear is ArrayList.clear().
func (l *ArrayList[E]) Clear() {
	l.modCount++
	clear(l.data)
	l.data = l.data[:0]
}

// AddAll is ArrayList.addAll(Collection).
func (l *ArrayList[E]) AddAll(c Collection[E]) bool {
	requireNonNullCollection(c)
	a := c.ToArray()
	l.modCount++
	l.data = append(l.data, a...)
	return len(a) != 0
}

// AddAllAt is ArrayList.addAll(int, Collection).
func (l *ArrayList[E]) AddAllAt(index int32, c Collection[E]) bool {
	checkPositionIndex(index, int32(len(l.data)))
	requireNonNullCollection(c)
	a := c.ToArray()
	l.modCount++
	l.data = slices.Insert(l.data, int(index), a...)
	return len(a) != 0
}

// RemoveAll is ArrayList.removeAll(Collection<?>).
func (l *ArrayList[E]) RemoveAll(c any) bool {
	requireNonNullCollection(c)
	return l.batchRemove(func(e E) bool { return containsAny(c, e) })
}

// RetainAll is ArrayList.retainAll(Collection<?>).
func (l *ArrayList[E]) RetainAll(c any) bool {
	requireNonNullCollection(c)
	return l.batchRemove(func(e E) bool { return !containsAny(c, e) })
}

// batchRemove removes the elements for which drop is true, counting one modification
// per removed element as Java's batchRemove does.
func (l *ArrayList[E]) batchRemove(drop func(E) bool) bool {
	n := len(l.data)
	w := 0
	for r := 0; r < n; r++ {
		if e := l.data[r]; !drop(e) {
			l.data[w] = e
			w++
		}
	}
	if w == n {
		return false
	}
	l.modCount += int32(n - w)
	clear(l.data[w:n])
	l.data = l.data[:w]
	return true
}

// RemoveIf is ArrayList.removeIf(Predicate): tests every element first (a predicate may
// read the list), then removes; one modification.
func (l *ArrayList[E]) RemoveIf(filter Predicate[E]) bool {
	requireNonNullArg(filter)
	expected := l.modCount
	n := len(l.data)
	dead := make([]bool, n)
	found := false
	for i := 0; i < n; i++ {
		if filter.Test(l.data[i]) {
			dead[i] = true
			found = true
		}
	}
	if l.modCount != expected {
		panic(NewConcurrentModificationException())
	}
	if !found {
		return false
	}
	l.modCount++
	w := 0
	for r := 0; r < n; r++ {
		if !dead[r] {
			l.data[w] = l.data[r]
			w++
		}
	}
	clear(l.data[w:n])
	l.data = l.data[:w]
	return true
}

// ForEach is ArrayList.forEach(Consumer).
func (l *ArrayList[E]) ForEach(action Consumer[E]) {
	requireNonNullArg(action)
	expected := l.modCount
	data := l.data
	for i := 0; l.modCount == expected && i < len(data); i++ {
		action.Accept(data[i])
	}
	if l.modCount != expected {
		panic(NewConcurrentModificationException())
	}
}

// All ranges over the list as its iterator does: a change made during the loop (other
// than through the iterator) panics ConcurrentModificationException at the next element.
func (l *ArrayList[E]) All() iter.Seq[E] {
	return func(yield func(E) bool) {
		expected := l.modCount
		for i := 0; i != len(l.data); i++ {
			if l.modCount != expected {
				panic(NewConcurrentModificationException())
			}
			if !yield(l.data[i]) {
				return
			}
		}
	}
}

// ToArray is ArrayList.toArray(): a copy of the elements.
func (l *ArrayList[E]) ToArray() []E { return slices.Clone(l.data[:len(l.data):len(l.data)]) }

// ReplaceAll is ArrayList.replaceAll(UnaryOperator).
func (l *ArrayList[E]) ReplaceAll(operator UnaryOperator[E]) {
	requireNonNullArg(operator)
	expected := l.modCount
	for i := 0; l.modCount == expected && i < len(l.data); i++ {
		l.data[i] = operator.Apply(l.data[i])
	}
	if l.modCount != expected {
		panic(NewConcurrentModificationException())
	}
	l.modCount++
}

// Sort is ArrayList.sort(Comparator) (nil: natural order): stable, in place.
func (l *ArrayList[E]) Sort(c Comparator[E]) {
	expected := l.modCount
	sortSlice(l.data, c)
	if l.modCount != expected {
		panic(NewConcurrentModificationException())
	}
	l.modCount++
}

// EnsureCapacity is ArrayList.ensureCapacity(int).
func (l *ArrayList[E]) EnsureCapacity(minCapacity int32) {
	if int(minCapacity) > cap(l.data) {
		l.modCount++
		l.data = slices.Grow(l.data, int(minCapacity)-len(l.data))
	}
}

// TrimToSize is ArrayList.trimToSize().
func (l *ArrayList[E]) TrimToSize() {
	l.modCount++
	l.data = slices.Clip(l.data)
}

// Clone is ArrayList.clone(): a shallow copy.
func (l *ArrayList[E]) Clone() *ArrayList[E] { return newArrayListOf(l.ToArray()) }

// Equals is ArrayList.equals(Object).
func (l *ArrayList[E]) Equals(o any) bool {
	expected := l.modCount
	eq := listEquals[E](l, o)
	if l.modCount != expected {
		panic(NewConcurrentModificationException())
	}
	return eq
}

// HashCode is ArrayList.hashCode().
func (l *ArrayList[E]) HashCode() int32 {
	expected := l.modCount
	h := listHashCode(slices.Values(l.data))
	if l.modCount != expected {
		panic(NewConcurrentModificationException())
	}
	return h
}

// String is AbstractCollection.toString(): "[a, b]".
func (l *ArrayList[E]) String() string { return seqString(l.All(), l) }
