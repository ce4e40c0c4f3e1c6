package java.net;

import java.io.IOException;

public class SocketException extends IOException {
    @Go("java.NewSocketException()") public SocketException() {}
    @Go("java.NewSocketException2({0})") public SocketException(String message) {}
}
