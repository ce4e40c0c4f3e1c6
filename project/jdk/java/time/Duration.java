package java.time;

import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;

public final class Duration implements Comparable<Duration> {
    public static final Duration ZERO;

    public static Duration ofDays(long days) {}
    public static Duration ofHours(long hours) {}
    public static Duration ofMinutes(long minutes) {}
    @Go("java.DurationOfSeconds({0})") public static Duration ofSeconds(long seconds) {}
    @Go("java.DurationOfSeconds2({0}, {1})") public static Duration ofSeconds(long seconds, long nanoAdjustment) {}
    public static Duration ofMillis(long millis) {}
    public static Duration ofNanos(long nanos) {}
    public static Duration of(long amount, ChronoUnit unit) {}
    public static Duration between(Temporal startInclusive, Temporal endExclusive) {}

    public long getSeconds() {}
    public int getNano() {}
    public long toMillis() {}
    public long toNanos() {}
    public long toSeconds() {}
    public long toMinutes() {}
    public long toHours() {}
    public long toDays() {}
    public Duration plus(Duration duration) {}
    public Duration minus(Duration duration) {}
    public Duration plusSeconds(long secondsToAdd) {}
    public Duration plusMillis(long millisToAdd) {}
    public Duration plusMinutes(long minutesToAdd) {}
    public Duration multipliedBy(long multiplicand) {}
    public Duration dividedBy(long divisor) {}
    public Duration negated() {}
    public Duration abs() {}
    public boolean isNegative() {}
    public boolean isZero() {}
    public int compareTo(Duration otherDuration) {}
    public boolean equals(Object other) {}
    public int hashCode() {}
    public String toString() {}
}
