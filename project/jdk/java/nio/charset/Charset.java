package java.nio.charset;

// Go: *java.Charset.
@GoType("*java.Charset")
public abstract class Charset {
    public static Charset forName(String charsetName) {}
    public static Charset defaultCharset() {}
    public final String name() {}
    public final boolean equals(Object ob) {}
    public final int hashCode() {}
    public String toString() {}
}
