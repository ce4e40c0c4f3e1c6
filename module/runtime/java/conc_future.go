package java

import (
	"sync/atomic"
	"time"
)

// Future is java.util.concurrent.Future<V>.
type Future[V any] interface {
	// Cancel is cancel(boolean).
	Cancel(mayInterruptIfRunning bool) bool
	// IsCancelled is isCancelled().
	IsCancelled() bool
	// IsDone is isDone().
	IsDone() bool
	// Get is get(): the result, ExecutionException wrapping what the task threw,
	// CancellationException, or InterruptedException.
	Get() V
	// GetTimeout is get(long, TimeUnit): Get waiting at most timeout (TimeoutException).
	GetTimeout(timeout int64, unit *TimeUnit) V
}

// RunnableFuture is java.util.concurrent.RunnableFuture<V>.
type RunnableFuture[V any] interface {
	Runnable
	Future[V]
}

// Delayed is java.util.concurrent.Delayed.
type Delayed interface {
	// GetDelay is getDelay(TimeUnit): the time left, in unit.
	GetDelay(unit *TimeUnit) int64
	// CompareTo is compareTo(Delayed).
	CompareTo(o Delayed) int32
}

// ScheduledFuture is java.util.concurrent.ScheduledFuture<V>.
type ScheduledFuture[V any] interface {
	Delayed
	Future[V]
}

// RunnableScheduledFuture is java.util.concurrent.RunnableScheduledFuture<V>.
type RunnableScheduledFuture[V any] interface {
	RunnableFuture[V]
	ScheduledFuture[V]
	// IsPeriodic is isPeriodic().
	IsPeriodic() bool
}

// FutureTask states, as in Java's FutureTask.
const (
	ftNew int32 = iota
	ftCompleting
	ftNormal
	ftExceptional
	ftCancelled
	ftInterrupting
	ftInterrupted
)

// FutureTask is java.util.concurrent.FutureTask<V>: a cancellable computation whose result
// Get waits for.
type FutureTask[V any] struct {
	callable Callable[V]
	state    atomic.Int32
	result   V
	thrown   Throwable
	runner   atomic.Pointer[ThreadImpl]
	done     chan struct{} // closed once the state leaves ftNew for good
}

// NewFutureTask is the constructor FutureTask(Callable<V>).
func NewFutureTask[V any](callable Callable[V]) *FutureTask[V] {
	if isNull(callable) {
		panic(NewNullPointerException())
	}
	return &FutureTask[V]{callable: callable, done: make(chan struct{})}
}

// NewFutureTask2 is the constructor FutureTask(Runnable, V): runs r, then yields result.
func NewFutureTask2[V any](r Runnable, result V) *FutureTask[V] {
	if isNull(r) {
		panic(NewNullPointerException())
	}
	return NewFutureTask[V](runnableAdapter[V]{r, result})
}

// runnableAdapter is Executors.callable(Runnable, T).
type runnableAdapter[V any] struct {
	task   Runnable
	result V
}

func (a runnableAdapter[V]) Call() V { a.task.Run(); return a.result }

// ExecutorsCallable is the static Executors.callable(Runnable, T).
func ExecutorsCallable[T any](task Runnable, result T) Callable[T] {
	if isNull(task) {
		panic(NewNullPointerException())
	}
	return runnableAdapter[T]{task, result}
}

// Run is run(): it computes the result unless the task was cancelled or has run.
func (f *FutureTask[V]) Run() {
	if f.state.Load() != ftNew || !f.runner.CompareAndSwap(nil, currentThreadImpl()) {
		return
	}
	defer f.afterRun()
	var v V
	if ex := Try(func() { v = f.callable.Call() }); ex != nil {
		f.setException(ex)
	} else {
		f.set(v)
	}
}

