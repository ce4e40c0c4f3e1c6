package java.security;

public class GeneralSecurityException extends Exception {
    @Go("java.NewGeneralSecurityException()") public GeneralSecurityException() {}
    @Go("java.NewGeneralSecurityException2({0})") public GeneralSecurityException(String message) {}
    @Go("java.NewGeneralSecurityException3({0}, {1})") public GeneralSecurityException(String message, Throwable cause) {}
    @Go("java.NewGeneralSecurityException4({0})") public GeneralSecurityException(Throwable cause) {}
}
