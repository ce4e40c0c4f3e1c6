package java

import "testing"

func TestHashMapStringOrder(t *testing.T) {
	// Map<String,Integer> m = new HashMap<>(); for (i...) m.put(uWords[i], i);
	m := NewHashMap[string, int32]()
	for i, w := range uWords {
		m.Put(w, int32(i))
	}
	uExpect(t, "map", m, "{banana=0, date=3, papaya=13, cherry=2, raspberry=15, kiwi=8, nectarine=11, tangerine=17, fig=5, strawberry=16, grape=6, elderberry=4, mango=10, orange=12, apple=1, honeydew=7, lemon=9, ugli=18, quince=14, vanilla=19}")
	if h := m.HashCode(); h != -1039920237 {
		t.Errorf("hashCode %d", h)
	}
	uExpect(t, "keySet", m.KeySet(), "[banana, date, papaya, cherry, raspberry, kiwi, nectarine, tangerine, fig, strawberry, grape, elderberry, mango, orange, apple, honeydew, lemon, ugli, quince, vanilla]")
	uExpect(t, "values", m.Values(), "[0, 3, 13, 2, 15, 8, 11, 17, 5, 16, 6, 4, 10, 12, 1, 7, 9, 18, 14, 19]")
	// new HashSet<>(Arrays.asList(uWords))
	s := NewHashSetFrom[string](uListOf(uWords...))
	uExpect(t, "set", s, "[banana, date, papaya, cherry, raspberry, kiwi, nectarine, tangerine, fig, strawberry, grape, elderberry, mango, orange, apple, honeydew, lemon, ugli, quince, vanilla]")
}

func TestHashMapIntOrder(t *testing.T) {
	tests := []struct {
		name string
		fill func() Map[int32, string]
		want string
	}{
		// for (i < 10) c.put(i * 16, "v" + i); c.put(1, "one"); c.put(17, "x");
		// (a bin reaching 9 nodes doubles a small table instead of becoming a tree)
		{"collisions", func() Map[int32, string] {
			c := NewHashMap[int32, string]()
			for i := int32(0); i < 10; i++ {
				c.Put(i*16, "v"+IntStr(i))
			}
			c.Put(1, "one")
			c.Put(17, "x")
			return c
		}, "{0=v0, 32=v2, 64=v4, 96=v6, 128=v8, 1=one, 16=v1, 48=v3, 80=v5, 112=v7, 144=v9, 17=x}"},
		// for (i < 9) c2.put(i * 64, "v" + i);
		{"collisions9", func() Map[int32, string] {
			c := NewHashMap[int32, string]()
			for i := int32(0); i < 9; i++ {
				c.Put(i*64, "v"+IntStr(i))
			}
			return c
		}, "{0=v0, 64=v1, 128=v2, 192=v3, 256=v4, 320=v5, 384=v6, 448=v7, 512=v8}"},
		// ca.put(1,"a"); ca.computeIfAbsent(17, k -> "b"); ca.merge(33, "c", String::concat);
		// ca.compute(49, (k, v) -> "d"); ca.put(65, "e");   (the three prepend)
		{"prepend", func() Map[int32, string] {
			c := NewHashMap[int32, string]()
			c.Put(1, "a")
			c.ComputeIfAbsent(17, FunctionFunc[int32, string](func(int32) string { return "b" }))
			c.Merge(33, "c", BiFunctionFunc[string, string, string](func(a, b string) string { return a + b }))
			c.Compute(49, BiFunctionFunc[int32, string, string](func(int32, string) string { return "d" }))
			c.Put(65, "e")
			return c
		}, "{49=d, 33=c, 17=b, 1=a, 65=e}"},
		// for (i < 13) lz.computeIfAbsent(i * 13, k -> k);   (resizes before inserting)
		{"lazy-resize", func() Map[int32, string] {
			c := NewHashMap[int32, string]()
			for i := int32(0); i < 13; i++ {
				c.ComputeIfAbsent(i*13, FunctionFunc[int32, string](func(k int32) string { return IntStr(k) }))
			}
			return c
		}, "{0=0, 65=65, 130=130, 52=52, 117=117, 39=39, 104=104, 26=26, 91=91, 156=156, 13=13, 78=78, 143=143}"},
	}
	for _, tc := range tests {
		uExpect(t, tc.name, tc.fill(), tc.want)
	}

	// int[] ks = {-1, 100000, 65536, -65536, 7, 1 << 20, 123456789, -987654321, 31, 32, 33};
	n := NewHashMap[int32, int32]()
	for _, k := range []int32{-1, 100000, 65536, -65536, 7, 1 << 20, 123456789, -987654321, 31, 32, 33} {
		n.Put(k, k)
	}
	uExpect(t, "ints", n, "{-1=-1, 1048576=1048576, 32=32, 100000=100000, 65536=65536, 33=33, 7=7, 123456789=123456789, -987654321=-987654321, -65536=-65536, 31=31}")
	// n.remove(7); n.put(7, 8); n.remove(65536);
	n.Remove(int32(7))
	n.Put(7, 8)
	n.Remove(int32(65536))
	uExpect(t, "ints after remove", n, "{-1=-1, 1048576=1048576, 32=32, 100000=100000, 33=33, 7=8, 123456789=123456789, -987654321=-987654321, -65536=-65536, 31=31}")
}

