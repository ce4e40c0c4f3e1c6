package java

import (
	"iter"
	"slices"
)

// The unmodifiable collections: List.of / Set.of / Map.of and their copyOf (Java's
// ImmutableCollections: no nulls, duplicate checks), Stream.toList, Collections.empty*,
// singleton*, nCopies, and the unmodifiable views of Collections.unmodifiable*. Every
// mutator throws UnsupportedOperationException.
//
// Set.of and Map.of iterate in the order of their arguments. (Java's order depends on a
// salt chosen at random when the JVM starts, so no program can rely on it.)

// unsupportedOp is the exception every mutator of an unmodifiable collection throws.
func unsupportedOp() UnsupportedOperationException { return NewUnsupportedOperationException() }

// immutableList is List.of(...), List.copyOf, Stream.toList (which allows nulls),
// Collections.emptyList, singletonList and nCopies.
type immutableList[E any] struct {
	abstractList[E]
	a          []E
	allowNulls bool
}

func newImmutableList[E any](a []E) *immutableList[E] {
	l := &immutableList[E]{a: a, allowNulls: true}
	l.initList(l)
	return l
}

// Size is List.size().
func (l *immutableList[E]) Size() int32 { return int32(len(l.a)) }

// Get is List.get(int).
func (l *immutableList[E]) Get(index int32) E {
	checkListIndex(index, int32(len(l.a)))
	return l.a[index]
}

// IndexOf is List.indexOf(Object): NullPointerException for null in List.of's lists.
func (l *immutableList[E]) IndexOf(o any) int32 {
	if !l.allowNulls && isNull(o) {
		panic(NewNullPointerException())
	}
	return l.abstractList.IndexOf(o)
}

// LastIndexOf is List.lastIndexOf(Object).
func (l *immutableList[E]) LastIndexOf(o any) int32 {
	if !l.allowNulls && isNull(o) {
		panic(NewNullPointerException())
	}
	return l.abstractList.LastIndexOf(o)
}

// Contains is List.contains(Object).
func (l *immutableList[E]) Contains(o any) bool { return l.IndexOf(o) >= 0 }

// ToArray is List.toArray().
func (l *immutableList[E]) ToArray() []E { return slices.Clone(l.a[:len(l.a):len(l.a)]) }

// Iterator is List.iterator(): remove throws UnsupportedOperationException.
func (l *immutableList[E]) Iterator() Iterator[E] { return &sliceIter[E]{a: l.a} }

// All ranges over the list.
func (l *immutableList[E]) All() iter.Seq[E] { return slices.Values(l.a) }

// SubList is List.subList(int, int): unmodifiable too.
func (l *immutableList[E]) SubList(fromIndex, toIndex int32) List[E] {
	checkSubListRange(fromIndex, toIndex, int32(len(l.a)))
	s := &immutableList[E]{a: l.a[fromIndex:toIndex:toIndex], allowNulls: l.allowNulls}
	s.initList(s)
	return s
}

// Add is List.add(E): UnsupportedOperationException.
func (l *immutableList[E]) Add(e E) bool { panic(unsupportedOp()) }

// Remove is List.remove(Object): UnsupportedOperationException.
func (l *immutableList[E]) Remove(o any) bool { panic(unsupportedOp()) }

// AddAll is List.addAll(Collection): UnsupportedOperationException.
func (l *immutableList[E]) AddAll(c Collection[E]) bool { panic(unsupportedOp()) }

// AddAllAt is List.addAll(int, Collection): UnsupportedOperationException.
func (l *immutableList[E]) AddAllAt(index int32, c Collection[E]) bool { panic(unsupportedOp()) }

// RemoveAll is List.removeAll(Collection): UnsupportedOperationException.
func (l *immutableList[E]) RemoveAll(c any) bool { panic(unsupportedOp()) }

// RetainAll is List.retainAll(Collection): UnsupportedOperationException.
func (l *immutableList[E]) RetainAll(c any) bool { panic(unsupportedOp()) }

// RemoveIf is List.removeIf(Predicate): UnsupportedOperationException.
func (l *immutableList[E]) RemoveIf(filter Predicate[E]) bool { panic(unsupportedOp()) }

// Clear is List.clear(): UnsupportedOperationException.
func (l *immutableList[E]) Clear() { panic(unsupportedOp()) }

// ReplaceAll is List.replaceAll(UnaryOperator): UnsupportedOperationException.
func (l *immutableList[E]) ReplaceAll(operator UnaryOperator[E]) { panic(unsupportedOp()) }

