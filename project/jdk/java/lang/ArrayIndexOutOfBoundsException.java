package java.lang;

public class ArrayIndexOutOfBoundsException extends IndexOutOfBoundsException {
    @Go("java.NewArrayIndexOutOfBoundsException()") public ArrayIndexOutOfBoundsException() {}
    @Go("java.NewArrayIndexOutOfBoundsException2({0})") public ArrayIndexOutOfBoundsException(String message) {}
    @Go("java.NewArrayIndexOutOfBoundsExceptionIndex({0})") public ArrayIndexOutOfBoundsException(int index) {}
}
