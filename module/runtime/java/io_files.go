package java

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
)

// java.nio.file: Path (one implementation, Unix paths), Paths, Files, the open options and
// the FileSystemException family.

// Path is java.nio.file.Path.
type Path interface {
	// FileName is getFileName(): nil for an empty path or the root.
	FileName() Path
	// Parent is getParent(): nil when there is none.
	Parent() Path
	// Root is getRoot(): "/" for an absolute path, else nil.
	Root() Path
	// IsAbsolute is isAbsolute().
	IsAbsolute() bool
	// NameCount is getNameCount().
	NameCount() int32
	// GetName is getName(int).
	GetName(index int32) Path
	// Resolve is resolve(Path).
	Resolve(other Path) Path
	// ResolveString is resolve(String).
	ResolveString(other string) Path
	// ResolveSibling is resolveSibling(String).
	ResolveSibling(other string) Path
	// Relativize is relativize(Path).
	Relativize(other Path) Path
	// Normalize is normalize(): "." and ".." removed.
	Normalize() Path
	// ToAbsolutePath is toAbsolutePath().
	ToAbsolutePath() Path
	// StartsWith is startsWith(Path).
	StartsWith(other Path) bool
	// StartsWithString is startsWith(String).
	StartsWithString(other string) bool
	// EndsWith is endsWith(Path).
	EndsWith(other Path) bool
	// EndsWithString is endsWith(String).
	EndsWithString(other string) bool
	// ToFile is toFile().
	ToFile() *File
	// CompareTo is compareTo(Path).
	CompareTo(other Path) int32
	// Equals is equals(Object).
	Equals(o any) bool
	// HashCode is hashCode().
	HashCode() int32
	// String is toString().
	String() string
}

// unixPath is the Path of the default (Unix) file system; the string is normalised
// (no repeated or trailing slashes) as Java's UnixPath is.
type unixPath struct{ p string }

func newPath(p string) *unixPath { return &unixPath{normalizePath(p)} }

// upath is the string of a Path argument (NullPointerException for null).
func upath(p Path) string {
	if isNull(p) {
		panic(NewNullPointerException())
	}
	return p.String()
}

// PathsGet is the static Paths.get(String, String...).
func PathsGet(first string, more ...string) Path { return PathOf(first, more...) }

// PathOf is the static Path.of(String, String...): the non-empty parts joined by "/".
func PathOf(first string, more ...string) Path {
	parts := []string{}
	if first != "" {
		parts = append(parts, first)
	}
	for _, m := range more {
		if m != "" {
			parts = append(parts, m)
		}
	}
	return newPath(strings.Join(parts, "/"))
}

func (u *unixPath) names() []string {
	s := strings.TrimPrefix(u.p, "/")
	if s == "" {
		if u.p == "" {
			return []string{""}
		}
		return nil
	}
	return strings.Split(s, "/")
}

func (u *unixPath) FileName() Path {
	if u.p == "" {
		return u
	}
	if u.p == "/" {
		return nil
	}
	return &unixPath{u.p[strings.LastIndexByte(u.p, '/')+1:]}
}

func (u *unixPath) Parent() Path {
	i := strings.LastIndexByte(u.p, '/')
	switch {
	case i < 0 || u.p == "/":
		return nil
	case i == 0:
		return &unixPath{"/"}
	}
	return &unixPath{u.p[:i]}
}

func (u *unixPath) Root() Path {
	if u.IsAbsolute() {
		return &unixPath{"/"}
	}
	return nil
}

func (u *unixPath) IsAbsolute() bool { return strings.HasPrefix(u.p, "/") }

func (u *unixPath) NameCount() int32 { return int32(len(u.names())) }

func (u *unixPath) GetName(index int32) Path {
	n := u.names()
	if index < 0 || int(index) >= len(n) {
		panic(NewIllegalArgumentException())
	}
	return &unixPath{n[index]}
}

func (u *unixPath) Resolve(other Path) Path { return u.ResolveString(upath(other)) }

func (u *unixPath) ResolveString(other string) Path {
	o := normalizePath(other)
	switch {
	case strings.HasPrefix(o, "/"):
		return &unixPath{o}
	case o == "":
		return u
	case u.p == "":
		return &unixPath{o}
	case u.p == "/":
		return &unixPath{"/" + o}
	}
	return &unixPath{u.p + "/" + o}
}

