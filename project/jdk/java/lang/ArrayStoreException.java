package java.lang;

public class ArrayStoreException extends RuntimeException {
    @Go("java.NewArrayStoreException()") public ArrayStoreException() {}
    @Go("java.NewArrayStoreException2({0})") public ArrayStoreException(String message) {}
}
