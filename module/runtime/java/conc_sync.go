package java

import (
	"sync"
	"time"
)

// The synchronizers of java.util.concurrent: CountDownLatch, CyclicBarrier, Semaphore, and
// java.util.concurrent.locks.StampedLock. Waiting goes through park (interruptible).

// CountDownLatch is java.util.concurrent.CountDownLatch.
type CountDownLatch struct {
	mu    sync.Mutex
	count int64
	zero  chan struct{} // closed when count reaches 0
}

// NewCountDownLatch is the constructor CountDownLatch(int).
func NewCountDownLatch(count int32) *CountDownLatch {
	if count < 0 {
		panic(NewIllegalArgumentException2("count < 0"))
	}
	l := &CountDownLatch{count: int64(count), zero: make(chan struct{})}
	if count == 0 {
		close(l.zero)
	}
	return l
}

// Await is await(): it waits until the count reaches zero.
func (l *CountDownLatch) Await() {
	select {
	case <-l.zero:
		if t := registeredThread(curG()); t != nil && t.interrupted.Swap(false) {
			panic(NewInterruptedException())
		}
		return
	default:
	}
	if parkCurrent(l.zero, -1) == parkInterrupted {
		panic(NewInterruptedException())
	}
}

// AwaitTimeout is await(long, TimeUnit): false when the time passed first.
func (l *CountDownLatch) AwaitTimeout(timeout int64, unit *TimeUnit) bool {
	switch parkCurrent(l.zero, unitDuration(timeout, unit)) {
	case parkSignalled:
		return true
	case parkInterrupted:
		panic(NewInterruptedException())
	}
	return false
}

// CountDown is countDown().
func (l *CountDownLatch) CountDown() {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.count > 0 {
		l.count--
		if l.count == 0 {
			close(l.zero)
		}
	}
}

// Count is getCount().
func (l *CountDownLatch) Count() int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.count
}

// String is toString(): `...CountDownLatch@hash[Count = n]`.
func (l *CountDownLatch) String() string {
	return objectString(l, "java.util.concurrent.CountDownLatch") + "[Count = " + LongStr(l.Count()) + "]"
}

// CyclicBarrier is java.util.concurrent.CyclicBarrier.
type CyclicBarrier struct {
	mu      sync.Mutex
	parties int32
	action  Runnable
	waiting int32
	gen     *barrierGeneration
}

type barrierGeneration struct {
	broken bool
	trip   chan struct{} // closed when the barrier trips or breaks
}

// NewCyclicBarrier is the constructor CyclicBarrier(int).
func NewCyclicBarrier(parties int32) *CyclicBarrier { return NewCyclicBarrier2(parties, nil) }

// NewCyclicBarrier2 is the constructor CyclicBarrier(int, Runnable): the last thread to
// arrive runs barrierAction before the others are released.
func NewCyclicBarrier2(parties int32, barrierAction Runnable) *CyclicBarrier {
	if parties <= 0 {
		panic(NewIllegalArgumentException())
	}
	return &CyclicBarrier{parties: parties, action: nullRunnable(barrierAction), gen: &barrierGeneration{trip: make(chan struct{})}}
}

func (b *CyclicBarrier) breakLocked() {
	if !b.gen.broken {
		b.gen.broken = true
		close(b.gen.trip)
	}
	b.waiting = 0
}

func (b *CyclicBarrier) nextGenerationLocked() {
	close(b.gen.trip)
	b.waiting = 0
	b.gen = &barrierGeneration{trip: make(chan struct{})}
}

// await is dowait: the arrival index (parties-1 for the first, 0 for the last).
func (b *CyclicBarrier) await(d time.Duration) int32 {
	t := registeredThread(curG())
	b.mu.Lock()
	g := b.gen
	if g.broken {
		b.mu.Unlock()
		panic(NewBrokenBarrierException())
	}
	if t != nil && t.interrupted.Swap(false) {
		b.breakLocked()
		b.mu.Unlock()
		panic(NewInterruptedException())
	}
	b.waiting++
	index := b.parties - b.waiting
	if index == 0 {
		if b.action != nil {
			if ex := Try(b.action.Run); ex != nil {
				b.breakLocked()
				b.mu.Unlock()
				panic(ex)
			}
		}
		b.nextGenerationLocked()
		b.mu.Unlock()
		return 0
	}
	b.mu.Unlock()
	r := park(t, g.trip, d)
	b.mu.Lock()
	defer b.mu.Unlock()
	select {
	case <-g.trip:
		// Tripped or broken meanwhile: that decides, an interrupt stays pending.
		if r == parkInterrupted {
			t.interrupted.Store(true)
		}
		if g.broken {
			panic(NewBrokenBarrierException())
		}
		return index
	default:
	}
	b.breakLocked()
	if r == parkInterrupted {
		panic(NewInterruptedException())
	}
	panic(NewTimeoutException())
}

// Await is await(): InterruptedException, or BrokenBarrierException when another party
// broke the barrier.
func (b *CyclicBarrier) Await() int32 { return b.await(-1) }

