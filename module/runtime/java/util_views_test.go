package java

import (
	"strings"
	"testing"
)

// A List<Number> filled through a List<? super Integer> parameter, then read back whole.
func TestListAsWritesThroughAndKeepsTheListsText(t *testing.T) {
	numbers := NewArrayList[any]()
	numbers.Add(Box[float64](0.5))
	sink := ListAs[*int32](numbers)
	for i := int32(1); i <= 2; i++ {
		sink.Add(Box[int32](i))
	}
	sink.AddAt(0, Box[int32](7))
	if got := Str(sink) + " " + Str(numbers); got != "[7, 0.5, 1, 2] [7, 0.5, 1, 2]" {
		t.Fatalf("view and list: %s", got)
	}
	if sink.Size() != 4 || *sink.Get(2) != 1 || !sink.Contains(Box[int32](2)) {
		t.Fatalf("reads through the view: size %d", sink.Size())
	}
	if same := ListAs[any](List[any](numbers)); same != List[any](numbers) {
		t.Fatal("a list of the same type arguments is not wrapped")
	}
	if ListAs[*int32](List[any](nil)) != nil {
		t.Fatal("null stays null")
	}
}

// Java read the element as an Object; the view typed it narrower: a named marker, not a
// zero or a ClassCastException Java would not have thrown.
func TestAViewReadThatDoesNotHoldIsANamedMarker(t *testing.T) {
	numbers := NewArrayList[any]()
	numbers.Add(Box[float64](0.5))
	defer func() {
		msg, _ := recover().(string)
		if !strings.HasPrefix(msg, "l2j: not migrated: a ") || !strings.Contains(msg, "*int32") {
			t.Fatalf("panic %q", msg)
		}
	}()
	ListAs[*int32](numbers).Get(0)
}

func TestCollectionAsIteratesConverting(t *testing.T) {
	ints := NewArrayList[*int32]()
	ints.Add(Box[int32](3))
	ints.Add(nil)
	numbers := CollectionAs[any, *int32](ints)
	total := 0
	for e := range numbers.All() {
		if e != nil {
			total += int(*e.(*int32))
		}
	}
	numbers.Add(Box[int32](4))
	if total != 3 || numbers.Size() != 3 || Str(numbers) != "[3, null, 4]" {
		t.Fatalf("total %d, %s", total, Str(numbers))
	}
}

func TestAsAnyListSeesEveryListOfThisPackage(t *testing.T) {
	ints := NewArrayList[*int32]()
	ints.Add(Box[int32](5))
	for _, o := range []any{ints, CollectionsUnmodifiableList[*int32](ints), CollectionsSynchronizedList[*int32](ints), ListOf[string]("a", "b")} {
		l, ok := AsAnyList(o)
		if !ok || l.Size() == 0 || !IsList(o) {
			t.Fatalf("%s is a list", ClassNameOf(o))
		}
	}
	if l, _ := AsAnyList(ints); *l.Get(0).(*int32) != 5 {
		t.Fatal("element through the view")
	}
	for _, o := range []any{nil, "s", NewHashSet[any](), Box[int32](1)} {
		if IsList(o) {
			t.Fatalf("%v is not a list", o)
		}
	}
}
