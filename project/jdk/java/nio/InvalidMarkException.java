package java.nio;

public class InvalidMarkException extends IllegalStateException {
    @Go("java.NewInvalidMarkException()") public InvalidMarkException() {}
}
