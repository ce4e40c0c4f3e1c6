package java

// Vector is java.util.Vector<E>: an ArrayList whose methods hold the vector's monitor, as
// Java's synchronized methods do (so `synchronized (vector)` in migrated code excludes
// them too). Its iterators are ArrayList's: callers hold the monitor to iterate.
type Vector[E any] struct {
	ArrayList[E]
}

// NewVector is the constructor Vector().
func NewVector[E any]() *Vector[E] {
	v := &Vector[E]{}
	v.initList(v)
	return v
}

// NewVectorCap is the constructor Vector(int initialCapacity).
func NewVectorCap[E any](initialCapacity int32) *Vector[E] {
	if initialCapacity < 0 {
		panic(NewIllegalArgumentException2("Illegal Capacity: " + IntStr(initialCapacity)))
	}
	v := NewVector[E]()
	v.data = make([]E, 0, initialCapacity)
	return v
}

// NewVectorFrom is the constructor Vector(Collection<? extends E>).
func NewVectorFrom[E any](c Collection[E]) *Vector[E] {
	requireNonNullCollection(c)
	v := NewVector[E]()
	v.data = c.ToArray()
	return v
}

// Size is Vector.size().
func (v *Vector[E]) Size() int32 {
	defer Lock(v)()
	return v.ArrayList.Size()
}

// IsEmpty is Vector.isEmpty().
func (v *Vector[E]) IsEmpty() bool {
	defer Lock(v)()
	return v.ArrayList.IsEmpty()
}

// Get is Vector.get(int): ArrayIndexOutOfBoundsException past the end.
func (v *Vector[E]) Get(index int32) E {
	defer Lock(v)()
	if index >= int32(len(v.data)) {
		panic(NewArrayIndexOutOfBoundsExceptionIndex(index))
	}
	return v.ArrayList.Get(index)
}

// Set is Vector.set(int, E).
func (v *Vector[E]) Set(index int32, e E) E {
	defer Lock(v)()
	if index >= int32(len(v.data)) {
		panic(NewArrayIndexOutOfBoundsExceptionIndex(index))
	}
	return v.ArrayList.Set(index, e)
}

// Add is Vector.add(E).
func (v *Vector[E]) Add(e E) bool {
	defer Lock(v)()
	return v.ArrayList.Add(e)
}

// AddAt is Vector.add(int, E).
func (v *Vector[E]) AddAt(index int32, e E) {
	defer Lock(v)()
	v.ArrayList.AddAt(index, e)
}

// RemoveAt is Vector.remove(int).
func (v *Vector[E]) RemoveAt(index int32) E {
	defer Lock(v)()
	return v.ArrayList.RemoveAt(index)
}

// Remove is Vector.remove(Object).
func (v *Vector[E]) Remove(o any) bool {
	defer Lock(v)()
	return v.ArrayList.Remove(o)
}

// IndexOf is Vector.indexOf(Object).
func (v *Vector[E]) IndexOf(o any) int32 {
	defer Lock(v)()
	return v.ArrayList.IndexOf(o)
}

// LastIndexOf is Vector.lastIndexOf(Object).
func (v *Vector[E]) LastIndexOf(o any) int32 {
	defer Lock(v)()
	return v.ArrayList.LastIndexOf(o)
}

// Contains is Vector.contains(Object).
func (v *Vector[E]) Contains(o any) bool { return v.IndexOf(o) >= 0 }

// Clear is Vector.clear().
func (v *Vector[E]) Clear() {
	defer Lock(v)()
	v.ArrayList.Clear()
}

// AddAll is Vector.addAll(Collection).
func (v *Vector[E]) AddAll(c Collection[E]) bool {
	defer Lock(v)()
	return v.ArrayList.AddAll(c)
}

// AddAllAt is Vector.addAll(int, Collection).
func (v *Vector[E]) AddAllAt(index int32, c Collection[E]) bool {
	defer Lock(v)()
	return v.ArrayList.AddAllAt(index, c)
}

// RemoveAll is Vector.removeAll(Collection).
func (v *Vector[E]) RemoveAll(c any) bool {
	defer Lock(v)()
	return v.ArrayList.RemoveAll(c)
}

// RetainAll is Vector.retainAll(Collection).
func (v *Vector[E]) RetainAll(c any) bool {
	defer Lock(v)()
	return v.ArrayList.RetainAll(c)
}

// RemoveIf is Vector.removeIf(Predicate).
func (v *Vector[E]) RemoveIf(filter Predicate[E]) bool {
	defer Lock(v)()
	return v.ArrayList.RemoveIf(filter)
}

// ForEach is Vector.forEach(Consumer).
func (v *Vector[E]) ForEach(action Consumer[E]) {
	defer Lock(v)()
	v.ArrayList.ForEach(action)
}

// ToArray is Vector.toArray().
func (v *Vector[E]) ToArray() []E {
	defer Lock(v)()
	return v.ArrayList.ToArray()
}

// ReplaceAll is Vector.replaceAll(UnaryOperator).
func (v *Vector[E]) ReplaceAll(operator UnaryOperator[E]) {
	defer Lock(v)()
	v.ArrayList.ReplaceAll(operator)
}

