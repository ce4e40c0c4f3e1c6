// ExecutorService: submit Callables and read futures in order, invokeAll, exceptions wrapped
// in ExecutionException, CompletableFuture chains, shutdown and awaitTermination.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class Main {
    static long fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    public static void main(String[] args) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<Long>> futures = new ArrayList<>();
        for (int n = 20; n <= 26; n++) {
            final int arg = n;
            futures.add(pool.submit(() -> fib(arg)));
        }
        for (int i = 0; i < futures.size(); i++) {
            System.out.println("fib(" + (20 + i) + ") = " + futures.get(i).get());
        }
        List<Callable<String>> calls = new ArrayList<>();
        for (String s : new String[] {"alpha", "beta", "gamma"}) {
            calls.add(() -> s.toUpperCase() + ":" + s.length());
        }
        for (Future<String> f : pool.invokeAll(calls)) {
            System.out.println(f.get() + " done=" + f.isDone());
        }
        Future<Integer> failing = pool.submit(() -> {
            if (calls.size() == 3) {
                throw new IllegalStateException("task failed");
            }
            return 1;
        });
        try {
            failing.get();
        } catch (ExecutionException e) {
            System.out.println("ExecutionException caused by " + e.getCause().getClass().getSimpleName() + ": " + e.getCause().getMessage());
        }
        AtomicInteger ran = new AtomicInteger();
        List<Future<?>> runs = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            runs.add(pool.submit(ran::incrementAndGet));
        }
        for (Future<?> f : runs) {
            f.get();
        }
        System.out.println("runnables ran " + ran.get());
        CompletableFuture<Integer> a = CompletableFuture.supplyAsync(() -> 6, pool);
        CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() -> 7, pool);
        System.out.println("combined " + a.thenCombine(b, (x, y) -> x * y).thenApply(v -> "answer=" + v).get());
        CompletableFuture<String> recovered = CompletableFuture.supplyAsync(() -> {
            if (ran.get() > 0) {
                throw new IllegalArgumentException("bad");
            }
            return "ok";
        }, pool).exceptionally(ex -> "recovered from " + ex.getCause().getMessage());
        System.out.println(recovered.join());
        pool.execute(() -> ran.addAndGet(100));
        pool.shutdown();
        System.out.println("terminated " + pool.awaitTermination(10, TimeUnit.SECONDS) + " ran " + ran.get() + " shutdown " + pool.isShutdown());
        ExecutorService single = Executors.newSingleThreadExecutor();
        StringBuilder order = new StringBuilder();
        for (int i = 0; i < 5; i++) {
            final int n = i;
            single.submit(() -> order.append(n));
        }
        single.shutdown();
        single.awaitTermination(10, TimeUnit.SECONDS);
        System.out.println("single thread order " + order);
    }
}
