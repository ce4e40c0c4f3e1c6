package java

import (
	"iter"
	"math"
)

// HashMap and LinkedHashMap share one implementation of Java 17's HashMap algorithm, so
// that iteration follows Java's bucket order for keys with deterministic hash codes
// (strings, numbers, enums... not identity hashes): a table whose size is a power of two,
// hashes spread as h ^ (h >>> 16), load factor 0.75, a new key appended to the end of its
// bin by put (prepended by computeIfAbsent, compute and merge, as Java does), a resize
// that splits each bin keeping its order, and a small table (< 64) doubled instead of a
// bin being made a tree once it holds 8 or 9 nodes. Bins that Java turns into trees
// (tables of 64 or more with 8 colliding keys) stay lists here: their order can differ.

const (
	hashMapMaxCapacity      = 1 << 30
	hashMapDefaultCapacity  = 16
	hashMapDefaultLoad      = float32(0.75)
	hashMapTreeifyThreshold = 8
	hashMapMinTreeifyCap    = 64
)

// hmNode is HashMap.Node (and LinkedHashMap.Entry): the entry in a bin, which the entry
// set's iterator returns (setValue writes through).
type hmNode[K, V any] struct {
	hash          int32
	key           K
	value         V
	next          *hmNode[K, V]
	before, after *hmNode[K, V] // LinkedHashMap's order
}

// Key is Map.Entry.getKey().
func (n *hmNode[K, V]) Key() K { return n.key }

// Value is Map.Entry.getValue().
func (n *hmNode[K, V]) Value() V { return n.value }

// SetValue is Map.Entry.setValue(V).
func (n *hmNode[K, V]) SetValue(value V) V {
	old := n.value
	n.value = value
	return old
}

func (n *hmNode[K, V]) anyKeyValue() (any, any) { return n.key, n.value }

// Equals is Map.Entry.equals(Object).
func (n *hmNode[K, V]) Equals(o any) bool { return entryEquals[K, V](n, o) }

// HashCode is Map.Entry.hashCode().
func (n *hmNode[K, V]) HashCode() int32 { return entryHashCode(n.key, n.value) }

// String is Map.Entry.toString(): "key=value".
func (n *hmNode[K, V]) String() string { return entryString(n.key, n.value) }

// spreadHash is HashMap.hash(Object): the key's hashCode with its high half folded in.
func spreadHash[K any](key K) int32 {
	h := hashOf(key)
	return h ^ int32(uint32(h)>>16)
}

// tableSizeFor is HashMap.tableSizeFor: the power of two >= c.
func tableSizeFor(c int32) int32 {
	n := int32(1)
	for n < c && n < hashMapMaxCapacity {
		n <<= 1
	}
	return n
}

// hashMapCore is the body of HashMap and LinkedHashMap.
type hashMapCore[K, V any] struct {
	table      []*hmNode[K, V]
	size       int32
	threshold  int32
	modCount   int32
	loadFactor float32
	// self is the HashMap or LinkedHashMap around the core (toString's "(this Map)"), or
	// the Java subclass of LinkedHashMap that embeds it (InitSelf).
	self Map[K, V]
	// eldest is self when it overrides removeEldestEntry (LinkedHashMap subclasses).
	eldest interface{ RemoveEldestEntry(MapEntry[K, V]) bool }
	// LinkedHashMap: the entries in insertion (or access) order.
	linked, accessOrder bool
	head, tail          *hmNode[K, V]
}

func (m *hashMapCore[K, V]) init(self Map[K, V], initialCapacity int32, loadFactor float32) {
	if initialCapacity < 0 {
		panic(NewIllegalArgumentException2("Illegal initial capacity: " + IntStr(initialCapacity)))
	}
	if loadFactor <= 0 || loadFactor != loadFactor {
		panic(NewIllegalArgumentException2("Illegal load factor: " + FloatStr(loadFactor)))
	}
	m.self = self
	m.loadFactor = loadFactor
	m.threshold = tableSizeFor(initialCapacity)
}

// initDefault is the no-argument constructor: the table is sized on first use.
func (m *hashMapCore[K, V]) initDefault(self Map[K, V]) {
	m.self = self
	m.loadFactor = hashMapDefaultLoad
}

