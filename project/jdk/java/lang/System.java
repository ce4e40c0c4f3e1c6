package java.lang;

import java.io.PrintStream;

// System.out is buffered (flushed at exit, before writes to System.err, at line ends on a
// terminal and shortly after each write); System.exit runs the shutdown hooks.
public final class System {
    public static final PrintStream out;
    public static final PrintStream err;
    public static void setOut(PrintStream out) {}
    public static void setErr(PrintStream err) {}
    public static native long currentTimeMillis();
    public static native long nanoTime();
    public static native void arraycopy(Object src, int srcPos, Object dest, int destPos, int length);
    public static native int identityHashCode(Object x);
    public static String lineSeparator() {}
    @Go("java.SystemGetProperty({0})") public static String getProperty(String key) {}
    @Go("java.SystemGetProperty2({0}, {1})") public static String getProperty(String key, String def) {}
    public static String setProperty(String key, String value) {}
    public static String clearProperty(String key) {}
    public static String getenv(String name) {}
    public static void exit(int status) {}
    public static void gc() {}
}
