package java.util.concurrent;

public class CancellationException extends IllegalStateException {
    @Go("java.NewCancellationException()") public CancellationException() {}
    @Go("java.NewCancellationException2({0})") public CancellationException(String message) {}
}
