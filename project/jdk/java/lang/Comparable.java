package java.lang;

// Go: interface java.Comparable[T] { CompareTo(o T) int32 }.
public interface Comparable<T> {
    public int compareTo(T o);
}
