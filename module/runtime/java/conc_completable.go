package java

import (
	"strings"
	"sync"
	"sync/atomic"
)

// CompletableFuture is java.util.concurrent.CompletableFuture<T> (the basic part: async
// supply/run, completion by hand, thenApply/thenAccept/thenRun/thenCompose, exceptionally,
// handle, whenComplete, allOf/anyOf, get/join). Dependent actions run on the thread that
// completes the source (or the caller, if it is already complete), as Java's non-async
// stages do. Methods that introduce a type variable are package functions
// (CompletableFutureThenApply...).
type CompletableFuture[T any] struct {
	mu      sync.Mutex
	done    chan struct{}
	state   atomic.Int32 // cfIncomplete, cfNormal, cfExceptional
	result  T
	thrown  Throwable
	waiters []func()
}

const (
	cfIncomplete int32 = iota
	cfNormal
	cfExceptional
)

// completion is what allOf/anyOf need of a CompletableFuture of any type.
type completion interface {
	onComplete(f func())
	failure() Throwable
	value() any
}

// NewCompletableFuture is the constructor CompletableFuture().
func NewCompletableFuture[T any]() *CompletableFuture[T] {
	return &CompletableFuture[T]{done: make(chan struct{})}
}

var (
	asyncPoolOnce sync.Once
	asyncPool     ExecutorService
	asyncWorkers  atomic.Int32
)

// defaultAsyncExecutor stands in for ForkJoinPool.commonPool(): a cached pool of daemon
// threads.
func defaultAsyncExecutor() ExecutorService {
	asyncPoolOnce.Do(func() {
		asyncPool = ExecutorsNewCachedThreadPool2(ThreadFactoryFunc(func(r Runnable) Thread {
			t := NewThread2(r, "ForkJoinPool.commonPool-worker-"+IntStr(asyncWorkers.Add(1)))
			t.SetDaemon(true)
			return t
		}))
	})
	return asyncPool
}

// CompletableFutureSupplyAsync is the static CompletableFuture.supplyAsync(Supplier<U>).
func CompletableFutureSupplyAsync[U any](supplier Supplier[U]) *CompletableFuture[U] {
	return CompletableFutureSupplyAsync2(supplier, defaultAsyncExecutor())
}

// CompletableFutureSupplyAsync2 is the static CompletableFuture.supplyAsync(Supplier<U>,
// Executor).
func CompletableFutureSupplyAsync2[U any](supplier Supplier[U], executor Executor) *CompletableFuture[U] {
	if isNull(supplier) || isNull(executor) {
		panic(NewNullPointerException())
	}
	f := NewCompletableFuture[U]()
	executor.Execute(RunnableFunc(func() {
		var v U
		if ex := Try(func() { v = supplier.Get() }); ex != nil {
			f.completeThrown(wrapCompletion(ex))
		} else {
			f.Complete(v)
		}
	}))
	return f
}

// CompletableFutureRunAsync is the static CompletableFuture.runAsync(Runnable).
func CompletableFutureRunAsync(runnable Runnable) *CompletableFuture[any] {
	return CompletableFutureRunAsync2(runnable, defaultAsyncExecutor())
}

// CompletableFutureRunAsync2 is the static CompletableFuture.runAsync(Runnable, Executor).
func CompletableFutureRunAsync2(runnable Runnable, executor Executor) *CompletableFuture[any] {
	if isNull(runnable) {
		panic(NewNullPointerException())
	}
	return CompletableFutureSupplyAsync2[any](SupplierFunc[any](func() any { runnable.Run(); return nil }), executor)
}

// CompletableFutureCompletedFuture is the static CompletableFuture.completedFuture(U).
func CompletableFutureCompletedFuture[U any](value U) *CompletableFuture[U] {
	f := NewCompletableFuture[U]()
	f.Complete(value)
	return f
}

// CompletableFutureFailedFuture is the static CompletableFuture.failedFuture(Throwable).
func CompletableFutureFailedFuture[U any](ex Throwable) *CompletableFuture[U] {
	f := NewCompletableFuture[U]()
	f.CompleteExceptionally(ex)
	return f
}

// wrapCompletion is Java's encodeThrowable: a dependent stage fails with
// CompletionException(cause) unless the exception already is one.
func wrapCompletion(ex Throwable) Throwable {
	if _, ok := ex.(CompletionException); ok {
		return ex
	}
	return NewCompletionException4(ex)
}

