package java

import (
	"iter"
	"slices"
)

// ArrayDeque is java.util.ArrayDeque<E>: a ring buffer, iterated head to tail; null
// elements throw NullPointerException. Its iterators fail fast on any change not made
// through them (Java's detect only some).
type ArrayDeque[E any] struct {
	abstractCollection[E]
	buf      []E
	head     int
	n        int
	modCount int32
}

// NewArrayDeque is the constructor ArrayDeque().
func NewArrayDeque[E any]() *ArrayDeque[E] { return NewArrayDequeCap[E](16) }

// NewArrayDequeCap is the constructor ArrayDeque(int numElements).
func NewArrayDequeCap[E any](numElements int32) *ArrayDeque[E] {
	d := &ArrayDeque[E]{buf: make([]E, max(1, numElements))}
	d.self = d
	return d
}

// NewArrayDequeFrom is the constructor ArrayDeque(Collection<? extends E>).
func NewArrayDequeFrom[E any](c Collection[E]) *ArrayDeque[E] {
	requireNonNullCollection(c)
	d := NewArrayDequeCap[E](c.Size())
	for _, e := range c.ToArray() {
		d.AddLast(e)
	}
	return d
}

func (d *ArrayDeque[E]) at(i int) int { return (d.head + i) % len(d.buf) }

func (d *ArrayDeque[E]) grow() {
	nb := make([]E, len(d.buf)*2+2)
	for i := 0; i < d.n; i++ {
		nb[i] = d.buf[d.at(i)]
	}
	d.buf, d.head = nb, 0
}

// AddFirst is Deque.addFirst(E).
func (d *ArrayDeque[E]) AddFirst(e E) {
	requireNonNullArg(e)
	if d.n == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1 + len(d.buf)) % len(d.buf)
	d.buf[d.head] = e
	d.n++
	d.modCount++
}

// AddLast is Deque.addLast(E).
func (d *ArrayDeque[E]) AddLast(e E) {
	requireNonNullArg(e)
	if d.n == len(d.buf) {
		d.grow()
	}
	d.buf[d.at(d.n)] = e
	d.n++
	d.modCount++
}

// removeAt removes the i-th element (from the head).
func (d *ArrayDeque[E]) removeAt(i int) E {
	zero := Null[E]()
	e := d.buf[d.at(i)]
	for j := i; j < d.n-1; j++ {
		d.buf[d.at(j)] = d.buf[d.at(j+1)]
	}
	d.buf[d.at(d.n-1)] = zero
	d.n--
	d.modCount++
	return e
}

func (d *ArrayDeque[E]) pollFirst() (E, bool) {
	zero := Null[E]()
	if d.n == 0 {
		return zero, false
	}
	e := d.buf[d.head]
	d.buf[d.head] = zero
	d.head = (d.head + 1) % len(d.buf)
	d.n--
	d.modCount++
	return e, true
}

func (d *ArrayDeque[E]) pollLast() (E, bool) {
	zero := Null[E]()
	if d.n == 0 {
		return zero, false
	}
	i := d.at(d.n - 1)
	e := d.buf[i]
	d.buf[i] = zero
	d.n--
	d.modCount++
	return e, true
}

func (d *ArrayDeque[E]) peekAt(i int) (E, bool) {
	if d.n == 0 {
		zero := Null[E]()
		return zero, false
	}
	return d.buf[d.at(i)], true
}

// Size is Collection.size().
func (d *ArrayDeque[E]) Size() int32 { return int32(d.n) }

// IsEmpty is Collection.isEmpty().
func (d *ArrayDeque[E]) IsEmpty() bool { return d.n == 0 }

// Add is Collection.add(E): addLast.
func (d *ArrayDeque[E]) Add(e E) bool {
	d.AddLast(e)
	return true
}

// OfferFirst is Deque.offerFirst(E).
func (d *ArrayDeque[E]) OfferFirst(e E) bool {
	d.AddFirst(e)
	return true
}

// OfferLast is Deque.offerLast(E).
func (d *ArrayDeque[E]) OfferLast(e E) bool {
	d.AddLast(e)
	return true
}

// Offer is Queue.offer(E).
func (d *ArrayDeque[E]) Offer(e E) bool { return d.OfferLast(e) }

// RemoveFirst is Deque.removeFirst(): NoSuchElementException when empty.
func (d *ArrayDeque[E]) RemoveFirst() E { return valueOrThrow(d.pollFirst()) }

// RemoveLast is Deque.removeLast().
func (d *ArrayDeque[E]) RemoveLast() E { return valueOrThrow(d.pollLast()) }

// PollFirst is Deque.pollFirst(): the zero value (null) when empty.
func (d *ArrayDeque[E]) PollFirst() E {
	e, _ := d.pollFirst()
	return e
}

// PollLast is Deque.pollLast().
func (d *ArrayDeque[E]) PollLast() E {
	e, _ := d.pollLast()
	return e
}

// First is Deque.getFirst(): NoSuchElementException when empty.
func (d *ArrayDeque[E]) First() E { return valueOrThrow(d.peekAt(0)) }

