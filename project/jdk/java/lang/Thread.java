package java.lang;

// Go: interface java.Thread, struct java.ThreadImpl (embed it to extend Thread); the
// initialisers InitThread, InitThread2... match the constructors NewThread, NewThread2...
@GoType("java.Thread")
public class Thread implements Runnable {
    public static final int MIN_PRIORITY = 1;
    public static final int NORM_PRIORITY = 5;
    public static final int MAX_PRIORITY = 10;

    public interface UncaughtExceptionHandler {
        void uncaughtException(Thread t, Throwable e);
    }

    @Go("java.NewThread({0})") public Thread(Runnable target) {}
    @Go("java.NewThread2({0}, {1})") public Thread(Runnable target, String name) {}
    @Go("java.NewThread3({0})") public Thread(String name) {}
    @Go("java.NewThread4()") public Thread() {}
    @Go("java.NewThread5({0}, {1}, {2})") public Thread(ThreadGroup group, Runnable target, String name) {}

    public static Thread currentThread() {}
    public static void sleep(long millis) throws InterruptedException {}
    public static void yield() {}
    public static void onSpinWait() {}
    public static boolean interrupted() {}
    public static boolean holdsLock(Object obj) {}
    public static int activeCount() {}
    public static void setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler eh) {}
    @Go("java.ThreadDefaultUncaughtExceptionHandler()") public static UncaughtExceptionHandler getDefaultUncaughtExceptionHandler() {}

    public void start() {}
    public void run() {}
    public void interrupt() {}
    public boolean isInterrupted() {}
    public final boolean isAlive() {}
    public final void join() throws InterruptedException {}
    @Go("{this}.JoinMillis({0})") public final void join(long millis) throws InterruptedException {}
    public final String getName() {}
    public final void setName(String name) {}
    public final boolean isDaemon() {}
    public final void setDaemon(boolean on) {}
    public final int getPriority() {}
    public final void setPriority(int newPriority) {}
    public long getId() {}
    public final ThreadGroup getThreadGroup() {}
    public UncaughtExceptionHandler getUncaughtExceptionHandler() {}
    public void setUncaughtExceptionHandler(UncaughtExceptionHandler eh) {}
    public StackTraceElement[] getStackTrace() {}
    public String toString() {}
}
