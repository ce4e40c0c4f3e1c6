package java.time;

import java.time.format.DateTimeFormatter;

public final class ZonedDateTime implements java.time.temporal.Temporal {
    public static ZonedDateTime now() {}
    public static ZonedDateTime of(LocalDateTime localDateTime, ZoneId zone) {}

    public Instant toInstant() {}
    public long toEpochSecond() {}
    public LocalDateTime toLocalDateTime() {}
    public LocalDate toLocalDate() {}
    public ZoneId getZone() {}
    public ZonedDateTime withZoneSameInstant(ZoneId zone) {}
    public int getYear() {}
    public int getMonthValue() {}
    public int getDayOfMonth() {}
    public DayOfWeek getDayOfWeek() {}
    public int getHour() {}
    public int getMinute() {}
    public ZonedDateTime plusDays(long days) {}
    public ZonedDateTime plusHours(long hours) {}
    public boolean isBefore(ZonedDateTime other) {}
    public boolean isAfter(ZonedDateTime other) {}
    public String format(DateTimeFormatter formatter) {}
    public String toString() {}
}
