package java

import "iter"

// TreeMap and TreeSet: Java's red-black tree (the same insertion and deletion, so an
// entry removed while it has two children takes its successor's key and value, as in
// Java), ordered by the comparator or by natural ordering (CompareOf), with the
// NavigableMap views (headMap, tailMap, subMap, descendingMap, the key sets) as live,
// bounded, fail-fast windows on the same tree.
//
// Methods that return null when there is no such key (lowerKey, floorKey, pollFirst...)
// return K's zero value; the *Entry forms return a nil MapEntry.

// SortedMap is java.util.SortedMap<K, V>.
type SortedMap[K, V any] interface {
	Map[K, V]
	// Comparator is SortedMap.comparator(): nil for natural ordering.
	Comparator() Comparator[K]
	// FirstKey is SortedMap.firstKey(): NoSuchElementException when empty.
	FirstKey() K
	// LastKey is SortedMap.lastKey(): NoSuchElementException when empty.
	LastKey() K
	// HeadMap is SortedMap.headMap(K toKey): the keys below toKey.
	HeadMap(toKey K) SortedMap[K, V]
	// TailMap is SortedMap.tailMap(K fromKey): the keys from fromKey on.
	TailMap(fromKey K) SortedMap[K, V]
	// SubMap is SortedMap.subMap(K fromKey, K toKey): from inclusive, to exclusive.
	SubMap(fromKey, toKey K) SortedMap[K, V]
}

// NavigableMap is java.util.NavigableMap<K, V>.
type NavigableMap[K, V any] interface {
	SortedMap[K, V]
	// LowerEntry is NavigableMap.lowerEntry(K).
	LowerEntry(key K) MapEntry[K, V]
	// LowerKey is NavigableMap.lowerKey(K).
	LowerKey(key K) K
	// FloorEntry is NavigableMap.floorEntry(K).
	FloorEntry(key K) MapEntry[K, V]
	// FloorKey is NavigableMap.floorKey(K).
	FloorKey(key K) K
	// CeilingEntry is NavigableMap.ceilingEntry(K).
	CeilingEntry(key K) MapEntry[K, V]
	// CeilingKey is NavigableMap.ceilingKey(K).
	CeilingKey(key K) K
	// HigherEntry is NavigableMap.higherEntry(K).
	HigherEntry(key K) MapEntry[K, V]
	// HigherKey is NavigableMap.higherKey(K).
	HigherKey(key K) K
	// FirstEntry is NavigableMap.firstEntry(): a snapshot; nil when empty.
	FirstEntry() MapEntry[K, V]
	// LastEntry is NavigableMap.lastEntry().
	LastEntry() MapEntry[K, V]
	// PollFirstEntry is NavigableMap.pollFirstEntry().
	PollFirstEntry() MapEntry[K, V]
	// PollLastEntry is NavigableMap.pollLastEntry().
	PollLastEntry() MapEntry[K, V]
	// DescendingMap is NavigableMap.descendingMap(): a reverse-order view.
	DescendingMap() NavigableMap[K, V]
	// NavigableKeySet is NavigableMap.navigableKeySet().
	NavigableKeySet() NavigableSet[K]
	// DescendingKeySet is NavigableMap.descendingKeySet().
	DescendingKeySet() NavigableSet[K]
	// HeadMapInclusive is NavigableMap.headMap(K, boolean).
	HeadMapInclusive(toKey K, inclusive bool) NavigableMap[K, V]
	// TailMapInclusive is NavigableMap.tailMap(K, boolean).
	TailMapInclusive(fromKey K, inclusive bool) NavigableMap[K, V]
	// SubMapInclusive is NavigableMap.subMap(K, boolean, K, boolean).
	SubMapInclusive(fromKey K, fromInclusive bool, toKey K, toInclusive bool) NavigableMap[K, V]
}

// SortedSet is java.util.SortedSet<E>.
type SortedSet[E any] interface {
	Set[E]
	// Comparator is SortedSet.comparator(): nil for natural ordering.
	Comparator() Comparator[E]
	// First is SortedSet.first(): NoSuchElementException when empty.
	First() E
	// Last is SortedSet.last(): NoSuchElementException when empty.
	Last() E
	// HeadSet is SortedSet.headSet(E toElement).
	HeadSet(toElement E) SortedSet[E]
	// TailSet is SortedSet.tailSet(E fromElement).
	TailSet(fromElement E) SortedSet[E]
	// SubSet is SortedSet.subSet(E fromElement, E toElement).
	SubSet(fromElement, toElement E) SortedSet[E]
}

// NavigableSet is java.util.NavigableSet<E>.
type NavigableSet[E any] interface {
	SortedSet[E]
	// Lower is NavigableSet.lower(E).
	Lower(e E) E
	// Floor is NavigableSet.floor(E).
	Floor(e E) E
	// Ceiling is NavigableSet.ceiling(E).
	Ceiling(e E) E
	// Higher is NavigableSet.higher(E).
	Higher(e E) E
	// PollFirst is NavigableSet.pollFirst().
	PollFirst() E
	// PollLast is NavigableSet.pollLast().
	PollLast() E
	// DescendingSet is NavigableSet.descendingSet().
	DescendingSet() NavigableSet[E]
	// DescendingIterator is NavigableSet.descendingIterator().
	DescendingIterator() Iterator[E]
	// HeadSetInclusive is NavigableSet.headSet(E, boolean).
	HeadSetInclusive(toElement E, inclusive bool) NavigableSet[E]
	// TailSetInclusive is NavigableSet.tailSet(E, boolean).
	TailSetInclusive(fromElement E, inclusive bool) NavigableSet[E]
	// SubSetInclusive is NavigableSet.subSet(E, boolean, E, boolean).
	SubSetInclusive(fromElement E, fromInclusive bool, toElement E, toInclusive bool) NavigableSet[E]
}

// tmNode is TreeMap.Entry.
type tmNode[K, V any] struct {
	key                 K
	value               V
	left, right, parent *tmNode[K, V]
	black               bool
}

