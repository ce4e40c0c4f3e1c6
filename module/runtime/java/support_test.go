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
