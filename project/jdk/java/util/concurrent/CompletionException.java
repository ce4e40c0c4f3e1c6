package java.util.concurrent;

public class CompletionException extends RuntimeException {
    @Go("java.NewCompletionException()") public CompletionException() {}
    @Go("java.NewCompletionException2({0})") public CompletionException(String message) {}
    @Go("java.NewCompletionException3({0}, {1})") public CompletionException(String message, Throwable cause) {}
    @Go("java.NewCompletionException4({0})") public CompletionException(Throwable cause) {}
}
