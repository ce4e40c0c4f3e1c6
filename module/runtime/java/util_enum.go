package java

import (
	"iter"
	"reflect"
	"sync"
)

// EnumMap and EnumSet: keys and elements are enum constants (values with an
// `Ordinal() int32` method, as every migrated enum has through EnumImpl), kept and
// iterated in ordinal order. Their iterators are not fail-fast, as Java's are not.
//
// EnumSet.allOf, complementOf and range need every constant of the enum: a migrated enum
// registers its values() with RegisterEnumValues.

// ordinalOf is an enum constant's ordinal(); NullPointerException for null,
// ClassCastException for a value that is not an enum.
func ordinalOf(e any) int32 {
	requireNonNullArg(e)
	if o, ok := e.(interface{ Ordinal() int32 }); ok {
		return o.Ordinal()
	}
	panic(NewClassCastException2(ClassNameOf(e) + " is not an enum"))
}

var (
	enumUniverses sync.Map // reflect.Type of E -> func() []E
	enumNames     sync.Map // reflect.Type of E -> the enum's canonical Java name
)

// RegisterEnumValues records the canonical name and the values() function of the enum E,
// for EnumSet.allOf, complementOf and range and Enum.valueOf(Class, String)
// (`func init() { java.RegisterEnumValues("p.Color", ColorValues) }`).
func RegisterEnumValues[E any](canonicalName string, values func() []E) {
	t := reflect.TypeOf((*E)(nil)).Elem()
	enumUniverses.Store(t, values)
	enumNames.Store(t, canonicalName)
}

// enumUniverse is every constant of E, in ordinal order.
func enumUniverse[E any]() []E {
	t := reflect.TypeOf((*E)(nil)).Elem()
	if f, ok := enumUniverses.Load(t); ok {
		return f.(func() []E)()
	}
	panic("l2j: not migrated: the constants of enum " + t.String() + " (register them with java.RegisterEnumValues)")
}

// EnumSet is java.util.EnumSet<E>.
type EnumSet[E any] struct {
	abstractSet[E]
	vals    []E
	present []bool
	n       int32
}

func newEnumSet[E any]() *EnumSet[E] {
	s := &EnumSet[E]{}
	s.self = s
	return s
}

// EnumSetNoneOf is the static EnumSet.noneOf(Class).
func EnumSetNoneOf[E any](elementType *Class) *EnumSet[E] {
	requireNonNullArg(elementType)
	return newEnumSet[E]()
}

// EnumSetAllOf is the static EnumSet.allOf(Class).
func EnumSetAllOf[E any](elementType *Class) *EnumSet[E] {
	requireNonNullArg(elementType)
	s := newEnumSet[E]()
	for _, e := range enumUniverse[E]() {
		s.Add(e)
	}
	return s
}

// EnumSetOf is the static EnumSet.of(E, E...) (and its fixed-arity forms).
func EnumSetOf[E any](first E, rest ...E) *EnumSet[E] {
	s := newEnumSet[E]()
	s.Add(first)
	for _, e := range rest {
		s.Add(e)
	}
	return s
}

// EnumSetRange is the static EnumSet.range(E, E): from..to by ordinal, inclusive.
func EnumSetRange[E any](from, to E) *EnumSet[E] {
	requireNonNullArg(from)
	requireNonNullArg(to)
	lo, hi := ordinalOf(from), ordinalOf(to)
	if lo > hi {
		panic(NewIllegalArgumentException2(Str(from) + " > " + Str(to)))
	}
	s := newEnumSet[E]()
	for _, e := range enumUniverse[E]() {
		if o := ordinalOf(e); o >= lo && o <= hi {
			s.Add(e)
		}
	}
	return s
}

// EnumSetComplementOf is the static EnumSet.complementOf(EnumSet).
func EnumSetComplementOf[E any](other *EnumSet[E]) *EnumSet[E] {
	s := newEnumSet[E]()
	for _, e := range enumUniverse[E]() {
		if !other.Contains(e) {
			s.Add(e)
		}
	}
	return s
}

