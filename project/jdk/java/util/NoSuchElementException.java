package java.util;

public class NoSuchElementException extends RuntimeException {
    @Go("java.NewNoSuchElementException()") public NoSuchElementException() {}
    @Go("java.NewNoSuchElementException2({0})") public NoSuchElementException(String message) {}
    @Go("java.NewNoSuchElementException3({0}, {1})") public NoSuchElementException(String message, Throwable cause) {}
    @Go("java.NewNoSuchElementException4({0})") public NoSuchElementException(Throwable cause) {}
}
