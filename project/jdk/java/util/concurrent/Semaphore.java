package java.util.concurrent;

public class Semaphore {
    @Go("java.NewSemaphore({0})") public Semaphore(int permits) {}
    @Go("java.NewSemaphore2({0}, {1})") public Semaphore(int permits, boolean fair) {}

    public void acquire() throws InterruptedException {}
    @Go("{this}.AcquirePermits({0})") public void acquire(int permits) throws InterruptedException {}
    public void acquireUninterruptibly() {}
    @Go("{this}.AcquireUninterruptiblyPermits({0})") public void acquireUninterruptibly(int permits) {}
    public boolean tryAcquire() {}
    @Go("{this}.TryAcquirePermits({0})") public boolean tryAcquire(int permits) {}
    @Go("{this}.TryAcquireTimeout({0}, {1})") public boolean tryAcquire(long timeout, TimeUnit unit) throws InterruptedException {}
    @Go("{this}.TryAcquirePermitsTimeout({0}, {1}, {2})") public boolean tryAcquire(int permits, long timeout, TimeUnit unit) throws InterruptedException {}
    public void release() {}
    @Go("{this}.ReleasePermits({0})") public void release(int permits) {}
    public int availablePermits() {}
    public int drainPermits() {}
    public boolean isFair() {}
    public String toString() {}
}