// Key is Map.Entry.getKey().
func (n *tmNode[K, V]) Key() K { return n.key }

// Value is Map.Entry.getValue().
func (n *tmNode[K, V]) Value() V { return n.value }

// SetValue is Map.Entry.setValue(V).
func (n *tmNode[K, V]) SetValue(value V) V {
	old := n.value
	n.value = value
	return old
}

func (n *tmNode[K, V]) anyKeyValue() (any, any) { return n.key, n.value }

// Equals is Map.Entry.equals(Object).
func (n *tmNode[K, V]) Equals(o any) bool { return entryEquals[K, V](n, o) }

// HashCode is Map.Entry.hashCode().
func (n *tmNode[K, V]) HashCode() int32 { return entryHashCode(n.key, n.value) }

// String is Map.Entry.toString().
func (n *tmNode[K, V]) String() string { return entryString(n.key, n.value) }

// snapshot is TreeMap.exportEntry: an immutable copy (nil for nil).
func (n *tmNode[K, V]) snapshot() MapEntry[K, V] {
	if n == nil {
		return nil
	}
	return &immutableEntry[K, V]{AbstractMapSimpleEntry[K, V]{n.key, n.value}}
}

// rbTree is the tree of a TreeMap (shared with its views).
type rbTree[K, V any] struct {
	root       *tmNode[K, V]
	size       int32
	modCount   int32
	comparator Comparator[K]
	cmp        func(a, b K) int32
}

func newRBTree[K, V any](c Comparator[K]) *rbTree[K, V] {
	t := &rbTree[K, V]{comparator: c}
	if c == nil {
		t.cmp = CompareOf[K]
	} else {
		t.cmp = c.Compare
	}
	return t
}

// keyOf converts a key given as Object to K (ClassCastException for another type).
func keyOf[K any](key any) K { return Cast[K](key) }

func (t *rbTree[K, V]) getNode(key K) *tmNode[K, V] {
	p := t.root
	for p != nil {
		c := t.cmp(key, p.key)
		switch {
		case c < 0:
			p = p.left
		case c > 0:
			p = p.right
		default:
			return p
		}
	}
	return nil
}

func (t *rbTree[K, V]) first() *tmNode[K, V] {
	p := t.root
	for p != nil && p.left != nil {
		p = p.left
	}
	return p
}

func (t *rbTree[K, V]) last() *tmNode[K, V] {
	p := t.root
	for p != nil && p.right != nil {
		p = p.right
	}
	return p
}

func rbSuccessor[K, V any](n *tmNode[K, V]) *tmNode[K, V] {
	if n == nil {
		return nil
	}
	if n.right != nil {
		p := n.right
		for p.left != nil {
			p = p.left
		}
		return p
	}
	p, ch := n.parent, n
	for p != nil && ch == p.right {
		ch, p = p, p.parent
	}
	return p
}

func rbPredecessor[K, V any](n *tmNode[K, V]) *tmNode[K, V] {
	if n == nil {
		return nil
	}
	if n.left != nil {
		p := n.left
		for p.right != nil {
			p = p.right
		}
		return p
	}
	p, ch := n.parent, n
	for p != nil && ch == p.left {
		ch, p = p, p.parent
	}
	return p
}

// ceiling, floor, higher and lower are TreeMap.getCeilingEntry and friends.
func (t *rbTree[K, V]) ceiling(key K) *tmNode[K, V] {
	var best *tmNode[K, V]
	for p := t.root; p != nil; {
		c := t.cmp(key, p.key)
		switch {
		case c < 0:
			best, p = p, p.left
		case c > 0:
			p = p.right
		default:
			return p
		}
	}
	return best
}

func (t *rbTree[K, V]) floor(key K) *tmNode[K, V] {
	var best *tmNode[K, V]
	for p := t.root; p != nil; {
		c := t.cmp(key, p.key)
		switch {
		case c > 0:
			best, p = p, p.right
		case c < 0:
			p = p.left
		default:
			return p
		}
	}
	return best
}

func (t *rbTree[K, V]) higher(key K) *tmNode[K, V] {
	var best *tmNode[K, V]
	for p := t.root; p != nil; {
		if t.cmp(key, p.key) < 0 {
			best, p = p, p.left
		} else {
			p = p.right
		}
	}
	return best
}

func (t *rbTree[K, V]) lower(key K) *tmNode[K, V] {
	var best *tmNode[K, V]
	for p := t.root; p != nil; {
		if t.cmp(key, p.key) > 0 {
			best, p = p, p.right
		} else {
			p = p.left
		}
	}
	return best
}

// put is TreeMap.put: the previous value and whether the key was there.
func (t *rbTree[K, V]) put(key K, value V) (V, bool) {
	if t.root == nil {
		t.cmp(key, key) // type (and null) check, as Java's
		t.root = &tmNode[K, V]{key: key, value: value, black: true}
		t.size = 1
		t.modCount++
		zero := Null[V]()
		return zero, false
	}
	var parent *tmNode[K, V]
	c := int32(0)
	for p := t.root; p != nil; {
		parent = p
		c = t.cmp(key, p.key)
		switch {
		case c < 0:
			p = p.left
		case c > 0:
			p = p.right
		default:
			return p.SetValue(value), true
		}
	}
	n := &tmNode[K, V]{key: key, value: value, parent: parent}
	if c < 0 {
		parent.left = n
	} else {
		parent.right = n
	}
	t.fixAfterInsertion(n)
	t.size++
	t.modCount++
	zero := Null[V]()
	return zero, false
}

func rbIsBlack[K, V any](n *tmNode[K, V]) bool { return n == nil || n.black }

func rbParent[K, V any](n *tmNode[K, V]) *tmNode[K, V] {
	if n == nil {
		return nil
	}
	return n.parent
}

func rbLeft[K, V any](n *tmNode[K, V]) *tmNode[K, V] {
	if n == nil {
		return nil
	}
	return n.left
}

