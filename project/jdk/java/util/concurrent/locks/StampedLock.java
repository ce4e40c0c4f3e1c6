package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

public class StampedLock {
    @Go("java.NewStampedLock()") public StampedLock() {}

    public long writeLock() {}
    public long tryWriteLock() {}
    @Go("{this}.TryWriteLockTimeout({0}, {1})") public long tryWriteLock(long time, TimeUnit unit) throws InterruptedException {}
    public long writeLockInterruptibly() throws InterruptedException {}
    public long readLock() {}
    public long tryReadLock() {}
    public long tryOptimisticRead() {}
    public boolean validate(long stamp) {}
    public void unlockWrite(long stamp) {}
    public void unlockRead(long stamp) {}
    public void unlock(long stamp) {}
    public boolean isWriteLocked() {}
    public boolean isReadLocked() {}
    public int getReadLockCount() {}
}
