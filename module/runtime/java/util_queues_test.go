package java

import "testing"

// Expected values: Probe3.java on OpenJDK 17.

func TestPriorityQueueHeapOrder(t *testing.T) {
	pq := NewPriorityQueue[int32]()
	for _, x := range []int32{5, 3, 9, 1, 7, 2, 8, 6, 4} {
		pq.Add(x)
	}
	uExpect(t, "pq", pq, "[1, 3, 2, 4, 7, 9, 8, 6, 5]")
	pq.Poll()
	uExpect(t, "poll", pq, "[2, 3, 5, 4, 7, 9, 8, 6]")
	pq.Remove(int32(7))
	uExpect(t, "remove", pq, "[2, 3, 5, 4, 6, 9, 8]")
	pq2 := NewPriorityQueueFrom[int32](ListOf[int32](5, 3, 9, 1, 7, 2, 8, 6, 4))
	uExpect(t, "heapify", pq2, "[1, 3, 2, 4, 7, 9, 8, 6, 5]")
	pq3 := NewPriorityQueueWith(ComparatorReverseOrder[string]())
	for _, w := range uWords {
		pq3.Offer(w)
	}
	uExpect(t, "reverse", pq3, "[vanilla, ugli, papaya, strawberry, tangerine, mango, orange, lemon, raspberry, kiwi, honeydew, banana, fig, elderberry, nectarine, apple, grape, date, quince, cherry]")
	// iterator removal visits the element moved behind it at the end
	seen := ""
	it := pq2.Iterator()
	for it.HasNext() {
		x := it.Next()
		seen += IntStr(x) + " "
		if x == 3 || x == 9 {
			it.Remove()
		}
	}
	uExpect(t, "iterator remove", seen+Str(pq2), "1 3 4 2 5 7 9 6 8 [1, 4, 2, 5, 7, 6, 8]")
	pq2.RemoveIf(PredicateFunc[int32](func(x int32) bool { return x%2 == 0 }))
	uExpect(t, "removeIf", pq2, "[1, 5, 7]")
	uExpect(t, "null", uThrown(func() { NewPriorityQueue[*string]().Add(nil) }), "NullPointerException:null")
}

