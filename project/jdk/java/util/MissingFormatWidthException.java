package java.util;

public class MissingFormatWidthException extends IllegalFormatException {
    @Go("java.NewMissingFormatWidthException({0})") public MissingFormatWidthException(String s) {}
}
