package java.util;

public class MissingFormatArgumentException extends IllegalFormatException {
    @Go("java.NewMissingFormatArgumentException({0})") public MissingFormatArgumentException(String s) {}
}
