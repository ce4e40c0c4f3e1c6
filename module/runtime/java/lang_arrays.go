package java

import (
	"reflect"
	"slices"
	"strings"
)

// java.util.Arrays. Java overloads one method per element type (toString(int[]),
// toString(double[]), toString(Object[])...); here one generic function serves them all,
// with Java's per-type semantics (a double[] sorts -0.0 before 0.0 and NaN last; an
// Object[] sorts stably by natural ordering). Functions taking a Comparator accept any
// value with its Compare(a, b T) int32 method.

// ArraysToString is Arrays.toString(T[]) for every element type: "[1, 2]", "null".
func ArraysToString[T any](a []T) string {
	if a == nil {
		return "null"
	}
	var b strings.Builder
	b.WriteByte('[')
	for i, e := range a {
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(Str(e))
	}
	b.WriteByte(']')
	return b.String()
}

// ArraysDeepToString is Arrays.deepToString(Object[]): nested arrays spelled out, an
// array containing itself as "[...]".
func ArraysDeepToString[T any](a []T) string {
	if a == nil {
		return "null"
	}
	var b strings.Builder
	deepToString(&b, reflect.ValueOf(a), map[uintptr]bool{})
	return b.String()
}

func deepToString(b *strings.Builder, v reflect.Value, seen map[uintptr]bool) {
	ptr := v.Pointer()
	seen[ptr] = true
	b.WriteByte('[')
	for i := 0; i < v.Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		e := v.Index(i)
		if e.Kind() == reflect.Interface && !e.IsNil() {
			e = e.Elem()
		}
		switch {
		case e.Kind() == reflect.Slice && e.IsNil():
			b.WriteString("null")
		case e.Kind() == reflect.Slice && isPrimitiveKind(e.Type().Elem().Kind()):
			b.WriteString(Str(ArraysToString(sliceOfAny(e))))
		case e.Kind() == reflect.Slice && seen[e.Pointer()] && e.Len() > 0:
			b.WriteString("[...]")
		case e.Kind() == reflect.Slice:
			deepToString(b, e, seen)
		default:
			b.WriteString(Str(e.Interface()))
		}
	}
	b.WriteByte(']')
	delete(seen, ptr)
}

func isPrimitiveKind(k reflect.Kind) bool {
	switch k {
	case reflect.Int32, reflect.Int64, reflect.Int16, reflect.Int8, reflect.Uint16, reflect.Float32, reflect.Float64, reflect.Bool:
		return true
	}
	return false
}

func sliceOfAny(v reflect.Value) []any {
	out := make([]any, v.Len())
	for i := range out {
		out[i] = v.Index(i).Interface()
	}
	return out
}

// ArraysEquals is Arrays.equals(T[], T[]): same length and equal elements (doubles and
// floats by their bits, objects by equals).
func ArraysEquals[T any](a, b []T) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !Equals(a[i], b[i]) {
			return false
		}
	}
	return true
}

// ArraysDeepEquals is Arrays.deepEquals(Object[], Object[]).
func ArraysDeepEquals[T any](a, b []T) bool { return deepEquals(a, b) }

func deepEquals(a, b any) bool {
	if isNull(a) || isNull(b) {
		return isNull(a) && isNull(b)
	}
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	if va.Kind() != reflect.Slice || vb.Kind() != reflect.Slice {
		return Equals(a, b)
	}
	if va.Type() != vb.Type() && (isPrimitiveKind(va.Type().Elem().Kind()) || isPrimitiveKind(vb.Type().Elem().Kind())) {
		return false
	}
	if va.Len() != vb.Len() {
		return false
	}
	for i := 0; i < va.Len(); i++ {
		if !deepEquals(va.Index(i).Interface(), vb.Index(i).Interface()) {
			return false
		}
	}
	return true
}

// ArraysHashCode is Arrays.hashCode(T[]): 31*h + the element's hashCode, 0 for null.
func ArraysHashCode[T any](a []T) int32 {
	if a == nil {
		return 0
	}
	h := int32(1)
	for _, e := range a {
		h = 31*h + HashCode(e)
	}
	return h
}

// ArraysDeepHashCode is Arrays.deepHashCode(Object[]).
func ArraysDeepHashCode[T any](a []T) int32 {
	if a == nil {
		return 0
	}
	h := int32(1)
	for _, e := range a {
		h = 31*h + deepHash(e)
	}
	return h
}

func deepHash(e any) int32 {
	v := reflect.ValueOf(e)
	if isNull(e) || v.Kind() != reflect.Slice {
		return HashCode(e)
	}
	if isPrimitiveKind(v.Type().Elem().Kind()) {
		return ArraysHashCode(sliceOfAny(v))
	}
	return ArraysDeepHashCode(sliceOfAny(v))
}

// arraysRangeCheck is Arrays.rangeCheck.
func arraysRangeCheck(length int, fromIndex, toIndex int32) {
	if fromIndex > toIndex {
		panic(NewIllegalArgumentException2("fromIndex(" + IntStr(fromIndex) + ") > toIndex(" + IntStr(toIndex) + ")"))
	}
	if fromIndex < 0 {
		panic(NewArrayIndexOutOfBoundsExceptionIndex(fromIndex))
	}
	if int(toIndex) > length {
		panic(NewArrayIndexOutOfBoundsExceptionIndex(toIndex))
	}
}

// ArraysFill is Arrays.fill(T[], T).
func ArraysFill[T any](a []T, val T) {
	for i := range a {
		a[i] = val
	}
}

