package java

import (
	"errors"
	"io"
	"os"
	"os/signal"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"syscall"
	"time"
)

// PrintStream is java.io.PrintStream, the type of System.out and System.err. The print
// methods take `any` (Java's overloads print the value as String.valueOf does; a char[]
// prints its characters). Text is written as UTF-8, a lone surrogate as '?'.
//
// System.out is buffered and flushed when the buffer fills, at a line end when stdout is a
// terminal, a few milliseconds after a write, before each write to System.err (so the two
// interleave as on the JVM) and at exit; System.err writes through.
type PrintStream struct {
	mu        sync.Mutex
	out       io.Writer
	buf       []byte
	buffered  bool         // keep bytes until a flush
	lineFlush bool         // flush at each '\n' (a terminal)
	before    *PrintStream // flushed before each write to this stream
	autoFlush bool         // flush the destination after each print (PrintStream(out, true))
	timerSet  bool         // a delayed flush is pending
	trouble   bool
	closed    bool
}

// flushDelay bounds how long buffered output of a long-running program waits.
const flushDelay = 20 * time.Millisecond

// newPrintStream makes a PrintStream writing to w (for other runtime areas: a PrintStream
// over a file or an OutputStream); buffered streams need Flush or Close.
func newPrintStream(w io.Writer, buffered bool) *PrintStream {
	return &PrintStream{out: w, buffered: buffered}
}

