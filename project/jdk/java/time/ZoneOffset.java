package java.time;

// Go: *java.ZoneId.
@GoType("*java.ZoneId")
public final class ZoneOffset extends ZoneId {
    @Go("java.ZoneOffsetUtc") public static final ZoneOffset UTC;

    public static ZoneOffset ofHours(int hours) {}
    public String getId() {}
}
