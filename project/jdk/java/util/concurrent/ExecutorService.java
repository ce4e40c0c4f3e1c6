package java.util.concurrent;

import java.util.Collection;
import java.util.List;

public interface ExecutorService extends Executor {
    void shutdown();
    List<Runnable> shutdownNow();
    boolean isShutdown();
    boolean isTerminated();
    boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException;
    @Go("java.ExecutorServiceSubmitCallable[{T}]({this}, {0})") <T> Future<T> submit(Callable<T> task);
    @Go("java.ExecutorServiceSubmitResult[{T}]({this}, {0}, {1})") <T> Future<T> submit(Runnable task, T result);
    Future<?> submit(Runnable task);
    @Go("java.ExecutorServiceInvokeAll[{T}]({this}, {0})") <T> List<Future<T>> invokeAll(Collection<? extends Callable<T>> tasks) throws InterruptedException;
    @Go("java.ExecutorServiceInvokeAny[{T}]({this}, {0})") <T> T invokeAny(Collection<? extends Callable<T>> tasks) throws InterruptedException, ExecutionException;
}