func isTerminal(f *os.File) bool {
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

var (
	// SystemOut is System.out.
	SystemOut = newStdout()
	// SystemErr is System.err.
	SystemErr = &PrintStream{out: os.Stderr, before: SystemOut}
)

func newStdout() *PrintStream {
	p := newPrintStream(os.Stdout, true)
	p.lineFlush = isTerminal(os.Stdout)
	return p
}

// NewPrintStream is the constructor PrintStream(OutputStream): each print goes to out.
func NewPrintStream(out OutputStream) *PrintStream {
	if isNull(out) {
		panic(NewNullPointerException2("Null output stream"))
	}
	return newPrintStream(outputStreamWriter{out}, false)
}

// NewPrintStream2 is the constructor PrintStream(OutputStream, boolean): each print goes
// to out (and is flushed when autoFlush).
func NewPrintStream2(out OutputStream, autoFlush bool) *PrintStream {
	p := NewPrintStream(out)
	p.autoFlush = autoFlush
	return p
}

// NewPrintStreamFile is the constructor PrintStream(String fileName): the file, created or
// truncated (FileNotFoundException when it cannot be opened).
func NewPrintStreamFile(fileName string) *PrintStream {
	return NewPrintStream(NewFileOutputStream(fileName))
}

// NewPrintStreamFile2 is the constructor PrintStream(File).
func NewPrintStreamFile2(file *File) *PrintStream { return NewPrintStreamFile(file.Path()) }

// outputStreamWriter lets a PrintStream write to a java.io.OutputStream; an IOException
// from the stream becomes a write error (checkError), as PrintStream never throws it.
type outputStreamWriter struct{ out OutputStream }

func (w outputStreamWriter) Write(p []byte) (int, error) {
	b := make([]int8, len(p))
	for i, c := range p {
		b[i] = int8(c)
	}
	if t := Try(func() { w.out.Write3(b, 0, int32(len(b))) }); t != nil {
		return 0, errors.New(t.String())
	}
	return len(p), nil
}

func (w outputStreamWriter) flushDest() error {
	if t := Try(w.out.Flush); t != nil {
		return errors.New(t.String())
	}
	return nil
}

func (w outputStreamWriter) Close() error {
	if t := Try(w.out.Close); t != nil {
		return errors.New(t.String())
	}
	return nil
}

// SystemSetOut is System.setOut(PrintStream).
func SystemSetOut(out *PrintStream) {
	SystemOut.Flush()
	SystemOut = out
	SystemErr.before = out
}

// SystemSetErr is System.setErr(PrintStream).
func SystemSetErr(err *PrintStream) {
	SystemErr.Flush()
	err.before = SystemOut
	SystemErr = err
}

// writeString writes s as UTF-8 (WTF-8 surrogates of this runtime's strings repaired).
func (p *PrintStream) writeString(s string) {
	if p.before != nil && p.before != p {
		p.before.Flush()
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		p.trouble = true
		return
	}
	p.buf = appendUTF8Out(p.buf, s)
	newline := strings.IndexByte(s, '\n') >= 0
	if p.autoFlush && newline {
		defer p.flushDestLocked()
	}
	switch {
	case !p.buffered, len(p.buf) >= 8192, p.lineFlush && newline:
		p.flushLocked()
	case !p.timerSet:
		p.timerSet = true
		time.AfterFunc(flushDelay, func() {
			p.mu.Lock()
			p.timerSet = false
			p.flushLocked()
			p.mu.Unlock()
		})
	}
}

func (p *PrintStream) flushLocked() {
	if len(p.buf) == 0 || p.out == nil {
		return
	}
	if _, err := p.out.Write(p.buf); err != nil {
		p.trouble = true
	}
	p.buf = p.buf[:0]
}

// flushDestLocked writes the buffer and flushes the destination stream, if it has one.
func (p *PrintStream) flushDestLocked() {
	p.flushLocked()
	if f, ok := p.out.(interface{ flushDest() error }); ok && f.flushDest() != nil {
		p.trouble = true
	}
}

// printStr is the text print(x) writes: String.valueOf(x), a char[]'s characters.
func printStr(x any) string {
	if cs, ok := x.([]uint16); ok && cs != nil {
		return StringValueOfChars(cs)
	}
	return Str(x)
}

// Print is print(boolean|char|int|long|float|double|char[]|String|Object).
func (p *PrintStream) Print(x any) { p.writeString(printStr(x)) }

// Println is println() with no argument and println(x) for every overload.
func (p *PrintStream) Println(x ...any) {
	if len(x) == 0 {
		p.writeString("\n")
		return
	}
	p.writeString(printStr(x[0]) + "\n")
}

// Printf is printf(String, Object...): String.format, written.
func (p *PrintStream) Printf(format string, args ...any) *PrintStream {
	p.writeString(StringFormat(format, args...))
	return p
}

// PrintfLocale is printf(Locale, String, Object...): formatted as in the US locale.
func (p *PrintStream) PrintfLocale(l any, format string, args ...any) *PrintStream {
	return p.Printf(format, args...)
}

// Format is format(String, Object...), the same as Printf.
func (p *PrintStream) Format(format string, args ...any) *PrintStream {
	return p.Printf(format, args...)
}

// Append is append(CharSequence) and append(char).
func (p *PrintStream) Append(x any) *PrintStream {
	p.writeString(printStr(x))
	return p
}

// Append2 is append(CharSequence, int, int).
func (p *PrintStream) Append2(csq string, start, end int32) *PrintStream {
	p.writeString(Substring2(csq, start, end))
	return p
}

// Write is write(int): the low byte, written raw.
func (p *PrintStream) Write(b int32) { p.writeBytes([]byte{byte(b)}) }

// Write2 is write(byte[]).
func (p *PrintStream) Write2(buf []int8) { p.Write3(buf, 0, int32(len(buf))) }

// Write3 is write(byte[], int, int).
func (p *PrintStream) Write3(buf []int8, off, length int32) {
	if buf == nil {
		panic(NewNullPointerException())
	}
	if off < 0 || length < 0 || int(off)+int(length) > len(buf) {
		panic(NewIndexOutOfBoundsException())
	}
	b := make([]byte, length)
	for i := range b {
		b[i] = byte(buf[int(off)+i])
	}
	p.writeBytes(b)
}

func (p *PrintStream) writeBytes(b []byte) {
	if p.before != nil && p.before != p {
		p.before.Flush()
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	p.buf = append(p.buf, b...)
	if !p.buffered || len(p.buf) >= 8192 {
		p.flushLocked()
	}
}

// Flush is flush(): the buffer, then the destination stream.
func (p *PrintStream) Flush() {
	p.mu.Lock()
	p.flushDestLocked()
	p.mu.Unlock()
}

// Close is close(): flushes and closes the destination when it can be closed (never the
// process's stdout or stderr).
func (p *PrintStream) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.closed {
		return
	}
	p.flushDestLocked()
	p.closed = true
	if c, ok := p.out.(io.Closer); ok && p.out != io.Writer(os.Stdout) && p.out != io.Writer(os.Stderr) {
		if c.Close() != nil {
			p.trouble = true
		}
	}
}

// CheckError is checkError(): flushes and says whether a write has failed.
func (p *PrintStream) CheckError() bool {
	p.Flush()
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.trouble
}

// appendUTF8Out appends s, turning this runtime's WTF-8 surrogate encodings (a char
// appended alone, see CharStr) into UTF-8: a high+low pair into its code point, a lone
// surrogate into '?', as Java's UTF-8 encoder does.
func appendUTF8Out(b []byte, s string) []byte {
	if strings.IndexByte(s, 0xED) < 0 {
		return append(b, s...)
	}
	for i := 0; i < len(s); {
		if hi, ok := surrogateAt(s, i); ok {
			if hi < 0xDC00 {
				if lo, ok := surrogateAt(s, i+3); ok && lo >= 0xDC00 {
					b = appendRune(b, 0x10000+(rune(hi)-0xD800)<<10+(rune(lo)-0xDC00))
					i += 6
					continue
				}
			}
			b = append(b, '?')
			i += 3
			continue
		}
		b = append(b, s[i])
		i++
	}
	return b
}

// SystemCurrentTimeMillis is System.currentTimeMillis().
func SystemCurrentTimeMillis() int64 { return time.Now().UnixMilli() }

var nanoOrigin = time.Now()

// SystemNanoTime is System.nanoTime(): monotonic nanoseconds from an arbitrary origin.
func SystemNanoTime() int64 { return int64(time.Since(nanoOrigin)) + 1_000_000_000 }

// SystemArraycopy is System.arraycopy(Object, int, Object, int, int): arrays of the same
// element type (ArrayStoreException otherwise); overlapping ranges of one array copy as if
// through a temporary array.
func SystemArraycopy(src any, srcPos int32, dest any, destPos int32, length int32) {
	if isNull(src) || isNull(dest) {
		panic(NewNullPointerException())
	}
	sv, dv := reflect.ValueOf(src), reflect.ValueOf(dest)
	if sv.Kind() != reflect.Slice {
		panic(NewArrayStoreException2("arraycopy: source type " + ClassNameOf(src) + " is not an array"))
	}
	if dv.Kind() != reflect.Slice {
		panic(NewArrayStoreException2("arraycopy: destination type " + ClassNameOf(dest) + " is not an array"))
	}
	widen := false // String[] into Object[]: the elements convert one by one
	if sv.Type() != dv.Type() {
		se, de := sv.Type().Elem(), dv.Type().Elem()
		if isPrimitiveKind(se.Kind()) || isPrimitiveKind(de.Kind()) || de.Kind() != reflect.Interface || !se.Implements(de) {
			panic(NewArrayStoreException2("arraycopy: type mismatch: can not copy " + arrayTypeName(sv.Type()) + " into " + arrayTypeName(dv.Type())))
		}
		widen = true
	}
	srcLen, destLen := int32(sv.Len()), int32(dv.Len())
	elem := arrayElemName(sv.Type().Elem())
	switch {
	case length < 0:
		panic(NewArrayIndexOutOfBoundsException2("arraycopy: length " + IntStr(length) + " is negative"))
	case srcPos < 0:
		panic(NewArrayIndexOutOfBoundsException2("arraycopy: source index " + IntStr(srcPos) + " out of bounds for " + elem + "[" + IntStr(srcLen) + "]"))
	case destPos < 0:
		panic(NewArrayIndexOutOfBoundsException2("arraycopy: destination index " + IntStr(destPos) + " out of bounds for " + elem + "[" + IntStr(destLen) + "]"))
	case int64(srcPos)+int64(length) > int64(srcLen):
		panic(NewArrayIndexOutOfBoundsException2("arraycopy: last source index " + LongStr(int64(srcPos)+int64(length)) + " out of bounds for " + elem + "[" + IntStr(srcLen) + "]"))
	case int64(destPos)+int64(length) > int64(destLen):
		panic(NewArrayIndexOutOfBoundsException2("arraycopy: last destination index " + LongStr(int64(destPos)+int64(length)) + " out of bounds for " + elem + "[" + IntStr(destLen) + "]"))
	}
	if widen {
		for i := int32(0); i < length; i++ {
			dv.Index(int(destPos + i)).Set(sv.Index(int(srcPos + i)))
		}
		return
	}
	switch s := src.(type) {
	case []int32:
		copy(dest.([]int32)[destPos:destPos+length], s[srcPos:srcPos+length])
	case []int8:
		copy(dest.([]int8)[destPos:destPos+length], s[srcPos:srcPos+length])
	case []uint16:
		copy(dest.([]uint16)[destPos:destPos+length], s[srcPos:srcPos+length])
	case []any:
		copy(dest.([]any)[destPos:destPos+length], s[srcPos:srcPos+length])
	default:
		reflect.Copy(dv.Slice(int(destPos), int(destPos+length)), sv.Slice(int(srcPos), int(srcPos+length)))
	}
}

// arrayElemName names an array's element type as arraycopy's messages do.
func arrayElemName(t reflect.Type) string {
	if isPrimitiveKind(t.Kind()) {
		return primitiveNames[arrayElemCode(t)[0]]
	}
	return "object array"
}

// arrayTypeName spells an array type as arraycopy's messages do ("int[]",
// "object array[]").
func arrayTypeName(t reflect.Type) string { return arrayElemName(t.Elem()) + "[]" }

// SystemLineSeparator is System.lineSeparator().
func SystemLineSeparator() string { return "\n" }

// SystemIdentityHashCode is System.identityHashCode(Object).
func SystemIdentityHashCode(x any) int32 { return identityHash(x) }

// SystemGc is System.gc(): a hint, as in Java.
func SystemGc() { runtime.GC() }

// SystemGetenv is System.getenv(String): null when unset.
func SystemGetenv(name string) string {
	if v, ok := os.LookupEnv(name); ok {
		return v
	}
	return NullString // an unset variable is null
}

var (
	propsMu sync.Mutex
	props   = defaultProperties()
)

func defaultProperties() map[string]string {
	wd, _ := os.Getwd()
	home, _ := os.UserHomeDir()
	user := os.Getenv("USER")
	osName := map[string]string{"linux": "Linux", "darwin": "Mac OS X", "windows": "Windows"}[runtime.GOOS]
	if osName == "" {
		osName = runtime.GOOS
	}
	arch := map[string]string{"amd64": "amd64", "arm64": "aarch64", "386": "x86"}[runtime.GOARCH]
	if arch == "" {
		arch = runtime.GOARCH
	}
	return map[string]string{
		"java.version": "17", "java.specification.version": "17", "java.vendor": "l2j-lsp",
		"line.separator": "\n", "file.separator": string(filepath.Separator),
		"path.separator": string(filepath.ListSeparator), "user.dir": wd, "user.home": home,
		"user.name": user, "os.name": osName, "os.arch": arch, "java.io.tmpdir": os.TempDir(),
		"file.encoding": "UTF-8", "native.encoding": "UTF-8",
	}
}

// SystemGetProperty is System.getProperty(String): "" (Java's null) when unset.
func SystemGetProperty(key string) string {
	return SystemGetProperty2(key, NullString) // an unset property is null
}

// SystemGetProperty2 is System.getProperty(String, String).
func SystemGetProperty2(key, def string) string {
	checkPropertyKey(key)
	propsMu.Lock()
	defer propsMu.Unlock()
	if v, ok := props[key]; ok {
		return v
	}
	return def
}

// SystemSetProperty is System.setProperty(String, String): the previous value.
func SystemSetProperty(key, value string) string {
	checkPropertyKey(key)
	propsMu.Lock()
	defer propsMu.Unlock()
	old, ok := props[key]
	if !ok {
		old = NullString // no previous value: null
	}
	props[key] = value
	return old
}

// SystemClearProperty is System.clearProperty(String): the previous value.
func SystemClearProperty(key string) string {
	checkPropertyKey(key)
	propsMu.Lock()
	defer propsMu.Unlock()
	old, ok := props[key]
	if !ok {
		old = NullString // no previous value: null
	}
	delete(props, key)
	return old
}

func checkPropertyKey(key string) {
	if key == "" {
		panic(NewIllegalArgumentException2("key can't be empty"))
	}
}

// Runtime is java.lang.Runtime.
type Runtime struct{}

var theRuntime = &Runtime{}

// RuntimeGetRuntime is Runtime.getRuntime().
func RuntimeGetRuntime() *Runtime { return theRuntime }

// AvailableProcessors is availableProcessors().
func (r *Runtime) AvailableProcessors() int32 { return int32(runtime.NumCPU()) }

// FreeMemory is freeMemory(): the heap's idle bytes.
func (r *Runtime) FreeMemory() int64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapIdle)
}