func TestDequesAndLists(t *testing.T) {
	ad := NewArrayDeque[int32]()
	for i := int32(0); i < 5; i++ {
		ad.AddFirst(i)
		ad.AddLast(i * 10)
	}
	uExpect(t, "ArrayDeque", Str(ad)+" "+Str(ad.PollFirst())+" "+Str(ad.PollLast())+" "+Str(ad.PeekFirst())+" "+Str(ad.PeekLast()),
		"[4, 3, 2, 1, 0, 0, 10, 20, 30, 40] 4 40 3 30")
	uExpect(t, "ArrayDeque null", uThrown(func() { NewArrayDeque[*string]().Add(nil) }), "NullPointerException:null")
	uExpect(t, "ArrayDeque empty", uThrown(func() { NewArrayDeque[int32]().RemoveFirst() })+" "+uThrown(func() { NewArrayDeque[int32]().Pop() })+" "+
		uThrown(func() { NewArrayDeque[int32]().Element() }), "NoSuchElementException:null NoSuchElementException:null NoSuchElementException:null")
	// LinkedList's hasNext is nextIndex < size: removing the last element on it ends the loop
	ll := NewLinkedListFrom[int32](ListOf[int32](1, 2, 3, 4))
	uExpect(t, "LinkedList quirk", uThrown(func() {
		for x := range ll.All() {
			if x == 4 {
				ll.Remove(x)
			}
		}
	})+" "+Str(ll), "none [1, 2, 3]")
	ll2 := NewLinkedListFrom[int32](ListOf[int32](1, 2, 3, 4))
	uExpect(t, "LinkedList second to last", uThrown(func() {
		for x := range ll2.All() {
			if x == 3 {
				ll2.Remove(x)
			}
		}
	})+" "+Str(ll2), "none [1, 2, 4]")
	al := NewArrayListFrom[int32](ListOf[int32](1, 2, 3, 4))
	uExpect(t, "ArrayList last", uThrown(func() {
		for x := range al.All() {
			if x == 4 {
				al.Remove(x)
			}
		}
	})+" "+Str(al), "ConcurrentModificationException:null [1, 2, 3]")
	uExpect(t, "LinkedList ops", Str(ll.First())+" "+Str(ll.Last())+" "+Str(ll.IndexOf(int32(2)))+" "+Str(ll.RemoveLast())+" "+Str(ll)+" "+
		uThrown(func() { NewLinkedList[int32]().First() })+" "+Str(NewLinkedList[*string]().Poll()), "1 3 1 3 [1, 2] NoSuchElementException:null null")
	li := ll.ListIterator()
	li.Next()
	li.Add(9)
	li.Next()
	li.Set(8)
	uExpect(t, "LinkedList listIterator", ll, "[1, 9, 8]")
	d := ll.DescendingIterator()
	uExpect(t, "descending", Str(d.Next())+Str(d.Next()), "89")
	st := NewStack[int32]()
	st.Push(1)
	st.Push(2)
	st.Push(3)
	uExpect(t, "Stack", Str(st)+" "+Str(st.Peek())+" "+Str(st.Pop())+" "+Str(st.Search(int32(1)))+" "+Str(st.Empty())+" "+
		uThrown(func() { NewStack[int32]().Pop() })+" "+uThrown(func() { NewStack[int32]().Peek() }), "[1, 2, 3] 3 3 2 false EmptyStackException:null EmptyStackException:null")
	cow := NewCopyOnWriteArrayListFrom[int32](ListOf[int32](1, 2, 3))
	uExpect(t, "CopyOnWriteArrayList", uThrown(func() {
		for x := range cow.All() {
			cow.Add(x)
		}
	})+" "+Str(cow)+" "+Str(cow.AddIfAbsent(1))+" "+Str(cow.AddIfAbsent(9))+" "+uThrown(func() { cow.Iterator().Remove() }),
		"none [1, 2, 3, 1, 2, 3] false true UnsupportedOperationException:null")
	clq := NewConcurrentLinkedQueue[int32]()
	clq.Offer(1)
	clq.Offer(2)
	clq.Offer(3)
	it := clq.Iterator()
	it.Next()
	clq.Remove(int32(2)) // weakly consistent: the iterator goes on past it
	uExpect(t, "ConcurrentLinkedQueue", Str(it.Next())+" "+Str(clq)+" "+Str(clq.Poll())+" "+Str(clq.Peek()), "3 [1, 3] 1 3")
	lbq := NewLinkedBlockingQueueCap[int32](1)
	lbq.Add(1)
	uExpect(t, "bounded", uThrown(func() { lbq.Add(2) })+" "+Str(lbq.Offer(2))+" "+Str(lbq.RemainingCapacity()), "IllegalStateException:Queue full false 0")
	drained := NewArrayList[int32]()
	lbq.DrainTo(drained)
	uExpect(t, "drainTo", Str(drained)+Str(lbq), "[1][]")
}

