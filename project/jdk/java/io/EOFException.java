package java.io;

public class EOFException extends IOException {
    @Go("java.NewEOFException()") public EOFException() {}
    @Go("java.NewEOFException2({0})") public EOFException(String message) {}
}