func TestHashMapSizing(t *testing.T) {
	// Map src = new LinkedHashMap<>(); for (i < 12) src.put(i * 5 + 16 * (i % 3), i);
	src := NewLinkedHashMap[int32, int32]()
	for i := int32(0); i < 12; i++ {
		src.Put(i*5+16*(i%3), i)
	}
	// new HashMap<>(src)
	uExpect(t, "copy", NewHashMapFrom[int32, int32](src), "{0=0, 66=10, 36=4, 72=8, 42=2, 45=9, 15=3, 51=7, 21=1, 87=11, 57=5, 30=6}")
	// pa = new HashMap<>(); pa.put(3, 3); pa.putAll(src);
	pa := NewHashMap[int32, int32]()
	pa.Put(3, 3)
	pa.PutAll(src)
	uExpect(t, "putAll", pa, "{0=0, 66=10, 3=3, 36=4, 72=8, 42=2, 45=9, 15=3, 51=7, 21=1, 87=11, 57=5, 30=6}")
	// Set hs13 = new HashSet<>(); for (i < 13) hs13.add(i * 11); new HashSet<>(hs13); clone
	hs := NewHashSet[int32]()
	for i := int32(0); i < 13; i++ {
		hs.Add(i * 11)
	}
	const want13 = "[0, 33, 66, 99, 132, 11, 44, 77, 110, 22, 55, 88, 121]"
	uExpect(t, "HashSet(Collection)", NewHashSetFrom[int32](hs), want13)
	uExpect(t, "clone", NewHashSetFrom[int32](hs).Clone(), want13)
	// for (i = 20; i > 0; i--) hsi.add(i * 7);
	hsi := NewHashSet[int32]()
	for i := int32(20); i > 0; i-- {
		hsi.Add(i * 7)
	}
	uExpect(t, "set ints", hsi, "[98, 35, 133, 70, 7, 105, 42, 140, 77, 14, 112, 49, 84, 21, 119, 56, 91, 28, 126, 63]")
	if h := hsi.HashCode(); h != 1470 {
		t.Errorf("set hashCode %d", h)
	}
	// new HashMap<>(Map.of("x", 1.5, "y", -0.0)).hashCode()
	dm := NewHashMap[string, float64]()
	dm.Put("x", 1.5)
	dm.Put("y", uNegZero())
	if h := dm.HashCode(); h != -1074265871 {
		t.Errorf("double map hashCode %d", h)
	}
}

func uNegZero() float64 {
	z := 0.0
	return -z
}

