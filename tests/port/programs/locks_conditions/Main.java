// java.util.concurrent.locks: ReentrantLock (reentrancy, hold count, tryLock), Condition
// await/signal, ReentrantReadWriteLock.
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

public class Main {
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition ready = lock.newCondition();
    private int stage;

    void advance() {
        lock.lock();
        try {
            stage++;
            ready.signalAll();
        } finally {
            lock.unlock();
        }
    }

    void awaitStage(int s) throws InterruptedException {
        lock.lock();
        try {
            while (stage < s) {
                ready.await();
            }
        } finally {
            lock.unlock();
        }
    }

    public static void main(String[] args) throws InterruptedException {
        Main m = new Main();
        m.lock.lock();
        m.lock.lock();
        System.out.println("hold count " + m.lock.getHoldCount() + " locked " + m.lock.isLocked() + " mine " + m.lock.isHeldByCurrentThread());
        boolean[] otherGot = new boolean[1];
        Thread t = new Thread(() -> otherGot[0] = m.lock.tryLock());
        t.start();
        t.join();
        System.out.println("other thread tryLock while held: " + otherGot[0]);
        m.lock.unlock();
        m.lock.unlock();
        System.out.println("hold count " + m.lock.getHoldCount() + " locked " + m.lock.isLocked());
        List<String> events = new ArrayList<>();
        Thread waiter = new Thread(() -> {
            try {
                m.awaitStage(3);
                synchronized (events) {
                    events.add("waiter saw stage " + m.stage);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        waiter.start();
        for (int i = 0; i < 3; i++) {
            m.advance();
        }
        waiter.join();
        System.out.println(events);
        ReentrantReadWriteLock rw = new ReentrantReadWriteLock();
        int[] value = {0};
        Thread[] writers = new Thread[3];
        for (int i = 0; i < writers.length; i++) {
            writers[i] = new Thread(() -> {
                for (int k = 0; k < 1000; k++) {
                    rw.writeLock().lock();
                    try {
                        value[0]++;
                    } finally {
                        rw.writeLock().unlock();
                    }
                }
            });
            writers[i].start();
        }
        for (Thread w : writers) {
            w.join();
        }
        rw.readLock().lock();
        try {
            System.out.println("value " + value[0] + " readers " + rw.getReadLockCount() + " write locked " + rw.isWriteLocked());
        } finally {
            rw.readLock().unlock();
        }
        try {
            m.lock.unlock();
        } catch (IllegalMonitorStateException e) {
            System.out.println("unlock without holding: IllegalMonitorStateException");
        }
    }
}
