package java

import (
	"strings"
	"unicode/utf8"
)

// java.io character streams. Readers deliver UTF-16 units (Java chars) decoded from bytes
// by a charset (UTF-8 unless one is named; malformed input becomes U+FFFD); writers encode
// strings the same way. Reader and Writer are interfaces of their methods; a Java class
// extending one embeds ReaderImpl/WriterImpl and implements Read3/Write3.

// Charset is java.nio.charset.Charset, for the charsets the runtime decodes: UTF-8,
// US-ASCII, ISO-8859-1, UTF-16, UTF-16BE, UTF-16LE.
type Charset struct{ name string }

// The StandardCharsets constants.
var (
	// StandardCharsetsUtf8 is StandardCharsets.UTF_8.
	StandardCharsetsUtf8 = &Charset{"UTF-8"}
	// StandardCharsetsUsAscii is StandardCharsets.US_ASCII.
	StandardCharsetsUsAscii = &Charset{"US-ASCII"}
	// StandardCharsetsIso88591 is StandardCharsets.ISO_8859_1.
	StandardCharsetsIso88591 = &Charset{"ISO-8859-1"}
	// StandardCharsetsUtf16 is StandardCharsets.UTF_16.
	StandardCharsetsUtf16 = &Charset{"UTF-16"}
	// StandardCharsetsUtf16be is StandardCharsets.UTF_16BE.
	StandardCharsetsUtf16be = &Charset{"UTF-16BE"}
	// StandardCharsetsUtf16le is StandardCharsets.UTF_16LE.
	StandardCharsetsUtf16le = &Charset{"UTF-16LE"}
)

// CharsetForName is the static Charset.forName(String): UnsupportedCharsetException (an
// IllegalArgumentException) for others.
func CharsetForName(charsetName string) *Charset {
	if name := canonicalCharset(charsetName); name != "" {
		return &Charset{name}
	}
	panic(NewIllegalArgumentException2(charsetName))
}

// CharsetDefaultCharset is the static Charset.defaultCharset(): UTF-8.
func CharsetDefaultCharset() *Charset { return StandardCharsetsUtf8 }

// Name is name().
func (c *Charset) Name() string { return c.name }

// String is toString().
func (c *Charset) String() string { return c.name }

// Equals is equals(Object).
func (c *Charset) Equals(o any) bool {
	x, ok := o.(*Charset)
	return ok && x != nil && x.name == c.name
}

// HashCode is hashCode().
func (c *Charset) HashCode() int32 { return StrHashCode(c.name) }

// Reader is java.io.Reader.
type Reader interface {
	// Read is read(): the next char, -1 at the end.
	Read() int32
	// Read2 is read(char[]).
	Read2(cbuf []uint16) int32
	// Read3 is read(char[], int, int).
	Read3(cbuf []uint16, off, length int32) int32
	// Skip is skip(long).
	Skip(n int64) int64
	// Ready is ready().
	Ready() bool
	// Close is close().
	Close()
}

// ReaderImpl gives a subclass of Reader the methods Java defines in terms of
// read(char[], int, int).
type ReaderImpl struct{ self Reader }

// InitReader runs the constructor Reader() on the Reader part of a subclass.
func (r *ReaderImpl) InitReader(self Reader) { r.self = self }

// AsReader gives the struct behind the value.
func (r *ReaderImpl) AsReader() *ReaderImpl { return r }

// Read is read().
func (r *ReaderImpl) Read() int32 { return readOneChar(r.self) }

// Read2 is read(char[]).
func (r *ReaderImpl) Read2(cbuf []uint16) int32 { return r.self.Read3(cbuf, 0, int32(len(cbuf))) }

// Skip is skip(long).
func (r *ReaderImpl) Skip(n int64) int64 { return skipChars(r.self, n) }

// Ready is ready(): false.
func (r *ReaderImpl) Ready() bool { return false }

func readOneChar(r Reader) int32 {
	var c [1]uint16
	if r.Read3(c[:], 0, 1) <= 0 {
		return -1
	}
	return int32(c[0])
}

