package java

import (
	"iter"
	"strings"
)

// Map is java.util.Map<K, V>. Methods that return null for a missing key (Get, Put,
// Remove...) return V's zero value (nil for pointers and interfaces); a null result of a
// compute/merge function removes the mapping only where V can be null.
type Map[K, V any] interface {
	// Size is Map.size().
	Size() int32
	// IsEmpty is Map.isEmpty().
	IsEmpty() bool
	// ContainsKey is Map.containsKey(Object).
	ContainsKey(key any) bool
	// ContainsValue is Map.containsValue(Object).
	ContainsValue(value any) bool
	// Get is Map.get(Object).
	Get(key any) V
	// Put is Map.put(K, V): the previous value.
	Put(key K, value V) V
	// Remove is Map.remove(Object): the previous value.
	Remove(key any) V
	// PutAll is Map.putAll(Map<? extends K, ? extends V>).
	PutAll(m Map[K, V])
	// Clear is Map.clear().
	Clear()
	// KeySet is Map.keySet(): a view.
	KeySet() Set[K]
	// Values is Map.values(): a view.
	Values() Collection[V]
	// EntrySet is Map.entrySet(): a view.
	EntrySet() Set[MapEntry[K, V]]
	// GetOrDefault is the default method Map.getOrDefault(Object, V).
	GetOrDefault(key any, defaultValue V) V
	// ForEach is the default method Map.forEach(BiConsumer).
	ForEach(action BiConsumer[K, V])
	// ReplaceAll is the default method Map.replaceAll(BiFunction).
	ReplaceAll(function BiFunction[K, V, V])
	// PutIfAbsent is the default method Map.putIfAbsent(K, V).
	PutIfAbsent(key K, value V) V
	// RemoveMapping is the default method Map.remove(Object key, Object value).
	RemoveMapping(key, value any) bool
	// ReplaceMapping is the default method Map.replace(K key, V oldValue, V newValue).
	ReplaceMapping(key K, oldValue, newValue V) bool
	// Replace is the default method Map.replace(K, V).
	Replace(key K, value V) V
	// ComputeIfAbsent is the default method Map.computeIfAbsent(K, Function).
	ComputeIfAbsent(key K, mappingFunction Function[K, V]) V
	// ComputeIfPresent is the default method Map.computeIfPresent(K, BiFunction).
	ComputeIfPresent(key K, remappingFunction BiFunction[K, V, V]) V
	// Compute is the default method Map.compute(K, BiFunction).
	Compute(key K, remappingFunction BiFunction[K, V, V]) V
	// Merge is the default method Map.merge(K, V, BiFunction).
	Merge(key K, value V, remappingFunction BiFunction[V, V, V]) V
	// All ranges over the mappings: `for k, v := range m.All()`.
	All() iter.Seq2[K, V]
}

// MapEntry is java.util.Map.Entry<K, V>.
type MapEntry[K, V any] interface {
	// Key is Map.Entry.getKey().
	Key() K
	// Value is Map.Entry.getValue().
	Value() V
	// SetValue is Map.Entry.setValue(V): the previous value.
	SetValue(value V) V
}

// entryEquals is Map.Entry.equals(Object): another entry with equal key and value.
func entryEquals[K, V any](e MapEntry[K, V], o any) bool {
	if isSameObject(o, e) {
		return true
	}
	if oe, ok := o.(MapEntry[K, V]); ok && !isNull(o) {
		return Equals(e.Key(), oe.Key()) && Equals(e.Value(), oe.Value())
	}
	if isNull(o) {
		return false
	}
	// An entry of other type arguments: its Key and Value through the common form.
	if oe, ok := o.(interface{ anyKeyValue() (any, any) }); ok {
		k, v := oe.anyKeyValue()
		return Equals(e.Key(), k) && Equals(e.Value(), v)
	}
	return false
}

