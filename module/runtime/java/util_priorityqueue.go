package java

import "iter"

// PriorityQueue is java.util.PriorityQueue<E>: Java's binary heap (the same sift-up,
// sift-down, heapify and removal), so its array order (iteration, toString, toArray) is
// Java's. Null elements throw NullPointerException.
type PriorityQueue[E any] struct {
	abstractCollection[E]
	queue      []E
	comparator Comparator[E]
	cmp        func(a, b E) int32
	modCount   int32
}

// NewPriorityQueue is the constructor PriorityQueue(): natural ordering.
func NewPriorityQueue[E any]() *PriorityQueue[E] { return NewPriorityQueueWith[E](nil) }

// NewPriorityQueueCap is the constructor PriorityQueue(int initialCapacity).
func NewPriorityQueueCap[E any](initialCapacity int32) *PriorityQueue[E] {
	return NewPriorityQueueCapWith[E](initialCapacity, nil)
}

// NewPriorityQueueWith is the constructor PriorityQueue(Comparator).
func NewPriorityQueueWith[E any](comparator Comparator[E]) *PriorityQueue[E] {
	return NewPriorityQueueCapWith(11, comparator)
}

// NewPriorityQueueCapWith is the constructor PriorityQueue(int, Comparator).
func NewPriorityQueueCapWith[E any](initialCapacity int32, comparator Comparator[E]) *PriorityQueue[E] {
	if initialCapacity < 1 {
		panic(NewIllegalArgumentException())
	}
	q := &PriorityQueue[E]{queue: make([]E, 0, initialCapacity), comparator: comparator}
	q.cmp = comparatorOrNatural(comparator).Compare
	q.self = q
	return q
}

// NewPriorityQueueFrom is the constructor PriorityQueue(Collection<? extends E>): a
// SortedSet or PriorityQueue keeps its comparator and order, anything else is heapified.
func NewPriorityQueueFrom[E any](c Collection[E]) *PriorityQueue[E] {
	requireNonNullCollection(c)
	var q *PriorityQueue[E]
	switch src := c.(type) {
	case SortedSet[E]:
		q = NewPriorityQueueWith(src.Comparator())
		q.queue = src.ToArray()
	case *PriorityQueue[E]:
		q = NewPriorityQueueWith(src.comparator)
		q.queue = src.ToArray()
	default:
		q = NewPriorityQueue[E]()
		q.queue = c.ToArray()
		q.heapify()
	}
	for _, e := range q.queue {
		requireNonNullArg(e)
	}
	return q
}

func (q *PriorityQueue[E]) siftUp(k int, x E) {
	es := q.queue
	for k > 0 {
		parent := (k - 1) >> 1
		e := es[parent]
		if q.cmp(x, e) >= 0 {
			break
		}
		es[k] = e
		k = parent
	}
	es[k] = x
}

func (q *PriorityQueue[E]) siftDown(k int, x E) {
	es, n := q.queue, len(q.queue)
	half := n >> 1
	for k < half {
		child := (k << 1) + 1
		c := es[child]
		if right := child + 1; right < n && q.cmp(c, es[right]) > 0 {
			child = right
			c = es[child]
		}
		if q.cmp(x, c) <= 0 {
			break
		}
		es[k] = c
		k = child
	}
	es[k] = x
}

func (q *PriorityQueue[E]) heapify() {
	for i := (len(q.queue) >> 1) - 1; i >= 0; i-- {
		q.siftDown(i, q.queue[i])
	}
}

// Offer is Queue.offer(E).
func (q *PriorityQueue[E]) Offer(e E) bool {
	requireNonNullArg(e)
	q.modCount++
	zero := Null[E]()
	q.queue = append(q.queue, zero)
	q.siftUp(len(q.queue)-1, e)
	return true
}

// Add is Collection.add(E).
func (q *PriorityQueue[E]) Add(e E) bool { return q.Offer(e) }

// Peek is Queue.peek(): the least element, the zero value (null) when empty.
func (q *PriorityQueue[E]) Peek() E {
	if len(q.queue) == 0 {
		zero := Null[E]()
		return zero
	}
	return q.queue[0]
}

// Poll is Queue.poll(): removes the least element.
func (q *PriorityQueue[E]) Poll() E {
	zero := Null[E]()
	if len(q.queue) == 0 {
		return zero
	}
	result := q.queue[0]
	q.modCount++
	n := len(q.queue) - 1
	x := q.queue[n]
	q.queue[n] = zero
	q.queue = q.queue[:n]
	if n > 0 {
		q.siftDown(0, x)
	}
	return result
}

// Element is Queue.element(): NoSuchElementException when empty.
func (q *PriorityQueue[E]) Element() E {
	if len(q.queue) == 0 {
		panic(NewNoSuchElementException())
	}
	return q.queue[0]
}

// RemoveHead is Queue.remove(): NoSuchElementException when empty.
func (q *PriorityQueue[E]) RemoveHead() E {
	if len(q.queue) == 0 {
		panic(NewNoSuchElementException())
	}
	return q.Poll()
}

// removeAt is PriorityQueue.removeAt: the element moved from the end to before i, if
// one was (the iterator must still visit it).
func (q *PriorityQueue[E]) removeAt(i int) (moved E, wasMoved bool) {
	zero := Null[E]()
	q.modCount++
	s := len(q.queue) - 1
	if s == i {
		q.queue[i] = zero
		q.queue = q.queue[:s]
		return zero, false
	}
	m := q.queue[s]
	q.queue[s] = zero
	q.queue = q.queue[:s]
	q.siftDown(i, m)
	if Same(q.queue[i], m) {
		q.siftUp(i, m)
		if !Same(q.queue[i], m) {
			return m, true
		}
	}
	return zero, false
}