func skipChars(r Reader, n int64) int64 {
	if n < 0 {
		panic(NewIllegalArgumentException2("skip value is negative"))
	}
	buf := make([]uint16, 1024)
	left := n
	for left > 0 {
		k := r.Read3(buf, 0, int32(min(int64(len(buf)), left)))
		if k < 0 {
			break
		}
		left -= int64(k)
	}
	return n - left
}

// unitReader is the common core of the runtime's readers: a queue of decoded chars and a
// way to get more.
type unitReader struct {
	pending []uint16
	fill    func() bool // decodes more into pending; false at the end
	closer  func()
	closed  bool
}

func (u *unitReader) ensure() bool {
	if u.closed {
		panic(NewIOException2("Stream closed"))
	}
	for len(u.pending) == 0 {
		if u.fill == nil || !u.fill() {
			return false
		}
	}
	return true
}

// Read is read().
func (u *unitReader) Read() int32 {
	if !u.ensure() {
		return -1
	}
	c := u.pending[0]
	u.pending = u.pending[1:]
	return int32(c)
}

// Read2 is read(char[]).
func (u *unitReader) Read2(cbuf []uint16) int32 { return u.Read3(cbuf, 0, int32(len(cbuf))) }

// Read3 is read(char[], int, int).
func (u *unitReader) Read3(cbuf []uint16, off, length int32) int32 {
	checkFromIndexSize(off, length, int32(len(cbuf)))
	if length == 0 {
		return 0
	}
	if !u.ensure() {
		return -1
	}
	n := copy(cbuf[off:off+length], u.pending)
	u.pending = u.pending[n:]
	return int32(n)
}

// Skip is skip(long).
func (u *unitReader) Skip(n int64) int64 { return skipChars(u, n) }

// Ready is ready(): whether chars are decoded and waiting.
func (u *unitReader) Ready() bool { return len(u.pending) > 0 }

// Close is close().
func (u *unitReader) Close() {
	if !u.closed {
		u.closed = true
		if u.closer != nil {
			u.closer()
		}
	}
}

// decoder turns a byte stream into chars in one charset, keeping incomplete sequences for
// the next chunk.
type decoder struct {
	charset string
	carry   []byte
	bomDone bool
	le      bool
}

func (d *decoder) decode(b []byte, eof bool) []uint16 {
	data := append(d.carry, b...)
	d.carry = nil
	var out []uint16
	switch d.charset {
	case "ISO-8859-1", "US-ASCII":
		out = make([]uint16, len(data))
		for i, c := range data {
			if d.charset == "US-ASCII" && c >= 0x80 {
				out[i] = 0xFFFD
			} else {
				out[i] = uint16(c)
			}
		}
	case "UTF-16", "UTF-16BE", "UTF-16LE":
		if !d.bomDone {
			if len(data) < 2 && !eof {
				d.carry = data
				return nil
			}
			d.bomDone = true
			d.le = d.charset == "UTF-16LE"
			if d.charset == "UTF-16" && len(data) >= 2 {
				switch {
				case data[0] == 0xFE && data[1] == 0xFF:
					data = data[2:]
				case data[0] == 0xFF && data[1] == 0xFE:
					data, d.le = data[2:], true
				}
			}
		}
		n := len(data) / 2 * 2
		for i := 0; i < n; i += 2 {
			if d.le {
				out = append(out, uint16(data[i])|uint16(data[i+1])<<8)
			} else {
				out = append(out, uint16(data[i])<<8|uint16(data[i+1]))
			}
		}
		if n < len(data) {
			if eof {
				out = append(out, 0xFFFD)
			} else {
				d.carry = data[n:]
			}
		}
	default: // UTF-8
		i := 0
		for i < len(data) {
			if !eof && !utf8.FullRune(data[i:]) {
				d.carry = append([]byte{}, data[i:]...)
				break
			}
			r, size := utf8.DecodeRune(data[i:])
			i += size
			if r >= 0x10000 {
				r -= 0x10000
				out = append(out, uint16(0xD800+(r>>10)), uint16(0xDC00+(r&0x3FF)))
			} else {
				out = append(out, uint16(r))
			}
		}
	}
	return out
}

