package java.util;

public class UnknownFormatConversionException extends IllegalFormatException {
    @Go("java.NewUnknownFormatConversionException({0})") public UnknownFormatConversionException(String s) {}
}
