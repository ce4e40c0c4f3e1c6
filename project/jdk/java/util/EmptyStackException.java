package java.util;

public class EmptyStackException extends RuntimeException {
    @Go("java.NewEmptyStackException()") public EmptyStackException() {}
}
