package java

import (
	"fmt"
	"hash/fnv"
	"reflect"
	"strconv"
	"strings"
)

// This file holds the helpers every migrated file uses on values of unknown shape: Java's
// equals, hashCode, String.valueOf and natural ordering over `any`, boxing, casts and
// instanceof. A boxed value reaches them either as the primitive (`int32` inside an `any`,
// the form collections use) or as a pointer (`*int32`, a variable declared `Integer`); both
// mean the same Java object, a nil pointer is Java's null.

// unboxed returns the primitive behind a boxed pointer (*int32 -> int32), nil for a nil
// boxed pointer, and v unchanged otherwise.
func unboxed(v any) any {
	switch p := v.(type) {
	case *int32:
		if p == nil {
			return nil
		}
		return *p
	case *int64:
		if p == nil {
			return nil
		}
		return *p
	case *float64:
		if p == nil {
			return nil
		}
		return *p
	case *bool:
		if p == nil {
			return nil
		}
		return *p
	case *uint16:
		if p == nil {
			return nil
		}
		return *p
	case *float32:
		if p == nil {
			return nil
		}
		return *p
	case *int16:
		if p == nil {
			return nil
		}
		return *p
	case *int8:
		if p == nil {
			return nil
		}
		return *p
	}
	return v
}

// isNull reports whether v is Java's null: a nil interface or a nil pointer, slice, map,
// channel or func inside one (Go keeps the type of a nil pointer stored in an interface).
func isNull(v any) bool {
	if v == nil {
		return true
	}
	switch s := v.(type) {
	case string:
		return IsNullString(s)
	case int32, int64, float64, bool, uint16, float32, int16, int8, int:
		return false
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Chan, reflect.Func, reflect.Interface, reflect.UnsafePointer:
		return rv.IsNil()
	}
	return false
}

// IsNull is `x == null` for a value of unknown shape: true for nil and for a nil pointer,
// slice or map stored in an interface.
func IsNull(v any) bool { return isNull(v) }

// Equals is java.util.Objects.equals(a, b): Java's equals with null handled (two nulls are
// equal). Boxed numbers are equal only to the same boxed type with the same value
// (Integer 1 is not Long 1), Double and Float compare by their bits as Double.equals does
// (NaN equals NaN, 0.0 is not -0.0), strings by content, objects with an
// `Equals(any) bool` method by that method, anything else by identity.
func Equals(a, b any) bool {
	a, b = unboxed(a), unboxed(b)
	switch x := a.(type) {
	case string:
		if IsNullString(x) {
			return isNull(b)
		}
		y, ok := b.(string)
		return ok && x == y
	case int32:
		y, ok := b.(int32)
		return ok && x == y
	case int64:
		y, ok := b.(int64)
		return ok && x == y
	case bool:
		y, ok := b.(bool)
		return ok && x == y
	case uint16:
		y, ok := b.(uint16)
		return ok && x == y
	case float64:
		y, ok := b.(float64)
		return ok && DoubleDoubleToLongBits(x) == DoubleDoubleToLongBits(y)
	case float32:
		y, ok := b.(float32)
		return ok && FloatFloatToIntBits(x) == FloatFloatToIntBits(y)
	case int16:
		y, ok := b.(int16)
		return ok && x == y
	case int8:
		y, ok := b.(int8)
		return ok && x == y
	}
	if isNull(a) || isNull(b) {
		return isNull(a) && isNull(b)
	}
	if e, ok := a.(interface{ Equals(any) bool }); ok {
		return e.Equals(b)
	}
	return identical(a, b)
}

// identical is Java's == on references: the same object.
func identical(a, b any) bool {
	ta, tb := reflect.TypeOf(a), reflect.TypeOf(b)
	if ta != tb {
		return false
	}
	if ta.Comparable() {
		return a == b
	}
	// Slices (Java arrays), maps and funcs: the same backing storage.
	va, vb := reflect.ValueOf(a), reflect.ValueOf(b)
	switch va.Kind() {
	case reflect.Slice:
		return va.Pointer() == vb.Pointer() && va.Len() == vb.Len()
	case reflect.Map, reflect.Func, reflect.Chan:
		return va.Pointer() == vb.Pointer()
	}
	return false
}

