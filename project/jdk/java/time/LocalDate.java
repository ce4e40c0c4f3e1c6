package java.time;

import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjuster;

public final class LocalDate implements Comparable<LocalDate>, java.time.temporal.Temporal {
    public static LocalDate now() {}
    @Go("java.LocalDateOf({0}, {1}, {2})") public static LocalDate of(int year, int month, int dayOfMonth) {}
    @Go("java.LocalDateOf2({0}, {1}, {2})") public static LocalDate of(int year, Month month, int dayOfMonth) {}
    public static LocalDate ofEpochDay(long epochDay) {}
    @Go("java.LocalDateParse({0})") public static LocalDate parse(CharSequence text) {}
    @Go("java.LocalDateParse2({0}, {1})") public static LocalDate parse(CharSequence text, DateTimeFormatter formatter) {}

    public int getYear() {}
    public int getMonthValue() {}
    public Month getMonth() {}
    public int getDayOfMonth() {}
    public int getDayOfYear() {}
    public DayOfWeek getDayOfWeek() {}
    public boolean isLeapYear() {}
    public int lengthOfMonth() {}
    public long toEpochDay() {}
    public LocalDate plusDays(long daysToAdd) {}
    public LocalDate plusWeeks(long weeksToAdd) {}
    public LocalDate plusMonths(long monthsToAdd) {}
    public LocalDate plusYears(long yearsToAdd) {}
    public LocalDate minusDays(long daysToSubtract) {}
    public LocalDate minusWeeks(long weeksToSubtract) {}
    public LocalDate minusMonths(long monthsToSubtract) {}
    public LocalDate minusYears(long yearsToSubtract) {}
    public LocalDate withDayOfMonth(int dayOfMonth) {}
    public LocalDate with(TemporalAdjuster adjuster) {}
    public LocalDateTime atStartOfDay() {}
    public LocalDateTime atTime(int hour, int minute) {}
    public boolean isBefore(LocalDate other) {}
    public boolean isAfter(LocalDate other) {}
    public boolean isEqual(LocalDate other) {}
    public int compareTo(LocalDate other) {}
    public boolean equals(Object obj) {}
    public int hashCode() {}
    public String format(DateTimeFormatter formatter) {}
    public String toString() {}
}
