package java

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestFilePathsMatchJava(t *testing.T) {
	// Java 17 (Io.java).
	got := []string{NewFile("a//b/").Path(), NewFile("a//b/").Name(), NewFile("a/b").Parent(), NewFile("b").Parent(),
		NewFile("/b").Parent(), NewFile("/").Name(), NewFile("").Path(), NewFile2("x", "y").Path(),
		NewFile3(NewFile("/"), "y").Path(), NewFile2("", "y").Path(), IntStr(NewFile("a/b").HashCode())}
	want := []string{"a/b", "b", "a", "", "/", "", "", "x/y", "/y", "/y", "1288101"}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("case %d: %q, want %q", i, got[i], want[i])
		}
	}
	paths := []string{PathsGet("a", "", "b/", "c").String(), PathOf("/x//y/").FileName().String(), PathOf("/x/y").Parent().String(),
		PathOf("/x/../y/./z").Normalize().String(), PathOf("a/b").ResolveString("c").String(), PathOf("a/b").ResolveString("/c").String(),
		IntStr(PathOf("/a/b/c").NameCount()), BoolStr(PathOf("/a/b").StartsWithString("/a")), BoolStr(PathOf("a/b").EndsWithString("b"))}
	wantPaths := []string{"a/b/c", "y", "/x", "/y/z", "a/b/c", "/c", "3", "true", "true"}
	for i := range wantPaths {
		if paths[i] != wantPaths[i] {
			t.Errorf("path case %d: %q, want %q", i, paths[i], wantPaths[i])
		}
	}
	if PathOf("x").Parent() != nil {
		t.Error("Path.of(\"x\").getParent() is null")
	}
	errs := []struct {
		f    func()
		want string
	}{
		{func() { NewFileInputStream("/nonexistent/x.txt") }, "java.io.FileNotFoundException: /nonexistent/x.txt (No such file or directory)"},
		{func() { NewFileInputStream(os.TempDir()) }, "java.io.FileNotFoundException: " + os.TempDir() + " (Is a directory)"},
		{func() { FilesReadAllBytes(PathsGet("/nonexistent/y")) }, "java.nio.file.NoSuchFileException: /nonexistent/y"},
	}
	for _, e := range errs {
		if s := thrown(e.f); s != e.want {
			t.Errorf("%q, want %q", s, e.want)
		}
	}
}