// Sort is List.sort(Comparator): UnsupportedOperationException.
func (l *immutableList[E]) Sort(c Comparator[E]) { panic(unsupportedOp()) }

// requireNoNulls is the null check of List.of, Set.of and copyOf.
func requireNoNulls[E any](a []E) {
	for _, e := range a {
		requireNonNullArg(e)
	}
}

// ListOf is the static List.of(E...) (and its fixed-arity forms): unmodifiable, no nulls.
func ListOf[E any](elements ...E) List[E] {
	requireNoNulls(elements)
	l := newImmutableList(slices.Clone(elements))
	l.allowNulls = false
	return l
}

// ListCopyOf is the static List.copyOf(Collection): an unmodifiable copy (the same list
// when it is already one of List.of's).
func ListCopyOf[E any](c Collection[E]) List[E] {
	requireNonNullCollection(c)
	if l, ok := c.(*immutableList[E]); ok && !l.allowNulls {
		return l
	}
	return ListOf(c.ToArray()...)
}

// CollectionsEmptyList is the static Collections.emptyList().
func CollectionsEmptyList[E any]() List[E] { return newImmutableList[E](nil) }

// CollectionsSingletonList is the static Collections.singletonList(T) (null allowed).
func CollectionsSingletonList[E any](o E) List[E] { return newImmutableList([]E{o}) }

// CollectionsNCopies is the static Collections.nCopies(int, T).
func CollectionsNCopies[E any](n int32, o E) List[E] {
	if n < 0 {
		panic(NewIllegalArgumentException2("List length = " + IntStr(n)))
	}
	a := make([]E, n)
	for i := range a {
		a[i] = o
	}
	return newImmutableList(a)
}

// immutableSet is Set.of(...), Set.copyOf, Collections.emptySet and singleton.
type immutableSet[E any] struct {
	abstractSet[E]
	index      *HashMap[E, struct{}]
	a          []E
	allowNulls bool
}

func newImmutableSet[E any](a []E, allowNulls bool) *immutableSet[E] {
	s := &immutableSet[E]{a: a, allowNulls: allowNulls, index: NewHashMap[E, struct{}]()}
	for _, e := range a {
		s.index.Put(e, struct{}{})
	}
	s.self = s
	return s
}

// Size is Set.size().
func (s *immutableSet[E]) Size() int32 { return int32(len(s.a)) }

// Contains is Set.contains(Object): NullPointerException for null in Set.of's sets.
func (s *immutableSet[E]) Contains(o any) bool {
	if !s.allowNulls && isNull(o) {
		panic(NewNullPointerException())
	}
	return s.index.ContainsKey(o)
}

// Iterator is Set.iterator(): remove throws UnsupportedOperationException.
func (s *immutableSet[E]) Iterator() Iterator[E] { return &sliceIter[E]{a: s.a} }

// All ranges over the set.
func (s *immutableSet[E]) All() iter.Seq[E] { return slices.Values(s.a) }

// ToArray is Set.toArray().
func (s *immutableSet[E]) ToArray() []E { return slices.Clone(s.a[:len(s.a):len(s.a)]) }

// Add is Set.add(E): UnsupportedOperationException.
func (s *immutableSet[E]) Add(e E) bool { panic(unsupportedOp()) }

// Remove is Set.remove(Object): UnsupportedOperationException.
func (s *immutableSet[E]) Remove(o any) bool { panic(unsupportedOp()) }

// AddAll is Set.addAll(Collection): UnsupportedOperationException.
func (s *immutableSet[E]) AddAll(c Collection[E]) bool { panic(unsupportedOp()) }

// RemoveAll is Set.removeAll(Collection): UnsupportedOperationException.
func (s *immutableSet[E]) RemoveAll(c any) bool { panic(unsupportedOp()) }

// RetainAll is Set.retainAll(Collection): UnsupportedOperationException.
func (s *immutableSet[E]) RetainAll(c any) bool { panic(unsupportedOp()) }

// RemoveIf is Set.removeIf(Predicate): UnsupportedOperationException.
func (s *immutableSet[E]) RemoveIf(filter Predicate[E]) bool { panic(unsupportedOp()) }

// Clear is Set.clear(): UnsupportedOperationException.
func (s *immutableSet[E]) Clear() { panic(unsupportedOp()) }

// SetOf is the static Set.of(E...): unmodifiable; NullPointerException for a null,
// IllegalArgumentException "duplicate element: x" for a repeated element.
func SetOf[E any](elements ...E) Set[E] {
	requireNoNulls(elements)
	s := newImmutableSet(slices.Clone(elements), false)
	if s.index.Size() != int32(len(elements)) {
		seen := NewHashSet[E]()
		for _, e := range elements {
			if !seen.Add(e) {
				panic(NewIllegalArgumentException2("duplicate element: " + Str(e)))
			}
		}
	}
	return s
}

