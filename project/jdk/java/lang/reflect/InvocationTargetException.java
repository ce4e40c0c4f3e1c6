package java.lang.reflect;

public class InvocationTargetException extends ReflectiveOperationException {
    @Go("java.NewInvocationTargetException()") public InvocationTargetException() {}
    @Go("java.NewInvocationTargetException4({0})") public InvocationTargetException(Throwable target) {}
    @Go("java.NewInvocationTargetExceptionMessage({0}, {1})") public InvocationTargetException(Throwable target, String s) {}
    public Throwable getTargetException() {}
}
