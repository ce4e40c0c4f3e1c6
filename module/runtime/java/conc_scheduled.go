package java

import (
	"math"
	"sync/atomic"
)

// ScheduledExecutorService is java.util.concurrent.ScheduledExecutorService. Its generic
// schedule(Callable<V>, long, TimeUnit) is the package function
// ScheduledExecutorServiceScheduleCallable.
type ScheduledExecutorService interface {
	ExecutorService
	// Schedule is schedule(Runnable, long, TimeUnit).
	Schedule(command Runnable, delay int64, unit *TimeUnit) ScheduledFuture[any]
	// ScheduleAtFixedRate is scheduleAtFixedRate(Runnable, long, long, TimeUnit).
	ScheduleAtFixedRate(command Runnable, initialDelay, period int64, unit *TimeUnit) ScheduledFuture[any]
	// ScheduleWithFixedDelay is scheduleWithFixedDelay(Runnable, long, long, TimeUnit).
	ScheduleWithFixedDelay(command Runnable, initialDelay, delay int64, unit *TimeUnit) ScheduledFuture[any]
}

// ScheduledThreadPoolExecutor is java.util.concurrent.ScheduledThreadPoolExecutor: a fixed
// pool of corePoolSize workers taking tasks when they are due. A periodic task runs until
// cancelled, until the executor shuts down, or until a run throws (its future then holds
// the exception and it is not run again). After shutdown, delayed tasks still run and
// periodic ones stop (Java's default policies, both settable).
type ScheduledThreadPoolExecutor struct {
	ThreadPoolExecutorImpl
	continuePeriodic atomic.Bool
	executeDelayed   atomic.Bool
	removeOnCancel   atomic.Bool
}

var scheduledSeq atomic.Int64

// NewScheduledThreadPoolExecutor is the constructor ScheduledThreadPoolExecutor(int).
func NewScheduledThreadPoolExecutor(corePoolSize int32) *ScheduledThreadPoolExecutor {
	return NewScheduledThreadPoolExecutor4(corePoolSize, ExecutorsDefaultThreadFactory(), NewThreadPoolExecutorAbortPolicy())
}

// NewScheduledThreadPoolExecutor2 is the constructor ScheduledThreadPoolExecutor(int,
// ThreadFactory).
func NewScheduledThreadPoolExecutor2(corePoolSize int32, threadFactory ThreadFactory) *ScheduledThreadPoolExecutor {
	return NewScheduledThreadPoolExecutor4(corePoolSize, threadFactory, NewThreadPoolExecutorAbortPolicy())
}

// NewScheduledThreadPoolExecutor3 is the constructor ScheduledThreadPoolExecutor(int,
// RejectedExecutionHandler).
func NewScheduledThreadPoolExecutor3(corePoolSize int32, handler RejectedExecutionHandler) *ScheduledThreadPoolExecutor {
	return NewScheduledThreadPoolExecutor4(corePoolSize, ExecutorsDefaultThreadFactory(), handler)
}

// NewScheduledThreadPoolExecutor4 is the constructor ScheduledThreadPoolExecutor(int,
// ThreadFactory, RejectedExecutionHandler).
func NewScheduledThreadPoolExecutor4(corePoolSize int32, threadFactory ThreadFactory, handler RejectedExecutionHandler) *ScheduledThreadPoolExecutor {
	if isNull(threadFactory) || isNull(handler) {
		panic(NewNullPointerException())
	}
	e := &ScheduledThreadPoolExecutor{}
	e.init(e, corePoolSize, math.MaxInt32, 10, TimeUnitMilliseconds, &delayQueue{}, threadFactory, handler)
	e.executeDelayed.Store(true)
	e.onShutdown = e.shutdownPolicies
	return e
}

// scheduledTask is ScheduledThreadPoolExecutor's ScheduledFutureTask: a FutureTask with the
// time it is due and, for periodic tasks, its period (> 0 fixed rate, < 0 fixed delay).
type scheduledTask[V any] struct {
	FutureTask[V]
	exec    *ScheduledThreadPoolExecutor
	seq     int64
	due     atomic.Int64 // System.nanoTime when due
	period  int64
	heapIdx int // guarded by the queue's lock
}