func TestEnumMapAndSet(t *testing.T) {
	RegisterEnumValues("java.util.concurrent.TimeUnit", TimeUnitValues)
	em := NewEnumMap[*TimeUnit, string](ClassOf[*TimeUnit]())
	em.Put(TimeUnitSeconds, "s")
	em.Put(TimeUnitDays, "d")
	em.Put(TimeUnitNanoseconds, "n")
	uExpect(t, "EnumMap", Str(em)+" "+Str(em.KeySet())+" "+Str(em.Values()), "{NANOSECONDS=n, SECONDS=s, DAYS=d} [NANOSECONDS, SECONDS, DAYS] [n, s, d]")
	uExpect(t, "EnumMap null", uThrown(func() { em.Put(nil, "x") }), "NullPointerException:null")
	// emc = em.clone(); emc.remove(SECONDS); an empty EnumMap clones too.
	// Java 17: {NANOSECONDS=n, SECONDS=s, DAYS=d} {NANOSECONDS=n, DAYS=d} {}
	emc := em.Clone()
	emc.Remove(TimeUnitSeconds)
	uExpect(t, "EnumMap.clone", Str(em)+" "+Str(emc)+" "+Str(NewEnumMap[*TimeUnit, string](ClassOf[*TimeUnit]()).Clone()),
		"{NANOSECONDS=n, SECONDS=s, DAYS=d} {NANOSECONDS=n, DAYS=d} {}")
	es := EnumSetOf(TimeUnitHours, TimeUnitMilliseconds)
	s := Str(es) + " " + Str(EnumSetComplementOf(es)) + " " + Str(EnumSetRange(TimeUnitMicroseconds, TimeUnitMinutes)) + " " +
		Str(EnumSetAllOf[*TimeUnit](ClassOf[*TimeUnit]()).Size()) + " " + Str(EnumSetNoneOf[*TimeUnit](ClassOf[*TimeUnit]()))
	uExpect(t, "EnumSet", s, "[MILLISECONDS, HOURS] [NANOSECONDS, MICROSECONDS, SECONDS, MINUTES, DAYS] [MICROSECONDS, MILLISECONDS, SECONDS, MINUTES] 7 []")
	es.RemoveAll(EnumSetOf(TimeUnitHours))
	uExpect(t, "removeAll", es, "[MILLISECONDS]")
}

