// CountDownLatch as a start gate and a finish line, CyclicBarrier phases with a barrier
// action, Semaphore permits; each printed result is fixed by counts, not timing.
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

public class Main {
    public static void main(String[] args) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(5);
        AtomicInteger sum = new AtomicInteger();
        for (int i = 1; i <= 5; i++) {
            final int n = i;
            new Thread(() -> {
                try {
                    start.await();
                    sum.addAndGet(n * 100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                } finally {
                    finish.countDown();
                }
            }).start();
        }
        System.out.println("before start: count " + finish.getCount() + " sum " + sum.get());
        start.countDown();
        finish.await();
        System.out.println("after finish: count " + finish.getCount() + " sum " + sum.get());
        AtomicInteger phases = new AtomicInteger();
        StringBuffer log = new StringBuffer();
        CyclicBarrier barrier = new CyclicBarrier(3, () -> log.append("phase").append(phases.incrementAndGet()).append(' '));
        Thread[] parties = new Thread[3];
        for (int p = 0; p < 3; p++) {
            parties[p] = new Thread(() -> {
                try {
                    for (int round = 0; round < 4; round++) {
                        barrier.await();
                    }
                } catch (Exception e) {
                    log.append("broken ");
                }
            });
            parties[p].start();
        }
        for (Thread t : parties) {
            t.join();
        }
        System.out.println(log.toString().trim() + " broken=" + barrier.isBroken());
        Semaphore permits = new Semaphore(2);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        Thread[] users = new Thread[6];
        for (int u = 0; u < users.length; u++) {
            users[u] = new Thread(() -> {
                try {
                    permits.acquire();
                    try {
                        int now = inside.incrementAndGet();
                        maxInside.accumulateAndGet(now, Math::max);
                        Thread.sleep(2);
                        inside.decrementAndGet();
                    } finally {
                        permits.release();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            users[u].start();
        }
        for (Thread t : users) {
            t.join();
        }
        System.out.println("max inside <= 2: " + (maxInside.get() <= 2) + " permits " + permits.availablePermits() + " tryAcquire(3) " + permits.tryAcquire(3));
    }
}
