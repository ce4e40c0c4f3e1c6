package java

import "iter"

// ConcurrentSkipListMap and ConcurrentSkipListSet: thread-safe sorted maps and sets. The
// order and navigation are TreeMap's (same views, same bounds checks), behind one lock;
// iterators and views iterate a snapshot taken when they start (weakly consistent: no
// ConcurrentModificationException), and the entries they and firstEntry/floorEntry...
// return are immutable, as Java's. Null keys and values throw NullPointerException.

// ConcurrentSkipListMap is java.util.concurrent.ConcurrentSkipListMap<K, V>.
type ConcurrentSkipListMap[K, V any] struct {
	mapDefaults[K, V]
	lock *reentrantRW
	v    *tmView[K, V]
}

// NewConcurrentSkipListMap is the constructor ConcurrentSkipListMap(): natural ordering.
func NewConcurrentSkipListMap[K, V any]() *ConcurrentSkipListMap[K, V] {
	return NewConcurrentSkipListMapWith[K, V](nil)
}

// NewConcurrentSkipListMapWith is the constructor ConcurrentSkipListMap(Comparator).
func NewConcurrentSkipListMapWith[K, V any](comparator Comparator[K]) *ConcurrentSkipListMap[K, V] {
	return newSkipListMap(&reentrantRW{}, newView(newRBTree[K, V](comparator), tmBound[K]{}, tmBound[K]{}, false))
}

// NewConcurrentSkipListMapFrom is the constructor ConcurrentSkipListMap(Map) (and
// (SortedMap), keeping its comparator).
func NewConcurrentSkipListMapFrom[K, V any](m Map[K, V]) *ConcurrentSkipListMap[K, V] {
	requireNonNullArg(m)
	var c Comparator[K]
	if sm, ok := m.(SortedMap[K, V]); ok {
		c = sm.Comparator()
	}
	s := NewConcurrentSkipListMapWith[K, V](c)
	s.PutAll(m)
	return s
}

func newSkipListMap[K, V any](lock *reentrantRW, v *tmView[K, V]) *ConcurrentSkipListMap[K, V] {
	s := &ConcurrentSkipListMap[K, V]{lock: lock, v: v}
	// The default methods run holding the lock, on the tree view itself (taking the read
	// lock again inside them could deadlock behind a waiting writer).
	s.self = v
	return s
}

// snapshot is the view's mappings now, as immutable entries.
func (s *ConcurrentSkipListMap[K, V]) snapshot() []*AbstractMapSimpleEntry[K, V] {
	defer s.lock.runlock(s.lock.rlock())
	var out []*AbstractMapSimpleEntry[K, V]
	for e := range s.v.nodes() {
		out = append(out, &AbstractMapSimpleEntry[K, V]{e.key, e.value})
	}
	return out
}

// Size is Map.size().
func (s *ConcurrentSkipListMap[K, V]) Size() int32 {
	defer s.lock.runlock(s.lock.rlock())
	return s.v.Size()
}

// IsEmpty is Map.isEmpty().
func (s *ConcurrentSkipListMap[K, V]) IsEmpty() bool {
	defer s.lock.runlock(s.lock.rlock())
	return s.v.IsEmpty()
}

// ContainsKey is Map.containsKey(Object).
func (s *ConcurrentSkipListMap[K, V]) ContainsKey(key any) bool {
	requireNonNullArg(key)
	defer s.lock.runlock(s.lock.rlock())
	return s.v.ContainsKey(key)
}

// ContainsValue is Map.containsValue(Object).
func (s *ConcurrentSkipListMap[K, V]) ContainsValue(value any) bool {
	requireNonNullArg(value)
	defer s.lock.runlock(s.lock.rlock())
	return s.v.ContainsValue(value)
}

// Get is Map.get(Object).
func (s *ConcurrentSkipListMap[K, V]) Get(key any) V {
	requireNonNullArg(key)
	defer s.lock.runlock(s.lock.rlock())
	return s.v.Get(key)
}

// Put is Map.put(K, V).
func (s *ConcurrentSkipListMap[K, V]) Put(key K, value V) V {
	requireNonNullArg(key)
	requireNonNullArg(value)
	s.lock.lock()
	defer s.lock.unlock()
	return s.v.Put(key, value)
}

// Remove is Map.remove(Object).
func (s *ConcurrentSkipListMap[K, V]) Remove(key any) V {
	requireNonNullArg(key)
	s.lock.lock()
	defer s.lock.unlock()
	return s.v.Remove(key)
}

