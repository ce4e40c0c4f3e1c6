package exceptions

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// Loader is the Java class Loader.
type Loader struct {
	loaded int32
}

// NewLoader is the Java constructor Loader(...).
func NewLoader() *Loader {
	l := &Loader{}
	return l
}

// Load is the Java method Loader.load.
func (l *Loader) Load(value string) int32 {
	{
		ret, ctl := func() (ret int32, ctl int) {
			defer func() {
				l.loaded += 100
			}()
			defer func() {
				if thrown := recover(); thrown != nil {
					ret, ctl = func() (ret int32, ctl int) {
						l2jErr := l2jCaught(thrown, "NumberFormatException")
						e := l2jErr
						fmt.Fprintln(os.Stderr, "bad value "+value+": "+e.Message)
						return 0, 1
					}()
				}
			}()
			v := int32(l2jParseInt(value, 10, 32))
			l.loaded++
			return v, 1
		}()
		if ctl == 1 {
			return ret
		}
	}
	panic("l2j: unreachable: missing return")
}

// Check is the Java method Loader.check.
func (l *Loader) Check(level int32) {
	if level < 0 {
		panic(&l2jException{Class: "IllegalArgumentException", Message: "level " + fmt.Sprint(level)})
	}
}

// l2j runtime: l2jException
// l2jException is a Java exception travelling as a Go panic value.
type l2jException struct {
	Class   string
	Message string
	Cause   any
}

func (e *l2jException) Error() string {
	if e.Message == "" {
		return e.Class
	}
	return e.Class + ": " + e.Message
}

// Is reports whether the exception is of the Java class or one of its subclasses.
func (e *l2jException) Is(class string) bool {
	for c := e.Class; c != ""; c = l2jExceptionParents[c] {
		if c == class {
			return true
		}
	}
	return false
}

var l2jExceptionParents = map[string]string{
	"Exception":                       "Throwable",
	"Error":                           "Throwable",
	"RuntimeException":                "Exception",
	"IOException":                     "Exception",
	"SQLException":                    "Exception",
	"InterruptedException":            "Exception",
	"CloneNotSupportedException":      "Exception",
	"IllegalArgumentException":        "RuntimeException",
	"IllegalStateException":           "RuntimeException",
	"NumberFormatException":           "IllegalArgumentException",
	"ArithmeticException":             "RuntimeException",
	"NullPointerException":            "RuntimeException",
	"ClassCastException":              "RuntimeException",
	"UnsupportedOperationException":   "RuntimeException",
	"IndexOutOfBoundsException":       "RuntimeException",
	"ArrayIndexOutOfBoundsException":  "IndexOutOfBoundsException",
	"StringIndexOutOfBoundsException": "IndexOutOfBoundsException",
	"NoSuchElementException":          "RuntimeException",
	"ConcurrentModificationException": "RuntimeException",
	"FileNotFoundException":           "IOException",
	"EOFException":                    "IOException",
	"AssertionError":                  "Error",
	"StackOverflowError":              "Error",
	"OutOfMemoryError":                "Error",
}

// l2jCaught turns a recovered panic into the Java exception a catch clause wants, and
// panics again when the clause does not name its class or a superclass of it.
func l2jCaught(r any, classes ...string) *l2jException {
	e, ok := r.(*l2jException)
	if !ok {
		e = &l2jException{Class: "RuntimeException", Message: fmt.Sprint(r), Cause: r}
		if re, isRuntime := r.(runtime.Error); isRuntime {
			msg := re.Error()
			switch {
			case strings.Contains(msg, "index out of range"), strings.Contains(msg, "slice bounds"):
				e.Class = "ArrayIndexOutOfBoundsException"
			case strings.Contains(msg, "nil pointer"), strings.Contains(msg, "nil map"):
				e.Class = "NullPointerException"
			case strings.Contains(msg, "divide by zero"):
				e.Class = "ArithmeticException"
			case strings.Contains(msg, "interface conversion"):
				e.Class = "ClassCastException"
			}
		}
	}
	for _, want := range classes {
		if e.Is(want) {
			return e
		}
	}
	panic(r)
}

// l2j runtime: l2jParseInt
// l2jParseInt is Integer.parseInt / Long.parseLong, with Java's NumberFormatException.
func l2jParseInt(s string, base int, bits int) int64 {
	v, err := strconv.ParseInt(s, base, bits)
	if err != nil {
		msg := "For input string: \"" + s + "\""
		panic(&l2jException{Class: "NumberFormatException", Message: msg})
	}
	return v
}