func rbRight[K, V any](n *tmNode[K, V]) *tmNode[K, V] {
	if n == nil {
		return nil
	}
	return n.right
}

func rbSetBlack[K, V any](n *tmNode[K, V], black bool) {
	if n != nil {
		n.black = black
	}
}

func (t *rbTree[K, V]) rotateLeft(p *tmNode[K, V]) {
	if p == nil {
		return
	}
	r := p.right
	p.right = r.left
	if r.left != nil {
		r.left.parent = p
	}
	r.parent = p.parent
	switch {
	case p.parent == nil:
		t.root = r
	case p.parent.left == p:
		p.parent.left = r
	default:
		p.parent.right = r
	}
	r.left = p
	p.parent = r
}

func (t *rbTree[K, V]) rotateRight(p *tmNode[K, V]) {
	if p == nil {
		return
	}
	l := p.left
	p.left = l.right
	if l.right != nil {
		l.right.parent = p
	}
	l.parent = p.parent
	switch {
	case p.parent == nil:
		t.root = l
	case p.parent.right == p:
		p.parent.right = l
	default:
		p.parent.left = l
	}
	l.right = p
	p.parent = l
}

func (t *rbTree[K, V]) fixAfterInsertion(x *tmNode[K, V]) {
	x.black = false
	for x != nil && x != t.root && !x.parent.black {
		if rbParent(x) == rbLeft(rbParent(rbParent(x))) {
			y := rbRight(rbParent(rbParent(x)))
			if !rbIsBlack(y) {
				rbSetBlack(rbParent(x), true)
				rbSetBlack(y, true)
				rbSetBlack(rbParent(rbParent(x)), false)
				x = rbParent(rbParent(x))
			} else {
				if x == rbRight(rbParent(x)) {
					x = rbParent(x)
					t.rotateLeft(x)
				}
				rbSetBlack(rbParent(x), true)
				rbSetBlack(rbParent(rbParent(x)), false)
				t.rotateRight(rbParent(rbParent(x)))
			}
		} else {
			y := rbLeft(rbParent(rbParent(x)))
			if !rbIsBlack(y) {
				rbSetBlack(rbParent(x), true)
				rbSetBlack(y, true)
				rbSetBlack(rbParent(rbParent(x)), false)
				x = rbParent(rbParent(x))
			} else {
				if x == rbLeft(rbParent(x)) {
					x = rbParent(x)
					t.rotateRight(x)
				}
				rbSetBlack(rbParent(x), true)
				rbSetBlack(rbParent(rbParent(x)), false)
				t.rotateLeft(rbParent(rbParent(x)))
			}
		}
	}
	t.root.black = true
}

// deleteNode is TreeMap.deleteEntry: a node with two children takes its successor's key
// and value, and the successor's node leaves the tree.
func (t *rbTree[K, V]) deleteNode(p *tmNode[K, V]) {
	t.modCount++
	t.size--
	if p.left != nil && p.right != nil {
		s := rbSuccessor(p)
		p.key, p.value = s.key, s.value
		p = s
	}
	replacement := p.left
	if replacement == nil {
		replacement = p.right
	}
	switch {
	case replacement != nil:
		replacement.parent = p.parent
		switch {
		case p.parent == nil:
			t.root = replacement
		case p == p.parent.left:
			p.parent.left = replacement
		default:
			p.parent.right = replacement
		}
		p.left, p.right, p.parent = nil, nil, nil
		if p.black {
			t.fixAfterDeletion(replacement)
		}
	case p.parent == nil:
		t.root = nil
	default:
		if p.black {
			t.fixAfterDeletion(p)
		}
		if p.parent != nil {
			if p == p.parent.left {
				p.parent.left = nil
			} else if p == p.parent.right {
				p.parent.right = nil
			}
			p.parent = nil
		}
	}
}

func (t *rbTree[K, V]) fixAfterDeletion(x *tmNode[K, V]) {
	for x != t.root && rbIsBlack(x) {
		if x == rbLeft(rbParent(x)) {
			sib := rbRight(rbParent(x))
			if !rbIsBlack(sib) {
				rbSetBlack(sib, true)
				rbSetBlack(rbParent(x), false)
				t.rotateLeft(rbParent(x))
				sib = rbRight(rbParent(x))
			}
			if rbIsBlack(rbLeft(sib)) && rbIsBlack(rbRight(sib)) {
				rbSetBlack(sib, false)
				x = rbParent(x)
			} else {
				if rbIsBlack(rbRight(sib)) {
					rbSetBlack(rbLeft(sib), true)
					rbSetBlack(sib, false)
					t.rotateRight(sib)
					sib = rbRight(rbParent(x))
				}
				rbSetBlack(sib, rbIsBlack(rbParent(x)))
				rbSetBlack(rbParent(x), true)
				rbSetBlack(rbRight(sib), true)
				t.rotateLeft(rbParent(x))
				x = t.root
			}
		} else {
			sib := rbLeft(rbParent(x))
			if !rbIsBlack(sib) {
				rbSetBlack(sib, true)
				rbSetBlack(rbParent(x), false)
				t.rotateRight(rbParent(x))
				sib = rbLeft(rbParent(x))
			}
			if rbIsBlack(rbRight(sib)) && rbIsBlack(rbLeft(sib)) {
				rbSetBlack(sib, false)
				x = rbParent(x)
			} else {
				if rbIsBlack(rbLeft(sib)) {
					rbSetBlack(rbRight(sib), true)
					rbSetBlack(sib, false)
					t.rotateLeft(sib)
					sib = rbLeft(rbParent(x))
				}
				rbSetBlack(sib, rbIsBlack(rbParent(x)))
				rbSetBlack(rbParent(x), true)
				rbSetBlack(rbLeft(sib), true)
				t.rotateRight(rbParent(x))
				x = t.root
			}
		}
	}
	rbSetBlack(x, true)
}

// tmBound is one end of a view: none, or a key, inclusive or not.
type tmBound[K any] struct {
	set       bool
	key       K
	inclusive bool
}

