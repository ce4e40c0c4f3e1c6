package java

import (
	"strings"
	"testing"
)

func TestArrayListBasics(t *testing.T) {
	// List<Integer> al = new ArrayList<>(List.of(5, 3, 9, 1, 7));
	al := uListOf[int32](5, 3, 9, 1, 7)
	uExpect(t, "toString", al, "[5, 3, 9, 1, 7]")
	if h := al.HashCode(); h != 33344816 {
		t.Errorf("hashCode %d", h)
	}
	errs := []struct {
		name, want string
		f          func()
	}{
		{"get", "IndexOutOfBoundsException:Index 9 out of bounds for length 5", func() { al.Get(9) }},
		{"add", "IndexOutOfBoundsException:Index: 9, Size: 5", func() { al.AddAt(9, 1) }},
		{"subList from>to", "IllegalArgumentException:fromIndex(2) > toIndex(1)", func() { al.SubList(2, 1) }},
		{"subList from<0", "IndexOutOfBoundsException:fromIndex = -1", func() { al.SubList(-1, 1) }},
		{"subList to>size", "IndexOutOfBoundsException:toIndex = 6", func() { al.SubList(0, 6) }},
		{"capacity", "IllegalArgumentException:Illegal Capacity: -1", func() { NewArrayListCap[int32](-1) }},
		{"iterator remove", "IllegalStateException:null", func() { uListOf[int32](1).Iterator().Remove() }},
		{"iterator next", "NoSuchElementException:null", func() { NewArrayList[int32]().Iterator().Next() }},
	}
	for _, e := range errs {
		if got := uThrown(e.f); got != e.want {
			t.Errorf("%s: got %s want %s", e.name, got, e.want)
		}
	}
	// sub = al.subList(1, 4); sub.remove(Integer.valueOf(9)); sub.add(100);
	sub := al.SubList(1, 4)
	sub.Remove(int32(9))
	sub.Add(100)
	uExpect(t, "subList write-through", al, "[5, 3, 1, 100, 7]")
	uExpect(t, "subList", sub, "[3, 1, 100]")
	al.Add(3)
	if got := uThrown(func() { sub.Size() }); got != "ConcurrentModificationException:null" {
		t.Errorf("stale subList: %s", got)
	}
	al.SubList(0, 2).Clear()
	uExpect(t, "subList clear", al, "[1, 100, 7, 3]")
	if al.IndexOf(int32(7)) != 2 || al.LastIndexOf(int32(3)) != 3 || al.IndexOf(int64(7)) != -1 {
		t.Error("indexOf uses Java equality (Long 7 is not Integer 7)")
	}
}

func TestArrayListFailFast(t *testing.T) {
	// for (Integer x : cm) if (x == 3) cm.remove(x);  -> no exception, [1, 2, 4]
	cm := uListOf[int32](1, 2, 3, 4)
	got := uThrown(func() {
		for x := range cm.All() {
			if x == 3 {
				cm.Remove(x)
			}
		}
	})
	uExpect(t, "quirk", got+" "+cm.String(), "none [1, 2, 4]")
	// for (Integer x : cm2) if (x == 2) cm2.remove(x);  -> CME, [1, 3, 4]
	cm2 := uListOf[int32](1, 2, 3, 4)
	got = uThrown(func() {
		for x := range cm2.All() {
			if x == 2 {
				cm2.Remove(x)
			}
		}
	})
	uExpect(t, "cme", got+" "+cm2.String(), "ConcurrentModificationException:null [1, 3, 4]")
	// the same through Iterator
	cm3 := uListOf[int32](1, 2, 3, 4)
	got = uThrown(func() {
		it := cm3.Iterator()
		for it.HasNext() {
			if x := it.Next(); x == 2 {
				cm3.Remove(x)
			}
		}
	})
	uExpect(t, "cme iterator", got, "ConcurrentModificationException:null")
	cm4 := uListOf[int32](1, 2, 3)
	if got := uThrown(func() { cm4.ForEach(ConsumerFunc[int32](func(int32) { cm4.Add(9) })) }); got != "ConcurrentModificationException:null" {
		t.Errorf("forEach: %s", got)
	}
	li := uListOf[int32](1, 2, 3).ListIterator()
	li.Next()
	li.Add(10)
	li.Next()
	li.Set(20)
	li.Previous()
	li.Remove()
}

func TestArrayListBulk(t *testing.T) {
	// ws.removeIf(w -> w.length() > 6); ws.replaceAll(String::toUpperCase);
	// ws.sort(Comparator.comparing(String::length));
	ws := NewArrayListFrom[string](uListOf(uWords...))
	ws.RemoveIf(PredicateFunc[string](func(w string) bool { return len(w) > 6 }))
	ws.ReplaceAll(UnaryOperatorFunc[string](strings.ToUpper))
	ws.Sort(ComparatorComparing(FunctionFunc[string, int32](func(s string) int32 { return int32(len(s)) })))
	uExpect(t, "ops", ws, "[FIG, DATE, KIWI, UGLI, APPLE, GRAPE, LEMON, MANGO, BANANA, CHERRY, ORANGE, PAPAYA, QUINCE]")
	// List<Object> self = new ArrayList<>(); self.add(1); self.add(self);
	self := NewArrayList[any]()
	self.Add(int32(1))
	self.Add(self)
	uExpect(t, "self", self, "[1, (this Collection)]")
	a := uListOf[int32](1, 2, 3, 4, 5, 2)
	if !a.RemoveAll(uListOf[int32](2, 4)) {
		t.Error("removeAll")
	}
	uExpect(t, "removeAll", a, "[1, 3, 5]")
	a.RetainAll(NewHashSetFrom[int32](uListOf[int32](5, 1)))
	uExpect(t, "retainAll", a, "[1, 5]")
	if !a.ContainsAll(uListOf[int32](5)) || a.ContainsAll(uListOf[int32](5, 6)) {
		t.Error("containsAll")
	}
	// a collection of another element type (List<Object>): compared by Java's equals
	if !a.ContainsAll(uListOf[any](int32(5))) || a.ContainsAll(uListOf[any](int64(5))) {
		t.Error("containsAll with another element type")
	}
	a.AddAllAt(1, uListOf[int32](7, 8))
	uExpect(t, "addAll(int, c)", a, "[1, 7, 8, 5]")
	arr := make([]int32, 6)
	for i := range arr {
		arr[i] = 9
	}
	out := CollectionToArrayInto[int32](a, arr)
	if &out[0] != &arr[0] || Str(NewArraysAsList(out)) != "[1, 7, 8, 5, 0, 9]" {
		t.Errorf("toArray(T[]) %v", out)
	}
	// equals across list types, not with a set
	if !a.Equals(NewArraysAsList([]int32{1, 7, 8, 5})) || a.Equals(NewHashSetFrom[int32](a)) || !Equals(uListOf[any](int32(1)), uListOf[int32](1)) {
		t.Error("List.equals")
	}
}
