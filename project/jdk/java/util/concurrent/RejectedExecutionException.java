package java.util.concurrent;

public class RejectedExecutionException extends RuntimeException {
    @Go("java.NewRejectedExecutionException()") public RejectedExecutionException() {}
    @Go("java.NewRejectedExecutionException2({0})") public RejectedExecutionException(String message) {}
    @Go("java.NewRejectedExecutionException3({0}, {1})") public RejectedExecutionException(String message, Throwable cause) {}
    @Go("java.NewRejectedExecutionException4({0})") public RejectedExecutionException(Throwable cause) {}
}
