package java

import "reflect"

// Throwable is java.lang.Throwable, the root of every exception and error. Java code that
// throws panics with a Throwable; java.Try recovers it. A class extending an exception
// embeds its Impl struct (`type MyEx struct{ java.RuntimeExceptionImpl }`) and calls its
// initialiser (`e.InitRuntimeException2(e, msg)`), following the object model in port.md.
//
// The Java class name (getClass().getName()) comes from JavaClassName: the runtime's own
// classes know theirs; a migrated class gets its Go package path and type name unless it
// declares `JavaClassName() string` (the translator emits one that returns the Java name).
type Throwable interface {
	// AsThrowable gives the struct behind the value.
	AsThrowable() *ThrowableImpl
	// Message is getMessage(): "" when there is none (Java's null).
	Message() string
	// LocalizedMessage is getLocalizedMessage().
	LocalizedMessage() string
	// Cause is getCause(): nil when there is none.
	Cause() Throwable
	// InitCause is initCause(Throwable).
	InitCause(cause Throwable) Throwable
	// FillInStackTrace is fillInStackTrace(): stack traces are not recorded.
	FillInStackTrace() Throwable
	// StackTrace is getStackTrace(): empty unless SetStackTrace gave one.
	StackTrace() []*StackTraceElement
	// SetStackTrace is setStackTrace(StackTraceElement[]).
	SetStackTrace(stackTrace []*StackTraceElement)
	// AddSuppressed is addSuppressed(Throwable).
	AddSuppressed(exception Throwable)
	// Suppressed is getSuppressed().
	Suppressed() []Throwable
	// PrintStackTrace is printStackTrace(): to System.err.
	PrintStackTrace()
	// PrintStackTrace2 is printStackTrace(PrintStream).
	PrintStackTrace2(s *PrintStream)
	// PrintStackTrace3 is printStackTrace(PrintWriter).
	PrintStackTrace3(s *PrintWriter)
	// String is toString(): the class name, then ": " and the localized message if any.
	String() string
	// JavaClassName is getClass().getName().
	JavaClassName() string
}

// ThrowableImpl holds a Throwable's state and implements its methods.
type ThrowableImpl struct {
	self       Throwable
	message    string
	hasMessage bool // Java tells a null message from ""
	cause      Throwable
	causeSet   bool // the cause was given (possibly null): initCause is then refused
	suppressed []Throwable
	stackTrace []*StackTraceElement
}

// AsThrowable gives the struct behind the value.
func (t *ThrowableImpl) AsThrowable() *ThrowableImpl { return t }

// me is the whole object (virtual calls), the struct itself when no initialiser ran.
func (t *ThrowableImpl) me() Throwable {
	if t.self == nil {
		return t
	}
	return t.self
}

// NewThrowable is the constructor Throwable().
func NewThrowable() *ThrowableImpl { t := &ThrowableImpl{}; t.InitThrowable(t); return t }

// NewThrowable2 is the constructor Throwable(String).
func NewThrowable2(message string) *ThrowableImpl {
	t := &ThrowableImpl{}
	t.InitThrowable2(t, message)
	return t
}

// NewThrowable3 is the constructor Throwable(String, Throwable).
func NewThrowable3(message string, cause Throwable) *ThrowableImpl {
	t := &ThrowableImpl{}
	t.InitThrowable3(t, message, cause)
	return t
}

// NewThrowable4 is the constructor Throwable(Throwable): the message is cause.toString().
func NewThrowable4(cause Throwable) *ThrowableImpl {
	t := &ThrowableImpl{}
	t.InitThrowable4(t, cause)
	return t
}

// InitThrowable runs Throwable() on a Throwable or the Throwable part of a subclass.
func (t *ThrowableImpl) InitThrowable(self Throwable) { t.self = self }

// InitThrowable2 runs Throwable(String).
func (t *ThrowableImpl) InitThrowable2(self Throwable, message string) {
	t.self = self
	t.message, t.hasMessage = message, true
}

// InitThrowable3 runs Throwable(String, Throwable).
func (t *ThrowableImpl) InitThrowable3(self Throwable, message string, cause Throwable) {
	t.self = self
	t.message, t.hasMessage = message, true
	t.cause, t.causeSet = nullThrowable(cause), true
}

// InitThrowable4 runs Throwable(Throwable).
func (t *ThrowableImpl) InitThrowable4(self Throwable, cause Throwable) {
	t.self = self
	t.cause, t.causeSet = nullThrowable(cause), true
	if t.cause != nil {
		t.message, t.hasMessage = t.cause.String(), true
	}
}

// nullThrowable turns a nil pointer inside the interface into a nil interface.
func nullThrowable(t Throwable) Throwable {
	if isNull(t) {
		return nil
	}
	return t
}

// Message is getMessage().
func (t *ThrowableImpl) Message() string {
	if !t.hasMessage {
		return NullString // no message given: Java's null
	}
	return t.message
}

// LocalizedMessage is getLocalizedMessage(): getMessage() (virtual).
func (t *ThrowableImpl) LocalizedMessage() string { return t.me().Message() }

// Cause is getCause().
func (t *ThrowableImpl) Cause() Throwable { return t.cause }

// InitCause is initCause(Throwable): once, and never the throwable itself.
func (t *ThrowableImpl) InitCause(cause Throwable) Throwable {
	cause = nullThrowable(cause)
	if t.causeSet {
		panic(NewIllegalStateException3("Can't overwrite cause with "+throwableStr(cause), t.me()))
	}
	if cause != nil && cause.AsThrowable() == t {
		panic(NewIllegalArgumentException3("Self-causation not permitted", t.me()))
	}
	t.cause, t.causeSet = cause, true
	return t.me()
}

