package java

import (
	"math"
	"sync"
	"testing"
)

// Expected values come from Java 17 (OpenJDK 17.0.15): for each value,
// o.getClass().getName(), o.hashCode() and String.valueOf(o).
func TestHashCodeStrClassNameOfBoxedValues(t *testing.T) {
	cases := []struct {
		v    any
		cls  string
		hash int32
		str  string
	}{
		{"", "java.lang.String", 0, ""},
		{"hello", "java.lang.String", 99162322, "hello"},
		{"héllo wörld", "java.lang.String", 1628148953, "héllo wörld"},
		{"日本語", "java.lang.String", 25921943, "日本語"},
		{"😀x", "java.lang.String", 54959989, "😀x"},
		{int32(42), "java.lang.Integer", 42, "42"},
		{int32(-7), "java.lang.Integer", -7, "-7"},
		{IntegerMinValue, "java.lang.Integer", -2147483648, "-2147483648"},
		{int64(1) << 40, "java.lang.Long", 256, "1099511627776"},
		{int64(-1), "java.lang.Long", 0, "-1"},
		{3.5, "java.lang.Double", 1074528256, "3.5"},
		{math.Copysign(0, -1), "java.lang.Double", -2147483648, "-0.0"},
		{0.0, "java.lang.Double", 0, "0.0"},
		{math.NaN(), "java.lang.Double", 2146959360, "NaN"},
		{1e300, "java.lang.Double", -164130400, "1.0E300"},
		{float32(2.5), "java.lang.Float", 1075838976, "2.5"},
		{float32(math.Copysign(0, -1)), "java.lang.Float", -2147483648, "-0.0"},
		{float32(math.NaN()), "java.lang.Float", 2143289344, "NaN"},
		{true, "java.lang.Boolean", 1231, "true"},
		{false, "java.lang.Boolean", 1237, "false"},
		{uint16('A'), "java.lang.Character", 65, "A"},
		{uint16('é'), "java.lang.Character", 233, "é"},
		{int16(-3), "java.lang.Short", -3, "-3"},
		{int8(-128), "java.lang.Byte", -128, "-128"},
		{Box(int32(42)), "java.lang.Integer", 42, "42"},
		{Box(3.5), "java.lang.Double", 1074528256, "3.5"},
	}
	for _, c := range cases {
		if got := ClassNameOf(c.v); got != c.cls {
			t.Errorf("ClassNameOf(%#v) = %q, want %q", c.v, got, c.cls)
		}
		if got := HashCode(c.v); got != c.hash {
			t.Errorf("HashCode(%#v) = %d, want %d", c.v, got, c.hash)
		}
		if got := Str(c.v); got != c.str {
			t.Errorf("Str(%#v) = %q, want %q", c.v, got, c.str)
		}
	}
}

type point struct{ x, y int32 }

func (p *point) Equals(o any) bool {
	q, ok := o.(*point)
	return ok && q != nil && p.x == q.x && p.y == q.y
}
func (p *point) HashCode() int32 { return 31*p.x + p.y }
func (p *point) String() string  { return "(" + IntStr(p.x) + "," + IntStr(p.y) + ")" }
func (p *point) CompareTo(o *point) int32 {
	if c := IntegerCompare(p.x, o.x); c != 0 {
		return c
	}
	return IntegerCompare(p.y, o.y)
}

type plain struct{ n int }