// tmView is a window on the tree: the whole map (no bounds, ascending), or a sub-map or
// descending map. Every NavigableMap method works on a view.
type tmView[K, V any] struct {
	mapDefaults[K, V]
	t      *rbTree[K, V]
	lo, hi tmBound[K]
	desc   bool
}

func (v *tmView[K, V]) init(t *rbTree[K, V], lo, hi tmBound[K], desc bool) {
	v.t, v.lo, v.hi, v.desc = t, lo, hi, desc
	v.self = v
}

func newView[K, V any](t *rbTree[K, V], lo, hi tmBound[K], desc bool) *tmView[K, V] {
	v := &tmView[K, V]{}
	v.init(t, lo, hi, desc)
	return v
}

func (v *tmView[K, V]) whole() bool { return !v.lo.set && !v.hi.set }

func (v *tmView[K, V]) tooLow(key K) bool {
	if !v.lo.set {
		return false
	}
	c := v.t.cmp(key, v.lo.key)
	return c < 0 || (c == 0 && !v.lo.inclusive)
}

func (v *tmView[K, V]) tooHigh(key K) bool {
	if !v.hi.set {
		return false
	}
	c := v.t.cmp(key, v.hi.key)
	return c > 0 || (c == 0 && !v.hi.inclusive)
}

func (v *tmView[K, V]) inRange(key K) bool { return !v.tooLow(key) && !v.tooHigh(key) }

// inRangeIncl is NavigableSubMap.inRange(key, inclusive): a bound for a new view.
func (v *tmView[K, V]) inRangeIncl(key K, inclusive bool) bool {
	if inclusive {
		return v.inRange(key)
	}
	return (!v.lo.set || v.t.cmp(key, v.lo.key) >= 0) && (!v.hi.set || v.t.cmp(v.hi.key, key) >= 0)
}

// The absolute (ascending) navigation within the bounds.
func (v *tmView[K, V]) absLowest() *tmNode[K, V] {
	var e *tmNode[K, V]
	switch {
	case !v.lo.set:
		e = v.t.first()
	case v.lo.inclusive:
		e = v.t.ceiling(v.lo.key)
	default:
		e = v.t.higher(v.lo.key)
	}
	if e == nil || v.tooHigh(e.key) {
		return nil
	}
	return e
}

func (v *tmView[K, V]) absHighest() *tmNode[K, V] {
	var e *tmNode[K, V]
	switch {
	case !v.hi.set:
		e = v.t.last()
	case v.hi.inclusive:
		e = v.t.floor(v.hi.key)
	default:
		e = v.t.lower(v.hi.key)
	}
	if e == nil || v.tooLow(e.key) {
		return nil
	}
	return e
}

func (v *tmView[K, V]) absCeiling(key K) *tmNode[K, V] {
	if v.tooLow(key) {
		return v.absLowest()
	}
	if e := v.t.ceiling(key); e != nil && !v.tooHigh(e.key) {
		return e
	}
	return nil
}

func (v *tmView[K, V]) absHigher(key K) *tmNode[K, V] {
	if v.tooLow(key) {
		return v.absLowest()
	}
	if e := v.t.higher(key); e != nil && !v.tooHigh(e.key) {
		return e
	}
	return nil
}

func (v *tmView[K, V]) absFloor(key K) *tmNode[K, V] {
	if v.tooHigh(key) {
		return v.absHighest()
	}
	if e := v.t.floor(key); e != nil && !v.tooLow(e.key) {
		return e
	}
	return nil
}

func (v *tmView[K, V]) absLower(key K) *tmNode[K, V] {
	if v.tooHigh(key) {
		return v.absHighest()
	}
	if e := v.t.lower(key); e != nil && !v.tooLow(e.key) {
		return e
	}
	return nil
}

// The navigation in the view's own direction.
func (v *tmView[K, V]) firstNode() *tmNode[K, V] {
	if v.desc {
		return v.absHighest()
	}
	return v.absLowest()
}

func (v *tmView[K, V]) lastNode() *tmNode[K, V] {
	if v.desc {
		return v.absLowest()
	}
	return v.absHighest()
}

func (v *tmView[K, V]) lowerNode(key K) *tmNode[K, V] {
	if v.desc {
		return v.absHigher(key)
	}
	return v.absLower(key)
}

func (v *tmView[K, V]) floorNode(key K) *tmNode[K, V] {
	if v.desc {
		return v.absCeiling(key)
	}
	return v.absFloor(key)
}

func (v *tmView[K, V]) ceilingNode(key K) *tmNode[K, V] {
	if v.desc {
		return v.absFloor(key)
	}
	return v.absCeiling(key)
}

func (v *tmView[K, V]) higherNode(key K) *tmNode[K, V] {
	if v.desc {
		return v.absLower(key)
	}
	return v.absHigher(key)
}

// step moves to the next node in the view's direction, nil past its end.
func (v *tmView[K, V]) step(n *tmNode[K, V]) *tmNode[K, V] {
	if v.desc {
		n = rbPredecessor(n)
		if n == nil || v.tooLow(n.key) {
			return nil
		}
		return n
	}
	n = rbSuccessor(n)
	if n == nil || v.tooHigh(n.key) {
		return nil
	}
	return n
}

// tmIter is TreeMap's PrivateEntryIterator over a view.
type tmIter[K, V any] struct {
	v        *tmView[K, V]
	next     *tmNode[K, V]
	last     *tmNode[K, V]
	expected int32
}

func (v *tmView[K, V]) iter() *tmIter[K, V] {
	return &tmIter[K, V]{v: v, next: v.firstNode(), expected: v.t.modCount}
}

func (it *tmIter[K, V]) hasNext() bool { return it.next != nil }

func (it *tmIter[K, V]) nextNode() *tmNode[K, V] {
	e := it.next
	if e == nil {
		panic(NewNoSuchElementException())
	}
	if it.v.t.modCount != it.expected {
		panic(NewConcurrentModificationException())
	}
	it.next = it.v.step(e)
	it.last = e
	return e
}

