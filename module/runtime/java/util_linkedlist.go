package java

import "iter"

// LinkedList is java.util.LinkedList<E>: a doubly-linked List and Deque with Java's
// fail-fast list iterator (hasNext is nextIndex < size, so removing the last element while
// standing on it ends a for-each loop quietly, as in Java).
type LinkedList[E any] struct {
	abstractList[E]
	first, last *llNode[E]
	size        int32
}

type llNode[E any] struct {
	item       E
	prev, next *llNode[E]
}

// NewLinkedList is the constructor LinkedList().
func NewLinkedList[E any]() *LinkedList[E] {
	l := &LinkedList[E]{}
	l.initList(l)
	return l
}

// NewLinkedListFrom is the constructor LinkedList(Collection<? extends E>).
func NewLinkedListFrom[E any](c Collection[E]) *LinkedList[E] {
	l := NewLinkedList[E]()
	l.AddAll(c)
	return l
}

func (l *LinkedList[E]) linkLast(e E) {
	n := &llNode[E]{item: e, prev: l.last}
	if l.last == nil {
		l.first = n
	} else {
		l.last.next = n
	}
	l.last = n
	l.size++
	l.modCount++
}

func (l *LinkedList[E]) linkFirst(e E) {
	n := &llNode[E]{item: e, next: l.first}
	if l.first == nil {
		l.last = n
	} else {
		l.first.prev = n
	}
	l.first = n
	l.size++
	l.modCount++
}

func (l *LinkedList[E]) linkBefore(e E, succ *llNode[E]) {
	pred := succ.prev
	n := &llNode[E]{item: e, prev: pred, next: succ}
	succ.prev = n
	if pred == nil {
		l.first = n
	} else {
		pred.next = n
	}
	l.size++
	l.modCount++
}

func (l *LinkedList[E]) unlink(n *llNode[E]) E {
	if n.prev == nil {
		l.first = n.next
	} else {
		n.prev.next = n.next
	}
	if n.next == nil {
		l.last = n.prev
	} else {
		n.next.prev = n.prev
	}
	n.prev, n.next = nil, nil
	l.size--
	l.modCount++
	return n.item
}

// node is LinkedList.node(int): walks from the nearer end.
func (l *LinkedList[E]) node(index int32) *llNode[E] {
	if index < l.size>>1 {
		x := l.first
		for i := int32(0); i < index; i++ {
			x = x.next
		}
		return x
	}
	x := l.last
	for i := l.size - 1; i > index; i-- {
		x = x.prev
	}
	return x
}

// Size is List.size().
func (l *LinkedList[E]) Size() int32 { return l.size }

// Get is List.get(int).
func (l *LinkedList[E]) Get(index int32) E {
	checkListIndex(index, l.size)
	return l.node(index).item
}

// Set is List.set(int, E).
func (l *LinkedList[E]) Set(index int32, e E) E {
	checkListIndex(index, l.size)
	n := l.node(index)
	old := n.item
	n.item = e
	return old
}

// Add is List.add(E): appends.
func (l *LinkedList[E]) Add(e E) bool {
	l.linkLast(e)
	return true
}

// AddAt is List.add(int, E).
func (l *LinkedList[E]) AddAt(index int32, e E) {
	checkPositionIndex(index, l.size)
	if index == l.size {
		l.linkLast(e)
	} else {
		l.linkBefore(e, l.node(index))
	}
}

// RemoveAt is List.remove(int).
func (l *LinkedList[E]) RemoveAt(index int32) E {
	checkListIndex(index, l.size)
	return l.unlink(l.node(index))
}

// Remove is List.remove(Object): the first equal element.
func (l *LinkedList[E]) Remove(o any) bool { return l.RemoveFirstOccurrence(o) }

// IndexOf is List.indexOf(Object).
func (l *LinkedList[E]) IndexOf(o any) int32 {
	i := int32(0)
	for x := l.first; x != nil; x = x.next {
		if Equals(o, x.item) {
			return i
		}
		i++
	}
	return -1
}

// LastIndexOf is List.lastIndexOf(Object).
func (l *LinkedList[E]) LastIndexOf(o any) int32 {
	i := l.size
	for x := l.last; x != nil; x = x.prev {
		i--
		if Equals(o, x.item) {
			return i
		}
	}
	return -1
}

// Contains is Collection.contains(Object).
func (l *LinkedList[E]) Contains(o any) bool { return l.IndexOf(o) >= 0 }

// AddAll is Collection.addAll(Collection).
func (l *LinkedList[E]) AddAll(c Collection[E]) bool { return l.AddAllAt(l.size, c) }

