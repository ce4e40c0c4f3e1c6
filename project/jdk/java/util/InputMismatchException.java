package java.util;

public class InputMismatchException extends NoSuchElementException {
    @Go("java.NewInputMismatchException()") public InputMismatchException() {}
    @Go("java.NewInputMismatchException2({0})") public InputMismatchException(String message) {}
}
