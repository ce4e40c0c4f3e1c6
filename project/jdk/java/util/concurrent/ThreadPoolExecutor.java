package java.util.concurrent;

import java.util.List;

public class ThreadPoolExecutor implements ExecutorService {
    public static class AbortPolicy implements RejectedExecutionHandler {
        @Go("java.NewThreadPoolExecutorAbortPolicy()") public AbortPolicy() {}
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {}
    }

    public static class CallerRunsPolicy implements RejectedExecutionHandler {
        @Go("java.NewThreadPoolExecutorCallerRunsPolicy()") public CallerRunsPolicy() {}
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {}
    }

    public static class DiscardPolicy implements RejectedExecutionHandler {
        @Go("java.NewThreadPoolExecutorDiscardPolicy()") public DiscardPolicy() {}
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {}
    }

    public static class DiscardOldestPolicy implements RejectedExecutionHandler {
        @Go("java.NewThreadPoolExecutorDiscardOldestPolicy()") public DiscardOldestPolicy() {}
        public void rejectedExecution(Runnable r, ThreadPoolExecutor e) {}
    }

    @Go("java.NewThreadPoolExecutor({0}, {1}, {2}, {3}, {4})") public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit, BlockingQueue<Runnable> workQueue) {}
    @Go("java.NewThreadPoolExecutor2({0}, {1}, {2}, {3}, {4}, {5})") public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit, BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory) {}
    @Go("java.NewThreadPoolExecutor3({0}, {1}, {2}, {3}, {4}, {5})") public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit, BlockingQueue<Runnable> workQueue, RejectedExecutionHandler handler) {}
    @Go("java.NewThreadPoolExecutor4({0}, {1}, {2}, {3}, {4}, {5}, {6})") public ThreadPoolExecutor(int corePoolSize, int maximumPoolSize, long keepAliveTime, TimeUnit unit, BlockingQueue<Runnable> workQueue, ThreadFactory threadFactory, RejectedExecutionHandler handler) {}

    public void execute(Runnable command) {}
    public void shutdown() {}
    public List<Runnable> shutdownNow() {}
    public boolean isShutdown() {}
    public boolean isTerminating() {}
    public boolean isTerminated() {}
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {}
    public Future<?> submit(Runnable task) {}
    public boolean remove(Runnable task) {}
    public void purge() {}
    public int getCorePoolSize() {}
    public void setCorePoolSize(int corePoolSize) {}
    public int getMaximumPoolSize() {}
    public void setMaximumPoolSize(int maximumPoolSize) {}
    public long getKeepAliveTime(TimeUnit unit) {}
    public void setKeepAliveTime(long time, TimeUnit unit) {}
    public void allowCoreThreadTimeOut(boolean value) {}
    public boolean allowsCoreThreadTimeOut() {}
    public boolean prestartCoreThread() {}
    public int prestartAllCoreThreads() {}
    public int getPoolSize() {}
    public int getActiveCount() {}
    public int getLargestPoolSize() {}
    public long getTaskCount() {}
    public long getCompletedTaskCount() {}
    public BlockingQueue<Runnable> getQueue() {}
    public ThreadFactory getThreadFactory() {}
    public void setThreadFactory(ThreadFactory threadFactory) {}
    public RejectedExecutionHandler getRejectedExecutionHandler() {}
    public void setRejectedExecutionHandler(RejectedExecutionHandler handler) {}
    protected void beforeExecute(Thread t, Runnable r) {}
    protected void afterExecute(Runnable r, Throwable t) {}
    protected void terminated() {}
    public String toString() {}
}