// RunAndReset is runAndReset(): it runs the task without setting a result (periodic tasks)
// and reports whether it ran and may run again.
func (f *FutureTask[V]) RunAndReset() bool {
	if f.state.Load() != ftNew || !f.runner.CompareAndSwap(nil, currentThreadImpl()) {
		return false
	}
	defer f.afterRun()
	if ex := Try(func() { f.callable.Call() }); ex != nil {
		f.setException(ex)
		return false
	}
	return f.state.Load() == ftNew
}

// afterRun waits out a cancel(true) that is interrupting the runner, so the interrupt
// cannot leak into whatever the thread runs next.
func (f *FutureTask[V]) afterRun() {
	f.runner.Store(nil)
	for f.state.Load() == ftInterrupting {
		ThreadYield()
	}
}

func (f *FutureTask[V]) set(v V) {
	if f.state.CompareAndSwap(ftNew, ftCompleting) {
		f.result = v
		f.state.Store(ftNormal)
		close(f.done)
	}
}

func (f *FutureTask[V]) setException(ex Throwable) {
	if f.state.CompareAndSwap(ftNew, ftCompleting) {
		f.thrown = ex
		f.state.Store(ftExceptional)
		close(f.done)
	}
}

// Cancel is cancel(boolean): it stops a task that has not run; with mayInterruptIfRunning
// it interrupts the thread running it.
func (f *FutureTask[V]) Cancel(mayInterruptIfRunning bool) bool {
	next := ftCancelled
	if mayInterruptIfRunning {
		next = ftInterrupting
	}
	if !f.state.CompareAndSwap(ftNew, next) {
		return false
	}
	if mayInterruptIfRunning {
		if t := f.runner.Load(); t != nil {
			t.Interrupt()
		}
		f.state.Store(ftInterrupted)
	}
	close(f.done)
	return true
}

// IsCancelled is isCancelled().
func (f *FutureTask[V]) IsCancelled() bool { return f.state.Load() >= ftCancelled }

// IsDone is isDone().
func (f *FutureTask[V]) IsDone() bool { return f.state.Load() != ftNew }

// Get is get().
func (f *FutureTask[V]) Get() V {
	if f.state.Load() <= ftCompleting && parkCurrent(f.done, -1) == parkInterrupted {
		panic(NewInterruptedException())
	}
	return f.report()
}

// GetTimeout is get(long, TimeUnit).
func (f *FutureTask[V]) GetTimeout(timeout int64, unit *TimeUnit) V {
	if unit == nil {
		panic(NewNullPointerException())
	}
	if f.state.Load() <= ftCompleting {
		switch parkCurrent(f.done, unitDuration(timeout, unit)) {
		case parkInterrupted:
			panic(NewInterruptedException())
		case parkTimedOut:
			panic(NewTimeoutException())
		}
	}
	return f.report()
}

func (f *FutureTask[V]) report() V {
	switch s := f.state.Load(); {
	case s == ftNormal:
		return f.result
	case s >= ftCancelled:
		panic(NewCancellationException())
	default:
		panic(NewExecutionException4(f.thrown))
	}
}

// String is toString(): the identity, then the state in brackets.
func (f *FutureTask[V]) String() string {
	var status string
	switch s := f.state.Load(); {
	case s == ftNormal:
		status = "[Completed normally]"
	case s == ftExceptional:
		status = "[Completed exceptionally: " + f.thrown.String() + "]"
	case s >= ftCancelled:
		status = "[Cancelled]"
	default:
		status = "[Not completed, task = " + Str(f.callable) + "]"
	}
	return objectString(f, "java.util.concurrent.FutureTask") + status
}

// objectString is Object.toString for a runtime type: `java.name@hexIdentityHash`.
func objectString(obj any, javaName string) string {
	return javaName + "@" + IntegerToHexString(identityHash(obj))
}

// unitDuration converts a Java (amount, TimeUnit) pair to a Duration, saturating.
func unitDuration(amount int64, unit *TimeUnit) time.Duration {
	if amount <= 0 {
		return 0
	}
	return nanosDuration(unit.ToNanos(amount))
}