// PutAll is Map.putAll(Map).
func (s *ConcurrentSkipListMap[K, V]) PutAll(m Map[K, V]) {
	requireNonNullArg(m)
	for k, v := range m.All() {
		s.Put(k, v)
	}
}

// Clear is Map.clear().
func (s *ConcurrentSkipListMap[K, V]) Clear() {
	s.lock.lock()
	defer s.lock.unlock()
	s.v.Clear()
}

// The default methods, each atomic under the lock (ConcurrentMap's contract).

// GetOrDefault is Map.getOrDefault(Object, V).
func (s *ConcurrentSkipListMap[K, V]) GetOrDefault(key any, defaultValue V) V {
	defer s.lock.runlock(s.lock.rlock())
	return s.mapDefaults.GetOrDefault(key, defaultValue)
}

// PutIfAbsent is Map.putIfAbsent(K, V).
func (s *ConcurrentSkipListMap[K, V]) PutIfAbsent(key K, value V) V {
	s.lock.lock()
	defer s.lock.unlock()
	return s.mapDefaults.PutIfAbsent(key, value)
}

// RemoveMapping is Map.remove(Object, Object).
func (s *ConcurrentSkipListMap[K, V]) RemoveMapping(key, value any) bool {
	s.lock.lock()
	defer s.lock.unlock()
	return s.mapDefaults.RemoveMapping(key, value)
}

// ReplaceMapping is Map.replace(K, V, V).
func (s *ConcurrentSkipListMap[K, V]) ReplaceMapping(key K, oldValue, newValue V) bool {
	s.lock.lock()
	defer s.lock.unlock()
	return s.mapDefaults.ReplaceMapping(key, oldValue, newValue)
}

// Replace is Map.replace(K, V).
func (s *ConcurrentSkipListMap[K, V]) Replace(key K, value V) V {
	s.lock.lock()
	defer s.lock.unlock()
	return s.mapDefaults.Replace(key, value)
}

// ComputeIfAbsent is Map.computeIfAbsent(K, Function).
func (s *ConcurrentSkipListMap[K, V]) ComputeIfAbsent(key K, mappingFunction Function[K, V]) V {
	s.lock.lock()
	defer s.lock.unlock()
	return s.mapDefaults.ComputeIfAbsent(key, mappingFunction)
}

// ComputeIfPresent is Map.computeIfPresent(K, BiFunction).
func (s *ConcurrentSkipListMap[K, V]) ComputeIfPresent(key K, remappingFunction BiFunction[K, V, V]) V {
	s.lock.lock()
	defer s.lock.unlock()
	return s.mapDefaults.ComputeIfPresent(key, remappingFunction)
}

// Compute is Map.compute(K, BiFunction).
func (s *ConcurrentSkipListMap[K, V]) Compute(key K, remappingFunction BiFunction[K, V, V]) V {
	s.lock.lock()
	defer s.lock.unlock()
	return s.mapDefaults.Compute(key, remappingFunction)
}

// Merge is Map.merge(K, V, BiFunction).
func (s *ConcurrentSkipListMap[K, V]) Merge(key K, value V, remappingFunction BiFunction[V, V, V]) V {
	s.lock.lock()
	defer s.lock.unlock()
	return s.mapDefaults.Merge(key, value, remappingFunction)
}

// ReplaceAll is Map.replaceAll(BiFunction).
func (s *ConcurrentSkipListMap[K, V]) ReplaceAll(function BiFunction[K, V, V]) {
	requireNonNullArg(function)
	for _, e := range s.snapshot() {
		s.ReplaceMapping(e.key, e.value, function.Apply(e.key, e.value))
	}
}

// ForEach is Map.forEach(BiConsumer), over a snapshot.
func (s *ConcurrentSkipListMap[K, V]) ForEach(action BiConsumer[K, V]) {
	requireNonNullArg(action)
	for _, e := range s.snapshot() {
		action.Accept(e.key, e.value)
	}
}

// All ranges over a snapshot of the mappings.
func (s *ConcurrentSkipListMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for _, e := range s.snapshot() {
			if !yield(e.key, e.value) {
				return
			}
		}
	}
}

// Comparator is SortedMap.comparator().
func (s *ConcurrentSkipListMap[K, V]) Comparator() Comparator[K] { return s.v.Comparator() }