// AddAllAt is List.addAll(int, Collection): one modification.
func (l *LinkedList[E]) AddAllAt(index int32, c Collection[E]) bool {
	checkPositionIndex(index, l.size)
	requireNonNullCollection(c)
	a := c.ToArray()
	if len(a) == 0 {
		return false
	}
	mc := l.modCount
	if index == l.size {
		for _, e := range a {
			l.linkLast(e)
		}
	} else {
		succ := l.node(index)
		for _, e := range a {
			l.linkBefore(e, succ)
		}
	}
	l.modCount = mc + 1
	return true
}

// Clear is List.clear().
func (l *LinkedList[E]) Clear() {
	for x := l.first; x != nil; {
		next := x.next
		x.prev, x.next = nil, nil
		x = next
	}
	l.first, l.last, l.size = nil, nil, 0
	l.modCount++
}

// ToArray is Collection.toArray().
func (l *LinkedList[E]) ToArray() []E {
	out := make([]E, 0, l.size)
	for x := l.first; x != nil; x = x.next {
		out = append(out, x.item)
	}
	return out
}

// Iterator is List.iterator().
func (l *LinkedList[E]) Iterator() Iterator[E] { return l.listItr(0) }

// ListIterator is List.listIterator().
func (l *LinkedList[E]) ListIterator() ListIterator[E] { return l.listItr(0) }

// ListIteratorAt is List.listIterator(int).
func (l *LinkedList[E]) ListIteratorAt(index int32) ListIterator[E] {
	checkPositionIndex(index, l.size)
	return l.listItr(index)
}

func (l *LinkedList[E]) listItr(index int32) *llItr[E] {
	it := &llItr[E]{l: l, nextIndex: index, expected: l.modCount}
	if index != l.size {
		it.next = l.node(index)
	}
	return it
}

// All ranges over the list as its iterator does.
func (l *LinkedList[E]) All() iter.Seq[E] {
	return func(yield func(E) bool) {
		it := l.listItr(0)
		for it.HasNext() {
			if !yield(it.Next()) {
				return
			}
		}
	}
}

// llItr is LinkedList.ListItr.
type llItr[E any] struct {
	l                  *LinkedList[E]
	next, lastReturned *llNode[E]
	nextIndex          int32
	expected           int32
}

func (it *llItr[E]) checkMod() {
	if it.l.modCount != it.expected {
		panic(NewConcurrentModificationException())
	}
}

func (it *llItr[E]) HasNext() bool { return it.nextIndex < it.l.size }

func (it *llItr[E]) Next() E {
	it.checkMod()
	if !it.HasNext() {
		panic(NewNoSuchElementException())
	}
	it.lastReturned = it.next
	it.next = it.next.next
	it.nextIndex++
	return it.lastReturned.item
}

func (it *llItr[E]) HasPrevious() bool { return it.nextIndex > 0 }

func (it *llItr[E]) Previous() E {
	it.checkMod()
	if !it.HasPrevious() {
		panic(NewNoSuchElementException())
	}
	if it.next == nil {
		it.next = it.l.last
	} else {
		it.next = it.next.prev
	}
	it.lastReturned = it.next
	it.nextIndex--
	return it.lastReturned.item
}

func (it *llItr[E]) NextIndex() int32     { return it.nextIndex }
func (it *llItr[E]) PreviousIndex() int32 { return it.nextIndex - 1 }

func (it *llItr[E]) Remove() {
	it.checkMod()
	if it.lastReturned == nil {
		panic(NewIllegalStateException())
	}
	lastNext := it.lastReturned.next
	it.l.unlink(it.lastReturned)
	if it.next == it.lastReturned {
		it.next = lastNext
	} else {
		it.nextIndex--
	}
	it.lastReturned = nil
	it.expected++
}

func (it *llItr[E]) Set(e E) {
	if it.lastReturned == nil {
		panic(NewIllegalStateException())
	}
	it.checkMod()
	it.lastReturned.item = e
}

func (it *llItr[E]) Add(e E) {
	it.checkMod()
	it.lastReturned = nil
	if it.next == nil {
		it.l.linkLast(e)
	} else {
		it.l.linkBefore(e, it.next)
	}
	it.nextIndex++
	it.expected++
}

func (it *llItr[E]) ForEachRemaining(action Consumer[E]) { IteratorForEachRemaining[E](it, action) }

// Offer is Queue.offer(E): appends.
func (l *LinkedList[E]) Offer(e E) bool { return l.Add(e) }

