package java.util.concurrent;

import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

public class CompletableFuture<T> implements Future<T> {
    @Go("java.NewCompletableFuture[{T}]()") public CompletableFuture() {}

    @Go("java.CompletableFutureSupplyAsync[{U}]({0})") public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier) {}
    @Go("java.CompletableFutureSupplyAsync2[{U}]({0}, {1})") public static <U> CompletableFuture<U> supplyAsync(Supplier<U> supplier, Executor executor) {}
    @Go("java.CompletableFutureRunAsync({0})") public static CompletableFuture<Void> runAsync(Runnable runnable) {}
    @Go("java.CompletableFutureRunAsync2({0}, {1})") public static CompletableFuture<Void> runAsync(Runnable runnable, Executor executor) {}
    @Go("java.CompletableFutureCompletedFuture[{U}]({0})") public static <U> CompletableFuture<U> completedFuture(U value) {}
    @Go("java.CompletableFutureFailedFuture[{U}]({0})") public static <U> CompletableFuture<U> failedFuture(Throwable ex) {}
    @Go("java.CompletableFutureAllOf({args})") public static CompletableFuture<Void> allOf(CompletableFuture<?>... cfs) {}
    @Go("java.CompletableFutureAnyOf({args})") public static CompletableFuture<Object> anyOf(CompletableFuture<?>... cfs) {}

    public boolean complete(T value) {}
    public boolean completeExceptionally(Throwable ex) {}
    public boolean cancel(boolean mayInterruptIfRunning) {}
    public boolean isDone() {}
    public boolean isCancelled() {}
    public boolean isCompletedExceptionally() {}
    @Go("{this}.Get()") public T get() throws InterruptedException, ExecutionException {}
    @Go("{this}.GetTimeout({0}, {1})") public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {}
    public T join() {}
    public T getNow(T valueIfAbsent) {}
    public int getNumberOfDependents() {}
    @Go("java.CompletableFutureThenApply[{T}, {U}]({this}, {0})") public <U> CompletableFuture<U> thenApply(Function<? super T, ? extends U> fn) {}
    public CompletableFuture<Void> thenAccept(Consumer<? super T> action) {}
    public CompletableFuture<Void> thenRun(Runnable action) {}
    @Go("java.CompletableFutureThenCompose[{T}, {U}]({this}, {0})") public <U> CompletableFuture<U> thenCompose(Function<? super T, ? extends CompletableFuture<U>> fn) {}
    // Java's parameter is a CompletionStage, which the stubs do not have: every stage is a
    // CompletableFuture here.
    @Go("java.CompletableFutureThenCombine[{T}, {U}, {V}]({this}, {0}, {1})") public <U, V> CompletableFuture<V> thenCombine(CompletableFuture<? extends U> other, BiFunction<? super T, ? super U, ? extends V> fn) {}
    public CompletableFuture<T> exceptionally(Function<Throwable, ? extends T> fn) {}
    @Go("java.CompletableFutureHandle[{T}, {U}]({this}, {0})") public <U> CompletableFuture<U> handle(BiFunction<? super T, Throwable, ? extends U> fn) {}
    public CompletableFuture<T> whenComplete(BiConsumer<? super T, ? super Throwable> action) {}
    public String toString() {}
}
