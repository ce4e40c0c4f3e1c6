package java.util;

public class IllegalFormatFlagsException extends IllegalFormatException {
    @Go("java.NewIllegalFormatFlagsException({0})") public IllegalFormatFlagsException(String f) {}
}
