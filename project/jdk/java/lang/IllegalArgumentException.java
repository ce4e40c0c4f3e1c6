package java.lang;

public class IllegalArgumentException extends RuntimeException {
    @Go("java.NewIllegalArgumentException()") public IllegalArgumentException() {}
    @Go("java.NewIllegalArgumentException2({0})") public IllegalArgumentException(String message) {}
    @Go("java.NewIllegalArgumentException3({0}, {1})") public IllegalArgumentException(String message, Throwable cause) {}
    @Go("java.NewIllegalArgumentException4({0})") public IllegalArgumentException(Throwable cause) {}
}