// InputStreamReader is java.io.InputStreamReader.
type InputStreamReader struct {
	unitReader
	charset *Charset
}

// NewInputStreamReader is the constructor InputStreamReader(InputStream): UTF-8.
func NewInputStreamReader(in InputStream) *InputStreamReader {
	return NewInputStreamReader3(in, StandardCharsetsUtf8)
}

// NewInputStreamReader2 is the constructor InputStreamReader(InputStream, String).
func NewInputStreamReader2(in InputStream, charsetName string) *InputStreamReader {
	name := canonicalCharset(charsetName)
	if name == "" {
		panic(NewUnsupportedEncodingException2(charsetName))
	}
	return NewInputStreamReader3(in, &Charset{name})
}

// NewInputStreamReader3 is the constructor InputStreamReader(InputStream, Charset).
func NewInputStreamReader3(in InputStream, cs *Charset) *InputStreamReader {
	if isNull(in) || cs == nil {
		panic(NewNullPointerException())
	}
	r := &InputStreamReader{charset: cs}
	dec := &decoder{charset: cs.name}
	buf := make([]int8, 8192)
	done := false
	r.fill = func() bool {
		if done {
			return false
		}
		n := in.Read3(buf, 0, int32(len(buf)))
		if n < 0 {
			done = true
			r.pending = append(r.pending, dec.decode(nil, true)...)
			return len(r.pending) > 0
		}
		r.pending = append(r.pending, dec.decode(int8sAsBytes(buf[:n]), false)...)
		return true
	}
	r.closer = in.Close
	return r
}

// Encoding is getEncoding().
func (r *InputStreamReader) Encoding() string { return strings.ReplaceAll(r.charset.name, "-", "") }

// NewFileReader is the constructor FileReader(String): UTF-8.
func NewFileReader(fileName string) *InputStreamReader {
	return NewInputStreamReader(NewFileInputStream(fileName))
}

// NewFileReader2 is the constructor FileReader(File).
func NewFileReader2(file *File) *InputStreamReader {
	return NewInputStreamReader(NewFileInputStream2(file))
}

// NewFileReader3 is the constructor FileReader(String, Charset).
func NewFileReader3(fileName string, cs *Charset) *InputStreamReader {
	return NewInputStreamReader3(NewFileInputStream(fileName), cs)
}

// StringReader is java.io.StringReader.
type StringReader struct{ unitReader }

// NewStringReader is the constructor StringReader(String).
func NewStringReader(s string) *StringReader {
	r := &StringReader{}
	r.pending = ToCharArray(s)
	return r
}

// BufferedReader is java.io.BufferedReader (and LineNumberReader, which counts lines).
type BufferedReader struct {
	in         Reader
	buf        []uint16
	pos, end   int
	skipLF     bool
	closed     bool
	numbered   bool // a LineNumberReader
	midLine    bool // a LineNumberReader read a char after the last line end
	lineNumber int32
}

// NewBufferedReader is the constructor BufferedReader(Reader).
func NewBufferedReader(in Reader) *BufferedReader { return NewBufferedReader2(in, 8192) }

// NewBufferedReader2 is the constructor BufferedReader(Reader, int).
func NewBufferedReader2(in Reader, size int32) *BufferedReader {
	if size <= 0 {
		panic(NewIllegalArgumentException2("Buffer size <= 0"))
	}
	if isNull(in) {
		panic(NewNullPointerException())
	}
	return &BufferedReader{in: in, buf: make([]uint16, size)}
}

// NewLineNumberReader is the constructor LineNumberReader(Reader).
func NewLineNumberReader(in Reader) *BufferedReader {
	r := NewBufferedReader(in)
	r.numbered = true
	return r
}

