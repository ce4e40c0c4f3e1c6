package java

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"syscall"
)

// java.io byte streams. InputStream and OutputStream are interfaces of their methods (no
// AsX method, so System.out's PrintStream is an OutputStream too); a Java class extending
// one embeds InputStreamImpl/OutputStreamImpl, implements Read/Write(int) and calls
// InitInputStream/InitOutputStream, and gets the other methods in terms of those.
// Failures throw IOException (FileNotFoundException on open) with Java's messages.

// Closeable is java.io.Closeable.
type Closeable interface {
	// Close is close().
	Close()
}

// Flushable is java.io.Flushable.
type Flushable interface {
	// Flush is flush().
	Flush()
}

// InputStream is java.io.InputStream.
type InputStream interface {
	// Read is read(): the next byte (0..255), -1 at the end.
	Read() int32
	// Read2 is read(byte[]).
	Read2(b []int8) int32
	// Read3 is read(byte[], int, int): how many bytes it read, -1 at the end.
	Read3(b []int8, off, length int32) int32
	// ReadAllBytes is readAllBytes().
	ReadAllBytes() []int8
	// Skip is skip(long).
	Skip(n int64) int64
	// Available is available().
	Available() int32
	// TransferTo is transferTo(OutputStream).
	TransferTo(out OutputStream) int64
	// Close is close().
	Close()
}

// InputStreamImpl gives a subclass of InputStream the methods Java defines in terms of
// read().
type InputStreamImpl struct{ self InputStream }

// InitInputStream runs the constructor InputStream() on the InputStream part of a subclass.
func (s *InputStreamImpl) InitInputStream(self InputStream) { s.self = self }

// AsInputStream gives the struct behind the value.
func (s *InputStreamImpl) AsInputStream() *InputStreamImpl { return s }

// Read2 is read(byte[]).
func (s *InputStreamImpl) Read2(b []int8) int32 { return s.self.Read3(b, 0, int32(len(b))) }

// Read3 is read(byte[], int, int): byte by byte through read().
func (s *InputStreamImpl) Read3(b []int8, off, length int32) int32 {
	checkFromIndexSize(off, length, int32(len(b)))
	if length == 0 {
		return 0
	}
	c := s.self.Read()
	if c == -1 {
		return -1
	}
	b[off] = int8(c)
	i := int32(1)
	for ; i < length; i++ {
		if c = s.self.Read(); c == -1 {
			break
		}
		b[off+i] = int8(c)
	}
	return i
}

// ReadAllBytes is readAllBytes().
func (s *InputStreamImpl) ReadAllBytes() []int8 { return readAll(s.self) }

// Skip is skip(long).
func (s *InputStreamImpl) Skip(n int64) int64 { return skipBytes(s.self, n) }

// Available is available(): 0.
func (s *InputStreamImpl) Available() int32 { return 0 }

// TransferTo is transferTo(OutputStream).
func (s *InputStreamImpl) TransferTo(out OutputStream) int64 { return transfer(s.self, out) }

// Close is close(): nothing.
func (s *InputStreamImpl) Close() {}

func readAll(in InputStream) []int8 {
	var out []int8
	buf := make([]int8, 8192)
	for {
		n := in.Read3(buf, 0, int32(len(buf)))
		if n < 0 {
			break
		}
		out = append(out, buf[:n]...)
	}
	if out == nil {
		out = []int8{}
	}
	return out
}

func skipBytes(in InputStream, n int64) int64 {
	buf := make([]int8, 2048)
	left := n
	for left > 0 {
		r := in.Read3(buf, 0, int32(min(int64(len(buf)), left)))
		if r < 0 {
			break
		}
		left -= int64(r)
	}
	return n - max(left, 0)
}

func transfer(in InputStream, out OutputStream) int64 {
	if isNull(out) {
		panic(NewNullPointerException())
	}
	var total int64
	buf := make([]int8, 8192)
	for {
		n := in.Read3(buf, 0, int32(len(buf)))
		if n < 0 {
			return total
		}
		out.Write3(buf, 0, n)
		total += int64(n)
	}
}

