package java

import (
	"sync"
	"testing"
)

// Expected values: Probe3.java and Probe4.java on OpenJDK 17.

func TestConcurrentHashMapOrder(t *testing.T) {
	c := NewConcurrentHashMap[string, int32]()
	for i, w := range uWords {
		c.Put(w, int32(i))
	}
	uExpect(t, "strings", c, "{banana=0, date=3, papaya=13, cherry=2, raspberry=15, kiwi=8, nectarine=11, tangerine=17, fig=5, strawberry=16, grape=6, elderberry=4, mango=10, orange=12, apple=1, honeydew=7, lemon=9, ugli=18, quince=14, vanilla=19}")
	fill := func(m *ConcurrentHashMap[int32, int32], keys ...int32) *ConcurrentHashMap[int32, int32] {
		for i, k := range keys {
			m.Put(k, int32(i))
		}
		return m
	}
	mul := func(n, f int32) []int32 {
		out := make([]int32, n)
		for i := range out {
			out[i] = int32(i) * f
		}
		return out
	}
	// 12 keys: the table doubles when the size reaches 12 (HashMap waits for 13)
	uExpect(t, "12", fill(NewConcurrentHashMap[int32, int32](), mul(12, 17)...), "{0=0, 34=2, 68=4, 102=6, 136=8, 170=10, 17=1, 51=3, 85=5, 119=7, 153=9, 187=11}")
	uExpect(t, "11", fill(NewConcurrentHashMap[int32, int32](), mul(11, 17)...), "{0=0, 17=1, 34=2, 51=3, 68=4, 85=5, 102=6, 119=7, 136=8, 153=9, 170=10}")
	// transfer keeps a bin's tail and reverses the nodes before it
	uExpect(t, "split", fill(NewConcurrentHashMap[int32, int32](), 0, 16, 32, 48, 64, 80, 1, 2, 3, 4, 5, 6, 7).KeySet(), "[64, 32, 0, 1, 2, 3, 4, 5, 6, 7, 48, 16, 80]")
	// 9 keys in one bin of a 16 table: tryPresize quadruples it... to 128
	ct := fill(NewConcurrentHashMap[int32, int32](), append(mul(9, 128), 1, 200, 65)...)
	uExpect(t, "treeify", ct.KeySet(), "[0, 128, 256, 384, 512, 640, 768, 896, 1024, 1, 65, 200]")
	if len(ct.table) != 128 {
		t.Errorf("treeify table %d", len(ct.table))
	}
	for _, tc := range []struct{ capacity, table int32 }{{0, 2}, {1, 2}, {2, 4}, {3, 8}, {5, 8}, {7, 16}, {11, 16}, {12, 32}, {16, 32}, {100, 256}} {
		m := NewConcurrentHashMapCap[int32, int32](tc.capacity)
		m.Put(1, 1)
		if int32(len(m.table)) != tc.table {
			t.Errorf("new ConcurrentHashMap(%d): table %d, want %d", tc.capacity, len(m.table), tc.table)
		}
	}
	cm := NewConcurrentHashMapFrom[int32, int32](fill(NewConcurrentHashMap[int32, int32](), mul(12, 17)...))
	uExpect(t, "copy", cm, "{0=0, 68=4, 136=8, 17=1, 85=5, 153=9, 34=2, 102=6, 170=10, 51=3, 119=7, 187=11}")
	if len(cm.table) != 64 {
		t.Errorf("copy table %d", len(cm.table))
	}
	// cia.put(1,1); computeIfAbsent(17); merge(33); compute(49): appended, not prepended
	cia := NewConcurrentHashMap[int32, int32]()
	cia.Put(1, 1)
	cia.ComputeIfAbsent(17, FunctionFunc[int32, int32](func(int32) int32 { return 2 }))
	cia.Merge(33, 3, BiFunctionFunc[int32, int32, int32](func(a, b int32) int32 { return a + b }))
	cia.Compute(49, BiFunctionFunc[int32, int32, int32](func(int32, int32) int32 { return 4 }))
	uExpect(t, "compute appends", cia, "{1=1, 17=2, 33=3, 49=4}")
	ks := ConcurrentHashMapNewKeySetCap[int32](1)
	for i := int32(0); i < 10; i++ {
		ks.Add(i * 5)
	}
	uExpect(t, "newKeySet(1)", ks, "[0, 35, 20, 5, 40, 25, 10, 45, 30, 15]")
	ks2 := ConcurrentHashMapNewKeySetCap[string](1)
	for _, w := range []string{"delta", "alpha", "charlie", "bravo", "echo", "foxtrot", "golf"} {
		ks2.Add(w)
	}
	uExpect(t, "newKeySet(1) strings", ks2, "[bravo, golf, foxtrot, alpha, delta, echo, charlie]")
	big := NewConcurrentHashMap[int32, int32]()
	for i := int32(0); i < 100; i++ {
		big.Put(i*7919%1000, i)
	}
	uExpect(t, "big", big.KeySet(), "[0, 514, 3, 517, 6, 520, 271, 785, 274, 788, 277, 791, 28, 542, 31, 545, 34, 548, 299, 813, 302, 816, 305, 56, 570, 59, 573, 62, 838, 327, 841, 330, 844, 595, 84, 598, 87, 601, 352, 866, 355, 869, 358, 872, 109, 623, 112, 626, 115, 629, 380, 894, 383, 897, 386, 137, 651, 140, 654, 143, 919, 408, 922, 411, 925, 676, 165, 679, 168, 682, 433, 947, 436, 950, 439, 953, 190, 704, 193, 707, 196, 710, 461, 975, 464, 978, 467, 981, 218, 732, 221, 735, 224, 489, 492, 757, 246, 760, 249, 763]")
	big.KeySet().RemoveIf(PredicateFunc[int32](func(k int32) bool { return k%3 == 0 }))
	uExpect(t, "removeIf", big.KeySet(), "[514, 517, 520, 271, 785, 274, 788, 277, 791, 28, 542, 31, 545, 34, 548, 299, 302, 305, 56, 59, 62, 838, 841, 844, 595, 598, 601, 352, 866, 355, 869, 358, 872, 109, 623, 112, 626, 115, 629, 380, 383, 386, 137, 140, 143, 919, 922, 925, 676, 679, 682, 433, 947, 436, 950, 439, 953, 190, 704, 193, 707, 196, 710, 461, 464, 467, 218, 221, 224, 757, 760, 763]")
	// removing while iterating is allowed
	uExpect(t, "remove while iterating", uThrown(func() {
		for k := range big.KeySet().All() {
			big.Remove(k)
		}
	})+" "+IntStr(big.Size()), "none 0")
}