func (r *BufferedReader) fill() bool {
	if r.closed {
		panic(NewIOException2("Stream closed"))
	}
	if r.pos < r.end {
		return true
	}
	n := r.in.Read3(r.buf, 0, int32(len(r.buf)))
	if n <= 0 {
		return false
	}
	r.pos, r.end = 0, int(n)
	return true
}

// Read is read(): one char (a LineNumberReader turns "\r" and "\r\n" into "\n" and
// counts lines).
func (r *BufferedReader) Read() int32 {
	for {
		if !r.fill() {
			if r.numbered && r.midLine {
				r.lineNumber++ // a last line without terminator counts, as in Java 17
				r.midLine = false
			}
			return -1
		}
		c := r.buf[r.pos]
		r.pos++
		if r.skipLF {
			r.skipLF = false
			if c == '\n' {
				continue
			}
		}
		if r.numbered {
			r.midLine = c != '\n' && c != '\r'
			if !r.midLine {
				r.lineNumber++
				if c == '\r' {
					r.skipLF = true
				}
				c = '\n'
			}
		}
		return int32(c)
	}
}

// Read2 is read(char[]).
func (r *BufferedReader) Read2(cbuf []uint16) int32 { return r.Read3(cbuf, 0, int32(len(cbuf))) }

// Read3 is read(char[], int, int).
func (r *BufferedReader) Read3(cbuf []uint16, off, length int32) int32 {
	checkFromIndexSize(off, length, int32(len(cbuf)))
	if length == 0 {
		return 0
	}
	if r.skipLF {
		if !r.fill() {
			return -1
		}
		if r.buf[r.pos] == '\n' {
			r.pos++
		}
		r.skipLF = false
	}
	if !r.fill() {
		return -1
	}
	n := copy(cbuf[off:off+length], r.buf[r.pos:r.end])
	r.pos += n
	return int32(n)
}

// ReadLine is readLine(): the next line without its terminator ("\n", "\r" or "\r\n"), and
// false at the end of the stream (where Java returns null: a Go string has no null, so
// `while ((line = r.readLine()) != null)` becomes `for line, ok := r.ReadLine(); ok; ...`).
func (r *BufferedReader) ReadLine() (string, bool) {
	var line []uint16
	started := false
	for {
		if !r.fill() {
			if !started {
				return "", false
			}
			r.lineNumber++
			return fromUnits(line), true
		}
		if r.skipLF {
			r.skipLF = false
			if r.buf[r.pos] == '\n' {
				r.pos++
				continue
			}
		}
		started = true
		start := r.pos
		for r.pos < r.end {
			c := r.buf[r.pos]
			if c == '\n' || c == '\r' {
				line = append(line, r.buf[start:r.pos]...)
				r.pos++
				r.skipLF = c == '\r'
				r.lineNumber++
				return fromUnits(line), true
			}
			r.pos++
		}
		line = append(line, r.buf[start:r.end]...)
	}
}

// Skip is skip(long).
func (r *BufferedReader) Skip(n int64) int64 { return skipChars(r, n) }

// Ready is ready().
func (r *BufferedReader) Ready() bool { return r.pos < r.end || r.in.Ready() }

// LineNumber is LineNumberReader.getLineNumber().
func (r *BufferedReader) LineNumber() int32 { return r.lineNumber }

// SetLineNumber is LineNumberReader.setLineNumber(int).
func (r *BufferedReader) SetLineNumber(n int32) { r.lineNumber = n }

// Close is close().
func (r *BufferedReader) Close() {
	if !r.closed {
		r.closed = true
		r.in.Close()
	}
}

// Writer is java.io.Writer.
type Writer interface {
	// Write is write(int): one char.
	Write(c int32)
	// WriteChars is write(char[]).
	WriteChars(cbuf []uint16)
	// WriteChars2 is write(char[], int, int).
	WriteChars2(cbuf []uint16, off, length int32)
	// WriteString is write(String).
	WriteString(str string)
	// WriteString2 is write(String, int, int).
	WriteString2(str string, off, length int32)
	// Flush is flush().
	Flush()
	// Close is close().
	Close()
}

