package java

import (
	"sync"
	"sync/atomic"
	"time"
)

// LocksLock is the interface java.util.concurrent.locks.Lock (the Go name Lock is the
// monitor function of `synchronized`, so the interface takes its package as a prefix, as
// port.md names types that collide).
type LocksLock interface {
	// Lock is lock().
	Lock()
	// LockInterruptibly is lockInterruptibly().
	LockInterruptibly()
	// TryLock is tryLock().
	TryLock() bool
	// TryLockTimeout is tryLock(long, TimeUnit).
	TryLockTimeout(time int64, unit *TimeUnit) bool
	// Unlock is unlock().
	Unlock()
	// NewCondition is newCondition().
	NewCondition() Condition
}

// Condition is java.util.concurrent.locks.Condition.
type Condition interface {
	// Await is await().
	Await()
	// AwaitUninterruptibly is awaitUninterruptibly().
	AwaitUninterruptibly()
	// AwaitNanos is awaitNanos(long): the nanoseconds left (<= 0 when it timed out).
	AwaitNanos(nanosTimeout int64) int64
	// AwaitTimeout is await(long, TimeUnit): false when it timed out.
	AwaitTimeout(time int64, unit *TimeUnit) bool
	// Signal is signal().
	Signal()
	// SignalAll is signalAll().
	SignalAll()
}

// ReentrantLock is java.util.concurrent.locks.ReentrantLock: a lock the owning thread may
// take again (it must unlock as many times). Fairness is recorded only; waiting threads
// are woken in about arrival order either way.
type ReentrantLock struct {
	sem   chan struct{} // holds a token while the lock is held
	owner atomic.Uintptr
	holds int32 // touched only by the owner
	fair  bool
}

// NewReentrantLock is the constructor ReentrantLock().
func NewReentrantLock() *ReentrantLock { return &ReentrantLock{sem: make(chan struct{}, 1)} }

// NewReentrantLock2 is the constructor ReentrantLock(boolean).
func NewReentrantLock2(fair bool) *ReentrantLock {
	l := NewReentrantLock()
	l.fair = fair
	return l
}

// acquire takes the lock for goroutine g, waiting up to d (d < 0: no limit); t receives
// interrupts when interruptible.
func (l *ReentrantLock) acquire(g uintptr, t *ThreadImpl, d time.Duration) parkResult {
	if l.owner.Load() == g {
		l.holds++
		return parkSignalled
	}
	var intr chan struct{}
	if t != nil {
		if t.interrupted.CompareAndSwap(true, false) {
			return parkInterrupted
		}
		intr = t.intr
	}
	select {
	case l.sem <- struct{}{}:
		l.owner.Store(g)
		l.holds = 1
		return parkSignalled
	default:
	}
	if d == 0 {
		return parkTimedOut
	}
	var timeout <-chan time.Time
	if d > 0 {
		timer := time.NewTimer(d)
		defer timer.Stop()
		timeout = timer.C
	}
	for {
		select {
		case l.sem <- struct{}{}:
			l.owner.Store(g)
			l.holds = 1
			return parkSignalled
		case <-timeout:
			return parkTimedOut
		case <-intr:
			if t.interrupted.CompareAndSwap(true, false) {
				return parkInterrupted
			}
		}
	}
}

// Lock is lock().
func (l *ReentrantLock) Lock() { l.acquire(curG(), nil, -1) }

// LockInterruptibly is lockInterruptibly(): InterruptedException when interrupted while
// waiting.
func (l *ReentrantLock) LockInterruptibly() {
	g := curG()
	if l.acquire(g, registeredThread(g), -1) == parkInterrupted {
		panic(NewInterruptedException())
	}
}

// TryLock is tryLock(): the lock if it is free (or already held by this thread).
func (l *ReentrantLock) TryLock() bool { return l.acquire(curG(), nil, 0) == parkSignalled }

