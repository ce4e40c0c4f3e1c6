package java

import (
	"iter"
	"reflect"
	"strings"
)

// The collection interfaces of java.lang and java.util, and the behaviour their abstract
// classes (AbstractCollection, AbstractSet) share.
//
// Conventions that hold for every collection in this package:
//   - Collections are reference types (*ArrayList[E], *HashMap[K, V]...): shared, never copied.
//   - Boxed element types are Go primitives (List<Integer> is List[int32]). Java's null
//     element of such a type cannot be told from 0; methods that return null when nothing
//     is there (Map.get, Queue.poll, NavigableSet.floor...) return E's zero value (nil for
//     pointers and interfaces).
//   - Parameters Java declares as Object or Collection<?> take any: Contains(o any),
//     RemoveAll(c any). A collection of another element type works (by Java's equals).
//   - remove(int index) is RemoveAt, remove(Object) is Remove; Queue.remove() is RemoveHead;
//     add(int, E) is AddAt; addAll(int, Collection) is AddAllAt.
//   - Object's methods (equals, hashCode, toString) are methods of every concrete type
//     (Equals(any) bool, HashCode() int32, String() string), not of the interfaces, so a
//     class that implements an interface need not declare them; reach them on an
//     interface value through Equals(a, b), HashCode(a) and Str(a).
//   - Every Iterable has All() iter.Seq[E] for Go's range loops; iterators of the
//     non-concurrent collections panic ConcurrentModificationException where Java's fail
//     fast (a modification not made through the iterator itself, on one goroutine).
//   - Default methods of these interfaces are interface methods; each also exists as a
//     function IM(this, ...) (IterableForEach, CollectionRemoveIf...) that a class
//     implementing the interface can forward to.

// Iterator is java.util.Iterator<E>.
type Iterator[E any] interface {
	// HasNext is Iterator.hasNext().
	HasNext() bool
	// Next is Iterator.next(); NoSuchElementException past the end.
	Next() E
	// Remove is Iterator.remove(); IllegalStateException when next was not called.
	Remove()
	// ForEachRemaining is the default method Iterator.forEachRemaining(Consumer).
	ForEachRemaining(action Consumer[E])
}

// IteratorRemove is the default method Iterator.remove(): UnsupportedOperationException.
func IteratorRemove[E any](this Iterator[E]) {
	panic(NewUnsupportedOperationException2("remove"))
}

// IteratorForEachRemaining is the default method Iterator.forEachRemaining(Consumer).
func IteratorForEachRemaining[E any](this Iterator[E], action Consumer[E]) {
	requireNonNullArg(action)
	for this.HasNext() {
		action.Accept(this.Next())
	}
}

// ListIterator is java.util.ListIterator<E>.
type ListIterator[E any] interface {
	Iterator[E]
	// HasPrevious is ListIterator.hasPrevious().
	HasPrevious() bool
	// Previous is ListIterator.previous().
	Previous() E
	// NextIndex is ListIterator.nextIndex().
	NextIndex() int32
	// PreviousIndex is ListIterator.previousIndex().
	PreviousIndex() int32
	// Set is ListIterator.set(E).
	Set(e E)
	// Add is ListIterator.add(E).
	Add(e E)
}

// Iterable is java.lang.Iterable<T>.
type Iterable[T any] interface {
	// Iterator is Iterable.iterator().
	Iterator() Iterator[T]
	// ForEach is the default method Iterable.forEach(Consumer).
	ForEach(action Consumer[T])
	// All is Go's form of Java's for-each loop: `for x := range c.All()`.
	All() iter.Seq[T]
}

// IterableForEach is the default method Iterable.forEach(Consumer).
func IterableForEach[T any](this Iterable[T], action Consumer[T]) {
	requireNonNullArg(action)
	it := this.Iterator()
	for it.HasNext() {
		action.Accept(it.Next())
	}
}

// IterableAll is All for a class that implements Iterable: its Iterator as a Go iterator.
func IterableAll[T any](this Iterable[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		it := this.Iterator()
		for it.HasNext() {
			if !yield(it.Next()) {
				return
			}
		}
	}
}

