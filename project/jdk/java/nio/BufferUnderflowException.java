package java.nio;

public class BufferUnderflowException extends RuntimeException {
    @Go("java.NewBufferUnderflowException()") public BufferUnderflowException() {}
}
