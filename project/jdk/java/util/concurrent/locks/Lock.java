package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

// Go: java.LocksLock (java.Lock is the monitor function of synchronized).
@GoType("java.LocksLock")
public interface Lock {
    void lock();
    void lockInterruptibly() throws InterruptedException;
    boolean tryLock();
    @Go("{this}.TryLockTimeout({0}, {1})") boolean tryLock(long time, TimeUnit unit) throws InterruptedException;
    void unlock();
    Condition newCondition();
}
