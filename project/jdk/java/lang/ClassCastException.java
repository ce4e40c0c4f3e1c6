package java.lang;

public class ClassCastException extends RuntimeException {
    @Go("java.NewClassCastException()") public ClassCastException() {}
    @Go("java.NewClassCastException2({0})") public ClassCastException(String message) {}
}