// Same is Java's `a == b` on two references of unknown shape (identity; boxed values and
// strings compare by value, as Go's == on them does).
func Same(a, b any) bool {
	if isNull(a) || isNull(b) {
		return isNull(a) && isNull(b)
	}
	return identical(a, b)
}

// HashCode is java.util.Objects.hashCode(o): 0 for null; String.hashCode over UTF-16 units;
// the hashCode of Integer, Long, Double, Float, Boolean, Character, Short and Byte; an
// object's `HashCode() int32` method; otherwise an identity hash.
func HashCode(a any) int32 {
	switch x := unboxed(a).(type) {
	case nil:
		return 0
	case string:
		return StrHashCode(x)
	case int32:
		return x
	case int64:
		return LongHashCode(x)
	case bool:
		return BooleanHashCode(x)
	case uint16:
		return int32(x)
	case float64:
		return DoubleHashCode(x)
	case float32:
		return FloatHashCode(x)
	case int16:
		return int32(x)
	case int8:
		return int32(x)
	case interface{ HashCode() int32 }:
		if isNull(x) {
			return 0
		}
		return x.HashCode()
	}
	return identityHash(a)
}

// identityHash is System.identityHashCode: derived from the address of the object (Go's
// heap objects do not move), mixed and kept non-negative like the JVM's 31-bit hashes.
// Values without an address (Go value types) hash their contents, consistent with ==.
func identityHash(v any) int32 {
	if isNull(v) {
		return 0
	}
	rv := reflect.ValueOf(v)
	switch rv.Kind() {
	case reflect.Pointer, reflect.Slice, reflect.Map, reflect.Chan, reflect.Func, reflect.UnsafePointer:
		h := uint64(rv.Pointer())
		h ^= h >> 33
		h *= 0xff51afd7ed558ccd
		h ^= h >> 33
		return int32(h & 0x7fffffff)
	}
	f := fnv.New32a()
	fmt.Fprintf(f, "%T:%v", v, v)
	return int32(f.Sum32() & 0x7fffffff)
}

// Str is String.valueOf(Object), the conversion of Java's string `+`: "null" for null,
// Java's spelling of numbers (DoubleStr, FloatStr), a char (uint16) as its character, a
// `String()` method's result, otherwise Object.toString's `ClassName@hexHash`.
func Str(a any) string {
	switch x := unboxed(a).(type) {
	case nil:
		return "null"
	case string:
		return S(x)
	case int32:
		return IntStr(x)
	case int64:
		return LongStr(x)
	case bool:
		return BoolStr(x)
	case uint16:
		return CharStr(x)
	case float64:
		return DoubleStr(x)
	case float32:
		return FloatStr(x)
	case int16:
		return IntStr(int32(x))
	case int8:
		return IntStr(int32(x))
	case int: // not a Java type, but a Go length may reach a string concatenation
		return strconv.Itoa(x)
	case fmt.Stringer:
		if isNull(x) {
			return "null"
		}
		return x.String()
	}
	if isNull(a) {
		return "null"
	}
	return ClassNameOf(a) + "@" + IntegerToHexString(HashCode(a))
}

