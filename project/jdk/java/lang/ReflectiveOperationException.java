package java.lang;

public class ReflectiveOperationException extends Exception {
    @Go("java.NewReflectiveOperationException()") public ReflectiveOperationException() {}
    @Go("java.NewReflectiveOperationException2({0})") public ReflectiveOperationException(String message) {}
    @Go("java.NewReflectiveOperationException3({0}, {1})") public ReflectiveOperationException(String message, Throwable cause) {}
    @Go("java.NewReflectiveOperationException4({0})") public ReflectiveOperationException(Throwable cause) {}
}