// SetCopyOf is the static Set.copyOf(Collection): duplicates collapse to the first.
func SetCopyOf[E any](c Collection[E]) Set[E] {
	requireNonNullCollection(c)
	if s, ok := c.(*immutableSet[E]); ok && !s.allowNulls {
		return s
	}
	a := c.ToArray()
	requireNoNulls(a)
	seen := NewLinkedHashSet[E]()
	for _, e := range a {
		seen.Add(e)
	}
	return newImmutableSet(seen.ToArray(), false)
}

// CollectionsEmptySet is the static Collections.emptySet().
func CollectionsEmptySet[E any]() Set[E] { return newImmutableSet[E](nil, true) }

// CollectionsSingleton is the static Collections.singleton(T) (null allowed).
func CollectionsSingleton[E any](o E) Set[E] { return newImmutableSet([]E{o}, true) }

// immutableMap is Map.of(...), Map.ofEntries, Map.copyOf, Collections.emptyMap and
// singletonMap: a LinkedHashMap nobody can change.
type immutableMap[K, V any] struct {
	mapDefaults[K, V]
	m          *LinkedHashMap[K, V]
	allowNulls bool
}

func newImmutableMap[K, V any](m *LinkedHashMap[K, V], allowNulls bool) *immutableMap[K, V] {
	im := &immutableMap[K, V]{m: m, allowNulls: allowNulls}
	im.self = im
	return im
}

func (im *immutableMap[K, V]) checkKey(o any) {
	if !im.allowNulls && isNull(o) {
		panic(NewNullPointerException())
	}
}

// Size is Map.size().
func (im *immutableMap[K, V]) Size() int32 { return im.m.Size() }

// IsEmpty is Map.isEmpty().
func (im *immutableMap[K, V]) IsEmpty() bool { return im.m.IsEmpty() }

// ContainsKey is Map.containsKey(Object): NullPointerException for null in Map.of's maps.
func (im *immutableMap[K, V]) ContainsKey(key any) bool {
	im.checkKey(key)
	return im.m.ContainsKey(key)
}

// ContainsValue is Map.containsValue(Object).
func (im *immutableMap[K, V]) ContainsValue(value any) bool {
	im.checkKey(value)
	return im.m.ContainsValue(value)
}

// Get is Map.get(Object).
func (im *immutableMap[K, V]) Get(key any) V {
	im.checkKey(key)
	return im.m.Get(key)
}

// GetOrDefault is Map.getOrDefault(Object, V).
func (im *immutableMap[K, V]) GetOrDefault(key any, defaultValue V) V {
	im.checkKey(key)
	return im.m.GetOrDefault(key, defaultValue)
}

// KeySet is Map.keySet(): unmodifiable.
func (im *immutableMap[K, V]) KeySet() Set[K] { return CollectionsUnmodifiableSet(im.m.KeySet()) }

// Values is Map.values(): unmodifiable.
func (im *immutableMap[K, V]) Values() Collection[V] {
	return CollectionsUnmodifiableCollection(im.m.Values())
}

// EntrySet is Map.entrySet(): unmodifiable, its entries too.
func (im *immutableMap[K, V]) EntrySet() Set[MapEntry[K, V]] {
	return unmodifiableEntrySet(im.m.EntrySet())
}

// ForEach is Map.forEach(BiConsumer).
func (im *immutableMap[K, V]) ForEach(action BiConsumer[K, V]) { im.m.ForEach(action) }

// All ranges over the mappings.
func (im *immutableMap[K, V]) All() iter.Seq2[K, V] { return im.m.All() }

// Put is Map.put(K, V): UnsupportedOperationException.
func (im *immutableMap[K, V]) Put(key K, value V) V { panic(unsupportedOp()) }

// Remove is Map.remove(Object): UnsupportedOperationException.
func (im *immutableMap[K, V]) Remove(key any) V { panic(unsupportedOp()) }

// PutAll is Map.putAll(Map): UnsupportedOperationException.
func (im *immutableMap[K, V]) PutAll(m Map[K, V]) { panic(unsupportedOp()) }

// Clear is Map.clear(): UnsupportedOperationException.
func (im *immutableMap[K, V]) Clear() { panic(unsupportedOp()) }

