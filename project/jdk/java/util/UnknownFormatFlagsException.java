package java.util;

public class UnknownFormatFlagsException extends IllegalFormatException {
    @Go("java.NewUnknownFormatFlagsException({0})") public UnknownFormatFlagsException(String f) {}
}
