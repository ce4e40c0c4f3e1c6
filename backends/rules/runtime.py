"""Go helper functions the translation calls where Go has no one-line equivalent.

Every helper is named `l2j...` and emitted once per output, after the declarations, behind a
`// l2j runtime: NAME` marker line so a caller that merges several outputs into one Go file
can keep one copy of each.
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Helper:
    code: str
    imports: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    # Other names the helper declares, any of which in the code means it is used.
    also: tuple[str, ...] = ()


# Java's exception classes and their superclasses, so `catch (RuntimeException e)` also
# catches an IllegalArgumentException.
_JAVA_EXCEPTIONS = {
    "Exception": "Throwable",
    "Error": "Throwable",
    "RuntimeException": "Exception",
    "IOException": "Exception",
    "SQLException": "Exception",
    "InterruptedException": "Exception",
    "CloneNotSupportedException": "Exception",
    "IllegalArgumentException": "RuntimeException",
    "IllegalStateException": "RuntimeException",
    "NumberFormatException": "IllegalArgumentException",
    "ArithmeticException": "RuntimeException",
    "NullPointerException": "RuntimeException",
    "ClassCastException": "RuntimeException",
    "UnsupportedOperationException": "RuntimeException",
    "IndexOutOfBoundsException": "RuntimeException",
    "ArrayIndexOutOfBoundsException": "IndexOutOfBoundsException",
    "StringIndexOutOfBoundsException": "IndexOutOfBoundsException",
    "NoSuchElementException": "RuntimeException",
    "ConcurrentModificationException": "RuntimeException",
    "FileNotFoundException": "IOException",
    "EOFException": "IOException",
    "AssertionError": "Error",
    "StackOverflowError": "Error",
    "OutOfMemoryError": "Error",
}


def _parents_literal() -> str:
    rows = "".join(f'\t"{k}": "{v}",\n' for k, v in _JAVA_EXCEPTIONS.items())
    return "var l2jExceptionParents = map[string]string{\n" + rows + "}\n"


HELPERS: dict[str, Helper] = {
    "l2jException": Helper(
        """// l2jException is a Java exception travelling as a Go panic value.
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

"""
        + _parents_literal()
        + """
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
""",
        ("fmt", "runtime", "strings"),
        also=("l2jCaught", "l2jExceptionParents"),
    ),
    "l2jFormatDouble": Helper(
        """// l2jFormatDouble spells a float the way Java's Double.toString (bits 64) or
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
""",
        ("math", "strconv", "strings"),
    ),
    "l2jSplit": Helper(
        """// l2jSplit is Java's String.split: a regular expression, trailing empty strings dropped.
func l2jSplit(s string, re string) []string {
	parts := regexp.MustCompile(re).Split(s, -1)
	if len(parts) > 1 && parts[0] == "" && len(s) > 0 {
		if loc := regexp.MustCompile(re).FindStringIndex(s); loc != nil && loc[1] == 0 {
			parts = parts[1:]
		}
	}
	if len(parts) == 1 {
		return parts
	}
	for len(parts) > 0 && parts[len(parts)-1] == "" {
		parts = parts[:len(parts)-1]
	}
	return parts
}
""",
        ("regexp",),
    ),
    "l2jHas": Helper(
        """// l2jHas reports whether a map (or a set) holds the key.
func l2jHas[K comparable, V any](m map[K]V, k K) bool {
	_, ok := m[k]
	return ok
}
"""
    ),
    "l2jGetOrDefault": Helper(
        """// l2jGetOrDefault is Java's Map.getOrDefault.
func l2jGetOrDefault[K comparable, V any](m map[K]V, k K, d V) V {
	if v, ok := m[k]; ok {
		return v
	}
	return d
}
"""
    ),
    "l2jRemoveValue": Helper(
        """// l2jRemoveValue is Java's List.remove(Object): it drops the first equal element.
func l2jRemoveValue[T comparable](s []T, v T) []T {
	if i := slices.Index(s, v); i >= 0 {
		return slices.Delete(s, i, i+1)
	}
	return s
}
""",
        ("slices",),
    ),
    "l2jReverse": Helper(
        """// l2jReverse is StringBuilder.reverse.