// Compare is the natural ordering (Comparable.compareTo) of two values of unknown shape:
// numbers of the same boxed type by value (Double.compare for doubles), strings by UTF-16
// units as String.compareTo (same result values), booleans, enums by ordinal difference
// (Enum.compareTo), and objects
// with a `CompareTo` method. Null panics with NullPointerException and values of different
// types with ClassCastException, as Java's compareTo does.
func Compare(a, b any) int32 {
	a, b = unboxed(a), unboxed(b)
	if isNull(a) || isNull(b) {
		panic(NewNullPointerException())
	}
	switch x := a.(type) {
	case string:
		if y, ok := b.(string); ok {
			return StrCompareTo(x, y)
		}
	case int32:
		if y, ok := b.(int32); ok {
			return IntegerCompare(x, y)
		}
	case int64:
		if y, ok := b.(int64); ok {
			return LongCompare(x, y)
		}
	case float64:
		if y, ok := b.(float64); ok {
			return DoubleCompare(x, y)
		}
	case bool:
		if y, ok := b.(bool); ok {
			return BooleanCompare(x, y)
		}
	case uint16:
		if y, ok := b.(uint16); ok {
			return CharacterCompare(x, y)
		}
	case float32:
		if y, ok := b.(float32); ok {
			return FloatCompare(x, y)
		}
	case int16:
		if y, ok := b.(int16); ok {
			return ShortCompare(x, y)
		}
	case int8:
		if y, ok := b.(int8); ok {
			return ByteCompare(x, y)
		}
	case interface{ CompareTo(any) int32 }:
		return x.CompareTo(b)
	case interface{ Ordinal() int32 }:
		if y, ok := b.(interface{ Ordinal() int32 }); ok && reflect.TypeOf(a) == reflect.TypeOf(b) {
			return x.Ordinal() - y.Ordinal() // Enum.compareTo
		}
	default:
		// CompareTo(o T) with T the class's own type: found by reflection (the method
		// name is a constant, so the linker keeps its dead-code elimination).
		m := reflect.ValueOf(a).MethodByName("CompareTo")
		if m.IsValid() && m.Type().NumIn() == 1 && m.Type().NumOut() == 1 {
			in := m.Type().In(0)
			bv := reflect.ValueOf(b)
			if !bv.Type().AssignableTo(in) {
				panic(NewClassCastException2("class " + ClassNameOf(b) + " cannot be cast to class " + ClassNameOf(a)))
			}
			if out := m.Call([]reflect.Value{bv})[0]; out.Kind() == reflect.Int32 {
				return int32(out.Int())
			}
		}
	}
	switch a.(type) {
	case string, int32, int64, float64, bool, uint16, float32, int16, int8:
		// a's compareTo casts its argument to a's class
		panic(NewClassCastException2("class " + ClassNameOf(b) + " cannot be cast to class " + ClassNameOf(a)))
	}
	panic(NewClassCastException2("class " + ClassNameOf(a) + " cannot be cast to class java.lang.Comparable"))
}

// Comparable is java.lang.Comparable<T>: compareTo(T) -> CompareTo(o T) int32.
type Comparable[T any] interface {
	CompareTo(o T) int32
}

// CompareOf is Compare for two values of one static type T: a T that implements
// Comparable[T] is compared by its method directly, anything else through Compare.
func CompareOf[T any](a, b T) int32 {
	if c, ok := any(a).(Comparable[T]); ok && !isNull(c) {
		return c.CompareTo(b)
	}
	return Compare(a, b)
}

// NewBox is a boxed type's constructor (new Integer(5) and friends): always a new object,
// never one of the values Box shares, as `==` on the JVM sees it.
func NewBox[T any](v T) *T { return &v }

// Box is the boxing conversion (Integer.valueOf(int) and friends for a variable declared
// with a boxed type): a pointer to v, shared for the values Java caches (-128..127 for
// Integer, Long, Short and Byte, 0..127 for Character, and both Booleans), so that `==`
// on boxed values behaves as on the JVM.
func Box[T any](v T) *T {
	switch x := any(v).(type) {
	case int32:
		if x >= -128 && x <= 127 {
			return any(&boxCache.ints[x+128]).(*T)
		}
	case int64:
		if x >= -128 && x <= 127 {
			return any(&boxCache.longs[x+128]).(*T)
		}
	case bool:
		if x {
			return any(&boxCache.boolTrue).(*T)
		}
		return any(&boxCache.boolFalse).(*T)
	case uint16:
		if x <= 127 {
			return any(&boxCache.chars[x]).(*T)
		}
	case int16:
		if x >= -128 && x <= 127 {
			return any(&boxCache.shorts[x+128]).(*T)
		}
	case int8:
		return any(&boxCache.bytes[int(x)+128]).(*T)
	}
	return &v
}

