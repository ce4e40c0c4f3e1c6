package java.util;

// Go: *java.GregorianCalendar, the one Calendar implementation.
@GoType("*java.GregorianCalendar")
public abstract class Calendar implements Comparable<Calendar>, Cloneable {
    public static final int ERA = 0;
    public static final int YEAR = 1;
    public static final int MONTH = 2;
    public static final int WEEK_OF_YEAR = 3;
    public static final int WEEK_OF_MONTH = 4;
    public static final int DATE = 5;
    public static final int DAY_OF_MONTH = 5;
    public static final int DAY_OF_YEAR = 6;
    public static final int DAY_OF_WEEK = 7;
    public static final int DAY_OF_WEEK_IN_MONTH = 8;
    public static final int AM_PM = 9;
    public static final int HOUR = 10;
    public static final int HOUR_OF_DAY = 11;
    public static final int MINUTE = 12;
    public static final int SECOND = 13;
    public static final int MILLISECOND = 14;
    public static final int ZONE_OFFSET = 15;
    public static final int DST_OFFSET = 16;
    public static final int FIELD_COUNT = 17;
    public static final int SUNDAY = 1;
    public static final int MONDAY = 2;
    public static final int TUESDAY = 3;
    public static final int WEDNESDAY = 4;
    public static final int THURSDAY = 5;
    public static final int FRIDAY = 6;
    public static final int SATURDAY = 7;
    public static final int JANUARY = 0;
    public static final int FEBRUARY = 1;
    public static final int MARCH = 2;
    public static final int APRIL = 3;
    public static final int MAY = 4;
    public static final int JUNE = 5;
    public static final int JULY = 6;
    public static final int AUGUST = 7;
    public static final int SEPTEMBER = 8;
    public static final int OCTOBER = 9;
    public static final int NOVEMBER = 10;
    public static final int DECEMBER = 11;
    public static final int AM = 0;
    public static final int PM = 1;

    @Go("java.CalendarGetInstance()") public static Calendar getInstance() {}
    @Go("java.CalendarGetInstance2({0})") public static Calendar getInstance(TimeZone zone) {}
    @Go("java.CalendarGetInstance3({0})") public static Calendar getInstance(Locale aLocale) {}

    @Go("{this}.Get({0})") public int get(int field) {}
    @Go("{this}.Set({0}, {1})") public void set(int field, int value) {}
    @Go("{this}.Set3({0}, {1}, {2})") public final void set(int year, int month, int date) {}
    @Go("{this}.Set5({0}, {1}, {2}, {3}, {4})") public final void set(int year, int month, int date, int hourOfDay, int minute) {}
    @Go("{this}.Set6({0}, {1}, {2}, {3}, {4}, {5})") public final void set(int year, int month, int date, int hourOfDay, int minute, int second) {}
    @Go("{this}.Clear()") public final void clear() {}
    @Go("{this}.ClearField({0})") public final void clear(int field) {}
    public final boolean isSet(int field) {}
    public abstract void add(int field, int amount);
    @Go("{this}.Roll({0}, {1})") public void roll(int field, int amount) {}
    public long getTimeInMillis() {}
    public void setTimeInMillis(long millis) {}
    public final Date getTime() {}
    public final void setTime(Date date) {}
    public TimeZone getTimeZone() {}
    public void setTimeZone(TimeZone value) {}
    public void setLenient(boolean lenient) {}
    public boolean isLenient() {}
    public int getFirstDayOfWeek() {}
    public void setFirstDayOfWeek(int value) {}
    public int getActualMaximum(int field) {}
    public int getActualMinimum(int field) {}
    public abstract int getMinimum(int field);
    public abstract int getMaximum(int field);
    public boolean before(Object when) {}
    public boolean after(Object when) {}
    public int compareTo(Calendar anotherCalendar) {}
    public boolean equals(Object obj) {}
    public int hashCode() {}
    public Object clone() {}
    public String toString() {}
}
