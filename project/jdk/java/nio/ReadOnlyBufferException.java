package java.nio;

public class ReadOnlyBufferException extends UnsupportedOperationException {
    @Go("java.NewReadOnlyBufferException()") public ReadOnlyBufferException() {}
}
