package java

import (
	"bytes"
	"errors"
	"iter"
	"slices"
	"testing"
)

func TestPrintStreamPrintsLikeJava(t *testing.T) {
	var buf bytes.Buffer
	p := newPrintStream(&buf, false)
	p.Print(int32(1))
	p.Print(uint16('x'))
	p.Print([]uint16{'h', 'i'})
	p.Print(float32(0.1))
	p.Print(nil)
	p.Println()
	p.Println(3.0)
	p.Printf("%05.1f|%s%n", 2.25, "s").Format("%d", int64(7))
	p.Append("ab").Append(uint16('c')).Append2("xyz", 1, 2)
	p.Write(65)
	p.Write3([]int8{66, 67, 68}, 1, 2)
	want := "1xhi0.1null\n3.0\n002.3|s\n7abcyACD"
	if buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}

func TestPrintStreamRepairsSurrogatesOnOutput(t *testing.T) {
	var buf bytes.Buffer
	p := newPrintStream(&buf, false)
	p.Print(CharStr(0xD83D) + CharStr(0xDE00)) // a pair built char by char
	p.Print(CharStr(0xD800) + "!")             // a lone surrogate: Java's encoder writes '?'
	if buf.String() != "😀?!" {
		t.Errorf("got %q", buf.String())
	}
}

func TestBufferedStreamFlushesBeforeTheOtherStream(t *testing.T) {
	var combined bytes.Buffer
	out := newPrintStream(&combined, true)
	errStream := &PrintStream{out: &combined, before: out}
	out.Print("a")
	if combined.Len() != 0 {
		t.Fatal("a buffered stream wrote before a flush")
	}
	errStream.Print("b")
	out.Println("c")
	out.Flush()
	if combined.String() != "abc\n" {
		t.Errorf("interleaving %q", combined.String())
	}
}

type failingWriter struct{ closed bool }

func (w *failingWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }
func (w *failingWriter) Close() error              { w.closed = true; return nil }

func TestPrintStreamCheckErrorAndClose(t *testing.T) {
	w := &failingWriter{}
	p := newPrintStream(w, false)
	p.Print("x")
	if !p.CheckError() {
		t.Error("a failed write must set checkError")
	}
	p.Close()
	if !w.closed {
		t.Error("close closes the destination")
	}
	p.Print("y") // writes after close are dropped, as Java's are
}

func TestSystemPropertiesAndTime(t *testing.T) {
	if SystemGetProperty("line.separator") != "\n" || SystemGetProperty("java.version") != "17" || SystemGetProperty("user.dir") == "" {
		t.Error("default properties")
	}
	if SystemGetProperty2("l2j.test.absent", "dflt") != "dflt" || !IsNullString(SystemGetProperty("l2j.test.absent")) {
		t.Error("absent property")
	}
	if old := SystemSetProperty("l2j.test.p", "v"); !IsNullString(old) || SystemGetProperty("l2j.test.p") != "v" || SystemClearProperty("l2j.test.p") != "v" {
		t.Error("set/clear property")
	}
	if _, ok := Try(func() { SystemGetProperty("") }).(IllegalArgumentException); !ok {
		t.Error("empty key: IllegalArgumentException")
	}
	a := SystemNanoTime()
	if b := SystemNanoTime(); b < a || SystemCurrentTimeMillis() < 1_600_000_000_000 {
		t.Error("clocks")
	}
	if RuntimeGetRuntime().AvailableProcessors() < 1 || RuntimeGetRuntime() != RuntimeGetRuntime() {
		t.Error("Runtime")
	}
}

type stringList []string

func (l stringList) All() iter.Seq[string] { return slices.Values(l) }

func TestStringJoinIterableAndCloneArray(t *testing.T) {
	if got := StringJoin2(", ", stringList{"a", "b", "c"}); got != "a, b, c" {
		t.Errorf("join %q", got)
	}
	a := []int32{1, 2}
	c := CloneArray(a)
	c[0] = 9
	if a[0] != 1 || len(c) != 2 {
		t.Error("clone is a copy")
	}
	if _, ok := Try(func() { CloneArray[int32](nil) }).(NullPointerException); !ok {
		t.Error("clone of null")
	}
}

func TestPrintStreamOverAJavaOutputStream(t *testing.T) {
	bout := NewByteArrayOutputStream()
	p := NewPrintStream2(bout, true)
	p.Println("héllo")
	p.Printf("%d", int32(42))
	if got := bout.String(); got != "héllo\n42" {
		t.Errorf("got %q", got)
	}
	if p.CheckError() {
		t.Error("no error expected")
	}
	dir := t.TempDir()
	f := NewPrintStreamFile(dir + "/out.txt")
	f.Print("file text")
	f.Close()
	if got := NewStringBytes(FilesReadAllBytes(PathOf(dir + "/out.txt"))); got != "file text" {
		t.Errorf("file content %q", got)
	}
	if _, ok := Try(func() { NewPrintStreamFile(dir + "/missing/x.txt") }).(FileNotFoundException); !ok {
		t.Error("an unopenable file: FileNotFoundException")
	}
}