// Collection is java.util.Collection<E>.
type Collection[E any] interface {
	Iterable[E]
	// Size is Collection.size().
	Size() int32
	// IsEmpty is Collection.isEmpty().
	IsEmpty() bool
	// Contains is Collection.contains(Object).
	Contains(o any) bool
	// ToArray is Collection.toArray() (a new slice of E; toArray(T[]) is
	// CollectionToArrayInto).
	ToArray() []E
	// Add is Collection.add(E).
	Add(e E) bool
	// Remove is Collection.remove(Object).
	Remove(o any) bool
	// ContainsAll is Collection.containsAll(Collection<?>).
	ContainsAll(c any) bool
	// AddAll is Collection.addAll(Collection<? extends E>).
	AddAll(c Collection[E]) bool
	// RemoveAll is Collection.removeAll(Collection<?>).
	RemoveAll(c any) bool
	// RetainAll is Collection.retainAll(Collection<?>).
	RetainAll(c any) bool
	// RemoveIf is the default method Collection.removeIf(Predicate).
	RemoveIf(filter Predicate[E]) bool
	// Clear is Collection.clear().
	Clear()
}

// CollectionRemoveIf is the default method Collection.removeIf(Predicate).
func CollectionRemoveIf[E any](this Collection[E], filter Predicate[E]) bool {
	requireNonNullArg(filter)
	removed := false
	it := this.Iterator()
	for it.HasNext() {
		if filter.Test(it.Next()) {
			it.Remove()
			removed = true
		}
	}
	return removed
}

// CollectionStream is Collection.stream() and parallelStream() (sequential). It is a
// function, not a method of Collection, so that a collection type instantiated for an
// element type does not also instantiate the whole stream pipeline for it: the Go compiler
// compiles every method of every instantiated type, and a port instantiates collections for
// hundreds of element types.
func CollectionStream[E any](this Collection[E]) Stream[E] {
	for {
		w, ok := this.(streamWrapper)
		if !ok {
			break
		}
		this = w.wrapped().(Collection[E])
	}
	if _, ok := this.(unsizedStream); ok {
		return newStream(this.All())
	}
	return collectionStream(this)
}

// streamWrapper is a view whose stream() is the wrapped collection's (Collections'
// synchronized and unmodifiable wrappers).
type streamWrapper interface{ wrapped() any }

// unsizedStream marks a collection whose spliterator is not SIZED (the concurrent ones), so
// that count() walks the elements, as in Java.
type unsizedStream interface{ unsizedStream() }

// CollectionToArrayInto is Collection.toArray(T[] a): the elements in a when they fit
// (the slot after the last one set to the zero value, Java's null), else in a new slice.
func CollectionToArrayInto[E any](c Collection[E], a []E) []E {
	elems := c.ToArray()
	if len(a) < len(elems) {
		return elems
	}
	copy(a, elems)
	if len(a) > len(elems) {
		zero := Null[E]()
		a[len(elems)] = zero
	}
	return a
}

// Set is java.util.Set<E>. It adds no method to Collection; the sets of this package
// carry Java's set equality (Equals is true only for another set).
type Set[E any] interface {
	Collection[E]
}

// Queue is java.util.Queue<E>.
type Queue[E any] interface {
	Collection[E]
	// Offer is Queue.offer(E).
	Offer(e E) bool
	// Poll is Queue.poll(): the head, or the zero value (null) when empty.
	Poll() E
	// Peek is Queue.peek(): the head, or the zero value (null) when empty.
	Peek() E
	// Element is Queue.element(): the head; NoSuchElementException when empty.
	Element() E
	// RemoveHead is Queue.remove(): the head, removed; NoSuchElementException when empty.
	RemoveHead() E
}

