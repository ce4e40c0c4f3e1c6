package java.util;

public class FormatFlagsConversionMismatchException extends IllegalFormatException {
    @Go("java.NewFormatFlagsConversionMismatchException({0}, {1})") public FormatFlagsConversionMismatchException(String f, char c) {}
}
