package overloads

import (
	"math"
	"strconv"
	"strings"
)

// Messages is the Java class Messages.
type Messages struct {
}

// NewMessages is the Java constructor Messages(...).
func NewMessages() *Messages {
	m := &Messages{}
	return m
}

// MessagesSay is the Java method Messages.say.
func MessagesSay(text string) string {
	return MessagesSay2(text, 1)
}

// MessagesSay2 is the Java method Messages.say.
func MessagesSay2(text string, times int32) string {
	out := ""
	for i := int32(0); i < times; i++ {
		out += text
	}
	return out
}

// MessagesSay3 is the Java method Messages.say.
func MessagesSay3(value float64) string {
	return "v=" + l2jFormatDouble(float64(value), 64)
}

// MessagesDemo is the Java method Messages.demo.
func MessagesDemo() string {
	return MessagesSay("a") + MessagesSay2("b", 2) + MessagesSay3(1.5)
}

// l2j runtime: l2jFormatDouble
// l2jFormatDouble spells a float the way Java's Double.toString (bits 64) or
// Float.toString (bits 32) does.
func l2jFormatDouble(f float64, bits int) string {
	switch {
	case math.IsNaN(f):
		return "NaN"
	case math.IsInf(f, 1):
		return "Infinity"
	case math.IsInf(f, -1):
		return "-Infinity"
	case f == 0:
		if math.Signbit(f) {
			return "-0.0"
		}
		return "0.0"
	}
	a := math.Abs(f)
	if a >= 1e-3 && a < 1e7 {
		s := strconv.FormatFloat(f, 'f', -1, bits)
		if !strings.Contains(s, ".") {
			s += ".0"
		}
		return s
	}
	s := strconv.FormatFloat(f, 'E', -1, bits)
	mant, exp, _ := strings.Cut(s, "E")
	if !strings.Contains(mant, ".") {
		mant += ".0"
	}
	return mant + "E" + strings.TrimPrefix(strings.TrimPrefix(exp, "+"), "0")
}
