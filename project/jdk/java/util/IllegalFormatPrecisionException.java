package java.util;

public class IllegalFormatPrecisionException extends IllegalFormatException {
    @Go("java.NewIllegalFormatPrecisionException({0})") public IllegalFormatPrecisionException(int p) {}
}
