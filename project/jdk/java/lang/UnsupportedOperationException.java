package java.lang;

public class UnsupportedOperationException extends RuntimeException {
    @Go("java.NewUnsupportedOperationException()") public UnsupportedOperationException() {}
    @Go("java.NewUnsupportedOperationException2({0})") public UnsupportedOperationException(String message) {}
    @Go("java.NewUnsupportedOperationException3({0}, {1})") public UnsupportedOperationException(String message, Throwable cause) {}
    @Go("java.NewUnsupportedOperationException4({0})") public UnsupportedOperationException(Throwable cause) {}
}
