package java

import (
	"iter"
	"slices"
	"sync"
	"sync/atomic"
)

// CopyOnWriteArrayList is java.util.concurrent.CopyOnWriteArrayList<E>: every change
// copies the array under a lock; reads and iterators use the array of the moment, so
// iterating never throws ConcurrentModificationException and sees no later change
// (iterator remove, set and add throw UnsupportedOperationException).
type CopyOnWriteArrayList[E any] struct {
	abstractList[E]
	mu    sync.Mutex
	array atomic.Pointer[[]E]
}

// NewCopyOnWriteArrayList is the constructor CopyOnWriteArrayList().
func NewCopyOnWriteArrayList[E any]() *CopyOnWriteArrayList[E] {
	l := &CopyOnWriteArrayList[E]{}
	l.initList(l)
	l.array.Store(&[]E{})
	return l
}

// NewCopyOnWriteArrayListFrom is the constructor CopyOnWriteArrayList(Collection).
func NewCopyOnWriteArrayListFrom[E any](c Collection[E]) *CopyOnWriteArrayList[E] {
	requireNonNullCollection(c)
	l := NewCopyOnWriteArrayList[E]()
	a := c.ToArray()
	l.array.Store(&a)
	return l
}

// NewCopyOnWriteArrayListOf is the constructor CopyOnWriteArrayList(E[]): a copy.
func NewCopyOnWriteArrayListOf[E any](toCopyIn []E) *CopyOnWriteArrayList[E] {
	l := NewCopyOnWriteArrayList[E]()
	a := slices.Clone(toCopyIn)
	l.array.Store(&a)
	return l
}

func (l *CopyOnWriteArrayList[E]) snapshot() []E { return *l.array.Load() }

// write runs f on a copy of the array under the lock and publishes the copy when f says
// it changed it.
func (l *CopyOnWriteArrayList[E]) write(f func(a []E) ([]E, bool)) {
	l.mu.Lock()
	defer l.mu.Unlock()
	a, changed := f(slices.Clone(l.snapshot()))
	if changed {
		l.array.Store(&a)
		l.modCount++
	}
}

// Size is List.size().
func (l *CopyOnWriteArrayList[E]) Size() int32 { return int32(len(l.snapshot())) }

// IsEmpty is List.isEmpty().
func (l *CopyOnWriteArrayList[E]) IsEmpty() bool { return len(l.snapshot()) == 0 }

// Get is List.get(int).
func (l *CopyOnWriteArrayList[E]) Get(index int32) E {
	a := l.snapshot()
	checkListIndex(index, int32(len(a)))
	return a[index]
}

// Set is List.set(int, E).
func (l *CopyOnWriteArrayList[E]) Set(index int32, e E) E {
	var old E
	l.write(func(a []E) ([]E, bool) {
		checkListIndex(index, int32(len(a)))
		old, a[index] = a[index], e
		return a, true
	})
	return old
}

// Add is List.add(E).
func (l *CopyOnWriteArrayList[E]) Add(e E) bool {
	l.write(func(a []E) ([]E, bool) { return append(a, e), true })
	return true
}

// AddAt is List.add(int, E).
func (l *CopyOnWriteArrayList[E]) AddAt(index int32, e E) {
	l.write(func(a []E) ([]E, bool) {
		checkPositionIndex(index, int32(len(a)))
		return slices.Insert(a, int(index), e), true
	})
}

// RemoveAt is List.remove(int).
func (l *CopyOnWriteArrayList[E]) RemoveAt(index int32) E {
	var old E
	l.write(func(a []E) ([]E, bool) {
		checkListIndex(index, int32(len(a)))
		old = a[index]
		return slices.Delete(a, int(index), int(index)+1), true
	})
	return old
}

// Remove is List.remove(Object).
func (l *CopyOnWriteArrayList[E]) Remove(o any) bool {
	removed := false
	l.write(func(a []E) ([]E, bool) {
		for i, e := range a {
			if Equals(o, e) {
				removed = true
				return slices.Delete(a, i, i+1), true
			}
		}
		return a, false
	})
	return removed
}

// AddIfAbsent is CopyOnWriteArrayList.addIfAbsent(E).
func (l *CopyOnWriteArrayList[E]) AddIfAbsent(e E) bool {
	added := false
	l.write(func(a []E) ([]E, bool) {
		if seqContains(slices.Values(a), e) {
			return a, false
		}
		added = true
		return append(a, e), true
	})
	return added
}

// AddAllAbsent is CopyOnWriteArrayList.addAllAbsent(Collection): the number added.
func (l *CopyOnWriteArrayList[E]) AddAllAbsent(c Collection[E]) int32 {
	requireNonNullCollection(c)
	in := c.ToArray()
	n := int32(0)
	l.write(func(a []E) ([]E, bool) {
		for _, e := range in {
			if !seqContains(slices.Values(a), e) {
				a = append(a, e)
				n++
			}
		}
		return a, n > 0
	})
	return n
}

// IndexOf is List.indexOf(Object).
func (l *CopyOnWriteArrayList[E]) IndexOf(o any) int32 {
	for i, e := range l.snapshot() {
		if Equals(o, e) {
			return int32(i)
		}
	}
	return -1
}

