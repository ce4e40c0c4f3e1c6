package java.lang;

public class Exception extends Throwable {
    @Go("java.NewException()") public Exception() {}
    @Go("java.NewException2({0})") public Exception(String message) {}
    @Go("java.NewException3({0}, {1})") public Exception(String message, Throwable cause) {}
    @Go("java.NewException4({0})") public Exception(Throwable cause) {}
}
