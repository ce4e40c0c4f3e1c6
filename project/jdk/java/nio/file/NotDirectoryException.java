package java.nio.file;

public class NotDirectoryException extends FileSystemException {
    @Go("java.NewNotDirectoryException({0})") public NotDirectoryException(String file) {}
}