func (s *ConcurrentSkipListMap[K, V]) read(f func() *tmNode[K, V]) *tmNode[K, V] {
	defer s.lock.runlock(s.lock.rlock())
	return f()
}

// FirstKey is SortedMap.firstKey().
func (s *ConcurrentSkipListMap[K, V]) FirstKey() K { return keyOrThrow(s.read(s.v.firstNode)) }

// LastKey is SortedMap.lastKey().
func (s *ConcurrentSkipListMap[K, V]) LastKey() K { return keyOrThrow(s.read(s.v.lastNode)) }

// FirstEntry is NavigableMap.firstEntry().
func (s *ConcurrentSkipListMap[K, V]) FirstEntry() MapEntry[K, V] {
	return s.read(s.v.firstNode).snapshot()
}

// LastEntry is NavigableMap.lastEntry().
func (s *ConcurrentSkipListMap[K, V]) LastEntry() MapEntry[K, V] {
	return s.read(s.v.lastNode).snapshot()
}

// PollFirstEntry is NavigableMap.pollFirstEntry().
func (s *ConcurrentSkipListMap[K, V]) PollFirstEntry() MapEntry[K, V] {
	s.lock.lock()
	defer s.lock.unlock()
	return s.v.PollFirstEntry()
}

// PollLastEntry is NavigableMap.pollLastEntry().
func (s *ConcurrentSkipListMap[K, V]) PollLastEntry() MapEntry[K, V] {
	s.lock.lock()
	defer s.lock.unlock()
	return s.v.PollLastEntry()
}

func (s *ConcurrentSkipListMap[K, V]) nav(f func(K) *tmNode[K, V], key K) *tmNode[K, V] {
	requireNonNullArg(key)
	defer s.lock.runlock(s.lock.rlock())
	return f(key)
}

// LowerEntry is NavigableMap.lowerEntry(K).
func (s *ConcurrentSkipListMap[K, V]) LowerEntry(key K) MapEntry[K, V] {
	return s.nav(s.v.lowerNode, key).snapshot()
}

// LowerKey is NavigableMap.lowerKey(K).
func (s *ConcurrentSkipListMap[K, V]) LowerKey(key K) K { return keyOrNull(s.nav(s.v.lowerNode, key)) }

// FloorEntry is NavigableMap.floorEntry(K).
func (s *ConcurrentSkipListMap[K, V]) FloorEntry(key K) MapEntry[K, V] {
	return s.nav(s.v.floorNode, key).snapshot()
}

// FloorKey is NavigableMap.floorKey(K).
func (s *ConcurrentSkipListMap[K, V]) FloorKey(key K) K { return keyOrNull(s.nav(s.v.floorNode, key)) }

// CeilingEntry is NavigableMap.ceilingEntry(K).
func (s *ConcurrentSkipListMap[K, V]) CeilingEntry(key K) MapEntry[K, V] {
	return s.nav(s.v.ceilingNode, key).snapshot()
}

// CeilingKey is NavigableMap.ceilingKey(K).
func (s *ConcurrentSkipListMap[K, V]) CeilingKey(key K) K {
	return keyOrNull(s.nav(s.v.ceilingNode, key))
}

// HigherEntry is NavigableMap.higherEntry(K).
func (s *ConcurrentSkipListMap[K, V]) HigherEntry(key K) MapEntry[K, V] {
	return s.nav(s.v.higherNode, key).snapshot()
}

// HigherKey is NavigableMap.higherKey(K).
func (s *ConcurrentSkipListMap[K, V]) HigherKey(key K) K {
	return keyOrNull(s.nav(s.v.higherNode, key))
}

func (s *ConcurrentSkipListMap[K, V]) wrap(m NavigableMap[K, V]) *ConcurrentSkipListMap[K, V] {
	return newSkipListMap(s.lock, m.(*tmView[K, V]))
}

// HeadMap is SortedMap.headMap(K).
func (s *ConcurrentSkipListMap[K, V]) HeadMap(toKey K) SortedMap[K, V] {
	return s.HeadMapInclusive(toKey, false)
}

// TailMap is SortedMap.tailMap(K).
func (s *ConcurrentSkipListMap[K, V]) TailMap(fromKey K) SortedMap[K, V] {
	return s.TailMapInclusive(fromKey, true)
}

// SubMap is SortedMap.subMap(K, K).
func (s *ConcurrentSkipListMap[K, V]) SubMap(fromKey, toKey K) SortedMap[K, V] {
	return s.SubMapInclusive(fromKey, true, toKey, false)
}

