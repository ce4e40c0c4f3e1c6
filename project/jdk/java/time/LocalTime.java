package java.time;

import java.time.format.DateTimeFormatter;

public final class LocalTime implements Comparable<LocalTime>, java.time.temporal.Temporal {
    public static LocalTime now() {}
    @Go("java.LocalTimeOf({0}, {1})") public static LocalTime of(int hour, int minute) {}
    @Go("java.LocalTimeOf2({0}, {1}, {2})") public static LocalTime of(int hour, int minute, int second) {}

    public int getHour() {}
    public int getMinute() {}
    public int getSecond() {}
    public int getNano() {}
    public int toSecondOfDay() {}
    public boolean isBefore(LocalTime other) {}
    public boolean isAfter(LocalTime other) {}
    public int compareTo(LocalTime other) {}
    public boolean equals(Object obj) {}
    public String format(DateTimeFormatter formatter) {}
    public String toString() {}
}
