package java.util;

import java.util.function.Consumer;

// Go: interface java.Iterator[E]; an implementing class forwards the default methods to
// java.IteratorRemove / java.IteratorForEachRemaining.
public interface Iterator<E> {
    boolean hasNext();
    E next();
    default void remove() {}
    default void forEachRemaining(Consumer<? super E> action) {}
}
