package java.lang;

public class InstantiationException extends ReflectiveOperationException {
    @Go("java.NewInstantiationException()") public InstantiationException() {}
    @Go("java.NewInstantiationException2({0})") public InstantiationException(String message) {}
}
