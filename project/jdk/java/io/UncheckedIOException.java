package java.io;

public class UncheckedIOException extends RuntimeException {
    @Go("java.NewUncheckedIOException3({0}, {1})") public UncheckedIOException(String message, IOException cause) {}
    @Go("java.NewUncheckedIOException4({0})") public UncheckedIOException(IOException cause) {}
    @Go("java.Cast[java.IOException]({this}.Cause())") public IOException getCause() {}
}
