package java

import (
	"iter"
	"math"
	"sync"
	"sync/atomic"
)

// ConcurrentHashMap is java.util.concurrent.ConcurrentHashMap<K, V>: thread-safe, with
// Java 17's table algorithm (spread hash, new keys appended to their bin, a resize once
// the size reaches 0.75 of the table, each bin split the way Java's transfer splits it:
// the unchanged tail of the bin kept, the nodes before it reversed; tryPresize and a
// small table quadrupled instead of a bin becoming a tree), so a map that no goroutine is
// changing iterates in Java's order. Bins Java turns into trees (8 colliding keys in a
// table of 64 or more) stay lists here. Null keys and values throw NullPointerException.
//
// One lock guards the map (readers share it; a compute function may read and update the
// map it runs in without deadlock). Iterators and views are weakly consistent: they never
// throw ConcurrentModificationException and may or may not see changes made after they
// were created.
type ConcurrentHashMap[K, V any] struct {
	lock    reentrantRW
	table   []*chmNode[K, V]
	sizeCtl int32
	count   int64
}

// chmNode is a mapping in a bin.
type chmNode[K, V any] struct {
	hash int32
	key  K
	val  V
	next *chmNode[K, V]
}

// reentrantRW is a read-write lock whose writer may lock it again, and read it, on the
// same goroutine.
type reentrantRW struct {
	rw    sync.RWMutex
	owner atomic.Uintptr
	depth int
}

func (l *reentrantRW) lock() {
	g := curG()
	if l.owner.Load() == g {
		l.depth++
		return
	}
	l.rw.Lock()
	l.owner.Store(g)
	l.depth = 1
}

func (l *reentrantRW) unlock() {
	l.depth--
	if l.depth == 0 {
		l.owner.Store(0)
		l.rw.Unlock()
	}
}

// rlock takes the lock for reading (unless this goroutine writes): pass its result to
// runlock.
func (l *reentrantRW) rlock() bool {
	if l.owner.Load() == curG() {
		return false
	}
	l.rw.RLock()
	return true
}

func (l *reentrantRW) runlock(locked bool) {
	if locked {
		l.rw.RUnlock()
	}
}

const chmMaxCapacity = 1 << 30

func chmKeyHash[K any](key K) int32 {
	h := hashOf(key)
	return (h ^ int32(uint32(h)>>16)) & 0x7fffffff
}

// NewConcurrentHashMap is the constructor ConcurrentHashMap().
func NewConcurrentHashMap[K, V any]() *ConcurrentHashMap[K, V] { return &ConcurrentHashMap[K, V]{} }

// NewConcurrentHashMapCap is the constructor ConcurrentHashMap(int initialCapacity).
func NewConcurrentHashMapCap[K, V any](initialCapacity int32) *ConcurrentHashMap[K, V] {
	return NewConcurrentHashMapCapLoad[K, V](initialCapacity, 0.75, 1)
}

// NewConcurrentHashMapCapLoad is the constructor ConcurrentHashMap(int, float, int).
func NewConcurrentHashMapCapLoad[K, V any](initialCapacity int32, loadFactor float32, concurrencyLevel int32) *ConcurrentHashMap[K, V] {
	if !(loadFactor > 0) || initialCapacity < 0 || concurrencyLevel <= 0 {
		panic(NewIllegalArgumentException())
	}
	initialCapacity = max(initialCapacity, concurrencyLevel)
	size := int64(1.0 + float64(float32(initialCapacity)/loadFactor))
	c := int32(chmMaxCapacity)
	if size < chmMaxCapacity {
		c = tableSizeFor(int32(size))
	}
	return &ConcurrentHashMap[K, V]{sizeCtl: c}
}

// NewConcurrentHashMapFrom is the constructor ConcurrentHashMap(Map).
func NewConcurrentHashMapFrom[K, V any](m Map[K, V]) *ConcurrentHashMap[K, V] {
	c := &ConcurrentHashMap[K, V]{sizeCtl: 16}
	c.PutAll(m)
	return c
}