// WriterImpl gives a subclass of Writer the methods Java defines in terms of
// write(char[], int, int).
type WriterImpl struct{ self Writer }

// InitWriter runs the constructor Writer() on the Writer part of a subclass.
func (w *WriterImpl) InitWriter(self Writer) { w.self = self }

// AsWriter gives the struct behind the value.
func (w *WriterImpl) AsWriter() *WriterImpl { return w }

// Write is write(int).
func (w *WriterImpl) Write(c int32) { w.self.WriteChars2([]uint16{uint16(c)}, 0, 1) }

// WriteChars is write(char[]).
func (w *WriterImpl) WriteChars(cbuf []uint16) { w.self.WriteChars2(cbuf, 0, int32(len(cbuf))) }

// WriteString is write(String).
func (w *WriterImpl) WriteString(str string) {
	u := ToCharArray(str)
	w.self.WriteChars2(u, 0, int32(len(u)))
}

// WriteString2 is write(String, int, int).
func (w *WriterImpl) WriteString2(str string, off, length int32) {
	u := ToCharArray(str)
	checkFromIndexSize(off, length, int32(len(u)))
	w.self.WriteChars2(u, off, length)
}

// sink is the common core of the runtime's writers: text goes to emit as Go strings.
type sink struct {
	emit   func(s string)
	flush  func()
	close  func()
	closed bool
}

func (s *sink) put(str string) {
	if s.closed {
		panic(NewIOException2("Stream closed"))
	}
	s.emit(str)
}

// Write is write(int).
func (s *sink) Write(c int32) { s.put(fromUnits([]uint16{uint16(c)})) }

// WriteChars is write(char[]).
func (s *sink) WriteChars(cbuf []uint16) { s.put(fromUnits(cbuf)) }

// WriteChars2 is write(char[], int, int).
func (s *sink) WriteChars2(cbuf []uint16, off, length int32) {
	checkFromIndexSize(off, length, int32(len(cbuf)))
	s.put(fromUnits(cbuf[off : off+length]))
}

// WriteString is write(String).
func (s *sink) WriteString(str string) { s.put(str) }

// WriteString2 is write(String, int, int).
func (s *sink) WriteString2(str string, off, length int32) {
	u := ToCharArray(str)
	checkFromIndexSize(off, length, int32(len(u)))
	s.put(fromUnits(u[off : off+length]))
}

// Flush is flush().
func (s *sink) Flush() {
	if !s.closed && s.flush != nil {
		s.flush()
	}
}

// Close is close(): flush, then close what is underneath.
func (s *sink) Close() {
	if s.closed {
		return
	}
	s.Flush()
	s.closed = true
	if s.close != nil {
		s.close()
	}
}

// encode is str in a charset.
func encode(str string, cs *Charset) []int8 {
	if cs == StandardCharsetsUtf8 || cs.name == "UTF-8" {
		return GetBytes(str)
	}
	return GetBytesCharset(str, cs.name)
}

// OutputStreamWriter is java.io.OutputStreamWriter (and FileWriter).
type OutputStreamWriter struct {
	sink
	charset *Charset
}

// NewOutputStreamWriter is the constructor OutputStreamWriter(OutputStream): UTF-8.
func NewOutputStreamWriter(out OutputStream) *OutputStreamWriter {
	return NewOutputStreamWriter3(out, StandardCharsetsUtf8)
}

// NewOutputStreamWriter2 is the constructor OutputStreamWriter(OutputStream, String).
func NewOutputStreamWriter2(out OutputStream, charsetName string) *OutputStreamWriter {
	name := canonicalCharset(charsetName)
	if name == "" {
		panic(NewUnsupportedEncodingException2(charsetName))
	}
	return NewOutputStreamWriter3(out, &Charset{name})
}