// resize is HashMap.resize(): allocate the first table or double it, splitting each bin
// into a low and a high list that keep their order.
func (m *hashMapCore[K, V]) resize() []*hmNode[K, V] {
	oldTab := m.table
	oldCap := int32(len(oldTab))
	oldThr := m.threshold
	var newCap, newThr int32
	switch {
	case oldCap > 0:
		if oldCap >= hashMapMaxCapacity {
			m.threshold = math.MaxInt32
			return oldTab
		}
		newCap = oldCap << 1
		if newCap < hashMapMaxCapacity && oldCap >= hashMapDefaultCapacity {
			newThr = oldThr << 1
		}
	case oldThr > 0:
		newCap = oldThr
	default:
		newCap = hashMapDefaultCapacity
		newThr = int32(hashMapDefaultLoad * hashMapDefaultCapacity)
	}
	if newThr == 0 {
		ft := float32(newCap) * m.loadFactor
		if newCap < hashMapMaxCapacity && ft < float32(hashMapMaxCapacity) {
			newThr = int32(ft)
		} else {
			newThr = math.MaxInt32
		}
	}
	m.threshold = newThr
	newTab := make([]*hmNode[K, V], newCap)
	m.table = newTab
	for j, e := range oldTab {
		if e == nil {
			continue
		}
		if e.next == nil {
			newTab[e.hash&(newCap-1)] = e
			continue
		}
		var loHead, loTail, hiHead, hiTail *hmNode[K, V]
		for ; e != nil; e = e.next {
			if e.hash&oldCap == 0 {
				if loTail == nil {
					loHead = e
				} else {
					loTail.next = e
				}
				loTail = e
			} else {
				if hiTail == nil {
					hiHead = e
				} else {
					hiTail.next = e
				}
				hiTail = e
			}
		}
		if loTail != nil {
			loTail.next = nil
			newTab[j] = loHead
		}
		if hiTail != nil {
			hiTail.next = nil
			newTab[int32(j)+oldCap] = hiHead
		}
	}
	return newTab
}

// treeifyBin is HashMap.treeifyBin for a bin that reached the tree threshold: a table
// smaller than 64 is doubled instead; larger bins stay lists here.
func (m *hashMapCore[K, V]) treeifyBin() {
	if len(m.table) < hashMapMinTreeifyCap {
		m.resize()
	}
}

// getNode is HashMap.getNode(Object).
func (m *hashMapCore[K, V]) getNode(key any) *hmNode[K, V] {
	n := len(m.table)
	if n == 0 || m.size == 0 {
		return nil
	}
	h := spreadHash(key)
	for e := m.table[h&int32(n-1)]; e != nil; e = e.next {
		if e.hash == h && equalsKey(key, e.key) {
			return e
		}
	}
	return nil
}

func (m *hashMapCore[K, V]) newNode(h int32, key K, value V, next *hmNode[K, V]) *hmNode[K, V] {
	e := &hmNode[K, V]{hash: h, key: key, value: value, next: next}
	if m.linked {
		if m.tail == nil {
			m.head = e
		} else {
			e.before = m.tail
			m.tail.after = e
		}
		m.tail = e
	}
	return e
}

// afterNodeAccess moves e to the end of an access-ordered LinkedHashMap.
func (m *hashMapCore[K, V]) afterNodeAccess(e *hmNode[K, V]) {
	if !m.accessOrder || m.tail == e {
		return
	}
	m.unlink(e)
	e.before, e.after = m.tail, nil
	if m.tail == nil {
		m.head = e
	} else {
		m.tail.after = e
	}
	m.tail = e
	m.modCount++
}

// afterNodeInsertion is LinkedHashMap.afterNodeInsertion(true), run after a put, compute
// or merge added a key: the eldest entry goes when removeEldestEntry says so.
func (m *hashMapCore[K, V]) afterNodeInsertion() {
	if first := m.head; m.eldest != nil && first != nil && m.eldest.RemoveEldestEntry(first) {
		m.removeNode(first.key, nil, false)
	}
}

func (m *hashMapCore[K, V]) unlink(e *hmNode[K, V]) {
	if !m.linked {
		return
	}
	if e.before == nil {
		m.head = e.after
	} else {
		e.before.after = e.after
	}
	if e.after == nil {
		m.tail = e.before
	} else {
		e.after.before = e.before
	}
	e.before, e.after = nil, nil
}