func (m *ConcurrentHashMap[K, V]) initTable() {
	if len(m.table) == 0 {
		n := m.sizeCtl
		if n <= 0 {
			n = 16
		}
		m.table = make([]*chmNode[K, V], n)
		m.sizeCtl = n - n>>2
	}
}

// transfer doubles the table: each bin's tail that stays together (lastRun) moves as it
// is, the nodes before it are copied in front of their new bin, as Java's transfer does.
func (m *ConcurrentHashMap[K, V]) transfer() {
	tab := m.table
	n := int32(len(tab))
	next := make([]*chmNode[K, V], 2*n)
	for i := n - 1; i >= 0; i-- {
		f := tab[i]
		if f == nil {
			continue
		}
		runBit, lastRun := f.hash&n, f
		for p := f.next; p != nil; p = p.next {
			if b := p.hash & n; b != runBit {
				runBit, lastRun = b, p
			}
		}
		var ln, hn *chmNode[K, V]
		if runBit == 0 {
			ln = lastRun
		} else {
			hn = lastRun
		}
		for p := f; p != lastRun; p = p.next {
			if p.hash&n == 0 {
				ln = &chmNode[K, V]{p.hash, p.key, p.val, ln}
			} else {
				hn = &chmNode[K, V]{p.hash, p.key, p.val, hn}
			}
		}
		next[i], next[i+n] = ln, hn
	}
	m.table = next
	m.sizeCtl = 2*n - n>>1
}

// addCount adds to the size and, when check >= 0, resizes while the size reached the
// threshold.
func (m *ConcurrentHashMap[K, V]) addCount(x int64, check int) {
	m.count += x
	if check >= 0 {
		for m.count >= int64(m.sizeCtl) && len(m.table) > 0 && len(m.table) < chmMaxCapacity {
			m.transfer()
		}
	}
}

// tryPresize grows the table for size mappings (Java's loop, which stops only once the
// threshold reaches the capacity it computed).
func (m *ConcurrentHashMap[K, V]) tryPresize(size int32) {
	c := int32(chmMaxCapacity)
	if size < chmMaxCapacity>>1 {
		c = tableSizeFor(size + size>>1 + 1)
	}
	for m.sizeCtl >= 0 {
		sc := m.sizeCtl
		if len(m.table) == 0 {
			n := max(sc, c)
			m.table = make([]*chmNode[K, V], n)
			m.sizeCtl = n - n>>2
		} else if c <= sc || len(m.table) >= chmMaxCapacity {
			return
		} else {
			m.transfer()
		}
	}
}

// checkBin is the end of an insertion walk: a bin of 8 or more grows a small table.
func (m *ConcurrentHashMap[K, V]) checkBin(binCount int) {
	if binCount >= 8 && len(m.table) < 64 {
		m.tryPresize(int32(len(m.table)) << 1)
	}
}

func (m *ConcurrentHashMap[K, V]) find(key any) *chmNode[K, V] {
	if len(m.table) == 0 {
		return nil
	}
	h := chmKeyHash(key)
	for e := m.table[h&int32(len(m.table)-1)]; e != nil; e = e.next {
		if e.hash == h && equalsKey(key, e.key) {
			return e
		}
	}
	return nil
}

// putVal is ConcurrentHashMap.putVal: the old value and whether the key was there.
func (m *ConcurrentHashMap[K, V]) putVal(key K, value V, onlyIfAbsent bool) (V, bool) {
	requireNonNullOf(key)
	requireNonNullOf(value)
	m.lock.lock()
	defer m.lock.unlock()
	m.initTable()
	h := chmKeyHash(key)
	i := h & int32(len(m.table)-1)
	f := m.table[i]
	if f == nil {
		m.table[i] = &chmNode[K, V]{hash: h, key: key, val: value}
		m.addCount(1, 0)
		zero := Null[V]()
		return zero, false
	}
	binCount := 1
	var old V
	found := false
	for e := f; ; binCount++ {
		if e.hash == h && sameKey(key, e.key) {
			old, found = e.val, true
			if !onlyIfAbsent {
				e.val = value
			}
			break
		}
		pred := e
		if e = e.next; e == nil {
			pred.next = &chmNode[K, V]{hash: h, key: key, val: value}
			break
		}
	}
	m.checkBin(binCount)
	if found {
		return old, true
	}
	m.addCount(1, binCount)
	return old, false
}

