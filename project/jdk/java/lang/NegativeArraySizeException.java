package java.lang;

public class NegativeArraySizeException extends RuntimeException {
    @Go("java.NewNegativeArraySizeException()") public NegativeArraySizeException() {}
    @Go("java.NewNegativeArraySizeException2({0})") public NegativeArraySizeException(String message) {}
}
