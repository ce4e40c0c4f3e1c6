package java.util;

// Go: *java.TimeZone (one implementation, over Go's time.Location).
@GoType("*java.TimeZone")
public abstract class TimeZone {
    @Go("java.TimeZoneGetDefault()") public static TimeZone getDefault() {}
    public static void setDefault(TimeZone zone) {}
    @Go("java.TimeZoneGetTimeZone({0})") public static synchronized TimeZone getTimeZone(String ID) {}
    public String getID() {}
    public abstract int getRawOffset();
    public int getOffset(long date) {}
    public abstract boolean inDaylightTime(Date date);
    public final String getDisplayName() {}
}