func TestHashMapDefaults(t *testing.T) {
	sum := BiFunctionFunc[int32, int32, int32](func(a, b int32) int32 { return a + b })
	cnt := NewHashMap[string, int32]()
	for _, w := range []string{"a", "b", "a", "c", "b", "a"} {
		cnt.Merge(w, 1, sum)
	}
	uExpect(t, "merge", cnt, "{a=3, b=2, c=1}")
	if v := cnt.GetOrDefault("zz", -1); v != -1 {
		t.Errorf("getOrDefault %d", v)
	}
	// cnt.putIfAbsent("a", 9) + " " + cnt.putIfAbsent("q", 9)  -> 3 null
	if v := cnt.PutIfAbsent("a", 9); v != 3 {
		t.Errorf("putIfAbsent present %d", v)
	}
	cnt.PutIfAbsent("q", 9)
	uExpect(t, "putIfAbsent", cnt, "{a=3, q=9, b=2, c=1}")
	// cnt.remove("a", 2) + " " + cnt.remove("a", 3) -> false true
	if cnt.RemoveMapping("a", int32(2)) || !cnt.RemoveMapping("a", int32(3)) {
		t.Error("remove(key, value)")
	}
	uExpect(t, "remove(k, v)", cnt, "{q=9, b=2, c=1}")
	// cnt.replace("b", 7) + cnt.replace("zz", 7) + cnt.replace("b", 7, 8) -> 2 null true
	if cnt.Replace("b", 7) != 2 || cnt.Replace("zz", 7) != 0 || !cnt.ReplaceMapping("b", 7, 8) {
		t.Error("replace")
	}
	uExpect(t, "replace", cnt, "{q=9, b=8, c=1}")
	// Map<String,String>: computeIfPresent returning null removes
	sm := NewHashMap[string, *string]()
	x := "x"
	sm.Put("b", &x)
	sm.Put("c", &x)
	sm.ComputeIfPresent("b", BiFunctionFunc[string, *string, *string](func(string, *string) *string { return nil }))
	if sm.ContainsKey("b") || sm.Size() != 1 {
		t.Error("computeIfPresent -> null must remove")
	}
	if got := uThrown(func() {
		sm.Merge("a", nil, BiFunctionFunc[*string, *string, *string](func(a, b *string) *string { return a }))
	}); got != "NullPointerException:null" {
		t.Errorf("merge(null) threw %s", got)
	}
	if got := uThrown(func() {
		mm := NewHashMap[int32, int32]()
		mm.ComputeIfAbsent(1, FunctionFunc[int32, int32](func(int32) int32 { mm.Put(2, 2); return 1 }))
	}); got != "ConcurrentModificationException:null" {
		t.Errorf("computeIfAbsent modifying threw %s", got)
	}
	// mm.put(null, "n"); mm.put("a", null);  -> {null=n, a=null} true null null
	nm := NewHashMap[*string, *string]()
	n, a := "n", "a"
	nm.Put(nil, &n)
	nm.Put(&a, nil)
	if !nm.ContainsKey(nil) || *nm.Get(nil) != "n" || nm.Size() != 2 {
		t.Error("null key")
	}
	if got := uThrown(func() { NewHashMapCap[int32, int32](-1) }); got != "IllegalArgumentException:Illegal initial capacity: -1" {
		t.Error(got)
	}
	if got := uThrown(func() { NewHashMapCapLoad[int32, int32](1, 0) }); got != "IllegalArgumentException:Illegal load factor: 0.0" {
		t.Error(got)
	}
}

func TestLinkedHashMap(t *testing.T) {
	// new LinkedHashMap<>(16, 0.75f, true); put a, b, c; get("a"); put("b", 5)
	lm := NewLinkedHashMapAccessOrder[string, int32](16, 0.75, true)
	lm.Put("a", 1)
	lm.Put("b", 2)
	lm.Put("c", 3)
	lm.Get("a")
	lm.Put("b", 5)
	uExpect(t, "access order", lm, "{c=3, a=1, b=5}")
	li := NewLinkedHashMap[string, int32]()
	li.Put("z", 1)
	li.Put("y", 2)
	li.Put("z", 3)
	uExpect(t, "insertion order", li, "{z=3, y=2}")
	// access order: a get during iteration is a structural change
	if got := uThrown(func() {
		for k := range lm.KeySet().All() {
			lm.Get(k)
		}
	}); got != "ConcurrentModificationException:null" {
		t.Errorf("get while iterating access order: %s", got)
	}
	li.Remove("z")
	li.Put("z", 4)
	uExpect(t, "re-insert", li, "{y=2, z=4}")
	ls := NewLinkedHashSetFrom[string](uListOf("q", "a", "q", "m"))
	uExpect(t, "LinkedHashSet", ls, "[q, a, m]")
	uExpect(t, "clone", ls.Clone(), "[q, a, m]")
}

