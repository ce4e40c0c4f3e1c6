package java

import (
	"bytes"
	"os"
	"os/exec"
	"strings"
	"testing"
)

type myEx struct{ RuntimeExceptionImpl }

func newMyEx(m string, c Throwable) *myEx {
	e := &myEx{}
	e.InitRuntimeException3(e, m, c)
	return e
}

// JavaClassName is what the translator gives a class whose Go name differs from Java's.
func (e *myEx) JavaClassName() string { return "T1$MyEx" }

type customMessage struct{ ExceptionImpl }

func (e *customMessage) Message() string { return "custom" }

// Expected outputs from Java 17 running the equivalent program (T1.java), stack frames
// ("\tat ...") removed since the runtime records none.
func TestThrowableToStringCausesAndPrintStackTrace(t *testing.T) {
	var e Exception = NewRuntimeException3("outer", NewIllegalStateException3("inner", NewIOException2("root")))
	e.AddSuppressed(NewIllegalArgumentException2("sup"))
	if got := e.Cause().Message() + "|" + e.LocalizedMessage() + "|" + e.String(); got != "inner|outer|java.lang.RuntimeException: outer" {
		t.Errorf("got %q", got)
	}
	var buf bytes.Buffer
	e.PrintStackTrace2(newPrintStream(&buf, false))
	want := "java.lang.RuntimeException: outer\n" +
		"\tSuppressed: java.lang.IllegalArgumentException: sup\n" +
		"Caused by: java.lang.IllegalStateException: inner\n" +
		"Caused by: java.io.IOException: root\n"
	if buf.String() != want {
		t.Errorf("printStackTrace:\n%s\nwant:\n%s", buf.String(), want)
	}

	sw := NewStringWriter()
	e.PrintStackTrace3(NewPrintWriter(sw))
	if sw.String() != want {
		t.Errorf("printStackTrace(PrintWriter):\n%s", sw.String())
	}

	th := NewThrowable4(nil)
	if th.String() != "java.lang.Throwable" || !IsNullString(th.Message()) || th.Cause() != nil {
		t.Errorf("Throwable(null): %v", th)
	}
	checks := []struct {
		f    func()
		want string
	}{
		{func() { th.InitCause(NewError()) }, "java.lang.IllegalStateException: Can't overwrite cause with java.lang.Error"},
		{func() { u := NewThrowable(); u.InitCause(u) }, "java.lang.IllegalArgumentException: Self-causation not permitted"},
		{func() { u := NewThrowable(); u.AddSuppressed(u) }, "java.lang.IllegalArgumentException: Self-suppression not permitted"},
		{func() { NewThrowable().AddSuppressed(nil) }, "java.lang.NullPointerException: Cannot suppress a null exception."},
	}
	for _, c := range checks {
		if got := Str(Try(c.f)); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}

	if got := newMyEx("m", nil).String(); got != "T1$MyEx: m" {
		t.Errorf("subclass toString %q", got)
	}
	cm := &customMessage{}
	cm.InitException(cm)
	if got := cm.String(); got != "l2jgo.java.customMessage: custom" {
		t.Errorf("overridden getMessage must reach toString: %q", got)
	}
	if NewRuntimeException2("").String() != "java.lang.RuntimeException: " || NewRuntimeException().String() != "java.lang.RuntimeException" {
		t.Error("empty message and no message print differently")
	}

	c1 := NewException2("c1")
	c2 := NewException3("c2", c1)
	c1.InitCause(c2)
	buf.Reset()
	c1.PrintStackTrace2(newPrintStream(&buf, false))
	if want := "java.lang.Exception: c1\nCaused by: java.lang.Exception: c2\nCaused by: [CIRCULAR REFERENCE: java.lang.Exception: c1]\n"; buf.String() != want {
		t.Errorf("circular causes:\n%s", buf.String())
	}
}

