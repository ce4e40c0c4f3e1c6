package java

import "iter"

// java.util.Collections (the unmodifiable, empty and singleton factories are in
// util_immutable.go).

// CollectionsSort is the static Collections.sort(List): natural order, stable.
func CollectionsSort[E any](list List[E]) { list.Sort(nil) }

// CollectionsSortWith is the static Collections.sort(List, Comparator).
func CollectionsSortWith[E any](list List[E], c Comparator[E]) { list.Sort(c) }

// CollectionsReverse is the static Collections.reverse(List).
func CollectionsReverse[E any](list List[E]) {
	for i, j := int32(0), list.Size()-1; i < j; i, j = i+1, j-1 {
		CollectionsSwap(list, i, j)
	}
}

// CollectionsSwap is the static Collections.swap(List, int, int).
func CollectionsSwap[E any](list List[E], i, j int32) {
	list.Set(i, list.Set(j, list.Get(i)))
}

// CollectionsRotate is the static Collections.rotate(List, int): the element at i moves to
// (i + distance) mod size. Java's two algorithms, so a list sees Java's sequence of set
// calls: cycles of set for random-access lists and short ones, three reversals of
// subLists for a LinkedList of 100 elements or more.
func CollectionsRotate[E any](list List[E], distance int32) {
	size := list.Size()
	if size == 0 {
		return
	}
	if _, linked := list.(*LinkedList[E]); linked && size >= 100 {
		mid := -distance % size
		if mid < 0 {
			mid += size
		}
		if mid != 0 {
			CollectionsReverse(list.SubList(0, mid))
			CollectionsReverse(list.SubList(mid, size))
			CollectionsReverse(list)
		}
		return
	}
	distance %= size
	if distance < 0 {
		distance += size
	}
	if distance == 0 {
		return
	}
	for cycleStart, moved := int32(0), int32(0); moved != size; cycleStart++ {
		displaced := list.Get(cycleStart)
		i := cycleStart
		for {
			i += distance
			if i >= size {
				i -= size
			}
			displaced = list.Set(i, displaced)
			moved++
			if i == cycleStart {
				break
			}
		}
	}
}

// CollectionsCopy is the static Collections.copy(List, List): src over the start of dest;
// IndexOutOfBoundsException when it does not fit.
func CollectionsCopy[E any](dest, src List[E]) {
	n := src.Size()
	if n > dest.Size() {
		panic(NewIndexOutOfBoundsException2("Source does not fit in dest"))
	}
	for i := int32(0); i < n; i++ {
		dest.Set(i, src.Get(i))
	}
}

// CollectionsReplaceAll is the static Collections.replaceAll(List, T, T): every element
// equal to oldVal (null too) becomes newVal; whether one did.
func CollectionsReplaceAll[E any](list List[E], oldVal, newVal E) bool {
	changed := false
	for i := int32(0); i < list.Size(); i++ {
		if Equals(oldVal, list.Get(i)) {
			list.Set(i, newVal)
			changed = true
		}
	}
	return changed
}

// CollectionsIndexOfSubList is the static Collections.indexOfSubList(List, List): the
// first index where target occurs in source, or -1.
func CollectionsIndexOfSubList[E, F any](source List[E], target List[F]) int32 {
	n, m := source.Size(), target.Size()
	for i := int32(0); i <= n-m; i++ {
		if subListAt(source, target, i) {
			return i
		}
	}
	return -1
}

// CollectionsLastIndexOfSubList is the static Collections.lastIndexOfSubList(List, List):
// the last index where target occurs in source, or -1.
func CollectionsLastIndexOfSubList[E, F any](source List[E], target List[F]) int32 {
	for i := source.Size() - target.Size(); i >= 0; i-- {
		if subListAt(source, target, i) {
			return i
		}
	}
	return -1
}

// subListAt reports whether target's elements equal source's from index i on.
func subListAt[E, F any](source List[E], target List[F], i int32) bool {
	for j := int32(0); j < target.Size(); j++ {
		if !Equals(target.Get(j), source.Get(i+j)) {
			return false
		}
	}
	return true
}

// CollectionsShuffle is the static Collections.shuffle(List): with a fresh Random.
func CollectionsShuffle[E any](list List[E]) { CollectionsShuffleWith(list, NewRandom()) }

// CollectionsShuffleWith is the static Collections.shuffle(List, Random): Java's swaps,
// so a seeded Random gives Java's order.
func CollectionsShuffleWith[E any](list List[E], rnd *Random) {
	for i := list.Size(); i > 1; i-- {
		CollectionsSwap(list, i-1, rnd.NextIntBound(i))
	}
}

