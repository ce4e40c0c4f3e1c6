package java.lang;

// Go: interface java.AutoCloseable { Close() }; a lambda is java.AutoCloseableFunc.
// try-with-resources: java.TryWith(func(res *java.Resources) { r := java.Use(res, expr); ... }).
public interface AutoCloseable {
    void close() throws Exception;
}
