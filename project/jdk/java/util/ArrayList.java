package java.util;

// Go: *java.ArrayList[E] (util_arraylist.go): the List and Collection methods, with
// Java's fail-fast iterators; `for x := range list.All()` iterates.
public class ArrayList<E> implements List<E> {
    @Go("java.NewArrayListCap[{E}]({0})") public ArrayList(int initialCapacity) {}
    @Go("java.NewArrayList[{E}]()") public ArrayList() {}
    @Go("java.NewArrayListFrom[{E}]({0})") public ArrayList(Collection<? extends E> c) {}
    public void trimToSize() {}
    public void ensureCapacity(int minCapacity) {}
    public Object clone() {}
}