// Deque is java.util.Deque<E>.
type Deque[E any] interface {
	Queue[E]
	// AddFirst is Deque.addFirst(E).
	AddFirst(e E)
	// AddLast is Deque.addLast(E).
	AddLast(e E)
	// OfferFirst is Deque.offerFirst(E).
	OfferFirst(e E) bool
	// OfferLast is Deque.offerLast(E).
	OfferLast(e E) bool
	// RemoveFirst is Deque.removeFirst().
	RemoveFirst() E
	// RemoveLast is Deque.removeLast().
	RemoveLast() E
	// PollFirst is Deque.pollFirst().
	PollFirst() E
	// PollLast is Deque.pollLast().
	PollLast() E
	// First is Deque.getFirst().
	First() E
	// Last is Deque.getLast().
	Last() E
	// PeekFirst is Deque.peekFirst().
	PeekFirst() E
	// PeekLast is Deque.peekLast().
	PeekLast() E
	// RemoveFirstOccurrence is Deque.removeFirstOccurrence(Object).
	RemoveFirstOccurrence(o any) bool
	// RemoveLastOccurrence is Deque.removeLastOccurrence(Object).
	RemoveLastOccurrence(o any) bool
	// Push is Deque.push(E).
	Push(e E)
	// Pop is Deque.pop().
	Pop() E
	// DescendingIterator is Deque.descendingIterator().
	DescendingIterator() Iterator[E]
}

// requireNonNullCollection is the null check Java's collection methods make on a
// Collection<?> argument.
func requireNonNullCollection(c any) {
	if isNull(c) {
		panic(NewNullPointerException())
	}
}

// containsAny is c.contains(o) for a Collection of any element type.
func containsAny(c any, o any) bool {
	requireNonNullCollection(c)
	if cc, ok := c.(interface{ Contains(o any) bool }); ok {
		return cc.Contains(o)
	}
	panic(NewClassCastException2(reflect.TypeOf(c).String() + " is not a java.util.Collection"))
}

// sizeAny is c.size() for a Collection or Map of any element type.
func sizeAny(c any) int32 {
	if cc, ok := c.(interface{ Size() int32 }); ok {
		return cc.Size()
	}
	panic(NewClassCastException2(reflect.TypeOf(c).String() + " is not a java.util.Collection"))
}

// eachAny calls f on each element of the Iterable c, of any element type, until f returns
// false. A c whose element type is E takes the typed path.
func eachAny[E any](c any, f func(any) bool) {
	requireNonNullCollection(c)
	if it, ok := c.(Iterable[E]); ok {
		for e := range it.All() {
			if !f(e) {
				return
			}
		}
		return
	}
	// Another element type: All() is iter.Seq[X] for some X; call it through reflection.
	all := reflect.ValueOf(c).MethodByName("All")
	if !all.IsValid() || all.Type().NumIn() != 0 || all.Type().NumOut() != 1 || all.Type().Out(0).Kind() != reflect.Func {
		panic(NewClassCastException2(reflect.TypeOf(c).String() + " is not a java.lang.Iterable"))
	}
	seq := all.Call(nil)[0]
	yield := reflect.MakeFunc(seq.Type().In(0), func(args []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(f(args[0].Interface()))}
	})
	seq.Call([]reflect.Value{yield})
}

// eachAny2 calls f on each mapping of the Map m, of any key and value types.
func eachAny2[K, V any](m any, f func(k, v any) bool) {
	if mm, ok := m.(Map[K, V]); ok {
		for k, v := range mm.All() {
			if !f(k, v) {
				return
			}
		}
		return
	}
	all := reflect.ValueOf(m).MethodByName("All")
	if !all.IsValid() || all.Type().NumIn() != 0 || all.Type().NumOut() != 1 || all.Type().Out(0).Kind() != reflect.Func {
		panic(NewClassCastException2(reflect.TypeOf(m).String() + " is not a java.util.Map"))
	}
	seq := all.Call(nil)[0]
	yield := reflect.MakeFunc(seq.Type().In(0), func(args []reflect.Value) []reflect.Value {
		return []reflect.Value{reflect.ValueOf(f(args[0].Interface(), args[1].Interface()))}
	})
	seq.Call([]reflect.Value{yield})
}

// isSameObject is Java's == between an element and a collection: true only for the same object.
// Interface comparison cannot panic here: values of different dynamic types are unequal,
// and the collection's own type is a pointer.
func isSameObject(e any, self any) bool { return e == self }