// removeNode is ConcurrentHashMap.replaceNode: when the key is present (and, with match,
// its value equals cv), replace its value (replace) or remove it.
func (m *ConcurrentHashMap[K, V]) replaceNode(key any, value V, replace bool, cv any, match bool) (V, bool) {
	requireNonNullArg(key)
	m.lock.lock()
	defer m.lock.unlock()
	zero := Null[V]()
	if len(m.table) == 0 {
		return zero, false
	}
	h := chmKeyHash(key)
	i := h & int32(len(m.table)-1)
	var pred *chmNode[K, V]
	for e := m.table[i]; e != nil; pred, e = e, e.next {
		if e.hash != h || !equalsKey(key, e.key) {
			continue
		}
		if match && !Equals(cv, e.val) {
			return zero, false
		}
		old := e.val
		if replace {
			e.val = value
			return old, true
		}
		if pred == nil {
			m.table[i] = e.next
		} else {
			pred.next = e.next
		}
		m.addCount(-1, -1)
		return old, true
	}
	return zero, false
}

// Size is Map.size().
func (m *ConcurrentHashMap[K, V]) Size() int32 {
	defer m.lock.runlock(m.lock.rlock())
	return int32(min(m.count, math.MaxInt32))
}

// MappingCount is ConcurrentHashMap.mappingCount().
func (m *ConcurrentHashMap[K, V]) MappingCount() int64 {
	defer m.lock.runlock(m.lock.rlock())
	return m.count
}

// IsEmpty is Map.isEmpty().
func (m *ConcurrentHashMap[K, V]) IsEmpty() bool { return m.MappingCount() == 0 }

// Get is Map.get(Object): NullPointerException for null.
func (m *ConcurrentHashMap[K, V]) Get(key any) V {
	requireNonNullArg(key)
	defer m.lock.runlock(m.lock.rlock())
	if e := m.find(key); e != nil {
		return e.val
	}
	zero := Null[V]()
	return zero
}

// ContainsKey is Map.containsKey(Object).
func (m *ConcurrentHashMap[K, V]) ContainsKey(key any) bool {
	requireNonNullArg(key)
	defer m.lock.runlock(m.lock.rlock())
	return m.find(key) != nil
}

// ContainsValue is Map.containsValue(Object).
func (m *ConcurrentHashMap[K, V]) ContainsValue(value any) bool {
	requireNonNullArg(value)
	for _, v := range m.All() {
		if Equals(value, v) {
			return true
		}
	}
	return false
}

// Contains is ConcurrentHashMap.contains(Object): containsValue.
func (m *ConcurrentHashMap[K, V]) Contains(value any) bool { return m.ContainsValue(value) }

// GetOrDefault is Map.getOrDefault(Object, V).
func (m *ConcurrentHashMap[K, V]) GetOrDefault(key any, defaultValue V) V {
	requireNonNullArg(key)
	defer m.lock.runlock(m.lock.rlock())
	if e := m.find(key); e != nil {
		return e.val
	}
	return defaultValue
}

// Put is Map.put(K, V).
func (m *ConcurrentHashMap[K, V]) Put(key K, value V) V {
	old, _ := m.putVal(key, value, false)
	return old
}

// PutIfAbsent is Map.putIfAbsent(K, V).
func (m *ConcurrentHashMap[K, V]) PutIfAbsent(key K, value V) V {
	old, _ := m.putVal(key, value, true)
	return old
}

// PutAll is Map.putAll(Map): presizes, then puts each mapping.
func (m *ConcurrentHashMap[K, V]) PutAll(src Map[K, V]) {
	requireNonNullArg(src)
	m.lock.lock()
	m.tryPresize(src.Size())
	m.lock.unlock()
	for k, v := range src.All() {
		m.putVal(k, v, false)
	}
}

