// Atomics: AtomicInteger/Long/Boolean/Reference operations, exact totals from many threads,
// compareAndSet loops, updateAndGet/accumulateAndGet, LongAdder.
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

public class Main {
    static final AtomicInteger NEXT_ID = new AtomicInteger(0x10000000);

    public static void main(String[] args) throws InterruptedException {
        AtomicInteger ai = new AtomicInteger(5);
        System.out.println(ai.getAndIncrement() + " " + ai.incrementAndGet() + " " + ai.addAndGet(10) + " " + ai.getAndAdd(-3) + " " + ai.get()
            + " " + ai.decrementAndGet() + " " + ai.getAndSet(100) + " " + ai);
        System.out.println(ai.compareAndSet(100, 200) + " " + ai.compareAndSet(100, 300) + " " + ai.get());
        System.out.println(ai.updateAndGet(x -> x * 2) + " " + ai.getAndUpdate(x -> x + 1) + " " + ai.accumulateAndGet(10, Math::max) + " " + ai.intValue());
        AtomicLong al = new AtomicLong(Long.MAX_VALUE);
        System.out.println(al.incrementAndGet() + " " + al.get());
        AtomicBoolean flag = new AtomicBoolean();
        System.out.println(flag.get() + " " + flag.compareAndSet(false, true) + " " + flag.compareAndSet(false, true) + " " + flag.getAndSet(false) + " " + flag);
        AtomicReference<String> ref = new AtomicReference<>("idle");
        System.out.println(ref.get() + " " + ref.compareAndSet("idle", "busy") + " " + ref.getAndSet("done") + " " + ref.updateAndGet(s -> s + "!") + " " + ref);
        AtomicLong total = new AtomicLong();
        LongAdder adder = new LongAdder();
        AtomicInteger maxSeen = new AtomicInteger();
        AtomicIntegerArray slots = new AtomicIntegerArray(4);
        Thread[] threads = new Thread[4];
        for (int t = 0; t < threads.length; t++) {
            final int id = t;
            threads[t] = new Thread(() -> {
                for (int i = 1; i <= 10000; i++) {
                    total.addAndGet(i);
                    adder.increment();
                    slots.incrementAndGet(i % 4);
                    int cur;
                    do {
                        cur = maxSeen.get();
                    } while (i * (id + 1) > cur && !maxSeen.compareAndSet(cur, i * (id + 1)));
                    NEXT_ID.incrementAndGet();
                }
            });
            threads[t].start();
        }
        for (Thread t : threads) {
            t.join();
        }
        System.out.println(total.get() + " " + adder.sum() + " " + maxSeen.get() + " " + slots + " " + Integer.toHexString(NEXT_ID.get()));
    }
}