// putVal is HashMap.putVal: the previous value and whether the key was present.
func (m *hashMapCore[K, V]) putVal(key K, value V, onlyIfAbsent bool) (V, bool) {
	h := spreadHash(key)
	tab := m.table
	if len(tab) == 0 {
		tab = m.resize()
	}
	i := h & int32(len(tab)-1)
	p := tab[i]
	if p == nil {
		tab[i] = m.newNode(h, key, value, nil)
	} else {
		var found *hmNode[K, V]
		if p.hash == h && sameKey(key, p.key) {
			found = p
		} else {
			for binCount := 0; ; binCount++ {
				e := p.next
				if e == nil {
					p.next = m.newNode(h, key, value, nil)
					if binCount >= hashMapTreeifyThreshold-1 {
						m.treeifyBin()
					}
					break
				}
				if e.hash == h && sameKey(key, e.key) {
					found = e
					break
				}
				p = e
			}
		}
		if found != nil {
			old := found.value
			if !onlyIfAbsent || isNull(old) {
				found.value = value
			}
			m.afterNodeAccess(found)
			return old, true
		}
	}
	m.modCount++
	m.size++
	if m.size > m.threshold {
		m.resize()
	}
	m.afterNodeInsertion()
	zero := Null[V]()
	return zero, false
}

// removeNode is HashMap.removeNode: with matchValue, only when the value is equal too.
func (m *hashMapCore[K, V]) removeNode(key any, value any, matchValue bool) *hmNode[K, V] {
	n := len(m.table)
	if n == 0 {
		return nil
	}
	h := spreadHash(key)
	i := h & int32(n-1)
	var prev *hmNode[K, V]
	for e := m.table[i]; e != nil; prev, e = e, e.next {
		if e.hash != h || !equalsKey(key, e.key) {
			continue
		}
		if matchValue && !Equals(value, e.value) {
			return nil
		}
		if prev == nil {
			m.table[i] = e.next
		} else {
			prev.next = e.next
		}
		m.modCount++
		m.size--
		m.unlink(e)
		return e
	}
	return nil
}

// prepareBin is the start of computeIfAbsent, compute and merge: resize when over the
// threshold, then find the key's bin, the key's node and the bin's length.
func (m *hashMapCore[K, V]) prepareBin(key K) (h int32, i int32, old *hmNode[K, V], binCount int) {
	h = spreadHash(key)
	if m.size > m.threshold || len(m.table) == 0 {
		m.resize()
	}
	i = h & int32(len(m.table)-1)
	for e := m.table[i]; e != nil; e = e.next {
		if e.hash == h && sameKey(key, e.key) {
			return h, i, e, binCount
		}
		binCount++
	}
	return h, i, nil, binCount
}

// insertFirst adds a node at the head of bin i, as computeIfAbsent, compute and merge do.
func (m *hashMapCore[K, V]) insertFirst(h, i int32, key K, value V, binCount int) {
	m.table[i] = m.newNode(h, key, value, m.table[i])
	if binCount >= hashMapTreeifyThreshold-1 {
		m.treeifyBin()
	}
	m.size++
}

// Size is Map.size().
func (m *hashMapCore[K, V]) Size() int32 { return m.size }

// IsEmpty is Map.isEmpty().
func (m *hashMapCore[K, V]) IsEmpty() bool { return m.size == 0 }

// Get is Map.get(Object): the value, or the zero value (null) when absent.
func (m *hashMapCore[K, V]) Get(key any) V {
	if e := m.getNode(key); e != nil {
		m.afterNodeAccess(e)
		return e.value
	}
	zero := Null[V]()
	return zero
}

// ContainsKey is Map.containsKey(Object).
func (m *hashMapCore[K, V]) ContainsKey(key any) bool { return m.getNode(key) != nil }

// ContainsValue is Map.containsValue(Object).
func (m *hashMapCore[K, V]) ContainsValue(value any) bool {
	for _, e := range m.table {
		for ; e != nil; e = e.next {
			if Equals(value, e.value) {
				return true
			}
		}
	}
	return false
}

