package java

import (
	"iter"
	"strings"
	"testing"
)

// Expected values: Probe5.java on OpenJDK 17.

func TestCrossTypeEqualityAndHash(t *testing.T) {
	eq := []bool{
		Equals(NewHashSetFrom[int32](ListOf[int32](1, 2)), NewTreeSetFrom[int32](ListOf[int32](2, 1))),
		Equals(NewArrayListFrom[int32](ListOf[int32](1, 2)), NewLinkedListFrom[int32](ListOf[int32](1, 2))),
		Equals(NewHashMapFrom[int32, string](MapOf1[int32, string](1, "a")), NewTreeMapFrom[int32, string](MapOf1[int32, string](1, "a"))),
		Equals(ListOf[int32](1), SetOf[int32](1)),
		Equals(NewArrayDequeFrom[int32](ListOf[int32](1)), NewArrayDequeFrom[int32](ListOf[int32](1))),
		Equals(CollectionsUnmodifiableCollection[int32](ListOf[int32](1)), ListOf[int32](1)),
		Equals(CollectionsUnmodifiableList[int32](ListOf[int32](1)), ListOf[int32](1)),
	}
	uExpect(t, "equals", strings.Trim(Str(NewArraysAsList(eq)), "[]"), "true, true, true, false, false, false, true")
	hashes := []int32{
		HashCode(NewHashSetFrom[string](ListOf("a", "b"))),
		HashCode(NewTreeMapFrom[string, int32](MapOf2[string, int32]("a", 1, "b", 2))),
		HashCode(NewLinkedListFrom[string](ListOf("x", "y"))),
		HashCode(MapEntryOf("k", "v")),
	}
	uExpect(t, "hashCode", NewArraysAsList(hashes), "[195, 192, 4802, 29]")
	self := NewArrayList[any]()
	self.Add(self)
	if !self.Equals(self) {
		t.Error("a list containing itself equals itself")
	}
}

func TestViewsAndImmutables(t *testing.T) {
	base := NewArrayListFrom[int32](ListOf[int32](1, 2, 3))
	ro := CollectionsUnmodifiableList[int32](base)
	base.Add(4)
	uExpect(t, "unmodifiable view", Str(ro)+" "+Str(ro.Size())+" "+uThrown(func() { ro.Iterator().Remove() })+" "+uThrown(func() { ro.ListIterator().Set(1) }),
		"[1, 2, 3, 4] 4 UnsupportedOperationException:null UnsupportedOperationException:null")
	ll := NewLinkedListFrom[int32](ListOf[int32](1, 2, 3, 4, 5))
	sub := ll.SubList(1, 4)
	sub.Remove(int32(3))
	sub.AddAt(0, 9)
	uExpect(t, "LinkedList subList", Str(ll)+" "+Str(sub), "[1, 9, 2, 4, 5] [9, 2, 4]")
	mo := MapOf2[string, int32]("a", 1, "b", 2)
	uExpect(t, "Map.of", strings.SplitN(uThrown(func() { mo.Get(nil) }), ":", 2)[0]+" "+uThrown(func() { mo.ContainsKey(nil) })+" "+Str(mo.GetOrDefault("z", 7))+" "+
		uThrown(func() { mo.Put("c", 3) })+" "+Str(MapCopyOf(mo) == mo)+" "+uThrown(func() { MapOfEntries(MapEntryOf("a", int32(1)), MapEntryOf("a", int32(2))) }),
		"NullPointerException NullPointerException:null 7 UnsupportedOperationException:null true IllegalArgumentException:duplicate key: a")
	uExpect(t, "List.copyOf", uThrown(func() { ListCopyOf[*int32](NewArraysAsList([]*int32{Box[int32](1), nil})) }), "NullPointerException:null")
	hm := NewHashMap[int32, string]()
	hm.Put(5, "five")
	// hm.get(5L) + hm.containsKey((short) 5) + hm.get(Integer.valueOf(5))
	uExpect(t, "boxed keys", Str(IsNullString(hm.Get(int64(5))))+" "+Str(hm.ContainsKey(int16(5)))+" "+hm.Get(Box[int32](5)), "true false five")
	l := NewArrayListFrom[int32](ListOf[int32](1, 2, 3, 4))
	l.SubList(1, 3).Clear()
	uExpect(t, "subList clear", l, "[1, 4]")
	li := NewArrayListFrom[int32](ListOf[int32](3, 1, 2))
	it := li.ListIteratorAt(3)
	back := ""
	for it.HasPrevious() {
		back += Str(it.Previous())
	}
	uExpect(t, "listIterator backwards", back+" "+uThrown(func() { li.ListIteratorAt(4) }), "213 IndexOutOfBoundsException:Index: 4, Size: 3")
	m := NewLinkedHashMap[int32, int32]()
	for i := int32(1); i <= 3; i++ {
		m.Put(i, i)
	}
	m.KeySet().Remove(int32(2))
	m.Values().Remove(int32(3))
	uExpect(t, "view removal", m, "{1=1}")
	s := NewHashSetFrom[int32](ListOf[int32](1, 2, 3, 4))
	s.RemoveAll(ListOf[int32](2, 3, 9))
	s.RetainAll(SetOf[int32](1, 5))
	uExpect(t, "removeAll/retainAll", s, "[1]")
	ci := NewTreeMapWith[string, int32](StringCaseInsensitiveOrder)
	ci.Put("b", 1)
	ci.Put("A", 2)
	ci.Put("B", 3)
	uExpect(t, "comparator map", ci, "{A=2, b=3}")
}

