package java.util;

// Go: interface java.Enumeration[E] (util_vector.go); asIterator is not migrated.
public interface Enumeration<E> {
    boolean hasMoreElements();
    E nextElement();
}