// finish records the outcome once; false when the future was already complete.
func (f *CompletableFuture[T]) finish(v T, ex Throwable) bool {
	f.mu.Lock()
	if f.state.Load() != cfIncomplete {
		f.mu.Unlock()
		return false
	}
	if ex != nil {
		f.thrown = ex
		f.state.Store(cfExceptional)
	} else {
		f.result = v
		f.state.Store(cfNormal)
	}
	waiters := f.waiters
	f.waiters = nil
	close(f.done)
	f.mu.Unlock()
	for _, w := range waiters {
		w()
	}
	return true
}

func (f *CompletableFuture[T]) completeThrown(ex Throwable) bool {
	zero := Null[T]()
	return f.finish(zero, ex)
}

// onComplete runs fn once f is complete: now, if it is.
func (f *CompletableFuture[T]) onComplete(fn func()) {
	f.mu.Lock()
	if f.state.Load() == cfIncomplete {
		f.waiters = append(f.waiters, fn)
		f.mu.Unlock()
		return
	}
	f.mu.Unlock()
	fn()
}

func (f *CompletableFuture[T]) failure() Throwable {
	if f.state.Load() == cfExceptional {
		return f.thrown
	}
	return nil
}

func (f *CompletableFuture[T]) value() any { return f.result }

// Complete is complete(T): false when already complete.
func (f *CompletableFuture[T]) Complete(value T) bool { return f.finish(value, nil) }

// CompleteExceptionally is completeExceptionally(Throwable).
func (f *CompletableFuture[T]) CompleteExceptionally(ex Throwable) bool {
	if isNull(ex) {
		panic(NewNullPointerException())
	}
	return f.completeThrown(ex)
}

// Cancel is cancel(boolean): completes with CancellationException.
func (f *CompletableFuture[T]) Cancel(mayInterruptIfRunning bool) bool {
	return f.completeThrown(NewCancellationException()) || f.IsCancelled()
}

// IsDone is isDone().
func (f *CompletableFuture[T]) IsDone() bool { return f.state.Load() != cfIncomplete }

// IsCancelled is isCancelled().
func (f *CompletableFuture[T]) IsCancelled() bool {
	if f.state.Load() != cfExceptional {
		return false
	}
	_, ok := f.thrown.(CancellationException)
	return ok
}

// IsCompletedExceptionally is isCompletedExceptionally().
func (f *CompletableFuture[T]) IsCompletedExceptionally() bool {
	return f.state.Load() == cfExceptional
}

func (f *CompletableFuture[T]) wait(d int64, timed bool) {
	if f.state.Load() != cfIncomplete {
		return
	}
	dur := nanosDuration(-1)
	if timed {
		dur = nanosDuration(max(d, 0))
	}
	switch parkCurrent(f.done, dur) {
	case parkInterrupted:
		panic(NewInterruptedException())
	case parkTimedOut:
		panic(NewTimeoutException())
	}
}

// reportGet is get()'s outcome: ExecutionException with the unwrapped cause.
func (f *CompletableFuture[T]) reportGet() T {
	if f.state.Load() == cfNormal {
		return f.result
	}
	ex := f.thrown
	if c, ok := ex.(CancellationException); ok {
		panic(c)
	}
	if c, ok := ex.(CompletionException); ok && c.Cause() != nil {
		ex = c.Cause()
	}
	panic(NewExecutionException4(ex))
}

// Get is get().
func (f *CompletableFuture[T]) Get() T {
	f.wait(0, false)
	return f.reportGet()
}

// GetTimeout is get(long, TimeUnit).
func (f *CompletableFuture[T]) GetTimeout(timeout int64, unit *TimeUnit) T {
	f.wait(unit.ToNanos(timeout), true)
	return f.reportGet()
}

// reportJoin is join()'s outcome: CompletionException (the stored one, or a new wrapper).
func (f *CompletableFuture[T]) reportJoin() T {
	if f.state.Load() == cfNormal {
		return f.result
	}
	ex := f.thrown
	if _, ok := ex.(CancellationException); ok {
		panic(ex)
	}
	panic(wrapCompletion(ex))
}

