package java

import (
	"os"
	"path/filepath"
	"strings"
	"time"
)

// File is java.io.File: an abstract pathname (normalised as Java does: repeated and
// trailing separators removed) and the file-system queries on it. The queries return
// false/0 on failure, as Java's do; listings are sorted by name (Java leaves the order to
// the file system).
type File struct{ path string }

// FileSeparator is File.separator.
const FileSeparator = string(os.PathSeparator)

// FileSeparatorChar is File.separatorChar.
const FileSeparatorChar = uint16(os.PathSeparator)

// FilePathSeparator is File.pathSeparator.
const FilePathSeparator = string(os.PathListSeparator)

// normalizePath is java.io.UnixFileSystem.normalize.
func normalizePath(p string) string {
	var b strings.Builder
	prevSlash := false
	for i := 0; i < len(p); i++ {
		c := p[i]
		if c == '/' {
			if prevSlash {
				continue
			}
			prevSlash = true
		} else {
			prevSlash = false
		}
		b.WriteByte(c)
	}
	s := b.String()
	if len(s) > 1 && strings.HasSuffix(s, "/") {
		s = s[:len(s)-1]
	}
	return s
}

// NewFile is the constructor File(String).
func NewFile(pathname string) *File { return &File{normalizePath(pathname)} }

// NewFile2 is the constructor File(String parent, String child): an empty parent is the
// root, as in Java.
func NewFile2(parent, child string) *File {
	if parent == "" {
		return &File{normalizePath("/" + child)}
	}
	return &File{normalizePath(normalizePath(parent) + "/" + child)}
}

// NewFile3 is the constructor File(File parent, String child).
func NewFile3(parent *File, child string) *File {
	if parent == nil {
		return NewFile(child)
	}
	return NewFile2(parent.path, child)
}

// Path is getPath().
func (f *File) Path() string { return f.path }

// Name is getName(): the last name of the path.
func (f *File) Name() string { return f.path[strings.LastIndexByte(f.path, '/')+1:] }

// Parent is getParent(): "" when there is none (Java's null).
func (f *File) Parent() string {
	i := strings.LastIndexByte(f.path, '/')
	switch {
	case i < 0:
		return ""
	case i == 0 && len(f.path) > 1:
		return "/"
	case i == 0:
		return ""
	}
	return f.path[:i]
}

// ParentFile is getParentFile(): nil when there is no parent.
func (f *File) ParentFile() *File {
	if p := f.Parent(); p != "" {
		return &File{p}
	}
	return nil
}

// IsAbsolute is isAbsolute().
func (f *File) IsAbsolute() bool { return strings.HasPrefix(f.path, "/") }

// AbsolutePath is getAbsolutePath(): the path resolved against the working directory
// (not cleaned of "." and "..", as in Java).
func (f *File) AbsolutePath() string {
	if f.IsAbsolute() {
		return f.path
	}
	wd, err := os.Getwd()
	if err != nil {
		return f.path
	}
	if f.path == "" {
		return wd
	}
	return normalizePath(wd + "/" + f.path)
}

// AbsoluteFile is getAbsoluteFile().
func (f *File) AbsoluteFile() *File { return &File{f.AbsolutePath()} }

// CanonicalPath is getCanonicalPath(): absolute, with "." and ".." and symbolic links
// resolved.
func (f *File) CanonicalPath() string {
	abs := filepath.Clean(f.AbsolutePath())
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		return real
	}
	return abs
}

// CanonicalFile is getCanonicalFile().
func (f *File) CanonicalFile() *File { return &File{f.CanonicalPath()} }

func (f *File) stat() (os.FileInfo, bool) {
	st, err := os.Stat(f.path)
	return st, err == nil
}

// Exists is exists().
func (f *File) Exists() bool { _, ok := f.stat(); return ok }

// IsDirectory is isDirectory().
func (f *File) IsDirectory() bool { st, ok := f.stat(); return ok && st.IsDir() }

// IsFile is isFile().
func (f *File) IsFile() bool { st, ok := f.stat(); return ok && st.Mode().IsRegular() }

// IsHidden is isHidden(): the name starts with a dot.
func (f *File) IsHidden() bool { return strings.HasPrefix(f.Name(), ".") }

// Length is length(): 0 when the file does not exist.
func (f *File) Length() int64 {
	if st, ok := f.stat(); ok {
		return st.Size()
	}
	return 0
}

// LastModified is lastModified(): milliseconds since the epoch, 0 when unknown.
func (f *File) LastModified() int64 {
	if st, ok := f.stat(); ok {
		return st.ModTime().UnixMilli()
	}
	return 0
}