// ReplaceAll is Map.replaceAll(BiFunction): UnsupportedOperationException.
func (im *immutableMap[K, V]) ReplaceAll(function BiFunction[K, V, V]) { panic(unsupportedOp()) }

// PutIfAbsent is Map.putIfAbsent(K, V): UnsupportedOperationException.
func (im *immutableMap[K, V]) PutIfAbsent(key K, value V) V { panic(unsupportedOp()) }

// RemoveMapping is Map.remove(Object, Object): UnsupportedOperationException.
func (im *immutableMap[K, V]) RemoveMapping(key, value any) bool { panic(unsupportedOp()) }

// ReplaceMapping is Map.replace(K, V, V): UnsupportedOperationException.
func (im *immutableMap[K, V]) ReplaceMapping(key K, oldValue, newValue V) bool {
	panic(unsupportedOp())
}

// Replace is Map.replace(K, V): UnsupportedOperationException.
func (im *immutableMap[K, V]) Replace(key K, value V) V { panic(unsupportedOp()) }

// ComputeIfAbsent is Map.computeIfAbsent: UnsupportedOperationException.
func (im *immutableMap[K, V]) ComputeIfAbsent(key K, mappingFunction Function[K, V]) V {
	panic(unsupportedOp())
}

// ComputeIfPresent is Map.computeIfPresent: UnsupportedOperationException.
func (im *immutableMap[K, V]) ComputeIfPresent(key K, remappingFunction BiFunction[K, V, V]) V {
	panic(unsupportedOp())
}

// Compute is Map.compute: UnsupportedOperationException.
func (im *immutableMap[K, V]) Compute(key K, remappingFunction BiFunction[K, V, V]) V {
	panic(unsupportedOp())
}

// Merge is Map.merge: UnsupportedOperationException.
func (im *immutableMap[K, V]) Merge(key K, value V, remappingFunction BiFunction[V, V, V]) V {
	panic(unsupportedOp())
}

// Equals is Map.equals(Object).
func (im *immutableMap[K, V]) Equals(o any) bool { return mapEquals[K, V](im, o) }

// HashCode is Map.hashCode().
func (im *immutableMap[K, V]) HashCode() int32 { return im.m.HashCode() }

// String is AbstractMap.toString().
func (im *immutableMap[K, V]) String() string { return mapString(im.m.All(), im) }

// MapOf is the static Map.of(): an empty unmodifiable map. MapOf1...MapOf10 are
// Map.of(k1, v1...) with one to ten mappings: NullPointerException for a null,
// IllegalArgumentException "duplicate key: k" for a repeated key.
func MapOf[K, V any]() Map[K, V] { return MapOfEntries[K, V]() }

// MapOf1 is the static Map.of with 1 mapping.
func MapOf1[K, V any](k1 K, v1 V) Map[K, V] {
	return MapOfEntries(MapEntryOf(k1, v1))
}

// MapOf2 is the static Map.of with 2 mappings.
func MapOf2[K, V any](k1 K, v1 V, k2 K, v2 V) Map[K, V] {
	return MapOfEntries(MapEntryOf(k1, v1), MapEntryOf(k2, v2))
}

// MapOf3 is the static Map.of with 3 mappings.
func MapOf3[K, V any](k1 K, v1 V, k2 K, v2 V, k3 K, v3 V) Map[K, V] {
	return MapOfEntries(MapEntryOf(k1, v1), MapEntryOf(k2, v2), MapEntryOf(k3, v3))
}

// MapOf4 is the static Map.of with 4 mappings.
func MapOf4[K, V any](k1 K, v1 V, k2 K, v2 V, k3 K, v3 V, k4 K, v4 V) Map[K, V] {
	return MapOfEntries(MapEntryOf(k1, v1), MapEntryOf(k2, v2), MapEntryOf(k3, v3), MapEntryOf(k4, v4))
}

// MapOf5 is the static Map.of with 5 mappings.
func MapOf5[K, V any](k1 K, v1 V, k2 K, v2 V, k3 K, v3 V, k4 K, v4 V, k5 K, v5 V) Map[K, V] {
	return MapOfEntries(MapEntryOf(k1, v1), MapEntryOf(k2, v2), MapEntryOf(k3, v3), MapEntryOf(k4, v4), MapEntryOf(k5, v5))
}

// MapOf6 is the static Map.of with 6 mappings.
func MapOf6[K, V any](k1 K, v1 V, k2 K, v2 V, k3 K, v3 V, k4 K, v4 V, k5 K, v5 V, k6 K, v6 V) Map[K, V] {
	return MapOfEntries(MapEntryOf(k1, v1), MapEntryOf(k2, v2), MapEntryOf(k3, v3), MapEntryOf(k4, v4), MapEntryOf(k5, v5), MapEntryOf(k6, v6))
}

