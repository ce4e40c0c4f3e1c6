package java.time;

public enum DayOfWeek {
    MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY;

    public static DayOfWeek of(int dayOfWeek) {}
    public int getValue() {}
    public DayOfWeek plus(long days) {}
    public DayOfWeek minus(long days) {}
}