// Remove is Map.remove(Object).
func (m *ConcurrentHashMap[K, V]) Remove(key any) V {
	zero := Null[V]()
	old, _ := m.replaceNode(key, zero, false, nil, false)
	return old
}

// RemoveMapping is Map.remove(Object, Object).
func (m *ConcurrentHashMap[K, V]) RemoveMapping(key, value any) bool {
	requireNonNullArg(key)
	if isNull(value) {
		return false
	}
	zero := Null[V]()
	_, ok := m.replaceNode(key, zero, false, value, true)
	return ok
}

// Replace is Map.replace(K, V).
func (m *ConcurrentHashMap[K, V]) Replace(key K, value V) V {
	requireNonNullArg(value)
	old, _ := m.replaceNode(key, value, true, nil, false)
	return old
}

// ReplaceMapping is Map.replace(K, V, V).
func (m *ConcurrentHashMap[K, V]) ReplaceMapping(key K, oldValue, newValue V) bool {
	requireNonNullArg(oldValue)
	requireNonNullArg(newValue)
	_, ok := m.replaceNode(key, newValue, true, oldValue, true)
	return ok
}

// Clear is Map.clear().
func (m *ConcurrentHashMap[K, V]) Clear() {
	m.lock.lock()
	defer m.lock.unlock()
	clear(m.table)
	m.count = 0
}

// insertComputed appends a computed mapping to its bin (or starts the bin), as
// computeIfAbsent, compute and merge do, and counts it.
func (m *ConcurrentHashMap[K, V]) insertComputed(key K, val V) {
	m.initTable()
	h := chmKeyHash(key)
	i := h & int32(len(m.table)-1)
	n := &chmNode[K, V]{hash: h, key: key, val: val}
	f := m.table[i]
	if f == nil {
		m.table[i] = n
		m.addCount(1, 1)
		return
	}
	binCount := 1
	for ; f.next != nil; f = f.next {
		binCount++
	}
	f.next = n
	m.checkBin(binCount)
	m.addCount(1, binCount)
}

// ComputeIfAbsent is Map.computeIfAbsent(K, Function): the function runs under the lock.
func (m *ConcurrentHashMap[K, V]) ComputeIfAbsent(key K, mappingFunction Function[K, V]) V {
	requireNonNullArg(key)
	requireNonNullArg(mappingFunction)
	if v, ok := m.fastGet(key); ok {
		return v
	}
	m.lock.lock()
	defer m.lock.unlock()
	if e := m.find(key); e != nil {
		m.checkBin(m.binLength(key, e))
		return e.val
	}
	v := mappingFunction.Apply(key)
	if !isNull(v) {
		if e := m.find(key); e != nil {
			panic(NewIllegalStateException2("Recursive update"))
		}
		m.insertComputed(key, v)
	}
	return v
}

// fastGet is the lock-shared read computeIfAbsent starts with.
func (m *ConcurrentHashMap[K, V]) fastGet(key K) (V, bool) {
	defer m.lock.runlock(m.lock.rlock())
	if len(m.table) > 0 {
		// Java returns at once only when the key heads its bin.
		h := chmKeyHash(key)
		if f := m.table[h&int32(len(m.table)-1)]; f != nil && f.hash == h && sameKey(key, f.key) {
			return f.val, true
		}
	}
	zero := Null[V]()
	return zero, false
}

// binLength is the number of nodes walked before reaching e in key's bin (Java's binCount
// when it finds the key).
func (m *ConcurrentHashMap[K, V]) binLength(key K, e *chmNode[K, V]) int {
	h := chmKeyHash(key)
	n := 1
	for f := m.table[h&int32(len(m.table)-1)]; f != e; f = f.next {
		n++
	}
	return n
}

