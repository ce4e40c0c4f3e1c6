package java.lang;

public class StringIndexOutOfBoundsException extends IndexOutOfBoundsException {
    @Go("java.NewStringIndexOutOfBoundsException()") public StringIndexOutOfBoundsException() {}
    @Go("java.NewStringIndexOutOfBoundsException2({0})") public StringIndexOutOfBoundsException(String message) {}
    @Go("java.NewStringIndexOutOfBoundsExceptionIndex({0})") public StringIndexOutOfBoundsException(int index) {}
}
