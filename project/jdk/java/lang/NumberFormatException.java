package java.lang;

public class NumberFormatException extends IllegalArgumentException {
    @Go("java.NewNumberFormatException()") public NumberFormatException() {}
    @Go("java.NewNumberFormatException2({0})") public NumberFormatException(String message) {}
}