func TestFileSystemOperations(t *testing.T) {
	dir := t.TempDir()
	root := NewFile(dir)
	sub := NewFile3(root, "data/xml")
	if !sub.Mkdirs() || !sub.IsDirectory() || sub.IsFile() || sub.Mkdirs() {
		t.Fatal("mkdirs")
	}
	for _, name := range []string{"b.xml", "a.xml", "c.txt"} {
		w := NewPrintWriter6(NewFile3(sub, name))
		w.Println("<list/>")
		w.Close()
	}
	files := sub.ListFilesFilter(FileFilterFunc(func(f *File) bool { return strings.HasSuffix(f.Name(), ".xml") }))
	if len(files) != 2 || files[0].Name() != "a.xml" || files[1].Name() != "b.xml" {
		t.Fatalf("listFiles(filter): %v", files)
	}
	a := files[0]
	if !a.Exists() || !a.IsFile() || a.Length() != 8 || a.LastModified() == 0 || !a.CanRead() || a.AbsolutePath() != filepath.Join(dir, "data/xml/a.xml") {
		t.Fatalf("file facts: %d %d", a.Length(), a.LastModified())
	}
	if NewFile3(root, "missing").ListFiles() != nil || NewFile3(root, "missing").Length() != 0 {
		t.Fatal("missing file")
	}
	if !a.Delete() || a.Exists() || a.Delete() {
		t.Fatal("delete")
	}
	// Files round trip.
	p := PathOf(dir, "notes.txt")
	FilesWriteString(p, "alpha\r\nbeta\ngamma")
	lines := FilesReadAllLines(p)
	if lines.Size() != 3 || lines.Get(0) != "alpha" || lines.Get(2) != "gamma" {
		t.Fatalf("readAllLines %v", lines)
	}
	var viaStream []string
	for l := range FilesLines(p).All() {
		viaStream = append(viaStream, l)
	}
	if strings.Join(viaStream, "|") != "alpha|beta|gamma" || NewBufferedReader(NewStringReader("a\nb\n")).Lines().Count() != 2 {
		t.Fatalf("lines(): %v", viaStream)
	}
	FilesWrite(p, GetBytes("\ndelta"), StandardOpenOptionAppend)
	if FilesReadString(p) != "alpha\r\nbeta\ngamma\ndelta" || !FilesExists(p) || FilesIsDirectory(p) || FilesSize(p) != 23 {
		t.Fatalf("append: %q", FilesReadString(p))
	}
	if s := thrown(func() { FilesCreateFile(p) }); s != "java.nio.file.FileAlreadyExistsException: "+p.String() {
		t.Fatalf("createFile existing: %q", s)
	}
	FilesCreateDirectories(PathOf(dir, "x", "y"))
	if !FilesIsDirectory(PathOf(dir, "x/y")) || !FilesDeleteIfExists(PathOf(dir, "x/y")) || FilesDeleteIfExists(PathOf(dir, "x/y")) {
		t.Fatal("directories")
	}
	// Streams.
	out := NewBufferedOutputStream(NewFileOutputStream(filepath.Join(dir, "bin")))
	out.Write2([]int8{1, 2, 3})
	out.Write(-1)
	out.Close()
	in := NewBufferedInputStream(NewFileInputStream2(NewFile3(root, "bin")))
	if in.Read() != 1 || in.Available() != 3 {
		t.Fatal("buffered read")
	}
	rest := in.ReadAllBytes()
	if len(rest) != 3 || rest[2] != -1 || in.Read() != -1 {
		t.Fatalf("rest %v", rest)
	}
	in.Close()
}

func TestReadersAndWriters(t *testing.T) {
	// Java 17 (Io.java).
	br := NewBufferedReader(NewStringReader("l1\r\nl2\rl3\n\nl5"))
	var sb strings.Builder
	for line, ok := br.ReadLine(); ok; line, ok = br.ReadLine() {
		sb.WriteString("[" + line + "]")
	}
	if sb.String() != "[l1][l2][l3][][l5]" {
		t.Fatal(sb.String())
	}
	lnr := NewLineNumberReader(NewStringReader("a\r\nb\rc"))
	sb.Reset()
	for c := lnr.Read(); c != -1; c = lnr.Read() {
		sb.WriteString(IntStr(c) + ",")
	}
	if sb.String() != "97,10,98,10,99," || lnr.LineNumber() != 3 {
		t.Fatalf("LineNumberReader %s %d", sb.String(), lnr.LineNumber())
	}
	br2 := NewBufferedReader(NewStringReader("x\ry"))
	if br2.Read() != 120 || br2.Read() != 13 || br2.Read() != 121 {
		t.Fatal("BufferedReader.read passes \\r on")
	}
	sw := NewStringWriter()
	pw := NewPrintWriter(sw)
	pw.Print(int32(1))
	pw.Print(uint16('c'))
	pw.Print(2.5)
	pw.Println("s")
	pw.Printf("%05d|%s", int32(42), nil)
	pw.Println()
	pw.Print([]uint16{'h', 'i'})
	pw.Flush()
	if sw.String() != "1c2.5s\n00042|null\nhi" {
		t.Fatalf("PrintWriter: %q", sw.String())
	}
	isr := NewInputStreamReader(NewByteArrayInputStream([]int8{-61, -87, -16, -97, -104, -128, -1, 65}))
	sb.Reset()
	for c := isr.Read(); c != -1; c = isr.Read() {
		sb.WriteString(IntStr(c) + ",")
	}
	if sb.String() != "233,55357,56832,65533,65," || isr.Encoding() != "UTF8" {
		t.Fatalf("decoding: %s %s", sb.String(), isr.Encoding())
	}
	bo := NewByteArrayOutputStream()
	ow := NewOutputStreamWriter2(bo, "UTF-16LE")
	ow.WriteString("hé")
	ow.Close()
	if b := bo.ToByteArray(); len(b) != 4 || b[0] != 104 || b[2] != -23 {
		t.Fatalf("encoding: %v", b)
	}
	// A decoder split in the middle of a UTF-8 sequence.
	chunked := NewBufferedReader2(NewInputStreamReader(&chunkStream{data: GetBytes("héllo wörld 😀\nend")}), 3)
	if l, _ := chunked.ReadLine(); l != "héllo wörld 😀" {
		t.Fatalf("chunked decode: %q", l)
	}
	if s := thrown(func() { br.Close(); br.ReadLine() }); s != "java.io.IOException: Stream closed" {
		t.Fatalf("closed: %q", s)
	}
}

