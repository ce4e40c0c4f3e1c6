package java.util.concurrent;

public class FutureTask<V> implements RunnableFuture<V> {
    @Go("java.NewFutureTask[{V}]({0})") public FutureTask(Callable<V> callable) {}
    @Go("java.NewFutureTask2[{V}]({0}, {1})") public FutureTask(Runnable runnable, V result) {}

    public void run() {}
    protected boolean runAndReset() {}
    public boolean cancel(boolean mayInterruptIfRunning) {}
    public boolean isCancelled() {}
    public boolean isDone() {}
    @Go("{this}.Get()") public V get() throws InterruptedException, ExecutionException {}
    @Go("{this}.GetTimeout({0}, {1})") public V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {}
    public String toString() {}
}
