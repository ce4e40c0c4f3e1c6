package java.time.format;

import java.time.temporal.TemporalAccessor;
import java.util.Locale;

public final class DateTimeFormatter {
    public static final DateTimeFormatter ISO_LOCAL_DATE;
    public static final DateTimeFormatter ISO_LOCAL_TIME;
    public static final DateTimeFormatter ISO_LOCAL_DATE_TIME;

    @Go("java.DateTimeFormatterOfPattern({0})") public static DateTimeFormatter ofPattern(String pattern) {}
    @Go("java.DateTimeFormatterOfPattern2({0}, {1})") public static DateTimeFormatter ofPattern(String pattern, Locale locale) {}
    public String format(TemporalAccessor temporal) {}
    public String toString() {}
}