// Join is join(): the result, or CompletionException; not interruptible.
func (f *CompletableFuture[T]) Join() T {
	if f.state.Load() == cfIncomplete {
		<-f.done
	}
	return f.reportJoin()
}

// GetNow is getNow(T): the result if complete, else valueIfAbsent.
func (f *CompletableFuture[T]) GetNow(valueIfAbsent T) T {
	if f.state.Load() == cfIncomplete {
		return valueIfAbsent
	}
	return f.reportJoin()
}

// NumberOfDependents is getNumberOfDependents().
func (f *CompletableFuture[T]) NumberOfDependents() int32 {
	f.mu.Lock()
	defer f.mu.Unlock()
	return int32(len(f.waiters))
}

// then adds a dependent stage: when f completes normally, fn computes its value; when f
// fails, the stage fails with the wrapped exception.
func then[T, U any](f *CompletableFuture[T], fn func(T) U) *CompletableFuture[U] {
	d := NewCompletableFuture[U]()
	f.onComplete(func() {
		if ex := f.failure(); ex != nil {
			d.completeThrown(wrapCompletion(ex))
			return
		}
		var u U
		if ex := Try(func() { u = fn(f.result) }); ex != nil {
			d.completeThrown(wrapCompletion(ex))
			return
		}
		d.Complete(u)
	})
	return d
}

// CompletableFutureThenApply is CompletableFuture.thenApply(Function<T, U>).
func CompletableFutureThenApply[T, U any](f *CompletableFuture[T], fn Function[T, U]) *CompletableFuture[U] {
	if isNull(fn) {
		panic(NewNullPointerException())
	}
	return then(f, fn.Apply)
}

// ThenAccept is thenAccept(Consumer<T>).
func (f *CompletableFuture[T]) ThenAccept(action Consumer[T]) *CompletableFuture[any] {
	if isNull(action) {
		panic(NewNullPointerException())
	}
	return then(f, func(v T) any { action.Accept(v); return nil })
}

// ThenRun is thenRun(Runnable).
func (f *CompletableFuture[T]) ThenRun(action Runnable) *CompletableFuture[any] {
	if isNull(action) {
		panic(NewNullPointerException())
	}
	return then(f, func(T) any { action.Run(); return nil })
}

// CompletableFutureThenCompose is CompletableFuture.thenCompose(Function<T,
// CompletionStage<U>>): the stage completes as the future fn returns.
func CompletableFutureThenCompose[T, U any](f *CompletableFuture[T], fn Function[T, *CompletableFuture[U]]) *CompletableFuture[U] {
	if isNull(fn) {
		panic(NewNullPointerException())
	}
	d := NewCompletableFuture[U]()
	f.onComplete(func() {
		if ex := f.failure(); ex != nil {
			d.completeThrown(wrapCompletion(ex))
			return
		}
		var next *CompletableFuture[U]
		if ex := Try(func() { next = fn.Apply(f.result) }); ex != nil {
			d.completeThrown(wrapCompletion(ex))
			return
		}
		if next == nil {
			d.completeThrown(wrapCompletion(NewNullPointerException()))
			return
		}
		next.onComplete(func() {
			if ex := next.failure(); ex != nil {
				d.completeThrown(wrapCompletion(ex))
			} else {
				d.Complete(next.result)
			}
		})
	})
	return d
}

// CompletableFutureThenCombine is CompletableFuture.thenCombine(CompletionStage<U>,
// BiFunction<T, U, V>): once both complete normally, fn's value of both results; when
// either fails, the stage fails with the wrapped exception (f's first, as Java checks).
func CompletableFutureThenCombine[T, U, V any](f *CompletableFuture[T], other *CompletableFuture[U], fn BiFunction[T, U, V]) *CompletableFuture[V] {
	if other == nil || isNull(fn) {
		panic(NewNullPointerException())
	}
	d := NewCompletableFuture[V]()
	f.onComplete(func() {
		other.onComplete(func() {
			for _, ex := range []Throwable{f.failure(), other.failure()} {
				if ex != nil {
					d.completeThrown(wrapCompletion(ex))
					return
				}
			}
			var v V
			if ex := Try(func() { v = fn.Apply(f.result, other.result) }); ex != nil {
				d.completeThrown(wrapCompletion(ex))
				return
			}
			d.Complete(v)
		})
	})
	return d
}

