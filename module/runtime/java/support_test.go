package java

import "testing"

func TestNewObjectHasItsOwnIdentity(t *testing.T) {
	a, b := NewObject(), NewObject()
	if a == b {
		t.Fatal("two new Object() compare equal by ==")
	}
	if !Equals(a, a) || Equals(a, b) {
		t.Fatal("Object.equals is identity")
	}
	if got := ClassNameOf(a); got != "java.lang.Object" {
		t.Fatalf("getClass().getName() = %q", got)
	}
	// A monitor on it is reentrant, as synchronized (lock) { synchronized (lock) {} } needs.
	unlock := Lock(a)
	Lock(a)()
	unlock()
}

func TestNullOfAStringIsJavasNull(t *testing.T) {
	if s := Null[string](); !IsNullString(s) || S(s) != "null" {
		t.Fatalf("Null[string]() = %q, not Java's null", s)
	}
	if Null[*int32]() != nil || Null[any]() != nil {
		t.Fatal("Null of a reference type is nil")
	}
	m := NewHashMap[string, string]()
	if v := m.Get("missing"); !IsNullString(v) {
		t.Fatalf("HashMap<String,String>.get of a missing key = %q, Java gives null", v)
	}
	if v := Cast[string](nil); !IsNullString(v) {
		t.Fatalf("(String) null = %q", v)
	}
}

func TestNullStringStaysNullThroughAny(t *testing.T) {
	// Go stores an empty string in an interface without its address; NullString must
	// survive the trip (println(Object), a List<String>, a Throwable's message).
	var boxed any = NullString
	if !IsNull(boxed) || Str(boxed) != "null" || !IsNullString(boxed.(string)) {
		t.Fatalf("NullString through any = %q, not Java's null", Str(boxed))
	}
	if got := ArraysToString(NewStringArray(2)); got != "[null, null]" {
		t.Fatalf("Arrays.toString(new String[2]) = %q", got)
	}
	if !Equals(NullString, nil) || !Equals(nil, NullString) || Equals("", NullString) || Equals(NullString, "") {
		t.Fatal("Objects.equals: null equals only null, and \"\" is not null")
	}
	if HashCode(NullString) != 0 {
		t.Fatal("Objects.hashCode(null) is 0")
	}
	if got := NewStringBuilder().AppendStr(NullString).AppendStr("|").String(); got != "null|" {
		t.Fatalf("append((String) null) = %q", got)
	}
	if got := uThrown(func() { StrLen(NullString) }); got != "NullPointerException:null" {
		t.Fatalf("null.length() threw %s", got)
	}
	if got := uThrown(func() { IntegerParseInt(NullString) }); got != "NumberFormatException:Cannot parse null string" {
		t.Fatalf("Integer.parseInt(null) threw %s", got)
	}
	e := NewException()
	if !IsNullString(e.Message()) || e.String() != "java.lang.Exception" || Str(any(e.Message())) != "null" {
		t.Fatalf("new Exception().getMessage() = %q, toString %q", e.Message(), e.String())
	}
	if e := NewException2(NullString); e.String() != "java.lang.Exception" {
		t.Fatalf("new Exception(null).toString() = %q", e.String())
	}
	if e := NewException2(""); e.String() != "java.lang.Exception: " {
		t.Fatalf("new Exception(\"\").toString() = %q", e.String())
	}
}

func TestArrayUpIsACovariantView(t *testing.T) {
	objs := ArrayUp[any]([]string{"x", NullString})
	if len(objs) != 2 || objs[0] != "x" || Str(objs[1]) != "null" || ArrayUp[any]([]string(nil)) != nil {
		t.Fatalf("(Object[]) new String[] {\"x\", null} = %v", objs)
	}
}

func TestNonNullThrowsOnJavasNull(t *testing.T) {
	if got := uThrown(func() { NonNull(NullString) }) + " " + uThrown(func() { NonNull[*Thread](nil) }); got != "NullPointerException:null NullPointerException:null" {
		t.Fatalf("switch on null: %s", got)
	}
	if NonNull("") != "" {
		t.Fatal(`"" is not null`)
	}
}

func TestSimpleNameOfAnonymousAndLocalClasses(t *testing.T) {
	if got := simpleOf("Main$1") + "|" + simpleOf("Main$1Local") + "|" + simpleOf("a.b.Main$Inner") + "|" + simpleOf("java.lang.String"); got != "|Local|Inner|String" {
		t.Fatalf("getSimpleName: %s", got)
	}
}

func TestArrayChecksSpeakJava(t *testing.T) {
	got := uThrown(func() { ArrayAt([]int32{1, 2, 3}, -1) }) + " " + uThrown(func() { _ = make([]int32, ArrayLen(int32(-1))) }) +
		" " + uThrown(func() { NewStringArray(-2) })
	if got != "ArrayIndexOutOfBoundsException:Index -1 out of bounds for length 3 NegativeArraySizeException:-1 NegativeArraySizeException:-2" {
		t.Fatal(got)
	}
}
