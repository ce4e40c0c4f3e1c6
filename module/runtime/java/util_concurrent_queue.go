package java

import (
	"iter"
	"math"
	"sync"
	"time"
)

// The thread-safe queues of java.util.concurrent: ConcurrentLinkedQueue,
// ConcurrentLinkedDeque, LinkedBlockingQueue and LinkedBlockingDeque, on one locked
// doubly-linked list. Their iterators are weakly consistent as Java's: they never throw
// ConcurrentModificationException, see the elements present when they reach them, and
// continue past an element removed under them. Blocking methods park through the
// runtime's park, so Thread.interrupt ends them with InterruptedException. Null elements
// throw NullPointerException.

// BlockingQueue is java.util.concurrent.BlockingQueue<E>.
type BlockingQueue[E any] interface {
	Queue[E]
	// Put is BlockingQueue.put(E): waits for room.
	Put(e E)
	// OfferTimeout is BlockingQueue.offer(E, long, TimeUnit): waits up to the timeout.
	OfferTimeout(e E, timeout int64, unit *TimeUnit) bool
	// Take is BlockingQueue.take(): waits for an element.
	Take() E
	// PollTimeout is BlockingQueue.poll(long, TimeUnit): the zero value (null) on timeout.
	PollTimeout(timeout int64, unit *TimeUnit) E
	// RemainingCapacity is BlockingQueue.remainingCapacity().
	RemainingCapacity() int32
	// DrainTo is BlockingQueue.drainTo(Collection).
	DrainTo(c Collection[E]) int32
	// DrainToMax is BlockingQueue.drainTo(Collection, int).
	DrainToMax(c Collection[E], maxElements int32) int32
}

// BlockingDeque is java.util.concurrent.BlockingDeque<E>.
type BlockingDeque[E any] interface {
	BlockingQueue[E]
	Deque[E]
	// PutFirst is BlockingDeque.putFirst(E).
	PutFirst(e E)
	// PutLast is BlockingDeque.putLast(E).
	PutLast(e E)
	// TakeFirst is BlockingDeque.takeFirst().
	TakeFirst() E
	// TakeLast is BlockingDeque.takeLast().
	TakeLast() E
}

// lqNode is an element of a lockedList; a removed node keeps its next pointer so that an
// iterator standing on it can go on.
type lqNode[E any] struct {
	item       E
	prev, next *lqNode[E]
	removed    bool
}

// lockedList is the body of the concurrent queues: a list under a mutex, with a capacity
// and a broadcast channel closed (and replaced) at every change, for the waiters.
type lockedList[E any] struct {
	abstractCollection[E]
	mu         sync.Mutex
	head, tail *lqNode[E]
	size       int32
	capacity   int32
	changed    chan struct{}
}

func (q *lockedList[E]) init(self Collection[E], capacity int32) {
	if capacity <= 0 {
		panic(NewIllegalArgumentException())
	}
	q.self = self
	q.capacity = capacity
	q.changed = make(chan struct{})
}

// signal wakes every waiter (called with mu held).
func (q *lockedList[E]) signal() {
	close(q.changed)
	q.changed = make(chan struct{})
}

func (q *lockedList[E]) linkLast(e E) bool {
	if q.size >= q.capacity {
		return false
	}
	n := &lqNode[E]{item: e, prev: q.tail}
	if q.tail == nil {
		q.head = n
	} else {
		q.tail.next = n
	}
	q.tail = n
	q.size++
	q.signal()
	return true
}

func (q *lockedList[E]) linkFirst(e E) bool {
	if q.size >= q.capacity {
		return false
	}
	n := &lqNode[E]{item: e, next: q.head}
	if q.head == nil {
		q.tail = n
	} else {
		q.head.prev = n
	}
	q.head = n
	q.size++
	q.signal()
	return true
}

func (q *lockedList[E]) unlink(n *lqNode[E]) {
	if n.prev == nil {
		q.head = n.next
	} else {
		n.prev.next = n.next
	}
	if n.next == nil {
		q.tail = n.prev
	} else {
		n.next.prev = n.prev
	}
	n.removed = true
	q.size--
	q.signal()
}

// wait parks until the list changes or the deadline passes; mu is held on entry and on
// return. False when the deadline passed.
func (q *lockedList[E]) wait(deadline time.Time, timed bool) bool {
	ch := q.changed
	d := time.Duration(-1)
	if timed {
		if d = time.Until(deadline); d <= 0 {
			return false
		}
	}
	q.mu.Unlock()
	r := parkCurrent(ch, d)
	q.mu.Lock()
	if r == parkInterrupted {
		q.mu.Unlock()
		panic(NewInterruptedException())
	}
	return r != parkTimedOut
}

