package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

public class ReentrantLock implements Lock {
    @Go("java.NewReentrantLock()") public ReentrantLock() {}
    @Go("java.NewReentrantLock2({0})") public ReentrantLock(boolean fair) {}

    public void lock() {}
    public void lockInterruptibly() throws InterruptedException {}
    public boolean tryLock() {}
    @Go("{this}.TryLockTimeout({0}, {1})") public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {}
    public void unlock() {}
    public Condition newCondition() {}
    public int getHoldCount() {}
    public boolean isHeldByCurrentThread() {}
    public boolean isLocked() {}
    public final boolean isFair() {}
    public String toString() {}
}
