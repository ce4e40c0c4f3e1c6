package java.util.concurrent;

public enum TimeUnit {
    NANOSECONDS, MICROSECONDS, MILLISECONDS, SECONDS, MINUTES, HOURS, DAYS;

    public long convert(long sourceDuration, TimeUnit sourceUnit) {}
    public long toNanos(long duration) {}
    public long toMicros(long duration) {}
    public long toMillis(long duration) {}
    public long toSeconds(long duration) {}
    public long toMinutes(long duration) {}
    public long toHours(long duration) {}
    public long toDays(long duration) {}
    public void sleep(long timeout) throws InterruptedException {}
    public void timedJoin(Thread thread, long timeout) throws InterruptedException {}
    public void timedWait(Object obj, long timeout) throws InterruptedException {}
}