// EnumSetCopyOf is the static EnumSet.copyOf(Collection) (and copyOf(EnumSet)):
// IllegalArgumentException "Collection is empty" for an empty collection that is not an
// EnumSet.
func EnumSetCopyOf[E any](c Collection[E]) *EnumSet[E] {
	requireNonNullCollection(c)
	_, isEnumSet := c.(*EnumSet[E])
	if !isEnumSet && c.IsEmpty() {
		panic(NewIllegalArgumentException2("Collection is empty"))
	}
	s := newEnumSet[E]()
	for _, e := range c.ToArray() {
		s.Add(e)
	}
	return s
}

// Clone is EnumSet.clone().
func (s *EnumSet[E]) Clone() *EnumSet[E] { return EnumSetCopyOf[E](s) }

// Size is Set.size().
func (s *EnumSet[E]) Size() int32 { return s.n }

// Contains is Set.contains(Object).
func (s *EnumSet[E]) Contains(o any) bool {
	e, ok := o.(E)
	if !ok || isNull(o) {
		return false
	}
	i := ordinalOf(e)
	return int(i) < len(s.present) && s.present[i]
}

// Add is Set.add(E): NullPointerException for null.
func (s *EnumSet[E]) Add(e E) bool {
	i := int(ordinalOf(e))
	for len(s.present) <= i {
		zero := Null[E]()
		s.present = append(s.present, false)
		s.vals = append(s.vals, zero)
	}
	if s.present[i] {
		return false
	}
	s.present[i], s.vals[i] = true, e
	s.n++
	return true
}

// Remove is Set.remove(Object).
func (s *EnumSet[E]) Remove(o any) bool {
	if !s.Contains(o) {
		return false
	}
	i := ordinalOf(o)
	zero := Null[E]()
	s.present[i], s.vals[i] = false, zero
	s.n--
	return true
}

// Clear is Set.clear().
func (s *EnumSet[E]) Clear() {
	clear(s.present)
	clear(s.vals)
	s.n = 0
}

// Iterator is Set.iterator(): ordinal order, over the elements present when it was made.
func (s *EnumSet[E]) Iterator() Iterator[E] { return &sliceRemoveIter[E]{a: s.ToArray(), remove: s} }

// All ranges over the elements in ordinal order.
func (s *EnumSet[E]) All() iter.Seq[E] { return iterSlice(s.ToArray()) }

// ToArray is Set.toArray(): ordinal order.
func (s *EnumSet[E]) ToArray() []E {
	out := make([]E, 0, s.n)
	for i, p := range s.present {
		if p {
			out = append(out, s.vals[i])
		}
	}
	return out
}

// sliceRemoveIter iterates a snapshot and removes from the collection it came from.
type sliceRemoveIter[E any] struct {
	a      []E
	i      int
	last   bool
	remove Collection[E]
}

func (it *sliceRemoveIter[E]) HasNext() bool { return it.i < len(it.a) }

func (it *sliceRemoveIter[E]) Next() E {
	if it.i >= len(it.a) {
		panic(NewNoSuchElementException())
	}
	it.i++
	it.last = true
	return it.a[it.i-1]
}

func (it *sliceRemoveIter[E]) Remove() {
	if !it.last {
		panic(NewIllegalStateException())
	}
	it.last = false
	it.remove.Remove(it.a[it.i-1])
}

func (it *sliceRemoveIter[E]) ForEachRemaining(action Consumer[E]) {
	IteratorForEachRemaining[E](it, action)
}

// EnumMap is java.util.EnumMap<K, V>.
type EnumMap[K, V any] struct {
	mapDefaults[K, V]
	slots []*emEntry[K, V]
	n     int32
}

// emEntry is a mapping of an EnumMap; the entry set's entries write through.
type emEntry[K, V any] struct {
	key   K
	value V
	m     *EnumMap[K, V]
}

func (e *emEntry[K, V]) Key() K   { return e.key }
func (e *emEntry[K, V]) Value() V { return e.value }
func (e *emEntry[K, V]) SetValue(value V) V {
	old := e.value
	e.value = value
	return old
}
func (e *emEntry[K, V]) anyKeyValue() (any, any) { return e.key, e.value }
func (e *emEntry[K, V]) Equals(o any) bool       { return entryEquals[K, V](e, o) }
func (e *emEntry[K, V]) HashCode() int32         { return entryHashCode(e.key, e.value) }
func (e *emEntry[K, V]) String() string          { return entryString(e.key, e.value) }

