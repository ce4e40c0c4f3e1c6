// Package assert is a small stand-in for testify's assert package: New and Equal, with
// testify's notion of equality (ObjectsAreEqual: exact types, []byte compared by content).
package assert

import (
	"bytes"
	"fmt"
	"reflect"
	"testing"
)

// Assertions reports failures to its test, like testify's.
type Assertions struct {
	t testing.TB
}

// New returns assertions bound to t.
func New(t testing.TB) *Assertions {
	return &Assertions{t: t}
}

// ObjectsAreEqual is testify's rule: nil only equals nil, []byte compares by content,
// everything else by reflect.DeepEqual (so 1 and int64(1) differ, as in testify).
func ObjectsAreEqual(expected, actual interface{}) bool {
	if expected == nil || actual == nil {
		return expected == actual
	}
	exp, ok := expected.([]byte)
	if !ok {
		return reflect.DeepEqual(expected, actual)
	}
	act, ok := actual.([]byte)
	if !ok {
		return false
	}
	if exp == nil || act == nil {
		return exp == nil && act == nil
	}
	return bytes.Equal(exp, act)
}

// Equal marks the test failed (and goes on) when expected and actual differ.
func Equal(t testing.TB, expected, actual interface{}, msgAndArgs ...interface{}) bool {
	t.Helper()
	if ObjectsAreEqual(expected, actual) {
		return true
	}
	exp, act := fmt.Sprintf("%#v", expected), fmt.Sprintf("%#v", actual)
	if exp == act {
		// Same text, different types (int -1 vs float64 -1): show the types, as testify does.
		exp, act = fmt.Sprintf("%T(%#v)", expected, expected), fmt.Sprintf("%T(%#v)", actual, actual)
	}
	t.Errorf("Not equal:\nexpected: %s\nactual  : %s%s", exp, act, message(msgAndArgs))
	return false
}

// Equal is the package-level Equal bound to the Assertions' test.
func (a *Assertions) Equal(expected, actual interface{}, msgAndArgs ...interface{}) bool {
	a.t.Helper()
	return Equal(a.t, expected, actual, msgAndArgs...)
}

func message(msgAndArgs []interface{}) string {
	switch len(msgAndArgs) {
	case 0:
		return ""
	case 1:
		return fmt.Sprintf("\nmessage : %v", msgAndArgs[0])
	default:
		format, _ := msgAndArgs[0].(string)
		return "\nmessage : " + fmt.Sprintf(format, msgAndArgs[1:]...)
	}
}