func newScheduledTask[V any](e *ScheduledThreadPoolExecutor, c Callable[V], due, period int64) *scheduledTask[V] {
	t := &scheduledTask[V]{exec: e, seq: scheduledSeq.Add(1), period: period, heapIdx: -1}
	t.callable = c
	t.FutureTask.done = make(chan struct{})
	t.due.Store(due)
	return t
}

func (t *scheduledTask[V]) dueAt() int64     { return t.due.Load() }
func (t *scheduledTask[V]) seqNo() int64     { return t.seq }
func (t *scheduledTask[V]) setIndex(i int)   { t.heapIdx = i }
func (t *scheduledTask[V]) index() int       { return t.heapIdx }
func (t *scheduledTask[V]) IsPeriodic() bool { return t.period != 0 }

// GetDelay is getDelay(TimeUnit): the time until the task is due.
func (t *scheduledTask[V]) GetDelay(unit *TimeUnit) int64 {
	return unit.Convert(t.due.Load()-SystemNanoTime(), TimeUnitNanoseconds)
}

// CompareTo is compareTo(Delayed): by due time.
func (t *scheduledTask[V]) CompareTo(o Delayed) int32 {
	if Same(o, t) {
		return 0
	}
	if x, ok := o.(delayedTask); ok {
		d := t.dueAt() - x.dueAt()
		switch {
		case d < 0:
			return -1
		case d > 0:
			return 1
		case t.seq < x.seqNo():
			return -1
		}
		return 1
	}
	d := t.GetDelay(TimeUnitNanoseconds) - o.GetDelay(TimeUnitNanoseconds)
	switch {
	case d < 0:
		return -1
	case d > 0:
		return 1
	}
	return 0
}

// Cancel is cancel(boolean); with removeOnCancel the task also leaves the queue.
func (t *scheduledTask[V]) Cancel(mayInterruptIfRunning bool) bool {
	cancelled := t.FutureTask.Cancel(mayInterruptIfRunning)
	if cancelled && t.exec.removeOnCancel.Load() {
		t.exec.Remove(t)
	}
	return cancelled
}

// Run is run(): a one-shot task computes its result; a periodic one runs, then queues
// itself for its next time.
func (t *scheduledTask[V]) Run() {
	e := t.exec
	if !e.canRunNow(t) {
		t.Cancel(false)
		return
	}
	if t.period == 0 {
		t.FutureTask.Run()
		return
	}
	if t.FutureTask.RunAndReset() {
		if t.period > 0 {
			t.due.Add(t.period)
		} else {
			t.due.Store(triggerTime(-t.period))
		}
		e.reExecutePeriodic(t)
	}
}

// String is toString().
func (t *scheduledTask[V]) String() string {
	s := t.FutureTask.String()
	const prefix = "java.util.concurrent.FutureTask"
	return "java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask" + s[len(prefix):]
}

// triggerTime is the System.nanoTime at which a delay of delayNanos ends (saturating).
func triggerTime(delayNanos int64) int64 {
	if delayNanos < 0 {
		delayNanos = 0
	}
	now := SystemNanoTime()
	if delayNanos > math.MaxInt64-now {
		return math.MaxInt64
	}
	return now + delayNanos
}

// canRunNow is canRunInCurrentRunState: while running, everything; after shutdown, periodic
// tasks only by continueExistingPeriodicTasksAfterShutdown and delayed ones by
// executeExistingDelayedTasksAfterShutdown (or when already due).
func (e *ScheduledThreadPoolExecutor) canRunNow(t delayedTask) bool {
	e.mu.Lock()
	rs := e.runState
	e.mu.Unlock()
	if rs == tpeRunning {
		return true
	}
	if rs >= tpeStop {
		return false
	}
	if p, ok := t.(interface{ IsPeriodic() bool }); ok && p.IsPeriodic() {
		return e.continuePeriodic.Load()
	}
	return e.executeDelayed.Load() || t.dueAt() <= SystemNanoTime()
}

