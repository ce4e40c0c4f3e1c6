package java.lang;

public class SecurityException extends RuntimeException {
    @Go("java.NewSecurityException()") public SecurityException() {}
    @Go("java.NewSecurityException2({0})") public SecurityException(String message) {}
    @Go("java.NewSecurityException3({0}, {1})") public SecurityException(String message, Throwable cause) {}
    @Go("java.NewSecurityException4({0})") public SecurityException(Throwable cause) {}
}