func l2jReverse(s string) string {
	r := []rune(s)
	slices.Reverse(r)
	return string(r)
}
""",
        ("slices",),
    ),
    "l2jAbs": Helper(
        """// l2jAbs is Math.abs for integers (wrapping at the minimum value, as Java does).
func l2jAbs[T ~int | ~int8 | ~int16 | ~int32 | ~int64](x T) T {
	if x < 0 {
		return -x
	}
	return x
}
"""
    ),
    "l2jListString": Helper(
        """// l2jListString spells a collection the way Java's toString does: [a, b].
func l2jListString[T any](s []T) string {
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = fmt.Sprint(v)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}
""",
        ("fmt", "strings"),
    ),
    "l2jInstanceOf": Helper(
        """// l2jInstanceOf is Java's instanceof for a value held as any.
func l2jInstanceOf[T any](x any) bool {
	_, ok := x.(T)
	return ok
}
"""
    ),
    "l2jRound": Helper(
        """// l2jRound is Math.round: half up, toward positive infinity.
func l2jRound(f float64) int64 {
	return int64(math.Floor(f + 0.5))
}
""",
        ("math",),
    ),
    "l2jParseInt": Helper(
        """// l2jParseInt is Integer.parseInt / Long.parseLong, with Java's NumberFormatException.
func l2jParseInt(s string, base int, bits int) int64 {
	v, err := strconv.ParseInt(s, base, bits)
	if err != nil {
		msg := "For input string: \\"" + s + "\\""
		panic(&l2jException{Class: "NumberFormatException", Message: msg})
	}
	return v
}
""",
        ("strconv",),
        ("l2jException",),
    ),
    "l2jParseDouble": Helper(
        """// l2jParseDouble is Double.parseDouble, with Java's NumberFormatException.
func l2jParseDouble(s string) float64 {
	v, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil {
		msg := "For input string: \\"" + s + "\\""
		panic(&l2jException{Class: "NumberFormatException", Message: msg})
	}
	return v
}
""",
        ("strconv", "strings"),
        ("l2jException",),
    ),
    "l2jHashCode": Helper(
        """// l2jHashCode is String.hashCode: s[0]*31^(n-1) + ... over UTF-16 units, wrapping.
func l2jHashCode(s string) int32 {
	var h int32
	for _, u := range utf16.Encode([]rune(s)) {
		h = 31*h + int32(u)
	}
	return h
}
""",
        ("unicode/utf16",),
    ),
    "l2jInsert": Helper(
        """// l2jInsert is StringBuilder.insert.
func l2jInsert(s string, i int, v string) string {
	return s[:i] + v + s[i:]
}
"""
    ),
    "l2jSetCharAt": Helper(
        """// l2jSetCharAt is StringBuilder.setCharAt.
func l2jSetCharAt(s string, i int, c rune) string {
	return s[:i] + string(c) + s[i+1:]
}
"""
    ),
    "l2jOrElse": Helper(
        """// l2jOrElse is Optional.orElse for an Optional held as any (nil when empty).
func l2jOrElse[T any](o any, d T) T {
	if o == nil {
		return d
	}
	return o.(T)
}
"""
    ),
    "l2jFilter": Helper(
        """// l2jFilter is Stream.filter over a slice.
func l2jFilter[T any](s []T, keep func(T) bool) []T {
	r := []T{}
	for _, v := range s {
		if keep(v) {
			r = append(r, v)
		}
	}
	return r
}
"""
    ),
    "l2jMap": Helper(
        """// l2jMap is Stream.map over a slice.
func l2jMap[T, R any](s []T, f func(T) R) []R {
	r := make([]R, len(s))
	for i, v := range s {
		r[i] = f(v)
	}
	return r
}
"""
    ),
    "l2jSum": Helper(
        """// l2jSum is IntStream.sum (wrapping like Java) and DoubleStream.sum.
func l2jSum[T ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64](s []T) T {
	var total T
	for _, v := range s {
		total += v
	}
	return total
}
"""
    ),
    "l2jRange": Helper(
        """// l2jRange is IntStream.range: from a up to b, b excluded.
func l2jRange[T ~int | ~int32 | ~int64](a, b T) []T {
	r := []T{}
	for i := a; i < b; i++ {
		r = append(r, i)
	}
	return r
}
"""
    ),
    "l2jAnyMatch": Helper(
        """// l2jAnyMatch is Stream.anyMatch.
