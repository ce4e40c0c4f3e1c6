package java.util.function;

// Go: interface java.Supplier[T] { Get() T }; a lambda is java.SupplierFunc[T](func...).
public interface Supplier<T> {
    @Go("{this}.Get()") T get();
}