// OutputStream is java.io.OutputStream.
type OutputStream interface {
	// Write is write(int): the low 8 bits.
	Write(b int32)
	// Write2 is write(byte[]).
	Write2(b []int8)
	// Write3 is write(byte[], int, int).
	Write3(b []int8, off, length int32)
	// Flush is flush().
	Flush()
	// Close is close().
	Close()
}

// OutputStreamImpl gives a subclass of OutputStream the methods Java defines in terms of
// write(int).
type OutputStreamImpl struct{ self OutputStream }

// InitOutputStream runs the constructor OutputStream() on the OutputStream part of a
// subclass.
func (s *OutputStreamImpl) InitOutputStream(self OutputStream) { s.self = self }

// AsOutputStream gives the struct behind the value.
func (s *OutputStreamImpl) AsOutputStream() *OutputStreamImpl { return s }

// Write2 is write(byte[]).
func (s *OutputStreamImpl) Write2(b []int8) { s.self.Write3(b, 0, int32(len(b))) }

// Write3 is write(byte[], int, int): byte by byte through write(int).
func (s *OutputStreamImpl) Write3(b []int8, off, length int32) {
	checkFromIndexSize(off, length, int32(len(b)))
	for _, c := range b[off : off+length] {
		s.self.Write(int32(c))
	}
}

// Flush is flush(): nothing.
func (s *OutputStreamImpl) Flush() {}

// Close is close(): nothing.
func (s *OutputStreamImpl) Close() {}

// ioError turns a Go I/O error into Java's IOException.
func ioError(err error) Throwable {
	return NewIOException2(ioMessage(err))
}

// ioMessage is the text Java puts in an IOException for an OS error.
func ioMessage(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Path + " (" + errnoText(pe.Err) + ")"
	}
	return errnoText(err)
}

// errnoText spells an OS error as the JVM does ("No such file or directory").
func errnoText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		s := errno.Error()
		if s != "" {
			return string(s[0]-'a'+'A') + s[1:]
		}
	}
	return err.Error()
}

// openError is the FileNotFoundException Java throws when a file cannot be opened.
func openError(err error) Throwable { return NewFileNotFoundException2(ioMessage(err)) }

// FileInputStream is java.io.FileInputStream.
type FileInputStream struct {
	f      *os.File
	closed bool
}

// NewFileInputStream is the constructor FileInputStream(String).
func NewFileInputStream(name string) *FileInputStream {
	f, err := os.Open(name)
	if err == nil {
		if st, serr := f.Stat(); serr == nil && st.IsDir() {
			f.Close()
			panic(NewFileNotFoundException2(name + " (Is a directory)"))
		}
	}
	if err != nil {
		panic(openError(err))
	}
	return &FileInputStream{f: f}
}

// NewFileInputStream2 is the constructor FileInputStream(File).
func NewFileInputStream2(file *File) *FileInputStream { return NewFileInputStream(file.path) }

// Read is read().
func (s *FileInputStream) Read() int32 {
	var b [1]byte
	n, err := s.f.Read(b[:])
	if n == 1 {
		return int32(b[0])
	}
	if err != nil && err != io.EOF {
		panic(ioError(err))
	}
	return -1
}

// Read2 is read(byte[]).
func (s *FileInputStream) Read2(b []int8) int32 { return s.Read3(b, 0, int32(len(b))) }

// Read3 is read(byte[], int, int).
func (s *FileInputStream) Read3(b []int8, off, length int32) int32 {
	return goRead(s.f, b, off, length)
}

// goRead is read(byte[], int, int) over a Go reader.
func goRead(r io.Reader, b []int8, off, length int32) int32 {
	checkFromIndexSize(off, length, int32(len(b)))
	if length == 0 {
		return 0
	}
	for {
		n, err := r.Read(int8sAsBytes(b[off : off+length]))
		if n > 0 {
			return int32(n)
		}
		if err == io.EOF {
			return -1
		}
		if err != nil {
			panic(ioError(err))
		}
	}
}

// ReadAllBytes is readAllBytes().
func (s *FileInputStream) ReadAllBytes() []int8 {
	b, err := io.ReadAll(s.f)
	if err != nil {
		panic(ioError(err))
	}
	return bytesAsInt8s(b)
}

