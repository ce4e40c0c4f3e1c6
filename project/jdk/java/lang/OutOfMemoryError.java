package java.lang;

public class OutOfMemoryError extends VirtualMachineError {
    @Go("java.NewOutOfMemoryError()") public OutOfMemoryError() {}
    @Go("java.NewOutOfMemoryError2({0})") public OutOfMemoryError(String message) {}
}