// entryHashCode is Map.Entry.hashCode(): hash(key) ^ hash(value).
func entryHashCode[K, V any](k K, v V) int32 { return HashCode(k) ^ HashCode(v) }

// entryString is Map.Entry.toString(): "key=value".
func entryString[K, V any](k K, v V) string { return Str(k) + "=" + Str(v) }

// AbstractMapSimpleEntry is java.util.AbstractMap.SimpleEntry<K, V>: a mutable key-value pair.
type AbstractMapSimpleEntry[K, V any] struct {
	key   K
	value V
}

// NewAbstractMapSimpleEntry is the constructor AbstractMap.SimpleEntry(K, V).
func NewAbstractMapSimpleEntry[K, V any](key K, value V) *AbstractMapSimpleEntry[K, V] {
	return &AbstractMapSimpleEntry[K, V]{key, value}
}

// NewAbstractMapSimpleEntryFrom is the constructor AbstractMap.SimpleEntry(Map.Entry).
func NewAbstractMapSimpleEntryFrom[K, V any](e MapEntry[K, V]) *AbstractMapSimpleEntry[K, V] {
	return &AbstractMapSimpleEntry[K, V]{e.Key(), e.Value()}
}

// Key is Map.Entry.getKey().
func (e *AbstractMapSimpleEntry[K, V]) Key() K { return e.key }

// Value is Map.Entry.getValue().
func (e *AbstractMapSimpleEntry[K, V]) Value() V { return e.value }

// SetValue is Map.Entry.setValue(V).
func (e *AbstractMapSimpleEntry[K, V]) SetValue(value V) V {
	old := e.value
	e.value = value
	return old
}

func (e *AbstractMapSimpleEntry[K, V]) anyKeyValue() (any, any) { return e.key, e.value }

// Equals is Map.Entry.equals(Object).
func (e *AbstractMapSimpleEntry[K, V]) Equals(o any) bool { return entryEquals[K, V](e, o) }

// HashCode is Map.Entry.hashCode().
func (e *AbstractMapSimpleEntry[K, V]) HashCode() int32 { return entryHashCode(e.key, e.value) }

// String is Map.Entry.toString(): "key=value".
func (e *AbstractMapSimpleEntry[K, V]) String() string { return entryString(e.key, e.value) }

// immutableEntry is the entry of Map.entry(k, v) and of Map.Entry.copyOf: setValue throws.
type immutableEntry[K, V any] struct {
	AbstractMapSimpleEntry[K, V]
}

// SetValue is Map.Entry.setValue(V): UnsupportedOperationException.
func (e *immutableEntry[K, V]) SetValue(value V) V { panic(NewUnsupportedOperationException()) }

// Equals is Map.Entry.equals(Object).
func (e *immutableEntry[K, V]) Equals(o any) bool { return entryEquals[K, V](e, o) }

// MapEntryOf is the static Map.entry(K, V): an unmodifiable entry; null key or value
// throws NullPointerException.
func MapEntryOf[K, V any](key K, value V) MapEntry[K, V] {
	requireNonNullArg(key)
	requireNonNullArg(value)
	return &immutableEntry[K, V]{AbstractMapSimpleEntry[K, V]{key, value}}
}

// MapEntryComparingByKey is the static Map.Entry.comparingByKey().
func MapEntryComparingByKey[K, V any]() Comparator[MapEntry[K, V]] {
	return ComparatorFunc[MapEntry[K, V]](func(a, b MapEntry[K, V]) int32 { return CompareOf(a.Key(), b.Key()) })
}

// MapEntryComparingByValue is the static Map.Entry.comparingByValue().
func MapEntryComparingByValue[K, V any]() Comparator[MapEntry[K, V]] {
	return ComparatorFunc[MapEntry[K, V]](func(a, b MapEntry[K, V]) int32 { return CompareOf(a.Value(), b.Value()) })
}