func TestConcurrentHashMapMixed(t *testing.T) {
	// merge, computeIfAbsent and compute together (Probe4 "mixed")
	m := NewConcurrentHashMap[int32, int32]()
	sum := BiFunctionFunc[int32, int32, int32](func(a, b int32) int32 { return a + b })
	for i := int32(0); i < 40; i++ {
		m.Merge(i*13%50, 1, sum)
	}
	for i := int32(0); i < 40; i += 3 {
		m.ComputeIfAbsent(i*7, FunctionFunc[int32, int32](func(k int32) int32 { return k }))
	}
	// (k, v) -> v == null ? 1 : null over Integer values: a *int32 map shows the null case
	pm := NewConcurrentHashMap[int32, *int32]()
	for k, v := range m.All() {
		pm.Put(k, Box(v))
	}
	for i := int32(0); i < 40; i += 5 {
		pm.Compute(i*11, BiFunctionFunc[int32, *int32, *int32](func(_ int32, v *int32) *int32 {
			if v == nil {
				return Box[int32](1)
			}
			return nil
		}))
	}
	uExpect(t, "mixed", pm, "{1=1, 385=1, 2=1, 3=1, 4=1, 5=1, 6=1, 7=1, 8=1, 10=1, 12=1, 13=1, 14=1, 15=1, 16=1, 17=1, 273=273, 18=1, 19=1, 147=147, 275=1, 21=1, 23=1, 25=1, 26=1, 27=1, 28=1, 29=1, 30=1, 31=1, 32=1, 34=1, 36=1, 165=1, 38=1, 39=1, 40=1, 168=168, 41=1, 42=1, 43=1, 44=1, 45=1, 47=1, 49=1, 55=1, 189=189, 63=63, 330=1, 210=210, 84=84, 220=1, 231=231, 105=105, 110=1, 252=252, 126=126}")
	errs := []struct {
		name, want string
		f          func()
	}{
		{"null key", "NullPointerException:null", func() { NewConcurrentHashMap[*string, int32]().Put(nil, 1) }},
		{"null value", "NullPointerException:null", func() { NewConcurrentHashMap[int32, *string]().Put(1, nil) }},
		{"keySet().add", "UnsupportedOperationException:null", func() { NewConcurrentHashMap[string, int32]().KeySet().Add("x") }},
	}
	for _, e := range errs {
		uExpect(t, e.name, uThrown(e.f), e.want)
	}
	kv := NewConcurrentHashMap[string, int32]()
	kv.KeySetWith(7).Add("x")
	uExpect(t, "keySet(7).add", kv, "{x=7}")
	// ch = {a=1, b=2}: ch.contains(2) + " " + ch.contains(3) + " " + ch.mappingCount();
	// ks = ch.keySet(7): ks.add("x") + " " + ks.add("x") + " " + ks.add("a") + " " + ch + " " +
	// ks.getMappedValue() + " " + (ks.getMap() == ch) + " " + ks
	// Java 17: true false 2 / true false false {a=1, b=2, x=7} 7 true [a, b, x]
	ch := NewConcurrentHashMap[string, *int32]()
	ch.Put("a", Box[int32](1))
	ch.Put("b", Box[int32](2))
	uExpect(t, "contains/mappingCount", Str(ch.Contains(Box[int32](2)))+" "+Str(ch.Contains(Box[int32](3)))+" "+LongStr(ch.MappingCount()),
		"true false 2")
	uExpect(t, "contains(null)", uThrown(func() { ch.Contains(nil) }), "NullPointerException:null")
	ks := ch.KeySetWith(Box[int32](7))
	got := Str(ks.Add("x")) + " " + Str(ks.Add("x")) + " " + Str(ks.Add("a")) + " " + Str(ch) + " " + Str(ks.MappedValue()) + " " +
		Str(ks.Map() == ch) + " " + Str(ks)
	uExpect(t, "keySet(7)", got, "true false false {a=1, b=2, x=7} 7 true [a, b, x]")
	uExpect(t, "keySet(null)", uThrown(func() { ch.KeySetWith(nil) }), "NullPointerException:null")
	// ConcurrentHashMap.newKeySet(): getMappedValue() is true, getMap() the backing map: true {k=true}
	nks := ConcurrentHashMapNewKeySet[string]()
	nks.Add("k")
	uExpect(t, "newKeySet", Str(nks.MappedValue())+" "+Str(nks.Map()), "true {k=true}")
	// a view without a mapped value (Java's keySet()): getMappedValue() is null
	if newKeySetView(ch, nil).MappedValue() != nil {
		t.Error("mapped value of keySet()")
	}
	// putAll presizes: new ConcurrentHashMap<>(Map.of(1,1,2,2)).putAll(...)
	p := NewConcurrentHashMapFrom(MapOf2[int32, int32](1, 1, 2, 2))
	p.PutAll(MapOf3[int32, int32](3, 3, 50, 50, 17, 17))
	uExpect(t, "putAll", p, "{1=1, 17=17, 2=2, 50=50, 3=3}")
	if len(p.table) != 16 {
		t.Errorf("putAll table %d", len(p.table))
	}
	// Probe: m = {d=4, a=1, c=3, b=2, e=5}; m.reduceValues(1, Integer::sum),
	// reduceValues(MAX, (x, y) -> x * 10 + y), reduceKeys(MAX, String::concat),
	// reduce(MAX, (k, v) -> v % 2 == 1 ? k + v : null, String::concat),
	// search(MAX, (k, v) -> v > 2 ? k : null), search for v > 9, reduceValues of an empty
	// map. Java 17: 15 12345 abcde a1c3e5 c null null
	bm := NewConcurrentHashMap[string, *int32]()
	for i, k := range []string{"d", "a", "c", "b", "e"} {
		bm.Put(k, Box([]int32{4, 1, 3, 2, 5}[i]))
	}
	isum := BiFunctionFunc[*int32, *int32, *int32](func(x, y *int32) *int32 { return Box(*x + *y) })
	digits := BiFunctionFunc[*int32, *int32, *int32](func(x, y *int32) *int32 { return Box(*x*10 + *y) })
	concat := BiFunctionFunc[string, string, string](StrConcat)
	odd := BiFunctionFunc[string, *int32, string](func(k string, v *int32) string {
		if *v%2 == 1 {
			return k + IntStr(*v)
		}
		return NullString
	})
	above := func(n int32) BiFunction[string, *int32, string] {
		return BiFunctionFunc[string, *int32, string](func(k string, v *int32) string {
			if *v > n {
				return k
			}
			return NullString
		})
	}
	bulk := Str(bm.ReduceValues(1, isum)) + " " + Str(bm.ReduceValues(LongMaxValue, digits)) + " " + bm.ReduceKeys(LongMaxValue, concat) + " " +
		ConcurrentHashMapReduce(bm, LongMaxValue, odd, concat) + " " + Str(ConcurrentHashMapSearch(bm, LongMaxValue, above(2))) + " " +
		Str(ConcurrentHashMapSearch(bm, LongMaxValue, above(9))) + " " + Str(NewConcurrentHashMap[string, *int32]().ReduceValues(1, isum))
	uExpect(t, "bulk operations", bulk, "15 12345 abcde a1c3e5 c null null")
	uExpect(t, "reduceValues(null)", uThrown(func() { bm.ReduceValues(1, nil) }), "NullPointerException:null")
	// a compute function may use the map it runs in
	r := NewConcurrentHashMap[int32, int32]()
	r.ComputeIfAbsent(1, FunctionFunc[int32, int32](func(int32) int32 { return r.GetOrDefault(int32(2), 5) + 1 }))
	uExpect(t, "reentrant", r, "{1=6}")
}

