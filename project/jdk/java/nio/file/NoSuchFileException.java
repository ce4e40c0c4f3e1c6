package java.nio.file;

public class NoSuchFileException extends FileSystemException {
    @Go("java.NewNoSuchFileException({0})") public NoSuchFileException(String file) {}
}