// AwaitTimeout is await(long, TimeUnit): TimeoutException (breaking the barrier) when the
// time passes first.
func (b *CyclicBarrier) AwaitTimeout(timeout int64, unit *TimeUnit) int32 {
	return b.await(unitDuration(timeout, unit))
}

// Parties is getParties().
func (b *CyclicBarrier) Parties() int32 { return b.parties }

// NumberWaiting is getNumberWaiting().
func (b *CyclicBarrier) NumberWaiting() int32 {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.waiting
}

// IsBroken is isBroken().
func (b *CyclicBarrier) IsBroken() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.gen.broken
}

// Reset is reset(): waiting parties get BrokenBarrierException; the barrier starts over.
func (b *CyclicBarrier) Reset() {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.breakLocked()
	b.gen = &barrierGeneration{trip: make(chan struct{})}
}

// Semaphore is java.util.concurrent.Semaphore.
type Semaphore struct {
	mu      sync.Mutex
	permits int32
	changed chan struct{} // closed and replaced when permits are released
	fair    bool
}

// NewSemaphore is the constructor Semaphore(int).
func NewSemaphore(permits int32) *Semaphore {
	return &Semaphore{permits: permits, changed: make(chan struct{})}
}

// NewSemaphore2 is the constructor Semaphore(int, boolean).
func NewSemaphore2(permits int32, fair bool) *Semaphore {
	s := NewSemaphore(permits)
	s.fair = fair
	return s
}

// acquire takes n permits, waiting up to d (d < 0: no limit) as thread t.
func (s *Semaphore) acquire(n int32, t *ThreadImpl, d time.Duration) parkResult {
	if n < 0 {
		panic(NewIllegalArgumentException())
	}
	deadline := time.Now().Add(d)
	s.mu.Lock()
	defer s.mu.Unlock()
	if t != nil && t.interrupted.CompareAndSwap(true, false) {
		return parkInterrupted
	}
	for {
		if s.permits >= n {
			s.permits -= n
			return parkSignalled
		}
		if d == 0 {
			return parkTimedOut
		}
		wait := time.Duration(-1)
		if d > 0 {
			if wait = time.Until(deadline); wait <= 0 {
				return parkTimedOut
			}
		}
		ch := s.changed
		s.mu.Unlock()
		r := park(t, ch, wait)
		s.mu.Lock()
		if r == parkInterrupted {
			return r
		}
	}
}

func (s *Semaphore) interruptibly(r parkResult) bool {
	if r == parkInterrupted {
		panic(NewInterruptedException())
	}
	return r == parkSignalled
}

// Acquire is acquire().
func (s *Semaphore) Acquire() { s.interruptibly(s.acquire(1, registeredThread(curG()), -1)) }

// AcquirePermits is acquire(int).
func (s *Semaphore) AcquirePermits(permits int32) {
	s.interruptibly(s.acquire(permits, registeredThread(curG()), -1))
}

// AcquireUninterruptibly is acquireUninterruptibly().
func (s *Semaphore) AcquireUninterruptibly() { s.acquire(1, nil, -1) }

// AcquireUninterruptiblyPermits is acquireUninterruptibly(int).
func (s *Semaphore) AcquireUninterruptiblyPermits(permits int32) { s.acquire(permits, nil, -1) }

// TryAcquire is tryAcquire().
func (s *Semaphore) TryAcquire() bool { return s.acquire(1, nil, 0) == parkSignalled }

// TryAcquirePermits is tryAcquire(int).
func (s *Semaphore) TryAcquirePermits(permits int32) bool {
	return s.acquire(permits, nil, 0) == parkSignalled
}

// TryAcquireTimeout is tryAcquire(long, TimeUnit).
func (s *Semaphore) TryAcquireTimeout(timeout int64, unit *TimeUnit) bool {
	return s.interruptibly(s.acquire(1, registeredThread(curG()), unitDuration(timeout, unit)))
}

// TryAcquirePermitsTimeout is tryAcquire(int, long, TimeUnit).
func (s *Semaphore) TryAcquirePermitsTimeout(permits int32, timeout int64, unit *TimeUnit) bool {
	return s.interruptibly(s.acquire(permits, registeredThread(curG()), unitDuration(timeout, unit)))
}

// Release is release().
func (s *Semaphore) Release() { s.ReleasePermits(1) }

// ReleasePermits is release(int).
func (s *Semaphore) ReleasePermits(permits int32) {
	if permits < 0 {
		panic(NewIllegalArgumentException())
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.permits += permits
	close(s.changed)
	s.changed = make(chan struct{})
}

// AvailablePermits is availablePermits().
func (s *Semaphore) AvailablePermits() int32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.permits
}

// DrainPermits is drainPermits(): takes every available permit and returns how many.
func (s *Semaphore) DrainPermits() int32 {
	s.mu.Lock()
	defer s.mu.Unlock()
	n := s.permits
	if n > 0 {
		s.permits = 0
		return n
	}
	return 0
}

// IsFair is isFair().
func (s *Semaphore) IsFair() bool { return s.fair }

// String is toString(): `...Semaphore@hash[Permits = n]`.
func (s *Semaphore) String() string {
	return objectString(s, "java.util.concurrent.Semaphore") + "[Permits = " + IntStr(s.AvailablePermits()) + "]"
}