// Last is Deque.getLast().
func (d *ArrayDeque[E]) Last() E { return valueOrThrow(d.peekAt(d.n - 1)) }

// PeekFirst is Deque.peekFirst().
func (d *ArrayDeque[E]) PeekFirst() E {
	e, _ := d.peekAt(0)
	return e
}

// PeekLast is Deque.peekLast().
func (d *ArrayDeque[E]) PeekLast() E {
	e, _ := d.peekAt(d.n - 1)
	return e
}

// Poll is Queue.poll().
func (d *ArrayDeque[E]) Poll() E { return d.PollFirst() }

// Peek is Queue.peek().
func (d *ArrayDeque[E]) Peek() E { return d.PeekFirst() }

// Element is Queue.element().
func (d *ArrayDeque[E]) Element() E { return d.First() }

// RemoveHead is Queue.remove().
func (d *ArrayDeque[E]) RemoveHead() E { return d.RemoveFirst() }

// Push is Deque.push(E).
func (d *ArrayDeque[E]) Push(e E) { d.AddFirst(e) }

// Pop is Deque.pop().
func (d *ArrayDeque[E]) Pop() E { return d.RemoveFirst() }

// RemoveFirstOccurrence is Deque.removeFirstOccurrence(Object).
func (d *ArrayDeque[E]) RemoveFirstOccurrence(o any) bool {
	if isNull(o) {
		return false
	}
	for i := 0; i < d.n; i++ {
		if Equals(o, d.buf[d.at(i)]) {
			d.removeAt(i)
			return true
		}
	}
	return false
}

// RemoveLastOccurrence is Deque.removeLastOccurrence(Object).
func (d *ArrayDeque[E]) RemoveLastOccurrence(o any) bool {
	if isNull(o) {
		return false
	}
	for i := d.n - 1; i >= 0; i-- {
		if Equals(o, d.buf[d.at(i)]) {
			d.removeAt(i)
			return true
		}
	}
	return false
}

// Remove is Collection.remove(Object).
func (d *ArrayDeque[E]) Remove(o any) bool { return d.RemoveFirstOccurrence(o) }

// Contains is Collection.contains(Object).
func (d *ArrayDeque[E]) Contains(o any) bool {
	if isNull(o) {
		return false
	}
	for i := 0; i < d.n; i++ {
		if Equals(o, d.buf[d.at(i)]) {
			return true
		}
	}
	return false
}

// Clear is Collection.clear().
func (d *ArrayDeque[E]) Clear() {
	clear(d.buf)
	d.head, d.n = 0, 0
	d.modCount++
}

// ToArray is Collection.toArray(): head to tail.
func (d *ArrayDeque[E]) ToArray() []E {
	out := make([]E, d.n)
	for i := range out {
		out[i] = d.buf[d.at(i)]
	}
	return out
}

// RemoveIf is Collection.removeIf(Predicate).
func (d *ArrayDeque[E]) RemoveIf(filter Predicate[E]) bool {
	requireNonNullArg(filter)
	kept := slices.DeleteFunc(d.ToArray(), filter.Test)
	if len(kept) == d.n {
		return false
	}
	clear(d.buf)
	copy(d.buf, kept)
	d.head, d.n = 0, len(kept)
	d.modCount++
	return true
}

// Iterator is Collection.iterator(): head to tail.
func (d *ArrayDeque[E]) Iterator() Iterator[E] {
	return &adIter[E]{d: d, last: -1, expected: d.modCount}
}

// DescendingIterator is Deque.descendingIterator().
func (d *ArrayDeque[E]) DescendingIterator() Iterator[E] {
	return &adIter[E]{d: d, next: d.n - 1, last: -1, expected: d.modCount, desc: true}
}

// All ranges over the deque as its iterator does.
func (d *ArrayDeque[E]) All() iter.Seq[E] { return IterableAll[E](d) }

// Clone is ArrayDeque.clone().
func (d *ArrayDeque[E]) Clone() *ArrayDeque[E] { return NewArrayDequeFrom[E](d) }

// adIter is ArrayDeque's iterator, by position from the head.
type adIter[E any] struct {
	d          *ArrayDeque[E]
	next, last int
	expected   int32
	desc       bool
}

func (it *adIter[E]) HasNext() bool {
	if it.desc {
		return it.next >= 0
	}
	return it.next < it.d.n
}

func (it *adIter[E]) Next() E {
	if it.d.modCount != it.expected {
		panic(NewConcurrentModificationException())
	}
	if !it.HasNext() {
		panic(NewNoSuchElementException())
	}
	it.last = it.next
	if it.desc {
		it.next--
	} else {
		it.next++
	}
	return it.d.buf[it.d.at(it.last)]
}

func (it *adIter[E]) Remove() {
	if it.last < 0 {
		panic(NewIllegalStateException())
	}
	if it.d.modCount != it.expected {
		panic(NewConcurrentModificationException())
	}
	it.d.removeAt(it.last)
	if !it.desc {
		it.next--
	}
	it.last = -1
	it.expected = it.d.modCount
}

func (it *adIter[E]) ForEachRemaining(action Consumer[E]) { IteratorForEachRemaining[E](it, action) }