// Skip is skip(long).
func (s *FileInputStream) Skip(n int64) int64 {
	if n <= 0 {
		return 0
	}
	cur, err := s.f.Seek(0, io.SeekCurrent)
	if err != nil {
		panic(ioError(err))
	}
	next, err := s.f.Seek(n, io.SeekCurrent)
	if err != nil {
		panic(ioError(err))
	}
	return next - cur
}

// Available is available(): the bytes left in the file.
func (s *FileInputStream) Available() int32 {
	st, err := s.f.Stat()
	if err != nil {
		panic(ioError(err))
	}
	cur, _ := s.f.Seek(0, io.SeekCurrent)
	return int32(min(max(st.Size()-cur, 0), 1<<31-1))
}

// TransferTo is transferTo(OutputStream).
func (s *FileInputStream) TransferTo(out OutputStream) int64 { return transfer(s, out) }

// Close is close().
func (s *FileInputStream) Close() {
	if !s.closed {
		s.closed = true
		s.f.Close()
	}
}

// FileOutputStream is java.io.FileOutputStream.
type FileOutputStream struct {
	f      *os.File
	closed bool
}

// NewFileOutputStream is the constructor FileOutputStream(String).
func NewFileOutputStream(name string) *FileOutputStream { return NewFileOutputStream2(name, false) }

// NewFileOutputStream2 is the constructor FileOutputStream(String, boolean append).
func NewFileOutputStream2(name string, appendTo bool) *FileOutputStream {
	flag := os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	if appendTo {
		flag = os.O_WRONLY | os.O_CREATE | os.O_APPEND
	}
	f, err := os.OpenFile(name, flag, 0o666)
	if err != nil {
		panic(openError(err))
	}
	return &FileOutputStream{f: f}
}

// NewFileOutputStream3 is the constructor FileOutputStream(File).
func NewFileOutputStream3(file *File) *FileOutputStream {
	return NewFileOutputStream2(file.path, false)
}

// NewFileOutputStream4 is the constructor FileOutputStream(File, boolean append).
func NewFileOutputStream4(file *File, appendTo bool) *FileOutputStream {
	return NewFileOutputStream2(file.path, appendTo)
}

// Write is write(int).
func (s *FileOutputStream) Write(b int32) { s.Write3([]int8{int8(b)}, 0, 1) }

// Write2 is write(byte[]).
func (s *FileOutputStream) Write2(b []int8) { s.Write3(b, 0, int32(len(b))) }

// Write3 is write(byte[], int, int).
func (s *FileOutputStream) Write3(b []int8, off, length int32) { goWrite(s.f, b, off, length) }

func goWrite(w io.Writer, b []int8, off, length int32) {
	checkFromIndexSize(off, length, int32(len(b)))
	if _, err := w.Write(int8sAsBytes(b[off : off+length])); err != nil {
		panic(ioError(err))
	}
}

// Flush is flush().
func (s *FileOutputStream) Flush() {}

// Close is close().
func (s *FileOutputStream) Close() {
	if !s.closed {
		s.closed = true
		if err := s.f.Close(); err != nil {
			panic(ioError(err))
		}
	}
}

// ByteArrayInputStream is java.io.ByteArrayInputStream.
type ByteArrayInputStream struct {
	buf        []int8
	pos, count int
	markPos    int
}

// NewByteArrayInputStream is the constructor ByteArrayInputStream(byte[]).
func NewByteArrayInputStream(buf []int8) *ByteArrayInputStream {
	return &ByteArrayInputStream{buf: buf, count: len(buf)}
}

// NewByteArrayInputStream2 is the constructor ByteArrayInputStream(byte[], int, int).
func NewByteArrayInputStream2(buf []int8, offset, length int32) *ByteArrayInputStream {
	return &ByteArrayInputStream{buf: buf, pos: int(offset), count: min(int(offset+length), len(buf)), markPos: int(offset)}
}

// Read is read().
func (s *ByteArrayInputStream) Read() int32 {
	if s.pos >= s.count {
		return -1
	}
	s.pos++
	return int32(uint8(s.buf[s.pos-1]))
}

// Read2 is read(byte[]).
func (s *ByteArrayInputStream) Read2(b []int8) int32 { return s.Read3(b, 0, int32(len(b))) }