// TotalMemory is totalMemory(): the bytes the heap holds from the system.
func (r *Runtime) TotalMemory() int64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapSys)
}

// MaxMemory is maxMemory(): Go sets no heap limit unless GOMEMLIMIT does.
func (r *Runtime) MaxMemory() int64 { return int64(^uint64(0) >> 1) }

// Gc is gc().
func (r *Runtime) Gc() { runtime.GC() }

// Exit is exit(int).
func (r *Runtime) Exit(status int32) { exit(status) }

// Halt is halt(int): ends the process without shutdown hooks.
func (r *Runtime) Halt(status int32) {
	SystemOut.Flush()
	os.Exit(int(status))
}

var (
	hooksMu      sync.Mutex
	hooks        []Thread
	hooksRunning bool
	signalsOnce  sync.Once
)

// AddShutdownHook is addShutdownHook(Thread): the thread runs when the program exits
// (main returned, System.exit, or SIGINT/SIGTERM, as on the JVM).
func (r *Runtime) AddShutdownHook(hook Thread) {
	if isNull(hook) {
		panic(NewNullPointerException())
	}
	hooksMu.Lock()
	defer hooksMu.Unlock()
	if hooksRunning {
		panic(NewIllegalStateException2("Shutdown in progress"))
	}
	if hook.IsAlive() {
		panic(NewIllegalArgumentException2("Hook already running"))
	}
	for _, h := range hooks {
		if h == hook {
			panic(NewIllegalArgumentException2("Hook previously registered"))
		}
	}
	hooks = append(hooks, hook)
	signalsOnce.Do(func() {
		ch := make(chan os.Signal, 1)
		signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
		go func() {
			s := <-ch
			code := int32(130) // 128 + SIGINT
			if s == syscall.SIGTERM {
				code = 143
			}
			exit(code)
		}()
	})
}

// RemoveShutdownHook is removeShutdownHook(Thread).
func (r *Runtime) RemoveShutdownHook(hook Thread) bool {
	hooksMu.Lock()
	defer hooksMu.Unlock()
	if hooksRunning {
		panic(NewIllegalStateException2("Shutdown in progress"))
	}
	for i, h := range hooks {
		if h == hook {
			hooks = append(hooks[:i], hooks[i+1:]...)
			return true
		}
	}
	return false
}

// runShutdownHooks starts every hook and waits for all of them, once.
func runShutdownHooks() {
	hooksMu.Lock()
	if hooksRunning {
		hooksMu.Unlock()
		select {} // Java blocks a second exit while hooks run
	}
	hooksRunning = true
	todo := hooks
	hooksMu.Unlock()
	for _, h := range todo {
		h.Start()
	}
	for _, h := range todo {
		h.Join()
	}
}

func init() {
	registerClassNames(map[string]string{
		"PrintStream": "java.io.PrintStream",
		"Runtime":     "java.lang.Runtime",
	})
}
