package java.util;

public class ConcurrentModificationException extends RuntimeException {
    @Go("java.NewConcurrentModificationException()") public ConcurrentModificationException() {}
    @Go("java.NewConcurrentModificationException2({0})") public ConcurrentModificationException(String message) {}
    @Go("java.NewConcurrentModificationException3({0}, {1})") public ConcurrentModificationException(String message, Throwable cause) {}
    @Go("java.NewConcurrentModificationException4({0})") public ConcurrentModificationException(Throwable cause) {}
}
