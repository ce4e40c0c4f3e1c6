package java.util.function;

// Go: interface java.BooleanSupplier { AsBoolean() bool }; a lambda is java.BooleanSupplierFunc(func...).
public interface BooleanSupplier {
    boolean getAsBoolean();
}
