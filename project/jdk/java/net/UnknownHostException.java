package java.net;

import java.io.IOException;

public class UnknownHostException extends IOException {
    @Go("java.NewUnknownHostException()") public UnknownHostException() {}
    @Go("java.NewUnknownHostException2({0})") public UnknownHostException(String message) {}
}