// LastIndexOf is List.lastIndexOf(Object).
func (l *CopyOnWriteArrayList[E]) LastIndexOf(o any) int32 {
	a := l.snapshot()
	for i := len(a) - 1; i >= 0; i-- {
		if Equals(o, a[i]) {
			return int32(i)
		}
	}
	return -1
}

// Contains is Collection.contains(Object).
func (l *CopyOnWriteArrayList[E]) Contains(o any) bool { return l.IndexOf(o) >= 0 }

// Clear is List.clear().
func (l *CopyOnWriteArrayList[E]) Clear() {
	l.write(func([]E) ([]E, bool) { return []E{}, true })
}

// AddAll is Collection.addAll(Collection).
func (l *CopyOnWriteArrayList[E]) AddAll(c Collection[E]) bool {
	requireNonNullCollection(c)
	in := c.ToArray()
	l.write(func(a []E) ([]E, bool) { return append(a, in...), len(in) > 0 })
	return len(in) > 0
}

// AddAllAt is List.addAll(int, Collection).
func (l *CopyOnWriteArrayList[E]) AddAllAt(index int32, c Collection[E]) bool {
	requireNonNullCollection(c)
	in := c.ToArray()
	l.write(func(a []E) ([]E, bool) {
		checkPositionIndex(index, int32(len(a)))
		return slices.Insert(a, int(index), in...), len(in) > 0
	})
	return len(in) > 0
}

// RemoveIf is Collection.removeIf(Predicate).
func (l *CopyOnWriteArrayList[E]) RemoveIf(filter Predicate[E]) bool {
	requireNonNullArg(filter)
	return l.removeWhere(filter.Test)
}

// RemoveAll is Collection.removeAll(Collection<?>).
func (l *CopyOnWriteArrayList[E]) RemoveAll(c any) bool {
	requireNonNullCollection(c)
	return l.removeWhere(func(e E) bool { return containsAny(c, e) })
}

// RetainAll is Collection.retainAll(Collection<?>).
func (l *CopyOnWriteArrayList[E]) RetainAll(c any) bool {
	requireNonNullCollection(c)
	return l.removeWhere(func(e E) bool { return !containsAny(c, e) })
}

func (l *CopyOnWriteArrayList[E]) removeWhere(drop func(E) bool) bool {
	removed := false
	l.write(func(a []E) ([]E, bool) {
		n := len(a)
		a = slices.DeleteFunc(a, drop)
		removed = len(a) != n
		return a, removed
	})
	return removed
}

// ReplaceAll is List.replaceAll(UnaryOperator).
func (l *CopyOnWriteArrayList[E]) ReplaceAll(operator UnaryOperator[E]) {
	requireNonNullArg(operator)
	l.write(func(a []E) ([]E, bool) {
		for i, e := range a {
			a[i] = operator.Apply(e)
		}
		return a, true
	})
}

// Sort is List.sort(Comparator).
func (l *CopyOnWriteArrayList[E]) Sort(c Comparator[E]) {
	l.write(func(a []E) ([]E, bool) {
		sortSlice(a, c)
		return a, true
	})
}

// ToArray is Collection.toArray(): a copy of the current array.
func (l *CopyOnWriteArrayList[E]) ToArray() []E { return slices.Clone(l.snapshot()) }

// Iterator is List.iterator(): over the array of the moment.
func (l *CopyOnWriteArrayList[E]) Iterator() Iterator[E] { return &sliceIter[E]{a: l.snapshot()} }

// ListIterator is List.listIterator(): over the array of the moment; read-only.
func (l *CopyOnWriteArrayList[E]) ListIterator() ListIterator[E] {
	return l.ListIteratorAt(0)
}

// ListIteratorAt is List.listIterator(int).
func (l *CopyOnWriteArrayList[E]) ListIteratorAt(index int32) ListIterator[E] {
	snap := newImmutableList(l.snapshot())
	checkPositionIndex(index, snap.Size())
	return &readOnlyListIter[E]{snap.listIter(index)}
}

// All ranges over the array of the moment.
func (l *CopyOnWriteArrayList[E]) All() iter.Seq[E] { return slices.Values(l.snapshot()) }

// ForEach is Iterable.forEach(Consumer).
func (l *CopyOnWriteArrayList[E]) ForEach(action Consumer[E]) {
	requireNonNullArg(action)
	for _, e := range l.snapshot() {
		action.Accept(e)
	}
}

// Equals is List.equals(Object).
func (l *CopyOnWriteArrayList[E]) Equals(o any) bool { return listEquals[E](l, o) }

// HashCode is List.hashCode().
func (l *CopyOnWriteArrayList[E]) HashCode() int32 { return listHashCode(l.All()) }

// String is CopyOnWriteArrayList.toString().
func (l *CopyOnWriteArrayList[E]) String() string { return seqString(l.All(), l) }

// Clone is CopyOnWriteArrayList.clone().
func (l *CopyOnWriteArrayList[E]) Clone() *CopyOnWriteArrayList[E] {
	return NewCopyOnWriteArrayListOf(l.snapshot())
}