// delayedExecute queues a task, rejecting it after shutdown, and makes sure a worker exists.
func (e *ScheduledThreadPoolExecutor) delayedExecute(t delayedTask) {
	if e.IsShutdown() {
		e.reject(t)
		return
	}
	e.queue.offer(t)
	if !e.canRunNow(t) && e.queue.remove(t) {
		t.(interface{ Cancel(bool) bool }).Cancel(false)
		return
	}
	e.ensurePrestart()
}

func (e *ScheduledThreadPoolExecutor) reExecutePeriodic(t delayedTask) {
	if !e.canRunNow(t) {
		t.(interface{ Cancel(bool) bool }).Cancel(false)
		return
	}
	e.queue.offer(t)
	if !e.canRunNow(t) && e.queue.remove(t) {
		t.(interface{ Cancel(bool) bool }).Cancel(false)
		return
	}
	e.ensurePrestart()
}

func (e *ScheduledThreadPoolExecutor) ensurePrestart() {
	e.mu.Lock()
	n, core := len(e.workers)+e.pending, int(e.corePoolSize)
	e.mu.Unlock()
	if n < core {
		e.addWorker(nil, true)
	} else if n == 0 {
		e.addWorker(nil, false)
	}
}

// shutdownPolicies drops, at shutdown, the queued tasks the policies say must not run.
func (e *ScheduledThreadPoolExecutor) shutdownPolicies() {
	keepDelayed, keepPeriodic := e.executeDelayed.Load(), e.continuePeriodic.Load()
	var dropped []Runnable
	e.queue.removeIf(func(r Runnable) bool {
		t := r.(delayedTask)
		periodic := t.(interface{ IsPeriodic() bool }).IsPeriodic()
		c, _ := r.(interface{ IsCancelled() bool })
		drop := (periodic && !keepPeriodic) || (!periodic && !keepDelayed) || (c != nil && c.IsCancelled())
		if drop {
			dropped = append(dropped, r)
		}
		return drop
	})
	for _, r := range dropped {
		r.(interface{ Cancel(bool) bool }).Cancel(false)
	}
}

func (e *ScheduledThreadPoolExecutor) schedule(t delayedTask) {
	e.delayedExecute(t)
}

// Schedule is schedule(Runnable, long, TimeUnit): command runs once after delay.
func (e *ScheduledThreadPoolExecutor) Schedule(command Runnable, delay int64, unit *TimeUnit) ScheduledFuture[any] {
	if isNull(command) || unit == nil {
		panic(NewNullPointerException())
	}
	t := newScheduledTask[any](e, runnableAdapter[any]{command, nil}, triggerTime(unit.ToNanos(delay)), 0)
	e.schedule(t)
	return t
}

// ScheduledExecutorServiceScheduleCallable is ScheduledExecutorService.schedule(Callable<V>,
// long, TimeUnit): callable runs once after delay; the future holds its result.
func ScheduledExecutorServiceScheduleCallable[V any](s ScheduledExecutorService, callable Callable[V], delay int64, unit *TimeUnit) ScheduledFuture[V] {
	if isNull(callable) || unit == nil {
		panic(NewNullPointerException())
	}
	e, ok := s.(*ScheduledThreadPoolExecutor)
	if !ok {
		panic("l2j: not migrated: schedule(Callable) on " + ClassNameOf(s))
	}
	t := newScheduledTask[V](e, callable, triggerTime(unit.ToNanos(delay)), 0)
	e.schedule(t)
	return t
}

// ScheduleAtFixedRate is scheduleAtFixedRate(Runnable, long, long, TimeUnit): runs at
// initialDelay, initialDelay+period, ... (a late run does not shift the later ones; runs
// never overlap).
func (e *ScheduledThreadPoolExecutor) ScheduleAtFixedRate(command Runnable, initialDelay, period int64, unit *TimeUnit) ScheduledFuture[any] {
	if isNull(command) || unit == nil {
		panic(NewNullPointerException())
	}
	if period <= 0 {
		panic(NewIllegalArgumentException())
	}
	t := newScheduledTask[any](e, runnableAdapter[any]{command, nil}, triggerTime(unit.ToNanos(initialDelay)), unit.ToNanos(period))
	e.schedule(t)
	return t
}

