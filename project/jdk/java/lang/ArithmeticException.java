package java.lang;

public class ArithmeticException extends RuntimeException {
    @Go("java.NewArithmeticException()") public ArithmeticException() {}
    @Go("java.NewArithmeticException2({0})") public ArithmeticException(String message) {}
}
