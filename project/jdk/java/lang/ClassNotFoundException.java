package java.lang;

public class ClassNotFoundException extends ReflectiveOperationException {
    @Go("java.NewClassNotFoundException()") public ClassNotFoundException() {}
    @Go("java.NewClassNotFoundException2({0})") public ClassNotFoundException(String message) {}
    @Go("java.NewClassNotFoundException3({0}, {1})") public ClassNotFoundException(String message, Throwable cause) {}
}
