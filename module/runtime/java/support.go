package java

import (
	"math"
	"reflect"
	"unsafe"
)

// This file holds what the translator itself emits beside JDK members: Java's expression
// forms Go spells differently (the conditional operator, non-short-circuit boolean
// operators, floating remainder), multi-dimensional array creation, typed markers of what
// is not migrated, and try-with-resources' closing.

// nullByte gives NullString an address no other string has.
var nullByte byte

// NullString is Java's null as a String (Go strings cannot be nil): a one-byte string
// ("\x00") over nullByte, which IsNullString tells from every other string by its
// address. It is not empty on purpose: Go stores an empty string in an interface as a
// string with no address (runtime.convTstring), so an empty sentinel turned into "" in
// every `any` (println, a List<String>, Arrays.toString, a Throwable's message), while a
// non-empty string keeps its address there. It prints as "null" through Str and S, is not
// equal to "" (as in Java), and its hash code, "\x00".hashCode(), is 0 as null's is.
var NullString = unsafe.String(&nullByte, 1)

// IsNullString is `s == null` for a String.
func IsNullString(s string) bool { return len(s) == 1 && unsafe.StringData(s) == &nullByte }

// checkString throws NullPointerException where Java dereferences a null String.
func checkString(s string) {
	if len(s) == 1 && unsafe.StringData(s) == &nullByte {
		panic(NewNullPointerException())
	}
}

// S is a String as `+` and String.valueOf spell it: "null" for null.
func S(s string) string {
	if IsNullString(s) {
		return "null"
	}
	return s
}

// ArrayLen is the size of `new T[n]`: NegativeArraySizeException for a negative n.
func ArrayLen[N int8 | int16 | int32 | int64 | uint16 | int](n N) int {
	if n < 0 {
		panic(NewNegativeArraySizeException2(LongStr(int64(n))))
	}
	return int(n)
}

// ArrayAt is `a[i]` read with Java's check: ArrayIndexOutOfBoundsException naming the
// index and the length.
func ArrayAt[T any](a []T, i int32) T {
	if a == nil {
		panic(NewNullPointerException())
	}
	if i < 0 || int(i) >= len(a) {
		panic(NewArrayIndexOutOfBoundsException2("Index " + IntStr(i) + " out of bounds for length " + IntStr(int32(len(a)))))
	}
	return a[i]
}

// NewStringArray is `new String[n]`: every element null.
func NewStringArray(n int32) []string {
	a := make([]string, ArrayLen(n))
	for i := range a {
		a[i] = NullString
	}
	return a
}

// If is Java's `c ? a : b` where both branches are plain values (no side effects).
func If[T any](c bool, a, b T) T {
	if c {
		return a
	}
	return b
}

// Val is v: the translator reads a variable through it where Java's left-to-right order
// must hold against a later operand's side effect (`a + (a = 10)`), since Go orders the
// calls of an expression but not its plain variable reads.
func Val[T any](v T) T { return v }

// ArrayUp is a Java array seen as an array of a supertype (`(Object[]) strings`, a
// String[] passed as Object...): Go slices are not covariant, so the references are
// copied (writes through the copy do not reach the original). null stays null.
func ArrayUp[T, S any](a []S) []T {
	if a == nil {
		return nil
	}
	out := make([]T, len(a))
	for i, v := range a {
		if !isNull(v) {
			out[i] = any(v).(T)
		}
	}
	return out
}

// NonNull is v, or a NullPointerException when v is Java's null (a switch on a null
// String or enum).
func NonNull[T any](v T) T {
	if isNull(v) {
		panic(NewNullPointerException())
	}
	return v
}

// And is Java's non-short-circuit `a & b` on booleans: both sides are evaluated.
func And(a, b bool) bool { return a && b }

// Or is Java's non-short-circuit `a | b` on booleans: both sides are evaluated.
func Or(a, b bool) bool { return a || b }

// FMod is Java's `%` on doubles (the sign of the dividend, like C's fmod).
func FMod(a, b float64) float64 { return math.Mod(a, b) }

// Zero returns T's zero value at run time: `x / 0` in Java is an ArithmeticException when
// it runs, while Go rejects a constant zero divisor at compile time.
func Zero[T any]() T {
	var z T
	return z
}

// NaN is Double.NaN.
func NaN() float64 { return math.NaN() }

// Inf is positive (sign >= 0) or negative infinity.
func Inf(sign int) float64 { return math.Inf(sign) }

// NegZero is -0.0, which Go cannot write as a constant.
func NegZero() float64 { return math.Copysign(0, -1) }