// chunkStream returns at most one byte per read, to split multi-byte sequences.
type chunkStream struct {
	InputStreamImpl
	data []int8
	pos  int
}

func (c *chunkStream) Read() int32 {
	if c.pos >= len(c.data) {
		return -1
	}
	c.pos++
	return int32(uint8(c.data[c.pos-1]))
}

func (c *chunkStream) Read3(b []int8, off, length int32) int32 {
	if c.self == nil {
		c.InitInputStream(c)
	}
	if length > 1 {
		length = 1
	}
	return c.InputStreamImpl.Read3(b, off, length)
}

func TestPropertiesMatchJava(t *testing.T) {
	src := "# comment\n! another\n  key1 = value1  \nkey2:value2\nkey3 value3\nkey\\ 4=v4\nmulti = first \\\n    second \\\n  third\nesc=tab\\there\\nnew\\u0041\\\\back\nempty\n\\#notcomment=x\n  \nkey5=a=b:c\nuni=\\u00e9t\\u00e9\ntrail=ends\\\\\nlast=\\\n"
	p := NewProperties()
	p.Load(NewStringReader(src))
	// Java 17 (Pr.java).
	want := map[string]string{"#notcomment": "x", "empty": "", "esc": "tab\there\nnewA\\back", "key 4": "v4", "key1": "value1  ",
		"key2": "value2", "key3": "value3", "key5": "a=b:c", "last": "", "multi": "first second third", "trail": "ends\\", "uni": "été"}
	if p.Size() != int32(len(want)) {
		t.Fatalf("size %d", p.Size())
	}
	for k, v := range want {
		if !p.ContainsKey(k) || p.GetProperty(k) != v {
			t.Errorf("[%s]=[%s], want [%s]", k, p.GetProperty(k), v)
		}
	}
	if p.GetProperty2("missing", "dflt") != "dflt" || !IsNullString(p.GetProperty("missing")) {
		t.Error("defaults")
	}
	// Properties p = new Properties(); p.setProperty("k", "v") + " " + p.setProperty("k", "w") +
	// " " + p.remove("k") + " " + p.remove("k") + " " + p.getProperty("k"): null v w null null
	np := NewProperties()
	uExpect(t, "null results", S(np.SetProperty("k", "v"))+" "+S(np.SetProperty("k", "w"))+" "+S(np.Remove("k"))+" "+S(np.Remove("k"))+" "+S(np.GetProperty("k")),
		"null v w null null")
	q := NewProperties()
	q.LoadStream(NewByteArrayInputStream([]int8{'a', '=', -23, -24, '\n', 'b', '=', '\\', 'u', '0', '0', 'e', '9'}))
	if q.GetProperty("a") != "éè" || q.GetProperty("b") != "é" {
		t.Error("ISO-8859-1 stream")
	}
	if s := thrown(func() { NewProperties().Load(NewStringReader("bad=\\u00zz")) }); s != "java.lang.IllegalArgumentException: Malformed \\uxxxx encoding." {
		t.Errorf("malformed: %q", s)
	}
	s := NewProperties()
	s.SetProperty("k e:y", " v=al#\tue ")
	s.SetProperty("Period", "3")
	s.SetProperty("uni", "é中")
	sw := NewStringWriter()
	s.Store(sw, "Olympiad Properties")
	lines := strings.Split(sw.String(), "\n")
	if lines[0] != "#Olympiad Properties" || !strings.HasPrefix(lines[1], "#") || strings.Join(lines[2:], "\n") != "uni=é中\nPeriod=3\nk\\ e\\:y=\\ v\\=al\\#\\tue \n" {
		t.Fatalf("store(Writer):\n%s", sw.String())
	}
	bo := NewByteArrayOutputStream()
	s.StoreStream(bo, "")
	if got := strings.SplitN(bo.ToString2("ISO-8859-1"), "\n", 2)[1]; got != "uni=\\u00E9\\u4E2D\nPeriod=3\nk\\ e\\:y=\\ v\\=al\\#\\tue \n" {
		t.Fatalf("store(OutputStream):\n%s", got)
	}
	d := NewProperties2(s)
	if d.GetProperty("Period") != "3" || d.Size() != 0 || d.StringPropertyNames().Size() != 3 {
		t.Fatal("defaults list")
	}
	// Enough keys to resize the table: the stored order is still one of each key.
	big := NewProperties()
	for i := 0; i < 40; i++ {
		big.SetProperty("key"+IntStr(int32(i)), "v")
	}
	if len(big.order.keys()) != 40 || big.Remove("key3") != "v" || len(big.order.keys()) != 39 {
		t.Fatal("order bookkeeping")
	}
}

