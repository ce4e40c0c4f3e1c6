package java.util.concurrent;

public class Executors {
    @Go("java.ExecutorsNewFixedThreadPool({0})") public static ExecutorService newFixedThreadPool(int nThreads) {}
    @Go("java.ExecutorsNewFixedThreadPool2({0}, {1})") public static ExecutorService newFixedThreadPool(int nThreads, ThreadFactory threadFactory) {}
    @Go("java.ExecutorsNewCachedThreadPool()") public static ExecutorService newCachedThreadPool() {}
    @Go("java.ExecutorsNewCachedThreadPool2({0})") public static ExecutorService newCachedThreadPool(ThreadFactory threadFactory) {}
    @Go("java.ExecutorsNewSingleThreadExecutor()") public static ExecutorService newSingleThreadExecutor() {}
    @Go("java.ExecutorsNewSingleThreadExecutor2({0})") public static ExecutorService newSingleThreadExecutor(ThreadFactory threadFactory) {}
    @Go("java.ExecutorsNewScheduledThreadPool({0})") public static ScheduledExecutorService newScheduledThreadPool(int corePoolSize) {}
    @Go("java.ExecutorsNewScheduledThreadPool2({0}, {1})") public static ScheduledExecutorService newScheduledThreadPool(int corePoolSize, ThreadFactory threadFactory) {}
    @Go("java.ExecutorsNewSingleThreadScheduledExecutor()") public static ScheduledExecutorService newSingleThreadScheduledExecutor() {}
    @Go("java.ExecutorsNewSingleThreadScheduledExecutor2({0})") public static ScheduledExecutorService newSingleThreadScheduledExecutor(ThreadFactory threadFactory) {}
    public static ThreadFactory defaultThreadFactory() {}
    @Go("java.ExecutorsCallable[{T}]({0}, {1})") public static <T> Callable<T> callable(Runnable task, T result) {}
}
