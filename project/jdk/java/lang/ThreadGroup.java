package java.lang;

public class ThreadGroup implements Thread.UncaughtExceptionHandler {
    @Go("java.NewThreadGroup({0})") public ThreadGroup(String name) {}
    @Go("java.NewThreadGroup2({0}, {1})") public ThreadGroup(ThreadGroup parent, String name) {}

    public final String getName() {}
    public final ThreadGroup getParent() {}
    public final int getMaxPriority() {}
    public int activeCount() {}
    public int enumerate(Thread[] list) {}
    public void uncaughtException(Thread t, Throwable e) {}
    public String toString() {}
}
