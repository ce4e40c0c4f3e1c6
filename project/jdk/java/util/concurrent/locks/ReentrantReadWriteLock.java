package java.util.concurrent.locks;

import java.util.concurrent.TimeUnit;

public class ReentrantReadWriteLock implements ReadWriteLock {
    public static class ReadLock implements Lock {
        public void lock() {}
        public void lockInterruptibly() throws InterruptedException {}
        public boolean tryLock() {}
        @Go("{this}.TryLockTimeout({0}, {1})") public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {}
        public void unlock() {}
        public Condition newCondition() {}
    }

    public static class WriteLock implements Lock {
        public void lock() {}
        public void lockInterruptibly() throws InterruptedException {}
        public boolean tryLock() {}
        @Go("{this}.TryLockTimeout({0}, {1})") public boolean tryLock(long timeout, TimeUnit unit) throws InterruptedException {}
        public void unlock() {}
        public Condition newCondition() {}
        public boolean isHeldByCurrentThread() {}
        public int getHoldCount() {}
    }

    @Go("java.NewReentrantReadWriteLock()") public ReentrantReadWriteLock() {}
    @Go("java.NewReentrantReadWriteLock2({0})") public ReentrantReadWriteLock(boolean fair) {}

    @Go("{this}.TypedReadLock()") public ReentrantReadWriteLock.ReadLock readLock() {}
    @Go("{this}.TypedWriteLock()") public ReentrantReadWriteLock.WriteLock writeLock() {}
    public int getReadLockCount() {}
    public int getReadHoldCount() {}
    public boolean isWriteLocked() {}
    public boolean isWriteLockedByCurrentThread() {}
    public int getWriteHoldCount() {}
    public final boolean isFair() {}
}