// Put is Map.put(K, V): the previous value (zero when absent).
func (m *hashMapCore[K, V]) Put(key K, value V) V {
	old, _ := m.putVal(key, value, false)
	return old
}

// PutAll is Map.putAll(Map).
func (m *hashMapCore[K, V]) PutAll(src Map[K, V]) {
	requireNonNullArg(src)
	m.putMapEntries(src)
}

// putMapEntries is Java 17's HashMap.putMapEntries: presize an empty table for the
// incoming mappings, or double a table too small once, then put each mapping.
func (m *hashMapCore[K, V]) putMapEntries(src Map[K, V]) {
	s := src.Size()
	if s <= 0 {
		return
	}
	if m.table == nil {
		ft := float32(s)/m.loadFactor + 1
		t := int32(hashMapMaxCapacity)
		if ft < float32(hashMapMaxCapacity) {
			t = int32(ft)
		}
		if t > m.threshold {
			m.threshold = tableSizeFor(t)
		}
	} else if s > m.threshold {
		m.resize()
	}
	for k, v := range src.All() {
		m.putVal(k, v, false)
	}
}

// Remove is Map.remove(Object): the previous value (zero when absent).
func (m *hashMapCore[K, V]) Remove(key any) V {
	if e := m.removeNode(key, nil, false); e != nil {
		return e.value
	}
	zero := Null[V]()
	return zero
}

// Clear is Map.clear(): the table keeps its size.
func (m *hashMapCore[K, V]) Clear() {
	m.modCount++
	if m.size > 0 {
		m.size = 0
		clear(m.table)
	}
	m.head, m.tail = nil, nil
}

// GetOrDefault is Map.getOrDefault(Object, V).
func (m *hashMapCore[K, V]) GetOrDefault(key any, defaultValue V) V {
	if e := m.getNode(key); e != nil {
		m.afterNodeAccess(e)
		return e.value
	}
	return defaultValue
}

// PutIfAbsent is Map.putIfAbsent(K, V): the present value, or null after putting.
func (m *hashMapCore[K, V]) PutIfAbsent(key K, value V) V {
	old, _ := m.putVal(key, value, true)
	return old
}

// RemoveMapping is Map.remove(Object key, Object value).
func (m *hashMapCore[K, V]) RemoveMapping(key, value any) bool {
	return m.removeNode(key, value, true) != nil
}

// ReplaceMapping is Map.replace(K, V oldValue, V newValue).
func (m *hashMapCore[K, V]) ReplaceMapping(key K, oldValue, newValue V) bool {
	if e := m.getNode(key); e != nil && Equals(e.value, oldValue) {
		e.value = newValue
		m.afterNodeAccess(e)
		return true
	}
	return false
}

// Replace is Map.replace(K, V): the previous value, or null (nothing put) when absent.
func (m *hashMapCore[K, V]) Replace(key K, value V) V {
	if e := m.getNode(key); e != nil {
		old := e.value
		e.value = value
		m.afterNodeAccess(e)
		return old
	}
	zero := Null[V]()
	return zero
}

// ComputeIfAbsent is HashMap.computeIfAbsent(K, Function): a new key goes first in its bin;
// ConcurrentModificationException if the function changed the map.
func (m *hashMapCore[K, V]) ComputeIfAbsent(key K, mappingFunction Function[K, V]) V {
	requireNonNullArg(mappingFunction)
	h, i, old, binCount := m.prepareBin(key)
	if old != nil && !isNull(old.value) {
		m.afterNodeAccess(old)
		return old.value
	}
	mc := m.modCount
	v := mappingFunction.Apply(key)
	if mc != m.modCount {
		panic(NewConcurrentModificationException())
	}
	switch {
	case isNull(v):
		return v
	case old != nil:
		old.value = v
		m.afterNodeAccess(old)
		return v
	}
	m.insertFirst(h, i, key, v, binCount)
	m.modCount = mc + 1
	m.afterNodeInsertion()
	return v
}

// ComputeIfPresent is HashMap.computeIfPresent(K, BiFunction).
func (m *hashMapCore[K, V]) ComputeIfPresent(key K, remappingFunction BiFunction[K, V, V]) V {
	requireNonNullArg(remappingFunction)
	zero := Null[V]()
	e := m.getNode(key)
	if e == nil || isNull(e.value) {
		return zero
	}
	mc := m.modCount
	v := remappingFunction.Apply(key, e.value)
	if mc != m.modCount {
		panic(NewConcurrentModificationException())
	}
	if !isNull(v) {
		e.value = v
		m.afterNodeAccess(e)
		return v
	}
	m.removeNode(key, nil, false)
	return zero
}

