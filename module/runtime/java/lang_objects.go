package java

// java.util.Objects. Functions taking a Comparator or a Supplier accept any value with
// the interface's method (Compare(a, b T) int32, Get() T), so lambdas adapted by the
// functional-interface types work as well as comparator objects.

// ObjectsEquals is Objects.equals(Object, Object).
func ObjectsEquals(a, b any) bool { return Equals(a, b) }

// ObjectsDeepEquals is Objects.deepEquals(Object, Object): arrays compared element by
// element, deeply.
func ObjectsDeepEquals(a, b any) bool { return deepEquals(a, b) }

// ObjectsHashCode is Objects.hashCode(Object): 0 for null.
func ObjectsHashCode(o any) int32 { return HashCode(o) }

// ObjectsHash is Objects.hash(Object...): Arrays.hashCode of the arguments (1 for none).
func ObjectsHash(values ...any) int32 {
	if values == nil {
		return 1
	}
	return ArraysHashCode(values)
}

// ObjectsToString is Objects.toString(Object).
func ObjectsToString(o any) string { return Str(o) }

// ObjectsToString2 is Objects.toString(Object, String).
func ObjectsToString2(o any, nullDefault string) string {
	if isNull(o) {
		return nullDefault
	}
	return Str(o)
}

// ObjectsCompare is Objects.compare(T, T, Comparator): 0 for identical values, else the
// comparator's result.
func ObjectsCompare[T any](a, b T, c interface{ Compare(o1, o2 T) int32 }) int32 {
	if Same(a, b) {
		return 0
	}
	return c.Compare(a, b)
}

// ObjectsIsNull is Objects.isNull(Object).
func ObjectsIsNull(o any) bool { return isNull(o) }

// ObjectsNonNull is Objects.nonNull(Object).
func ObjectsNonNull(o any) bool { return !isNull(o) }

// ObjectsRequireNonNull is Objects.requireNonNull(T).
func ObjectsRequireNonNull[T any](obj T) T {
	if isNull(obj) {
		panic(NewNullPointerException())
	}
	return obj
}

// ObjectsRequireNonNull2 is Objects.requireNonNull(T, String).
func ObjectsRequireNonNull2[T any](obj T, message string) T {
	if isNull(obj) {
		panic(NewNullPointerException2(message))
	}
	return obj
}

// ObjectsRequireNonNull3 is Objects.requireNonNull(T, Supplier<String>).
func ObjectsRequireNonNull3[T any](obj T, messageSupplier interface{ Get() string }) T {
	if isNull(obj) {
		msg := ""
		if !isNull(messageSupplier) {
			msg = messageSupplier.Get()
		}
		panic(NewNullPointerException2(msg))
	}
	return obj
}

// ObjectsRequireNonNullElse is Objects.requireNonNullElse(T, T).
func ObjectsRequireNonNullElse[T any](obj, defaultObj T) T {
	if !isNull(obj) {
		return obj
	}
	return ObjectsRequireNonNull2(defaultObj, "defaultObj")
}

// ObjectsRequireNonNullElseGet is Objects.requireNonNullElseGet(T, Supplier<? extends T>).
func ObjectsRequireNonNullElseGet[T any](obj T, supplier interface{ Get() T }) T {
	if !isNull(obj) {
		return obj
	}
	s := ObjectsRequireNonNull2(supplier, "supplier")
	return ObjectsRequireNonNull2(s.Get(), "supplier.get()")
}

// ObjectsCheckIndex is Objects.checkIndex(int, int).
func ObjectsCheckIndex(index, length int32) int32 {
	if index < 0 || index >= length {
		panic(NewIndexOutOfBoundsException2("Index " + IntStr(index) + " out of bounds for length " + IntStr(length)))
	}
	return index
}

// ObjectsCheckFromToIndex is Objects.checkFromToIndex(int, int, int).
func ObjectsCheckFromToIndex(fromIndex, toIndex, length int32) int32 {
	if fromIndex < 0 || fromIndex > toIndex || toIndex > length {
		panic(NewIndexOutOfBoundsException2("Range [" + IntStr(fromIndex) + ", " + IntStr(toIndex) + ") out of bounds for length " + IntStr(length)))
	}
	return fromIndex
}

// ObjectsCheckFromIndexSize is Objects.checkFromIndexSize(int, int, int).
func ObjectsCheckFromIndexSize(fromIndex, size, length int32) int32 {
	if (length|fromIndex|size) < 0 || size > length-fromIndex {
		panic(NewIndexOutOfBoundsException2("Range [" + IntStr(fromIndex) + ", " + IntStr(fromIndex) + " + " + IntStr(size) + ") out of bounds for length " + IntStr(length)))
	}
	return fromIndex
}