func TestExceptionHierarchyForCatch(t *testing.T) {
	var ex Throwable = newMyEx("m", nil)
	if _, ok := ex.(RuntimeException); !ok {
		t.Error("a subclass of RuntimeException is a RuntimeException")
	}
	if _, ok := ex.(Exception); !ok {
		t.Error("and an Exception")
	}
	if _, ok := ex.(Error); ok {
		t.Error("but not an Error")
	}
	var nfe Throwable = NewNumberFormatException2("x")
	if _, ok := nfe.(IllegalArgumentException); !ok {
		t.Error("NumberFormatException is an IllegalArgumentException")
	}
	if _, ok := Throwable(NewAssertionError()).(Exception); ok {
		t.Error("AssertionError is not an Exception")
	}
	if got := Str(NewUncheckedIOException4(NewIOException2("io"))); got != "java.io.UncheckedIOException: java.io.IOException: io" {
		t.Errorf("got %q", got)
	}
	if got := Str(NewAssertionError2(int32(5))); got != "java.lang.AssertionError: 5" {
		t.Errorf("got %q", got)
	}
	if e := NewAssertionError2(NewIllegalStateException2("c")); e.Cause() == nil {
		t.Error("AssertionError(Throwable) takes the throwable as its cause")
	}
	for got, want := range map[string]string{
		Str(NewArrayIndexOutOfBoundsExceptionIndex(7)):                  "java.lang.ArrayIndexOutOfBoundsException: Array index out of range: 7",
		Str(NewStringIndexOutOfBoundsExceptionIndex(7)):                 "java.lang.StringIndexOutOfBoundsException: String index out of range: 7",
		Str(NewIndexOutOfBoundsExceptionIndex(7)):                       "java.lang.IndexOutOfBoundsException: Index out of range: 7",
		Str(NewExceptionInInitializerError4(NewRuntimeException2("x"))): "java.lang.ExceptionInInitializerError",
		Str(NewNoSuchElementException()):                                "java.util.NoSuchElementException",
	} {
		if got != want {
			t.Errorf("got %q, want %q", got, want)
		}
	}
}

func TestTryMapsGoRuntimeErrorsToJavaExceptions(t *testing.T) {
	var nilMap map[string]int
	var nilPtr *point
	arr := make([]int32, 3)
	idx, zero := 5, int32(0)
	var obj any = "s"
	cases := []struct {
		f    func()
		want string
	}{
		{func() { _ = nilPtr.x }, "java.lang.NullPointerException"},
		{func() { nilMap["a"] = 1 }, "java.lang.NullPointerException"},
		{func() { arr[idx] = 1 }, "java.lang.ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 3"},
		{func() { arr[idx-6] = 1 }, "java.lang.ArrayIndexOutOfBoundsException: Index -1 out of bounds"},
		{func() { _ = int32(5) / zero }, "java.lang.ArithmeticException: / by zero"},
		{func() { _ = obj.(int32) }, "java.lang.ClassCastException: class java.lang.String cannot be cast to class java.lang.Integer"},
		{func() { Throw(nil) }, "java.lang.NullPointerException"},
		{func() { Throw(NewIllegalStateException2("x")) }, "java.lang.IllegalStateException: x"},
	}
	for _, c := range cases {
		if got := Str(Try(c.f)); got != c.want {
			t.Errorf("got %q, want %q", got, c.want)
		}
	}
	if Try(func() {}) != nil {
		t.Error("a body that completes throws nothing")
	}
	defer func() {
		if r := recover(); r != "l2j: not migrated: x" {
			t.Errorf("a foreign panic must go on unwinding, got %v", r)
		}
	}()
	Try(func() { panic("l2j: not migrated: x") })
}

type resource struct {
	name string
	fail bool
	log  *[]string
}

func (r *resource) Close() {
	*r.log = append(*r.log, "close "+r.name)
	if r.fail {
		panic(NewIllegalStateException2("close " + r.name))
	}
}