// Poll is Queue.poll(): the zero value (null) when empty.
func (l *LinkedList[E]) Poll() E { return l.PollFirst() }

// Peek is Queue.peek().
func (l *LinkedList[E]) Peek() E { return l.PeekFirst() }

// Element is Queue.element(): NoSuchElementException when empty.
func (l *LinkedList[E]) Element() E { return l.First() }

// RemoveHead is Queue.remove().
func (l *LinkedList[E]) RemoveHead() E { return l.RemoveFirst() }

// AddFirst is Deque.addFirst(E).
func (l *LinkedList[E]) AddFirst(e E) { l.linkFirst(e) }

// AddLast is Deque.addLast(E).
func (l *LinkedList[E]) AddLast(e E) { l.linkLast(e) }

// OfferFirst is Deque.offerFirst(E).
func (l *LinkedList[E]) OfferFirst(e E) bool {
	l.linkFirst(e)
	return true
}

// OfferLast is Deque.offerLast(E).
func (l *LinkedList[E]) OfferLast(e E) bool {
	l.linkLast(e)
	return true
}

// RemoveFirst is Deque.removeFirst(): NoSuchElementException when empty.
func (l *LinkedList[E]) RemoveFirst() E {
	if l.first == nil {
		panic(NewNoSuchElementException())
	}
	return l.unlink(l.first)
}

// RemoveLast is Deque.removeLast().
func (l *LinkedList[E]) RemoveLast() E {
	if l.last == nil {
		panic(NewNoSuchElementException())
	}
	return l.unlink(l.last)
}

// PollFirst is Deque.pollFirst().
func (l *LinkedList[E]) PollFirst() E {
	if l.first == nil {
		zero := Null[E]()
		return zero
	}
	return l.unlink(l.first)
}

// PollLast is Deque.pollLast().
func (l *LinkedList[E]) PollLast() E {
	if l.last == nil {
		zero := Null[E]()
		return zero
	}
	return l.unlink(l.last)
}

// First is Deque.getFirst(): NoSuchElementException when empty.
func (l *LinkedList[E]) First() E {
	if l.first == nil {
		panic(NewNoSuchElementException())
	}
	return l.first.item
}

// Last is Deque.getLast().
func (l *LinkedList[E]) Last() E {
	if l.last == nil {
		panic(NewNoSuchElementException())
	}
	return l.last.item
}

// PeekFirst is Deque.peekFirst().
func (l *LinkedList[E]) PeekFirst() E {
	if l.first == nil {
		zero := Null[E]()
		return zero
	}
	return l.first.item
}

// PeekLast is Deque.peekLast().
func (l *LinkedList[E]) PeekLast() E {
	if l.last == nil {
		zero := Null[E]()
		return zero
	}
	return l.last.item
}

// RemoveFirstOccurrence is Deque.removeFirstOccurrence(Object).
func (l *LinkedList[E]) RemoveFirstOccurrence(o any) bool {
	for x := l.first; x != nil; x = x.next {
		if Equals(o, x.item) {
			l.unlink(x)
			return true
		}
	}
	return false
}

// RemoveLastOccurrence is Deque.removeLastOccurrence(Object).
func (l *LinkedList[E]) RemoveLastOccurrence(o any) bool {
	for x := l.last; x != nil; x = x.prev {
		if Equals(o, x.item) {
			l.unlink(x)
			return true
		}
	}
	return false
}

// Push is Deque.push(E).
func (l *LinkedList[E]) Push(e E) { l.linkFirst(e) }

// Pop is Deque.pop().
func (l *LinkedList[E]) Pop() E { return l.RemoveFirst() }

// DescendingIterator is Deque.descendingIterator().
func (l *LinkedList[E]) DescendingIterator() Iterator[E] {
	return &llDescItr[E]{l.listItr(l.size)}
}

type llDescItr[E any] struct{ it *llItr[E] }

func (d *llDescItr[E]) HasNext() bool { return d.it.HasPrevious() }
func (d *llDescItr[E]) Next() E       { return d.it.Previous() }
func (d *llDescItr[E]) Remove()       { d.it.Remove() }
func (d *llDescItr[E]) ForEachRemaining(action Consumer[E]) {
	IteratorForEachRemaining[E](d, action)
}

// Clone is LinkedList.clone(): a shallow copy.
func (l *LinkedList[E]) Clone() *LinkedList[E] { return NewLinkedListFrom[E](l) }

// String is AbstractCollection.toString().
func (l *LinkedList[E]) String() string { return seqString(l.All(), l) }