// Compute is HashMap.compute(K, BiFunction): a new key goes first in its bin.
func (m *hashMapCore[K, V]) Compute(key K, remappingFunction BiFunction[K, V, V]) V {
	requireNonNullArg(remappingFunction)
	h, i, old, binCount := m.prepareBin(key)
	var oldValue V
	if old != nil {
		oldValue = old.value
	}
	mc := m.modCount
	v := remappingFunction.Apply(key, oldValue)
	if mc != m.modCount {
		panic(NewConcurrentModificationException())
	}
	switch {
	case old != nil && !isNull(v):
		old.value = v
		m.afterNodeAccess(old)
	case old != nil:
		m.removeNode(key, nil, false)
	case !isNull(v):
		m.insertFirst(h, i, key, v, binCount)
		m.modCount = mc + 1
		m.afterNodeInsertion()
	}
	return v
}

// Merge is HashMap.merge(K, V, BiFunction): a new key goes first in its bin.
func (m *hashMapCore[K, V]) Merge(key K, value V, remappingFunction BiFunction[V, V, V]) V {
	requireNonNullArg(value)
	requireNonNullArg(remappingFunction)
	h, i, old, binCount := m.prepareBin(key)
	if old == nil {
		m.insertFirst(h, i, key, value, binCount)
		m.modCount++
		m.afterNodeInsertion()
		return value
	}
	v := value
	if !isNull(old.value) {
		mc := m.modCount
		v = remappingFunction.Apply(old.value, value)
		if mc != m.modCount {
			panic(NewConcurrentModificationException())
		}
	}
	if isNull(v) {
		m.removeNode(key, nil, false)
	} else {
		old.value = v
		m.afterNodeAccess(old)
	}
	return v
}

// ForEach is Map.forEach(BiConsumer): ConcurrentModificationException after the loop if
// the action changed the map.
func (m *hashMapCore[K, V]) ForEach(action BiConsumer[K, V]) {
	requireNonNullArg(action)
	m.forEachNode(func(e *hmNode[K, V]) { action.Accept(e.key, e.value) })
}

// forEachNode is the loop of forEach in HashMap and its views: every node, then
// ConcurrentModificationException if the map changed meanwhile.
func (m *hashMapCore[K, V]) forEachNode(f func(*hmNode[K, V])) {
	mc := m.modCount
	m.eachNode(func(e *hmNode[K, V]) bool {
		f(e)
		return true
	})
	if m.modCount != mc {
		panic(NewConcurrentModificationException())
	}
}

// ReplaceAll is Map.replaceAll(BiFunction).
func (m *hashMapCore[K, V]) ReplaceAll(function BiFunction[K, V, V]) {
	requireNonNullArg(function)
	mc := m.modCount
	m.eachNode(func(e *hmNode[K, V]) bool {
		e.value = function.Apply(e.key, e.value)
		return true
	})
	if m.modCount != mc {
		panic(NewConcurrentModificationException())
	}
}

// eachNode visits the nodes in iteration order without fail-fast checks.
func (m *hashMapCore[K, V]) eachNode(f func(*hmNode[K, V]) bool) {
	if m.linked {
		for e := m.head; e != nil; e = e.after {
			if !f(e) {
				return
			}
		}
		return
	}
	for _, e := range m.table {
		for ; e != nil; e = e.next {
			if !f(e) {
				return
			}
		}
	}
}

// hmIter is HashMap.HashIterator / LinkedHashMap.LinkedHashIterator: the next node is
// found ahead, so hasNext does not see a removal made behind the iterator's back.
type hmIter[K, V any] struct {
	m        *hashMapCore[K, V]
	next     *hmNode[K, V]
	current  *hmNode[K, V]
	index    int
	expected int32
}

func (m *hashMapCore[K, V]) iter() *hmIter[K, V] {
	it := &hmIter[K, V]{m: m, expected: m.modCount}
	if m.linked {
		it.next = m.head
	} else if m.size > 0 {
		it.advance()
	}
	return it
}

