package java.lang;

public class InternalError extends VirtualMachineError {
    @Go("java.NewInternalError()") public InternalError() {}
    @Go("java.NewInternalError2({0})") public InternalError(String message) {}
    @Go("java.NewInternalError3({0}, {1})") public InternalError(String message, Throwable cause) {}
    @Go("java.NewInternalError4({0})") public InternalError(Throwable cause) {}
}