// take removes the first (or last) element, waiting for one as long as allowed.
func (q *lockedList[E]) take(last, timed bool, d time.Duration) (E, bool) {
	deadline := time.Now().Add(d)
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.size == 0 {
		if !q.wait(deadline, timed) && q.size == 0 {
			zero := Null[E]()
			return zero, false
		}
	}
	n := q.head
	if last {
		n = q.tail
	}
	q.unlink(n)
	return n.item, true
}

// put adds an element at the end (or the front), waiting for room as long as allowed.
func (q *lockedList[E]) put(e E, first, timed bool, d time.Duration) bool {
	requireNonNullArg(e)
	deadline := time.Now().Add(d)
	q.mu.Lock()
	defer q.mu.Unlock()
	for q.size >= q.capacity {
		if !q.wait(deadline, timed) && q.size >= q.capacity {
			return false
		}
	}
	if first {
		return q.linkFirst(e)
	}
	return q.linkLast(e)
}

func (q *lockedList[E]) offerLast(e E) bool {
	requireNonNullArg(e)
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.linkLast(e)
}

func (q *lockedList[E]) offerFirst(e E) bool {
	requireNonNullArg(e)
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.linkFirst(e)
}

// pollEnd removes the first (or last) element without waiting.
func (q *lockedList[E]) pollEnd(last bool) (E, bool) { return q.take(last, true, 0) }

// peekEnd reads the first (or last) element.
func (q *lockedList[E]) peekEnd(last bool) (E, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	n := q.head
	if last {
		n = q.tail
	}
	if n == nil {
		zero := Null[E]()
		return zero, false
	}
	return n.item, true
}

// valueOrThrow is e, or NoSuchElementException when there was none.
func valueOrThrow[E any](e E, ok bool) E {
	if !ok {
		panic(NewNoSuchElementException())
	}
	return e
}

// Size is Collection.size().
func (q *lockedList[E]) Size() int32 {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.size
}

// IsEmpty is Collection.isEmpty().
func (q *lockedList[E]) IsEmpty() bool { return q.Size() == 0 }

