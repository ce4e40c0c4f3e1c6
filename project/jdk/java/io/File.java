package java.io;

import java.nio.file.Path;

public class File implements Comparable<File> {
    @Go("java.FileSeparator") public static final String separator;
    @Go("java.FileSeparatorChar") public static final char separatorChar;
    @Go("java.FilePathSeparator") public static final String pathSeparator;

    @Go("java.NewFile({0})") public File(String pathname) {}
    @Go("java.NewFile2({0}, {1})") public File(String parent, String child) {}
    @Go("java.NewFile3({0}, {1})") public File(File parent, String child) {}

    public String getPath() {}
    public String getName() {}
    public String getParent() {}
    public File getParentFile() {}
    public boolean isAbsolute() {}
    public String getAbsolutePath() {}
    public File getAbsoluteFile() {}
    public String getCanonicalPath() throws IOException {}
    public File getCanonicalFile() throws IOException {}
    public boolean exists() {}
    public boolean isDirectory() {}
    public boolean isFile() {}
    public boolean isHidden() {}
    public long length() {}
    public long lastModified() {}
    public boolean setLastModified(long time) {}
    public boolean canRead() {}
    public boolean canWrite() {}
    public boolean canExecute() {}
    public boolean mkdir() {}
    public boolean mkdirs() {}
    public boolean delete() {}
    public boolean createNewFile() throws IOException {}
    public boolean renameTo(File dest) {}
    public String[] list() {}
    @Go("{this}.ListFiles()") public File[] listFiles() {}
    @Go("{this}.ListFilesFilter({0})") public File[] listFiles(FileFilter filter) {}
    @Go("{this}.ListFilesNameFilter({0})") public File[] listFiles(FilenameFilter filter) {}
    public Path toPath() {}
    public int compareTo(File pathname) {}
    public boolean equals(Object obj) {}
    public int hashCode() {}
    public String toString() {}
}