// Remove is Collection.remove(Object).
func (q *PriorityQueue[E]) Remove(o any) bool {
	for i, e := range q.queue {
		if Equals(o, e) {
			q.removeAt(i)
			return true
		}
	}
	return false
}

// Contains is Collection.contains(Object).
func (q *PriorityQueue[E]) Contains(o any) bool {
	for _, e := range q.queue {
		if Equals(o, e) {
			return true
		}
	}
	return false
}

// Size is Collection.size().
func (q *PriorityQueue[E]) Size() int32 { return int32(len(q.queue)) }

// IsEmpty is Collection.isEmpty().
func (q *PriorityQueue[E]) IsEmpty() bool { return len(q.queue) == 0 }

// Clear is Collection.clear().
func (q *PriorityQueue[E]) Clear() {
	q.modCount++
	clear(q.queue)
	q.queue = q.queue[:0]
}

// ToArray is Collection.toArray(): the heap's array order.
func (q *PriorityQueue[E]) ToArray() []E { return append([]E{}, q.queue...) }

// Comparator is PriorityQueue.comparator(): nil for natural ordering.
func (q *PriorityQueue[E]) Comparator() Comparator[E] { return q.comparator }

// RemoveIf is Collection.removeIf(Predicate): survivors keep their order, then heapify.
func (q *PriorityQueue[E]) RemoveIf(filter Predicate[E]) bool {
	requireNonNullArg(filter)
	return q.bulkRemove(filter.Test)
}

// RemoveAll is Collection.removeAll(Collection<?>).
func (q *PriorityQueue[E]) RemoveAll(c any) bool {
	requireNonNullCollection(c)
	return q.bulkRemove(func(e E) bool { return containsAny(c, e) })
}

// RetainAll is Collection.retainAll(Collection<?>).
func (q *PriorityQueue[E]) RetainAll(c any) bool {
	requireNonNullCollection(c)
	return q.bulkRemove(func(e E) bool { return !containsAny(c, e) })
}

func (q *PriorityQueue[E]) bulkRemove(drop func(E) bool) bool {
	expected := q.modCount
	dead := make([]bool, len(q.queue))
	anyDead := false
	for i, e := range q.queue {
		if drop(e) {
			dead[i], anyDead = true, true
		}
	}
	if q.modCount != expected {
		panic(NewConcurrentModificationException())
	}
	if !anyDead {
		return false
	}
	w := 0
	for i, e := range q.queue {
		if !dead[i] {
			q.queue[w] = e
			w++
		}
	}
	clear(q.queue[w:])
	q.queue = q.queue[:w]
	q.modCount++
	q.heapify()
	return true
}

// Iterator is Collection.iterator(): the array order; elements moved behind the iterator
// by its remove are visited at the end, as Java's forgetMeNot.
func (q *PriorityQueue[E]) Iterator() Iterator[E] {
	return &pqIter[E]{q: q, lastRet: -1, expected: q.modCount}
}

// All ranges over the queue as its iterator does.
func (q *PriorityQueue[E]) All() iter.Seq[E] { return IterableAll[E](q) }

// ForEach is Iterable.forEach(Consumer).
func (q *PriorityQueue[E]) ForEach(action Consumer[E]) {
	requireNonNullArg(action)
	expected := q.modCount
	for _, e := range q.queue {
		action.Accept(e)
	}
	if expected != q.modCount {
		panic(NewConcurrentModificationException())
	}
}

// pqIter is PriorityQueue.Itr.
type pqIter[E any] struct {
	q           *PriorityQueue[E]
	cursor      int
	lastRet     int
	forgetMeNot []E
	lastRetElt  *E
	expected    int32
}

func (it *pqIter[E]) HasNext() bool {
	return it.cursor < len(it.q.queue) || len(it.forgetMeNot) > 0
}

func (it *pqIter[E]) Next() E {
	if it.expected != it.q.modCount {
		panic(NewConcurrentModificationException())
	}
	if it.cursor < len(it.q.queue) {
		it.lastRet = it.cursor
		it.cursor++
		return it.q.queue[it.lastRet]
	}
	if len(it.forgetMeNot) > 0 {
		it.lastRet = -1
		e := it.forgetMeNot[0]
		it.forgetMeNot = it.forgetMeNot[1:]
		it.lastRetElt = &e
		return e
	}
	panic(NewNoSuchElementException())
}

func (it *pqIter[E]) Remove() {
	if it.expected != it.q.modCount {
		panic(NewConcurrentModificationException())
	}
	switch {
	case it.lastRet != -1:
		moved, wasMoved := it.q.removeAt(it.lastRet)
		it.lastRet = -1
		if !wasMoved {
			it.cursor--
		} else {
			it.forgetMeNot = append(it.forgetMeNot, moved)
		}
	case it.lastRetElt != nil:
		it.q.removeEq(*it.lastRetElt)
		it.lastRetElt = nil
	default:
		panic(NewIllegalStateException())
	}
	it.expected = it.q.modCount
}

func (it *pqIter[E]) ForEachRemaining(action Consumer[E]) { IteratorForEachRemaining[E](it, action) }

// removeEq removes the element identical to o (PriorityQueue.removeEq).
func (q *PriorityQueue[E]) removeEq(o E) {
	for i, e := range q.queue {
		if Same(o, e) {
			q.removeAt(i)
			return
		}
	}
}