func TestComparatorsAndOptional(t *testing.T) {
	str := func(s string) *string { return &s }
	ptrs := StreamOf(str("b"), nil, str("a"))
	deref := FunctionFunc[*string, string](func(p *string) string {
		if p == nil {
			return "null"
		}
		return *p
	})
	natural := ComparatorComparing(deref)
	uExpect(t, "nullsFirst", StreamMap(ptrs.SortedWith(ComparatorNullsFirst(natural)), deref).ToList(), "[null, a, b]")
	uExpect(t, "nullsLast reversed", StreamMap(StreamOf(str("b"), nil, str("a")).SortedWith(ComparatorNullsLast(ComparatorReversed(natural))), deref).ToList(), "[b, a, null]")
	length := ComparatorComparing(FunctionFunc[string, int32](uLen))
	uExpect(t, "thenComparing", StreamOf("bb", "a", "ab", "b").SortedWith(ComparatorThenComparing(length, ComparatorReverseOrder[string]())).ToList(), "[b, a, bb, ab]")
	uExpect(t, "reversed.thenComparing", StreamOf("bb", "a", "ab", "b").SortedWith(ComparatorThenComparingKey(ComparatorReversed(length), FunctionIdentity[string]())).ToList(), "[ab, bb, a, b]")
	var sb strings.Builder
	OptionalOf("x").IfPresent(ConsumerFunc[string](func(s string) { sb.WriteString(s) }))
	OptionalEmpty[string]().IfPresentOrElse(ConsumerFunc[string](func(s string) { sb.WriteString(s) }), RunnableFunc(func() { sb.WriteString("E") }))
	or := OptionalEmpty[int32]().Or(SupplierFunc[*Optional[int32]](func() *Optional[int32] { return OptionalOf[int32](3) }))
	uExpect(t, "Optional", sb.String()+" "+Str(or)+" "+Str(OptionalOf[int32](1).Stream().Count())+" "+
		Str(OptionalMap(OptionalOfNullable[*string](nil), FunctionFunc[*string, int32](func(*string) int32 { return 1 }))), "xE Optional[3] 1 Optional.empty")
}

// uBag is a class of the migrated program that implements Collection through the
// default-method functions, as the translator's forwarding methods do.
type uBag struct {
	items []string
}

func (b *uBag) Iterator() Iterator[string]             { return &sliceIter[string]{a: b.items} }
func (b *uBag) ForEach(action Consumer[string])        { IterableForEach[string](b, action) }
func (b *uBag) All() iter.Seq[string]                  { return IterableAll[string](b) }
func (b *uBag) Size() int32                            { return int32(len(b.items)) }
func (b *uBag) IsEmpty() bool                          { return len(b.items) == 0 }
func (b *uBag) Contains(o any) bool                    { return seqContains(b.All(), o) }
func (b *uBag) ToArray() []string                      { return b.items }
func (b *uBag) Add(e string) bool                      { b.items = append(b.items, e); return true }
func (b *uBag) Remove(o any) bool                      { return false }
func (b *uBag) ContainsAll(c any) bool                 { return containsAllOf[string](b, c) }
func (b *uBag) AddAll(c Collection[string]) bool       { return false }
func (b *uBag) RemoveAll(c any) bool                   { return false }
func (b *uBag) RetainAll(c any) bool                   { return false }
func (b *uBag) RemoveIf(filter Predicate[string]) bool { return CollectionRemoveIf[string](b, filter) }
func (b *uBag) Clear()                                 { b.items = nil }

func TestUserCollection(t *testing.T) {
	b := &uBag{items: []string{"x", "y"}}
	l := NewArrayListFrom[string](b)
	l.AddAll(b)
	uExpect(t, "copied", l, "[x, y, x, y]")
	uExpect(t, "stream", StreamCollect(CollectionStream[string](b), CollectorsJoining()), "xy")
	// a collection of this package compares with it through Collection's methods
	if !l.ContainsAll(b) || !Equals(ListOf("x", "y"), NewArrayListFrom[string](b)) {
		t.Error("containsAll / equals with a user collection")
	}
	uExpect(t, "removeIf through the iterator", uThrown(func() { b.RemoveIf(PredicateFunc[string](func(string) bool { return true })) }), "UnsupportedOperationException:null")
}
