package java

// The lang and Arrays members whose results are R2's collection and stream types
// (util_*.go): Arrays.asList and Arrays.stream, String.chars/lines, and
// String.CASE_INSENSITIVE_ORDER.

// StringCaseInsensitiveOrder is String.CASE_INSENSITIVE_ORDER: compareToIgnoreCase.
var StringCaseInsensitiveOrder Comparator[string] = ComparatorFunc[string](CompareToIgnoreCase)

// StrChars is String.chars() (and CharSequence.chars()): the UTF-16 units as ints.
func StrChars(s string) IntStream {
	units := ToCharArray(s)
	ints := make([]int32, len(units))
	for i, u := range units {
		ints[i] = int32(u)
	}
	return IntStreamOf(ints...)
}

// StrCodePoints is String.codePoints() (and CharSequence.codePoints()): the code points
// as ints, a surrogate pair as one, a lone surrogate as itself.
func StrCodePoints(s string) IntStream {
	units := ToCharArray(s)
	points := make([]int32, 0, len(units))
	for i := 0; i < len(units); i++ {
		c := codePointAtUnits(units, i)
		if c > 0xFFFF {
			i++
		}
		points = append(points, c)
	}
	return IntStreamOf(points...)
}

// StrLines is String.lines(): the lines split at \n, \r or \r\n, without terminators.
func StrLines(s string) Stream[string] { return StreamOf(splitLines(s)...) }

// ArraysAsList is Arrays.asList(T...): a fixed-size list backed by the array (set writes
// through; add and remove throw UnsupportedOperationException).
func ArraysAsList[T any](a ...T) List[T] {
	if a == nil {
		a = []T{}
	}
	return NewArraysAsList(a)
}

// ArraysStream is Arrays.stream(T[]).
func ArraysStream[T any](array []T) Stream[T] {
	if array == nil {
		panic(NewNullPointerException())
	}
	return StreamOf(array...)
}

// ArraysStream2 is Arrays.stream(T[], int, int).
func ArraysStream2[T any](array []T, startInclusive, endExclusive int32) Stream[T] {
	ObjectsCheckFromToIndex(startInclusive, endExclusive, int32(len(array)))
	return StreamOf(array[startInclusive:endExclusive]...)
}

// ArraysStreamInt is Arrays.stream(int[]).
func ArraysStreamInt(array []int32) IntStream {
	if array == nil {
		panic(NewNullPointerException())
	}
	return IntStreamOf(array...)
}

// ArraysStreamLong is Arrays.stream(long[]).
func ArraysStreamLong(array []int64) LongStream {
	if array == nil {
		panic(NewNullPointerException())
	}
	return LongStreamOf(array...)
}

// ArraysStreamDouble is Arrays.stream(double[]).
func ArraysStreamDouble(array []float64) DoubleStream {
	if array == nil {
		panic(NewNullPointerException())
	}
	return DoubleStreamOf(array...)
}
