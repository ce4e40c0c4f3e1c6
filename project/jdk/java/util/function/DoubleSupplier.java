package java.util.function;

// Go: interface java.DoubleSupplier { AsDouble() float64 }; a lambda is java.DoubleSupplierFunc(func...).
public interface DoubleSupplier {
    double getAsDouble();
}
