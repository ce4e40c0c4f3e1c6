package java.lang;

public class StackOverflowError extends VirtualMachineError {
    @Go("java.NewStackOverflowError()") public StackOverflowError() {}
    @Go("java.NewStackOverflowError2({0})") public StackOverflowError(String message) {}
}