func (it *tmIter[K, V]) remove() {
	if it.last == nil {
		panic(NewIllegalStateException())
	}
	if it.v.t.modCount != it.expected {
		panic(NewConcurrentModificationException())
	}
	// A node with two children is refilled from its successor (deleteNode): in an
	// ascending walk that successor is the next node, so it is now it.last.
	if !it.v.desc && it.last.left != nil && it.last.right != nil {
		it.next = it.last
	}
	it.v.t.deleteNode(it.last)
	it.expected = it.v.t.modCount
	it.last = nil
}

func (v *tmView[K, V]) nodes() iter.Seq[*tmNode[K, V]] {
	return func(yield func(*tmNode[K, V]) bool) {
		it := v.iter()
		for it.hasNext() {
			if !yield(it.nextNode()) {
				return
			}
		}
	}
}

// Size is Map.size() (a sub-map counts its keys).
func (v *tmView[K, V]) Size() int32 {
	if v.whole() {
		return v.t.size
	}
	n := int32(0)
	for e := v.firstNode(); e != nil; e = v.step(e) {
		n++
	}
	return n
}

// IsEmpty is Map.isEmpty().
func (v *tmView[K, V]) IsEmpty() bool { return v.firstNode() == nil }

// ContainsKey is Map.containsKey(Object).
func (v *tmView[K, V]) ContainsKey(key any) bool {
	k := keyOf[K](key)
	return v.inRange(k) && v.t.getNode(k) != nil
}

// ContainsValue is Map.containsValue(Object).
func (v *tmView[K, V]) ContainsValue(value any) bool {
	for e := v.firstNode(); e != nil; e = v.step(e) {
		if Equals(value, e.value) {
			return true
		}
	}
	return false
}

// Get is Map.get(Object): the zero value (null) when absent.
func (v *tmView[K, V]) Get(key any) V {
	k := keyOf[K](key)
	if v.inRange(k) {
		if e := v.t.getNode(k); e != nil {
			return e.value
		}
	}
	zero := Null[V]()
	return zero
}

// Put is Map.put(K, V); a view throws IllegalArgumentException "key out of range".
func (v *tmView[K, V]) Put(key K, value V) V {
	if !v.inRange(key) {
		panic(NewIllegalArgumentException2("key out of range"))
	}
	old, _ := v.t.put(key, value)
	return old
}

// Remove is Map.remove(Object).
func (v *tmView[K, V]) Remove(key any) V {
	zero := Null[V]()
	k := keyOf[K](key)
	if !v.inRange(k) {
		return zero
	}
	e := v.t.getNode(k)
	if e == nil {
		return zero
	}
	old := e.value
	v.t.deleteNode(e)
	return old
}

// PutAll is Map.putAll(Map).
func (v *tmView[K, V]) PutAll(m Map[K, V]) {
	requireNonNullArg(m)
	for k, val := range m.All() {
		v.Put(k, val)
	}
}

// Clear is Map.clear().
func (v *tmView[K, V]) Clear() {
	if v.whole() {
		v.t.modCount++
		v.t.size = 0
		v.t.root = nil
		return
	}
	it := v.iter()
	for it.hasNext() {
		it.nextNode()
		it.remove()
	}
}

// ForEach is Map.forEach(BiConsumer).
func (v *tmView[K, V]) ForEach(action BiConsumer[K, V]) {
	requireNonNullArg(action)
	mc := v.t.modCount
	for e := v.firstNode(); e != nil; e = v.step(e) {
		action.Accept(e.key, e.value)
		if mc != v.t.modCount {
			panic(NewConcurrentModificationException())
		}
	}
}

// ReplaceAll is Map.replaceAll(BiFunction).
func (v *tmView[K, V]) ReplaceAll(function BiFunction[K, V, V]) {
	requireNonNullArg(function)
	mc := v.t.modCount
	for e := v.firstNode(); e != nil; e = v.step(e) {
		e.value = function.Apply(e.key, e.value)
		if mc != v.t.modCount {
			panic(NewConcurrentModificationException())
		}
	}
}

// All ranges over the mappings in the view's order.
func (v *tmView[K, V]) All() iter.Seq2[K, V] {
	return func(yield func(K, V) bool) {
		for e := range v.nodes() {
			if !yield(e.key, e.value) {
				return
			}
		}
	}
}

// Comparator is SortedMap.comparator() (reversed for a descending view).
func (v *tmView[K, V]) Comparator() Comparator[K] {
	if v.desc {
		return CollectionsReverseOrderOf(v.t.comparator)
	}
	return v.t.comparator
}

func keyOrThrow[K, V any](n *tmNode[K, V]) K {
	if n == nil {
		panic(NewNoSuchElementException())
	}
	return n.key
}

func keyOrNull[K, V any](n *tmNode[K, V]) K {
	if n == nil {
		zero := Null[K]()
		return zero
	}
	return n.key
}

// FirstKey is SortedMap.firstKey().
func (v *tmView[K, V]) FirstKey() K { return keyOrThrow(v.firstNode()) }

// LastKey is SortedMap.lastKey().
func (v *tmView[K, V]) LastKey() K { return keyOrThrow(v.lastNode()) }

// FirstEntry is NavigableMap.firstEntry().
func (v *tmView[K, V]) FirstEntry() MapEntry[K, V] { return v.firstNode().snapshot() }

// LastEntry is NavigableMap.lastEntry().
func (v *tmView[K, V]) LastEntry() MapEntry[K, V] { return v.lastNode().snapshot() }

// PollFirstEntry is NavigableMap.pollFirstEntry().
func (v *tmView[K, V]) PollFirstEntry() MapEntry[K, V] { return v.poll(v.firstNode()) }

// PollLastEntry is NavigableMap.pollLastEntry().
func (v *tmView[K, V]) PollLastEntry() MapEntry[K, V] { return v.poll(v.lastNode()) }

func (v *tmView[K, V]) poll(n *tmNode[K, V]) MapEntry[K, V] {
	e := n.snapshot()
	if n != nil {
		v.t.deleteNode(n)
	}
	return e
}

