package java.lang;

public class IllegalAccessException extends ReflectiveOperationException {
    @Go("java.NewIllegalAccessException()") public IllegalAccessException() {}
    @Go("java.NewIllegalAccessException2({0})") public IllegalAccessException(String message) {}
}