// CollectionsMax is the static Collections.max(Collection): the first greatest element;
// NoSuchElementException when empty.
func CollectionsMax[E any](coll Collection[E]) E { return CollectionsMaxWith(coll, nil) }

// CollectionsMaxWith is the static Collections.max(Collection, Comparator).
func CollectionsMaxWith[E any](coll Collection[E], comp Comparator[E]) E {
	return extreme(coll, comparatorOrNatural(comp), 1)
}

// CollectionsMin is the static Collections.min(Collection).
func CollectionsMin[E any](coll Collection[E]) E { return CollectionsMinWith(coll, nil) }

// CollectionsMinWith is the static Collections.min(Collection, Comparator).
func CollectionsMinWith[E any](coll Collection[E], comp Comparator[E]) E {
	return extreme(coll, comparatorOrNatural(comp), -1)
}

// extreme keeps the first element that compares with sign against all others.
func extreme[E any](coll Collection[E], c Comparator[E], sign int32) E {
	it := coll.Iterator()
	candidate := it.Next()
	for it.HasNext() {
		if next := it.Next(); c.Compare(next, candidate)*sign > 0 {
			candidate = next
		}
	}
	return candidate
}

// CollectionsFrequency is the static Collections.frequency(Collection, Object).
func CollectionsFrequency[E any](c Collection[E], o any) int32 {
	requireNonNullCollection(c)
	n := int32(0)
	for e := range c.All() {
		if Equals(o, e) {
			n++
		}
	}
	return n
}

// CollectionsDisjoint is the static Collections.disjoint(Collection, Collection): no
// element in common.
func CollectionsDisjoint[E any](c1 Collection[E], c2 any) bool {
	requireNonNullCollection(c2)
	for e := range c1.All() {
		if containsAny(c2, e) {
			return false
		}
	}
	return true
}

// CollectionsAddAll is the static Collections.addAll(Collection, T...).
func CollectionsAddAll[E any](c Collection[E], elements ...E) bool {
	changed := false
	for _, e := range elements {
		if c.Add(e) {
			changed = true
		}
	}
	return changed
}

// CollectionsFill is the static Collections.fill(List, T).
func CollectionsFill[E any](list List[E], obj E) {
	for i := int32(0); i < list.Size(); i++ {
		list.Set(i, obj)
	}
}

// CollectionsBinarySearch is the static Collections.binarySearch(List, T): the key's
// index, or -(insertion point) - 1.
func CollectionsBinarySearch[E any](list List[E], key E) int32 {
	return CollectionsBinarySearchWith(list, key, nil)
}

// CollectionsBinarySearchWith is the static Collections.binarySearch(List, T, Comparator).
func CollectionsBinarySearchWith[E any](list List[E], key E, c Comparator[E]) int32 {
	cmp := comparatorOrNatural(c)
	low, high := int32(0), list.Size()-1
	for low <= high {
		mid := int32(uint32(low+high) >> 1)
		switch r := cmp.Compare(list.Get(mid), key); {
		case r < 0:
			low = mid + 1
		case r > 0:
			high = mid - 1
		default:
			return mid
		}
	}
	return -(low + 1)
}

// CollectionsReverseOrderOf is the static Collections.reverseOrder(Comparator) (nil:
// the reverse of natural order).
func CollectionsReverseOrderOf[E any](c Comparator[E]) Comparator[E] {
	if c == nil {
		return reverseOrder[E]{}
	}
	return ComparatorReversed(c)
}

// CollectionsEmptyIterator is the static Collections.emptyIterator().
func CollectionsEmptyIterator[E any]() Iterator[E] { return &sliceIter[E]{} }

// synchronizedCollection is Collections.synchronizedCollection: every method holds the
// monitor of mutex (the wrapper itself, or the map whose view it is), the monitor Java
// code takes with synchronized (c) to iterate safely.
type synchronizedCollection[E any] struct {
	c     Collection[E]
	mutex any
}

// CollectionsSynchronizedCollection is the static Collections.synchronizedCollection.
func CollectionsSynchronizedCollection[E any](c Collection[E]) Collection[E] {
	requireNonNullCollection(c)
	s := &synchronizedCollection[E]{c: c}
	s.mutex = s
	return s
}

// Size is Collection.size().
func (s *synchronizedCollection[E]) Size() int32 {
	defer Lock(s.mutex)()
	return s.c.Size()
}

// IsEmpty is Collection.isEmpty().
func (s *synchronizedCollection[E]) IsEmpty() bool {
	defer Lock(s.mutex)()
	return s.c.IsEmpty()
}