// LowerEntry is NavigableMap.lowerEntry(K).
func (v *tmView[K, V]) LowerEntry(key K) MapEntry[K, V] { return v.lowerNode(key).snapshot() }

// LowerKey is NavigableMap.lowerKey(K).
func (v *tmView[K, V]) LowerKey(key K) K { return keyOrNull(v.lowerNode(key)) }

// FloorEntry is NavigableMap.floorEntry(K).
func (v *tmView[K, V]) FloorEntry(key K) MapEntry[K, V] { return v.floorNode(key).snapshot() }

// FloorKey is NavigableMap.floorKey(K).
func (v *tmView[K, V]) FloorKey(key K) K { return keyOrNull(v.floorNode(key)) }

// CeilingEntry is NavigableMap.ceilingEntry(K).
func (v *tmView[K, V]) CeilingEntry(key K) MapEntry[K, V] { return v.ceilingNode(key).snapshot() }

// CeilingKey is NavigableMap.ceilingKey(K).
func (v *tmView[K, V]) CeilingKey(key K) K { return keyOrNull(v.ceilingNode(key)) }

// HigherEntry is NavigableMap.higherEntry(K).
func (v *tmView[K, V]) HigherEntry(key K) MapEntry[K, V] { return v.higherNode(key).snapshot() }

// HigherKey is NavigableMap.higherKey(K).
func (v *tmView[K, V]) HigherKey(key K) K { return keyOrNull(v.higherNode(key)) }

// sub makes a view with new bounds given in the view's own direction.
func (v *tmView[K, V]) sub(from tmBound[K], to tmBound[K]) *tmView[K, V] {
	if from.set && to.set {
		lo, hi := from, to
		if v.desc {
			lo, hi = to, from
		}
		if v.t.cmp(lo.key, hi.key) > 0 {
			panic(NewIllegalArgumentException2("fromKey > toKey"))
		}
	}
	if from.set && !v.inRangeIncl(from.key, from.inclusive) {
		panic(NewIllegalArgumentException2("fromKey out of range"))
	}
	if to.set && !v.inRangeIncl(to.key, to.inclusive) {
		panic(NewIllegalArgumentException2("toKey out of range"))
	}
	lo, hi := v.lo, v.hi
	if v.desc {
		from, to = to, from
	}
	if from.set {
		lo = from
	}
	if to.set {
		hi = to
	}
	if v.whole() {
		// Java checks the keys' type (and null) even when a bound is open.
		if lo.set {
			v.t.cmp(lo.key, lo.key)
		}
		if hi.set {
			v.t.cmp(hi.key, hi.key)
		}
	}
	return newView(v.t, lo, hi, v.desc)
}

// HeadMap is SortedMap.headMap(K).
func (v *tmView[K, V]) HeadMap(toKey K) SortedMap[K, V] { return v.HeadMapInclusive(toKey, false) }

// TailMap is SortedMap.tailMap(K).
func (v *tmView[K, V]) TailMap(fromKey K) SortedMap[K, V] { return v.TailMapInclusive(fromKey, true) }

// SubMap is SortedMap.subMap(K, K).
func (v *tmView[K, V]) SubMap(fromKey, toKey K) SortedMap[K, V] {
	return v.SubMapInclusive(fromKey, true, toKey, false)
}

// HeadMapInclusive is NavigableMap.headMap(K, boolean).
func (v *tmView[K, V]) HeadMapInclusive(toKey K, inclusive bool) NavigableMap[K, V] {
	return v.sub(tmBound[K]{}, tmBound[K]{true, toKey, inclusive})
}

// TailMapInclusive is NavigableMap.tailMap(K, boolean).
func (v *tmView[K, V]) TailMapInclusive(fromKey K, inclusive bool) NavigableMap[K, V] {
	return v.sub(tmBound[K]{true, fromKey, inclusive}, tmBound[K]{})
}

// SubMapInclusive is NavigableMap.subMap(K, boolean, K, boolean).
func (v *tmView[K, V]) SubMapInclusive(fromKey K, fromInclusive bool, toKey K, toInclusive bool) NavigableMap[K, V] {
	return v.sub(tmBound[K]{true, fromKey, fromInclusive}, tmBound[K]{true, toKey, toInclusive})
}

// DescendingMap is NavigableMap.descendingMap().
func (v *tmView[K, V]) DescendingMap() NavigableMap[K, V] { return newView(v.t, v.lo, v.hi, !v.desc) }

// KeySet is Map.keySet(): a NavigableSet view.
func (v *tmView[K, V]) KeySet() Set[K] { return v.NavigableKeySet() }

// NavigableKeySet is NavigableMap.navigableKeySet().
func (v *tmView[K, V]) NavigableKeySet() NavigableSet[K] { return newTreeKeySet[K, V](v, nil) }

// DescendingKeySet is NavigableMap.descendingKeySet().
func (v *tmView[K, V]) DescendingKeySet() NavigableSet[K] {
	return newTreeKeySet[K, V](newView(v.t, v.lo, v.hi, !v.desc), nil)
}

// Values is Map.values(): a view.
func (v *tmView[K, V]) Values() Collection[V] {
	c := &tmValues[K, V]{v: v}
	c.self = c
	return c
}

// EntrySet is Map.entrySet(): a view whose entries write through.
func (v *tmView[K, V]) EntrySet() Set[MapEntry[K, V]] {
	s := &tmEntrySet[K, V]{v: v}
	s.self = s
	return s
}

// Equals is AbstractMap.equals(Object).
func (v *tmView[K, V]) Equals(o any) bool { return mapEquals[K, V](v, o) }

// HashCode is AbstractMap.hashCode().
func (v *tmView[K, V]) HashCode() int32 { return mapHashCode(v.All()) }

// String is AbstractMap.toString().
func (v *tmView[K, V]) String() string { return mapString(v.All(), v) }

// tmProjIter is the iterator of the views: the tree iterator, projected.
type tmProjIter[K, V, E any] struct {
	tmIter[K, V]
	proj func(*tmNode[K, V]) E
}