// uLru is what the translator makes of `class Lru extends LinkedHashMap<String, Integer>`
// overriding removeEldestEntry: the runtime map embedded, handed the subclass by InitSelf.
type uLru struct {
	*LinkedHashMap[string, *int32]
	log string
}

func (l *uLru) RemoveEldestEntry(eldest MapEntry[string, *int32]) bool {
	l.log += eldest.Key() + IntStr(l.Size()) + " "
	return l.Size() > 3
}

// P4.java on Java 17: an access-ordered LRU of 3 (super(16, 0.75f, true)) through put,
// putIfAbsent, computeIfAbsent, compute, merge (new keys: the hook runs; present keys: it
// does not) and putAll.
func TestLinkedHashMapRemoveEldestEntry(t *testing.T) {
	l := &uLru{}
	l.LinkedHashMap = NewLinkedHashMapAccessOrder[string, *int32](16, 0.75, true)
	l.LinkedHashMap.InitSelf(l)
	box := Box[int32]
	l.Put("a", box(1))
	l.Put("b", box(2))
	l.Put("c", box(3))
	l.Get("a")
	l.Put("d", box(4))
	l.PutIfAbsent("e", box(5))
	l.ComputeIfAbsent("f", FunctionFunc[string, *int32](func(string) *int32 { return box(6) }))
	l.Compute("g", BiFunctionFunc[string, *int32, *int32](func(string, *int32) *int32 { return box(7) }))
	sum := BiFunctionFunc[*int32, *int32, *int32](func(x, y *int32) *int32 { return box(*x + *y) })
	l.Merge("h", box(8), sum)
	l.Put("h", box(9))
	l.Merge("h", box(1), sum)
	l.PutAll(MapOf1[string, *int32]("i", box(10)))
	uExpect(t, "LRU", Str(l)+" "+Trim(l.log)+" "+Str(l.Equals(MapOf3[string, *int32]("g", box(7), "h", box(10), "i", box(10)))),
		"{g=7, h=10, i=10} a1 a2 a3 b4 c4 a4 d4 e4 f4 true")
	// without InitSelf (a plain LinkedHashMap) nothing is evicted
	plain := NewLinkedHashMap[string, int32]()
	for i := int32(0); i < 5; i++ {
		plain.Put("k"+IntStr(i), i)
	}
	uExpect(t, "plain", plain, "{k0=0, k1=1, k2=2, k3=3, k4=4}")
}

func TestHashMapViewsAndIterators(t *testing.T) {
	m := NewHashMap[string, int32]()
	for i, w := range uWords[:6] {
		m.Put(w, int32(i))
	}
	// for (String k : hcm.keySet()) hcm.remove("b");  -> CME
	if got := uThrown(func() {
		for k := range m.KeySet().All() {
			m.Remove(k)
		}
	}); got != "ConcurrentModificationException:null" {
		t.Errorf("remove while iterating: %s", got)
	}
	// removing through the iterator is fine
	it := m.EntrySet().Iterator()
	for it.HasNext() {
		if e := it.Next(); e.Value()%2 == 0 {
			it.Remove()
		} else {
			e.SetValue(e.Value() * 10)
		}
	}
	uExpect(t, "after iterator remove", m, "{date=30, apple=10, fig=50}")
	if !m.KeySet().Remove("date") || m.ContainsKey("date") {
		t.Error("keySet().remove")
	}
	if !m.EntrySet().Contains(MapEntryOf("apple", int32(10))) || m.EntrySet().Contains(MapEntryOf("apple", int32(11))) {
		t.Error("entrySet().contains")
	}
	if !m.Values().Remove(int32(50)) || m.Size() != 1 {
		t.Error("values().remove")
	}
	if got := uThrown(func() { m.KeySet().Iterator().Remove() }); got != "IllegalStateException:null" {
		t.Error(got)
	}
	if got := uThrown(func() { NewHashMap[int32, int32]().Values().Iterator().Next() }); got != "NoSuchElementException:null" {
		t.Error(got)
	}
	// Map<Object,Object> selfm = new HashMap<>(); selfm.put("me", selfm);
	self := NewHashMap[string, any]()
	self.Put("me", self)
	uExpect(t, "self", self, "{me=(this Map)}")
	// Map.entry("k", 1): "k=1", hashCode 106, equals SimpleEntry
	e := MapEntryOf("k", int32(1))
	uExpect(t, "entry", e, "k=1")
	if HashCode(e) != 106 || !Equals(e, NewAbstractMapSimpleEntry("k", int32(1))) {
		t.Error("entry hashCode/equals")
	}
	if got := uThrown(func() { e.SetValue(2) }); got != "UnsupportedOperationException:null" {
		t.Error(got)
	}
}

