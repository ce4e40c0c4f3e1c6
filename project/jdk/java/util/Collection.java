package java.util;

import java.util.function.IntFunction;
import java.util.function.Predicate;
import java.util.stream.Stream;

// Go: interface java.Collection[E] (util_collection.go). Collection<?> parameters take any
// collection (Go `any`); equals/hashCode/toString are Object's (java.Equals...).
// An implementing class forwards removeIf to java.CollectionRemoveIf; stream() is the function
// java.CollectionStream, not a method, so collections do not instantiate streams.
public interface Collection<E> extends Iterable<E> {
    int size();
    boolean isEmpty();
    boolean contains(Object o);
    Iterator<E> iterator();
    @Go("{this}.ToArray()") Object[] toArray();
    @Go("java.CollectionToArrayInto({this}, {0})") <T> T[] toArray(T[] a);
    @Go("{this}.ToArray()") default <T> T[] toArray(IntFunction<T[]> generator) {}
    boolean add(E e);
    boolean remove(Object o);
    boolean containsAll(Collection<?> c);
    boolean addAll(Collection<? extends E> c);
    boolean removeAll(Collection<?> c);
    default boolean removeIf(Predicate<? super E> filter) {}
    boolean retainAll(Collection<?> c);
    void clear();
    @Go("java.CollectionStream({this})") default Stream<E> stream() {}
    @Go("java.CollectionStream({this})") default Stream<E> parallelStream() {}
}
