package java.util;

// Go: *java.LinkedList[E] (util_linkedlist.go): a List and a Deque.
public class LinkedList<E> implements List<E>, Deque<E> {
    @Go("java.NewLinkedList[{E}]()") public LinkedList() {}
    @Go("java.NewLinkedListFrom[{E}]({0})") public LinkedList(Collection<? extends E> c) {}
    @Go("{this}.Add({0})") public boolean add(E e) {}
    @Go("{this}.AddAt({0}, {1})") public void add(int index, E element) {}
    @Go("{this}.Remove({0})") public boolean remove(Object o) {}
    @Go("{this}.RemoveAt({0})") public E remove(int index) {}
    @Go("{this}.RemoveHead()") public E remove() {}
    public Object clone() {}
}