// TryLockTimeout is tryLock(long, TimeUnit).
func (l *ReentrantLock) TryLockTimeout(timeout int64, unit *TimeUnit) bool {
	g := curG()
	switch l.acquire(g, registeredThread(g), unitDuration(timeout, unit)) {
	case parkSignalled:
		return true
	case parkInterrupted:
		panic(NewInterruptedException())
	}
	return false
}

// Unlock is unlock(): IllegalMonitorStateException unless the current thread holds it.
func (l *ReentrantLock) Unlock() {
	if l.owner.Load() != curG() {
		panic(NewIllegalMonitorStateException())
	}
	l.holds--
	if l.holds == 0 {
		l.owner.Store(0)
		<-l.sem
	}
}

// release drops every hold (for Condition.await) and returns how many there were.
func (l *ReentrantLock) release() int32 {
	n := l.holds
	l.holds = 0
	l.owner.Store(0)
	<-l.sem
	return n
}

// NewCondition is newCondition().
func (l *ReentrantLock) NewCondition() Condition { return &lockCondition{lock: l} }

// IsLocked is isLocked().
func (l *ReentrantLock) IsLocked() bool { return l.owner.Load() != 0 }

// IsHeldByCurrentThread is isHeldByCurrentThread().
func (l *ReentrantLock) IsHeldByCurrentThread() bool { return l.owner.Load() == curG() }

// HoldCount is getHoldCount(): the current thread's holds.
func (l *ReentrantLock) HoldCount() int32 {
	if l.owner.Load() != curG() {
		return 0
	}
	return l.holds
}

// IsFair is isFair().
func (l *ReentrantLock) IsFair() bool { return l.fair }

// String is toString(): `...ReentrantLock@hash[Unlocked]` or `[Locked by thread name]`.
func (l *ReentrantLock) String() string {
	state := "[Unlocked]"
	if g := l.owner.Load(); g != 0 {
		name := "?"
		if v, ok := threadsByG.Load(g); ok {
			name = v.(*ThreadImpl).Name()
		}
		state = "[Locked by thread " + name + "]"
	}
	return objectString(l, "java.util.concurrent.locks.ReentrantLock") + state
}

// lockCondition is a ReentrantLock's Condition: its waiters are guarded by the lock.
type lockCondition struct {
	lock    *ReentrantLock
	waiters []*monitorWaiter
}

// await waits as Object.wait does on a monitor: release fully, park, take the lock back.
func (c *lockCondition) await(d time.Duration, interruptible bool) (parkResult, time.Duration) {
	g := curG()
	if c.lock.owner.Load() != g {
		panic(NewIllegalMonitorStateException())
	}
	var t *ThreadImpl
	if interruptible {
		t = registeredThread(g)
		if t != nil && t.interrupted.CompareAndSwap(true, false) {
			panic(NewInterruptedException())
		}
	}
	start := time.Now()
	w := &monitorWaiter{ch: make(chan struct{}, 1)}
	c.waiters = append(c.waiters, w)
	holds := c.lock.release()
	r := park(t, w.ch, d)
	if r != parkSignalled && !w.state.CompareAndSwap(0, 2) {
		if r == parkInterrupted {
			t.interrupted.Store(true) // signalled as well: the signal wins, the interrupt stays
		}
		r = parkSignalled
	}
	c.lock.acquire(g, nil, -1)
	c.lock.holds = holds
	if w.state.Load() == 2 {
		for i, x := range c.waiters {
			if x == w {
				c.waiters = append(c.waiters[:i], c.waiters[i+1:]...)
				break
			}
		}
	}
	if r == parkInterrupted {
		panic(NewInterruptedException())
	}
	return r, time.Since(start)
}

func (c *lockCondition) Await() { c.await(-1, true) }

func (c *lockCondition) AwaitUninterruptibly() { c.await(-1, false) }

func (c *lockCondition) AwaitNanos(nanosTimeout int64) int64 {
	if nanosTimeout <= 0 {
		c.await(0, true)
		return nanosTimeout
	}
	_, waited := c.await(nanosDuration(nanosTimeout), true)
	return nanosTimeout - int64(waited)
}