// NewEnumMap is the constructor EnumMap(Class<K>).
func NewEnumMap[K, V any](keyType *Class) *EnumMap[K, V] {
	requireNonNullArg(keyType)
	return newEnumMap[K, V]()
}

func newEnumMap[K, V any]() *EnumMap[K, V] {
	m := &EnumMap[K, V]{}
	m.self = m
	return m
}

// NewEnumMapFrom is the constructor EnumMap(Map) (and EnumMap(EnumMap)):
// IllegalArgumentException "Specified map is empty" for an empty map that is not an
// EnumMap.
func NewEnumMapFrom[K, V any](src Map[K, V]) *EnumMap[K, V] {
	requireNonNullArg(src)
	if _, ok := src.(*EnumMap[K, V]); !ok && src.IsEmpty() {
		panic(NewIllegalArgumentException2("Specified map is empty"))
	}
	m := newEnumMap[K, V]()
	m.PutAll(src)
	return m
}

// Clone is EnumMap.clone().
func (m *EnumMap[K, V]) Clone() *EnumMap[K, V] { return NewEnumMapFrom[K, V](m) }

func (m *EnumMap[K, V]) slot(key any) *emEntry[K, V] {
	k, ok := key.(K)
	if !ok || isNull(key) {
		return nil
	}
	if i := int(ordinalOf(k)); i < len(m.slots) {
		return m.slots[i]
	}
	return nil
}

// Size is Map.size().
func (m *EnumMap[K, V]) Size() int32 { return m.n }

// IsEmpty is Map.isEmpty().
func (m *EnumMap[K, V]) IsEmpty() bool { return m.n == 0 }

// ContainsKey is Map.containsKey(Object).
func (m *EnumMap[K, V]) ContainsKey(key any) bool { return m.slot(key) != nil }

// ContainsValue is Map.containsValue(Object).
func (m *EnumMap[K, V]) ContainsValue(value any) bool {
	for _, e := range m.slots {
		if e != nil && Equals(value, e.value) {
			return true
		}
	}
	return false
}

// Get is Map.get(Object): the zero value (null) when absent.
func (m *EnumMap[K, V]) Get(key any) V {
	if e := m.slot(key); e != nil {
		return e.value
	}
	zero := Null[V]()
	return zero
}

// Put is Map.put(K, V): NullPointerException for a null key.
func (m *EnumMap[K, V]) Put(key K, value V) V {
	i := int(ordinalOf(key))
	for len(m.slots) <= i {
		m.slots = append(m.slots, nil)
	}
	if e := m.slots[i]; e != nil {
		return e.SetValue(value)
	}
	m.slots[i] = &emEntry[K, V]{key: key, value: value, m: m}
	m.n++
	zero := Null[V]()
	return zero
}

// Remove is Map.remove(Object).
func (m *EnumMap[K, V]) Remove(key any) V {
	e := m.slot(key)
	if e == nil {
		zero := Null[V]()
		return zero
	}
	m.slots[ordinalOf(e.key)] = nil
	m.n--
	return e.value
}

// PutAll is Map.putAll(Map).
func (m *EnumMap[K, V]) PutAll(src Map[K, V]) {
	requireNonNullArg(src)
	for k, v := range src.All() {
		m.Put(k, v)
	}
}

// Clear is Map.clear().
func (m *EnumMap[K, V]) Clear() {
	clear(m.slots)
	m.n = 0
}

// entries ranges over the mappings in ordinal order (live: a mapping removed ahead is
// skipped).
func (m *EnumMap[K, V]) entries() iter.Seq[*emEntry[K, V]] {
	return func(yield func(*emEntry[K, V]) bool) {
		for i := 0; i < len(m.slots); i++ {
			if e := m.slots[i]; e != nil && !yield(e) {
				return
			}
		}
	}
}