func TestConcurrentHashMapGoroutines(t *testing.T) {
	m := NewConcurrentHashMap[int32, int32]()
	sum := BiFunctionFunc[int32, int32, int32](func(a, b int32) int32 { return a + b })
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := int32(0); i < 500; i++ {
				m.Merge(i%50, 1, sum)
				for range m.Values().All() {
					break
				}
			}
		}()
	}
	wg.Wait()
	total := int32(0)
	for _, v := range m.All() {
		total += v
	}
	if total != 8*500 || m.Size() != 50 {
		t.Errorf("total %d size %d", total, m.Size())
	}
	// the skip-list map's default methods hold its lock while readers and writers run
	sk := NewConcurrentSkipListMap[int32, int32]()
	var wg2 sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for i := int32(0); i < 300; i++ {
				sk.Merge(i%10, 1, sum)
				sk.GetOrDefault(i%10, 0)
				sk.ComputeIfAbsent(100+i%3, FunctionFunc[int32, int32](func(int32) int32 { return 0 }))
			}
		}()
	}
	wg2.Wait()
	if Str(sk) != "{0=120, 1=120, 2=120, 3=120, 4=120, 5=120, 6=120, 7=120, 8=120, 9=120, 100=0, 101=0, 102=0}" {
		t.Errorf("skip list map %s", Str(sk))
	}
	q := NewLinkedBlockingQueue[int32]()
	done := make(chan int32)
	go func() {
		s := int32(0)
		for i := 0; i < 100; i++ {
			s += q.Take()
		}
		done <- s
	}()
	for i := int32(1); i <= 100; i++ {
		q.Put(i)
	}
	if s := <-done; s != 5050 {
		t.Errorf("queue sum %d", s)
	}
	if v := q.PollTimeout(1, TimeUnitMilliseconds); v != 0 {
		t.Errorf("poll on empty queue: %d", v)
	}
}
