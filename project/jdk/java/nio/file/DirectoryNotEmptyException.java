package java.nio.file;

public class DirectoryNotEmptyException extends FileSystemException {
    @Go("java.NewDirectoryNotEmptyException({0})") public DirectoryNotEmptyException(String file) {}
}
