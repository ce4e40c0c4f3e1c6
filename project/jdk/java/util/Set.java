package java.util;

// Go: interface java.Set[E] (the methods of Collection). Set.of keeps no nulls, rejects
// duplicates and iterates in argument order (Java's order is randomised per JVM run).
public interface Set<E> extends Collection<E> {
    @Go("java.SetOf[{E}]()") static <E> Set<E> of() {}
    @Go("java.SetOf[{E}]({args})") static <E> Set<E> of(E e1) {}
    @Go("java.SetOf[{E}]({args})") static <E> Set<E> of(E e1, E e2) {}
    @Go("java.SetOf[{E}]({args})") static <E> Set<E> of(E e1, E e2, E e3) {}
    @Go("java.SetOf[{E}]({args})") static <E> Set<E> of(E e1, E e2, E e3, E e4) {}
    @Go("java.SetOf[{E}]({args})") static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5) {}
    @Go("java.SetOf[{E}]({args})") static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6) {}
    @Go("java.SetOf[{E}]({args})") static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7) {}
    @Go("java.SetOf[{E}]({args})") static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) {}
    @Go("java.SetOf[{E}]({args})") static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9) {}
    @Go("java.SetOf[{E}]({args})") static <E> Set<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9, E e10) {}
    @Go("java.SetOf[{E}]({args})") static <E> Set<E> of(E... elements) {}
    @Go("java.SetCopyOf[{E}]({0})") static <E> Set<E> copyOf(Collection<? extends E> coll) {}
}
