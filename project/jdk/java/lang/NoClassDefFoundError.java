package java.lang;

public class NoClassDefFoundError extends LinkageError {
    @Go("java.NewNoClassDefFoundError()") public NoClassDefFoundError() {}
    @Go("java.NewNoClassDefFoundError2({0})") public NoClassDefFoundError(String message) {}
}
