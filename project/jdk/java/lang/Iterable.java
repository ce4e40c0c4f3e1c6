package java.lang;

import java.util.Iterator;
import java.util.function.Consumer;

// Go: java.Iterable[T] (util_collection.go); for-each is `for x := range it.All()`.
public interface Iterable<T> {
    Iterator<T> iterator();
    default void forEach(Consumer<? super T> action) {}
}