// HeadMapInclusive is NavigableMap.headMap(K, boolean).
func (s *ConcurrentSkipListMap[K, V]) HeadMapInclusive(toKey K, inclusive bool) NavigableMap[K, V] {
	requireNonNullArg(toKey)
	return s.wrap(s.v.HeadMapInclusive(toKey, inclusive))
}

// TailMapInclusive is NavigableMap.tailMap(K, boolean).
func (s *ConcurrentSkipListMap[K, V]) TailMapInclusive(fromKey K, inclusive bool) NavigableMap[K, V] {
	requireNonNullArg(fromKey)
	return s.wrap(s.v.TailMapInclusive(fromKey, inclusive))
}

// SubMapInclusive is NavigableMap.subMap(K, boolean, K, boolean).
func (s *ConcurrentSkipListMap[K, V]) SubMapInclusive(fromKey K, fromInclusive bool, toKey K, toInclusive bool) NavigableMap[K, V] {
	requireNonNullArg(fromKey)
	requireNonNullArg(toKey)
	return s.wrap(s.v.SubMapInclusive(fromKey, fromInclusive, toKey, toInclusive))
}

// DescendingMap is NavigableMap.descendingMap().
func (s *ConcurrentSkipListMap[K, V]) DescendingMap() NavigableMap[K, V] {
	return s.wrap(s.v.DescendingMap())
}

// KeySet is Map.keySet(): a NavigableSet view.
func (s *ConcurrentSkipListMap[K, V]) KeySet() Set[K] { return s.NavigableKeySet() }

// NavigableKeySet is NavigableMap.navigableKeySet().
func (s *ConcurrentSkipListMap[K, V]) NavigableKeySet() NavigableSet[K] {
	return newSkipListKeySet(s, nil)
}

// DescendingKeySet is NavigableMap.descendingKeySet().
func (s *ConcurrentSkipListMap[K, V]) DescendingKeySet() NavigableSet[K] {
	return newSkipListKeySet(s.wrap(s.v.DescendingMap()), nil)
}

// Values is Map.values(): a view over snapshots.
func (s *ConcurrentSkipListMap[K, V]) Values() Collection[V] {
	return newSnapshotView(func() []V {
		var out []V
		for _, e := range s.snapshot() {
			out = append(out, e.value)
		}
		return out
	}, s.ContainsValue, func(o any) bool {
		for _, e := range s.snapshot() {
			if Equals(o, e.value) {
				return s.RemoveMapping(e.key, e.value)
			}
		}
		return false
	}, s.Clear, false)
}

// EntrySet is Map.entrySet(): a view over snapshots of immutable entries.
func (s *ConcurrentSkipListMap[K, V]) EntrySet() Set[MapEntry[K, V]] {
	return newSnapshotView(func() []MapEntry[K, V] {
		var out []MapEntry[K, V]
		for _, e := range s.snapshot() {
			out = append(out, &immutableEntry[K, V]{*e})
		}
		return out
	}, func(o any) bool {
		k, v, ok := entryKeyValue[K, V](o)
		return ok && !isNull(k) && s.ContainsKey(k) && Equals(s.Get(k), v)
	}, func(o any) bool {
		k, v, ok := entryKeyValue[K, V](o)
		return ok && !isNull(k) && s.RemoveMapping(k, v)
	}, s.Clear, true)
}

// Equals is AbstractMap.equals(Object).
func (s *ConcurrentSkipListMap[K, V]) Equals(o any) bool { return mapEquals[K, V](s, o) }

// HashCode is AbstractMap.hashCode().
func (s *ConcurrentSkipListMap[K, V]) HashCode() int32 { return mapHashCode(s.All()) }

// String is AbstractMap.toString().
func (s *ConcurrentSkipListMap[K, V]) String() string { return mapString(s.All(), s) }

// Clone is ConcurrentSkipListMap.clone().
func (s *ConcurrentSkipListMap[K, V]) Clone() *ConcurrentSkipListMap[K, V] {
	return NewConcurrentSkipListMapFrom[K, V](s)
}

// snapshotView is a collection view that reads snapshots and changes its map through
// functions (values and entry set of a ConcurrentSkipListMap).
type snapshotView[E any] struct {
	abstractSet[E]
	elems    func() []E
	contains func(any) bool
	remove   func(any) bool
	clear    func()
	isSet    bool
}

