package java.time;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjuster;

public final class LocalDateTime implements Comparable<LocalDateTime>, java.time.temporal.Temporal {
    public static LocalDateTime now() {}
    @Go("java.LocalDateTimeOf({0}, {1}, {2}, {3}, {4})") public static LocalDateTime of(int year, int month, int dayOfMonth, int hour, int minute) {}
    @Go("java.LocalDateTimeOf2({0}, {1}, {2}, {3}, {4}, {5})") public static LocalDateTime of(int year, int month, int dayOfMonth, int hour, int minute, int second) {}
    @Go("java.LocalDateTimeOf3({0}, {1})") public static LocalDateTime of(LocalDate date, LocalTime time) {}
    public static LocalDateTime ofInstant(Instant instant, ZoneId zone) {}
    @Go("java.LocalDateTimeParse({0})") public static LocalDateTime parse(CharSequence text) {}
    @Go("java.LocalDateTimeParse2({0}, {1})") public static LocalDateTime parse(CharSequence text, DateTimeFormatter formatter) {}

    public int getYear() {}
    public int getMonthValue() {}
    public Month getMonth() {}
    public int getDayOfMonth() {}
    public int getDayOfYear() {}
    public DayOfWeek getDayOfWeek() {}
    public int getHour() {}
    public int getMinute() {}
    public int getSecond() {}
    public int getNano() {}
    public LocalDateTime withYear(int year) {}
    public LocalDateTime withMonth(int month) {}
    public LocalDateTime withDayOfMonth(int dayOfMonth) {}
    public LocalDateTime withHour(int hour) {}
    public LocalDateTime withMinute(int minute) {}
    public LocalDateTime withSecond(int second) {}
    public LocalDateTime withNano(int nanoOfSecond) {}
    public LocalDateTime with(TemporalAdjuster adjuster) {}
    public LocalDateTime plusYears(long years) {}
    public LocalDateTime plusMonths(long months) {}
    public LocalDateTime plusWeeks(long weeks) {}
    public LocalDateTime plusDays(long days) {}
    public LocalDateTime plusHours(long hours) {}
    public LocalDateTime plusMinutes(long minutes) {}
    public LocalDateTime plusSeconds(long seconds) {}
    public LocalDateTime plus(Duration amountToAdd) {}
    public LocalDateTime minus(Duration amountToSubtract) {}
    public LocalDateTime minusDays(long days) {}
    public LocalDateTime minusHours(long hours) {}
    public LocalDateTime minusMinutes(long minutes) {}
    public LocalDateTime minusWeeks(long weeks) {}
    public LocalDateTime minusMonths(long months) {}
    public LocalDate toLocalDate() {}
    public LocalTime toLocalTime() {}
    public ZonedDateTime atZone(ZoneId zone) {}
    public long toEpochSecond(ZoneOffset offset) {}
    public boolean isBefore(LocalDateTime other) {}
    public boolean isAfter(LocalDateTime other) {}
    public boolean isEqual(LocalDateTime other) {}
    public int compareTo(LocalDateTime other) {}
    public boolean equals(Object obj) {}
    public int hashCode() {}
    public String format(DateTimeFormatter formatter) {}
    public String toString() {}
}
