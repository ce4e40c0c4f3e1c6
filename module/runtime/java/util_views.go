package java

import "reflect"

// Views of a collection under other type arguments. Java lets one list be seen as
// List<? super Integer>, List<? extends Number> or List<?> whatever its element type; Go's
// instances never convert, so a List[any] is not a List[*int32]. A view converts each
// element as it passes: writes always hold (Java only writes what the list's own type
// accepts), and a read that does not hold is a named not-migrated panic, never a silent
// zero (Java would have read it as an Object the port typed narrower).

// viewElem is e, held as S, seen as T.
func viewElem[T, S any](e S) T {
	v := any(e)
	if isNull(v) {
		var zero T
		return zero
	}
	t, ok := v.(T)
	if !ok {
		panic("l2j: not migrated: a " + ClassNameOf(v) + " read through a view typed " + reflect.TypeFor[T]().String())
	}
	return t
}

// listView is a List[T] over a List[S]: reads, writes and the list's own text pass through.
type listView[T, S any] struct {
	abstractList[T]
	l List[S]
}

// ListAs is l seen as a List[T] (Java's wildcard conversions of a list argument); nil stays
// nil, and a List[T] is itself.
func ListAs[T, S any](l List[S]) List[T] {
	if isNull(l) {
		return nil
	}
	if same, ok := any(l).(List[T]); ok {
		return same
	}
	v := &listView[T, S]{l: l}
	v.initList(v)
	return v
}

// Size is List.size().
func (v *listView[T, S]) Size() int32 { return v.l.Size() }

// Get is List.get(int).
func (v *listView[T, S]) Get(index int32) T { return viewElem[T](v.l.Get(index)) }

// Set is List.set(int, E).
func (v *listView[T, S]) Set(index int32, e T) T {
	return viewElem[T](v.l.Set(index, viewElem[S](e)))
}

// AddAt is List.add(int, E).
func (v *listView[T, S]) AddAt(index int32, e T) {
	v.l.AddAt(index, viewElem[S](e))
	v.modCount++
}

// RemoveAt is List.remove(int).
func (v *listView[T, S]) RemoveAt(index int32) T {
	v.modCount++
	return viewElem[T](v.l.RemoveAt(index))
}

// The Object-typed methods are the list's own: they read no element as T.

// Contains is Collection.contains(Object).
func (v *listView[T, S]) Contains(o any) bool { return v.l.Contains(o) }

// IndexOf is List.indexOf(Object).
func (v *listView[T, S]) IndexOf(o any) int32 { return v.l.IndexOf(o) }

// LastIndexOf is List.lastIndexOf(Object).
func (v *listView[T, S]) LastIndexOf(o any) int32 { return v.l.LastIndexOf(o) }

// Remove is Collection.remove(Object).
func (v *listView[T, S]) Remove(o any) bool {
	v.modCount++
	return v.l.Remove(o)
}

// Equals is List.equals(Object).
func (v *listView[T, S]) Equals(o any) bool { return Equals(v.l, o) }

// HashCode is List.hashCode().
func (v *listView[T, S]) HashCode() int32 { return HashCode(v.l) }

// String is the list's own toString: Java passed the list itself.
func (v *listView[T, S]) String() string { return Str(v.l) }

// collectionView is a Collection[T] over a Collection[S].
type collectionView[T, S any] struct {
	abstractCollection[T]
	c Collection[S]
}

// CollectionAs is c seen as a Collection[T] (also a Set[T], whose methods are
// Collection's); nil stays nil, and a Collection[T] is itself.
func CollectionAs[T, S any](c Collection[S]) Collection[T] {
	if isNull(c) {
		return nil
	}
	if same, ok := any(c).(Collection[T]); ok {
		return same
	}
	v := &collectionView[T, S]{c: c}
	v.self = v
	return v
}

// Size is Collection.size().
func (v *collectionView[T, S]) Size() int32 { return v.c.Size() }

// Iterator is Collection.iterator(), converting each element.
func (v *collectionView[T, S]) Iterator() Iterator[T] {
	return &mappedIter[T, S]{v.c.Iterator(), viewElem[T, S], false}
}

// Add is Collection.add(E).
func (v *collectionView[T, S]) Add(e T) bool { return v.c.Add(viewElem[S](e)) }

// Contains is Collection.contains(Object): the collection's own test.
func (v *collectionView[T, S]) Contains(o any) bool { return v.c.Contains(o) }

// Remove is Collection.remove(Object): the collection's own.
func (v *collectionView[T, S]) Remove(o any) bool { return v.c.Remove(o) }

// Equals is the collection's own equals (a Set's is set equality).
func (v *collectionView[T, S]) Equals(o any) bool { return Equals(v.c, o) }

// HashCode is the collection's own hashCode.
func (v *collectionView[T, S]) HashCode() int32 { return HashCode(v.c) }

// String is the collection's own toString.
func (v *collectionView[T, S]) String() string { return Str(v.c) }

// AsAnyList is `o instanceof List<?> l` (or a raw List): o as a List[any] whatever its
// element type, and whether it is a list at all.
func AsAnyList(o any) (List[any], bool) {
	if isNull(o) {
		return nil, false
	}
	if l, ok := o.(javaList); ok {
		return l.anyList(), true
	}
	if looksLikeList(o) {
		// A List of the program's own making: its element type is not known here.
		panic("l2j: not migrated: instanceof List<?> of " + ClassNameOf(o))
	}
	return nil, false
}

// IsList is `o instanceof List<?>` (or a raw List) without a binding.
func IsList(o any) bool {
	_, ok := AsAnyList(o)
	return ok
}

// looksLikeList tells a value with List's methods (some List[E]) from any other.
func looksLikeList(o any) bool {
	t := reflect.TypeOf(o)
	for _, name := range [...]string{"Get", "Size", "SubList", "ListIterator", "AddAt"} {
		if _, ok := t.MethodByName(name); !ok {
			return false
		}
	}
	return true
}