func TestFileSystemExceptionFamily(t *testing.T) {
	// Java 17: new FileSystemException("a", "b", "c") and new FileSystemException("a").
	f := NewFileSystemException2("a", "b", "c")
	g := NewFileSystemException("a")
	if got := f.Message() + "|" + f.File() + "|" + f.OtherFile() + "|" + f.Reason() + "|" + g.Message() + "|" + g.OtherFile(); got != "a -> b: c|a|b|c|a|" {
		t.Errorf("FileSystemException: %q", got)
	}
	// for (Exception e : new Exception[]{new NoSuchFileException("f"), ...}):
	// e + " " + (e instanceof FileSystemException) + " " + (e instanceof IOException) + " " +
	// (e instanceof NoSuchFileException) + " " + getFile() + " " + getReason()
	cases := []struct {
		e    Throwable
		want string
	}{
		{NewNoSuchFileException("f"), "java.nio.file.NoSuchFileException: f true true true f "},
		{NewFileAlreadyExistsException("f"), "java.nio.file.FileAlreadyExistsException: f true true false f "},
		{NewDirectoryNotEmptyException("d"), "java.nio.file.DirectoryNotEmptyException: d true true false d "},
		{NewAccessDeniedException("f"), "java.nio.file.AccessDeniedException: f true true false f "},
		{NewNotDirectoryException("f"), "java.nio.file.NotDirectoryException: f true true false f "},
	}
	for _, c := range cases {
		fse, isFSE := c.e.(FileSystemException)
		_, isIOE := c.e.(IOException)
		_, isNSF := c.e.(NoSuchFileException)
		got := c.e.String() + " " + BoolStr(isFSE) + " " + BoolStr(isIOE) + " " + BoolStr(isNSF)
		if isFSE {
			got += " " + fse.File() + " " + fse.Reason()
		}
		if got != c.want {
			t.Errorf("%q\nwant %q", got, c.want)
		}
	}
	// Each is its own catchable type, with its struct behind it.
	if _, ok := Throwable(NewAccessDeniedException("f")).(AccessDeniedException); !ok {
		t.Error("catch AccessDeniedException")
	}
	if _, ok := Throwable(NewDirectoryNotEmptyException("d")).(DirectoryNotEmptyException); !ok {
		t.Error("catch DirectoryNotEmptyException")
	}
	if _, ok := Throwable(NewNotDirectoryException("f")).(FileAlreadyExistsException); ok {
		t.Error("NotDirectoryException caught as FileAlreadyExistsException")
	}
	if e := NewNoSuchFileException("x"); e.AsNoSuchFileException() != e || e.AsFileSystemException() != &e.FileSystemExceptionImpl {
		t.Error("As methods")
	}
	// Files throw them: Files.readAllBytes of a missing file, Files.delete of a non-empty
	// directory (Java: java.nio.file.DirectoryNotEmptyException: DIR).
	dir := t.TempDir()
	FilesCreateFile(PathOf(dir, "f"))
	ex := Try(func() { FilesReadAllBytes(PathOf(dir, "missing")) })
	if nsf, ok := ex.(NoSuchFileException); !ok || nsf.File() != filepath.Join(dir, "missing") {
		t.Errorf("readAllBytes missing: %v", ex)
	}
	ex = Try(func() { FilesDelete(PathOf(dir)) })
	if _, ok := ex.(DirectoryNotEmptyException); !ok || ex.String() != "java.nio.file.DirectoryNotEmptyException: "+dir {
		t.Errorf("delete non-empty: %v", ex)
	}
	ex = Try(func() { FilesCreateFile(PathOf(dir, "f")) })
	if _, ok := ex.(FileAlreadyExistsException); !ok {
		t.Errorf("createFile existing: %v", ex)
	}
	// Files.createDirectory(dir.resolve("f/g")) with f a file: ENOTDIR is a plain
	// FileSystemException (Java: java.nio.file.FileSystemException: DIR/f/g: Not a directory).
	ex = Try(func() { FilesCreateDirectory(PathOf(dir, "f/g")) })
	if _, ok := ex.(NotDirectoryException); ok || ex.String() != "java.nio.file.FileSystemException: "+filepath.Join(dir, "f/g")+": Not a directory" {
		t.Errorf("createDirectory under a file: %v", ex)
	}
}