// ComputeIfPresent is Map.computeIfPresent(K, BiFunction).
func (m *ConcurrentHashMap[K, V]) ComputeIfPresent(key K, remappingFunction BiFunction[K, V, V]) V {
	requireNonNullArg(key)
	requireNonNullArg(remappingFunction)
	m.lock.lock()
	defer m.lock.unlock()
	zero := Null[V]()
	e := m.find(key)
	if e == nil {
		return zero
	}
	v := remappingFunction.Apply(key, e.val)
	if isNull(v) {
		m.replaceNode(key, zero, false, nil, false)
		return zero
	}
	e.val = v
	return v
}

// Compute is Map.compute(K, BiFunction).
func (m *ConcurrentHashMap[K, V]) Compute(key K, remappingFunction BiFunction[K, V, V]) V {
	requireNonNullArg(key)
	requireNonNullArg(remappingFunction)
	m.lock.lock()
	defer m.lock.unlock()
	var old V
	e := m.find(key)
	if e != nil {
		old = e.val
	}
	v := remappingFunction.Apply(key, old)
	switch {
	case e != nil && !isNull(v):
		e.val = v
	case e != nil:
		zero := Null[V]()
		m.replaceNode(key, zero, false, nil, false)
	case !isNull(v):
		m.insertComputed(key, v)
	}
	return v
}

// Merge is Map.merge(K, V, BiFunction).
func (m *ConcurrentHashMap[K, V]) Merge(key K, value V, remappingFunction BiFunction[V, V, V]) V {
	requireNonNullArg(key)
	requireNonNullArg(value)
	requireNonNullArg(remappingFunction)
	m.lock.lock()
	defer m.lock.unlock()
	e := m.find(key)
	if e == nil {
		m.initTable()
		h := chmKeyHash(key)
		if i := h & int32(len(m.table)-1); m.table[i] == nil {
			m.table[i] = &chmNode[K, V]{hash: h, key: key, val: value}
			m.addCount(1, 0)
		} else {
			m.insertComputed(key, value)
		}
		return value
	}
	v := remappingFunction.Apply(e.val, value)
	if isNull(v) {
		zero := Null[V]()
		m.replaceNode(key, zero, false, nil, false)
	} else {
		e.val = v
	}
	return v
}

// ForEach is Map.forEach(BiConsumer): weakly consistent, the action runs unlocked.
func (m *ConcurrentHashMap[K, V]) ForEach(action BiConsumer[K, V]) {
	requireNonNullArg(action)
	for k, v := range m.All() {
		action.Accept(k, v)
	}
}

// ReplaceAll is Map.replaceAll(BiFunction).
func (m *ConcurrentHashMap[K, V]) ReplaceAll(function BiFunction[K, V, V]) {
	requireNonNullArg(function)
	for k, v := range m.All() {
		nv := function.Apply(k, v)
		requireNonNullArg(nv)
		m.ReplaceMapping(k, v, nv)
	}
}

// The bulk operations below take Java's parallelismThreshold and run on the calling
// goroutine, in table order: Java may split the work over a ForkJoinPool, which changes
// nothing for the associative reducers and the one non-null search result the API
// documents.

// ReduceValues is ConcurrentHashMap.reduceValues(long, BiFunction): the reducer over the
// values; null (nil) when there are none.
func (m *ConcurrentHashMap[K, V]) ReduceValues(parallelismThreshold int64, reducer BiFunction[V, V, V]) V {
	requireNonNullArg(reducer)
	r := Null[V]()
	for _, v := range m.All() {
		r = chmReduceStep(r, v, reducer)
	}
	return r
}

// ReduceKeys is ConcurrentHashMap.reduceKeys(long, BiFunction): the reducer over the keys;
// null (nil) when there are none.
func (m *ConcurrentHashMap[K, V]) ReduceKeys(parallelismThreshold int64, reducer BiFunction[K, K, K]) K {
	requireNonNullArg(reducer)
	r := Null[K]()
	for k := range m.All() {
		r = chmReduceStep(r, k, reducer)
	}
	return r
}