func (c *lockCondition) AwaitTimeout(t int64, unit *TimeUnit) bool {
	r, _ := c.await(unitDuration(t, unit), true)
	return r == parkSignalled
}

func (c *lockCondition) checkOwner() {
	if c.lock.owner.Load() != curG() {
		panic(NewIllegalMonitorStateException())
	}
}

func (c *lockCondition) Signal() {
	c.checkOwner()
	for len(c.waiters) > 0 {
		w := c.waiters[0]
		c.waiters = c.waiters[1:]
		if w.state.CompareAndSwap(0, 1) {
			w.ch <- struct{}{}
			return
		}
	}
}

func (c *lockCondition) SignalAll() {
	c.checkOwner()
	for _, w := range c.waiters {
		if w.state.CompareAndSwap(0, 1) {
			w.ch <- struct{}{}
		}
	}
	c.waiters = nil
}

// ReadWriteLock is java.util.concurrent.locks.ReadWriteLock.
type ReadWriteLock interface {
	// ReadLock is readLock().
	ReadLock() LocksLock
	// WriteLock is writeLock().
	WriteLock() LocksLock
}

// ReentrantReadWriteLock is java.util.concurrent.locks.ReentrantReadWriteLock: many readers
// or one writer, both reentrant; the writer may also take the read lock (downgrading), a
// reader may not take the write lock (that blocks, as in Java). A waiting writer holds off
// new readers, so writers are not starved.
type ReentrantReadWriteLock struct {
	mu             sync.Mutex
	writer         uintptr
	writeHolds     int32
	readers        map[uintptr]int32
	readCount      int32
	waitingWriters int
	changed        chan struct{} // closed and replaced on every release
	readLock       *ReentrantReadWriteLockReadLock
	writeLock      *ReentrantReadWriteLockWriteLock
	fair           bool
}

// ReentrantReadWriteLockReadLock is ReentrantReadWriteLock.ReadLock.
type ReentrantReadWriteLockReadLock struct{ rw *ReentrantReadWriteLock }

// ReentrantReadWriteLockWriteLock is ReentrantReadWriteLock.WriteLock.
type ReentrantReadWriteLockWriteLock struct{ rw *ReentrantReadWriteLock }

// NewReentrantReadWriteLock is the constructor ReentrantReadWriteLock().
func NewReentrantReadWriteLock() *ReentrantReadWriteLock {
	rw := &ReentrantReadWriteLock{readers: map[uintptr]int32{}, changed: make(chan struct{})}
	rw.readLock = &ReentrantReadWriteLockReadLock{rw}
	rw.writeLock = &ReentrantReadWriteLockWriteLock{rw}
	return rw
}

// NewReentrantReadWriteLock2 is the constructor ReentrantReadWriteLock(boolean).
func NewReentrantReadWriteLock2(fair bool) *ReentrantReadWriteLock {
	rw := NewReentrantReadWriteLock()
	rw.fair = fair
	return rw
}

// ReadLock is ReadWriteLock.readLock(): the read lock as a Lock.
func (rw *ReentrantReadWriteLock) ReadLock() LocksLock { return rw.readLock }

// WriteLock is ReadWriteLock.writeLock(): the write lock as a Lock.
func (rw *ReentrantReadWriteLock) WriteLock() LocksLock { return rw.writeLock }

// TypedReadLock is ReentrantReadWriteLock.readLock(), whose Java result type is the class
// ReentrantReadWriteLock.ReadLock (Go has no covariant results).
func (rw *ReentrantReadWriteLock) TypedReadLock() *ReentrantReadWriteLockReadLock { return rw.readLock }

// TypedWriteLock is ReentrantReadWriteLock.writeLock(), typed
// ReentrantReadWriteLock.WriteLock.
func (rw *ReentrantReadWriteLock) TypedWriteLock() *ReentrantReadWriteLockWriteLock {
	return rw.writeLock
}

