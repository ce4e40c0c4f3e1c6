package java

import (
	"os"
	"runtime"
	"strings"
)

// Try runs f and returns the Throwable it threw, nil when it completed: the body of a Java
// try statement. Go runtime errors become the exception the JVM throws for the same fault:
// a nil dereference (or a nil map write, or `panic(nil)`) NullPointerException, an index
// out of range ArrayIndexOutOfBoundsException ("Index 5 out of bounds for length 3"), a
// slice range out of bounds IndexOutOfBoundsException, an integer division by zero
// ArithmeticException ("/ by zero"), a failed type assertion ClassCastException, a
// negative make() length NegativeArraySizeException. Any other panic (a Go bug, an
// `l2j: not migrated` stub) is not Java's to catch and goes on unwinding.
func Try(f func()) (thrown Throwable) {
	defer func() {
		if r := recover(); r != nil {
			thrown = toThrowable(r)
		}
	}()
	f()
	return nil
}

// toThrowable maps a recovered panic value to its Java exception, or re-panics.
func toThrowable(r any) Throwable {
	switch x := r.(type) {
	case Throwable:
		if isNull(x) {
			return NewNullPointerException()
		}
		return x
	case *runtime.TypeAssertionError:
		return NewClassCastException2(classCastMessage(x.Error()))
	case *runtime.PanicNilError:
		return NewNullPointerException()
	case runtime.Error:
		msg := strings.TrimPrefix(x.Error(), "runtime error: ")
		switch {
		case strings.HasPrefix(msg, "invalid memory address or nil pointer dereference"),
			msg == "assignment to entry in nil map":
			return NewNullPointerException()
		case strings.HasPrefix(msg, "index out of range"):
			return NewArrayIndexOutOfBoundsException2(indexMessage(msg))
		case strings.HasPrefix(msg, "slice bounds out of range"):
			return NewIndexOutOfBoundsException2(msg)
		case msg == "integer divide by zero":
			return NewArithmeticException2("/ by zero")
		case strings.HasPrefix(msg, "makeslice: len out of range"), strings.HasPrefix(msg, "makeslice: cap out of range"):
			return NewNegativeArraySizeException2(msg)
		}
	}
	panic(r)
}

// indexMessage turns Go's "index out of range [5] with length 3" into Java's
// "Index 5 out of bounds for length 3".
func indexMessage(msg string) string {
	open, close := strings.IndexByte(msg, '['), strings.IndexByte(msg, ']')
	if open < 0 || close < open {
		return msg
	}
	s := "Index " + msg[open+1:close] + " out of bounds"
	if i := strings.Index(msg, "with length "); i >= 0 {
		s += " for length " + msg[i+len("with length "):]
	}
	return s
}

// classCastMessage turns Go's "interface conversion: interface {} is string, not int32"
// into Java's "class java.lang.String cannot be cast to class java.lang.Integer" where it
// can name both types, and keeps Go's text otherwise.
func classCastMessage(msg string) string {
	rest, ok := strings.CutPrefix(msg, "interface conversion: ")
	if !ok {
		return msg
	}
	_, rest, ok = strings.Cut(rest, " is ")
	if !ok {
		return msg
	}
	from, to, ok := strings.Cut(rest, ", not ")
	if !ok {
		return msg
	}
	return "class " + goTypeJavaName(from) + " cannot be cast to class " + goTypeJavaName(to)
}

// goTypeJavaName names a Go type written in a runtime message the way Java would.
func goTypeJavaName(t string) string {
	names := map[string]string{
		"string": "java.lang.String", "int32": "java.lang.Integer", "*int32": "java.lang.Integer",
		"int64": "java.lang.Long", "*int64": "java.lang.Long", "float64": "java.lang.Double",
		"*float64": "java.lang.Double", "float32": "java.lang.Float", "*float32": "java.lang.Float",
		"bool": "java.lang.Boolean", "*bool": "java.lang.Boolean", "uint16": "java.lang.Character",
		"*uint16": "java.lang.Character", "int16": "java.lang.Short", "*int16": "java.lang.Short",
		"int8": "java.lang.Byte", "*int8": "java.lang.Byte",
	}
	if n, ok := names[t]; ok {
		return n
	}
	return strings.TrimPrefix(t, "*")
}

// Throw is Java's `throw t`: panics with t (NullPointerException when t is null).
func Throw(t Throwable) {
	if isNull(t) {
		panic(NewNullPointerException())
	}
	panic(t)
}

// AutoCloseable is java.lang.AutoCloseable: close() -> Close(). java.io.Closeable has
// the same method set.
type AutoCloseable interface {
	// Close is close().
	Close()
}

// AutoCloseableFunc adapts a func to AutoCloseable (a lambda `() -> ...`).
type AutoCloseableFunc func()

// Close calls f.
func (f AutoCloseableFunc) Close() { f() }

// Resources holds the resources a try-with-resources statement opened so far.
type Resources struct {
	opened []AutoCloseable
}

// Use registers a resource of a try-with-resources statement (`try (R r = expr)` ->
// `r := java.Use(res, expr)`) and returns it; null is allowed and not closed.
func Use[T AutoCloseable](res *Resources, resource T) T {
	if !isNull(resource) {
		res.opened = append(res.opened, resource)
	}
	return resource
}

// TryWith is the try-with-resources statement: body opens its resources through Use and
// runs; then they are closed in reverse order, whether body completed or threw. An
// exception from body is rethrown with the exceptions from close() added as suppressed;
// when body completed, the first close() exception is thrown with the later ones
// suppressed.
func TryWith(body func(res *Resources)) {
	res := &Resources{}
	primary := Try(func() { body(res) })
	for i := len(res.opened) - 1; i >= 0; i-- {
		if t := Try(res.opened[i].Close); t != nil {
			switch {
			case primary == nil:
				primary = t
			case primary.AsThrowable() != t.AsThrowable():
				primary.AddSuppressed(t)
			}
		}
	}
	if primary != nil {
		panic(primary)
	}
}

// RunMain runs a program's `public static void main`: when main returns, the program waits
// for its non-daemon threads and exits 0, as the JVM does; an uncaught Throwable prints
// `Exception in thread "main" ` and its stack trace (toString and the Caused by: chain) to
// System.err and the program exits 1 once the other non-daemon threads finish. System.out
// is flushed before exit.
func RunMain(main func()) {
	defer func() {
		if r := recover(); r != nil {
			SystemOut.Flush() // a Go panic that is not Java's: keep the output, then crash
			panic(r)
		}
	}()
	status := int32(0)
	if t := Try(main); t != nil {
		PrintUncaught("main", t)
		status = 1
	}
	WaitForNonDaemonThreads()
	exit(status)
}

// PrintUncaught is the default uncaught-exception handler's output for a thread:
// `Exception in thread "name" ` and the stack trace, on System.err.
func PrintUncaught(threadName string, t Throwable) {
	SystemErr.Print("Exception in thread \"" + threadName + "\" " + stackTraceText(t))
}

// SystemExit is System.exit(int): runs the shutdown hooks, flushes System.out and
// System.err, and ends the process with status.
func SystemExit(status int32) { exit(status) }

// exit ends the program the way Runtime.exit does.
func exit(status int32) {
	runShutdownHooks()
	SystemOut.Flush()
	SystemErr.Flush()
	os.Exit(int(status))
}