// ScheduleWithFixedDelay is scheduleWithFixedDelay(Runnable, long, long, TimeUnit): each run
// starts delay after the previous one ended.
func (e *ScheduledThreadPoolExecutor) ScheduleWithFixedDelay(command Runnable, initialDelay, delay int64, unit *TimeUnit) ScheduledFuture[any] {
	if isNull(command) || unit == nil {
		panic(NewNullPointerException())
	}
	if delay <= 0 {
		panic(NewIllegalArgumentException())
	}
	t := newScheduledTask[any](e, runnableAdapter[any]{command, nil}, triggerTime(unit.ToNanos(initialDelay)), -unit.ToNanos(delay))
	e.schedule(t)
	return t
}

// Execute is execute(Runnable): schedule with no delay.
func (e *ScheduledThreadPoolExecutor) Execute(command Runnable) {
	e.Schedule(command, 0, TimeUnitNanoseconds)
}

// Submit is submit(Runnable): schedule with no delay.
func (e *ScheduledThreadPoolExecutor) Submit(task Runnable) Future[any] {
	return e.Schedule(task, 0, TimeUnitNanoseconds)
}

// SetContinueExistingPeriodicTasksAfterShutdownPolicy is
// setContinueExistingPeriodicTasksAfterShutdownPolicy(boolean).
func (e *ScheduledThreadPoolExecutor) SetContinueExistingPeriodicTasksAfterShutdownPolicy(value bool) {
	e.continuePeriodic.Store(value)
	if !value && e.IsShutdown() {
		e.shutdownPolicies()
	}
}

// ContinueExistingPeriodicTasksAfterShutdownPolicy is
// getContinueExistingPeriodicTasksAfterShutdownPolicy().
func (e *ScheduledThreadPoolExecutor) ContinueExistingPeriodicTasksAfterShutdownPolicy() bool {
	return e.continuePeriodic.Load()
}

// SetExecuteExistingDelayedTasksAfterShutdownPolicy is
// setExecuteExistingDelayedTasksAfterShutdownPolicy(boolean).
func (e *ScheduledThreadPoolExecutor) SetExecuteExistingDelayedTasksAfterShutdownPolicy(value bool) {
	e.executeDelayed.Store(value)
	if !value && e.IsShutdown() {
		e.shutdownPolicies()
	}
}

// ExecuteExistingDelayedTasksAfterShutdownPolicy is
// getExecuteExistingDelayedTasksAfterShutdownPolicy().
func (e *ScheduledThreadPoolExecutor) ExecuteExistingDelayedTasksAfterShutdownPolicy() bool {
	return e.executeDelayed.Load()
}

// SetRemoveOnCancelPolicy is setRemoveOnCancelPolicy(boolean).
func (e *ScheduledThreadPoolExecutor) SetRemoveOnCancelPolicy(value bool) {
	e.removeOnCancel.Store(value)
}

// RemoveOnCancelPolicy is getRemoveOnCancelPolicy().
func (e *ScheduledThreadPoolExecutor) RemoveOnCancelPolicy() bool { return e.removeOnCancel.Load() }

// ExecutorsNewScheduledThreadPool is the static Executors.newScheduledThreadPool(int).
func ExecutorsNewScheduledThreadPool(corePoolSize int32) ScheduledExecutorService {
	return NewScheduledThreadPoolExecutor(corePoolSize)
}

// ExecutorsNewScheduledThreadPool2 is the static Executors.newScheduledThreadPool(int,
// ThreadFactory).
func ExecutorsNewScheduledThreadPool2(corePoolSize int32, threadFactory ThreadFactory) ScheduledExecutorService {
	return NewScheduledThreadPoolExecutor2(corePoolSize, threadFactory)
}

// ExecutorsNewSingleThreadScheduledExecutor is the static
// Executors.newSingleThreadScheduledExecutor().
func ExecutorsNewSingleThreadScheduledExecutor() ScheduledExecutorService {
	return NewScheduledThreadPoolExecutor(1)
}

// ExecutorsNewSingleThreadScheduledExecutor2 is the static
// Executors.newSingleThreadScheduledExecutor(ThreadFactory).
func ExecutorsNewSingleThreadScheduledExecutor2(threadFactory ThreadFactory) ScheduledExecutorService {
	return NewScheduledThreadPoolExecutor2(1, threadFactory)
}
