package java.util;

public class IllegalFormatWidthException extends IllegalFormatException {
    @Go("java.NewIllegalFormatWidthException({0})") public IllegalFormatWidthException(int w) {}
}