func TestHashMapClones(t *testing.T) {
	// HashMap<Integer,String> m: put 0..99, remove all but 2 and 5 (a 256-slot table);
	// m.clone() is sized for 2 mappings (4 slots), so it iterates 5 before 2; put(7, "x")
	// on the clone leaves m alone. Java 17: {2=v2, 5=v5} {5=v5, 2=v2, 7=x}
	m := NewHashMap[int32, string]()
	for i := int32(0); i < 100; i++ {
		m.Put(i, "v"+IntStr(i))
	}
	for i := int32(0); i < 100; i++ {
		if i != 2 && i != 5 {
			m.Remove(i)
		}
	}
	c := m.Clone()
	c.Put(7, "x")
	uExpect(t, "HashMap.clone", Str(m)+" "+Str(c), "{2=v2, 5=v5} {5=v5, 2=v2, 7=x}")
	// shallow: ((HashMap) deep.clone()).get("a") == arr is true
	arr := []int32{1}
	deep := NewHashMap[string, []int32]()
	deep.Put("a", arr)
	if got := deep.Clone().Get("a"); &got[0] != &arr[0] {
		t.Error("HashMap.clone is not shallow")
	}
	// the load factor is kept: new HashMap<>(4, 0.5f) with 3 mappings grows its clone
	// at the same threshold as the original
	lf := NewHashMapCapLoad[int32, int32](4, 0.5)
	lf.Put(1, 1)
	if cl := lf.Clone(); cl.loadFactor != 0.5 {
		t.Errorf("clone load factor %v", cl.loadFactor)
	}
	// LinkedHashMap(16, 0.75f, true): put a, b, c; get("a"); clone; clone.get("b").
	// Java 17: {b=2, c=3, a=1} {c=3, a=1, b=2}
	lm := NewLinkedHashMapAccessOrder[string, int32](16, 0.75, true)
	lm.Put("a", 1)
	lm.Put("b", 2)
	lm.Put("c", 3)
	lm.Get("a")
	lc := lm.Clone()
	lc.Get("b")
	uExpect(t, "LinkedHashMap.clone", Str(lm)+" "+Str(lc), "{b=2, c=3, a=1} {c=3, a=1, b=2}")
	li := NewLinkedHashMap[string, int32]()
	li.Put("z", 1)
	li.Put("a", 2)
	lic := li.Clone()
	lic.Get("z")
	lic.Put("m", 3)
	uExpect(t, "LinkedHashMap.clone insertion order", Str(li)+" "+Str(lic), "{z=1, a=2} {z=1, a=2, m=3}")
}

func TestAbstractMapSimpleEntry(t *testing.T) {
	// se = new AbstractMap.SimpleEntry<>("k", 1); old = se.setValue(2);
	// se.getKey() + " " + se.getValue() + " " + old + " " + se + " " + se.hashCode() + " " +
	// se.equals(Map.entry("k", 2)) + " " + new AbstractMap.SimpleEntry<>(Map.entry("q", 9))
	// Java 17: k 2 1 k=2 105 true q=9
	se := NewAbstractMapSimpleEntry("k", int32(1))
	old := se.SetValue(2)
	got := se.Key() + " " + IntStr(se.Value()) + " " + IntStr(old) + " " + Str(se) + " " + IntStr(HashCode(se)) + " " +
		BoolStr(Equals(se, MapEntryOf("k", int32(2)))) + " " + Str(NewAbstractMapSimpleEntryFrom(MapEntryOf("q", int32(9))))
	uExpect(t, "SimpleEntry", got, "k 2 1 k=2 105 true q=9")
	var e MapEntry[string, int32] = se // a Map.Entry
	if e.Key() != "k" {
		t.Error("SimpleEntry as MapEntry")
	}
}
