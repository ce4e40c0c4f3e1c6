package java.util;

public class IllegalFormatCodePointException extends IllegalFormatException {
    @Go("java.NewIllegalFormatCodePointException({0})") public IllegalFormatCodePointException(int c) {}
}
