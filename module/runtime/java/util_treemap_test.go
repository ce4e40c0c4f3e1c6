package java

import "testing"

// Expected values: Probe3.java on OpenJDK 17.

func TestTreeMapNavigation(t *testing.T) {
	tm := NewTreeMap[int32, string]()
	for i := int32(10); i > 0; i-- {
		tm.Put(i*3, "v"+IntStr(i))
	}
	uExpect(t, "tm", tm, "{3=v1, 6=v2, 9=v3, 12=v4, 15=v5, 18=v6, 21=v7, 24=v8, 27=v9, 30=v10}")
	nav := Str(tm.FirstKey()) + " " + Str(tm.LastKey()) + " " + Str(tm.FloorKey(10)) + " " + Str(tm.CeilingKey(10)) + " " +
		Str(tm.HigherKey(12)) + " " + Str(tm.LowerKey(12)) + " " + Str(tm.FloorEntry(1)) + " " + Str(tm.FirstEntry()) + " " + Str(tm.LastEntry())
	uExpect(t, "nav", nav, "3 30 9 12 15 9 null 3=v1 30=v10")
	views := Str(tm.HeadMap(12)) + " " + Str(tm.TailMap(24)) + " " + Str(tm.SubMap(6, 15)) + " " + Str(tm.HeadMapInclusive(12, true)) + " " +
		Str(tm.DescendingMap()) + " " + Str(tm.DescendingKeySet())
	uExpect(t, "views", views, "{3=v1, 6=v2, 9=v3} {24=v8, 27=v9, 30=v10} {6=v2, 9=v3, 12=v4} {3=v1, 6=v2, 9=v3, 12=v4} {30=v10, 27=v9, 24=v8, 21=v7, 18=v6, 15=v5, 12=v4, 9=v3, 6=v2, 3=v1} [30, 27, 24, 21, 18, 15, 12, 9, 6, 3]")
	sub := tm.SubMapInclusive(6, true, 21, false)
	s := Str(sub) + " " + Str(sub.FirstKey()) + " " + Str(sub.LastKey()) + " " + Str(sub.Size()) + " " +
		uThrown(func() { sub.Put(30, "x") }) + " " + uThrown(func() { sub.SubMap(3, 9) }) + " " +
		Str(sub.DescendingMap().HeadMap(12)) + " " + Str(sub.DescendingMap().FirstKey())
	uExpect(t, "sub", s, "{6=v2, 9=v3, 12=v4, 15=v5, 18=v6} 6 18 5 IllegalArgumentException:key out of range IllegalArgumentException:fromKey out of range {18=v6, 15=v5} 18")
	sub.Put(7, "seven")
	sub.Remove(int32(9))
	uExpect(t, "sub writes through", tm, "{3=v1, 6=v2, 7=seven, 12=v4, 15=v5, 18=v6, 21=v7, 24=v8, 27=v9, 30=v10}")
	uExpect(t, "poll", Str(tm.PollFirstEntry())+" "+Str(tm.PollLastEntry())+" "+Str(tm), "3=v1 30=v10 {6=v2, 7=seven, 12=v4, 15=v5, 18=v6, 21=v7, 24=v8, 27=v9}")
	uExpect(t, "snapshot entry", uThrown(func() { tm.FirstEntry().SetValue("z") }), "UnsupportedOperationException:null")
	uExpect(t, "cme", uThrown(func() {
		for k := range tm.KeySet().All() {
			tm.Remove(k)
		}
	}), "ConcurrentModificationException:null")
	tm2 := NewTreeMap[int32, string]()
	for i := int32(0); i < 20; i++ {
		tm2.Put(i, "v"+IntStr(i))
	}
	it := tm2.KeySet().Iterator()
	for it.HasNext() {
		if it.Next()%3 != 0 {
			it.Remove()
		}
	}
	uExpect(t, "iterator remove", tm2, "{0=v0, 3=v3, 6=v6, 9=v9, 12=v12, 15=v15, 18=v18}")
	uExpect(t, "firstKey empty", uThrown(func() { NewTreeMap[int32, int32]().FirstKey() }), "NoSuchElementException:null")
	uExpect(t, "null key", uThrown(func() { NewTreeMap[*string, int32]().Put(nil, 1) })[:len("NullPointerException")], "NullPointerException")
	for i := int32(0); i < 200; i++ { // red-black invariants hold under churn
		tm2.Put(i*7%101, "x")
		tm2.Remove(int32(i * 3 % 97))
	}
	checkRB(t, tm2.tmView.t)
}