// MapEntryComparingByKeyWith is the static Map.Entry.comparingByKey(Comparator).
func MapEntryComparingByKeyWith[K, V any](c Comparator[K]) Comparator[MapEntry[K, V]] {
	requireNonNullArg(c)
	return ComparatorFunc[MapEntry[K, V]](func(a, b MapEntry[K, V]) int32 { return c.Compare(a.Key(), b.Key()) })
}

// MapEntryComparingByValueWith is the static Map.Entry.comparingByValue(Comparator).
func MapEntryComparingByValueWith[K, V any](c Comparator[V]) Comparator[MapEntry[K, V]] {
	requireNonNullArg(c)
	return ComparatorFunc[MapEntry[K, V]](func(a, b MapEntry[K, V]) int32 { return c.Compare(a.Value(), b.Value()) })
}

// mapString is AbstractMap.toString(): "{k1=v1, k2=v2}", the map itself as "(this Map)".
func mapString[K, V any](seq iter.Seq2[K, V], self any) string {
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for k, v := range seq {
		if !first {
			b.WriteString(", ")
		}
		first = false
		if isSameObject(k, self) {
			b.WriteString("(this Map)")
		} else {
			b.WriteString(Str(k))
		}
		b.WriteByte('=')
		if isSameObject(v, self) {
			b.WriteString("(this Map)")
		} else {
			b.WriteString(Str(v))
		}
	}
	b.WriteByte('}')
	return b.String()
}

// mapEquals is AbstractMap.equals(Object): another map with the same mappings.
func mapEquals[K, V any](this Map[K, V], o any) bool {
	if isSameObject(o, this) {
		return true
	}
	if isNull(o) {
		return false
	}
	if om, ok := o.(Map[K, V]); ok {
		if om.Size() != this.Size() {
			return false
		}
		for k, v := range this.All() {
			if isNull(v) {
				if !isNull(om.Get(k)) || !om.ContainsKey(k) {
					return false
				}
			} else if !Equals(v, om.Get(k)) {
				return false
			}
		}
		return true
	}
	om, ok := o.(interface {
		Size() int32
		ContainsKey(any) bool
	})
	if !ok || isNull(o) {
		return false
	}
	if _, isColl := o.(interface{ Contains(any) bool }); isColl {
		return false // a Collection, not a Map
	}
	if om.Size() != this.Size() {
		return false
	}
	// A map of other type arguments: compare its mappings through any.
	equal := true
	eachAny2[K, V](o, func(k, v any) bool {
		equal = this.ContainsKey(k) && Equals(this.Get(k), v)
		return equal
	})
	return equal
}

// mapHashCode is AbstractMap.hashCode(): the sum of the entries' hash codes.
func mapHashCode[K, V any](seq iter.Seq2[K, V]) int32 {
	var h int32
	for k, v := range seq {
		h += entryHashCode(k, v)
	}
	return h
}

// mapDefaults implements Map's default methods (the bodies of Java's Map interface) over
// self's Get, ContainsKey, Put and Remove. A map type embeds it and overrides what it
// does better (HashMap does each in one lookup, with its own bin order).
type mapDefaults[K, V any] struct {
	self Map[K, V]
}

// lookup is Java's `get(key)` as the default methods test it against null: for a V that
// cannot be null (Integer as int32), "null" means the key is absent.
func (d *mapDefaults[K, V]) lookup(key any) (v V, null bool) {
	v = d.self.Get(key)
	if canBeNull[V]() {
		return v, isNull(v)
	}
	return v, !d.self.ContainsKey(key)
}

// GetOrDefault is the default method Map.getOrDefault(Object, V).
func (d *mapDefaults[K, V]) GetOrDefault(key any, defaultValue V) V {
	if v, null := d.lookup(key); !null || d.self.ContainsKey(key) {
		return v
	}
	return defaultValue
}

// ForEach is the default method Map.forEach(BiConsumer).
func (d *mapDefaults[K, V]) ForEach(action BiConsumer[K, V]) {
	requireNonNullArg(action)
	for k, v := range d.self.All() {
		action.Accept(k, v)
	}
}