// ArraysFill2 is Arrays.fill(T[], int, int, T).
func ArraysFill2[T any](a []T, fromIndex, toIndex int32, val T) {
	arraysRangeCheck(len(a), fromIndex, toIndex)
	ArraysFill(a[fromIndex:toIndex], val)
}

// ArraysCopyOf is Arrays.copyOf(T[], int): truncated or padded with zero values (null, 0,
// false).
func ArraysCopyOf[T any](original []T, newLength int32) []T {
	if newLength < 0 {
		panic(NewNegativeArraySizeException2(IntStr(newLength)))
	}
	c := make([]T, newLength)
	copy(c, original)
	return c
}

// ArraysCopyOfRange is Arrays.copyOfRange(T[], int, int).
func ArraysCopyOfRange[T any](original []T, from, to int32) []T {
	newLength := to - from
	if newLength < 0 {
		panic(NewIllegalArgumentException2(IntStr(from) + " > " + IntStr(to)))
	}
	c := make([]T, newLength)
	SystemArraycopy(original, from, c, 0, min(int32(len(original))-from, newLength))
	return c
}

// sortPrimitives sorts arrays of primitives (and strings) as Arrays.sort does: ascending,
// floating point in Double.compare's total order (-0.0 < 0.0, NaN last). It reports
// false for other element types.
func sortPrimitives[T any](a []T) bool {
	switch s := any(a).(type) {
	case []int32:
		slices.Sort(s)
	case []int64:
		slices.Sort(s)
	case []int16:
		slices.Sort(s)
	case []int8:
		slices.Sort(s)
	case []uint16:
		slices.Sort(s)
	case []float64:
		slices.SortFunc(s, func(x, y float64) int { return int(DoubleCompare(x, y)) })
	case []float32:
		slices.SortFunc(s, func(x, y float32) int { return int(FloatCompare(x, y)) })
	case []string:
		slices.SortStableFunc(s, func(x, y string) int { return int(StrCompareTo(x, y)) })
	default:
		return false
	}
	return true
}

// ArraysSort is Arrays.sort(T[]): primitives ascending (floating point in Double.compare's
// order), objects stably by their natural ordering (ClassCastException if they have none).
func ArraysSort[T any](a []T) {
	if !sortPrimitives(a) {
		slices.SortStableFunc(a, func(x, y T) int { return int(CompareOf(x, y)) })
	}
}

// ArraysSort2 is Arrays.sort(T[], int, int).
func ArraysSort2[T any](a []T, fromIndex, toIndex int32) {
	arraysRangeCheck(len(a), fromIndex, toIndex)
	ArraysSort(a[fromIndex:toIndex])
}

// ArraysSortCmp is Arrays.sort(T[], Comparator<? super T>): stable; a null comparator
// means natural ordering.
func ArraysSortCmp[T any](a []T, c interface{ Compare(o1, o2 T) int32 }) {
	if isNull(c) {
		ArraysSort(a)
		return
	}
	slices.SortStableFunc(a, func(x, y T) int { return int(c.Compare(x, y)) })
}

// ArraysSortCmp2 is Arrays.sort(T[], int, int, Comparator<? super T>).
func ArraysSortCmp2[T any](a []T, fromIndex, toIndex int32, c interface{ Compare(o1, o2 T) int32 }) {
	arraysRangeCheck(len(a), fromIndex, toIndex)
	ArraysSortCmp(a[fromIndex:toIndex], c)
}

// ArraysBinarySearch is Arrays.binarySearch(T[], T): the index of key, or
// -(insertion point) - 1, found the way Java's loop finds it.
func ArraysBinarySearch[T any](a []T, key T) int32 {
	return binarySearch(a, 0, int32(len(a)), key, CompareOf[T])
}

// ArraysBinarySearch2 is Arrays.binarySearch(T[], int, int, T).
func ArraysBinarySearch2[T any](a []T, fromIndex, toIndex int32, key T) int32 {
	arraysRangeCheck(len(a), fromIndex, toIndex)
	return binarySearch(a, fromIndex, toIndex, key, CompareOf[T])
}

// ArraysBinarySearchCmp is Arrays.binarySearch(T[], T, Comparator<? super T>).
func ArraysBinarySearchCmp[T any](a []T, key T, c interface{ Compare(o1, o2 T) int32 }) int32 {
	if isNull(c) {
		return ArraysBinarySearch(a, key)
	}
	return binarySearch(a, 0, int32(len(a)), key, c.Compare)
}

func binarySearch[T any](a []T, from, to int32, key T, cmp func(x, y T) int32) int32 {
	low, high := from, to-1
	for low <= high {
		mid := int32(uint32(low+high) >> 1)
		switch c := cmp(a[mid], key); {
		case c < 0:
			low = mid + 1
		case c > 0:
			high = mid - 1
		default:
			return mid
		}
	}
	return -(low + 1)
}

// CloneArray is an array's clone(): a shallow copy (NullPointerException for null).
func CloneArray[T any](a []T) []T {
	if a == nil {
		panic(NewNullPointerException())
	}
	return append(make([]T, 0, len(a)), a...)
}

// ArraysSetAll is Arrays.setAll(T[], IntFunction<? extends T>).
func ArraysSetAll[T any](array []T, generator interface{ Apply(value int32) T }) {
	for i := range array {
		array[i] = generator.Apply(int32(i))
	}
}
