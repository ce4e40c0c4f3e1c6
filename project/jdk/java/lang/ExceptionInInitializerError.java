package java.lang;

public class ExceptionInInitializerError extends LinkageError {
    @Go("java.NewExceptionInInitializerError()") public ExceptionInInitializerError() {}
    @Go("java.NewExceptionInInitializerError2({0})") public ExceptionInInitializerError(String message) {}
    @Go("java.NewExceptionInInitializerError4({0})") public ExceptionInInitializerError(Throwable thrown) {}
    public Throwable getException() {}
}
