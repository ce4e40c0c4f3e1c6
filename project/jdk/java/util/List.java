package java.util;

import java.util.function.UnaryOperator;

// Go: interface java.List[E] (util_list.go). remove(int) is RemoveAt, add(int, E) AddAt.
// List.of keeps no nulls and is unmodifiable.
public interface List<E> extends Collection<E> {
    @Go("{this}.Add({0})") boolean add(E e);
    @Go("{this}.Remove({0})") boolean remove(Object o);
    @Go("{this}.AddAll({0})") boolean addAll(Collection<? extends E> c);
    @Go("{this}.AddAllAt({0}, {1})") boolean addAll(int index, Collection<? extends E> c);
    default void replaceAll(UnaryOperator<E> operator) {}
    default void sort(Comparator<? super E> c) {}
    E get(int index);
    E set(int index, E element);
    @Go("{this}.AddAt({0}, {1})") void add(int index, E element);
    @Go("{this}.RemoveAt({0})") E remove(int index);
    int indexOf(Object o);
    int lastIndexOf(Object o);
    @Go("{this}.ListIterator()") ListIterator<E> listIterator();
    @Go("{this}.ListIteratorAt({0})") ListIterator<E> listIterator(int index);
    List<E> subList(int fromIndex, int toIndex);
    @Go("java.ListOf[{E}]()") static <E> List<E> of() {}
    @Go("java.ListOf[{E}]({args})") static <E> List<E> of(E e1) {}
    @Go("java.ListOf[{E}]({args})") static <E> List<E> of(E e1, E e2) {}
    @Go("java.ListOf[{E}]({args})") static <E> List<E> of(E e1, E e2, E e3) {}
    @Go("java.ListOf[{E}]({args})") static <E> List<E> of(E e1, E e2, E e3, E e4) {}
    @Go("java.ListOf[{E}]({args})") static <E> List<E> of(E e1, E e2, E e3, E e4, E e5) {}
    @Go("java.ListOf[{E}]({args})") static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6) {}
    @Go("java.ListOf[{E}]({args})") static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7) {}
    @Go("java.ListOf[{E}]({args})") static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8) {}
    @Go("java.ListOf[{E}]({args})") static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9) {}
    @Go("java.ListOf[{E}]({args})") static <E> List<E> of(E e1, E e2, E e3, E e4, E e5, E e6, E e7, E e8, E e9, E e10) {}
    @Go("java.ListOf[{E}]({args})") static <E> List<E> of(E... elements) {}
    @Go("java.ListCopyOf[{E}]({0})") static <E> List<E> copyOf(Collection<? extends E> coll) {}
}
