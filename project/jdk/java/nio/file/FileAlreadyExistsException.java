package java.nio.file;

public class FileAlreadyExistsException extends FileSystemException {
    @Go("java.NewFileAlreadyExistsException({0})") public FileAlreadyExistsException(String file) {}
}