// Sort is Vector.sort(Comparator).
func (v *Vector[E]) Sort(c Comparator[E]) {
	defer Lock(v)()
	v.ArrayList.Sort(c)
}

// Equals is Vector.equals(Object).
func (v *Vector[E]) Equals(o any) bool {
	defer Lock(v)()
	return listEquals[E](v, o)
}

// HashCode is Vector.hashCode().
func (v *Vector[E]) HashCode() int32 {
	defer Lock(v)()
	return v.ArrayList.HashCode()
}

// String is Vector.toString().
func (v *Vector[E]) String() string {
	defer Lock(v)()
	return seqString(v.ArrayList.All(), v)
}

// Clone is Vector.clone().
func (v *Vector[E]) Clone() *Vector[E] { return NewVectorFrom[E](v) }

// AddElement is Vector.addElement(E).
func (v *Vector[E]) AddElement(e E) { v.Add(e) }

// ElementAt is Vector.elementAt(int).
func (v *Vector[E]) ElementAt(index int32) E { return v.Get(index) }

// FirstElement is Vector.firstElement(): NoSuchElementException when empty.
func (v *Vector[E]) FirstElement() E {
	defer Lock(v)()
	if len(v.data) == 0 {
		panic(NewNoSuchElementException())
	}
	return v.data[0]
}

// LastElement is Vector.lastElement(): NoSuchElementException when empty.
func (v *Vector[E]) LastElement() E {
	defer Lock(v)()
	if len(v.data) == 0 {
		panic(NewNoSuchElementException())
	}
	return v.data[len(v.data)-1]
}

// InsertElementAt is Vector.insertElementAt(E, int).
func (v *Vector[E]) InsertElementAt(e E, index int32) {
	defer Lock(v)()
	if index > int32(len(v.data)) {
		panic(NewArrayIndexOutOfBoundsException2(IntStr(index) + " > " + IntStr(int32(len(v.data)))))
	}
	v.ArrayList.AddAt(index, e)
}

// SetElementAt is Vector.setElementAt(E, int).
func (v *Vector[E]) SetElementAt(e E, index int32) { v.Set(index, e) }

// RemoveElement is Vector.removeElement(Object).
func (v *Vector[E]) RemoveElement(o any) bool { return v.Remove(o) }

// RemoveElementAt is Vector.removeElementAt(int).
func (v *Vector[E]) RemoveElementAt(index int32) {
	defer Lock(v)()
	if index >= int32(len(v.data)) {
		panic(NewArrayIndexOutOfBoundsException2(IntStr(index) + " >= " + IntStr(int32(len(v.data)))))
	}
	v.ArrayList.RemoveAt(index)
}

// RemoveAllElements is Vector.removeAllElements().
func (v *Vector[E]) RemoveAllElements() { v.Clear() }

// Stack is java.util.Stack<E>: a Vector with push, pop and peek at its end.
type Stack[E any] struct {
	Vector[E]
}

// NewStack is the constructor Stack().
func NewStack[E any]() *Stack[E] {
	s := &Stack[E]{}
	s.initList(s)
	return s
}

// Push is Stack.push(E): the item.
func (s *Stack[E]) Push(item E) E {
	s.Add(item)
	return item
}

// Pop is Stack.pop(): EmptyStackException when empty.
func (s *Stack[E]) Pop() E {
	defer Lock(s)()
	e := s.Peek()
	s.ArrayList.RemoveAt(int32(len(s.data) - 1))
	return e
}

// Peek is Stack.peek(): EmptyStackException when empty.
func (s *Stack[E]) Peek() E {
	defer Lock(s)()
	if len(s.data) == 0 {
		panic(NewEmptyStackException())
	}
	return s.data[len(s.data)-1]
}

// Empty is Stack.empty().
func (s *Stack[E]) Empty() bool { return s.Size() == 0 }

// Search is Stack.search(Object): the 1-based distance from the top, -1 when absent.
func (s *Stack[E]) Search(o any) int32 {
	defer Lock(s)()
	if i := s.ArrayList.LastIndexOf(o); i >= 0 {
		return int32(len(s.data)) - i
	}
	return -1
}

// Enumeration is java.util.Enumeration<E>.
type Enumeration[E any] interface {
	// HasMoreElements is Enumeration.hasMoreElements().
	HasMoreElements() bool
	// NextElement is Enumeration.nextElement().
	NextElement() E
}

// Elements is Vector.elements(): an enumeration that does not fail fast (each step holds
// the vector's monitor, as Java's does).
func (v *Vector[E]) Elements() Enumeration[E] { return &vectorEnumeration[E]{v: v} }

type vectorEnumeration[E any] struct {
	v     *Vector[E]
	count int32
}

func (e *vectorEnumeration[E]) HasMoreElements() bool { return e.count < e.v.Size() }

func (e *vectorEnumeration[E]) NextElement() E {
	defer Lock(e.v)()
	if e.count >= int32(len(e.v.data)) {
		panic(NewNoSuchElementException2("Vector Enumeration"))
	}
	e.count++
	return e.v.data[e.count-1]
}
