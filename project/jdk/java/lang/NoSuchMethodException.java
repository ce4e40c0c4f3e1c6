package java.lang;

public class NoSuchMethodException extends ReflectiveOperationException {
    @Go("java.NewNoSuchMethodException()") public NoSuchMethodException() {}
    @Go("java.NewNoSuchMethodException2({0})") public NoSuchMethodException(String message) {}
}