// MapOf7 is the static Map.of with 7 mappings.
func MapOf7[K, V any](k1 K, v1 V, k2 K, v2 V, k3 K, v3 V, k4 K, v4 V, k5 K, v5 V, k6 K, v6 V, k7 K, v7 V) Map[K, V] {
	return MapOfEntries(MapEntryOf(k1, v1), MapEntryOf(k2, v2), MapEntryOf(k3, v3), MapEntryOf(k4, v4), MapEntryOf(k5, v5), MapEntryOf(k6, v6), MapEntryOf(k7, v7))
}

// MapOf8 is the static Map.of with 8 mappings.
func MapOf8[K, V any](k1 K, v1 V, k2 K, v2 V, k3 K, v3 V, k4 K, v4 V, k5 K, v5 V, k6 K, v6 V, k7 K, v7 V, k8 K, v8 V) Map[K, V] {
	return MapOfEntries(MapEntryOf(k1, v1), MapEntryOf(k2, v2), MapEntryOf(k3, v3), MapEntryOf(k4, v4), MapEntryOf(k5, v5), MapEntryOf(k6, v6), MapEntryOf(k7, v7), MapEntryOf(k8, v8))
}

// MapOf9 is the static Map.of with 9 mappings.
func MapOf9[K, V any](k1 K, v1 V, k2 K, v2 V, k3 K, v3 V, k4 K, v4 V, k5 K, v5 V, k6 K, v6 V, k7 K, v7 V, k8 K, v8 V, k9 K, v9 V) Map[K, V] {
	return MapOfEntries(MapEntryOf(k1, v1), MapEntryOf(k2, v2), MapEntryOf(k3, v3), MapEntryOf(k4, v4), MapEntryOf(k5, v5), MapEntryOf(k6, v6), MapEntryOf(k7, v7), MapEntryOf(k8, v8), MapEntryOf(k9, v9))
}

// MapOf10 is the static Map.of with 10 mappings.
func MapOf10[K, V any](k1 K, v1 V, k2 K, v2 V, k3 K, v3 V, k4 K, v4 V, k5 K, v5 V, k6 K, v6 V, k7 K, v7 V, k8 K, v8 V, k9 K, v9 V, k10 K, v10 V) Map[K, V] {
	return MapOfEntries(MapEntryOf(k1, v1), MapEntryOf(k2, v2), MapEntryOf(k3, v3), MapEntryOf(k4, v4), MapEntryOf(k5, v5), MapEntryOf(k6, v6), MapEntryOf(k7, v7), MapEntryOf(k8, v8), MapEntryOf(k9, v9), MapEntryOf(k10, v10))
}

// MapOfEntries is the static Map.ofEntries(Map.Entry...).
func MapOfEntries[K, V any](entries ...MapEntry[K, V]) Map[K, V] {
	m := NewLinkedHashMap[K, V]()
	for _, e := range entries {
		requireNonNullArg(e)
		k, v := e.Key(), e.Value()
		requireNonNullArg(k)
		requireNonNullArg(v)
		if m.ContainsKey(k) {
			panic(NewIllegalArgumentException2("duplicate key: " + Str(k)))
		}
		m.Put(k, v)
	}
	return newImmutableMap(m, false)
}

// MapCopyOf is the static Map.copyOf(Map): an unmodifiable copy (the same map when it is
// already one of Map.of's).
func MapCopyOf[K, V any](src Map[K, V]) Map[K, V] {
	requireNonNullArg(src)
	if im, ok := src.(*immutableMap[K, V]); ok && !im.allowNulls {
		return im
	}
	m := NewLinkedHashMap[K, V]()
	for k, v := range src.All() {
		requireNonNullArg(k)
		requireNonNullArg(v)
		m.Put(k, v)
	}
	return newImmutableMap(m, false)
}

// CollectionsEmptyMap is the static Collections.emptyMap().
func CollectionsEmptyMap[K, V any]() Map[K, V] {
	return newImmutableMap(NewLinkedHashMap[K, V](), true)
}

// CollectionsSingletonMap is the static Collections.singletonMap(K, V).
func CollectionsSingletonMap[K, V any](key K, value V) Map[K, V] {
	m := NewLinkedHashMap[K, V]()
	m.Put(key, value)
	return newImmutableMap(m, true)
}

// unmodifiableCollection is Collections.unmodifiableCollection: a read-only view.
// Equality is identity, as Java's (it does not pass equals through).
type unmodifiableCollection[E any] struct {
	c Collection[E]
}

