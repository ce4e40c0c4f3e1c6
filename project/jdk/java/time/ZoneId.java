package java.time;

// Go: *java.ZoneId (ZoneOffset is the same Go type).
@GoType("*java.ZoneId")
public abstract class ZoneId {
    public static ZoneId systemDefault() {}
    public static ZoneId of(String zoneId) {}
    public abstract String getId();
    public boolean equals(Object obj) {}
    public int hashCode() {}
    public String toString() {}
}
