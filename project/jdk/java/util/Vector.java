package java.util;

// Go: *java.Vector[E] (util_vector.go): ArrayList's behaviour, each method holding the
// vector's monitor.
public class Vector<E> implements List<E> {
    @Go("java.NewVectorCap[{E}]({0})") public Vector(int initialCapacity) {}
    @Go("java.NewVector[{E}]()") public Vector() {}
    @Go("java.NewVectorFrom[{E}]({0})") public Vector(Collection<? extends E> c) {}
    public synchronized E elementAt(int index) {}
    public synchronized E firstElement() {}
    public synchronized E lastElement() {}
    public synchronized void setElementAt(E obj, int index) {}
    public synchronized void removeElementAt(int index) {}
    public synchronized void insertElementAt(E obj, int index) {}
    public synchronized void addElement(E obj) {}
    public synchronized boolean removeElement(Object obj) {}
    public synchronized void removeAllElements() {}
    public synchronized Object clone() {}
    public Enumeration<E> elements() {}
}