// CollectionsUnmodifiableCollection is the static Collections.unmodifiableCollection.
func CollectionsUnmodifiableCollection[E any](c Collection[E]) Collection[E] {
	requireNonNullCollection(c)
	return &unmodifiableCollection[E]{c}
}

// Size is Collection.size().
func (u *unmodifiableCollection[E]) Size() int32 { return u.c.Size() }

// IsEmpty is Collection.isEmpty().
func (u *unmodifiableCollection[E]) IsEmpty() bool { return u.c.IsEmpty() }

// Contains is Collection.contains(Object).
func (u *unmodifiableCollection[E]) Contains(o any) bool { return u.c.Contains(o) }

// ContainsAll is Collection.containsAll(Collection).
func (u *unmodifiableCollection[E]) ContainsAll(c any) bool { return u.c.ContainsAll(c) }

// ToArray is Collection.toArray().
func (u *unmodifiableCollection[E]) ToArray() []E { return u.c.ToArray() }

// Iterator is Collection.iterator(): remove throws UnsupportedOperationException.
func (u *unmodifiableCollection[E]) Iterator() Iterator[E] { return &readOnlyIter[E]{u.c.Iterator()} }

// ForEach is Iterable.forEach(Consumer).
func (u *unmodifiableCollection[E]) ForEach(action Consumer[E]) { u.c.ForEach(action) }

// All ranges over the collection.
func (u *unmodifiableCollection[E]) All() iter.Seq[E] { return u.c.All() }

// wrapped gives stream() the wrapped collection's stream.
func (u *unmodifiableCollection[E]) wrapped() any { return u.c }

// String is the wrapped collection's toString().
func (u *unmodifiableCollection[E]) String() string { return Str(u.c) }

// Add is Collection.add(E): UnsupportedOperationException.
func (u *unmodifiableCollection[E]) Add(e E) bool { panic(unsupportedOp()) }

// Remove is Collection.remove(Object): UnsupportedOperationException.
func (u *unmodifiableCollection[E]) Remove(o any) bool { panic(unsupportedOp()) }

// AddAll is Collection.addAll(Collection): UnsupportedOperationException.
func (u *unmodifiableCollection[E]) AddAll(c Collection[E]) bool { panic(unsupportedOp()) }

// RemoveAll is Collection.removeAll(Collection): UnsupportedOperationException.
func (u *unmodifiableCollection[E]) RemoveAll(c any) bool { panic(unsupportedOp()) }

// RetainAll is Collection.retainAll(Collection): UnsupportedOperationException.
func (u *unmodifiableCollection[E]) RetainAll(c any) bool { panic(unsupportedOp()) }

// RemoveIf is Collection.removeIf(Predicate): UnsupportedOperationException.
func (u *unmodifiableCollection[E]) RemoveIf(filter Predicate[E]) bool { panic(unsupportedOp()) }

// Clear is Collection.clear(): UnsupportedOperationException.
func (u *unmodifiableCollection[E]) Clear() { panic(unsupportedOp()) }

// readOnlyIter wraps an iterator so that remove throws UnsupportedOperationException.
type readOnlyIter[E any] struct{ it Iterator[E] }

func (r *readOnlyIter[E]) HasNext() bool { return r.it.HasNext() }
func (r *readOnlyIter[E]) Next() E       { return r.it.Next() }
func (r *readOnlyIter[E]) Remove()       { panic(unsupportedOp()) }
func (r *readOnlyIter[E]) ForEachRemaining(action Consumer[E]) {
	r.it.ForEachRemaining(action)
}

// unmodifiableSet is Collections.unmodifiableSet: equality passes through.
type unmodifiableSet[E any] struct {
	unmodifiableCollection[E]
}

func (u *unmodifiableSet[E]) isJavaSet() {}

// Equals is Set.equals(Object).
func (u *unmodifiableSet[E]) Equals(o any) bool { return isSameObject(o, u) || Equals(u.c, o) }

// HashCode is Set.hashCode().
func (u *unmodifiableSet[E]) HashCode() int32 { return HashCode(u.c) }

// CollectionsUnmodifiableSet is the static Collections.unmodifiableSet(Set).
func CollectionsUnmodifiableSet[E any](s Set[E]) Set[E] {
	requireNonNullCollection(s)
	return &unmodifiableSet[E]{unmodifiableCollection[E]{s}}
}