// boxCache holds the boxed values Java's valueOf methods cache. Boxed values are never
// written through their pointers, so sharing them is safe.
var boxCache = func() (c struct {
	ints                [256]int32
	longs               [256]int64
	shorts              [256]int16
	bytes               [256]int8
	chars               [128]uint16
	boolTrue, boolFalse bool
}) {
	for i := range 256 {
		c.ints[i], c.longs[i], c.shorts[i], c.bytes[i] = int32(i-128), int64(i-128), int16(i-128), int8(i-128)
	}
	for i := range c.chars {
		c.chars[i] = uint16(i)
	}
	c.boolTrue = true
	return
}()

// Unbox is the unboxing conversion (intValue() and friends): the value behind p, a
// NullPointerException for null.
func Unbox[T any](p *T) T {
	if p == nil {
		panic(NewNullPointerException())
	}
	return *p
}

// Cast is Java's reference cast `(T) v`: null stays null (the zero T), a value of another
// type panics with ClassCastException. Boxed values convert between their two forms
// (an int32 in an `any` cast to *int32 and back).
func Cast[T any](v any) T {
	zero := Null[T]()
	if v == nil {
		return zero
	}
	if r, ok := v.(T); ok {
		if isNull(v) {
			return zero // a nil pointer of a class type: null, not an interface holding nil
		}
		return r
	}
	if isNull(v) {
		return zero
	}
	if r, ok := boxConvert[T](v); ok {
		return r
	}
	panic(NewClassCastException2(fmt.Sprintf("class %s cannot be cast to class %s", ClassNameOf(v), typeJavaName(reflect.TypeOf((*T)(nil)).Elem()))))
}

// boxConvert converts between a primitive in an `any` and its boxed pointer form.
func boxConvert[T any](v any) (T, bool) {
	var r T
	switch p := any(&r).(type) {
	case **int32:
		if x, ok := v.(int32); ok {
			*p = &x
			return r, true
		}
	case **int64:
		if x, ok := v.(int64); ok {
			*p = &x
			return r, true
		}
	case **float64:
		if x, ok := v.(float64); ok {
			*p = &x
			return r, true
		}
	case **bool:
		if x, ok := v.(bool); ok {
			*p = &x
			return r, true
		}
	case **uint16:
		if x, ok := v.(uint16); ok {
			*p = &x
			return r, true
		}
	case **float32:
		if x, ok := v.(float32); ok {
			*p = &x
			return r, true
		}
	case **int16:
		if x, ok := v.(int16); ok {
			*p = &x
			return r, true
		}
	case **int8:
		if x, ok := v.(int8); ok {
			*p = &x
			return r, true
		}
	default:
		u := unboxed(v)
		if x, ok := u.(T); ok && u != v {
			return x, true
		}
	}
	return r, false
}

// InstanceOf is Java's `v instanceof T`: false for null, true when v's type is T or
// implements it (a boxed value in either form is an instance of its boxed type).
func InstanceOf[T any](v any) bool {
	if isNull(v) {
		return false
	}
	if _, ok := v.(T); ok {
		return true
	}
	_, ok := boxConvert[T](v)
	return ok
}

// Up converts a class pointer to an interface type I it implements, keeping null null: Go
// would otherwise make a non-nil interface holding a nil pointer.
func Up[I any](p any) I {
	zero := Null[I]()
	if isNull(p) {
		return zero
	}
	return p.(I)
}

// javaClassNames maps the Go type name of the runtime's own types to their Java class
// name (getClass().getName()). Each area registers its types with registerClassNames.
var javaClassNames = map[string]string{}

// registerClassNames adds runtime types (Go name without type arguments -> Java name).
func registerClassNames(m map[string]string) {
	for k, v := range m {
		javaClassNames[k] = v
	}
}

// runtimePkgPath is this package's import path, to tell the runtime's types from others.
var runtimePkgPath = reflect.TypeOf(Once{}).PkgPath()

// ClassNameOf is getClass().getName() for a value of unknown shape. A type may say its
// Java name with a `JavaClassName() string` method (the translator gives one to each
// class whose Go name differs); boxed values, strings and arrays give Java's names
// (`java.lang.Integer`, `[I`); the runtime's types their JDK names; any other type its Go
// package path and type name, dotted.
func ClassNameOf(v any) string {
	if n, ok := v.(interface{ JavaClassName() string }); ok && !isNull(v) {
		return n.JavaClassName()
	}
	if v == nil {
		panic(NewNullPointerException())
	}
	return typeJavaName(reflect.TypeOf(v))
}

