package java.lang;

public class NoSuchFieldException extends ReflectiveOperationException {
    @Go("java.NewNoSuchFieldException()") public NoSuchFieldException() {}
    @Go("java.NewNoSuchFieldException2({0})") public NoSuchFieldException(String message) {}
}
