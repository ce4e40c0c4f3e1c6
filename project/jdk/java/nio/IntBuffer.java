package java.nio;

// Go: *java.IntBuffer.
@GoType("*java.IntBuffer")
public abstract class IntBuffer {
    public static IntBuffer allocate(int capacity) {}
    public static IntBuffer wrap(int[] array) {}

    public final int capacity() {}
    @Go("{this}.Position()") public final int position() {}
    @Go("{this}.SetPosition({0})") public IntBuffer position(int newPosition) {}
    @Go("{this}.Limit()") public final int limit() {}
    @Go("{this}.SetLimit({0})") public IntBuffer limit(int newLimit) {}
    public IntBuffer clear() {}
    public IntBuffer flip() {}
    public IntBuffer rewind() {}
    public final int remaining() {}
    public final boolean hasRemaining() {}
    public final int[] array() {}
    @Go("{this}.Get()") public int get() {}
    @Go("{this}.GetAt({0})") public int get(int index) {}
    @Go("{this}.Put({0})") public IntBuffer put(int i) {}
    @Go("{this}.PutAt({0}, {1})") public IntBuffer put(int index, int i) {}
    public String toString() {}
}