// ConcurrentHashMapReduce is ConcurrentHashMap.reduce(long, BiFunction, BiFunction): the
// reducer over the transformer's non-null results; null (nil) when there are none.
func ConcurrentHashMapReduce[K, V, U any](m *ConcurrentHashMap[K, V], parallelismThreshold int64, transformer BiFunction[K, V, U], reducer BiFunction[U, U, U]) U {
	requireNonNullArg(transformer)
	requireNonNullArg(reducer)
	r := Null[U]()
	for k, v := range m.All() {
		if u := transformer.Apply(k, v); !isNull(u) {
			r = chmReduceStep(r, u, reducer)
		}
	}
	return r
}

// ConcurrentHashMapSearch is ConcurrentHashMap.search(long, BiFunction): the first
// non-null result of the function, or null (nil).
func ConcurrentHashMapSearch[K, V, U any](m *ConcurrentHashMap[K, V], parallelismThreshold int64, searchFunction BiFunction[K, V, U]) U {
	requireNonNullArg(searchFunction)
	for k, v := range m.All() {
		if u := searchFunction.Apply(k, v); !isNull(u) {
			return u
		}
	}
	return Null[U]()
}

// chmReduceStep is one step of Java's ReduceTask: the first value, then reducer(r, x).
func chmReduceStep[T any](r, x T, reducer BiFunction[T, T, T]) T {
	if isNull(r) {
		return x
	}
	return reducer.Apply(r, x)
}

// chmIter walks the bins of the table it started on, taking the lock at each step.
type chmIter[K, V any] struct {
	m     *ConcurrentHashMap[K, V]
	tab   []*chmNode[K, V]
	index int
	next  *chmNode[K, V]
	last  *chmNode[K, V]
}

func (m *ConcurrentHashMap[K, V]) iter() *chmIter[K, V] {
	defer m.lock.runlock(m.lock.rlock())
	it := &chmIter[K, V]{m: m, tab: m.table}
	it.advanceLocked(nil)
	return it
}

func (it *chmIter[K, V]) advanceLocked(from *chmNode[K, V]) {
	if from != nil {
		it.next = from.next
	}
	for it.next == nil && it.index < len(it.tab) {
		it.next = it.tab[it.index]
		it.index++
	}
}

func (it *chmIter[K, V]) hasNext() bool { return it.next != nil }

func (it *chmIter[K, V]) nextNode() (K, V) {
	defer it.m.lock.runlock(it.m.lock.rlock())
	e := it.next
	if e == nil {
		panic(NewNoSuchElementException())
	}
	it.last = e
	it.advanceLocked(e)
	return e.key, e.val
}

func (it *chmIter[K, V]) remove() {
	if it.last == nil {
		panic(NewIllegalStateException())
	}
	it.m.Remove(it.last.key)
	it.last = nil
}

// All ranges over the mappings (weakly consistent).
func (m *ConcurrentHashMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		it := m.iter()
		for it.hasNext() {
			if !yield(it.nextNode()) {
				return
			}
		}
	}
}

// KeySet is Map.keySet(): a KeySetView (add throws UnsupportedOperationException).
func (m *ConcurrentHashMap[K, V]) KeySet() Set[K] { return newKeySetView(m, nil) }

// KeySetWith is ConcurrentHashMap.keySet(V mappedValue): a view whose add puts the key
// with mappedValue.
func (m *ConcurrentHashMap[K, V]) KeySetWith(mappedValue V) *ConcurrentHashMapKeySetView[K, V] {
	requireNonNullArg(mappedValue)
	return newKeySetView(m, &mappedValue)
}

// Values is Map.values(): a view.
func (m *ConcurrentHashMap[K, V]) Values() Collection[V] {
	c := &chmValues[K, V]{m: m}
	c.self = c
	return c
}

// EntrySet is Map.entrySet(): a view; an entry's setValue puts the value.
func (m *ConcurrentHashMap[K, V]) EntrySet() Set[MapEntry[K, V]] {
	s := &chmEntrySet[K, V]{m: m}
	s.self = s
	return s
}

// Equals is Map.equals(Object).
func (m *ConcurrentHashMap[K, V]) Equals(o any) bool { return mapEquals[K, V](m, o) }

// HashCode is Map.hashCode().
func (m *ConcurrentHashMap[K, V]) HashCode() int32 { return mapHashCode(m.All()) }

