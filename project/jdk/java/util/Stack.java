package java.util;

// Go: *java.Stack[E] (util_vector.go). Declared as a List, not as a Vector subclass; the
// Vector methods are there too.
public class Stack<E> implements List<E> {
    @Go("java.NewStack[{E}]()") public Stack() {}
    public E push(E item) {}
    public synchronized E pop() {}
    public synchronized E peek() {}
    public boolean empty() {}
    public synchronized int search(Object o) {}
    public synchronized E elementAt(int index) {}
    public synchronized E firstElement() {}
    public synchronized E lastElement() {}
    public synchronized void addElement(E obj) {}
    public synchronized void removeElementAt(int index) {}
    public synchronized void insertElementAt(E obj, int index) {}
    public synchronized boolean removeElement(Object obj) {}
    public synchronized void removeAllElements() {}
}