// All ranges over the mappings in ordinal order.
func (m *EnumMap[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for e := range m.entries() {
			if !yield(e.key, e.value) {
				return
			}
		}
	}
}

// KeySet is Map.keySet(): a view in ordinal order.
func (m *EnumMap[K, V]) KeySet() Set[K] {
	return newEmView(m, func(e *emEntry[K, V]) K { return e.key }, m.ContainsKey, func(o any) bool {
		had := m.ContainsKey(o)
		m.Remove(o)
		return had
	})
}

// Values is Map.values(): a view in ordinal order.
func (m *EnumMap[K, V]) Values() Collection[V] {
	return newEmView(m, func(e *emEntry[K, V]) V { return e.value }, m.ContainsValue, func(o any) bool {
		for e := range m.entries() {
			if Equals(o, e.value) {
				m.Remove(e.key)
				return true
			}
		}
		return false
	})
}

// EntrySet is Map.entrySet(): a view whose entries write through.
func (m *EnumMap[K, V]) EntrySet() Set[MapEntry[K, V]] {
	find := func(o any) *emEntry[K, V] {
		k, v, ok := entryKeyValue[K, V](o)
		if e := m.slot(k); ok && e != nil && Equals(e.value, v) {
			return e
		}
		return nil
	}
	return newEmView(m, func(e *emEntry[K, V]) MapEntry[K, V] { return e },
		func(o any) bool { return find(o) != nil },
		func(o any) bool {
			if e := find(o); e != nil {
				m.Remove(e.key)
				return true
			}
			return false
		})
}

// Equals is AbstractMap.equals(Object).
func (m *EnumMap[K, V]) Equals(o any) bool { return mapEquals[K, V](m, o) }

// HashCode is AbstractMap.hashCode().
func (m *EnumMap[K, V]) HashCode() int32 { return mapHashCode(m.All()) }

// String is AbstractMap.toString().
func (m *EnumMap[K, V]) String() string { return mapString(m.All(), m) }

// emView is the key set, values and entry set of an EnumMap.
type emView[K, V, E any] struct {
	abstractSet[E]
	m        *EnumMap[K, V]
	proj     func(*emEntry[K, V]) E
	contains func(any) bool
	remove   func(any) bool
}

func newEmView[K, V, E any](m *EnumMap[K, V], proj func(*emEntry[K, V]) E, contains, remove func(any) bool) *emView[K, V, E] {
	v := &emView[K, V, E]{m: m, proj: proj, contains: contains, remove: remove}
	v.self = v
	return v
}

func (v *emView[K, V, E]) Size() int32         { return v.m.n }
func (v *emView[K, V, E]) Contains(o any) bool { return v.contains(o) }
func (v *emView[K, V, E]) Remove(o any) bool   { return v.remove(o) }
func (v *emView[K, V, E]) Clear()              { v.m.Clear() }
func (v *emView[K, V, E]) All() iter.Seq[E]    { return seqMap(v.m.entries(), v.proj) }
func (v *emView[K, V, E]) Iterator() Iterator[E] {
	return &emIter[K, V, E]{v: v}
}

// emIter is EnumMap's iterator: by ordinal, live, not fail-fast.
type emIter[K, V, E any] struct {
	v    *emView[K, V, E]
	next int
	last *emEntry[K, V]
}

func (it *emIter[K, V, E]) advance() {
	for it.next < len(it.v.m.slots) && it.v.m.slots[it.next] == nil {
		it.next++
	}
}

func (it *emIter[K, V, E]) HasNext() bool {
	it.advance()
	return it.next < len(it.v.m.slots)
}

func (it *emIter[K, V, E]) Next() E {
	if !it.HasNext() {
		panic(NewNoSuchElementException())
	}
	it.last = it.v.m.slots[it.next]
	it.next++
	return it.v.proj(it.last)
}

func (it *emIter[K, V, E]) Remove() {
	if it.last == nil {
		panic(NewIllegalStateException())
	}
	it.v.m.Remove(it.last.key)
	it.last = nil
}

func (it *emIter[K, V, E]) ForEachRemaining(action Consumer[E]) {
	IteratorForEachRemaining[E](it, action)
}