// String is ConcurrentHashMap.toString().
func (m *ConcurrentHashMap[K, V]) String() string { return mapString(m.All(), m) }

// ConcurrentHashMapNewKeySet is the static ConcurrentHashMap.newKeySet(): a concurrent
// set (the keys of a ConcurrentHashMap<K, Boolean>).
func ConcurrentHashMapNewKeySet[K any]() *ConcurrentHashMapKeySetView[K, bool] {
	return NewConcurrentHashMap[K, bool]().KeySetWith(true)
}

// ConcurrentHashMapNewKeySetCap is the static ConcurrentHashMap.newKeySet(int).
func ConcurrentHashMapNewKeySetCap[K any](initialCapacity int32) *ConcurrentHashMapKeySetView[K, bool] {
	return NewConcurrentHashMapCap[K, bool](initialCapacity).KeySetWith(true)
}

// ConcurrentHashMapKeySetView is java.util.concurrent.ConcurrentHashMap.KeySetView<K, V>.
type ConcurrentHashMapKeySetView[K, V any] struct {
	abstractSet[K]
	m           *ConcurrentHashMap[K, V]
	mappedValue *V
}

func newKeySetView[K, V any](m *ConcurrentHashMap[K, V], mapped *V) *ConcurrentHashMapKeySetView[K, V] {
	s := &ConcurrentHashMapKeySetView[K, V]{m: m, mappedValue: mapped}
	s.self = s
	return s
}

// Map is KeySetView.getMap().
func (s *ConcurrentHashMapKeySetView[K, V]) Map() *ConcurrentHashMap[K, V] { return s.m }

// MappedValue is KeySetView.getMappedValue(): the zero value (null) when there is none.
func (s *ConcurrentHashMapKeySetView[K, V]) MappedValue() V {
	if s.mappedValue == nil {
		zero := Null[V]()
		return zero
	}
	return *s.mappedValue
}

// Size is Set.size().
func (s *ConcurrentHashMapKeySetView[K, V]) Size() int32 { return s.m.Size() }

// Contains is Set.contains(Object).
func (s *ConcurrentHashMapKeySetView[K, V]) Contains(o any) bool { return s.m.ContainsKey(o) }

// Add is Set.add(E): puts the key with the mapped value; UnsupportedOperationException
// without one.
func (s *ConcurrentHashMapKeySetView[K, V]) Add(e K) bool {
	if s.mappedValue == nil {
		panic(unsupportedOp())
	}
	_, present := s.m.putVal(e, *s.mappedValue, true)
	return !present
}

// AddAll is Set.addAll(Collection).
func (s *ConcurrentHashMapKeySetView[K, V]) AddAll(c Collection[K]) bool {
	requireNonNullCollection(c)
	changed := false
	for _, e := range c.ToArray() {
		if s.Add(e) {
			changed = true
		}
	}
	return changed
}

// Remove is Set.remove(Object).
func (s *ConcurrentHashMapKeySetView[K, V]) Remove(o any) bool {
	zero := Null[V]()
	_, ok := s.m.replaceNode(o, zero, false, nil, false)
	return ok
}

// Clear is Set.clear().
func (s *ConcurrentHashMapKeySetView[K, V]) Clear() { s.m.Clear() }

// Iterator is Set.iterator(): weakly consistent.
func (s *ConcurrentHashMapKeySetView[K, V]) Iterator() Iterator[K] {
	return &chmProjIter[K, V, K]{it: s.m.iter(), proj: func(k K, _ V) K { return k }}
}

// All ranges over the keys.
func (s *ConcurrentHashMapKeySetView[K, V]) All() iter.Seq[K] {
	return func(yield func(K) bool) {
		for k := range s.m.All() {
			if !yield(k) {
				return
			}
		}
	}
}

// unsizedStream: stream() is not SIZED, as Java's.
func (s *ConcurrentHashMapKeySetView[K, V]) unsizedStream() {}

