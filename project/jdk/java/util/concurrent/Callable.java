package java.util.concurrent;

// Go: interface java.Callable[V] { Call() V }; a lambda is java.CallableFunc[V](func() V {...}).
public interface Callable<V> {
    V call() throws Exception;
}
