package java.util;

public class Timer {
    @Go("java.NewTimer()") public Timer() {}
    @Go("java.NewTimer2({0})") public Timer(boolean isDaemon) {}
    @Go("java.NewTimer3({0})") public Timer(String name) {}
    @Go("java.NewTimer4({0}, {1})") public Timer(String name, boolean isDaemon) {}

    @Go("{this}.Schedule({0}, {1})") public void schedule(TimerTask task, long delay) {}
    @Go("{this}.ScheduleDate({0}, {1})") public void schedule(TimerTask task, Date time) {}
    @Go("{this}.ScheduleRepeated({0}, {1}, {2})") public void schedule(TimerTask task, long delay, long period) {}
    @Go("{this}.ScheduleDateRepeated({0}, {1}, {2})") public void schedule(TimerTask task, Date firstTime, long period) {}
    @Go("{this}.ScheduleAtFixedRate({0}, {1}, {2})") public void scheduleAtFixedRate(TimerTask task, long delay, long period) {}
    @Go("{this}.ScheduleAtFixedRateDate({0}, {1}, {2})") public void scheduleAtFixedRate(TimerTask task, Date firstTime, long period) {}
    public void cancel() {}
    public int purge() {}
}