// Read3 is read(byte[], int, int).
func (s *ByteArrayInputStream) Read3(b []int8, off, length int32) int32 {
	checkFromIndexSize(off, length, int32(len(b)))
	if s.pos >= s.count {
		return -1
	}
	n := copy(b[off:off+length], s.buf[s.pos:s.count])
	s.pos += n
	return int32(n)
}

// ReadAllBytes is readAllBytes().
func (s *ByteArrayInputStream) ReadAllBytes() []int8 {
	out := append([]int8{}, s.buf[s.pos:s.count]...)
	s.pos = s.count
	return out
}

// Skip is skip(long).
func (s *ByteArrayInputStream) Skip(n int64) int64 {
	k := max(min(n, int64(s.count-s.pos)), 0)
	s.pos += int(k)
	return k
}

// Available is available().
func (s *ByteArrayInputStream) Available() int32 { return int32(s.count - s.pos) }

// TransferTo is transferTo(OutputStream).
func (s *ByteArrayInputStream) TransferTo(out OutputStream) int64 { return transfer(s, out) }

// Mark is mark(int).
func (s *ByteArrayInputStream) Mark(readAheadLimit int32) { s.markPos = s.pos }

// Reset is reset().
func (s *ByteArrayInputStream) Reset() { s.pos = s.markPos }

// MarkSupported is markSupported().
func (s *ByteArrayInputStream) MarkSupported() bool { return true }

// Close is close(): nothing.
func (s *ByteArrayInputStream) Close() {}

// ByteArrayOutputStream is java.io.ByteArrayOutputStream.
type ByteArrayOutputStream struct{ buf []int8 }

// NewByteArrayOutputStream is the constructor ByteArrayOutputStream().
func NewByteArrayOutputStream() *ByteArrayOutputStream { return &ByteArrayOutputStream{} }

// NewByteArrayOutputStream2 is the constructor ByteArrayOutputStream(int).
func NewByteArrayOutputStream2(size int32) *ByteArrayOutputStream {
	if size < 0 {
		panic(NewIllegalArgumentException2("Negative initial size: " + IntStr(size)))
	}
	return &ByteArrayOutputStream{buf: make([]int8, 0, size)}
}

// Write is write(int).
func (s *ByteArrayOutputStream) Write(b int32) { s.buf = append(s.buf, int8(b)) }

// Write2 is write(byte[]) (writeBytes(byte[]) too).
func (s *ByteArrayOutputStream) Write2(b []int8) { s.buf = append(s.buf, b...) }

// Write3 is write(byte[], int, int).
func (s *ByteArrayOutputStream) Write3(b []int8, off, length int32) {
	checkFromIndexSize(off, length, int32(len(b)))
	s.buf = append(s.buf, b[off:off+length]...)
}

// WriteTo is writeTo(OutputStream).
func (s *ByteArrayOutputStream) WriteTo(out OutputStream) { out.Write3(s.buf, 0, int32(len(s.buf))) }

// ToByteArray is toByteArray(): a copy.
func (s *ByteArrayOutputStream) ToByteArray() []int8 { return append([]int8{}, s.buf...) }

// Size is size().
func (s *ByteArrayOutputStream) Size() int32 { return int32(len(s.buf)) }

// Reset is reset().
func (s *ByteArrayOutputStream) Reset() { s.buf = s.buf[:0] }

// String is toString(): the bytes decoded as UTF-8.
func (s *ByteArrayOutputStream) String() string { return NewStringBytes(s.buf) }

// ToString2 is toString(String charsetName).
func (s *ByteArrayOutputStream) ToString2(charsetName string) string {
	return NewStringBytesCharset(s.buf, charsetName)
}

// Flush is flush(): nothing.
func (s *ByteArrayOutputStream) Flush() {}

// Close is close(): nothing.
func (s *ByteArrayOutputStream) Close() {}

// BufferedInputStream is java.io.BufferedInputStream.
type BufferedInputStream struct {
	in       InputStream
	buf      []int8
	pos, end int
}

// NewBufferedInputStream is the constructor BufferedInputStream(InputStream).
func NewBufferedInputStream(in InputStream) *BufferedInputStream {
	return NewBufferedInputStream2(in, 8192)
}