func (it *hmIter[K, V]) advance() {
	t := it.m.table
	for it.index < len(t) {
		it.next = t[it.index]
		it.index++
		if it.next != nil {
			return
		}
	}
}

func (it *hmIter[K, V]) hasNext() bool { return it.next != nil }

func (it *hmIter[K, V]) nextNode() *hmNode[K, V] {
	e := it.next
	if it.m.modCount != it.expected {
		panic(NewConcurrentModificationException())
	}
	if e == nil {
		panic(NewNoSuchElementException())
	}
	it.current = e
	if it.m.linked {
		it.next = e.after
	} else if it.next = e.next; it.next == nil {
		it.advance()
	}
	return e
}

func (it *hmIter[K, V]) remove() {
	p := it.current
	if p == nil {
		panic(NewIllegalStateException())
	}
	if it.m.modCount != it.expected {
		panic(NewConcurrentModificationException())
	}
	it.current = nil
	it.m.removeNode(p.key, nil, false)
	it.expected = it.m.modCount
}

// nodes ranges over the nodes as the iterator does (fail-fast).
func (m *hashMapCore[K, V]) nodes() iter.Seq[*hmNode[K, V]] {
	return func(yield func(*hmNode[K, V]) bool) {
		it := m.iter()
		for it.hasNext() {
			if !yield(it.nextNode()) {
				return
			}
		}
	}
}

// All ranges over the mappings in Java's iteration order.
func (m *hashMapCore[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for e := range m.nodes() {
			if !yield(e.key, e.value) {
				return
			}
		}
	}
}

// hmProjIter is the iterator of the three views: the map's iterator, projected.
type hmProjIter[K, V, E any] struct {
	hmIter[K, V]
	proj func(*hmNode[K, V]) E
}

func (it *hmProjIter[K, V, E]) HasNext() bool { return it.hasNext() }
func (it *hmProjIter[K, V, E]) Next() E       { return it.proj(it.nextNode()) }
func (it *hmProjIter[K, V, E]) Remove()       { it.remove() }
func (it *hmProjIter[K, V, E]) ForEachRemaining(action Consumer[E]) {
	requireNonNullArg(action)
	for it.hasNext() {
		action.Accept(it.Next())
	}
}

func projIter[K, V, E any](m *hashMapCore[K, V], proj func(*hmNode[K, V]) E) *hmProjIter[K, V, E] {
	return &hmProjIter[K, V, E]{*m.iter(), proj}
}

func nodeKey[K, V any](e *hmNode[K, V]) K                { return e.key }
func nodeValue[K, V any](e *hmNode[K, V]) V              { return e.value }
func nodeEntry[K, V any](e *hmNode[K, V]) MapEntry[K, V] { return e }

// KeySet is Map.keySet(): a view; removing from it removes the mapping.
func (m *hashMapCore[K, V]) KeySet() Set[K] {
	s := &hmKeySet[K, V]{m: m}
	s.self = s
	return s
}

// Values is Map.values(): a view.
func (m *hashMapCore[K, V]) Values() Collection[V] {
	c := &hmValues[K, V]{m: m}
	c.self = c
	return c
}

// EntrySet is Map.entrySet(): a view whose entries write through (setValue).
func (m *hashMapCore[K, V]) EntrySet() Set[MapEntry[K, V]] {
	s := &hmEntrySet[K, V]{m: m}
	s.self = s
	return s
}

// Equals is AbstractMap.equals(Object).
func (m *hashMapCore[K, V]) Equals(o any) bool { return mapEquals(m.self, o) }

// HashCode is AbstractMap.hashCode().
func (m *hashMapCore[K, V]) HashCode() int32 { return mapHashCode(m.All()) }

// String is AbstractMap.toString(): "{k1=v1, k2=v2}".
func (m *hashMapCore[K, V]) String() string { return mapString(m.All(), m.self) }

// hmKeySet is HashMap.KeySet.
type hmKeySet[K, V any] struct {
	abstractSet[K]
	m *hashMapCore[K, V]
}