func TestTryWithClosesInReverseAndSuppresses(t *testing.T) {
	var log []string
	ex := Try(func() {
		TryWith(func(res *Resources) {
			Use(res, &resource{"a", true, &log})
			Use(res, &resource{"b", true, &log})
			Use[*resource](res, nil) // null resources are allowed and not closed
			panic(NewRuntimeException2("body"))
		})
	})
	if got := strings.Join(log, ","); got != "close b,close a" {
		t.Errorf("close order %q", got)
	}
	if Str(ex) != "java.lang.RuntimeException: body" || len(ex.Suppressed()) != 2 ||
		Str(ex.Suppressed()[0]) != "java.lang.IllegalStateException: close b" {
		t.Errorf("primary %v suppressed %v", ex, ex.Suppressed())
	}
	log = nil
	ex = Try(func() {
		TryWith(func(res *Resources) {
			Use(res, &resource{"a", true, &log})
			Use(res, &resource{"b", true, &log})
		})
	})
	if Str(ex) != "java.lang.IllegalStateException: close b" || len(ex.Suppressed()) != 1 ||
		Str(ex.Suppressed()[0]) != "java.lang.IllegalStateException: close a" {
		t.Errorf("first close failure %v suppressed %v", ex, ex.Suppressed())
	}
}

// The runtime's process-level behaviour runs in a child process (this test binary
// re-executed), so that exit codes and the two output streams can be observed.
func TestRunMainAndSystemExitInAChildProcess(t *testing.T) {
	if mode := os.Getenv("L2J_RUNTIME_CHILD"); mode != "" {
		runChild(mode)
		return
	}
	cases := []struct {
		mode     string
		code     int
		combined string
	}{
		{"uncaught", 1, "before\nException in thread \"main\" java.lang.IllegalStateException: boom\n" +
			"Caused by: java.io.IOException: disk\n"},
		{"exit", 3, "out 1\nerr 2\nout 3\n"},
		{"normal", 0, "done 1.0E10\n"},
		{"threads", 0, "main done\nworker done\nhook ran\n"},
		{"hookExit", 7, "exiting\nhook ran\n"},
	}
	for _, c := range cases {
		cmd := exec.Command(os.Args[0], "-test.run=^TestRunMainAndSystemExitInAChildProcess$")
		cmd.Env = append(os.Environ(), "L2J_RUNTIME_CHILD="+c.mode)
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		err := cmd.Run()
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != c.code || out.String() != c.combined {
			t.Errorf("%s: exit %d output %q, want %d %q", c.mode, code, out.String(), c.code, c.combined)
		}
	}
}

func runChild(mode string) {
	switch mode {
	case "uncaught":
		RunMain(func() {
			SystemOut.Println("before")
			panic(NewIllegalStateException3("boom", NewIOException2("disk")))
		})
	case "exit":
		RunMain(func() {
			SystemOut.Println("out 1")
			SystemErr.Println("err 2")
			SystemOut.Println("out 3")
			SystemExit(3)
		})
	case "normal":
		RunMain(func() { SystemOut.Println("done " + DoubleStr(1e10)) })
	case "threads":
		// main returns first; the JVM waits for the non-daemon worker, then runs the hooks.
		RunMain(func() {
			release := make(chan struct{})
			RuntimeGetRuntime().AddShutdownHook(NewThread(RunnableFunc(func() { SystemOut.Println("hook ran") })))
			NewThread(RunnableFunc(func() {
				<-release
				SystemOut.Println("worker done")
			})).Start()
			SystemOut.Println("main done")
			close(release)
		})
	case "hookExit":
		RunMain(func() {
			RuntimeGetRuntime().AddShutdownHook(NewThread(RunnableFunc(func() { SystemOut.Println("hook ran") })))
			SystemOut.Println("exiting")
			SystemExit(7)
			SystemOut.Println("not reached")
		})
	}
}
