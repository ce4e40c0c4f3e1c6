package java.util;

// Go: *java.GregorianCalendar.
@GoType("*java.GregorianCalendar")
public class GregorianCalendar extends Calendar {
    @Go("java.GregorianCalendarBc") public static final int BC = 0;
    @Go("java.GregorianCalendarAd") public static final int AD = 1;

    @Go("java.NewGregorianCalendar()") public GregorianCalendar() {}
    @Go("java.NewGregorianCalendar2({0}, {1}, {2})") public GregorianCalendar(int year, int month, int dayOfMonth) {}
    @Go("java.NewGregorianCalendar3({0}, {1}, {2}, {3}, {4})") public GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute) {}
    @Go("java.NewGregorianCalendar4({0}, {1}, {2}, {3}, {4}, {5})") public GregorianCalendar(int year, int month, int dayOfMonth, int hourOfDay, int minute, int second) {}

    public void add(int field, int amount) {}
    public int getMinimum(int field) {}
    public int getMaximum(int field) {}
}
