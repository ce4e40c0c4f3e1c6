package java.lang;

public abstract class VirtualMachineError extends Error {
    protected VirtualMachineError() {}
    protected VirtualMachineError(String message) {}
    protected VirtualMachineError(String message, Throwable cause) {}
    protected VirtualMachineError(Throwable cause) {}
}