// ReadLockCount is getReadLockCount(): read holds of all threads.
func (rw *ReentrantReadWriteLock) ReadLockCount() int32 {
	rw.mu.Lock()
	defer rw.mu.Unlock()
	return rw.readCount
}

// ReadHoldCount is getReadHoldCount(): the current thread's read holds.
func (rw *ReentrantReadWriteLock) ReadHoldCount() int32 {
	rw.mu.Lock()
	defer rw.mu.Unlock()
	return rw.readers[curG()]
}

// IsWriteLocked is isWriteLocked().
func (rw *ReentrantReadWriteLock) IsWriteLocked() bool {
	rw.mu.Lock()
	defer rw.mu.Unlock()
	return rw.writer != 0
}

// IsWriteLockedByCurrentThread is isWriteLockedByCurrentThread().
func (rw *ReentrantReadWriteLock) IsWriteLockedByCurrentThread() bool {
	rw.mu.Lock()
	defer rw.mu.Unlock()
	return rw.writer == curG()
}

// WriteHoldCount is getWriteHoldCount().
func (rw *ReentrantReadWriteLock) WriteHoldCount() int32 {
	rw.mu.Lock()
	defer rw.mu.Unlock()
	if rw.writer != curG() {
		return 0
	}
	return rw.writeHolds
}

// IsFair is isFair().
func (rw *ReentrantReadWriteLock) IsFair() bool { return rw.fair }

// wait parks until the lock's state changes; the caller holds rw.mu, which is released.
func (rw *ReentrantReadWriteLock) wait(t *ThreadImpl, deadline time.Time, timed bool) parkResult {
	ch := rw.changed
	rw.mu.Unlock()
	d := time.Duration(-1)
	if timed {
		if d = time.Until(deadline); d < 0 {
			d = 0
		}
	}
	r := park(t, ch, d)
	rw.mu.Lock()
	return r
}

func (rw *ReentrantReadWriteLock) broadcastLocked() {
	close(rw.changed)
	rw.changed = make(chan struct{})
}

// acquireRead takes a read hold; d as in ReentrantLock.acquire.
func (rw *ReentrantReadWriteLock) acquireRead(t *ThreadImpl, d time.Duration) parkResult {
	g := curG()
	deadline := time.Now().Add(d)
	rw.mu.Lock()
	defer rw.mu.Unlock()
	if t != nil && t.interrupted.CompareAndSwap(true, false) {
		return parkInterrupted
	}
	for {
		if rw.writer == g || (rw.writer == 0 && (rw.waitingWriters == 0 || rw.readers[g] > 0)) {
			rw.readers[g]++
			rw.readCount++
			return parkSignalled
		}
		if d == 0 {
			return parkTimedOut
		}
		switch r := rw.wait(t, deadline, d > 0); r {
		case parkInterrupted:
			return r
		case parkTimedOut:
			if time.Now().After(deadline) {
				return r
			}
		}
	}
}

// acquireWrite takes a write hold; d as in ReentrantLock.acquire.
func (rw *ReentrantReadWriteLock) acquireWrite(t *ThreadImpl, d time.Duration) parkResult {
	g := curG()
	deadline := time.Now().Add(d)
	rw.mu.Lock()
	defer rw.mu.Unlock()
	if rw.writer == g {
		rw.writeHolds++
		return parkSignalled
	}
	if t != nil && t.interrupted.CompareAndSwap(true, false) {
		return parkInterrupted
	}
	rw.waitingWriters++
	defer func() { rw.waitingWriters-- }()
	for {
		if rw.writer == 0 && rw.readCount == 0 {
			rw.writer, rw.writeHolds = g, 1
			return parkSignalled
		}
		if d == 0 {
			return parkTimedOut
		}
		switch r := rw.wait(t, deadline, d > 0); r {
		case parkInterrupted:
			rw.broadcastLocked() // readers held off by this writer may go
			return r
		case parkTimedOut:
			if time.Now().After(deadline) {
				rw.broadcastLocked()
				return r
			}
		}
	}
}

