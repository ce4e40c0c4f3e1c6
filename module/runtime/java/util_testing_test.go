package java

import (
	"strings"
	"testing"
)

// Helpers of the util tests. Expected values come from running the Java snippets quoted
// beside each case on OpenJDK 17.

// uThrown runs f and names what it threw as Java's "SimpleName:message" ("none" when
// nothing; a null message is "null").
func uThrown(f func()) string {
	ex := Try(f)
	if ex == nil {
		return "none"
	}
	return SimpleNameOf(ex) + ":" + S(ex.Message()) // a null message prints as "null"
}

// uExpect compares Str(got) with want.
func uExpect(t *testing.T, label string, got any, want string) {
	t.Helper()
	if s := Str(got); s != want {
		t.Errorf("%s:\n got %s\nwant %s", label, s, want)
	}
}

// uWords is the Java tests' word list.
var uWords = strings.Fields("banana apple cherry date elderberry fig grape honeydew kiwi lemon mango nectarine orange papaya quince raspberry strawberry tangerine ugli vanilla")

// uListOf builds an ArrayList of the given elements.
func uListOf[E any](es ...E) *ArrayList[E] { return newArrayListOf(es) }