// unmodifiableEntrySet is the entry set of an unmodifiable map: its entries refuse
// setValue.
func unmodifiableEntrySet[K, V any](s Set[MapEntry[K, V]]) Set[MapEntry[K, V]] {
	return CollectionsUnmodifiableSet(newMappedSet(s, func(e MapEntry[K, V]) MapEntry[K, V] {
		return &unmodifiableEntry[K, V]{e}
	}))
}

// unmodifiableEntry is a Map.Entry whose setValue throws UnsupportedOperationException.
type unmodifiableEntry[K, V any] struct{ e MapEntry[K, V] }

func (u *unmodifiableEntry[K, V]) Key() K                  { return u.e.Key() }
func (u *unmodifiableEntry[K, V]) Value() V                { return u.e.Value() }
func (u *unmodifiableEntry[K, V]) SetValue(value V) V      { panic(unsupportedOp()) }
func (u *unmodifiableEntry[K, V]) anyKeyValue() (any, any) { return u.e.Key(), u.e.Value() }
func (u *unmodifiableEntry[K, V]) Equals(o any) bool       { return entryEquals[K, V](u, o) }
func (u *unmodifiableEntry[K, V]) HashCode() int32         { return entryHashCode(u.e.Key(), u.e.Value()) }
func (u *unmodifiableEntry[K, V]) String() string          { return entryString(u.e.Key(), u.e.Value()) }

// mappedSet is a read-only set view whose elements are f of another set's (used to wrap
// entries); membership is tested on the underlying set.
type mappedSet[E any] struct {
	abstractSet[E]
	s Set[E]
	f func(E) E
}

func newMappedSet[E any](s Set[E], f func(E) E) *mappedSet[E] {
	m := &mappedSet[E]{s: s, f: f}
	m.self = m
	return m
}

func (m *mappedSet[E]) Size() int32         { return m.s.Size() }
func (m *mappedSet[E]) Contains(o any) bool { return m.s.Contains(o) }
func (m *mappedSet[E]) Iterator() Iterator[E] {
	return &mappedIter[E, E]{m.s.Iterator(), m.f, true}
}
func (m *mappedSet[E]) All() iter.Seq[E] { return seqMap(m.s.All(), m.f) }

// mappedIter is an Iterator[S] seen through f as an Iterator[T]; Remove passes through
// unless the view is read-only.
type mappedIter[T, S any] struct {
	it       Iterator[S]
	f        func(S) T
	readOnly bool
}

func (m *mappedIter[T, S]) HasNext() bool { return m.it.HasNext() }
func (m *mappedIter[T, S]) Next() T       { return m.f(m.it.Next()) }
func (m *mappedIter[T, S]) Remove() {
	if m.readOnly {
		panic(unsupportedOp())
	}
	m.it.Remove()
}
func (m *mappedIter[T, S]) ForEachRemaining(action Consumer[T]) {
	IteratorForEachRemaining[T](m, action)
}

// unmodifiableList is Collections.unmodifiableList: a read-only view; equality passes
// through.
type unmodifiableList[E any] struct {
	unmodifiableCollection[E]
	l List[E]
}

// CollectionsUnmodifiableList is the static Collections.unmodifiableList(List).
func CollectionsUnmodifiableList[E any](l List[E]) List[E] {
	requireNonNullCollection(l)
	return &unmodifiableList[E]{unmodifiableCollection[E]{l}, l}
}

func (u *unmodifiableList[E]) isJavaList() {}

func (u *unmodifiableList[E]) anyList() List[any] { return ListAs[any, E](u) }

// Get is List.get(int).
func (u *unmodifiableList[E]) Get(index int32) E { return u.l.Get(index) }

// IndexOf is List.indexOf(Object).
func (u *unmodifiableList[E]) IndexOf(o any) int32 { return u.l.IndexOf(o) }

// LastIndexOf is List.lastIndexOf(Object).
func (u *unmodifiableList[E]) LastIndexOf(o any) int32 { return u.l.LastIndexOf(o) }

// SubList is List.subList(int, int): unmodifiable too.
func (u *unmodifiableList[E]) SubList(fromIndex, toIndex int32) List[E] {
	return CollectionsUnmodifiableList(u.l.SubList(fromIndex, toIndex))
}

// ListIterator is List.listIterator(): set, add and remove throw.
func (u *unmodifiableList[E]) ListIterator() ListIterator[E] {
	return &readOnlyListIter[E]{u.l.ListIterator()}
}

// ListIteratorAt is List.listIterator(int).
func (u *unmodifiableList[E]) ListIteratorAt(index int32) ListIterator[E] {
	return &readOnlyListIter[E]{u.l.ListIteratorAt(index)}
}