// NewOutputStreamWriter3 is the constructor OutputStreamWriter(OutputStream, Charset).
func NewOutputStreamWriter3(out OutputStream, cs *Charset) *OutputStreamWriter {
	if isNull(out) || cs == nil {
		panic(NewNullPointerException())
	}
	w := &OutputStreamWriter{charset: cs}
	w.emit = func(s string) {
		b := encode(s, cs)
		out.Write3(b, 0, int32(len(b)))
	}
	w.flush, w.close = out.Flush, out.Close
	return w
}

// Encoding is getEncoding().
func (w *OutputStreamWriter) Encoding() string { return strings.ReplaceAll(w.charset.name, "-", "") }

// NewFileWriter is the constructor FileWriter(String).
func NewFileWriter(fileName string) *OutputStreamWriter {
	return NewOutputStreamWriter(NewFileOutputStream(fileName))
}

// NewFileWriter2 is the constructor FileWriter(String, boolean append).
func NewFileWriter2(fileName string, appendTo bool) *OutputStreamWriter {
	return NewOutputStreamWriter(NewFileOutputStream2(fileName, appendTo))
}

// NewFileWriter3 is the constructor FileWriter(File).
func NewFileWriter3(file *File) *OutputStreamWriter {
	return NewOutputStreamWriter(NewFileOutputStream3(file))
}

// NewFileWriter4 is the constructor FileWriter(File, boolean append).
func NewFileWriter4(file *File, appendTo bool) *OutputStreamWriter {
	return NewOutputStreamWriter(NewFileOutputStream4(file, appendTo))
}

// BufferedWriter is java.io.BufferedWriter.
type BufferedWriter struct {
	sink
	buf strings.Builder
}

// NewBufferedWriter is the constructor BufferedWriter(Writer).
func NewBufferedWriter(out Writer) *BufferedWriter { return NewBufferedWriter2(out, 8192) }

// NewBufferedWriter2 is the constructor BufferedWriter(Writer, int).
func NewBufferedWriter2(out Writer, size int32) *BufferedWriter {
	if size <= 0 {
		panic(NewIllegalArgumentException2("Buffer size <= 0"))
	}
	w := &BufferedWriter{}
	w.emit = func(s string) {
		w.buf.WriteString(s)
		if w.buf.Len() >= int(size) {
			out.WriteString(w.buf.String())
			w.buf.Reset()
		}
	}
	w.flush = func() {
		if w.buf.Len() > 0 {
			out.WriteString(w.buf.String())
			w.buf.Reset()
		}
		out.Flush()
	}
	w.close = out.Close
	return w
}

// NewLine is newLine(): the line separator.
func (w *BufferedWriter) NewLine() { w.put(SystemLineSeparator()) }

// StringWriter is java.io.StringWriter.
type StringWriter struct {
	sink
	buf *StringBuilder
}

// NewStringWriter is the constructor StringWriter().
func NewStringWriter() *StringWriter {
	w := &StringWriter{buf: NewStringBuilder()}
	w.emit = func(s string) { w.buf.Append(s) }
	return w
}

// Close is close(): nothing (a StringWriter stays usable).
func (w *StringWriter) Close() {}

// Buffer is getBuffer().
func (w *StringWriter) Buffer() *StringBuilder { return w.buf }

// String is toString().
func (w *StringWriter) String() string { return w.buf.String() }

// PrintWriter is java.io.PrintWriter: print methods take any value (String.valueOf), and
// errors set checkError instead of throwing.
type PrintWriter struct {
	out       Writer
	autoFlush bool
	trouble   bool
	closed    bool
}

// NewPrintWriter is the constructor PrintWriter(Writer).
func NewPrintWriter(out Writer) *PrintWriter { return NewPrintWriter2(out, false) }

// NewPrintWriter2 is the constructor PrintWriter(Writer, boolean autoFlush).
func NewPrintWriter2(out Writer, autoFlush bool) *PrintWriter {
	if isNull(out) {
		panic(NewNullPointerException())
	}
	return &PrintWriter{out: out, autoFlush: autoFlush}
}

