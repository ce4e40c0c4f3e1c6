package java.time.temporal;

import java.time.Duration;

public enum ChronoUnit {
    NANOS, MICROS, MILLIS, SECONDS, MINUTES, HOURS, HALF_DAYS, DAYS, WEEKS, MONTHS, YEARS, DECADES, CENTURIES, MILLENNIA;

    public Duration getDuration() {}
    public long between(Temporal temporal1Inclusive, Temporal temporal2Exclusive) {}
}
