package java

import (
	"iter"
	"slices"
)

// List is java.util.List<E>.
type List[E any] interface {
	Collection[E]
	// Get is List.get(int).
	Get(index int32) E
	// Set is List.set(int, E): the element replaced.
	Set(index int32, e E) E
	// AddAt is List.add(int, E).
	AddAt(index int32, e E)
	// RemoveAt is List.remove(int): the element removed.
	RemoveAt(index int32) E
	// IndexOf is List.indexOf(Object).
	IndexOf(o any) int32
	// LastIndexOf is List.lastIndexOf(Object).
	LastIndexOf(o any) int32
	// AddAllAt is List.addAll(int, Collection).
	AddAllAt(index int32, c Collection[E]) bool
	// ListIterator is List.listIterator().
	ListIterator() ListIterator[E]
	// ListIteratorAt is List.listIterator(int).
	ListIteratorAt(index int32) ListIterator[E]
	// SubList is List.subList(int, int): a view of the range.
	SubList(fromIndex, toIndex int32) List[E]
	// ReplaceAll is the default method List.replaceAll(UnaryOperator).
	ReplaceAll(operator UnaryOperator[E])
	// Sort is the default method List.sort(Comparator) (nil: natural order), stable.
	Sort(c Comparator[E])
}

// ListReplaceAll is the default method List.replaceAll(UnaryOperator).
func ListReplaceAll[E any](this List[E], operator UnaryOperator[E]) {
	requireNonNullArg(operator)
	li := this.ListIterator()
	for li.HasNext() {
		li.Set(operator.Apply(li.Next()))
	}
}

// ListSort is the default method List.sort(Comparator): a stable sort of a copy, written
// back through the list iterator.
func ListSort[E any](this List[E], c Comparator[E]) {
	a := this.ToArray()
	sortSlice(a, c)
	li := this.ListIterator()
	for _, e := range a {
		li.Next()
		li.Set(e)
	}
}

// sortSlice is Arrays.sort(T[], Comparator): stable (TimSort), nil for natural order.
func sortSlice[E any](a []E, c Comparator[E]) {
	cmp := comparatorOrNatural(c)
	slices.SortStableFunc(a, func(x, y E) int { return int(cmp.Compare(x, y)) })
}

// listEquals is List.equals(Object): another list with equal elements in the same order.
func listEquals[E any](this List[E], o any) bool {
	if isSameObject(o, this) {
		return true
	}
	if isNull(o) {
		return false
	}
	if ol, ok := o.(List[E]); ok {
		if ol.Size() != this.Size() {
			return false
		}
		next, stop := iter.Pull(ol.All())
		defer stop()
		for e := range this.All() {
			x, ok := next()
			if !ok || !Equals(e, x) {
				return false
			}
		}
		_, more := next()
		return !more
	}
	if _, ok := o.(javaList); !ok {
		return false
	}
	// A list of another element type: compare through any.
	mine := this.ToArray()
	i, equal := 0, true
	eachAny[E](o, func(x any) bool {
		equal = i < len(mine) && Equals(mine[i], x)
		i++
		return equal
	})
	return equal && i == len(mine)
}

// listHashCode is List.hashCode(): 31*h + hashCode(e) over the elements.
func listHashCode[E any](seq iter.Seq[E]) int32 {
	h := int32(1)
	for e := range seq {
		h = 31*h + HashCode(e)
	}
	return h
}

// abstractList is Java's AbstractList: List's methods over self's Get, Set, AddAt, RemoveAt
// and Size, with fail-fast iterators on modCount.
type abstractList[E any] struct {
	abstractCollection[E]
	list     List[E]
	modCount int32
}

func (a *abstractList[E]) isJavaList() {}

func (a *abstractList[E]) anyList() List[any] { return ListAs[any](a.list) }

func (a *abstractList[E]) initList(self List[E]) {
	a.self = self
	a.list = self
}

// Add is List.add(E): an append.
func (a *abstractList[E]) Add(e E) bool {
	a.list.AddAt(a.list.Size(), e)
	return true
}

// Set is List.set(int, E): UnsupportedOperationException unless the list overrides it.
func (a *abstractList[E]) Set(index int32, e E) E { panic(NewUnsupportedOperationException()) }

// AddAt is List.add(int, E): UnsupportedOperationException unless the list overrides it.
func (a *abstractList[E]) AddAt(index int32, e E) { panic(NewUnsupportedOperationException()) }

