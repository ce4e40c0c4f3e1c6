package java.lang;

public class IndexOutOfBoundsException extends RuntimeException {
    @Go("java.NewIndexOutOfBoundsException()") public IndexOutOfBoundsException() {}
    @Go("java.NewIndexOutOfBoundsException2({0})") public IndexOutOfBoundsException(String message) {}
    @Go("java.NewIndexOutOfBoundsExceptionIndex({0})") public IndexOutOfBoundsException(int index) {}
}
