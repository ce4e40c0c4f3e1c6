package java.util.concurrent;

public interface Future<V> {
    boolean cancel(boolean mayInterruptIfRunning);
    boolean isCancelled();
    boolean isDone();
    @Go("{this}.Get()") V get() throws InterruptedException, ExecutionException;
    @Go("{this}.GetTimeout({0}, {1})") V get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException;
}
