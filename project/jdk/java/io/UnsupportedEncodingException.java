package java.io;

public class UnsupportedEncodingException extends IOException {
    @Go("java.NewUnsupportedEncodingException()") public UnsupportedEncodingException() {}
    @Go("java.NewUnsupportedEncodingException2({0})") public UnsupportedEncodingException(String message) {}
}