// Contains is Collection.contains(Object).
func (s *synchronizedCollection[E]) Contains(o any) bool {
	defer Lock(s.mutex)()
	return s.c.Contains(o)
}

// ToArray is Collection.toArray().
func (s *synchronizedCollection[E]) ToArray() []E {
	defer Lock(s.mutex)()
	return s.c.ToArray()
}

// Add is Collection.add(E).
func (s *synchronizedCollection[E]) Add(e E) bool {
	defer Lock(s.mutex)()
	return s.c.Add(e)
}

// Remove is Collection.remove(Object).
func (s *synchronizedCollection[E]) Remove(o any) bool {
	defer Lock(s.mutex)()
	return s.c.Remove(o)
}

// ContainsAll is Collection.containsAll(Collection).
func (s *synchronizedCollection[E]) ContainsAll(c any) bool {
	defer Lock(s.mutex)()
	return s.c.ContainsAll(c)
}

// AddAll is Collection.addAll(Collection).
func (s *synchronizedCollection[E]) AddAll(c Collection[E]) bool {
	defer Lock(s.mutex)()
	return s.c.AddAll(c)
}

// RemoveAll is Collection.removeAll(Collection).
func (s *synchronizedCollection[E]) RemoveAll(c any) bool {
	defer Lock(s.mutex)()
	return s.c.RemoveAll(c)
}

// RetainAll is Collection.retainAll(Collection).
func (s *synchronizedCollection[E]) RetainAll(c any) bool {
	defer Lock(s.mutex)()
	return s.c.RetainAll(c)
}

// RemoveIf is Collection.removeIf(Predicate).
func (s *synchronizedCollection[E]) RemoveIf(filter Predicate[E]) bool {
	defer Lock(s.mutex)()
	return s.c.RemoveIf(filter)
}

// Clear is Collection.clear().
func (s *synchronizedCollection[E]) Clear() {
	defer Lock(s.mutex)()
	s.c.Clear()
}

// ForEach is Iterable.forEach(Consumer), holding the monitor.
func (s *synchronizedCollection[E]) ForEach(action Consumer[E]) {
	defer Lock(s.mutex)()
	s.c.ForEach(action)
}

// Iterator is Collection.iterator(): not synchronized (Java's callers hold the monitor).
func (s *synchronizedCollection[E]) Iterator() Iterator[E] { return s.c.Iterator() }

// All ranges over the collection: not synchronized, as Iterator.
func (s *synchronizedCollection[E]) All() iter.Seq[E] { return s.c.All() }

// wrapped gives stream() the wrapped collection's stream: not synchronized, as Java's.
func (s *synchronizedCollection[E]) wrapped() any { return s.c }

// String is the collection's toString(), holding the monitor.
func (s *synchronizedCollection[E]) String() string {
	defer Lock(s.mutex)()
	return Str(s.c)
}

// synchronizedSet is Collections.synchronizedSet.
type synchronizedSet[E any] struct {
	synchronizedCollection[E]
}

func (s *synchronizedSet[E]) isJavaSet() {}

// Equals is Set.equals(Object).
func (s *synchronizedSet[E]) Equals(o any) bool {
	if isSameObject(o, s) {
		return true
	}
	defer Lock(s.mutex)()
	return Equals(s.c, o)
}

// HashCode is Set.hashCode().
func (s *synchronizedSet[E]) HashCode() int32 {
	defer Lock(s.mutex)()
	return HashCode(s.c)
}

// CollectionsSynchronizedSet is the static Collections.synchronizedSet(Set).
func CollectionsSynchronizedSet[E any](set Set[E]) Set[E] {
	requireNonNullCollection(set)
	s := &synchronizedSet[E]{synchronizedCollection[E]{c: set}}
	s.mutex = s
	return s
}

func synchronizedSetOn[E any](set Set[E], mutex any) Set[E] {
	return &synchronizedSet[E]{synchronizedCollection[E]{c: set, mutex: mutex}}
}

// synchronizedList is Collections.synchronizedList.
type synchronizedList[E any] struct {
	synchronizedCollection[E]
	l List[E]
}

// CollectionsSynchronizedList is the static Collections.synchronizedList(List).
func CollectionsSynchronizedList[E any](list List[E]) List[E] {
	requireNonNullCollection(list)
	return synchronizedListOn(list, nil)
}

func synchronizedListOn[E any](list List[E], mutex any) *synchronizedList[E] {
	s := &synchronizedList[E]{synchronizedCollection[E]{c: list, mutex: mutex}, list}
	if mutex == nil {
		s.mutex = s
	}
	return s
}

func (s *synchronizedList[E]) isJavaList() {}

