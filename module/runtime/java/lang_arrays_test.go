package java

import (
	"math"
	"strings"
	"testing"
)

type byLength struct{}

func (byLength) Compare(a, b string) int32 { return StrLen(a) - StrLen(b) }

// Expected values printed by Java 17 (A1.java).
func TestArraysFollowJava(t *testing.T) {
	negZero := math.Copysign(0, -1)
	got := ArraysToString([]int32{1, 2}) + ArraysToString([]float64{1.0, negZero, math.NaN()}) + ArraysToString([]uint16{'a', 'b'}) +
		ArraysToString([]bool{true}) + ArraysToString([]float32{0.1}) + ArraysToString([]int64{}) + ArraysToString([]int32(nil)) +
		ArraysToString([]any{"x", nil}) + ArraysToString([]int8{-1})
	if want := "[1, 2][1.0, -0.0, NaN][a, b][true][0.1][]null[x, null][-1]"; got != want {
		t.Errorf("toString: %s\nwant      %s", got, want)
	}
	self := make([]any, 2)
	self[0], self[1] = "s", self
	got = ArraysDeepToString([]any{int32(1), []int32{2, 3}, [][]any{{"a"}, {"b", nil}}, nil}) + ArraysDeepToString(self) +
		ArraysDeepToString([][]string{{"x"}})
	if want := "[1, [2, 3], [[a], [b, null]], null][s, [...]][[x]]"; got != want {
		t.Errorf("deepToString: %s\nwant          %s", got, want)
	}
	hashes := []any{ArraysHashCode([]int32{1, 2, 3}), ArraysHashCode([]float64{1.5, negZero}), ArraysHashCode([]any{"a", nil}),
		ArraysHashCode([]int32(nil)), ArraysHashCode([]bool{true, false}), ArraysHashCode([]int64{1 << 40}),
		ArraysDeepHashCode([]any{[]int32{1}, "a"}), ObjectsHash(int32(1), "a", nil), ObjectsHash(), ObjectsHashCode(nil)}
	if got, want := joinStr(hashes), "30817 1057489857 3968 0 40359 287 2050 33759 1 0"; got != want {
		t.Errorf("hashCode: %s\nwant      %s", got, want)
	}
	eq := []any{ArraysEquals([]float64{math.NaN()}, []float64{math.NaN()}), ArraysEquals([]float64{0.0}, []float64{negZero}),
		ArraysEquals([]string{"a"}, []string{"a"}), ArraysDeepEquals([]any{[]int32{1}}, []any{[]int32{1}}),
		ArraysEquals([]any{[]int32{1}}, []any{[]int32{1}}), ObjectsDeepEquals([]int32{1}, []int32{1})}
	if got := joinStr(eq); got != "true false true true false true" {
		t.Errorf("equals: %s", got)
	}
	ds := []float64{3, negZero, math.NaN(), 0.0, -1, math.Inf(-1)}
	ArraysSort(ds)
	ss := []string{"b", "B", "a", "é", "A", "😀", "\uFFFF"}
	ArraysSort(ss)
	s2 := []string{"bb", "a", "ccc", "dd", "e"}
	ArraysSortCmp(s2, byLength{})
	is := []int32{5, 3, 9, 1, 7, 3}
	ArraysSort2(is, 1, 4)
	pts := []*point{{2, 1}, {1, 5}, {1, 2}}
	ArraysSort(pts)
	got = ArraysToString(ds) + ArraysToString(ss) + ArraysToString(s2) + ArraysToString(is) + ArraysToString(pts)
	if want := "[-Infinity, -1.0, -0.0, 0.0, 3.0, NaN][A, B, a, b, é, 😀, \uFFFF][a, e, bb, dd, ccc][5, 1, 3, 9, 7, 3][(1,2), (1,5), (2,1)]"; got != want {
		t.Errorf("sort: %s\nwant  %s", got, want)
	}
	sorted := []int32{1, 3, 3, 3, 5, 8}
	bs := []any{ArraysBinarySearch(sorted, 3), ArraysBinarySearch(sorted, 4), ArraysBinarySearch(sorted, 0), ArraysBinarySearch(sorted, 9),
		ArraysBinarySearch([]string{"a", "c"}, "b"), ArraysBinarySearch2(sorted, 1, 4, 3)}
	if got := joinStr(bs); got != "2 -5 -1 -7 -2 2" {
		t.Errorf("binarySearch: %s", got)
	}
	got = ArraysToString(ArraysCopyOf([]int32{1, 2}, 4)) + ArraysToString(ArraysCopyOf([]any{"a", "b"}, 1)) + ArraysToString(ArraysCopyOfRange([]int32{1, 2, 3}, 1, 5))
	if got != "[1, 2, 0, 0][a][2, 3, 0, 0]" {
		t.Errorf("copyOf: %s", got)
	}
	errs := []struct {
		f    func()
		want string
	}{
		{func() { ArraysCopyOf(make([]int32, 1), -1) }, "java.lang.NegativeArraySizeException: -1"},
		{func() { ArraysCopyOfRange(make([]int32, 3), 2, 1) }, "java.lang.IllegalArgumentException: 2 > 1"},
		{func() { ArraysCopyOfRange(make([]int32, 3), -1, 2) }, "java.lang.ArrayIndexOutOfBoundsException: arraycopy: source index -1 out of bounds for int[3]"},
		{func() { ArraysCopyOfRange(make([]int32, 3), 4, 5) }, "java.lang.ArrayIndexOutOfBoundsException: arraycopy: length -1 is negative"},
		{func() { ArraysFill2(make([]int32, 3), 2, 1, 0) }, "java.lang.IllegalArgumentException: fromIndex(2) > toIndex(1)"},
		{func() { ArraysFill2(make([]int32, 3), 0, 5, 0) }, "java.lang.ArrayIndexOutOfBoundsException: Array index out of range: 5"},
		{func() { ArraysFill2(make([]int32, 3), -1, 2, 0) }, "java.lang.ArrayIndexOutOfBoundsException: Array index out of range: -1"},
		{func() { ArraysSort2(make([]int32, 3), 0, 4) }, "java.lang.ArrayIndexOutOfBoundsException: Array index out of range: 4"},
		{func() { ObjectsRequireNonNull2[any](nil, "thing") }, "java.lang.NullPointerException: thing"},
		{func() { ObjectsRequireNonNull[*point](nil) }, "java.lang.NullPointerException"},
		{func() { ObjectsRequireNonNullElse[any](nil, nil) }, "java.lang.NullPointerException: defaultObj"},
		{func() { ObjectsCheckIndex(5, 3) }, "java.lang.IndexOutOfBoundsException: Index 5 out of bounds for length 3"},
		{func() { ObjectsCheckFromToIndex(2, 5, 3) }, "java.lang.IndexOutOfBoundsException: Range [2, 5) out of bounds for length 3"},
		{func() { ObjectsCheckFromIndexSize(2, 5, 3) }, "java.lang.IndexOutOfBoundsException: Range [2, 2 + 5) out of bounds for length 3"},
		{func() { SystemArraycopy(make([]int32, 3), 0, make([]int32, 2), 0, 3) }, "java.lang.ArrayIndexOutOfBoundsException: arraycopy: last destination index 3 out of bounds for int[2]"},
		{func() { SystemArraycopy(make([]string, 3), -1, make([]string, 2), 0, 3) }, "java.lang.ArrayIndexOutOfBoundsException: arraycopy: source index -1 out of bounds for object array[3]"},
	}
	for _, c := range errs {
		if got := Str(Try(c.f)); got != c.want {
			t.Errorf("got  %s\nwant %s", got, c.want)
		}
	}
	if _, ok := Try(func() { ArraysSort([]any{"a", int32(1)}) }).(ClassCastException); !ok {
		t.Error("sorting a String and an Integer: ClassCastException")
	}
	objs := []any{ObjectsToString(nil), ObjectsToString2(nil, "dflt"), ObjectsIsNull(nil), ObjectsNonNull(int32(1)),
		ObjectsRequireNonNullElse[any](nil, "e"), ObjectsEquals(nil, nil), ObjectsCompare("a", "b", byLength{})}
	if got := joinStr(objs); got != "null dflt true true e true 0" {
		t.Errorf("Objects: %s", got)
	}
	for _, c := range []struct {
		f    func()
		want string
	}{
		{func() { SystemArraycopy(make([]int32, 2), 0, make([]int64, 2), 0, 1) }, "java.lang.ArrayStoreException: arraycopy: type mismatch: can not copy int[] into long[]"},
		{func() { SystemArraycopy("s", 0, make([]int64, 2), 0, 1) }, "java.lang.ArrayStoreException: arraycopy: source type java.lang.String is not an array"},
	} {
		if got := Str(Try(c.f)); got != c.want {
			t.Errorf("got  %s\nwant %s", got, c.want)
		}
	}
	objs2 := make([]any, 2)
	SystemArraycopy([]string{"a", "b"}, 0, objs2, 0, 2)
	if ArraysToString(objs2) != "[a, b]" {
		t.Errorf("String[] into Object[]: %v", objs2)
	}
	overlap := []int32{1, 2, 3, 4, 5}
	SystemArraycopy(overlap, 0, overlap, 1, 4)
	if ArraysToString(overlap) != "[1, 1, 2, 3, 4]" {
		t.Errorf("overlapping arraycopy %v", overlap)
	}
}

