package java.time;

public class DateTimeException extends RuntimeException {
    @Go("java.NewDateTimeException2({0})") public DateTimeException(String message) {}
    @Go("java.NewDateTimeException3({0}, {1})") public DateTimeException(String message, Throwable cause) {}
}