func (s *synchronizedList[E]) anyList() List[any] { return ListAs[any, E](s) }

// Get is List.get(int).
func (s *synchronizedList[E]) Get(index int32) E {
	defer Lock(s.mutex)()
	return s.l.Get(index)
}

// Set is List.set(int, E).
func (s *synchronizedList[E]) Set(index int32, e E) E {
	defer Lock(s.mutex)()
	return s.l.Set(index, e)
}

// AddAt is List.add(int, E).
func (s *synchronizedList[E]) AddAt(index int32, e E) {
	defer Lock(s.mutex)()
	s.l.AddAt(index, e)
}

// RemoveAt is List.remove(int).
func (s *synchronizedList[E]) RemoveAt(index int32) E {
	defer Lock(s.mutex)()
	return s.l.RemoveAt(index)
}

// IndexOf is List.indexOf(Object).
func (s *synchronizedList[E]) IndexOf(o any) int32 {
	defer Lock(s.mutex)()
	return s.l.IndexOf(o)
}

// LastIndexOf is List.lastIndexOf(Object).
func (s *synchronizedList[E]) LastIndexOf(o any) int32 {
	defer Lock(s.mutex)()
	return s.l.LastIndexOf(o)
}

// AddAllAt is List.addAll(int, Collection).
func (s *synchronizedList[E]) AddAllAt(index int32, c Collection[E]) bool {
	defer Lock(s.mutex)()
	return s.l.AddAllAt(index, c)
}

// ListIterator is List.listIterator(): not synchronized.
func (s *synchronizedList[E]) ListIterator() ListIterator[E] { return s.l.ListIterator() }

// ListIteratorAt is List.listIterator(int): not synchronized.
func (s *synchronizedList[E]) ListIteratorAt(index int32) ListIterator[E] {
	return s.l.ListIteratorAt(index)
}

// SubList is List.subList(int, int): synchronized on the same monitor.
func (s *synchronizedList[E]) SubList(fromIndex, toIndex int32) List[E] {
	defer Lock(s.mutex)()
	return synchronizedListOn(s.l.SubList(fromIndex, toIndex), s.mutex)
}

// ReplaceAll is List.replaceAll(UnaryOperator).
func (s *synchronizedList[E]) ReplaceAll(operator UnaryOperator[E]) {
	defer Lock(s.mutex)()
	s.l.ReplaceAll(operator)
}

// Sort is List.sort(Comparator).
func (s *synchronizedList[E]) Sort(c Comparator[E]) {
	defer Lock(s.mutex)()
	s.l.Sort(c)
}

// Equals is List.equals(Object).
func (s *synchronizedList[E]) Equals(o any) bool {
	if isSameObject(o, s) {
		return true
	}
	defer Lock(s.mutex)()
	return Equals(s.l, o)
}

// HashCode is List.hashCode().
func (s *synchronizedList[E]) HashCode() int32 {
	defer Lock(s.mutex)()
	return HashCode(s.l)
}

// synchronizedMap is Collections.synchronizedMap: every method, and those of its views,
// holds the wrapper's monitor.
type synchronizedMap[K, V any] struct {
	m Map[K, V]
}

// CollectionsSynchronizedMap is the static Collections.synchronizedMap(Map).
func CollectionsSynchronizedMap[K, V any](m Map[K, V]) Map[K, V] {
	requireNonNullArg(m)
	return &synchronizedMap[K, V]{m}
}

// Size is Map.size().
func (s *synchronizedMap[K, V]) Size() int32 {
	defer Lock(s)()
	return s.m.Size()
}

// IsEmpty is Map.isEmpty().
func (s *synchronizedMap[K, V]) IsEmpty() bool {
	defer Lock(s)()
	return s.m.IsEmpty()
}

// ContainsKey is Map.containsKey(Object).
func (s *synchronizedMap[K, V]) ContainsKey(key any) bool {
	defer Lock(s)()
	return s.m.ContainsKey(key)
}

// ContainsValue is Map.containsValue(Object).
func (s *synchronizedMap[K, V]) ContainsValue(value any) bool {
	defer Lock(s)()
	return s.m.ContainsValue(value)
}

// Get is Map.get(Object).
func (s *synchronizedMap[K, V]) Get(key any) V {
	defer Lock(s)()
	return s.m.Get(key)
}

// Put is Map.put(K, V).
func (s *synchronizedMap[K, V]) Put(key K, value V) V {
	defer Lock(s)()
	return s.m.Put(key, value)
}

// Remove is Map.remove(Object).
func (s *synchronizedMap[K, V]) Remove(key any) V {
	defer Lock(s)()
	return s.m.Remove(key)
}

