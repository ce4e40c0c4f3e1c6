package java.lang;

public class IllegalMonitorStateException extends RuntimeException {
    @Go("java.NewIllegalMonitorStateException()") public IllegalMonitorStateException() {}
    @Go("java.NewIllegalMonitorStateException2({0})") public IllegalMonitorStateException(String message) {}
}
