package java.io;

public class IOException extends Exception {
    @Go("java.NewIOException()") public IOException() {}
    @Go("java.NewIOException2({0})") public IOException(String message) {}
    @Go("java.NewIOException3({0}, {1})") public IOException(String message, Throwable cause) {}
    @Go("java.NewIOException4({0})") public IOException(Throwable cause) {}
}