func l2jAnyMatch[T any](s []T, f func(T) bool) bool {
	for _, v := range s {
		if f(v) {
			return true
		}
	}
	return false
}
"""
    ),
    "l2jDistinct": Helper(
        """// l2jDistinct is Stream.distinct: first occurrences, in order.
func l2jDistinct[T comparable](s []T) []T {
	seen := map[T]bool{}
	r := []T{}
	for _, v := range s {
		if !seen[v] {
			seen[v] = true
			r = append(r, v)
		}
	}
	return r
}
"""
    ),
    "l2jReduce": Helper(
        """// l2jReduce is Stream.reduce with an identity.
func l2jReduce[T any](s []T, acc T, f func(T, T) T) T {
	for _, v := range s {
		acc = f(acc, v)
	}
	return acc
}
"""
    ),
    "l2jCodes": Helper(
        """// l2jCodes is String.chars: the characters as ints.
func l2jCodes[T ~int | ~int32](s string) []T {
	r := []T{}
	for _, c := range s {
		r = append(r, T(c))
	}
	return r
}
"""
    ),
    "l2jBest": Helper(
        """// l2jBest is Stream.max/min with a comparator; nil (an empty Optional) for no elements.
func l2jBest[T any](s []T, better func(a, b T) bool) any {
	if len(s) == 0 {
		return nil
	}
	best := s[0]
	for _, v := range s[1:] {
		if better(v, best) {
			best = v
		}
	}
	return best
}
"""
    ),
    "l2jAverage": Helper(
        """// l2jAverage is IntStream.average; nil (an empty OptionalDouble) for no elements.
func l2jAverage[T ~int | ~int8 | ~int16 | ~int32 | ~int64 | ~float32 | ~float64](s []T) any {
	if len(s) == 0 {
		return nil
	}
	var total float64
	for _, v := range s {
		total += float64(v)
	}
	return total / float64(len(s))
}
"""
    ),
    "l2jFirst": Helper(
        """// l2jFirst is Stream.findFirst; nil (an empty Optional) for no elements.
func l2jFirst[T any](s []T) any {
	if len(s) == 0 {
		return nil
	}
	return s[0]
}
"""
    ),
    "l2jLimit": Helper(
        """// l2jLimit is Stream.limit and Stream.skip: s[from:to], clamped to the slice.
func l2jLimit[T any](s []T, from, to int) []T {
	from, to = min(from, len(s)), min(to, len(s))
	return s[from:to]
}
"""
    ),
    "l2jNumber": Helper(
        """// l2jNumber is Number.doubleValue for a value whose numeric type is a type parameter.
func l2jNumber(v any) float64 {
	switch x := v.(type) {
	case int:
		return float64(x)
	case int8:
		return float64(x)
	case int16:
		return float64(x)
	case int32:
		return float64(x)
	case int64:
		return float64(x)
	case float32:
		return float64(x)
	case float64:
		return x
	}
	panic(&l2jException{Class: "ClassCastException", Message: fmt.Sprint(v)})
}
""",
        ("fmt",),
        ("l2jException",),
    ),
    "l2jValueString": Helper(
        """// l2jValueString spells any value the way Java's String.valueOf does.
func l2jValueString(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case float64:
		return l2jFormatDouble(x, 64)
	case float32:
		return l2jFormatDouble(float64(x), 32)
	}
	return fmt.Sprint(v)
}
""",
        ("fmt",),
        ("l2jFormatDouble",),
    ),
}


def used_by(code: str, asked: set[str]) -> set[str]:
    """The helpers among ``asked`` that ``code`` refers to."""
    return {h for h in asked if any(re.search(rf"\b{n}\b", code) for n in (h, *HELPERS[h].also))}


def render(used: set[str]) -> tuple[str, set[str]]:
    """The Go text of the helpers in ``used`` (with what they need) and their imports."""
    closed: set[str] = set()
    pending = list(used)
    while pending:
        name = pending.pop()
        if name in closed:
            continue
        closed.add(name)
        pending += HELPERS[name].needs
    imports: set[str] = set()
    parts = []
    for name in sorted(closed):
        h = HELPERS[name]
        imports.update(h.imports)
        parts.append(f"// l2j runtime: {name}\n{h.code}")
    return "\n".join(parts), imports