// seqString is AbstractCollection.toString(): "[a, b]", the collection itself as
// "(this Collection)".
func seqString[E any](seq iter.Seq[E], self any) string {
	var b strings.Builder
	b.WriteByte('[')
	first := true
	for e := range seq {
		if !first {
			b.WriteString(", ")
		}
		first = false
		if isSameObject(e, self) {
			b.WriteString("(this Collection)")
		} else {
			b.WriteString(Str(e))
		}
	}
	b.WriteByte(']')
	return b.String()
}

// seqContains is AbstractCollection.contains(Object): a search by Java's equals.
func seqContains[E any](seq iter.Seq[E], o any) bool {
	for e := range seq {
		if Equals(o, e) {
			return true
		}
	}
	return false
}

// seqToArray collects a sequence into a new slice.
func seqToArray[E any](seq iter.Seq[E], size int32) []E {
	out := make([]E, 0, size)
	for e := range seq {
		out = append(out, e)
	}
	return out
}

// javaSet marks the sets of this package, for Set.equals (a set equals only another set).
type javaSet interface{ isJavaSet() }

// javaList marks the lists of this package, for List.equals; anyList is the list seen as
// a List[any] (`instanceof List<?>`).
type javaList interface {
	isJavaList()
	anyList() List[any]
}

// abstractCollection is Java's AbstractCollection: Collection's methods over self's
// Iterator and Size. A collection type embeds it, sets self, and overrides what it can
// do faster.
type abstractCollection[E any] struct {
	self Collection[E]
}

// IsEmpty is Collection.isEmpty().
func (a *abstractCollection[E]) IsEmpty() bool { return a.self.Size() == 0 }

// Contains is Collection.contains(Object).
func (a *abstractCollection[E]) Contains(o any) bool { return seqContains(a.self.All(), o) }

// ToArray is Collection.toArray().
func (a *abstractCollection[E]) ToArray() []E { return seqToArray(a.self.All(), a.self.Size()) }

// Add is Collection.add(E): UnsupportedOperationException unless the collection overrides it.
func (a *abstractCollection[E]) Add(e E) bool { panic(NewUnsupportedOperationException()) }

// Remove is Collection.remove(Object), through the iterator.
func (a *abstractCollection[E]) Remove(o any) bool {
	it := a.self.Iterator()
	for it.HasNext() {
		if Equals(o, it.Next()) {
			it.Remove()
			return true
		}
	}
	return false
}

// ContainsAll is Collection.containsAll(Collection<?>).
func (a *abstractCollection[E]) ContainsAll(c any) bool { return containsAllOf[E](a.self, c) }

func containsAllOf[E any](this Collection[E], c any) bool {
	all := true
	eachAny[E](c, func(o any) bool {
		all = this.Contains(o)
		return all
	})
	return all
}

// AddAll is Collection.addAll(Collection).
func (a *abstractCollection[E]) AddAll(c Collection[E]) bool {
	requireNonNullCollection(c)
	changed := false
	for _, e := range c.ToArray() {
		if a.self.Add(e) {
			changed = true
		}
	}
	return changed
}

// RemoveAll is Collection.removeAll(Collection<?>), through the iterator.
func (a *abstractCollection[E]) RemoveAll(c any) bool {
	requireNonNullCollection(c)
	return a.self.RemoveIf(PredicateFunc[E](func(e E) bool { return containsAny(c, e) }))
}

// RetainAll is Collection.retainAll(Collection<?>), through the iterator.
func (a *abstractCollection[E]) RetainAll(c any) bool {
	requireNonNullCollection(c)
	return a.self.RemoveIf(PredicateFunc[E](func(e E) bool { return !containsAny(c, e) }))
}

// RemoveIf is the default method Collection.removeIf(Predicate).
func (a *abstractCollection[E]) RemoveIf(filter Predicate[E]) bool {
	return CollectionRemoveIf(a.self, filter)
}

// Clear is Collection.clear(), through the iterator.
func (a *abstractCollection[E]) Clear() {
	it := a.self.Iterator()
	for it.HasNext() {
		it.Next()
		it.Remove()
	}
}

// ForEach is the default method Iterable.forEach(Consumer).
func (a *abstractCollection[E]) ForEach(action Consumer[E]) {
	requireNonNullArg(action)
	for e := range a.self.All() {
		action.Accept(e)
	}
}