// SetLastModified is setLastModified(long).
func (f *File) SetLastModified(time int64) bool {
	if time < 0 {
		panic(NewIllegalArgumentException2("Negative time"))
	}
	t := unixMilli(time)
	return os.Chtimes(f.path, t, t) == nil
}

func unixMilli(ms int64) time.Time { return time.UnixMilli(ms) }

// access reports whether the file allows the mode bits (r 4, w 2, x 1) to someone.
func (f *File) access(bit os.FileMode) bool {
	st, ok := f.stat()
	return ok && st.Mode().Perm()&(bit<<6|bit<<3|bit) != 0
}

// CanRead is canRead().
func (f *File) CanRead() bool { return f.access(4) }

// CanWrite is canWrite().
func (f *File) CanWrite() bool { return f.access(2) }

// CanExecute is canExecute().
func (f *File) CanExecute() bool { return f.access(1) }

// Mkdir is mkdir().
func (f *File) Mkdir() bool { return os.Mkdir(f.path, 0o777) == nil }

// Mkdirs is mkdirs(): false when the directory already existed or could not be made.
func (f *File) Mkdirs() bool {
	if f.Exists() {
		return false
	}
	return os.MkdirAll(f.path, 0o777) == nil
}

// Delete is delete(): a file or an empty directory.
func (f *File) Delete() bool { return os.Remove(f.path) == nil }

// CreateNewFile is createNewFile(): false when it exists already (IOException on failure).
func (f *File) CreateNewFile() bool {
	h, err := os.OpenFile(f.path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o666)
	if err != nil {
		if os.IsExist(err) {
			return false
		}
		panic(NewIOException2(errnoText(err)))
	}
	h.Close()
	return true
}

// RenameTo is renameTo(File).
func (f *File) RenameTo(dest *File) bool {
	if dest == nil {
		panic(NewNullPointerException())
	}
	return os.Rename(f.path, dest.path) == nil
}

// List is list(): the names in the directory, nil when f is not a readable directory.
func (f *File) List() []string {
	entries, err := os.ReadDir(f.path)
	if err != nil {
		return nil
	}
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.Name()
	}
	return names
}

// ListFiles is listFiles(): the directory's files, nil when f is not a directory.
func (f *File) ListFiles() []*File {
	names := f.List()
	if names == nil {
		return nil
	}
	out := make([]*File, len(names))
	for i, n := range names {
		out[i] = NewFile3(f, n)
	}
	return out
}

// FileFilter is java.io.FileFilter.
type FileFilter interface {
	// Accept is accept(File).
	Accept(pathname *File) bool
}

// FileFilterFunc adapts a func to FileFilter.
type FileFilterFunc func(pathname *File) bool

// Accept is accept(File).
func (fn FileFilterFunc) Accept(pathname *File) bool { return fn(pathname) }

// FilenameFilter is java.io.FilenameFilter.
type FilenameFilter interface {
	// Accept is accept(File, String).
	Accept(dir *File, name string) bool
}

// FilenameFilterFunc adapts a func to FilenameFilter.
type FilenameFilterFunc func(dir *File, name string) bool

// Accept is accept(File, String).
func (fn FilenameFilterFunc) Accept(dir *File, name string) bool { return fn(dir, name) }

// ListFilesFilter is listFiles(FileFilter): the files filter accepts (all for null).
func (f *File) ListFilesFilter(filter FileFilter) []*File {
	all := f.ListFiles()
	if all == nil || isNull(filter) {
		return all
	}
	out := []*File{}
	for _, c := range all {
		if filter.Accept(c) {
			out = append(out, c)
		}
	}
	return out
}

// ListFilesNameFilter is listFiles(FilenameFilter).
func (f *File) ListFilesNameFilter(filter FilenameFilter) []*File {
	all := f.ListFiles()
	if all == nil || isNull(filter) {
		return all
	}
	out := []*File{}
	for _, c := range all {
		if filter.Accept(f, c.Name()) {
			out = append(out, c)
		}
	}
	return out
}

// ToPath is toPath().
func (f *File) ToPath() Path { return newPath(f.path) }

// CompareTo is compareTo(File): by path.
func (f *File) CompareTo(pathname *File) int32 { return StrCompareTo(f.path, pathname.path) }

// Equals is equals(Object): another File with the same path.
func (f *File) Equals(o any) bool {
	x, ok := o.(*File)
	return ok && x != nil && x.path == f.path
}

// HashCode is hashCode(): path.hashCode() ^ 1234321, as on Unix.
func (f *File) HashCode() int32 { return StrHashCode(f.path) ^ 1234321 }

// String is toString(): the path.
func (f *File) String() string { return f.path }

func init() {
	registerClassNames(map[string]string{"File": "java.io.File"})
}