func (it *tmProjIter[K, V, E]) HasNext() bool { return it.hasNext() }
func (it *tmProjIter[K, V, E]) Next() E       { return it.proj(it.nextNode()) }
func (it *tmProjIter[K, V, E]) Remove()       { it.remove() }
func (it *tmProjIter[K, V, E]) ForEachRemaining(action Consumer[E]) {
	IteratorForEachRemaining[E](it, action)
}

func tmKey[K, V any](n *tmNode[K, V]) K                { return n.key }
func tmValue[K, V any](n *tmNode[K, V]) V              { return n.value }
func tmEntry[K, V any](n *tmNode[K, V]) MapEntry[K, V] { return n }

// tmValues is TreeMap.Values.
type tmValues[K, V any] struct {
	abstractCollection[V]
	v *tmView[K, V]
}

func (c *tmValues[K, V]) Size() int32         { return c.v.Size() }
func (c *tmValues[K, V]) Contains(o any) bool { return c.v.ContainsValue(o) }
func (c *tmValues[K, V]) Clear()              { c.v.Clear() }
func (c *tmValues[K, V]) Iterator() Iterator[V] {
	return &tmProjIter[K, V, V]{*c.v.iter(), tmValue[K, V]}
}
func (c *tmValues[K, V]) All() iter.Seq[V] { return seqMap(c.v.nodes(), tmValue[K, V]) }

// tmEntrySet is TreeMap.EntrySet.
type tmEntrySet[K, V any] struct {
	abstractSet[MapEntry[K, V]]
	v *tmView[K, V]
}

func (s *tmEntrySet[K, V]) Size() int32 { return s.v.Size() }
func (s *tmEntrySet[K, V]) Clear()      { s.v.Clear() }
func (s *tmEntrySet[K, V]) Iterator() Iterator[MapEntry[K, V]] {
	return &tmProjIter[K, V, MapEntry[K, V]]{*s.v.iter(), tmEntry[K, V]}
}
func (s *tmEntrySet[K, V]) All() iter.Seq[MapEntry[K, V]] { return seqMap(s.v.nodes(), tmEntry[K, V]) }
func (s *tmEntrySet[K, V]) node(o any) *tmNode[K, V] {
	k, val, ok := entryKeyValue[K, V](o)
	if !ok {
		return nil
	}
	key, isK := k.(K)
	if !isK && !isNull(k) {
		return nil
	}
	if !s.v.inRange(key) {
		return nil
	}
	if n := s.v.t.getNode(key); n != nil && Equals(n.value, val) {
		return n
	}
	return nil
}
func (s *tmEntrySet[K, V]) Contains(o any) bool { return s.node(o) != nil }
func (s *tmEntrySet[K, V]) Remove(o any) bool {
	if n := s.node(o); n != nil {
		s.v.t.deleteNode(n)
		return true
	}
	return false
}

// treeKeySet is TreeMap.KeySet (a NavigableSet view of a map's keys) and the body of
// TreeSet, whose add puts the key (add is nil for a map's key set: unsupported).
type treeKeySet[K, V any] struct {
	abstractSet[K]
	v   *tmView[K, V]
	add func(K) bool
}

func newTreeKeySet[K, V any](v *tmView[K, V], add func(K) bool) *treeKeySet[K, V] {
	s := &treeKeySet[K, V]{v: v, add: add}
	s.self = s
	return s
}

// Size is Set.size().
func (s *treeKeySet[K, V]) Size() int32 { return s.v.Size() }

// IsEmpty is Set.isEmpty().
func (s *treeKeySet[K, V]) IsEmpty() bool { return s.v.IsEmpty() }

// Contains is Set.contains(Object).
func (s *treeKeySet[K, V]) Contains(o any) bool { return s.v.ContainsKey(o) }

// Add is Set.add(E) (UnsupportedOperationException on a map's key set).
func (s *treeKeySet[K, V]) Add(e K) bool {
	if s.add == nil {
		panic(unsupportedOp())
	}
	if !s.v.inRange(e) {
		panic(NewIllegalArgumentException2("key out of range"))
	}
	return s.add(e)
}

// Remove is Set.remove(Object).
func (s *treeKeySet[K, V]) Remove(o any) bool {
	k := keyOf[K](o)
	if !s.v.inRange(k) {
		return false
	}
	if n := s.v.t.getNode(k); n != nil {
		s.v.t.deleteNode(n)
		return true
	}
	return false
}

// Clear is Set.clear().
func (s *treeKeySet[K, V]) Clear() { s.v.Clear() }

// Iterator is Set.iterator(): ascending (descending for a descending set).
func (s *treeKeySet[K, V]) Iterator() Iterator[K] {
	return &tmProjIter[K, V, K]{*s.v.iter(), tmKey[K, V]}
}

// All ranges over the keys.
func (s *treeKeySet[K, V]) All() iter.Seq[K] { return seqMap(s.v.nodes(), tmKey[K, V]) }

// Comparator is SortedSet.comparator().
func (s *treeKeySet[K, V]) Comparator() Comparator[K] { return s.v.Comparator() }

// First is SortedSet.first().
func (s *treeKeySet[K, V]) First() K { return s.v.FirstKey() }

// Last is SortedSet.last().
func (s *treeKeySet[K, V]) Last() K { return s.v.LastKey() }

// Lower is NavigableSet.lower(E).
func (s *treeKeySet[K, V]) Lower(e K) K { return s.v.LowerKey(e) }

// Floor is NavigableSet.floor(E).
func (s *treeKeySet[K, V]) Floor(e K) K { return s.v.FloorKey(e) }

// Ceiling is NavigableSet.ceiling(E).
func (s *treeKeySet[K, V]) Ceiling(e K) K { return s.v.CeilingKey(e) }

// Higher is NavigableSet.higher(E).
func (s *treeKeySet[K, V]) Higher(e K) K { return s.v.HigherKey(e) }

