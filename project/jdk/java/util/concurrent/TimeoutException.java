package java.util.concurrent;

public class TimeoutException extends Exception {
    @Go("java.NewTimeoutException()") public TimeoutException() {}
    @Go("java.NewTimeoutException2({0})") public TimeoutException(String message) {}
}