func (s *hmKeySet[K, V]) Size() int32           { return s.m.size }
func (s *hmKeySet[K, V]) Contains(o any) bool   { return s.m.ContainsKey(o) }
func (s *hmKeySet[K, V]) Remove(o any) bool     { return s.m.removeNode(o, nil, false) != nil }
func (s *hmKeySet[K, V]) Clear()                { s.m.Clear() }
func (s *hmKeySet[K, V]) Iterator() Iterator[K] { return projIter(s.m, nodeKey[K, V]) }
func (s *hmKeySet[K, V]) ForEach(action Consumer[K]) {
	requireNonNullArg(action)
	s.m.forEachNode(func(e *hmNode[K, V]) { action.Accept(e.key) })
}
func (s *hmKeySet[K, V]) All() iter.Seq[K] {
	return func(yield func(K) bool) {
		for e := range s.m.nodes() {
			if !yield(e.key) {
				return
			}
		}
	}
}

// hmValues is HashMap.Values.
type hmValues[K, V any] struct {
	abstractCollection[V]
	m *hashMapCore[K, V]
}

func (c *hmValues[K, V]) Size() int32           { return c.m.size }
func (c *hmValues[K, V]) Contains(o any) bool   { return c.m.ContainsValue(o) }
func (c *hmValues[K, V]) Clear()                { c.m.Clear() }
func (c *hmValues[K, V]) Iterator() Iterator[V] { return projIter(c.m, nodeValue[K, V]) }
func (c *hmValues[K, V]) ForEach(action Consumer[V]) {
	requireNonNullArg(action)
	c.m.forEachNode(func(e *hmNode[K, V]) { action.Accept(e.value) })
}
func (c *hmValues[K, V]) All() iter.Seq[V] {
	return func(yield func(V) bool) {
		for e := range c.m.nodes() {
			if !yield(e.value) {
				return
			}
		}
	}
}

// hmEntrySet is HashMap.EntrySet.
type hmEntrySet[K, V any] struct {
	abstractSet[MapEntry[K, V]]
	m *hashMapCore[K, V]
}

func (s *hmEntrySet[K, V]) Size() int32 { return s.m.size }
func (s *hmEntrySet[K, V]) Clear()      { s.m.Clear() }
func (s *hmEntrySet[K, V]) Iterator() Iterator[MapEntry[K, V]] {
	return projIter(s.m, nodeEntry[K, V])
}
func (s *hmEntrySet[K, V]) ForEach(action Consumer[MapEntry[K, V]]) {
	requireNonNullArg(action)
	s.m.forEachNode(func(e *hmNode[K, V]) { action.Accept(e) })
}
func (s *hmEntrySet[K, V]) All() iter.Seq[MapEntry[K, V]] {
	return func(yield func(MapEntry[K, V]) bool) {
		for e := range s.m.nodes() {
			if !yield(e) {
				return
			}
		}
	}
}

// entryKeyValue reads the key and value of an entry of any type arguments.
func entryKeyValue[K, V any](o any) (k, v any, ok bool) {
	if isNull(o) {
		return nil, nil, false
	}
	if e, isEntry := o.(MapEntry[K, V]); isEntry {
		return e.Key(), e.Value(), true
	}
	if e, isEntry := o.(interface{ anyKeyValue() (any, any) }); isEntry {
		k, v = e.anyKeyValue()
		return k, v, true
	}
	return nil, nil, false
}

func (s *hmEntrySet[K, V]) Contains(o any) bool {
	k, v, ok := entryKeyValue[K, V](o)
	if !ok {
		return false
	}
	e := s.m.getNode(k)
	return e != nil && Equals(e.key, k) && Equals(e.value, v)
}

func (s *hmEntrySet[K, V]) Remove(o any) bool {
	k, v, ok := entryKeyValue[K, V](o)
	return ok && s.m.removeNode(k, v, true) != nil
}

// HashMap is java.util.HashMap<K, V>.
type HashMap[K, V any] struct {
	hashMapCore[K, V]
}

// NewHashMap is the constructor HashMap().
func NewHashMap[K, V any]() *HashMap[K, V] {
	m := &HashMap[K, V]{}
	m.initDefault(m)
	return m
}

// NewHashMapCap is the constructor HashMap(int initialCapacity).
func NewHashMapCap[K, V any](initialCapacity int32) *HashMap[K, V] {
	return NewHashMapCapLoad[K, V](initialCapacity, hashMapDefaultLoad)
}