func TestStringTokenizerFollowsJava(t *testing.T) {
	collect := func(st *StringTokenizer) string {
		parts := []string{IntStr(st.CountTokens())}
		for st.HasMoreTokens() {
			parts = append(parts, st.NextToken())
		}
		return strings.Join(parts, "|")
	}
	if got := collect(NewStringTokenizer3("a b\tc\nd  e")); got != "5|a|b|c|d|e" {
		t.Errorf("default delimiters: %s", got)
	}
	if got := collect(NewStringTokenizer("a,b;;c", ",;", true)); got != "6|a|,|b|;|;|c" {
		t.Errorf("returned delimiters: %s", got)
	}
	st := NewStringTokenizer2("a=1;b=2", ";")
	var b strings.Builder
	for st.HasMoreTokens() {
		k := st.NextToken2("=")
		v := st.NextToken2(";=")
		b.WriteString(k + "->" + v + " ")
	}
	if b.String() != "a->1 ;b->2 " {
		t.Errorf("nextToken(delim): %q", b.String())
	}
	if _, ok := Try(func() { NewStringTokenizer3("").NextToken() }).(NoSuchElementException); !ok {
		t.Error("no token left: NoSuchElementException")
	}
}

func TestArraysAsListStreamsAndStringStreams(t *testing.T) {
	arr := []string{"b", "a", "c"}
	l := ArraysAsList(arr...)
	l.Set(0, "z")
	if arr[0] != "z" || l.Size() != 3 || Str(l) != "[z, a, c]" {
		t.Errorf("asList writes through: %v %s", arr, Str(l))
	}
	if _, ok := Try(func() { l.Add("d") }).(UnsupportedOperationException); !ok {
		t.Error("asList is fixed-size")
	}
	if ArraysStream(arr).Count() != 3 || ArraysStreamInt([]int32{1, 2, 3}).Sum() != 6 {
		t.Error("Arrays.stream")
	}
	if StrChars("aé").Sum() != 'a'+'é' || StrLines("x\r\ny\nz").Count() != 3 {
		t.Error("chars/lines")
	}
	words := []string{"b", "A", "a", "B"}
	ArraysSortCmp(words, StringCaseInsensitiveOrder)
	if strings.Join(words, "") != "AabB" {
		t.Errorf("CASE_INSENSITIVE_ORDER sort: %v", words)
	}
}
