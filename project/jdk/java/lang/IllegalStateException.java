package java.lang;

public class IllegalStateException extends RuntimeException {
    @Go("java.NewIllegalStateException()") public IllegalStateException() {}
    @Go("java.NewIllegalStateException2({0})") public IllegalStateException(String message) {}
    @Go("java.NewIllegalStateException3({0}, {1})") public IllegalStateException(String message, Throwable cause) {}
    @Go("java.NewIllegalStateException4({0})") public IllegalStateException(Throwable cause) {}
}
