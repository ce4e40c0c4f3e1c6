package java.nio.file;

import java.io.IOException;

public class FileSystemException extends IOException {
    @Go("java.NewFileSystemException({0})") public FileSystemException(String file) {}
    @Go("java.NewFileSystemException2({0}, {1}, {2})") public FileSystemException(String file, String other, String reason) {}

    public String getFile() {}
    public String getOtherFile() {}
    public String getReason() {}
}