func TestFileEnums(t *testing.T) {
	// Java 17: Arrays.toString(LinkOption.values()) + " " + LinkOption.valueOf("NOFOLLOW_LINKS").ordinal()
	if got := ArraysToString(LinkOptionValues()) + " " + IntStr(LinkOptionValueOf("NOFOLLOW_LINKS").Ordinal()); got != "[NOFOLLOW_LINKS] 0" {
		t.Errorf("LinkOption: %s", got)
	}
	if LinkOptionValueOf("NOFOLLOW_LINKS") != LinkOptionNofollowLinks || LinkOptionNofollowLinks.Name() != "NOFOLLOW_LINKS" {
		t.Error("LinkOption.valueOf identity")
	}
	vs := LinkOptionValues()
	vs[0] = nil // values() is a fresh array
	if LinkOptionValues()[0] != LinkOptionNofollowLinks {
		t.Error("values() shares its array")
	}
	if StandardOpenOptionValueOf("APPEND") != StandardOpenOptionAppend || StandardOpenOptionValueOf("APPEND").Ordinal() != 2 {
		t.Error("StandardOpenOption.valueOf")
	}
	errs := []struct {
		f    func()
		want string
	}{
		{func() { LinkOptionValueOf("nofollow_links") }, "java.lang.IllegalArgumentException: No enum constant java.nio.file.LinkOption.nofollow_links"},
		{func() { StandardOpenOptionValueOf("Append") }, "java.lang.IllegalArgumentException: No enum constant java.nio.file.StandardOpenOption.Append"},
	}
	for _, e := range errs {
		if s := thrown(e.f); s != e.want {
			t.Errorf("%q\nwant %q", s, e.want)
		}
	}
}