// RemoveAt is List.remove(int): UnsupportedOperationException unless the list overrides it.
func (a *abstractList[E]) RemoveAt(index int32) E { panic(NewUnsupportedOperationException()) }

// IndexOf is List.indexOf(Object).
func (a *abstractList[E]) IndexOf(o any) int32 {
	n := a.list.Size()
	for i := int32(0); i < n; i++ {
		if Equals(o, a.list.Get(i)) {
			return i
		}
	}
	return -1
}

// LastIndexOf is List.lastIndexOf(Object).
func (a *abstractList[E]) LastIndexOf(o any) int32 {
	for i := a.list.Size() - 1; i >= 0; i-- {
		if Equals(o, a.list.Get(i)) {
			return i
		}
	}
	return -1
}

// Contains is Collection.contains(Object).
func (a *abstractList[E]) Contains(o any) bool { return a.list.IndexOf(o) >= 0 }

// Clear is List.clear(): removes the elements from the end.
func (a *abstractList[E]) Clear() {
	for i := a.list.Size() - 1; i >= 0; i-- {
		a.list.RemoveAt(i)
	}
}

// AddAllAt is List.addAll(int, Collection).
func (a *abstractList[E]) AddAllAt(index int32, c Collection[E]) bool {
	checkPositionIndex(index, a.list.Size())
	requireNonNullCollection(c)
	elems := c.ToArray()
	for _, e := range elems {
		a.list.AddAt(index, e)
		index++
	}
	return len(elems) > 0
}

// Iterator is List.iterator().
func (a *abstractList[E]) Iterator() Iterator[E] { return a.listIter(0) }

// ListIterator is List.listIterator().
func (a *abstractList[E]) ListIterator() ListIterator[E] { return a.listIter(0) }

// ListIteratorAt is List.listIterator(int).
func (a *abstractList[E]) ListIteratorAt(index int32) ListIterator[E] {
	checkPositionIndex(index, a.list.Size())
	return a.listIter(index)
}

func (a *abstractList[E]) listIter(index int32) *listItr[E] {
	return &listItr[E]{list: a.list, mod: &a.modCount, cursor: index, lastRet: -1, expected: a.modCount}
}

// All ranges over the list as its iterator does (same fail-fast checks).
func (a *abstractList[E]) All() iter.Seq[E] {
	return func(yield func(E) bool) {
		expected := a.modCount
		for i := int32(0); i != a.list.Size(); i++ {
			if a.modCount != expected {
				panic(NewConcurrentModificationException())
			}
			if !yield(a.list.Get(i)) {
				return
			}
		}
	}
}

// SubList is List.subList(int, int): a view; a structural change of the list not made
// through the view makes the view throw ConcurrentModificationException.
func (a *abstractList[E]) SubList(fromIndex, toIndex int32) List[E] {
	checkSubListRange(fromIndex, toIndex, a.list.Size())
	return newSubList(a.list, &a.modCount, fromIndex, toIndex)
}

// ReplaceAll is the default method List.replaceAll(UnaryOperator).
func (a *abstractList[E]) ReplaceAll(operator UnaryOperator[E]) { ListReplaceAll(a.list, operator) }

// Sort is the default method List.sort(Comparator).
func (a *abstractList[E]) Sort(c Comparator[E]) { ListSort(a.list, c) }

// Equals is List.equals(Object).
func (a *abstractList[E]) Equals(o any) bool { return listEquals(a.list, o) }

// HashCode is List.hashCode().
func (a *abstractList[E]) HashCode() int32 { return listHashCode(a.list.All()) }

// listItr is AbstractList's ListItr over any List, failing fast on *mod.
type listItr[E any] struct {
	list     List[E]
	mod      *int32
	cursor   int32
	lastRet  int32
	expected int32
}

func (it *listItr[E]) checkMod() {
	if *it.mod != it.expected {
		panic(NewConcurrentModificationException())
	}
}

func (it *listItr[E]) HasNext() bool { return it.cursor != it.list.Size() }

func (it *listItr[E]) Next() E {
	it.checkMod()
	i := it.cursor
	if i >= it.list.Size() || i < 0 {
		panic(NewNoSuchElementException())
	}
	e := it.list.Get(i)
	it.lastRet, it.cursor = i, i+1
	return e
}

func (it *listItr[E]) Remove() {
	if it.lastRet < 0 {
		panic(NewIllegalStateException())
	}
	it.checkMod()
	it.list.RemoveAt(it.lastRet)
	it.cursor = it.lastRet
	it.lastRet = -1
	it.expected = *it.mod
}