// SimpleNameOf is getClass().getSimpleName(): ClassNameOf after its last '.' or '$'.
func SimpleNameOf(v any) string {
	n := ClassNameOf(v)
	if strings.HasPrefix(n, "[") {
		return arrayElemSimple(n)
	}
	return simpleOf(n)
}

// simpleOf is getSimpleName() of a class name: after the last '.' or '$', without the
// digits javac puts before a local class's name (Main$1Local -> Local), so "" for an
// anonymous class (Main$1).
func simpleOf(n string) string {
	s := n[strings.LastIndexAny(n, ".$")+1:]
	if strings.LastIndexByte(n, '$') > strings.LastIndexByte(n, '.') {
		s = strings.TrimLeft(s, "0123456789")
	}
	return s
}

// primitiveNames are the element codes of array class names.
var primitiveNames = map[byte]string{'I': "int", 'J': "long", 'D': "double", 'F': "float", 'Z': "boolean", 'B': "byte", 'S': "short", 'C': "char"}

func arrayElemSimple(n string) string {
	depth := strings.LastIndexByte(n, '[') + 1
	elem := n[depth:]
	if s, ok := primitiveNames[elem[0]]; ok {
		elem = s
	} else {
		elem = strings.TrimSuffix(elem[1:], ";")
		elem = elem[strings.LastIndexAny(elem, ".$")+1:]
	}
	return elem + strings.Repeat("[]", depth)
}

// typeJavaName names a Go type as Java's Class.getName would.
func typeJavaName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "java.lang.String"
	case reflect.Int32:
		return "java.lang.Integer"
	case reflect.Int64:
		return "java.lang.Long"
	case reflect.Float64:
		return "java.lang.Double"
	case reflect.Float32:
		return "java.lang.Float"
	case reflect.Bool:
		return "java.lang.Boolean"
	case reflect.Uint16:
		return "java.lang.Character"
	case reflect.Int16:
		return "java.lang.Short"
	case reflect.Int8:
		return "java.lang.Byte"
	case reflect.Slice:
		return "[" + arrayElemCode(t.Elem())
	case reflect.Interface:
		if t.NumMethod() == 0 {
			return "java.lang.Object"
		}
	case reflect.Pointer:
		switch t.Elem().Kind() {
		case reflect.Int32, reflect.Int64, reflect.Float64, reflect.Float32, reflect.Bool, reflect.Uint16, reflect.Int16, reflect.Int8:
			return typeJavaName(t.Elem())
		}
		t = t.Elem()
	}
	name := t.Name()
	if i := strings.IndexByte(name, '['); i >= 0 {
		name = name[:i] // type arguments are erased in Java's class names
	}
	if t.PkgPath() == runtimePkgPath {
		if j, ok := javaClassNames[name]; ok {
			return j
		}
	}
	if t.Kind() == reflect.Struct && strings.HasSuffix(name, "Impl") && hasOwnSelf(t) {
		name = strings.TrimSuffix(name, "Impl") // the object model's struct behind interface C
	}
	if t.PkgPath() == "" {
		return name
	}
	return strings.ReplaceAll(t.PkgPath(), "/", ".") + "." + name
}

// hasOwnSelf reports whether struct t declares (not inherits) the object model's `self`.
func hasOwnSelf(t reflect.Type) bool {
	for i := 0; i < t.NumField(); i++ {
		if f := t.Field(i); f.Name == "self" && !f.Anonymous {
			return true
		}
	}
	return false
}

func arrayElemCode(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Int32:
		return "I"
	case reflect.Int64:
		return "J"
	case reflect.Float64:
		return "D"
	case reflect.Float32:
		return "F"
	case reflect.Bool:
		return "Z"
	case reflect.Uint16:
		return "C"
	case reflect.Int16:
		return "S"
	case reflect.Int8:
		return "B"
	case reflect.Slice:
		return "[" + arrayElemCode(t.Elem())
	}
	return "L" + typeJavaName(t) + ";"
}