// NewPrintWriter3 is the constructor PrintWriter(OutputStream).
func NewPrintWriter3(out OutputStream) *PrintWriter { return NewPrintWriter4(out, false) }

// NewPrintWriter4 is the constructor PrintWriter(OutputStream, boolean autoFlush).
func NewPrintWriter4(out OutputStream, autoFlush bool) *PrintWriter {
	return NewPrintWriter2(NewBufferedWriter(NewOutputStreamWriter(out)), autoFlush)
}

// NewPrintWriter5 is the constructor PrintWriter(String fileName).
func NewPrintWriter5(fileName string) *PrintWriter {
	return NewPrintWriter(NewBufferedWriter(NewFileWriter(fileName)))
}

// NewPrintWriter6 is the constructor PrintWriter(File).
func NewPrintWriter6(file *File) *PrintWriter {
	return NewPrintWriter(NewBufferedWriter(NewFileWriter3(file)))
}

func (p *PrintWriter) write(s string) {
	if p.closed {
		p.trouble = true
		return
	}
	if Try(func() { p.out.WriteString(s) }) != nil {
		p.trouble = true
	}
}

// Print is print(x) for every overload.
func (p *PrintWriter) Print(x any) { p.write(printStr(x)) }

// Println is println() and println(x).
func (p *PrintWriter) Println(x ...any) {
	if len(x) > 0 {
		p.write(printStr(x[0]))
	}
	p.write(SystemLineSeparator())
	if p.autoFlush {
		p.Flush()
	}
}

// Printf is printf(String, Object...).
func (p *PrintWriter) Printf(format string, args ...any) *PrintWriter {
	p.write(StringFormat(format, args...))
	if p.autoFlush {
		p.Flush()
	}
	return p
}

// Format is format(String, Object...).
func (p *PrintWriter) Format(format string, args ...any) *PrintWriter {
	return p.Printf(format, args...)
}

// Append is append(CharSequence) and append(char).
func (p *PrintWriter) Append(x any) *PrintWriter { p.write(printStr(x)); return p }

// Write is write(int).
func (p *PrintWriter) Write(c int32) { p.write(fromUnits([]uint16{uint16(c)})) }

// WriteChars is write(char[]).
func (p *PrintWriter) WriteChars(cbuf []uint16) { p.write(fromUnits(cbuf)) }

// WriteChars2 is write(char[], int, int).
func (p *PrintWriter) WriteChars2(cbuf []uint16, off, length int32) {
	checkFromIndexSize(off, length, int32(len(cbuf)))
	p.write(fromUnits(cbuf[off : off+length]))
}

// WriteString is write(String).
func (p *PrintWriter) WriteString(s string) { p.write(s) }

// WriteString2 is write(String, int, int).
func (p *PrintWriter) WriteString2(s string, off, length int32) {
	u := ToCharArray(s)
	checkFromIndexSize(off, length, int32(len(u)))
	p.write(fromUnits(u[off : off+length]))
}

// Flush is flush().
func (p *PrintWriter) Flush() {
	if !p.closed && Try(p.out.Flush) != nil {
		p.trouble = true
	}
}

// Close is close().
func (p *PrintWriter) Close() {
	if !p.closed {
		if Try(p.out.Close) != nil {
			p.trouble = true
		}
		p.closed = true
	}
}

// CheckError is checkError(): flushes, then whether an error happened.
func (p *PrintWriter) CheckError() bool {
	p.Flush()
	return p.trouble
}

// Lines is lines(): the remaining lines as a lazy Stream (an IOException while reading
// becomes UncheckedIOException, as in Java).
func (r *BufferedReader) Lines() Stream[string] {
	return newStream(func(yield func(string) bool) {
		for {
			var line string
			var ok bool
			if ex := Try(func() { line, ok = r.ReadLine() }); ex != nil {
				if io, isIO := ex.(IOException); isIO {
					panic(NewUncheckedIOException4(io))
				}
				panic(ex)
			}
			if !ok || !yield(line) {
				return
			}
		}
	})
}