// All ranges over the collection's iterator.
func (a *abstractCollection[E]) All() iter.Seq[E] { return IterableAll[E](a.self) }

// String is AbstractCollection.toString().
func (a *abstractCollection[E]) String() string { return seqString(a.self.All(), a.self) }

// abstractSet is Java's AbstractSet: set equality and hash code.
type abstractSet[E any] struct {
	abstractCollection[E]
}

func (a *abstractSet[E]) isJavaSet() {}

// RemoveAll is AbstractSet.removeAll(Collection<?>): removes each element of c when this
// set is the larger, else the elements of this set that c contains.
func (a *abstractSet[E]) RemoveAll(c any) bool {
	requireNonNullCollection(c)
	if a.self.Size() > sizeAny(c) {
		modified := false
		eachAny[E](c, func(o any) bool {
			if a.self.Remove(o) {
				modified = true
			}
			return true
		})
		return modified
	}
	return a.abstractCollection.RemoveAll(c)
}

// Equals is Set.equals(Object): another set of the same size containing every element.
func (a *abstractSet[E]) Equals(o any) bool { return setEquals[E](a.self, o) }

// HashCode is Set.hashCode(): the sum of the elements' hash codes.
func (a *abstractSet[E]) HashCode() int32 { return setHashCode(a.self.All()) }

func setEquals[E any](this Collection[E], o any) bool {
	if isSameObject(o, this) {
		return true
	}
	if _, ok := o.(javaSet); !ok || isNull(o) {
		return false
	}
	if sizeAny(o) != this.Size() {
		return false
	}
	return containsAllOf[E](this, o)
}

func setHashCode[E any](seq iter.Seq[E]) int32 {
	var h int32
	for e := range seq {
		h += HashCode(e)
	}
	return h
}

// checkListIndex is Objects.checkIndex as the collections use it.
func checkListIndex(index, size int32) {
	if index < 0 || index >= size {
		panic(NewIndexOutOfBoundsException2("Index " + IntStr(index) + " out of bounds for length " + IntStr(size)))
	}
}

func init() {
	registerClassNames(map[string]string{
		"ArrayList": "java.util.ArrayList", "LinkedList": "java.util.LinkedList",
		"HashMap": "java.util.HashMap", "LinkedHashMap": "java.util.LinkedHashMap",
		"TreeMap": "java.util.TreeMap", "HashSet": "java.util.HashSet",
		"LinkedHashSet": "java.util.LinkedHashSet", "TreeSet": "java.util.TreeSet",
		"ArrayDeque": "java.util.ArrayDeque", "PriorityQueue": "java.util.PriorityQueue",
		"EnumMap": "java.util.EnumMap", "EnumSet": "java.util.EnumSet",
		"Vector": "java.util.Vector", "Stack": "java.util.Stack",
		"Optional": "java.util.Optional", "OptionalInt": "java.util.OptionalInt",
		"OptionalLong": "java.util.OptionalLong", "OptionalDouble": "java.util.OptionalDouble",
		"AbstractMapSimpleEntry":  "java.util.AbstractMap$SimpleEntry",
		"IntSummaryStatistics":    "java.util.IntSummaryStatistics",
		"LongSummaryStatistics":   "java.util.LongSummaryStatistics",
		"DoubleSummaryStatistics": "java.util.DoubleSummaryStatistics",
		"ConcurrentHashMap":       "java.util.concurrent.ConcurrentHashMap",
		"ConcurrentSkipListMap":   "java.util.concurrent.ConcurrentSkipListMap",
		"ConcurrentSkipListSet":   "java.util.concurrent.ConcurrentSkipListSet",
		"CopyOnWriteArrayList":    "java.util.concurrent.CopyOnWriteArrayList",
		"ConcurrentLinkedQueue":   "java.util.concurrent.ConcurrentLinkedQueue",
		"ConcurrentLinkedDeque":   "java.util.concurrent.ConcurrentLinkedDeque",
		"LinkedBlockingQueue":     "java.util.concurrent.LinkedBlockingQueue",
		"LinkedBlockingDeque":     "java.util.concurrent.LinkedBlockingDeque",
	})
}
