package java.text;

import java.util.Date;
import java.util.Locale;
import java.util.TimeZone;

public abstract class DateFormat {
    public static final int FULL = 0;
    public static final int LONG = 1;
    public static final int MEDIUM = 2;
    public static final int SHORT = 3;
    public static final int DEFAULT = 2;

    @Go("java.DateFormatGetInstance()") public static final DateFormat getInstance() {}
    @Go("java.DateFormatGetDateInstance({0})") public static final DateFormat getDateInstance(int style) {}
    @Go("java.DateFormatGetDateInstance2({0}, {1})") public static final DateFormat getDateInstance(int style, Locale aLocale) {}
    @Go("java.DateFormatGetTimeInstance({0})") public static final DateFormat getTimeInstance(int style) {}
    @Go("java.DateFormatGetTimeInstance2({0}, {1})") public static final DateFormat getTimeInstance(int style, Locale aLocale) {}
    @Go("java.DateFormatGetDateTimeInstance({0}, {1})") public static final DateFormat getDateTimeInstance(int dateStyle, int timeStyle) {}
    @Go("java.DateFormatGetDateTimeInstance2({0}, {1}, {2})") public static final DateFormat getDateTimeInstance(int dateStyle, int timeStyle, Locale aLocale) {}

    @Go("{this}.Format({0})") public final String format(Date date) {}
    @Go("{this}.Format({0})") public final String format(Object obj) {}
    public Date parse(String source) throws ParseException {}
    public void setTimeZone(TimeZone zone) {}
    public TimeZone getTimeZone() {}
    public void setLenient(boolean lenient) {}
    public boolean isLenient() {}
}
