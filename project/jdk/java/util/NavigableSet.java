package java.util;

// Go: interface java.NavigableSet[E]. The boolean-bound views are *Inclusive. Methods that
// return null when there is no such element return E's zero value.
public interface NavigableSet<E> extends SortedSet<E> {
    E lower(E e);
    E floor(E e);
    E ceiling(E e);
    E higher(E e);
    E pollFirst();
    E pollLast();
    Iterator<E> iterator();
    NavigableSet<E> descendingSet();
    Iterator<E> descendingIterator();
    @Go("{this}.SubSetInclusive({0}, {1}, {2}, {3})") NavigableSet<E> subSet(E fromElement, boolean fromInclusive, E toElement, boolean toInclusive);
    @Go("{this}.HeadSetInclusive({0}, {1})") NavigableSet<E> headSet(E toElement, boolean inclusive);
    @Go("{this}.TailSetInclusive({0}, {1})") NavigableSet<E> tailSet(E fromElement, boolean inclusive);
    @Go("{this}.SubSet({0}, {1})") SortedSet<E> subSet(E fromElement, E toElement);
    @Go("{this}.HeadSet({0})") SortedSet<E> headSet(E toElement);
    @Go("{this}.TailSet({0})") SortedSet<E> tailSet(E fromElement);
}
