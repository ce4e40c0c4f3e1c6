package enums

import (
	"fmt"
	"runtime"
	"strings"
)

// Race is the Java enum Race.
type Race int32

const (
	RaceHuman Race = iota
	RaceElf
	RaceDwarf
)

var raceNames = [...]string{"HUMAN", "ELF", "DWARF"}

func (rr Race) String() string {
	return raceNames[rr]
}

// RaceValues is the Java Race.values().
func RaceValues() []Race {
	return []Race{RaceHuman, RaceElf, RaceDwarf}
}

// RaceValueOf is the Java Race.valueOf(name).
func RaceValueOf(name string) Race {
	for i, n := range raceNames {
		if n == name {
			return Race(i)
		}
	}
	panic(&l2jException{Class: "IllegalArgumentException", Message: "No enum constant Race." + name})
}

type raceFields struct {
	speed float64
	title string
}

var raceTable = [...]raceFields{
	newRaceFields(1.0, "Human"),
	newRaceFields(1.2, "Elf"),
	newRaceFields(0.9, "Dwarf"),
}

func newRaceFields(speed float64, title string) raceFields {
	d := &raceFields{}
	d.speed = speed
	d.title = title
	return *d
}

// Speed is the Java method Race.getSpeed.
func (rr Race) Speed() float64 {
	return raceTable[rr].speed
}

// IsFast is the Java method Race.isFast.
func (rr Race) IsFast() bool {
	return raceTable[rr].speed > 1.0
}

// RaceByTitle is the Java method Race.byTitle.
func RaceByTitle(title string) Race {
	for _, r := range RaceValues() {
		if raceTable[r].title == title {
			return r
		}
	}
	return RaceHuman
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
