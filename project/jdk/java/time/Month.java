package java.time;

public enum Month {
    JANUARY, FEBRUARY, MARCH, APRIL, MAY, JUNE, JULY, AUGUST, SEPTEMBER, OCTOBER, NOVEMBER, DECEMBER;

    public static Month of(int month) {}
    public int getValue() {}
    public Month plus(long months) {}
    public int length(boolean leapYear) {}
}
