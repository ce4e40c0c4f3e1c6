package java.lang;

public class IllegalThreadStateException extends IllegalArgumentException {
    @Go("java.NewIllegalThreadStateException()") public IllegalThreadStateException() {}
    @Go("java.NewIllegalThreadStateException2({0})") public IllegalThreadStateException(String message) {}
}
