package java.util;

public class DuplicateFormatFlagsException extends IllegalFormatException {
    @Go("java.NewDuplicateFormatFlagsException({0})") public DuplicateFormatFlagsException(String f) {}
}