// checkRB verifies the red-black and ordering invariants of a tree.
func checkRB[K, V any](t *testing.T, tr *rbTree[K, V]) {
	t.Helper()
	var walk func(n *tmNode[K, V]) int
	walk = func(n *tmNode[K, V]) int {
		if n == nil {
			return 1
		}
		if !n.black && (!rbIsBlack(n.left) || !rbIsBlack(n.right)) {
			t.Fatal("red node with a red child")
		}
		if n.left != nil && (n.left.parent != n || tr.cmp(n.left.key, n.key) >= 0) {
			t.Fatal("left child misplaced")
		}
		if n.right != nil && (n.right.parent != n || tr.cmp(n.right.key, n.key) <= 0) {
			t.Fatal("right child misplaced")
		}
		l, r := walk(n.left), walk(n.right)
		if l != r {
			t.Fatal("black heights differ")
		}
		if n.black {
			return l + 1
		}
		return l
	}
	if tr.root != nil && !tr.root.black {
		t.Fatal("red root")
	}
	walk(tr.root)
}

func TestTreeSet(t *testing.T) {
	ts := NewTreeSetFrom[string](NewArraysAsList(uWords))
	s := Str(ts.HeadSet("fig")) + " " + Str(ts.TailSet("t")) + " " + Str(ts.SubSet("c", "g")) + " " + ts.First() + " " + ts.Last() + " " +
		ts.Floor("zz") + " " + Str(IsNullString(ts.Ceiling("zz"))) + " " + ts.PollFirst() + " " + ts.DescendingSet().First()
	uExpect(t, "ts", s, "[apple, banana, cherry, date, elderberry] [tangerine, ugli, vanilla] [cherry, date, elderberry, fig] apple vanilla vanilla true apple vanilla")
	head := ts.HeadSetInclusive("c", false)
	head.Add("aardvark")
	uExpect(t, "add through a subset", Str(ts.First())+" "+uThrown(func() { head.Add("zebra") }), "aardvark IllegalArgumentException:key out of range")
	rev := NewTreeSetWith[int32](ComparatorReverseOrder[int32]())
	CollectionsAddAll[int32](rev, 3, 1, 2)
	uExpect(t, "comparator", Str(rev)+" "+Str(rev.Comparator() != nil), "[3, 2, 1] true")
}

func TestSkipListMap(t *testing.T) {
	sk := NewConcurrentSkipListMap[int32, string]()
	sk.Put(5, "e")
	sk.Put(1, "a")
	sk.Put(3, "c")
	s := Str(sk) + " " + Str(sk.FirstKey()) + " " + Str(sk.HeadMap(3)) + " " + Str(sk.DescendingMap()) + " " + uThrown(func() {
		for k := range sk.KeySet().All() {
			sk.Remove(k)
		}
	}) + Str(sk)
	uExpect(t, "csl", s, "{1=a, 3=c, 5=e} 1 {1=a} {5=e, 3=c, 1=a} none{}")
	set := NewConcurrentSkipListSet[string]()
	CollectionsAddAll[string](set, "b", "c", "a", "b")
	uExpect(t, "set", Str(set)+" "+set.First()+" "+Str(set.HeadSet("c")), "[a, b, c] a [a, b]")
}

func TestSortedMapClones(t *testing.T) {
	// tm = new TreeMap<>(Comparator.reverseOrder()); put a, c, b; tc = tm.clone();
	// tc.put("d", 4); tc.remove("a"). Java 17: {c=3, b=2, a=1} {d=4, c=3, b=2}
	tm := NewTreeMapWith[string, int32](ComparatorReverseOrder[string]())
	tm.Put("a", 1)
	tm.Put("c", 3)
	tm.Put("b", 2)
	tc := tm.Clone()
	tc.Put("d", 4)
	tc.Remove("a")
	uExpect(t, "TreeMap.clone", Str(tm)+" "+Str(tc)+" "+Str(tc.Comparator() != nil), "{c=3, b=2, a=1} {d=4, c=3, b=2} true")
	// the same with a ConcurrentSkipListMap: {c=3, b=2, a=1} {z=26, b=2, a=1}
	sk := NewConcurrentSkipListMapWith[string, int32](ComparatorReverseOrder[string]())
	sk.Put("a", 1)
	sk.Put("c", 3)
	sk.Put("b", 2)
	skc := sk.Clone()
	skc.Put("z", 26)
	skc.Remove("c")
	uExpect(t, "ConcurrentSkipListMap.clone", Str(sk)+" "+Str(skc)+" "+Str(skc.Comparator() != nil), "{c=3, b=2, a=1} {z=26, b=2, a=1} true")
	nat := NewTreeMap[int32, string]()
	nat.Put(2, "b")
	nat.Put(1, "a")
	uExpect(t, "natural clone", Str(nat.Clone())+" "+Str(nat.Clone().Comparator() == nil), "{1=a, 2=b} true")
}