// ReplaceAll is the default method Map.replaceAll(BiFunction).
func (d *mapDefaults[K, V]) ReplaceAll(function BiFunction[K, V, V]) {
	requireNonNullArg(function)
	for e := range d.self.EntrySet().All() {
		e.SetValue(function.Apply(e.Key(), e.Value()))
	}
}

// PutIfAbsent is the default method Map.putIfAbsent(K, V).
func (d *mapDefaults[K, V]) PutIfAbsent(key K, value V) V {
	v, null := d.lookup(key)
	if null {
		v = d.self.Put(key, value)
	}
	return v
}

// RemoveMapping is the default method Map.remove(Object key, Object value).
func (d *mapDefaults[K, V]) RemoveMapping(key, value any) bool {
	cur, null := d.lookup(key)
	if (null && !d.self.ContainsKey(key)) || !Equals(cur, value) {
		return false
	}
	d.self.Remove(key)
	return true
}

// ReplaceMapping is the default method Map.replace(K, V, V).
func (d *mapDefaults[K, V]) ReplaceMapping(key K, oldValue, newValue V) bool {
	cur, null := d.lookup(key)
	if (null && !d.self.ContainsKey(key)) || !Equals(cur, oldValue) {
		return false
	}
	d.self.Put(key, newValue)
	return true
}

// Replace is the default method Map.replace(K, V).
func (d *mapDefaults[K, V]) Replace(key K, value V) V {
	cur, null := d.lookup(key)
	if !null || d.self.ContainsKey(key) {
		cur = d.self.Put(key, value)
	}
	return cur
}

// ComputeIfAbsent is the default method Map.computeIfAbsent(K, Function).
func (d *mapDefaults[K, V]) ComputeIfAbsent(key K, mappingFunction Function[K, V]) V {
	requireNonNullArg(mappingFunction)
	v, null := d.lookup(key)
	if null {
		if nv := mappingFunction.Apply(key); !isNull(nv) {
			d.self.Put(key, nv)
			return nv
		}
	}
	return v
}

// ComputeIfPresent is the default method Map.computeIfPresent(K, BiFunction).
func (d *mapDefaults[K, V]) ComputeIfPresent(key K, remappingFunction BiFunction[K, V, V]) V {
	requireNonNullArg(remappingFunction)
	zero := Null[V]()
	old, null := d.lookup(key)
	if null {
		return zero
	}
	nv := remappingFunction.Apply(key, old)
	if isNull(nv) {
		d.self.Remove(key)
		return zero
	}
	d.self.Put(key, nv)
	return nv
}

// Compute is the default method Map.compute(K, BiFunction).
func (d *mapDefaults[K, V]) Compute(key K, remappingFunction BiFunction[K, V, V]) V {
	requireNonNullArg(remappingFunction)
	old, null := d.lookup(key)
	nv := remappingFunction.Apply(key, old)
	if isNull(nv) {
		if !null || d.self.ContainsKey(key) {
			d.self.Remove(key)
		}
		return nv
	}
	d.self.Put(key, nv)
	return nv
}

// Merge is the default method Map.merge(K, V, BiFunction).
func (d *mapDefaults[K, V]) Merge(key K, value V, remappingFunction BiFunction[V, V, V]) V {
	requireNonNullArg(remappingFunction)
	requireNonNullArg(value)
	old, null := d.lookup(key)
	nv := value
	if !null {
		nv = remappingFunction.Apply(old, value)
	}
	if isNull(nv) {
		d.self.Remove(key)
	} else {
		d.self.Put(key, nv)
	}
	return nv
}

// canBeNull reports whether V has a null (pointers, interfaces, slices, maps, funcs):
// for V = int32 (Integer) a stored 0 is a value, not Java's null.
func canBeNull[V any]() bool {
	zero := Null[V]()
	return isNull(zero)
}
