package java.security;

public class NoSuchAlgorithmException extends GeneralSecurityException {
    @Go("java.NewNoSuchAlgorithmException()") public NoSuchAlgorithmException() {}
    @Go("java.NewNoSuchAlgorithmException2({0})") public NoSuchAlgorithmException(String message) {}
    @Go("java.NewNoSuchAlgorithmException3({0}, {1})") public NoSuchAlgorithmException(String message, Throwable cause) {}
    @Go("java.NewNoSuchAlgorithmException4({0})") public NoSuchAlgorithmException(Throwable cause) {}
}