func newSnapshotView[E any](elems func() []E, contains, remove func(any) bool, clear func(), isSet bool) *snapshotView[E] {
	v := &snapshotView[E]{elems: elems, contains: contains, remove: remove, clear: clear, isSet: isSet}
	v.self = v
	return v
}

func (v *snapshotView[E]) Size() int32           { return int32(len(v.elems())) }
func (v *snapshotView[E]) Contains(o any) bool   { return v.contains(o) }
func (v *snapshotView[E]) Remove(o any) bool     { return v.remove(o) }
func (v *snapshotView[E]) Clear()                { v.clear() }
func (v *snapshotView[E]) ToArray() []E          { return v.elems() }
func (v *snapshotView[E]) All() iter.Seq[E]      { return iterSlice(v.elems()) }
func (v *snapshotView[E]) unsizedStream()        {}
func (v *snapshotView[E]) Iterator() Iterator[E] { return &sliceRemoveIter[E]{a: v.elems(), remove: v} }

// Equals is Set.equals for the entry set, identity for the values.
func (v *snapshotView[E]) Equals(o any) bool {
	if v.isSet {
		return v.abstractSet.Equals(o)
	}
	return isSameObject(o, v)
}

// ConcurrentSkipListSet is java.util.concurrent.ConcurrentSkipListSet<E>.
type ConcurrentSkipListSet[E any] struct {
	skipListKeySet[E, bool]
}

// NewConcurrentSkipListSet is the constructor ConcurrentSkipListSet(): natural ordering.
func NewConcurrentSkipListSet[E any]() *ConcurrentSkipListSet[E] {
	return NewConcurrentSkipListSetWith[E](nil)
}

// NewConcurrentSkipListSetWith is the constructor ConcurrentSkipListSet(Comparator).
func NewConcurrentSkipListSetWith[E any](comparator Comparator[E]) *ConcurrentSkipListSet[E] {
	m := NewConcurrentSkipListMapWith[E, bool](comparator)
	s := &ConcurrentSkipListSet[E]{}
	s.m = m
	s.add = func(e E) bool { // called holding the lock
		_, present := m.v.t.put(e, true)
		return !present
	}
	s.self = s
	return s
}

// NewConcurrentSkipListSetFrom is the constructor ConcurrentSkipListSet(Collection).
func NewConcurrentSkipListSetFrom[E any](c Collection[E]) *ConcurrentSkipListSet[E] {
	requireNonNullCollection(c)
	var cmp Comparator[E]
	if ss, ok := c.(SortedSet[E]); ok {
		cmp = ss.Comparator()
	}
	s := NewConcurrentSkipListSetWith[E](cmp)
	s.AddAll(c)
	return s
}

// skipListKeySet is ConcurrentSkipListMap.KeySet and the body of ConcurrentSkipListSet.
type skipListKeySet[K, V any] struct {
	abstractSet[K]
	m   *ConcurrentSkipListMap[K, V]
	add func(K) bool
}

func newSkipListKeySet[K, V any](m *ConcurrentSkipListMap[K, V], add func(K) bool) *skipListKeySet[K, V] {
	s := &skipListKeySet[K, V]{m: m, add: add}
	s.self = s
	return s
}

func (s *skipListKeySet[K, V]) keys() []K {
	var out []K
	for _, e := range s.m.snapshot() {
		out = append(out, e.key)
	}
	return out
}

// Size is Set.size().
func (s *skipListKeySet[K, V]) Size() int32 { return s.m.Size() }

// IsEmpty is Set.isEmpty().
func (s *skipListKeySet[K, V]) IsEmpty() bool { return s.m.IsEmpty() }

// Contains is Set.contains(Object).
func (s *skipListKeySet[K, V]) Contains(o any) bool { return s.m.ContainsKey(o) }

// Add is Set.add(E) (UnsupportedOperationException on a map's key set).
func (s *skipListKeySet[K, V]) Add(e K) bool {
	if s.add == nil {
		panic(unsupportedOp())
	}
	requireNonNullArg(e)
	s.m.lock.lock()
	defer s.m.lock.unlock()
	if !s.m.v.inRange(e) {
		panic(NewIllegalArgumentException2("key out of range"))
	}
	return s.add(e)
}

// Remove is Set.remove(Object).
func (s *skipListKeySet[K, V]) Remove(o any) bool {
	requireNonNullArg(o)
	s.m.lock.lock()
	defer s.m.lock.unlock()
	had := s.m.v.ContainsKey(o)
	s.m.v.Remove(o)
	return had
}

