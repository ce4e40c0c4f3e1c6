package java.util.function;

// Go: interface java.IntSupplier { AsInt() int32 }; a lambda is java.IntSupplierFunc(func...).
public interface IntSupplier {
    int getAsInt();
}
