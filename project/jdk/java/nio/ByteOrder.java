package java.nio;

public final class ByteOrder {
    public static final ByteOrder BIG_ENDIAN;
    public static final ByteOrder LITTLE_ENDIAN;

    public static ByteOrder nativeOrder() {}
    public String toString() {}
}