// NewBufferedInputStream2 is the constructor BufferedInputStream(InputStream, int).
func NewBufferedInputStream2(in InputStream, size int32) *BufferedInputStream {
	if size <= 0 {
		panic(NewIllegalArgumentException2("Buffer size <= 0"))
	}
	return &BufferedInputStream{in: in, buf: make([]int8, size)}
}

func (s *BufferedInputStream) fill() bool {
	if s.pos < s.end {
		return true
	}
	n := s.in.Read3(s.buf, 0, int32(len(s.buf)))
	if n <= 0 {
		return false
	}
	s.pos, s.end = 0, int(n)
	return true
}

// Read is read().
func (s *BufferedInputStream) Read() int32 {
	if !s.fill() {
		return -1
	}
	s.pos++
	return int32(uint8(s.buf[s.pos-1]))
}

// Read2 is read(byte[]).
func (s *BufferedInputStream) Read2(b []int8) int32 { return s.Read3(b, 0, int32(len(b))) }

// Read3 is read(byte[], int, int).
func (s *BufferedInputStream) Read3(b []int8, off, length int32) int32 {
	checkFromIndexSize(off, length, int32(len(b)))
	if length == 0 {
		return 0
	}
	if s.pos >= s.end && int(length) >= len(s.buf) {
		return s.in.Read3(b, off, length)
	}
	if !s.fill() {
		return -1
	}
	n := copy(b[off:off+length], s.buf[s.pos:s.end])
	s.pos += n
	return int32(n)
}

// ReadAllBytes is readAllBytes().
func (s *BufferedInputStream) ReadAllBytes() []int8 { return readAll(s) }

// Skip is skip(long).
func (s *BufferedInputStream) Skip(n int64) int64 { return skipBytes(s, n) }

// Available is available().
func (s *BufferedInputStream) Available() int32 { return int32(s.end-s.pos) + s.in.Available() }

// TransferTo is transferTo(OutputStream).
func (s *BufferedInputStream) TransferTo(out OutputStream) int64 { return transfer(s, out) }

// Close is close().
func (s *BufferedInputStream) Close() { s.in.Close() }

// BufferedOutputStream is java.io.BufferedOutputStream.
type BufferedOutputStream struct {
	out OutputStream
	buf []int8
}

// NewBufferedOutputStream is the constructor BufferedOutputStream(OutputStream).
func NewBufferedOutputStream(out OutputStream) *BufferedOutputStream {
	return NewBufferedOutputStream2(out, 8192)
}

// NewBufferedOutputStream2 is the constructor BufferedOutputStream(OutputStream, int).
func NewBufferedOutputStream2(out OutputStream, size int32) *BufferedOutputStream {
	if size <= 0 {
		panic(NewIllegalArgumentException2("Buffer size <= 0"))
	}
	return &BufferedOutputStream{out: out, buf: make([]int8, 0, size)}
}

func (s *BufferedOutputStream) flushBuffer() {
	if len(s.buf) > 0 {
		s.out.Write3(s.buf, 0, int32(len(s.buf)))
		s.buf = s.buf[:0]
	}
}

// Write is write(int).
func (s *BufferedOutputStream) Write(b int32) {
	if len(s.buf) == cap(s.buf) {
		s.flushBuffer()
	}
	s.buf = append(s.buf, int8(b))
}

// Write2 is write(byte[]).
func (s *BufferedOutputStream) Write2(b []int8) { s.Write3(b, 0, int32(len(b))) }

// Write3 is write(byte[], int, int).
func (s *BufferedOutputStream) Write3(b []int8, off, length int32) {
	checkFromIndexSize(off, length, int32(len(b)))
	if int(length) >= cap(s.buf) {
		s.flushBuffer()
		s.out.Write3(b, off, length)
		return
	}
	if int(length) > cap(s.buf)-len(s.buf) {
		s.flushBuffer()
	}
	s.buf = append(s.buf, b[off:off+length]...)
}

// Flush is flush().
func (s *BufferedOutputStream) Flush() {
	s.flushBuffer()
	s.out.Flush()
}

// Close is close(): flush, then close the stream underneath.
func (s *BufferedOutputStream) Close() {
	defer s.out.Close()
	s.Flush()
}