// chmProjIter projects the map iterator for a view.
type chmProjIter[K, V, E any] struct {
	it   *chmIter[K, V]
	proj func(K, V) E
}

func (p *chmProjIter[K, V, E]) HasNext() bool { return p.it.hasNext() }
func (p *chmProjIter[K, V, E]) Next() E       { return p.proj(p.it.nextNode()) }
func (p *chmProjIter[K, V, E]) Remove()       { p.it.remove() }
func (p *chmProjIter[K, V, E]) ForEachRemaining(action Consumer[E]) {
	IteratorForEachRemaining[E](p, action)
}

// chmValues is ConcurrentHashMap.ValuesView.
type chmValues[K, V any] struct {
	abstractCollection[V]
	m *ConcurrentHashMap[K, V]
}

func (c *chmValues[K, V]) Size() int32         { return c.m.Size() }
func (c *chmValues[K, V]) Contains(o any) bool { return c.m.ContainsValue(o) }
func (c *chmValues[K, V]) Clear()              { c.m.Clear() }
func (c *chmValues[K, V]) unsizedStream()      {}
func (c *chmValues[K, V]) Iterator() Iterator[V] {
	return &chmProjIter[K, V, V]{it: c.m.iter(), proj: func(_ K, v V) V { return v }}
}
func (c *chmValues[K, V]) All() iter.Seq[V] {
	return func(yield func(V) bool) {
		for _, v := range c.m.All() {
			if !yield(v) {
				return
			}
		}
	}
}

// chmMapEntry is ConcurrentHashMap.MapEntry: setValue puts through to the map.
type chmMapEntry[K, V any] struct {
	key K
	val V
	m   *ConcurrentHashMap[K, V]
}

func (e *chmMapEntry[K, V]) Key() K   { return e.key }
func (e *chmMapEntry[K, V]) Value() V { return e.val }
func (e *chmMapEntry[K, V]) SetValue(value V) V {
	requireNonNullArg(value)
	old := e.val
	e.val = value
	e.m.Put(e.key, value)
	return old
}
func (e *chmMapEntry[K, V]) anyKeyValue() (any, any) { return e.key, e.val }
func (e *chmMapEntry[K, V]) Equals(o any) bool       { return entryEquals[K, V](e, o) }
func (e *chmMapEntry[K, V]) HashCode() int32         { return entryHashCode(e.key, e.val) }
func (e *chmMapEntry[K, V]) String() string          { return entryString(e.key, e.val) }

// chmEntrySet is ConcurrentHashMap.EntrySetView.
type chmEntrySet[K, V any] struct {
	abstractSet[MapEntry[K, V]]
	m *ConcurrentHashMap[K, V]
}

func (s *chmEntrySet[K, V]) entry(k K, v V) MapEntry[K, V] { return &chmMapEntry[K, V]{k, v, s.m} }
func (s *chmEntrySet[K, V]) Size() int32                   { return s.m.Size() }
func (s *chmEntrySet[K, V]) Clear()                        { s.m.Clear() }
func (s *chmEntrySet[K, V]) unsizedStream()                {}
func (s *chmEntrySet[K, V]) Iterator() Iterator[MapEntry[K, V]] {
	return &chmProjIter[K, V, MapEntry[K, V]]{it: s.m.iter(), proj: s.entry}
}
func (s *chmEntrySet[K, V]) All() iter.Seq[MapEntry[K, V]] {
	return func(yield func(MapEntry[K, V]) bool) {
		for k, v := range s.m.All() {
			if !yield(s.entry(k, v)) {
				return
			}
		}
	}
}
func (s *chmEntrySet[K, V]) Contains(o any) bool {
	k, v, ok := entryKeyValue[K, V](o)
	if !ok || isNull(k) || isNull(v) {
		return false
	}
	cur := s.m.Get(k)
	return !isNull(cur) && s.m.ContainsKey(k) && Equals(v, cur)
}
func (s *chmEntrySet[K, V]) Remove(o any) bool {
	k, v, ok := entryKeyValue[K, V](o)
	return ok && !isNull(k) && s.m.RemoveMapping(k, v)
}
