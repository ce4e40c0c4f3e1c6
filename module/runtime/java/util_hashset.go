package java

import "iter"

// hashSetCore is the body of HashSet and LinkedHashSet: the keys of a HashMap (as in
// Java), so a HashSet iterates in the order a HashMap of the same keys does.
type hashSetCore[E any] struct {
	abstractSet[E]
	m hashMapCore[E, struct{}]
}

// Size is Set.size().
func (s *hashSetCore[E]) Size() int32 { return s.m.size }

// IsEmpty is Set.isEmpty().
func (s *hashSetCore[E]) IsEmpty() bool { return s.m.size == 0 }

// Contains is Set.contains(Object).
func (s *hashSetCore[E]) Contains(o any) bool { return s.m.getNode(o) != nil }

// Add is Set.add(E): false when the set already holds an equal element.
func (s *hashSetCore[E]) Add(e E) bool {
	_, present := s.m.putVal(e, struct{}{}, false)
	return !present
}

// Remove is Set.remove(Object).
func (s *hashSetCore[E]) Remove(o any) bool { return s.m.removeNode(o, nil, false) != nil }

// Clear is Set.clear().
func (s *hashSetCore[E]) Clear() { s.m.Clear() }

// Iterator is Set.iterator(): in the backing map's key order.
func (s *hashSetCore[E]) Iterator() Iterator[E] { return projIter(&s.m, nodeKey[E, struct{}]) }

// All ranges over the elements as the iterator does.
func (s *hashSetCore[E]) All() iter.Seq[E] {
	return func(yield func(E) bool) {
		for e := range s.m.nodes() {
			if !yield(e.key) {
				return
			}
		}
	}
}

// ForEach is Iterable.forEach(Consumer) (HashMap.KeySet.forEach: fail-fast at the end).
func (s *hashSetCore[E]) ForEach(action Consumer[E]) {
	requireNonNullArg(action)
	s.m.forEachNode(func(e *hmNode[E, struct{}]) { action.Accept(e.key) })
}

// addAllFrom is AbstractCollection.addAll over the elements of c.
func (s *hashSetCore[E]) addAllFrom(c Collection[E]) {
	for _, e := range c.ToArray() {
		s.Add(e)
	}
}

// HashSet is java.util.HashSet<E>.
type HashSet[E any] struct {
	hashSetCore[E]
}

func (s *HashSet[E]) setup(initialCapacity int32, loadFactor float32, defaults bool) *HashSet[E] {
	s.self = s
	if defaults {
		s.m.initDefault(nil)
	} else {
		s.m.init(nil, initialCapacity, loadFactor)
	}
	return s
}

// NewHashSet is the constructor HashSet().
func NewHashSet[E any]() *HashSet[E] { return (&HashSet[E]{}).setup(0, 0, true) }

// NewHashSetCap is the constructor HashSet(int initialCapacity).
func NewHashSetCap[E any](initialCapacity int32) *HashSet[E] {
	return (&HashSet[E]{}).setup(initialCapacity, hashMapDefaultLoad, false)
}

// NewHashSetCapLoad is the constructor HashSet(int initialCapacity, float loadFactor).
func NewHashSetCapLoad[E any](initialCapacity int32, loadFactor float32) *HashSet[E] {
	return (&HashSet[E]{}).setup(initialCapacity, loadFactor, false)
}

// NewHashSetFrom is the constructor HashSet(Collection<? extends E>): a table sized for
// max(size/.75 + 1, 16), as Java's.
func NewHashSetFrom[E any](c Collection[E]) *HashSet[E] {
	requireNonNullCollection(c)
	s := NewHashSetCap[E](max(int32(float32(c.Size())/.75)+1, 16))
	s.addAllFrom(c)
	return s
}

// Clone is HashSet.clone(): a shallow copy, its table sized for its elements as
// HashMap.clone sizes it.
func (s *HashSet[E]) Clone() *HashSet[E] {
	c := NewHashSet[E]()
	c.m.loadFactor = s.m.loadFactor
	c.m.putMapEntries(&s.m)
	return c
}

// LinkedHashSet is java.util.LinkedHashSet<E>: a HashSet iterating in insertion order.
type LinkedHashSet[E any] struct {
	hashSetCore[E]
}

// NewLinkedHashSet is the constructor LinkedHashSet().
func NewLinkedHashSet[E any]() *LinkedHashSet[E] { return NewLinkedHashSetCap[E](16) }

// NewLinkedHashSetCap is the constructor LinkedHashSet(int initialCapacity).
func NewLinkedHashSetCap[E any](initialCapacity int32) *LinkedHashSet[E] {
	return NewLinkedHashSetCapLoad[E](initialCapacity, hashMapDefaultLoad)
}

// NewLinkedHashSetCapLoad is the constructor LinkedHashSet(int, float).
func NewLinkedHashSetCapLoad[E any](initialCapacity int32, loadFactor float32) *LinkedHashSet[E] {
	s := &LinkedHashSet[E]{}
	s.self = s
	s.m.init(nil, initialCapacity, loadFactor)
	s.m.linked = true
	return s
}

// NewLinkedHashSetFrom is the constructor LinkedHashSet(Collection<? extends E>).
func NewLinkedHashSetFrom[E any](c Collection[E]) *LinkedHashSet[E] {
	requireNonNullCollection(c)
	s := NewLinkedHashSetCap[E](max(2*c.Size(), 11))
	s.addAllFrom(c)
	return s
}

// Clone is LinkedHashSet.clone(): a shallow copy in the same order.
func (s *LinkedHashSet[E]) Clone() *LinkedHashSet[E] {
	c := NewLinkedHashSet[E]()
	c.m.threshold = 0
	c.m.putMapEntries(&s.m)
	return c
}