// PutAll is Map.putAll(Map).
func (s *synchronizedMap[K, V]) PutAll(m Map[K, V]) {
	defer Lock(s)()
	s.m.PutAll(m)
}

// Clear is Map.clear().
func (s *synchronizedMap[K, V]) Clear() {
	defer Lock(s)()
	s.m.Clear()
}

// KeySet is Map.keySet(): synchronized on the map.
func (s *synchronizedMap[K, V]) KeySet() Set[K] {
	defer Lock(s)()
	return synchronizedSetOn(s.m.KeySet(), s)
}

// Values is Map.values(): synchronized on the map.
func (s *synchronizedMap[K, V]) Values() Collection[V] {
	defer Lock(s)()
	return &synchronizedCollection[V]{s.m.Values(), s}
}

// EntrySet is Map.entrySet(): synchronized on the map.
func (s *synchronizedMap[K, V]) EntrySet() Set[MapEntry[K, V]] {
	defer Lock(s)()
	return synchronizedSetOn(s.m.EntrySet(), s)
}

// GetOrDefault is Map.getOrDefault(Object, V).
func (s *synchronizedMap[K, V]) GetOrDefault(key any, defaultValue V) V {
	defer Lock(s)()
	return s.m.GetOrDefault(key, defaultValue)
}

// ForEach is Map.forEach(BiConsumer).
func (s *synchronizedMap[K, V]) ForEach(action BiConsumer[K, V]) {
	defer Lock(s)()
	s.m.ForEach(action)
}

// ReplaceAll is Map.replaceAll(BiFunction).
func (s *synchronizedMap[K, V]) ReplaceAll(function BiFunction[K, V, V]) {
	defer Lock(s)()
	s.m.ReplaceAll(function)
}

// PutIfAbsent is Map.putIfAbsent(K, V).
func (s *synchronizedMap[K, V]) PutIfAbsent(key K, value V) V {
	defer Lock(s)()
	return s.m.PutIfAbsent(key, value)
}

// RemoveMapping is Map.remove(Object, Object).
func (s *synchronizedMap[K, V]) RemoveMapping(key, value any) bool {
	defer Lock(s)()
	return s.m.RemoveMapping(key, value)
}

// ReplaceMapping is Map.replace(K, V, V).
func (s *synchronizedMap[K, V]) ReplaceMapping(key K, oldValue, newValue V) bool {
	defer Lock(s)()
	return s.m.ReplaceMapping(key, oldValue, newValue)
}

// Replace is Map.replace(K, V).
func (s *synchronizedMap[K, V]) Replace(key K, value V) V {
	defer Lock(s)()
	return s.m.Replace(key, value)
}

// ComputeIfAbsent is Map.computeIfAbsent(K, Function).
func (s *synchronizedMap[K, V]) ComputeIfAbsent(key K, mappingFunction Function[K, V]) V {
	defer Lock(s)()
	return s.m.ComputeIfAbsent(key, mappingFunction)
}

// ComputeIfPresent is Map.computeIfPresent(K, BiFunction).
func (s *synchronizedMap[K, V]) ComputeIfPresent(key K, remappingFunction BiFunction[K, V, V]) V {
	defer Lock(s)()
	return s.m.ComputeIfPresent(key, remappingFunction)
}

// Compute is Map.compute(K, BiFunction).
func (s *synchronizedMap[K, V]) Compute(key K, remappingFunction BiFunction[K, V, V]) V {
	defer Lock(s)()
	return s.m.Compute(key, remappingFunction)
}

// Merge is Map.merge(K, V, BiFunction).
func (s *synchronizedMap[K, V]) Merge(key K, value V, remappingFunction BiFunction[V, V, V]) V {
	defer Lock(s)()
	return s.m.Merge(key, value, remappingFunction)
}

// All ranges over the mappings: not synchronized (Java's callers hold the monitor).
func (s *synchronizedMap[K, V]) All() iter.Seq2[K, V] { return s.m.All() }

// Equals is Map.equals(Object).
func (s *synchronizedMap[K, V]) Equals(o any) bool {
	if isSameObject(o, s) {
		return true
	}
	defer Lock(s)()
	return Equals(s.m, o)
}

// HashCode is Map.hashCode().
func (s *synchronizedMap[K, V]) HashCode() int32 {
	defer Lock(s)()
	return HashCode(s.m)
}

// String is the map's toString().
func (s *synchronizedMap[K, V]) String() string {
	defer Lock(s)()
	return Str(s.m)
}

// CollectionsReverseOrder is the static Collections.reverseOrder().
func CollectionsReverseOrder[T any]() Comparator[T] { return reverseOrder[T]{} }