// SameArray is `a == b` on Java arrays: the same array object (Go slices of one backing
// array with the same start and length), or both null.
func SameArray[T any](a, b []T) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return len(a) == len(b) && unsafe.SliceData(a) == unsafe.SliceData(b) &&
		(len(a) != 0 || cap(a) == cap(b))
}

// NewArray2 is Java's `new T[n][m]`. As on the JVM, every size is checked before anything
// is made (NegativeArraySizeException), and String elements start as null.
func NewArray2[T any](n, m int32) [][]T {
	size := ArrayLen(n)
	checkSizes(m)
	out := make([][]T, size)
	for i := range out {
		out[i] = newElems[T](m)
	}
	return out
}

// NewArray3 is Java's `new T[n][m][k]`.
func NewArray3[T any](n, m, k int32) [][][]T {
	size := ArrayLen(n)
	checkSizes(m, k)
	out := make([][][]T, size)
	for i := range out {
		out[i] = NewArray2[T](m, k)
	}
	return out
}

// NewArray4 is Java's `new T[n][m][k][l]`.
func NewArray4[T any](n, m, k, l int32) [][][][]T {
	size := ArrayLen(n)
	checkSizes(m, k, l)
	out := make([][][][]T, size)
	for i := range out {
		out[i] = NewArray3[T](m, k, l)
	}
	return out
}

// NewArray5 is Java's `new T[n][m][k][l][o]`.
func NewArray5[T any](n, m, k, l, o int32) [][][][][]T {
	size := ArrayLen(n)
	checkSizes(m, k, l, o)
	out := make([][][][][]T, size)
	for i := range out {
		out[i] = NewArray4[T](m, k, l, o)
	}
	return out
}

func checkSizes(sizes ...int32) {
	for _, n := range sizes {
		ArrayLen(n)
	}
}

// newElems is the innermost array of a `new T[n]...[m]`: T's zero values, null for String.
func newElems[T any](n int32) []T {
	out := make([]T, ArrayLen(n))
	if s, ok := any(out).([]string); ok {
		for i := range s {
			s[i] = NullString
		}
	}
	return out
}

// CloneSlice is `array.clone()`: a new array with the same elements.
func CloneSlice[T any](a []T) []T {
	if a == nil {
		panic(NewNullPointerException())
	}
	return append(make([]T, 0, len(a)), a...)
}

// CloseResource closes a try-with-resources resource as the statement ends: `panicking`
// is what the body threw (from recover, nil when it completed); an exception from close
// is added to it as suppressed, or thrown when the body completed normally.
func CloseResource(resource any, panicking any) {
	if !isNull(resource) {
		closer, ok := resource.(interface{ Close() })
		if !ok {
			closer = closeFunc(reflect.ValueOf(resource))
		}
		if panicking == nil {
			closer.Close()
			return
		}
		if t := Try(closer.Close); t != nil {
			if primary, ok := panicking.(Throwable); ok {
				primary.AddSuppressed(t)
			}
		}
	}
	if panicking != nil {
		panic(panicking)
	}
}

type closerFunc func()

func (f closerFunc) Close() { f() }

// closeFunc finds a Close method that returns something (a library's `Close() any`).
func closeFunc(v reflect.Value) interface{ Close() } {
	m := v.MethodByName("Close")
	if !m.IsValid() {
		panic(NewIllegalArgumentException2("not AutoCloseable: " + ClassNameOf(v.Interface())))
	}
	return closerFunc(func() { m.Call(nil) })
}

// Enum is java.lang.Enum as a type: any enum constant (each enum's struct embeds EnumImpl).
type Enum interface {
	Name() string
	Ordinal() int32
	String() string
}

// NotMigrated marks a statement the translator could not express: it panics with its
// message, which always starts with "l2j: not migrated:".
func NotMigrated(msg string) { panic(msg) }

// NotMigratedValue marks an expression the translator could not express, typed so the code
// around it still compiles.
func NotMigratedValue[T any](msg string) T { panic(msg) }

// plainObject is what `new Object()` makes: a value with an identity of its own (a lock, a
// sentinel). The field keeps two of them from sharing an address, as zero-size values may.
type plainObject struct{ _ byte }

// JavaClassName is getClass().getName().
func (*plainObject) JavaClassName() string { return "java.lang.Object" }

// NewObject is new Object().
func NewObject() any { return &plainObject{} }

// Null is Java's null as a value of T: NullString for a String, the zero value (nil) for
// every reference type else. Collections, atomics and casts answer it where Java answers null.
func Null[T any]() T {
	var z T
	if p, ok := any(&z).(*string); ok {
		*p = NullString
	}
	return z
}
