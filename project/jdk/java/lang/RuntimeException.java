package java.lang;

public class RuntimeException extends Exception {
    @Go("java.NewRuntimeException()") public RuntimeException() {}
    @Go("java.NewRuntimeException2({0})") public RuntimeException(String message) {}
    @Go("java.NewRuntimeException3({0}, {1})") public RuntimeException(String message, Throwable cause) {}
    @Go("java.NewRuntimeException4({0})") public RuntimeException(Throwable cause) {}
}
