package java.util.function;

// Go: interface java.LongSupplier { AsLong() int64 }; a lambda is java.LongSupplierFunc(func...).
public interface LongSupplier {
    long getAsLong();
}
