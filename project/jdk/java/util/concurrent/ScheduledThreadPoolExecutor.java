package java.util.concurrent;

public class ScheduledThreadPoolExecutor extends ThreadPoolExecutor implements ScheduledExecutorService {
    @Go("java.NewScheduledThreadPoolExecutor({0})") public ScheduledThreadPoolExecutor(int corePoolSize) {}
    @Go("java.NewScheduledThreadPoolExecutor2({0}, {1})") public ScheduledThreadPoolExecutor(int corePoolSize, ThreadFactory threadFactory) {}
    @Go("java.NewScheduledThreadPoolExecutor3({0}, {1})") public ScheduledThreadPoolExecutor(int corePoolSize, RejectedExecutionHandler handler) {}
    @Go("java.NewScheduledThreadPoolExecutor4({0}, {1}, {2})") public ScheduledThreadPoolExecutor(int corePoolSize, ThreadFactory threadFactory, RejectedExecutionHandler handler) {}

    public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {}
    @Go("java.ScheduledExecutorServiceScheduleCallable[{V}]({this}, {0}, {1}, {2})") public <V> ScheduledFuture<V> schedule(Callable<V> callable, long delay, TimeUnit unit) {}
    public ScheduledFuture<?> scheduleAtFixedRate(Runnable command, long initialDelay, long period, TimeUnit unit) {}
    public ScheduledFuture<?> scheduleWithFixedDelay(Runnable command, long initialDelay, long delay, TimeUnit unit) {}
    public void execute(Runnable command) {}
    public Future<?> submit(Runnable task) {}
    public void setContinueExistingPeriodicTasksAfterShutdownPolicy(boolean value) {}
    public boolean getContinueExistingPeriodicTasksAfterShutdownPolicy() {}
    public void setExecuteExistingDelayedTasksAfterShutdownPolicy(boolean value) {}
    public boolean getExecuteExistingDelayedTasksAfterShutdownPolicy() {}
    public void setRemoveOnCancelPolicy(boolean value) {}
    public boolean getRemoveOnCancelPolicy() {}
}
