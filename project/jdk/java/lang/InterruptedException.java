package java.lang;

public class InterruptedException extends Exception {
    @Go("java.NewInterruptedException()") public InterruptedException() {}
    @Go("java.NewInterruptedException2({0})") public InterruptedException(String message) {}
}
