// ScheduledExecutorService: a fixed-rate task cancelled after exactly N runs (counted and
// awaited through a latch), a delayed one-shot with a result, a task cancelled before it runs.
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

public class Main {
    public static void main(String[] args) throws Exception {
        ScheduledExecutorService scheduler = Executors.newScheduledThreadPool(2);
        final int runs = 5;
        AtomicInteger counter = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(runs);
        StringBuffer ticks = new StringBuffer();
        ScheduledFuture<?> regen = scheduler.scheduleAtFixedRate(() -> {
            int n = counter.incrementAndGet();
            if (n <= runs) {
                ticks.append("tick").append(n).append(' ');
                done.countDown();
            }
        }, 0, 5, TimeUnit.MILLISECONDS);
        done.await();
        regen.cancel(false);
        System.out.println(ticks.toString().trim());
        System.out.println("cancelled " + regen.isCancelled() + " done " + regen.isDone());
        ScheduledFuture<String> delayed = scheduler.schedule(() -> "delayed result", 10, TimeUnit.MILLISECONDS);
        System.out.println(delayed.get());
        AtomicInteger never = new AtomicInteger();
        ScheduledFuture<?> cancelled = scheduler.schedule(never::incrementAndGet, 1, TimeUnit.HOURS);
        System.out.println("cancel before run: " + cancelled.cancel(false) + " " + cancelled.isCancelled());
        CountDownLatch fixedDelay = new CountDownLatch(3);
        AtomicInteger delays = new AtomicInteger();
        ScheduledFuture<?> f = scheduler.scheduleWithFixedDelay(() -> {
            if (delays.incrementAndGet() <= 3) {
                fixedDelay.countDown();
            }
        }, 1, 1, TimeUnit.MILLISECONDS);
        fixedDelay.await();
        f.cancel(true);
        scheduler.shutdown();
        System.out.println("terminated " + scheduler.awaitTermination(5, TimeUnit.SECONDS) + " never ran " + never.get() + " delays>=3 " + (delays.get() >= 3));
    }
}
