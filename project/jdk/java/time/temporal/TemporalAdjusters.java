package java.time.temporal;

import java.time.DayOfWeek;

public final class TemporalAdjusters {
    public static TemporalAdjuster next(DayOfWeek dayOfWeek) {}
    public static TemporalAdjuster nextOrSame(DayOfWeek dayOfWeek) {}
    public static TemporalAdjuster previous(DayOfWeek dayOfWeek) {}
    public static TemporalAdjuster previousOrSame(DayOfWeek dayOfWeek) {}
    public static TemporalAdjuster firstDayOfMonth() {}
    public static TemporalAdjuster lastDayOfMonth() {}
    public static TemporalAdjuster firstDayOfNextMonth() {}
}