func (u *unixPath) ResolveSibling(other string) Path {
	if p := u.Parent(); p != nil {
		return p.ResolveString(other)
	}
	return newPath(other)
}

func (u *unixPath) Relativize(other Path) Path {
	rel, err := filepath.Rel(u.p, upath(other))
	if err != nil || u.IsAbsolute() != other.IsAbsolute() {
		panic(NewIllegalArgumentException2("'other' is different type of Path"))
	}
	if rel == "." {
		rel = ""
	}
	return &unixPath{rel}
}

func (u *unixPath) Normalize() Path {
	if u.p == "" {
		return u
	}
	c := filepath.Clean(u.p)
	if c == "." {
		c = ""
	}
	return &unixPath{c}
}

func (u *unixPath) ToAbsolutePath() Path { return &unixPath{NewFile(u.p).AbsolutePath()} }

func (u *unixPath) StartsWith(other Path) bool { return u.StartsWithString(upath(other)) }

func (u *unixPath) StartsWithString(other string) bool {
	o := newPath(other)
	if o.IsAbsolute() != u.IsAbsolute() {
		return false
	}
	a, b := u.names(), o.names()
	if len(b) > len(a) {
		return false
	}
	for i := range b {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func (u *unixPath) EndsWith(other Path) bool { return u.EndsWithString(upath(other)) }

func (u *unixPath) EndsWithString(other string) bool {
	o := newPath(other)
	if o.IsAbsolute() {
		return o.p == u.p
	}
	a, b := u.names(), o.names()
	if len(b) > len(a) {
		return false
	}
	for i := range b {
		if a[len(a)-len(b)+i] != b[i] {
			return false
		}
	}
	return true
}

func (u *unixPath) ToFile() *File { return &File{u.p} }

func (u *unixPath) CompareTo(other Path) int32 { return StrCompareTo(u.p, upath(other)) }

func (u *unixPath) Equals(o any) bool {
	x, ok := o.(*unixPath)
	return ok && x != nil && x.p == u.p
}

func (u *unixPath) HashCode() int32 { return StrHashCode(u.p) }

func (u *unixPath) String() string { return u.p }

// OpenOption is java.nio.file.OpenOption: StandardOpenOption and LinkOption constants.
type OpenOption interface{ openOption() }

// StandardOpenOption is the enum java.nio.file.StandardOpenOption.
type StandardOpenOption struct {
	name    string
	ordinal int32
}

func (*StandardOpenOption) openOption() {}

// Name is name().
func (o *StandardOpenOption) Name() string { return o.name }

// Ordinal is ordinal().
func (o *StandardOpenOption) Ordinal() int32 { return o.ordinal }

// String is toString().
func (o *StandardOpenOption) String() string { return o.name }

// The StandardOpenOption constants.
var (
	StandardOpenOptionRead             = &StandardOpenOption{"READ", 0}
	StandardOpenOptionWrite            = &StandardOpenOption{"WRITE", 1}
	StandardOpenOptionAppend           = &StandardOpenOption{"APPEND", 2}
	StandardOpenOptionTruncateExisting = &StandardOpenOption{"TRUNCATE_EXISTING", 3}
	StandardOpenOptionCreate           = &StandardOpenOption{"CREATE", 4}
	StandardOpenOptionCreateNew        = &StandardOpenOption{"CREATE_NEW", 5}
	StandardOpenOptionDeleteOnClose    = &StandardOpenOption{"DELETE_ON_CLOSE", 6}
	StandardOpenOptionSparse           = &StandardOpenOption{"SPARSE", 7}
	StandardOpenOptionSync             = &StandardOpenOption{"SYNC", 8}
	StandardOpenOptionDsync            = &StandardOpenOption{"DSYNC", 9}
)

var standardOpenOptions = []*StandardOpenOption{StandardOpenOptionRead, StandardOpenOptionWrite, StandardOpenOptionAppend,
	StandardOpenOptionTruncateExisting, StandardOpenOptionCreate, StandardOpenOptionCreateNew, StandardOpenOptionDeleteOnClose,
	StandardOpenOptionSparse, StandardOpenOptionSync, StandardOpenOptionDsync}

// StandardOpenOptionValues is the static StandardOpenOption.values().
func StandardOpenOptionValues() []*StandardOpenOption {
	return append([]*StandardOpenOption{}, standardOpenOptions...)
}

// StandardOpenOptionValueOf is the static StandardOpenOption.valueOf(String).
func StandardOpenOptionValueOf(name string) *StandardOpenOption {
	return EnumValueOf(standardOpenOptions, name, "java.nio.file.StandardOpenOption")
}

// LinkOption is the enum java.nio.file.LinkOption.
type LinkOption struct {
	name    string
	ordinal int32
}

func (*LinkOption) openOption() {}

// Name is name().
func (o *LinkOption) Name() string { return o.name }

// Ordinal is ordinal().
func (o *LinkOption) Ordinal() int32 { return o.ordinal }

// String is toString().
func (o *LinkOption) String() string { return o.name }

// LinkOptionNofollowLinks is LinkOption.NOFOLLOW_LINKS.
var LinkOptionNofollowLinks = &LinkOption{"NOFOLLOW_LINKS", 0}

var linkOptions = []*LinkOption{LinkOptionNofollowLinks}

// LinkOptionValues is the static LinkOption.values().
func LinkOptionValues() []*LinkOption { return append([]*LinkOption{}, linkOptions...) }

// LinkOptionValueOf is the static LinkOption.valueOf(String).
func LinkOptionValueOf(name string) *LinkOption {
	return EnumValueOf(linkOptions, name, "java.nio.file.LinkOption")
}

// FileSystemException is java.nio.file.FileSystemException: getMessage is the file, then
// " -> other", then ": reason" when given.
type FileSystemException interface {
	IOException
	// AsFileSystemException gives the struct behind the value.
	AsFileSystemException() *FileSystemExceptionImpl
	// File is getFile().
	File() string
	// OtherFile is getOtherFile().
	OtherFile() string
	// Reason is getReason().
	Reason() string
}

// FileSystemExceptionImpl is the struct behind FileSystemException and its subclasses.
type FileSystemExceptionImpl struct {
	IOExceptionImpl
	file, other, reason string
}

// AsFileSystemException gives the struct behind the value.
func (e *FileSystemExceptionImpl) AsFileSystemException() *FileSystemExceptionImpl { return e }

// InitFileSystemException runs FileSystemException(String file) on a FileSystemException
// or the FileSystemException part of a subclass.
func (e *FileSystemExceptionImpl) InitFileSystemException(self FileSystemException, file string) {
	e.InitFileSystemException2(self, file, "", "")
}

// InitFileSystemException2 runs FileSystemException(String file, String other, String
// reason) on a FileSystemException or the FileSystemException part of a subclass.
func (e *FileSystemExceptionImpl) InitFileSystemException2(self FileSystemException, file, other, reason string) {
	msg := file
	if other != "" {
		msg += " -> " + other
	}
	if reason != "" {
		msg += ": " + reason
	}
	e.IOExceptionImpl.InitIOException2(self, msg)
	e.file, e.other, e.reason = file, other, reason
}

// File is getFile().
func (e *FileSystemExceptionImpl) File() string { return e.file }

// OtherFile is getOtherFile().
func (e *FileSystemExceptionImpl) OtherFile() string { return e.other }

// Reason is getReason().
func (e *FileSystemExceptionImpl) Reason() string { return e.reason }

// NewFileSystemException is the constructor FileSystemException(String).
func NewFileSystemException(file string) *FileSystemExceptionImpl {
	e := &FileSystemExceptionImpl{}
	e.InitFileSystemException(e, file)
	return e
}

// NewFileSystemException2 is the constructor FileSystemException(String, String, String).
func NewFileSystemException2(file, other, reason string) *FileSystemExceptionImpl {
	e := &FileSystemExceptionImpl{}
	e.InitFileSystemException2(e, file, other, reason)
	return e
}

// NoSuchFileException is java.nio.file.NoSuchFileException.
type NoSuchFileException interface {
	FileSystemException
	// AsNoSuchFileException gives the struct behind the value.
	AsNoSuchFileException() *NoSuchFileExceptionImpl
}

// NoSuchFileExceptionImpl is the struct behind NoSuchFileException.
type NoSuchFileExceptionImpl struct{ FileSystemExceptionImpl }

// AsNoSuchFileException gives the struct behind the value.
func (e *NoSuchFileExceptionImpl) AsNoSuchFileException() *NoSuchFileExceptionImpl { return e }

// NewNoSuchFileException is the constructor NoSuchFileException(String).
func NewNoSuchFileException(file string) *NoSuchFileExceptionImpl {
	e := &NoSuchFileExceptionImpl{}
	e.InitNoSuchFileException(e, file)
	return e
}

// InitNoSuchFileException runs NoSuchFileException(String) on a NoSuchFileException or the NoSuchFileException part of a subclass.
func (e *NoSuchFileExceptionImpl) InitNoSuchFileException(self NoSuchFileException, file string) {
	e.FileSystemExceptionImpl.InitFileSystemException(self, file)
}

// FileAlreadyExistsException is java.nio.file.FileAlreadyExistsException.
type FileAlreadyExistsException interface {
	FileSystemException
	// AsFileAlreadyExistsException gives the struct behind the value.
	AsFileAlreadyExistsException() *FileAlreadyExistsExceptionImpl
}

// FileAlreadyExistsExceptionImpl is the struct behind FileAlreadyExistsException.
type FileAlreadyExistsExceptionImpl struct{ FileSystemExceptionImpl }

// AsFileAlreadyExistsException gives the struct behind the value.
func (e *FileAlreadyExistsExceptionImpl) AsFileAlreadyExistsException() *FileAlreadyExistsExceptionImpl {
	return e
}

// NewFileAlreadyExistsException is the constructor FileAlreadyExistsException(String).
func NewFileAlreadyExistsException(file string) *FileAlreadyExistsExceptionImpl {
	e := &FileAlreadyExistsExceptionImpl{}
	e.InitFileAlreadyExistsException(e, file)
	return e
}

// InitFileAlreadyExistsException runs FileAlreadyExistsException(String) on a FileAlreadyExistsException or the FileAlreadyExistsException part of a subclass.
func (e *FileAlreadyExistsExceptionImpl) InitFileAlreadyExistsException(self FileAlreadyExistsException, file string) {
	e.FileSystemExceptionImpl.InitFileSystemException(self, file)
}

// DirectoryNotEmptyException is java.nio.file.DirectoryNotEmptyException.
type DirectoryNotEmptyException interface {
	FileSystemException
	// AsDirectoryNotEmptyException gives the struct behind the value.
	AsDirectoryNotEmptyException() *DirectoryNotEmptyExceptionImpl
}

// DirectoryNotEmptyExceptionImpl is the struct behind DirectoryNotEmptyException.
type DirectoryNotEmptyExceptionImpl struct{ FileSystemExceptionImpl }

// AsDirectoryNotEmptyException gives the struct behind the value.
func (e *DirectoryNotEmptyExceptionImpl) AsDirectoryNotEmptyException() *DirectoryNotEmptyExceptionImpl {
	return e
}

// NewDirectoryNotEmptyException is the constructor DirectoryNotEmptyException(String).
func NewDirectoryNotEmptyException(dir string) *DirectoryNotEmptyExceptionImpl {
	e := &DirectoryNotEmptyExceptionImpl{}
	e.InitDirectoryNotEmptyException(e, dir)
	return e
}

// InitDirectoryNotEmptyException runs DirectoryNotEmptyException(String) on a DirectoryNotEmptyException or the DirectoryNotEmptyException part of a subclass.
func (e *DirectoryNotEmptyExceptionImpl) InitDirectoryNotEmptyException(self DirectoryNotEmptyException, dir string) {
	e.FileSystemExceptionImpl.InitFileSystemException(self, dir)
}

// AccessDeniedException is java.nio.file.AccessDeniedException.
type AccessDeniedException interface {
	FileSystemException
	// AsAccessDeniedException gives the struct behind the value.
	AsAccessDeniedException() *AccessDeniedExceptionImpl
}

// AccessDeniedExceptionImpl is the struct behind AccessDeniedException.
type AccessDeniedExceptionImpl struct{ FileSystemExceptionImpl }

// AsAccessDeniedException gives the struct behind the value.
func (e *AccessDeniedExceptionImpl) AsAccessDeniedException() *AccessDeniedExceptionImpl { return e }

// NewAccessDeniedException is the constructor AccessDeniedException(String).
func NewAccessDeniedException(file string) *AccessDeniedExceptionImpl {
	e := &AccessDeniedExceptionImpl{}
	e.InitAccessDeniedException(e, file)
	return e
}

// InitAccessDeniedException runs AccessDeniedException(String) on a AccessDeniedException or the AccessDeniedException part of a subclass.
func (e *AccessDeniedExceptionImpl) InitAccessDeniedException(self AccessDeniedException, file string) {
	e.FileSystemExceptionImpl.InitFileSystemException(self, file)
}

// NotDirectoryException is java.nio.file.NotDirectoryException.
type NotDirectoryException interface {
	FileSystemException
	// AsNotDirectoryException gives the struct behind the value.
	AsNotDirectoryException() *NotDirectoryExceptionImpl
}

// NotDirectoryExceptionImpl is the struct behind NotDirectoryException.
type NotDirectoryExceptionImpl struct{ FileSystemExceptionImpl }

// AsNotDirectoryException gives the struct behind the value.
func (e *NotDirectoryExceptionImpl) AsNotDirectoryException() *NotDirectoryExceptionImpl { return e }

// NewNotDirectoryException is the constructor NotDirectoryException(String).
func NewNotDirectoryException(file string) *NotDirectoryExceptionImpl {
	e := &NotDirectoryExceptionImpl{}
	e.InitNotDirectoryException(e, file)
	return e
}

// InitNotDirectoryException runs NotDirectoryException(String) on a NotDirectoryException or the NotDirectoryException part of a subclass.
func (e *NotDirectoryExceptionImpl) InitNotDirectoryException(self NotDirectoryException, file string) {
	e.FileSystemExceptionImpl.InitFileSystemException(self, file)
}

// filesError is the exception java.nio.file throws for a Go error on path, as Java's
// UnixException.translateToIOException: ENOENT, EEXIST and EACCES have their own classes,
// ENOTEMPTY (only Files.delete and move meet it) is DirectoryNotEmptyException, any other
// errno (ENOTDIR included) a FileSystemException with the errno's text as its reason.
// ENOTEMPTY is tested first: Go's errors.Is counts it as fs.ErrExist.
func filesError(path string, err error) Throwable {
	var errno syscall.Errno
	errors.As(err, &errno)
	switch {
	case errno == syscall.ENOTEMPTY:
		return NewDirectoryNotEmptyException(path)
	case errors.Is(err, fs.ErrNotExist):
		return NewNoSuchFileException(path)
	case errors.Is(err, fs.ErrExist):
		return NewFileAlreadyExistsException(path)
	case errors.Is(err, fs.ErrPermission):
		return NewAccessDeniedException(path)
	}
	return NewFileSystemException2(path, "", errnoText(err))
}

// followLinks reports whether no NOFOLLOW_LINKS option was given.
func followLinks(options []OpenOption) bool {
	for _, o := range options {
		if o == OpenOption(LinkOptionNofollowLinks) {
			return false
		}
	}
	return true
}

func statPath(p string, options []OpenOption) (os.FileInfo, error) {
	if followLinks(options) {
		return os.Stat(p)
	}
	return os.Lstat(p)
}

// FilesExists is the static Files.exists(Path, LinkOption...).
func FilesExists(path Path, options ...OpenOption) bool {
	_, err := statPath(upath(path), options)
	return err == nil
}

// FilesNotExists is the static Files.notExists(Path, LinkOption...).
func FilesNotExists(path Path, options ...OpenOption) bool {
	_, err := statPath(upath(path), options)
	return errors.Is(err, fs.ErrNotExist)
}

// FilesIsDirectory is the static Files.isDirectory(Path, LinkOption...).
func FilesIsDirectory(path Path, options ...OpenOption) bool {
	st, err := statPath(upath(path), options)
	return err == nil && st.IsDir()
}

// FilesIsRegularFile is the static Files.isRegularFile(Path, LinkOption...).
func FilesIsRegularFile(path Path, options ...OpenOption) bool {
	st, err := statPath(upath(path), options)
	return err == nil && st.Mode().IsRegular()
}

// FilesIsReadable is the static Files.isReadable(Path).
func FilesIsReadable(path Path) bool { return path.ToFile().CanRead() }

// FilesSize is the static Files.size(Path).
func FilesSize(path Path) int64 {
	st, err := os.Stat(upath(path))
	if err != nil {
		panic(filesError(path.String(), err))
	}
	return st.Size()
}

// FilesReadAllBytes is the static Files.readAllBytes(Path).
func FilesReadAllBytes(path Path) []int8 {
	b, err := os.ReadFile(upath(path))
	if err != nil {
		panic(filesError(path.String(), err))
	}
	return bytesAsInt8s(b)
}

// FilesReadString is the static Files.readString(Path): UTF-8.
func FilesReadString(path Path) string { return NewStringBytes(FilesReadAllBytes(path)) }

// FilesReadString2 is the static Files.readString(Path, Charset).
func FilesReadString2(path Path, cs *Charset) string {
	return NewStringBytesCharset(FilesReadAllBytes(path), cs.name)
}

// FilesReadAllLines is the static Files.readAllLines(Path): UTF-8 lines without their
// terminators.
func FilesReadAllLines(path Path) List[string] { return FilesReadAllLines2(path, StandardCharsetsUtf8) }

// FilesReadAllLines2 is the static Files.readAllLines(Path, Charset).
func FilesReadAllLines2(path Path, cs *Charset) List[string] {
	r := FilesNewBufferedReader2(path, cs)
	defer r.Close()
	lines := NewArrayList[string]()
	for line, ok := r.ReadLine(); ok; line, ok = r.ReadLine() {
		lines.Add(line)
	}
	return lines
}

// openFlags turns Java open options for writing into os.OpenFile flags (default CREATE,
// TRUNCATE_EXISTING, WRITE).
func openFlags(options []OpenOption) int {
	if len(options) == 0 {
		return os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	flags := os.O_WRONLY
	for _, o := range options {
		switch o {
		case OpenOption(StandardOpenOptionAppend):
			flags |= os.O_APPEND
		case OpenOption(StandardOpenOptionTruncateExisting):
			flags |= os.O_TRUNC
		case OpenOption(StandardOpenOptionCreate):
			flags |= os.O_CREATE
		case OpenOption(StandardOpenOptionCreateNew):
			flags |= os.O_CREATE | os.O_EXCL
		case OpenOption(StandardOpenOptionSync), OpenOption(StandardOpenOptionDsync):
			flags |= os.O_SYNC
		}
	}
	if flags&os.O_APPEND != 0 && flags&os.O_TRUNC != 0 {
		panic(NewIllegalArgumentException2("APPEND + TRUNCATE_EXISTING not allowed"))
	}
	return flags
}

func openForWrite(path Path, options []OpenOption) *os.File {
	f, err := os.OpenFile(upath(path), openFlags(options), 0o666)
	if err != nil {
		panic(filesError(path.String(), err))
	}
	return f
}

// FilesWrite is the static Files.write(Path, byte[], OpenOption...).
func FilesWrite(path Path, bytes []int8, options ...OpenOption) Path {
	f := openForWrite(path, options)
	defer f.Close()
	if _, err := f.Write(int8sAsBytes(bytes)); err != nil {
		panic(filesError(path.String(), err))
	}
	return path
}

// FilesWriteLines is the static Files.write(Path, Iterable<? extends CharSequence>,
// OpenOption...): each line then the line separator, in UTF-8.
func FilesWriteLines(path Path, lines Collection[string], options ...OpenOption) Path {
	var b strings.Builder
	for l := range lines.All() {
		b.WriteString(l)
		b.WriteString(SystemLineSeparator())
	}
	return FilesWrite(path, GetBytes(b.String()), options...)
}

// FilesWriteString is the static Files.writeString(Path, CharSequence, OpenOption...).
func FilesWriteString(path Path, csq string, options ...OpenOption) Path {
	return FilesWrite(path, GetBytes(csq), options...)
}

// FilesNewInputStream is the static Files.newInputStream(Path, OpenOption...).
func FilesNewInputStream(path Path, options ...OpenOption) InputStream {
	f, err := os.Open(upath(path))
	if err != nil {
		panic(filesError(path.String(), err))
	}
	return &FileInputStream{f: f}
}

// FilesNewOutputStream is the static Files.newOutputStream(Path, OpenOption...).
func FilesNewOutputStream(path Path, options ...OpenOption) OutputStream {
	return &FileOutputStream{f: openForWrite(path, options)}
}

// FilesNewBufferedReader is the static Files.newBufferedReader(Path): UTF-8.
func FilesNewBufferedReader(path Path) *BufferedReader {
	return FilesNewBufferedReader2(path, StandardCharsetsUtf8)
}

// FilesNewBufferedReader2 is the static Files.newBufferedReader(Path, Charset).
func FilesNewBufferedReader2(path Path, cs *Charset) *BufferedReader {
	return NewBufferedReader(NewInputStreamReader3(FilesNewInputStream(path), cs))
}

// FilesNewBufferedWriter is the static Files.newBufferedWriter(Path, OpenOption...): UTF-8.
func FilesNewBufferedWriter(path Path, options ...OpenOption) *BufferedWriter {
	return NewBufferedWriter(NewOutputStreamWriter(FilesNewOutputStream(path, options...)))
}

// FilesCreateDirectory is the static Files.createDirectory(Path, FileAttribute...).
func FilesCreateDirectory(dir Path) Path {
	if err := os.Mkdir(upath(dir), 0o777); err != nil {
		panic(filesError(dir.String(), err))
	}
	return dir
}

// FilesCreateDirectories is the static Files.createDirectories(Path, FileAttribute...).
func FilesCreateDirectories(dir Path) Path {
	if err := os.MkdirAll(upath(dir), 0o777); err != nil {
		panic(filesError(dir.String(), err))
	}
	return dir
}

// FilesCreateFile is the static Files.createFile(Path, FileAttribute...).
func FilesCreateFile(path Path) Path {
	f, err := os.OpenFile(upath(path), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o666)
	if err != nil {
		panic(filesError(path.String(), err))
	}
	f.Close()
	return path
}

// FilesDelete is the static Files.delete(Path).
func FilesDelete(path Path) {
	if err := os.Remove(upath(path)); err != nil {
		panic(filesError(path.String(), err))
	}
}

// FilesDeleteIfExists is the static Files.deleteIfExists(Path).
func FilesDeleteIfExists(path Path) bool {
	err := os.Remove(upath(path))
	if errors.Is(err, fs.ErrNotExist) {
		return false
	}
	if err != nil {
		panic(filesError(path.String(), err))
	}
	return true
}

func init() {
	RegisterEnumValues("java.nio.file.StandardOpenOption", StandardOpenOptionValues)
	RegisterEnumValues("java.nio.file.LinkOption", LinkOptionValues)
	registerClassNames(map[string]string{
		"unixPath":                       "sun.nio.fs.UnixPath",
		"FileSystemExceptionImpl":        "java.nio.file.FileSystemException",
		"FileSystemException":            "java.nio.file.FileSystemException",
		"NoSuchFileExceptionImpl":        "java.nio.file.NoSuchFileException",
		"NoSuchFileException":            "java.nio.file.NoSuchFileException",
		"FileAlreadyExistsExceptionImpl": "java.nio.file.FileAlreadyExistsException",
		"FileAlreadyExistsException":     "java.nio.file.FileAlreadyExistsException",
		"DirectoryNotEmptyExceptionImpl": "java.nio.file.DirectoryNotEmptyException",
		"DirectoryNotEmptyException":     "java.nio.file.DirectoryNotEmptyException",
		"AccessDeniedExceptionImpl":      "java.nio.file.AccessDeniedException",
		"AccessDeniedException":          "java.nio.file.AccessDeniedException",
		"NotDirectoryExceptionImpl":      "java.nio.file.NotDirectoryException",
		"NotDirectoryException":          "java.nio.file.NotDirectoryException",
		"StandardOpenOption":             "java.nio.file.StandardOpenOption",
		"LinkOption":                     "java.nio.file.LinkOption",
	})
}

// FilesLines is the static Files.lines(Path): the file's UTF-8 lines as a Stream (read
// when the stream runs; the file is closed at its end).
func FilesLines(path Path) Stream[string] {
	upath(path)
	return newStream(func(yield func(string) bool) {
		r := FilesNewBufferedReader(path)
		defer r.Close()
		for line := range r.Lines().All() {
			if !yield(line) {
				return
			}
		}
	})
}