// Lock is lock().
func (l *ReentrantReadWriteLockReadLock) Lock() { l.rw.acquireRead(nil, -1) }

// LockInterruptibly is lockInterruptibly().
func (l *ReentrantReadWriteLockReadLock) LockInterruptibly() {
	if l.rw.acquireRead(registeredThread(curG()), -1) == parkInterrupted {
		panic(NewInterruptedException())
	}
}

// TryLock is tryLock().
func (l *ReentrantReadWriteLockReadLock) TryLock() bool {
	return l.rw.acquireRead(nil, 0) == parkSignalled
}

// TryLockTimeout is tryLock(long, TimeUnit).
func (l *ReentrantReadWriteLockReadLock) TryLockTimeout(timeout int64, unit *TimeUnit) bool {
	switch l.rw.acquireRead(registeredThread(curG()), unitDuration(timeout, unit)) {
	case parkSignalled:
		return true
	case parkInterrupted:
		panic(NewInterruptedException())
	}
	return false
}

// Unlock is unlock().
func (l *ReentrantReadWriteLockReadLock) Unlock() {
	rw := l.rw
	g := curG()
	rw.mu.Lock()
	defer rw.mu.Unlock()
	n := rw.readers[g]
	if n == 0 {
		panic(NewIllegalMonitorStateException2("attempt to unlock read lock, not locked by current thread"))
	}
	if n == 1 {
		delete(rw.readers, g)
	} else {
		rw.readers[g] = n - 1
	}
	rw.readCount--
	if rw.readCount == 0 {
		rw.broadcastLocked()
	}
}

// NewCondition is newCondition(): read locks have none (UnsupportedOperationException).
func (l *ReentrantReadWriteLockReadLock) NewCondition() Condition {
	panic(NewUnsupportedOperationException())
}

// Lock is lock().
func (l *ReentrantReadWriteLockWriteLock) Lock() { l.rw.acquireWrite(nil, -1) }

// LockInterruptibly is lockInterruptibly().
func (l *ReentrantReadWriteLockWriteLock) LockInterruptibly() {
	if l.rw.acquireWrite(registeredThread(curG()), -1) == parkInterrupted {
		panic(NewInterruptedException())
	}
}

// TryLock is tryLock().
func (l *ReentrantReadWriteLockWriteLock) TryLock() bool {
	return l.rw.acquireWrite(nil, 0) == parkSignalled
}

// TryLockTimeout is tryLock(long, TimeUnit).
func (l *ReentrantReadWriteLockWriteLock) TryLockTimeout(timeout int64, unit *TimeUnit) bool {
	switch l.rw.acquireWrite(registeredThread(curG()), unitDuration(timeout, unit)) {
	case parkSignalled:
		return true
	case parkInterrupted:
		panic(NewInterruptedException())
	}
	return false
}

// Unlock is unlock().
func (l *ReentrantReadWriteLockWriteLock) Unlock() {
	rw := l.rw
	rw.mu.Lock()
	defer rw.mu.Unlock()
	if rw.writer != curG() {
		panic(NewIllegalMonitorStateException())
	}
	rw.writeHolds--
	if rw.writeHolds == 0 {
		rw.writer = 0
		rw.broadcastLocked()
	}
}

// NewCondition is newCondition(): not provided for read-write locks.
func (l *ReentrantReadWriteLockWriteLock) NewCondition() Condition {
	panic("l2j: not migrated: ReentrantReadWriteLock.WriteLock.newCondition")
}

// IsHeldByCurrentThread is isHeldByCurrentThread().
func (l *ReentrantReadWriteLockWriteLock) IsHeldByCurrentThread() bool {
	return l.rw.IsWriteLockedByCurrentThread()
}

// HoldCount is getHoldCount().
func (l *ReentrantReadWriteLockWriteLock) HoldCount() int32 { return l.rw.WriteHoldCount() }
