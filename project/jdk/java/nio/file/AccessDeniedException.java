package java.nio.file;

public class AccessDeniedException extends FileSystemException {
    @Go("java.NewAccessDeniedException({0})") public AccessDeniedException(String file) {}
}
