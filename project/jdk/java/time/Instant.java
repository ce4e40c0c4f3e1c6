package java.time;

public final class Instant implements Comparable<Instant>, java.time.temporal.Temporal {
    public static final Instant EPOCH;

    public static Instant now() {}
    public static Instant ofEpochMilli(long epochMilli) {}
    @Go("java.InstantOfEpochSecond({0})") public static Instant ofEpochSecond(long epochSecond) {}
    @Go("java.InstantOfEpochSecond2({0}, {1})") public static Instant ofEpochSecond(long epochSecond, long nanoAdjustment) {}

    public long getEpochSecond() {}
    public int getNano() {}
    public long toEpochMilli() {}
    public Instant plus(Duration amountToAdd) {}
    public Instant minus(Duration amountToSubtract) {}
    public Instant plusMillis(long millisToAdd) {}
    public Instant plusSeconds(long secondsToAdd) {}
    public Instant minusMillis(long millisToSubtract) {}
    public Instant minusSeconds(long secondsToSubtract) {}
    public boolean isBefore(Instant otherInstant) {}
    public boolean isAfter(Instant otherInstant) {}
    public ZonedDateTime atZone(ZoneId zone) {}
    public int compareTo(Instant otherInstant) {}
    public boolean equals(Object other) {}
    public int hashCode() {}
    public String toString() {}
}