// Equals is List.equals(Object).
func (u *unmodifiableList[E]) Equals(o any) bool { return isSameObject(o, u) || Equals(u.l, o) }

// HashCode is List.hashCode().
func (u *unmodifiableList[E]) HashCode() int32 { return HashCode(u.l) }

// Set is List.set(int, E): UnsupportedOperationException.
func (u *unmodifiableList[E]) Set(index int32, e E) E { panic(unsupportedOp()) }

// AddAt is List.add(int, E): UnsupportedOperationException.
func (u *unmodifiableList[E]) AddAt(index int32, e E) { panic(unsupportedOp()) }

// RemoveAt is List.remove(int): UnsupportedOperationException.
func (u *unmodifiableList[E]) RemoveAt(index int32) E { panic(unsupportedOp()) }

// AddAllAt is List.addAll(int, Collection): UnsupportedOperationException.
func (u *unmodifiableList[E]) AddAllAt(index int32, c Collection[E]) bool { panic(unsupportedOp()) }

// ReplaceAll is List.replaceAll(UnaryOperator): UnsupportedOperationException.
func (u *unmodifiableList[E]) ReplaceAll(operator UnaryOperator[E]) { panic(unsupportedOp()) }

// Sort is List.sort(Comparator): UnsupportedOperationException.
func (u *unmodifiableList[E]) Sort(c Comparator[E]) { panic(unsupportedOp()) }

type readOnlyListIter[E any] struct{ ListIterator[E] }

func (r *readOnlyListIter[E]) Remove() { panic(unsupportedOp()) }
func (r *readOnlyListIter[E]) Set(e E) { panic(unsupportedOp()) }
func (r *readOnlyListIter[E]) Add(e E) { panic(unsupportedOp()) }

// unmodifiableMap is Collections.unmodifiableMap: a read-only view.
type unmodifiableMap[K, V any] struct {
	immutableMap[K, V]
	src Map[K, V]
}

// CollectionsUnmodifiableMap is the static Collections.unmodifiableMap(Map).
func CollectionsUnmodifiableMap[K, V any](m Map[K, V]) Map[K, V] {
	requireNonNullArg(m)
	u := &unmodifiableMap[K, V]{src: m}
	u.allowNulls = true
	u.self = u
	return u
}

// Size is Map.size().
func (u *unmodifiableMap[K, V]) Size() int32 { return u.src.Size() }

// IsEmpty is Map.isEmpty().
func (u *unmodifiableMap[K, V]) IsEmpty() bool { return u.src.IsEmpty() }

// ContainsKey is Map.containsKey(Object).
func (u *unmodifiableMap[K, V]) ContainsKey(key any) bool { return u.src.ContainsKey(key) }

// ContainsValue is Map.containsValue(Object).
func (u *unmodifiableMap[K, V]) ContainsValue(value any) bool { return u.src.ContainsValue(value) }

// Get is Map.get(Object).
func (u *unmodifiableMap[K, V]) Get(key any) V { return u.src.Get(key) }

// GetOrDefault is Map.getOrDefault(Object, V).
func (u *unmodifiableMap[K, V]) GetOrDefault(key any, defaultValue V) V {
	return u.src.GetOrDefault(key, defaultValue)
}

// KeySet is Map.keySet(): unmodifiable.
func (u *unmodifiableMap[K, V]) KeySet() Set[K] { return CollectionsUnmodifiableSet(u.src.KeySet()) }

// Values is Map.values(): unmodifiable.
func (u *unmodifiableMap[K, V]) Values() Collection[V] {
	return CollectionsUnmodifiableCollection(u.src.Values())
}

// EntrySet is Map.entrySet(): unmodifiable, its entries too.
func (u *unmodifiableMap[K, V]) EntrySet() Set[MapEntry[K, V]] {
	return unmodifiableEntrySet(u.src.EntrySet())
}

// ForEach is Map.forEach(BiConsumer).
func (u *unmodifiableMap[K, V]) ForEach(action BiConsumer[K, V]) { u.src.ForEach(action) }

// All ranges over the mappings.
func (u *unmodifiableMap[K, V]) All() iter.Seq2[K, V] { return u.src.All() }

// Equals is Map.equals(Object).
func (u *unmodifiableMap[K, V]) Equals(o any) bool { return isSameObject(o, u) || Equals(u.src, o) }

// HashCode is Map.hashCode().
func (u *unmodifiableMap[K, V]) HashCode() int32 { return HashCode(u.src) }

// String is the wrapped map's toString().
func (u *unmodifiableMap[K, V]) String() string { return Str(u.src) }
