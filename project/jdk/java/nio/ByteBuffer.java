package java.nio;

// Go: *java.ByteBuffer (Java's heap and direct buffers are one Go type).
@GoType("*java.ByteBuffer")
public abstract class ByteBuffer implements Comparable<ByteBuffer> {
    public static ByteBuffer allocate(int capacity) {}
    public static ByteBuffer allocateDirect(int capacity) {}
    @Go("java.ByteBufferWrap({0})") public static ByteBuffer wrap(byte[] array) {}
    @Go("java.ByteBufferWrap2({0}, {1}, {2})") public static ByteBuffer wrap(byte[] array, int offset, int length) {}

    public final int capacity() {}
    @Go("{this}.Position()") public final int position() {}
    @Go("{this}.SetPosition({0})") public ByteBuffer position(int newPosition) {}
    @Go("{this}.Limit()") public final int limit() {}
    @Go("{this}.SetLimit({0})") public ByteBuffer limit(int newLimit) {}
    public ByteBuffer mark() {}
    public ByteBuffer reset() {}
    public ByteBuffer clear() {}
    public ByteBuffer flip() {}
    public ByteBuffer rewind() {}
    public final int remaining() {}
    public final boolean hasRemaining() {}
    public boolean isReadOnly() {}
    public boolean isDirect() {}
    public final boolean hasArray() {}
    public final byte[] array() {}
    public final int arrayOffset() {}
    @Go("{this}.Order()") public final ByteOrder order() {}
    @Go("{this}.SetOrder({0})") public final ByteBuffer order(ByteOrder bo) {}
    public ByteBuffer slice() {}
    public ByteBuffer duplicate() {}
    public ByteBuffer asReadOnlyBuffer() {}
    public ByteBuffer compact() {}

    @Go("{this}.Get()") public byte get() {}
    @Go("{this}.GetAt({0})") public byte get(int index) {}
    @Go("{this}.GetBytes({0})") public ByteBuffer get(byte[] dst) {}
    @Go("{this}.GetBytes2({0}, {1}, {2})") public ByteBuffer get(byte[] dst, int offset, int length) {}
    @Go("{this}.Put({0})") public ByteBuffer put(byte b) {}
    @Go("{this}.PutAt({0}, {1})") public ByteBuffer put(int index, byte b) {}
    @Go("{this}.PutBytes({0})") public final ByteBuffer put(byte[] src) {}
    @Go("{this}.PutBytes2({0}, {1}, {2})") public ByteBuffer put(byte[] src, int offset, int length) {}
    @Go("{this}.PutBuffer({0})") public ByteBuffer put(ByteBuffer src) {}

    @Go("{this}.GetShort()") public short getShort() {}
    @Go("{this}.GetShortAt({0})") public short getShort(int index) {}
    @Go("{this}.GetChar()") public char getChar() {}
    @Go("{this}.GetCharAt({0})") public char getChar(int index) {}
    @Go("{this}.GetInt()") public int getInt() {}
    @Go("{this}.GetIntAt({0})") public int getInt(int index) {}
    @Go("{this}.GetLong()") public long getLong() {}
    @Go("{this}.GetLongAt({0})") public long getLong(int index) {}
    @Go("{this}.GetFloat()") public float getFloat() {}
    @Go("{this}.GetFloatAt({0})") public float getFloat(int index) {}
    @Go("{this}.GetDouble()") public double getDouble() {}
    @Go("{this}.GetDoubleAt({0})") public double getDouble(int index) {}
    @Go("{this}.PutShort({0})") public ByteBuffer putShort(short value) {}
    @Go("{this}.PutShortAt({0}, {1})") public ByteBuffer putShort(int index, short value) {}
    @Go("{this}.PutChar({0})") public ByteBuffer putChar(char value) {}
    @Go("{this}.PutCharAt({0}, {1})") public ByteBuffer putChar(int index, char value) {}
    @Go("{this}.PutInt({0})") public ByteBuffer putInt(int value) {}
    @Go("{this}.PutIntAt({0}, {1})") public ByteBuffer putInt(int index, int value) {}
    @Go("{this}.PutLong({0})") public ByteBuffer putLong(long value) {}
    @Go("{this}.PutLongAt({0}, {1})") public ByteBuffer putLong(int index, long value) {}
    @Go("{this}.PutFloat({0})") public ByteBuffer putFloat(float value) {}
    @Go("{this}.PutFloatAt({0}, {1})") public ByteBuffer putFloat(int index, float value) {}
    @Go("{this}.PutDouble({0})") public ByteBuffer putDouble(double value) {}
    @Go("{this}.PutDoubleAt({0}, {1})") public ByteBuffer putDouble(int index, double value) {}

    public boolean equals(Object ob) {}
    public int hashCode() {}
    public int compareTo(ByteBuffer that) {}
    public String toString() {}
}