func TestEqualsFollowsJavaBoxedEquality(t *testing.T) {
	p1, p2 := &plain{1}, &plain{1}
	var nilPoint *point
	cases := []struct {
		a, b any
		want bool
	}{
		{int32(1), int64(1), false}, // Integer.valueOf(1).equals(1L) is false
		{int32(1), Box(int32(1)), true},
		{0.0, math.Copysign(0, -1), false}, // Double.equals compares bits
		{math.NaN(), math.NaN(), true},
		{float32(math.NaN()), float32(math.NaN()), true},
		{"a", "a", true},
		{"a", uint16('a'), false},
		{nil, nil, true},
		{nil, (*int32)(nil), true},
		{nilPoint, nil, true},
		{"x", nil, false},
		{&point{1, 2}, &point{1, 2}, true},
		{&point{1, 2}, &point{2, 1}, false},
		{p1, p1, true},
		{p1, p2, false}, // identity
		{[]int32{1}, []int32{1}, false},
	}
	for _, c := range cases {
		if got := Equals(c.a, c.b); got != c.want {
			t.Errorf("Equals(%#v, %#v) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
	arr := []int32{1, 2}
	if !Equals(arr, arr) || !Same(arr, arr) || Same(p1, p2) {
		t.Error("identity of arrays and objects")
	}
}

func TestIdentityHashIsStableAndObjectToStringUsesIt(t *testing.T) {
	p := &plain{3}
	h := HashCode(p)
	if h != HashCode(p) || h != SystemIdentityHashCode(p) || h < 0 {
		t.Fatalf("identity hash %d not stable or negative", h)
	}
	want := "l2jgo.java.plain@" + IntegerToHexString(h)
	if got := Str(p); got != want {
		t.Errorf("Str = %q, want %q", got, want)
	}
	if got := Str((*point)(nil)); got != "null" {
		t.Errorf("Str(nil *point) = %q", got)
	}
	if got := Str(&point{1, 2}); got != "(1,2)" {
		t.Errorf("Str(point) = %q", got)
	}
	if got := HashCode(&point{1, 2}); got != 33 {
		t.Errorf("HashCode(point) = %d", got)
	}
	if got := Str([]int32{1})[:3]; got != "[I@" {
		t.Errorf("int[] toString prefix %q", got)
	}
}

func TestCompareIsNaturalOrdering(t *testing.T) {
	// "abc".compareTo("abd"), "abc".compareTo("ab"), "a".compareTo("b"),
	// "\uFFFF".compareTo("😀"), "é".compareTo("e"), "".compareTo("abc"),
	// Double.compare(0.0, -0.0), Double.compare(NaN, 1e300), Boolean.compare(true, false),
	// Character.compare('a', 'z'), Short.compare(5, -3) in Java 17:
	cases := []struct {
		a, b any
		want int32
	}{
		{"abc", "abd", -1}, {"abc", "ab", 1}, {"a", "b", -1}, {"\uFFFF", "😀", 10178},
		{"é", "e", 132}, {"", "abc", -3},
		{0.0, math.Copysign(0, -1), 1}, {math.NaN(), 1e300, 1}, {true, false, 1},
		{uint16('a'), uint16('z'), -25}, {int16(5), int16(-3), 8},
		{int32(3), Box(int32(4)), -1},
		{&point{1, 2}, &point{1, 3}, -1},
	}
	for _, c := range cases {
		if got := Compare(c.a, c.b); got != c.want {
			t.Errorf("Compare(%#v, %#v) = %d, want %d", c.a, c.b, got, c.want)
		}
	}
	if got := CompareOf(&point{2, 0}, &point{1, 9}); got != 1 {
		t.Errorf("CompareOf = %d", got)
	}
	for _, bad := range [][2]any{{int32(1), int64(1)}, {&plain{}, &plain{}}, {nil, "a"}} {
		if ex := Try(func() { Compare(bad[0], bad[1]) }); ex == nil {
			t.Errorf("Compare(%#v, %#v) did not throw", bad[0], bad[1])
		}
	}
	if _, ok := Try(func() { Compare(int32(1), "x") }).(ClassCastException); !ok {
		t.Error("Compare of Integer and String should throw ClassCastException")
	}
	if _, ok := Try(func() { Compare(nil, "x") }).(NullPointerException); !ok {
		t.Error("Compare with null should throw NullPointerException")
	}
}

type shape interface{ Area() int32 }
type square struct{ side int32 }

func (s *square) Area() int32 { return s.side * s.side }

func TestCastInstanceOfUpKeepNull(t *testing.T) {
	var any1 any = &square{3}
	if Cast[shape](any1).Area() != 9 || !InstanceOf[shape](any1) || !InstanceOf[*square](any1) {
		t.Error("cast of a square")
	}
	var nilSquare *square
	if Cast[shape](nilSquare) != nil || InstanceOf[shape](nilSquare) || InstanceOf[*square](nil) {
		t.Error("null must cast to null and be no instance")
	}
	if Up[shape](nilSquare) != nil || Up[shape](&square{2}).Area() != 4 {
		t.Error("Up")
	}
	if p := Cast[*int32](any(int32(5))); p == nil || *p != 5 {
		t.Error("boxing cast")
	}
	if v := Cast[int32](any(Box(int32(6)))); v != 6 {
		t.Error("unboxing cast")
	}
	if !InstanceOf[*int32](any(int32(5))) || InstanceOf[*int64](any(int32(5))) {
		t.Error("instanceof on boxed values")
	}
	ex := Try(func() { Cast[*square](any("s")) })
	if _, ok := ex.(ClassCastException); !ok || ex.Message() != "class java.lang.String cannot be cast to class l2jgo.java.square" {
		t.Errorf("ClassCastException expected, got %v", ex)
	}
	if _, ok := Try(func() { Unbox[int32](nil) }).(NullPointerException); !ok {
		t.Error("unboxing null must throw NullPointerException")
	}
	if Unbox(Box(int64(7))) != 7 {
		t.Error("Unbox(Box)")
	}
	// Java caches Integer.valueOf(-128..127): `Integer a = 127, b = 127; a == b` is true,
	// for 128 it is false.
	if IntegerValueOf(127) != Box(int32(127)) || IntegerValueOf(128) == IntegerValueOf(128) ||
		BooleanValueOf(true) != BooleanTrue || CharacterValueOf('a') != Box(uint16('a')) || *Box(int8(-128)) != -128 {
		t.Error("boxing cache")
	}
}

func TestSimpleNameOf(t *testing.T) {
	cases := map[string]any{
		"String": "s", "Integer": int32(1), "int[]": []int32{}, "String[][]": [][]string{},
		"IllegalStateException": NewIllegalStateException(), "plain": &plain{},
	}
	for want, v := range cases {
		if got := SimpleNameOf(v); got != want {
			t.Errorf("SimpleNameOf(%T) = %q, want %q", v, got, want)
		}
	}
}

func TestOnceRunsOnceIsReentrantAndWrapsFailures(t *testing.T) {
	var o Once
	n := 0
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			o.Do(func() { n++ })
		}()
	}
	wg.Wait()
	if n != 1 {
		t.Fatalf("ran %d times", n)
	}

	var r Once
	depth := 0
	r.Do(func() {
		depth++
		r.Do(func() { depth += 10 }) // recursive class init sees the class half-done
	})
	if depth != 1 {
		t.Errorf("reentrant Do ran the body again: %d", depth)
	}

	var f Once
	ex := Try(func() { f.Do(func() { panic(NewIllegalStateException2("boom")) }) })
	e, ok := ex.(ExceptionInInitializerError)
	if !ok || e.Cause().Message() != "boom" || e.String() != "java.lang.ExceptionInInitializerError" {
		t.Fatalf("want ExceptionInInitializerError caused by boom, got %v", ex)
	}
	ex = Try(func() { f.Do(func() {}) })
	if _, ok := ex.(NoClassDefFoundError); !ok {
		t.Errorf("second use of a failed class: %v", ex)
	}
	var g Once
	if _, ok := Try(func() { g.Do(func() { panic(NewStackOverflowError()) }) }).(StackOverflowError); !ok {
		t.Error("an Error from a static initializer is rethrown as is")
	}
}