func throwableStr(t Throwable) string {
	if t == nil {
		return "a null"
	}
	return t.String()
}

// FillInStackTrace is fillInStackTrace(): nothing is recorded.
func (t *ThrowableImpl) FillInStackTrace() Throwable { return t.me() }

// StackTrace is getStackTrace(): a copy of what SetStackTrace gave, else empty.
func (t *ThrowableImpl) StackTrace() []*StackTraceElement {
	return append([]*StackTraceElement{}, t.stackTrace...)
}

// SetStackTrace is setStackTrace(StackTraceElement[]).
func (t *ThrowableImpl) SetStackTrace(stackTrace []*StackTraceElement) {
	for _, e := range stackTrace {
		if e == nil {
			panic(NewNullPointerException())
		}
	}
	t.stackTrace = append([]*StackTraceElement{}, stackTrace...)
}

// AddSuppressed is addSuppressed(Throwable).
func (t *ThrowableImpl) AddSuppressed(exception Throwable) {
	exception = nullThrowable(exception)
	if exception == nil {
		panic(NewNullPointerException2("Cannot suppress a null exception."))
	}
	if exception.AsThrowable() == t {
		panic(NewIllegalArgumentException3("Self-suppression not permitted", exception))
	}
	t.suppressed = append(t.suppressed, exception)
}

// Suppressed is getSuppressed().
func (t *ThrowableImpl) Suppressed() []Throwable { return append([]Throwable{}, t.suppressed...) }

// JavaClassName is getClass().getName().
func (t *ThrowableImpl) JavaClassName() string { return typeJavaName(reflect.TypeOf(t.me())) }

// String is toString(): `java.lang.IllegalStateException: msg`.
func (t *ThrowableImpl) String() string {
	self := t.me()
	s := self.JavaClassName()
	if msg := self.LocalizedMessage(); !IsNullString(msg) {
		return s + ": " + msg
	}
	return s
}

// PrintStackTrace is printStackTrace(): toString, then the suppressed exceptions and the
// `Caused by:` chain, on System.err. No stack frames are recorded, so no `at` lines.
func (t *ThrowableImpl) PrintStackTrace() { t.PrintStackTrace2(SystemErr) }

// PrintStackTrace2 is printStackTrace(PrintStream).
func (t *ThrowableImpl) PrintStackTrace2(s *PrintStream) {
	s.Print(stackTraceText(t.me()))
}

// PrintStackTrace3 is printStackTrace(PrintWriter) (the usual way to get a stack trace as
// a string, through a StringWriter).
func (t *ThrowableImpl) PrintStackTrace3(s *PrintWriter) {
	s.Print(stackTraceText(t.me()))
}

// stackTraceText is what printStackTrace prints, lines ended by the line separator.
func stackTraceText(t Throwable) string {
	var b []byte
	seen := map[*ThrowableImpl]bool{t.AsThrowable(): true}
	b = append(b, t.String()...)
	b = append(b, '\n')
	b = appendTraceBody(b, t, "", seen)
	return string(b)
}

func appendTraceBody(b []byte, t Throwable, prefix string, seen map[*ThrowableImpl]bool) []byte {
	for _, e := range t.AsThrowable().stackTrace {
		b = append(b, prefix+"\tat "+e.String()+"\n"...)
	}
	for _, s := range t.AsThrowable().suppressed {
		b = appendEnclosed(b, s, "Suppressed: ", prefix+"\t", seen)
	}
	if c := t.Cause(); c != nil {
		b = appendEnclosed(b, c, "Caused by: ", prefix, seen)
	}
	return b
}

func appendEnclosed(b []byte, t Throwable, caption, prefix string, seen map[*ThrowableImpl]bool) []byte {
	if seen[t.AsThrowable()] {
		return append(b, prefix+caption+"[CIRCULAR REFERENCE: "+t.String()+"]\n"...)
	}
	seen[t.AsThrowable()] = true
	b = append(b, prefix+caption+t.String()+"\n"...)
	return appendTraceBody(b, t, prefix, seen)
}

// StackTraceElement is java.lang.StackTraceElement (the runtime records no frames; code
// may still build and print them).
type StackTraceElement struct {
	declaringClass, methodName, fileName string
	lineNumber                           int32
}

// NewStackTraceElement is StackTraceElement(String, String, String, int).
func NewStackTraceElement(declaringClass, methodName, fileName string, lineNumber int32) *StackTraceElement {
	return &StackTraceElement{declaringClass, methodName, fileName, lineNumber}
}

// ClassName is getClassName().
func (e *StackTraceElement) ClassName() string { return e.declaringClass }

// MethodName is getMethodName().
func (e *StackTraceElement) MethodName() string { return e.methodName }

// FileName is getFileName().
func (e *StackTraceElement) FileName() string { return e.fileName }

// LineNumber is getLineNumber().
func (e *StackTraceElement) LineNumber() int32 { return e.lineNumber }

// String is toString(): `pkg.Class.method(File.java:12)`.
func (e *StackTraceElement) String() string {
	where := "Unknown Source"
	switch {
	case e.lineNumber == -2:
		where = "Native Method"
	case e.fileName != "" && e.lineNumber >= 0:
		where = e.fileName + ":" + IntStr(e.lineNumber)
	case e.fileName != "":
		where = e.fileName
	}
	return e.declaringClass + "." + e.methodName + "(" + where + ")"
}