// StampedLock is java.util.concurrent.locks.StampedLock: a write lock, read locks and
// optimistic reads, none reentrant, released by stamp (by any thread). A stamp records the
// write epoch it was issued in and its kind; validate checks no write lock was taken since.
type StampedLock struct {
	mu      sync.Mutex
	epoch   int64 // incremented each time the write lock is taken
	writing bool
	readers int32
	changed chan struct{}
}

const (
	stampWrite = 1
	stampRead  = 2
	stampOpt   = 3
)

// NewStampedLock is the constructor StampedLock().
func NewStampedLock() *StampedLock { return &StampedLock{epoch: 1, changed: make(chan struct{})} }

func (l *StampedLock) stamp(kind int64) int64 { return l.epoch<<2 | kind }

func (l *StampedLock) broadcastLocked() {
	close(l.changed)
	l.changed = make(chan struct{})
}

// acquire takes the write (write true) or a read lock, waiting up to d (d < 0: no limit);
// 0 when it timed out or t was interrupted.
func (l *StampedLock) acquire(write bool, t *ThreadImpl, d time.Duration) (int64, parkResult) {
	deadline := time.Now().Add(d)
	l.mu.Lock()
	defer l.mu.Unlock()
	for {
		if write && !l.writing && l.readers == 0 {
			l.writing = true
			l.epoch++
			return l.stamp(stampWrite), parkSignalled
		}
		if !write && !l.writing {
			l.readers++
			return l.stamp(stampRead), parkSignalled
		}
		if d == 0 {
			return 0, parkTimedOut
		}
		wait := time.Duration(-1)
		if d > 0 {
			if wait = time.Until(deadline); wait <= 0 {
				return 0, parkTimedOut
			}
		}
		ch := l.changed
		l.mu.Unlock()
		r := park(t, ch, wait)
		l.mu.Lock()
		if r == parkInterrupted {
			return 0, r
		}
	}
}

// WriteLock is writeLock(): the stamp to unlock with.
func (l *StampedLock) WriteLock() int64 { s, _ := l.acquire(true, nil, -1); return s }

// TryWriteLock is tryWriteLock(): a stamp, or 0 when the lock is not free.
func (l *StampedLock) TryWriteLock() int64 { s, _ := l.acquire(true, nil, 0); return s }

// TryWriteLockTimeout is tryWriteLock(long, TimeUnit).
func (l *StampedLock) TryWriteLockTimeout(time int64, unit *TimeUnit) int64 {
	s, r := l.acquire(true, registeredThread(curG()), unitDuration(time, unit))
	if r == parkInterrupted {
		panic(NewInterruptedException())
	}
	return s
}

// WriteLockInterruptibly is writeLockInterruptibly().
func (l *StampedLock) WriteLockInterruptibly() int64 {
	s, r := l.acquire(true, registeredThread(curG()), -1)
	if r == parkInterrupted {
		panic(NewInterruptedException())
	}
	return s
}

// ReadLock is readLock().
func (l *StampedLock) ReadLock() int64 { s, _ := l.acquire(false, nil, -1); return s }

// TryReadLock is tryReadLock(): a stamp, or 0 while write-locked.
func (l *StampedLock) TryReadLock() int64 { s, _ := l.acquire(false, nil, 0); return s }

// TryOptimisticRead is tryOptimisticRead(): a stamp to validate, 0 while write-locked.
func (l *StampedLock) TryOptimisticRead() int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.writing {
		return 0
	}
	return l.stamp(stampOpt)
}

// Validate is validate(long): whether no write lock was taken since stamp was issued.
func (l *StampedLock) Validate(stamp int64) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return stamp != 0 && stamp>>2 == l.epoch && (stamp&3 == stampWrite || !l.writing)
}

// UnlockWrite is unlockWrite(long): IllegalMonitorStateException for a wrong stamp.
func (l *StampedLock) UnlockWrite(stamp int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.writing || stamp != l.stamp(stampWrite) {
		panic(NewIllegalMonitorStateException())
	}
	l.writing = false
	l.broadcastLocked()
}

// UnlockRead is unlockRead(long).
func (l *StampedLock) UnlockRead(stamp int64) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.readers == 0 || stamp&3 != stampRead || stamp>>2 != l.epoch {
		panic(NewIllegalMonitorStateException())
	}
	l.readers--
	if l.readers == 0 {
		l.broadcastLocked()
	}
}

// Unlock is unlock(long): releases the lock stamp came from.
func (l *StampedLock) Unlock(stamp int64) {
	if stamp&3 == stampWrite {
		l.UnlockWrite(stamp)
	} else {
		l.UnlockRead(stamp)
	}
}

// IsWriteLocked is isWriteLocked().
func (l *StampedLock) IsWriteLocked() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.writing
}

// IsReadLocked is isReadLocked().
func (l *StampedLock) IsReadLocked() bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.readers > 0
}

// ReadLockCount is getReadLockCount().
func (l *StampedLock) ReadLockCount() int32 {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.readers
}
