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
	// (Through an `any` an empty string loses its address, so NullString is told apart
	// only while it is typed string: S, not Str.)
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