func (it *listItr[E]) ForEachRemaining(action Consumer[E]) {
	requireNonNullArg(action)
	for it.HasNext() {
		action.Accept(it.Next())
	}
}

func (it *listItr[E]) HasPrevious() bool { return it.cursor != 0 }

func (it *listItr[E]) Previous() E {
	it.checkMod()
	i := it.cursor - 1
	if i < 0 {
		panic(NewNoSuchElementException())
	}
	e := it.list.Get(i)
	it.lastRet, it.cursor = i, i
	return e
}

func (it *listItr[E]) NextIndex() int32 { return it.cursor }

func (it *listItr[E]) PreviousIndex() int32 { return it.cursor - 1 }

func (it *listItr[E]) Set(e E) {
	if it.lastRet < 0 {
		panic(NewIllegalStateException())
	}
	it.checkMod()
	it.list.Set(it.lastRet, e)
}

func (it *listItr[E]) Add(e E) {
	it.checkMod()
	it.list.AddAt(it.cursor, e)
	it.cursor++
	it.lastRet = -1
	it.expected = *it.mod
}

// subList is the view List.subList returns, over any list whose structural changes count
// in *rootMod.
type subList[E any] struct {
	abstractList[E]
	root    List[E]
	rootMod *int32
	parent  *subList[E]
	offset  int32
	size    int32
}

func newSubList[E any](root List[E], rootMod *int32, from, to int32) *subList[E] {
	s := &subList[E]{root: root, rootMod: rootMod, offset: from, size: to - from}
	s.modCount = *rootMod
	s.initList(s)
	return s
}

func (s *subList[E]) checkMod() {
	if *s.rootMod != s.modCount {
		panic(NewConcurrentModificationException())
	}
}

// updateSize records a structural change made through s (and its parents).
func (s *subList[E]) updateSize(delta int32) {
	for p := s; p != nil; p = p.parent {
		p.size += delta
		p.modCount = *s.rootMod
	}
}

// Size is List.size().
func (s *subList[E]) Size() int32 {
	s.checkMod()
	return s.size
}

// Get is List.get(int).
func (s *subList[E]) Get(index int32) E {
	checkListIndex(index, s.size)
	s.checkMod()
	return s.root.Get(s.offset + index)
}

// Set is List.set(int, E).
func (s *subList[E]) Set(index int32, e E) E {
	checkListIndex(index, s.size)
	s.checkMod()
	return s.root.Set(s.offset+index, e)
}

// AddAt is List.add(int, E).
func (s *subList[E]) AddAt(index int32, e E) {
	checkPositionIndex(index, s.size)
	s.checkMod()
	s.root.AddAt(s.offset+index, e)
	s.updateSize(1)
}

// RemoveAt is List.remove(int).
func (s *subList[E]) RemoveAt(index int32) E {
	checkListIndex(index, s.size)
	s.checkMod()
	e := s.root.RemoveAt(s.offset + index)
	s.updateSize(-1)
	return e
}

// Clear is List.clear().
func (s *subList[E]) Clear() {
	s.checkMod()
	for i := s.size - 1; i >= 0; i-- {
		s.root.RemoveAt(s.offset + i)
		s.updateSize(-1)
	}
}

// SubList is List.subList(int, int).
func (s *subList[E]) SubList(fromIndex, toIndex int32) List[E] {
	checkSubListRange(fromIndex, toIndex, s.size)
	c := newSubList(s.root, s.rootMod, s.offset+fromIndex, s.offset+toIndex)
	c.parent = s
	return c
}

// checkPositionIndex is the range check of add(int, E) and listIterator(int).
func checkPositionIndex(index, size int32) {
	if index < 0 || index > size {
		panic(NewIndexOutOfBoundsException2("Index: " + IntStr(index) + ", Size: " + IntStr(size)))
	}
}

// checkSubListRange is AbstractList.subListRangeCheck.
func checkSubListRange(from, to, size int32) {
	switch {
	case from < 0:
		panic(NewIndexOutOfBoundsException2("fromIndex = " + IntStr(from)))
	case to > size:
		panic(NewIndexOutOfBoundsException2("toIndex = " + IntStr(to)))
	case from > to:
		panic(NewIllegalArgumentException2("fromIndex(" + IntStr(from) + ") > toIndex(" + IntStr(to) + ")"))
	}
}