// Contains is Collection.contains(Object).
func (q *lockedList[E]) Contains(o any) bool {
	if isNull(o) {
		return false
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	for n := q.head; n != nil; n = n.next {
		if Equals(o, n.item) {
			return true
		}
	}
	return false
}

// removeOccurrence removes the first (or last) element equal to o.
func (q *lockedList[E]) removeOccurrence(o any, last bool) bool {
	if isNull(o) {
		return false
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	if last {
		for n := q.tail; n != nil; n = n.prev {
			if Equals(o, n.item) {
				q.unlink(n)
				return true
			}
		}
		return false
	}
	for n := q.head; n != nil; n = n.next {
		if Equals(o, n.item) {
			q.unlink(n)
			return true
		}
	}
	return false
}

// Remove is Collection.remove(Object).
func (q *lockedList[E]) Remove(o any) bool { return q.removeOccurrence(o, false) }

// Add is Queue.add(E): IllegalStateException "Queue full" for a full bounded queue.
func (q *lockedList[E]) Add(e E) bool {
	if !q.offerLast(e) {
		panic(NewIllegalStateException2("Queue full"))
	}
	return true
}

// AddAll is Collection.addAll(Collection): IllegalArgumentException for the queue itself.
func (q *lockedList[E]) AddAll(c Collection[E]) bool {
	requireNonNullCollection(c)
	if isSameObject(c, q.self) {
		panic(NewIllegalArgumentException())
	}
	changed := false
	for _, e := range c.ToArray() {
		q.Add(e)
		changed = true
	}
	return changed
}

// RemoveIf is Collection.removeIf(Predicate) (the predicate runs unlocked).
func (q *lockedList[E]) RemoveIf(filter Predicate[E]) bool {
	requireNonNullArg(filter)
	removed := false
	for _, n := range q.nodes() {
		if filter.Test(n.item) {
			q.mu.Lock()
			if !n.removed {
				q.unlink(n)
				removed = true
			}
			q.mu.Unlock()
		}
	}
	return removed
}

// Clear is Collection.clear().
func (q *lockedList[E]) Clear() {
	q.mu.Lock()
	defer q.mu.Unlock()
	for n := q.head; n != nil; n = n.next {
		n.removed = true
	}
	q.head, q.tail, q.size = nil, nil, 0
	q.signal()
}

// ToArray is Collection.toArray(): a snapshot.
func (q *lockedList[E]) ToArray() []E {
	q.mu.Lock()
	defer q.mu.Unlock()
	out := make([]E, 0, q.size)
	for n := q.head; n != nil; n = n.next {
		out = append(out, n.item)
	}
	return out
}

// nodes is a snapshot of the live nodes.
func (q *lockedList[E]) nodes() []*lqNode[E] {
	q.mu.Lock()
	defer q.mu.Unlock()
	out := make([]*lqNode[E], 0, q.size)
	for n := q.head; n != nil; n = n.next {
		out = append(out, n)
	}
	return out
}

// Iterator is Collection.iterator(): weakly consistent.
func (q *lockedList[E]) Iterator() Iterator[E] { return q.iter(false) }

func (q *lockedList[E]) iter(desc bool) *lqIter[E] {
	it := &lqIter[E]{q: q, desc: desc}
	q.mu.Lock()
	defer q.mu.Unlock()
	it.next = q.head
	if desc {
		it.next = q.tail
	}
	return it
}

// All ranges over the queue, weakly consistent as the iterator.
func (q *lockedList[E]) All() iter.Seq[E] {
	return func(yield func(E) bool) {
		it := q.iter(false)
		for it.HasNext() {
			if !yield(it.Next()) {
				return
			}
		}
	}
}

// ForEach is Iterable.forEach(Consumer).
func (q *lockedList[E]) ForEach(action Consumer[E]) {
	requireNonNullArg(action)
	for e := range q.All() {
		action.Accept(e)
	}
}

// unsizedStream: stream() is not SIZED, as the concurrent queues' spliterators.
func (q *lockedList[E]) unsizedStream() {}

// String is AbstractCollection.toString(), of a snapshot.
func (q *lockedList[E]) String() string { return seqString(iterSlice(q.ToArray()), q.self) }

func iterSlice[E any](a []E) iter.Seq[E] {
	return func(yield func(E) bool) {
		for _, e := range a {
			if !yield(e) {
				return
			}
		}
	}
}

// lqIter is the weakly consistent iterator of a lockedList.
type lqIter[E any] struct {
	q          *lockedList[E]
	next, last *lqNode[E]
	desc       bool
}

// advance skips removed nodes (called with mu held).
func (it *lqIter[E]) advance() {
	for it.next != nil && it.next.removed {
		if it.desc {
			it.next = it.next.prev
		} else {
			it.next = it.next.next
		}
	}
}

func (it *lqIter[E]) HasNext() bool {
	it.q.mu.Lock()
	defer it.q.mu.Unlock()
	it.advance()
	return it.next != nil
}

func (it *lqIter[E]) Next() E {
	it.q.mu.Lock()
	defer it.q.mu.Unlock()
	it.advance()
	n := it.next
	if n == nil {
		panic(NewNoSuchElementException())
	}
	it.last = n
	if it.desc {
		it.next = n.prev
	} else {
		it.next = n.next
	}
	return n.item
}

func (it *lqIter[E]) Remove() {
	if it.last == nil {
		panic(NewIllegalStateException())
	}
	it.q.mu.Lock()
	defer it.q.mu.Unlock()
	if !it.last.removed {
		it.q.unlink(it.last)
	}
	it.last = nil
}

func (it *lqIter[E]) ForEachRemaining(action Consumer[E]) { IteratorForEachRemaining[E](it, action) }

// lockedQueue adds Queue's and Deque's methods to a lockedList.
type lockedQueue[E any] struct {
	lockedList[E]
}

// Offer is Queue.offer(E).
func (q *lockedQueue[E]) Offer(e E) bool { return q.offerLast(e) }

// Poll is Queue.poll(): the zero value (null) when empty.
func (q *lockedQueue[E]) Poll() E {
	e, _ := q.pollEnd(false)
	return e
}

// Peek is Queue.peek().
func (q *lockedQueue[E]) Peek() E {
	e, _ := q.peekEnd(false)
	return e
}

// Element is Queue.element(): NoSuchElementException when empty.
func (q *lockedQueue[E]) Element() E { return valueOrThrow(q.peekEnd(false)) }

// RemoveHead is Queue.remove(): NoSuchElementException when empty.
func (q *lockedQueue[E]) RemoveHead() E { return valueOrThrow(q.pollEnd(false)) }

// dequeOps adds Deque's methods to a queue over the lockedList l.
type dequeOps[E any] struct {
	l *lockedList[E]
}

// AddFirst is Deque.addFirst(E).
func (d *dequeOps[E]) AddFirst(e E) {
	if !d.l.offerFirst(e) {
		panic(NewIllegalStateException2("Deque full"))
	}
}

// AddLast is Deque.addLast(E).
func (d *dequeOps[E]) AddLast(e E) {
	if !d.l.offerLast(e) {
		panic(NewIllegalStateException2("Deque full"))
	}
}

// OfferFirst is Deque.offerFirst(E).
func (d *dequeOps[E]) OfferFirst(e E) bool { return d.l.offerFirst(e) }

// OfferLast is Deque.offerLast(E).
func (d *dequeOps[E]) OfferLast(e E) bool { return d.l.offerLast(e) }

// RemoveFirst is Deque.removeFirst().
func (d *dequeOps[E]) RemoveFirst() E { return valueOrThrow(d.l.pollEnd(false)) }

// RemoveLast is Deque.removeLast().
func (d *dequeOps[E]) RemoveLast() E { return valueOrThrow(d.l.pollEnd(true)) }

// PollFirst is Deque.pollFirst().
func (d *dequeOps[E]) PollFirst() E {
	e, _ := d.l.pollEnd(false)
	return e
}

// PollLast is Deque.pollLast().
func (d *dequeOps[E]) PollLast() E {
	e, _ := d.l.pollEnd(true)
	return e
}

// First is Deque.getFirst().
func (d *dequeOps[E]) First() E { return valueOrThrow(d.l.peekEnd(false)) }

// Last is Deque.getLast().
func (d *dequeOps[E]) Last() E { return valueOrThrow(d.l.peekEnd(true)) }

// PeekFirst is Deque.peekFirst().
func (d *dequeOps[E]) PeekFirst() E {
	e, _ := d.l.peekEnd(false)
	return e
}

// PeekLast is Deque.peekLast().
func (d *dequeOps[E]) PeekLast() E {
	e, _ := d.l.peekEnd(true)
	return e
}

// RemoveFirstOccurrence is Deque.removeFirstOccurrence(Object).
func (d *dequeOps[E]) RemoveFirstOccurrence(o any) bool { return d.l.removeOccurrence(o, false) }

// RemoveLastOccurrence is Deque.removeLastOccurrence(Object).
func (d *dequeOps[E]) RemoveLastOccurrence(o any) bool { return d.l.removeOccurrence(o, true) }

// Push is Deque.push(E).
func (d *dequeOps[E]) Push(e E) { d.AddFirst(e) }

// Pop is Deque.pop().
func (d *dequeOps[E]) Pop() E { return d.RemoveFirst() }

// DescendingIterator is Deque.descendingIterator().
func (d *dequeOps[E]) DescendingIterator() Iterator[E] { return d.l.iter(true) }

// ConcurrentLinkedQueue is java.util.concurrent.ConcurrentLinkedQueue<E>.
type ConcurrentLinkedQueue[E any] struct {
	lockedQueue[E]
}

// NewConcurrentLinkedQueue is the constructor ConcurrentLinkedQueue().
func NewConcurrentLinkedQueue[E any]() *ConcurrentLinkedQueue[E] {
	q := &ConcurrentLinkedQueue[E]{}
	q.init(q, math.MaxInt32)
	return q
}

// NewConcurrentLinkedQueueFrom is the constructor ConcurrentLinkedQueue(Collection).
func NewConcurrentLinkedQueueFrom[E any](c Collection[E]) *ConcurrentLinkedQueue[E] {
	q := NewConcurrentLinkedQueue[E]()
	q.AddAll(c)
	return q
}

// ConcurrentLinkedDeque is java.util.concurrent.ConcurrentLinkedDeque<E>.
type ConcurrentLinkedDeque[E any] struct {
	lockedQueue[E]
	dequeOps[E]
}

// NewConcurrentLinkedDeque is the constructor ConcurrentLinkedDeque().
func NewConcurrentLinkedDeque[E any]() *ConcurrentLinkedDeque[E] {
	q := &ConcurrentLinkedDeque[E]{}
	q.init(q, math.MaxInt32)
	q.l = &q.lockedList
	return q
}

// NewConcurrentLinkedDequeFrom is the constructor ConcurrentLinkedDeque(Collection).
func NewConcurrentLinkedDequeFrom[E any](c Collection[E]) *ConcurrentLinkedDeque[E] {
	q := NewConcurrentLinkedDeque[E]()
	q.AddAll(c)
	return q
}

// blockingOps are BlockingQueue's methods over a lockedQueue.
type blockingOps[E any] struct {
	lockedQueue[E]
}

// Put is BlockingQueue.put(E).
func (q *blockingOps[E]) Put(e E) { q.put(e, false, false, 0) }

// OfferTimeout is BlockingQueue.offer(E, long, TimeUnit).
func (q *blockingOps[E]) OfferTimeout(e E, timeout int64, unit *TimeUnit) bool {
	return q.put(e, false, true, nanosDuration(unit.ToNanos(timeout)))
}

// Take is BlockingQueue.take().
func (q *blockingOps[E]) Take() E {
	e, _ := q.take(false, false, 0)
	return e
}

// PollTimeout is BlockingQueue.poll(long, TimeUnit).
func (q *blockingOps[E]) PollTimeout(timeout int64, unit *TimeUnit) E {
	e, _ := q.take(false, true, nanosDuration(unit.ToNanos(timeout)))
	return e
}

// RemainingCapacity is BlockingQueue.remainingCapacity().
func (q *blockingOps[E]) RemainingCapacity() int32 {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.capacity - q.size
}

// DrainTo is BlockingQueue.drainTo(Collection).
func (q *blockingOps[E]) DrainTo(c Collection[E]) int32 { return q.DrainToMax(c, math.MaxInt32) }

// DrainToMax is BlockingQueue.drainTo(Collection, int).
func (q *blockingOps[E]) DrainToMax(c Collection[E], maxElements int32) int32 {
	requireNonNullCollection(c)
	if isSameObject(c, q.self) {
		panic(NewIllegalArgumentException())
	}
	n := int32(0)
	for ; n < maxElements; n++ {
		e, ok := q.pollEnd(false)
		if !ok {
			break
		}
		c.Add(e)
	}
	return n
}

// PutFirst is BlockingDeque.putFirst(E).
func (q *LinkedBlockingDeque[E]) PutFirst(e E) { q.put(e, true, false, 0) }

// PutLast is BlockingDeque.putLast(E).
func (q *LinkedBlockingDeque[E]) PutLast(e E) { q.put(e, false, false, 0) }

// TakeFirst is BlockingDeque.takeFirst().
func (q *LinkedBlockingDeque[E]) TakeFirst() E { return q.Take() }

// TakeLast is BlockingDeque.takeLast().
func (q *LinkedBlockingDeque[E]) TakeLast() E {
	e, _ := q.take(true, false, 0)
	return e
}

// LinkedBlockingQueue is java.util.concurrent.LinkedBlockingQueue<E>.
type LinkedBlockingQueue[E any] struct {
	blockingOps[E]
}

// NewLinkedBlockingQueue is the constructor LinkedBlockingQueue(): unbounded
// (Integer.MAX_VALUE).
func NewLinkedBlockingQueue[E any]() *LinkedBlockingQueue[E] {
	return NewLinkedBlockingQueueCap[E](math.MaxInt32)
}

// NewLinkedBlockingQueueCap is the constructor LinkedBlockingQueue(int capacity).
func NewLinkedBlockingQueueCap[E any](capacity int32) *LinkedBlockingQueue[E] {
	q := &LinkedBlockingQueue[E]{}
	q.init(q, capacity)
	return q
}

// NewLinkedBlockingQueueFrom is the constructor LinkedBlockingQueue(Collection).
func NewLinkedBlockingQueueFrom[E any](c Collection[E]) *LinkedBlockingQueue[E] {
	q := NewLinkedBlockingQueue[E]()
	q.AddAll(c)
	return q
}

// LinkedBlockingDeque is java.util.concurrent.LinkedBlockingDeque<E>.
type LinkedBlockingDeque[E any] struct {
	blockingOps[E]
	dequeOps[E]
}

// NewLinkedBlockingDeque is the constructor LinkedBlockingDeque().
func NewLinkedBlockingDeque[E any]() *LinkedBlockingDeque[E] {
	return NewLinkedBlockingDequeCap[E](math.MaxInt32)
}

// NewLinkedBlockingDequeCap is the constructor LinkedBlockingDeque(int capacity).
func NewLinkedBlockingDequeCap[E any](capacity int32) *LinkedBlockingDeque[E] {
	q := &LinkedBlockingDeque[E]{}
	q.init(q, capacity)
	q.l = &q.lockedList
	return q
}