// PollFirst is NavigableSet.pollFirst(): the zero value (null) when empty.
func (s *treeKeySet[K, V]) PollFirst() K { return keyOrNull(s.pollNode(s.v.firstNode())) }

// PollLast is NavigableSet.pollLast().
func (s *treeKeySet[K, V]) PollLast() K { return keyOrNull(s.pollNode(s.v.lastNode())) }

func (s *treeKeySet[K, V]) pollNode(n *tmNode[K, V]) *tmNode[K, V] {
	if n == nil {
		return nil
	}
	k := &tmNode[K, V]{key: n.key}
	s.v.t.deleteNode(n)
	return k
}

func (s *treeKeySet[K, V]) wrap(v NavigableMap[K, V]) *treeKeySet[K, V] {
	return newTreeKeySet(v.(*tmView[K, V]), s.add)
}

// DescendingSet is NavigableSet.descendingSet().
func (s *treeKeySet[K, V]) DescendingSet() NavigableSet[K] { return s.wrap(s.v.DescendingMap()) }

// DescendingIterator is NavigableSet.descendingIterator().
func (s *treeKeySet[K, V]) DescendingIterator() Iterator[K] {
	return s.wrap(s.v.DescendingMap()).Iterator()
}

// HeadSet is SortedSet.headSet(E).
func (s *treeKeySet[K, V]) HeadSet(toElement K) SortedSet[K] {
	return s.HeadSetInclusive(toElement, false)
}

// TailSet is SortedSet.tailSet(E).
func (s *treeKeySet[K, V]) TailSet(fromElement K) SortedSet[K] {
	return s.TailSetInclusive(fromElement, true)
}

// SubSet is SortedSet.subSet(E, E).
func (s *treeKeySet[K, V]) SubSet(fromElement, toElement K) SortedSet[K] {
	return s.SubSetInclusive(fromElement, true, toElement, false)
}

// HeadSetInclusive is NavigableSet.headSet(E, boolean).
func (s *treeKeySet[K, V]) HeadSetInclusive(toElement K, inclusive bool) NavigableSet[K] {
	return s.wrap(s.v.HeadMapInclusive(toElement, inclusive))
}

// TailSetInclusive is NavigableSet.tailSet(E, boolean).
func (s *treeKeySet[K, V]) TailSetInclusive(fromElement K, inclusive bool) NavigableSet[K] {
	return s.wrap(s.v.TailMapInclusive(fromElement, inclusive))
}

// SubSetInclusive is NavigableSet.subSet(E, boolean, E, boolean).
func (s *treeKeySet[K, V]) SubSetInclusive(fromElement K, fromInclusive bool, toElement K, toInclusive bool) NavigableSet[K] {
	return s.wrap(s.v.SubMapInclusive(fromElement, fromInclusive, toElement, toInclusive))
}

// TreeMap is java.util.TreeMap<K, V>.
type TreeMap[K, V any] struct {
	tmView[K, V]
}

// NewTreeMap is the constructor TreeMap(): natural ordering.
func NewTreeMap[K, V any]() *TreeMap[K, V] { return NewTreeMapWith[K, V](nil) }

// NewTreeMapWith is the constructor TreeMap(Comparator) (nil: natural ordering).
func NewTreeMapWith[K, V any](comparator Comparator[K]) *TreeMap[K, V] {
	m := &TreeMap[K, V]{}
	m.init(newRBTree[K, V](comparator), tmBound[K]{}, tmBound[K]{}, false)
	m.self = m
	return m
}

// NewTreeMapFrom is the constructor TreeMap(Map<? extends K, ? extends V>): natural
// ordering, or the map's comparator when it is a SortedMap (TreeMap(SortedMap)).
func NewTreeMapFrom[K, V any](m Map[K, V]) *TreeMap[K, V] {
	requireNonNullArg(m)
	var c Comparator[K]
	if sm, ok := m.(SortedMap[K, V]); ok {
		c = sm.Comparator()
	}
	t := NewTreeMapWith[K, V](c)
	t.PutAll(m)
	return t
}

// Clone is TreeMap.clone(): a shallow copy.
func (m *TreeMap[K, V]) Clone() *TreeMap[K, V] { return NewTreeMapFrom[K, V](m) }

// Equals is AbstractMap.equals(Object).
func (m *TreeMap[K, V]) Equals(o any) bool { return mapEquals[K, V](m, o) }

// String is AbstractMap.toString().
func (m *TreeMap[K, V]) String() string { return mapString(m.All(), m) }

// TreeSet is java.util.TreeSet<E>: the keys of a TreeMap.
type TreeSet[E any] struct {
	treeKeySet[E, struct{}]
}

// NewTreeSet is the constructor TreeSet(): natural ordering.
func NewTreeSet[E any]() *TreeSet[E] { return NewTreeSetWith[E](nil) }

// NewTreeSetWith is the constructor TreeSet(Comparator).
func NewTreeSetWith[E any](comparator Comparator[E]) *TreeSet[E] {
	t := newRBTree[E, struct{}](comparator)
	s := &TreeSet[E]{}
	s.v = newView(t, tmBound[E]{}, tmBound[E]{}, false)
	s.add = func(e E) bool {
		_, present := t.put(e, struct{}{})
		return !present
	}
	s.self = s
	return s
}

// NewTreeSetFrom is the constructor TreeSet(Collection<? extends E>): natural ordering,
// or the set's comparator when it is a SortedSet (TreeSet(SortedSet)).
func NewTreeSetFrom[E any](c Collection[E]) *TreeSet[E] {
	requireNonNullCollection(c)
	var cmp Comparator[E]
	if ss, ok := c.(SortedSet[E]); ok {
		cmp = ss.Comparator()
	}
	s := NewTreeSetWith[E](cmp)
	for _, e := range c.ToArray() {
		s.Add(e)
	}
	return s
}

// Clone is TreeSet.clone(): a shallow copy.
func (s *TreeSet[E]) Clone() *TreeSet[E] { return NewTreeSetFrom[E](s) }