func TestCollectionsStatics(t *testing.T) {
	cl := NewArrayList[int32]()
	for i := int32(0); i < 10; i++ {
		cl.Add(i)
	}
	// Collections.shuffle(cl, new Random(42))
	CollectionsShuffleWith[int32](cl, NewRandom2(42))
	uExpect(t, "shuffle", cl, "[4, 6, 2, 1, 7, 9, 8, 5, 3, 0]")
	CollectionsSort[int32](cl)
	CollectionsReverse[int32](cl)
	uExpect(t, "reverse", cl, "[9, 8, 7, 6, 5, 4, 3, 2, 1, 0]")
	uExpect(t, "binarySearch", Str(CollectionsBinarySearch(ListOf[int32](1, 3, 5, 7), 5))+" "+Str(CollectionsBinarySearch(ListOf[int32](1, 3, 5, 7), 4)), "2 -3")
	uExpect(t, "max/min", Str(CollectionsMax(ListOf[int32](3, 9, 2)))+" "+Str(CollectionsMin(ListOf[int32](3, 9, 2)))+" "+
		CollectionsMaxWith(ListOf("aa", "b"), ComparatorComparing(FunctionFunc[string, int32](uLen)))+" "+uThrown(func() { CollectionsMax[int32](NewArrayList[int32]()) }),
		"9 2 aa NoSuchElementException:null")
	uExpect(t, "frequency", Str(CollectionsFrequency(ListOf[int32](1, 2, 1), int32(1)))+" "+Str(CollectionsDisjoint(ListOf[int32](1), ListOf[int32](2)))+" "+
		Str(CollectionsNCopies(3, "x"))+" "+uThrown(func() { CollectionsNCopies(-1, "x") }), "2 true [x, x, x] IllegalArgumentException:List length = -1")
	// Probe: Collections.rotate/copy/replaceAll/indexOfSubList on OpenJDK 17.
	rl := uListOf[int32](0, 1, 2, 3, 4, 5, 6, 7, 8, 9)
	CollectionsRotate[int32](rl, 3)
	rot := Str(rl)
	CollectionsRotate[int32](rl, -13)
	six := uListOf[int32](0, 1, 2, 3, 4, 5)
	CollectionsRotate[int32](six, 4)
	uExpect(t, "rotate", rot+" "+Str(rl)+" "+Str(six), "[7, 8, 9, 0, 1, 2, 3, 4, 5, 6] [0, 1, 2, 3, 4, 5, 6, 7, 8, 9] [2, 3, 4, 5, 0, 1]")
	big := NewLinkedList[int32]()
	for i := int32(0); i < 150; i++ {
		big.Add(i)
	}
	CollectionsRotate[int32](big, -7)
	uExpect(t, "rotate LinkedList", Str(big.Get(0))+" "+Str(big.Get(142))+" "+Str(big.Get(143))+" "+Str(big.Last()), "7 149 0 6")
	dest := uListOf("a", "b", "c", "d")
	CollectionsCopy[string](dest, ListOf("x", "y"))
	uExpect(t, "copy", Str(dest)+" "+uThrown(func() { CollectionsCopy[string](ListOf("a"), ListOf("x", "y")) }),
		"[x, y, c, d] IndexOutOfBoundsException:Source does not fit in dest")
	rp := uListOf("a", NullString, "b", "a")
	replaced := Str(CollectionsReplaceAll[string](rp, "a", "z")) + " " + Str(CollectionsReplaceAll[string](rp, NullString, "n"))
	uExpect(t, "replaceAll", replaced+" "+Str(rp)+" "+Str(CollectionsReplaceAll[string](rp, "q", "w")), "true true [z, n, b, z] false")
	src := ListOf[int32](1, 2, 3, 1, 2, 3)
	uExpect(t, "indexOfSubList", Str(CollectionsIndexOfSubList(src, ListOf[int32](2, 3)))+" "+Str(CollectionsLastIndexOfSubList(src, ListOf[int32](2, 3)))+" "+
		Str(CollectionsIndexOfSubList(src, ListOf[int32](3, 4)))+" "+Str(CollectionsIndexOfSubList(src, ListOf[int32]()))+" "+Str(CollectionsLastIndexOfSubList(src, ListOf[int32]())),
		"1 4 -1 0 6")
	um := NewHashMap[int32, int32]()
	um.Put(1, 2)
	uExpect(t, "unmodifiable", uThrown(func() { CollectionsUnmodifiableList[int32](uListOf[int32](1)).Add(2) })+" "+Str(CollectionsUnmodifiableMap[int32, int32](um))+" "+
		Str(CollectionsEmptyList[int32]())+Str(CollectionsEmptyMap[int32, int32]())+Str(CollectionsSingletonList[int32](5))+Str(CollectionsSingletonMap("k", "v")),
		"UnsupportedOperationException:null {1=2} []{}[5]{k=v}")
	uExpect(t, "List.of", uThrown(func() { ListOf[*int32](Box[int32](1)).Contains(nil) })+" "+uThrown(func() { ListOf[*int32](Box[int32](1), nil) })+" "+
		uThrown(func() { SetOf[int32](1, 1) })+" "+uThrown(func() { MapOf2[int32, int32](1, 2, 1, 3) })+" "+uThrown(func() { ListOf[int32](1).Add(2) })+" "+
		Str(Equals(ListOf[int32](1, 2), NewArraysAsList([]int32{1, 2})))+" "+Str(HashCode(ListOf[int32](1, 2))),
		"NullPointerException:null NullPointerException:null IllegalArgumentException:duplicate element: 1 IllegalArgumentException:duplicate key: 1 UnsupportedOperationException:null true 994")
	uExpect(t, "Arrays.asList", uThrown(func() { NewArraysAsList([]int32{1, 2}).Add(3) })+" "+uThrown(func() { NewArraysAsList([]int32{1, 2}).RemoveAt(0) })+" "+
		uThrown(func() { NewArraysAsList([]int32{1, 2}).Iterator().Remove() })+" "+Str(NewArraysAsList([]int32{1, 2}).Set(0, 5)),
		"UnsupportedOperationException:null UnsupportedOperationException:null UnsupportedOperationException:remove 1")
	sl := CollectionsSynchronizedList[int32](NewArrayList[int32]())
	sl.Add(1)
	sm := CollectionsSynchronizedMap[string, int32](NewHashMap[string, int32]())
	sm.Put("a", 1)
	uExpect(t, "synchronized", Str(sl)+Str(sm)+Str(sm.KeySet()), "[1]{a=1}[a]")
}