// Clear is Set.clear().
func (s *skipListKeySet[K, V]) Clear() { s.m.Clear() }

// ToArray is Set.toArray(), in order.
func (s *skipListKeySet[K, V]) ToArray() []K { return s.keys() }

// Iterator is Set.iterator(): over a snapshot.
func (s *skipListKeySet[K, V]) Iterator() Iterator[K] {
	return &sliceRemoveIter[K]{a: s.keys(), remove: s}
}

// All ranges over a snapshot of the keys.
func (s *skipListKeySet[K, V]) All() iter.Seq[K] { return iterSlice(s.keys()) }

// unsizedStream: stream() is not SIZED, as the concurrent skip list's.
func (s *skipListKeySet[K, V]) unsizedStream() {}

// Comparator is SortedSet.comparator().
func (s *skipListKeySet[K, V]) Comparator() Comparator[K] { return s.m.Comparator() }

// First is SortedSet.first().
func (s *skipListKeySet[K, V]) First() K { return s.m.FirstKey() }

// Last is SortedSet.last().
func (s *skipListKeySet[K, V]) Last() K { return s.m.LastKey() }

// Lower is NavigableSet.lower(E).
func (s *skipListKeySet[K, V]) Lower(e K) K { return s.m.LowerKey(e) }

// Floor is NavigableSet.floor(E).
func (s *skipListKeySet[K, V]) Floor(e K) K { return s.m.FloorKey(e) }

// Ceiling is NavigableSet.ceiling(E).
func (s *skipListKeySet[K, V]) Ceiling(e K) K { return s.m.CeilingKey(e) }

// Higher is NavigableSet.higher(E).
func (s *skipListKeySet[K, V]) Higher(e K) K { return s.m.HigherKey(e) }

// PollFirst is NavigableSet.pollFirst().
func (s *skipListKeySet[K, V]) PollFirst() K {
	if e := s.m.PollFirstEntry(); e != nil {
		return e.Key()
	}
	zero := Null[K]()
	return zero
}

// PollLast is NavigableSet.pollLast().
func (s *skipListKeySet[K, V]) PollLast() K {
	if e := s.m.PollLastEntry(); e != nil {
		return e.Key()
	}
	zero := Null[K]()
	return zero
}

func (s *skipListKeySet[K, V]) wrap(m NavigableMap[K, V]) *skipListKeySet[K, V] {
	return newSkipListKeySet(m.(*ConcurrentSkipListMap[K, V]), s.add)
}

// DescendingSet is NavigableSet.descendingSet().
func (s *skipListKeySet[K, V]) DescendingSet() NavigableSet[K] { return s.wrap(s.m.DescendingMap()) }

// DescendingIterator is NavigableSet.descendingIterator().
func (s *skipListKeySet[K, V]) DescendingIterator() Iterator[K] {
	return s.wrap(s.m.DescendingMap()).Iterator()
}

// HeadSet is SortedSet.headSet(E).
func (s *skipListKeySet[K, V]) HeadSet(toElement K) SortedSet[K] {
	return s.HeadSetInclusive(toElement, false)
}

// TailSet is SortedSet.tailSet(E).
func (s *skipListKeySet[K, V]) TailSet(fromElement K) SortedSet[K] {
	return s.TailSetInclusive(fromElement, true)
}

// SubSet is SortedSet.subSet(E, E).
func (s *skipListKeySet[K, V]) SubSet(fromElement, toElement K) SortedSet[K] {
	return s.SubSetInclusive(fromElement, true, toElement, false)
}

// HeadSetInclusive is NavigableSet.headSet(E, boolean).
func (s *skipListKeySet[K, V]) HeadSetInclusive(toElement K, inclusive bool) NavigableSet[K] {
	return s.wrap(s.m.HeadMapInclusive(toElement, inclusive))
}

// TailSetInclusive is NavigableSet.tailSet(E, boolean).
func (s *skipListKeySet[K, V]) TailSetInclusive(fromElement K, inclusive bool) NavigableSet[K] {
	return s.wrap(s.m.TailMapInclusive(fromElement, inclusive))
}

// SubSetInclusive is NavigableSet.subSet(E, boolean, E, boolean).
func (s *skipListKeySet[K, V]) SubSetInclusive(fromElement K, fromInclusive bool, toElement K, toInclusive bool) NavigableSet[K] {
	return s.wrap(s.m.SubMapInclusive(fromElement, fromInclusive, toElement, toInclusive))
}
