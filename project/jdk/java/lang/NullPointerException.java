package java.lang;

public class NullPointerException extends RuntimeException {
    @Go("java.NewNullPointerException()") public NullPointerException() {}
    @Go("java.NewNullPointerException2({0})") public NullPointerException(String message) {}
}
