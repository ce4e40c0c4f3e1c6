package java.nio;

public class BufferOverflowException extends RuntimeException {
    @Go("java.NewBufferOverflowException()") public BufferOverflowException() {}
}