// Exceptionally is exceptionally(Function<Throwable, T>): a failure becomes fn's value.
func (f *CompletableFuture[T]) Exceptionally(fn Function[Throwable, T]) *CompletableFuture[T] {
	if isNull(fn) {
		panic(NewNullPointerException())
	}
	d := NewCompletableFuture[T]()
	f.onComplete(func() {
		ex := f.failure()
		if ex == nil {
			d.Complete(f.result)
			return
		}
		var v T
		if e := Try(func() { v = fn.Apply(ex) }); e != nil {
			d.completeThrown(wrapCompletion(e))
			return
		}
		d.Complete(v)
	})
	return d
}

// CompletableFutureHandle is CompletableFuture.handle(BiFunction<T, Throwable, U>): fn sees
// the result or the exception (the other is null).
func CompletableFutureHandle[T, U any](f *CompletableFuture[T], fn BiFunction[T, Throwable, U]) *CompletableFuture[U] {
	if isNull(fn) {
		panic(NewNullPointerException())
	}
	d := NewCompletableFuture[U]()
	f.onComplete(func() {
		var u U
		if e := Try(func() { u = fn.Apply(f.result, f.failure()) }); e != nil {
			d.completeThrown(wrapCompletion(e))
			return
		}
		d.Complete(u)
	})
	return d
}

// WhenComplete is whenComplete(BiConsumer<T, Throwable>): action sees the outcome, which
// the new stage keeps (or action's exception, if f had none).
func (f *CompletableFuture[T]) WhenComplete(action BiConsumer[T, Throwable]) *CompletableFuture[T] {
	if isNull(action) {
		panic(NewNullPointerException())
	}
	d := NewCompletableFuture[T]()
	f.onComplete(func() {
		ex := f.failure()
		if e := Try(func() { action.Accept(f.result, ex) }); e != nil && ex == nil {
			d.completeThrown(wrapCompletion(e))
			return
		}
		if ex != nil {
			d.completeThrown(wrapCompletion(ex))
		} else {
			d.Complete(f.result)
		}
	})
	return d
}

// CompletableFutureAllOf is the static CompletableFuture.allOf(CompletableFuture<?>...):
// complete when all are (failed with the first failure met, wrapped, if any failed). Each
// argument is a *CompletableFuture of any type.
func CompletableFutureAllOf(cfs ...any) *CompletableFuture[any] {
	d := NewCompletableFuture[any]()
	var left atomic.Int32
	left.Store(int32(len(cfs)))
	if len(cfs) == 0 {
		d.Complete(nil)
		return d
	}
	for _, x := range cfs {
		c := x.(completion)
		c.onComplete(func() {
			if left.Add(-1) != 0 {
				return
			}
			for _, y := range cfs {
				if ex := y.(completion).failure(); ex != nil {
					d.completeThrown(wrapCompletion(ex))
					return
				}
			}
			d.Complete(nil)
		})
	}
	return d
}

// CompletableFutureAnyOf is the static CompletableFuture.anyOf(CompletableFuture<?>...):
// completes as the first of them does.
func CompletableFutureAnyOf(cfs ...any) *CompletableFuture[any] {
	d := NewCompletableFuture[any]()
	for _, x := range cfs {
		c := x.(completion)
		c.onComplete(func() {
			if ex := c.failure(); ex != nil {
				d.completeThrown(wrapCompletion(ex))
			} else {
				d.Complete(c.value())
			}
		})
	}
	return d
}

// String is toString(): `...CompletableFuture@hash[Completed normally]`, `[Completed
// exceptionally: ex]`, `[Not completed]` or `[Not completed, n dependents]`.
func (f *CompletableFuture[T]) String() string {
	var b strings.Builder
	b.WriteString(objectString(f, "java.util.concurrent.CompletableFuture"))
	switch f.state.Load() {
	case cfNormal:
		b.WriteString("[Completed normally]")
	case cfExceptional:
		b.WriteString("[Completed exceptionally: " + f.thrown.String() + "]")
	default:
		if n := f.NumberOfDependents(); n > 0 {
			b.WriteString("[Not completed, " + IntStr(n) + " dependents]")
		} else {
			b.WriteString("[Not completed]")
		}
	}
	return b.String()
}