// NewHashMapCapLoad is the constructor HashMap(int initialCapacity, float loadFactor).
func NewHashMapCapLoad[K, V any](initialCapacity int32, loadFactor float32) *HashMap[K, V] {
	m := &HashMap[K, V]{}
	m.init(m, initialCapacity, loadFactor)
	return m
}

// NewHashMapFrom is the constructor HashMap(Map<? extends K, ? extends V>).
func NewHashMapFrom[K, V any](src Map[K, V]) *HashMap[K, V] {
	requireNonNullArg(src)
	m := NewHashMap[K, V]()
	m.putMapEntries(src)
	return m
}

// Clone is HashMap.clone(): a shallow copy with the same load factor, its table sized for
// its mappings (as Java's is, so it may iterate in another order than the original).
func (m *HashMap[K, V]) Clone() *HashMap[K, V] {
	c := &HashMap[K, V]{}
	c.initDefault(c)
	c.loadFactor = m.loadFactor
	c.putMapEntries(m)
	return c
}

// LinkedHashMap is java.util.LinkedHashMap<K, V>: a HashMap iterating in insertion order
// (or access order: get and put of a present key move it to the end).
type LinkedHashMap[K, V any] struct {
	hashMapCore[K, V]
}

// NewLinkedHashMap is the constructor LinkedHashMap().
func NewLinkedHashMap[K, V any]() *LinkedHashMap[K, V] {
	m := &LinkedHashMap[K, V]{}
	m.initDefault(m)
	m.linked = true
	return m
}

// NewLinkedHashMapCap is the constructor LinkedHashMap(int initialCapacity).
func NewLinkedHashMapCap[K, V any](initialCapacity int32) *LinkedHashMap[K, V] {
	return NewLinkedHashMapAccessOrder[K, V](initialCapacity, hashMapDefaultLoad, false)
}

// NewLinkedHashMapCapLoad is the constructor LinkedHashMap(int, float).
func NewLinkedHashMapCapLoad[K, V any](initialCapacity int32, loadFactor float32) *LinkedHashMap[K, V] {
	return NewLinkedHashMapAccessOrder[K, V](initialCapacity, loadFactor, false)
}

// NewLinkedHashMapAccessOrder is the constructor LinkedHashMap(int, float, boolean
// accessOrder).
func NewLinkedHashMapAccessOrder[K, V any](initialCapacity int32, loadFactor float32, accessOrder bool) *LinkedHashMap[K, V] {
	m := &LinkedHashMap[K, V]{}
	m.init(m, initialCapacity, loadFactor)
	m.linked = true
	m.accessOrder = accessOrder
	return m
}

// InitSelf hands a LinkedHashMap the Java subclass object that embeds it (the stub's
// @GoSelf): its removeEldestEntry override then runs after each insertion, as Java's
// afterNodeInsertion calls it, and equals and toString see the subclass.
func (m *LinkedHashMap[K, V]) InitSelf(self Map[K, V]) {
	m.self = self
	m.eldest, _ = self.(interface{ RemoveEldestEntry(MapEntry[K, V]) bool })
}

// RemoveEldestEntry is the protected hook removeEldestEntry(Map.Entry): false, keep it. A
// subclass overrides it (and is handed over by InitSelf) to evict.
func (m *LinkedHashMap[K, V]) RemoveEldestEntry(eldest MapEntry[K, V]) bool { return false }

// NewLinkedHashMapFrom is the constructor LinkedHashMap(Map<? extends K, ? extends V>).
func NewLinkedHashMapFrom[K, V any](src Map[K, V]) *LinkedHashMap[K, V] {
	requireNonNullArg(src)
	m := NewLinkedHashMap[K, V]()
	m.putMapEntries(src)
	return m
}

// Clone is LinkedHashMap.clone(): a shallow copy in the same order, with the same load
// factor and ordering mode.
func (m *LinkedHashMap[K, V]) Clone() *LinkedHashMap[K, V] {
	c := &LinkedHashMap[K, V]{}
	c.initDefault(c)
	c.linked = true
	c.loadFactor = m.loadFactor
	c.putMapEntries(m)
	c.accessOrder = m.accessOrder
	return c
}
