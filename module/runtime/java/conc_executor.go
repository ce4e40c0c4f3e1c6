package java

import (
	"math"
	"sync"
	"sync/atomic"
	"time"
)

// Executor is java.util.concurrent.Executor.
type Executor interface {
	// Execute is execute(Runnable).
	Execute(command Runnable)
}

// ExecutorFunc adapts a func to Executor.
type ExecutorFunc func(command Runnable)

// Execute is execute(Runnable).
func (f ExecutorFunc) Execute(command Runnable) { f(command) }

// ExecutorService is java.util.concurrent.ExecutorService. Its generic methods
// (submit(Callable<T>), submit(Runnable, T), invokeAll, invokeAny) are the package
// functions ExecutorServiceSubmitCallable, ExecutorServiceSubmitResult,
// ExecutorServiceInvokeAll and ExecutorServiceInvokeAny.
type ExecutorService interface {
	Executor
	// Shutdown is shutdown().
	Shutdown()
	// ShutdownNow is shutdownNow(): the tasks that never started.
	ShutdownNow() List[Runnable]
	// IsShutdown is isShutdown().
	IsShutdown() bool
	// IsTerminated is isTerminated().
	IsTerminated() bool
	// AwaitTermination is awaitTermination(long, TimeUnit).
	AwaitTermination(timeout int64, unit *TimeUnit) bool
	// Submit is submit(Runnable).
	Submit(task Runnable) Future[any]
}

// ExecutorServiceSubmitCallable is ExecutorService.submit(Callable<T>).
func ExecutorServiceSubmitCallable[T any](e ExecutorService, task Callable[T]) Future[T] {
	if isNull(task) {
		panic(NewNullPointerException())
	}
	f := NewFutureTask(task)
	e.Execute(f)
	return f
}

// ExecutorServiceSubmitResult is ExecutorService.submit(Runnable, T).
func ExecutorServiceSubmitResult[T any](e ExecutorService, task Runnable, result T) Future[T] {
	f := NewFutureTask2(task, result)
	e.Execute(f)
	return f
}

// ExecutorServiceInvokeAll is ExecutorService.invokeAll(Collection<? extends Callable<T>>):
// it runs every task and waits for all; the futures come back in the collection's order.
// If the waiting thread is interrupted, the unfinished tasks are cancelled.
func ExecutorServiceInvokeAll[T any](e ExecutorService, tasks Collection[Callable[T]]) List[Future[T]] {
	if isNull(tasks) {
		panic(NewNullPointerException())
	}
	futures := NewArrayList[Future[T]]()
	ok := false
	defer func() {
		if !ok {
			for f := range futures.All() {
				f.Cancel(true)
			}
		}
	}()
	for task := range tasks.All() {
		f := NewFutureTask(task)
		futures.Add(f)
		e.Execute(f)
	}
	for f := range futures.All() {
		if !f.IsDone() {
			ft := f.(*FutureTask[T])
			if parkCurrent(ft.done, -1) == parkInterrupted {
				panic(NewInterruptedException())
			}
		}
	}
	ok = true
	return futures
}

// ExecutorServiceInvokeAny is ExecutorService.invokeAny(Collection<? extends Callable<T>>):
// the result of a task that completed normally (the others are cancelled), or
// ExecutionException when all failed.
func ExecutorServiceInvokeAny[T any](e ExecutorService, tasks Collection[Callable[T]]) T {
	if isNull(tasks) {
		panic(NewNullPointerException())
	}
	n := int(tasks.Size())
	if n == 0 {
		panic(NewIllegalArgumentException())
	}
	type outcome struct {
		v  T
		ex Throwable
	}
	var mu sync.Mutex
	var outcomes []outcome
	finished := make(chan struct{}, n)
	var futures []*FutureTask[T]
	defer func() {
		for _, f := range futures {
			f.Cancel(true)
		}
	}()
	for task := range tasks.All() {
		f := NewFutureTask[T](CallableFunc[T](func() T {
			var v T
			ex := Try(func() { v = task.Call() })
			mu.Lock()
			outcomes = append(outcomes, outcome{v, ex})
			mu.Unlock()
			finished <- struct{}{}
			if ex != nil {
				panic(ex)
			}
			return v
		}))
		futures = append(futures, f)
		e.Execute(f)
	}
	var last Throwable
	for i := range futures {
		if parkCurrent(finished, -1) == parkInterrupted {
			panic(NewInterruptedException())
		}
		mu.Lock()
		o := outcomes[i]
		mu.Unlock()
		if o.ex == nil {
			return o.v
		}
		last = o.ex
	}
	panic(NewExecutionException4(last))
}

// ThreadFactory is java.util.concurrent.ThreadFactory.
type ThreadFactory interface {
	// NewThread is newThread(Runnable).
	NewThread(r Runnable) Thread
}

// ThreadFactoryFunc adapts a func to ThreadFactory.
type ThreadFactoryFunc func(r Runnable) Thread

// NewThread is newThread(Runnable).
func (f ThreadFactoryFunc) NewThread(r Runnable) Thread { return f(r) }

var poolNumbers atomic.Int32

// defaultThreadFactory is Executors.defaultThreadFactory(): threads named
// pool-N-thread-M, non-daemon, normal priority.
type defaultThreadFactory struct {
	group   *ThreadGroup
	prefix  string
	threads atomic.Int32
}

// ExecutorsDefaultThreadFactory is the static Executors.defaultThreadFactory().
func ExecutorsDefaultThreadFactory() ThreadFactory {
	g := currentThreadImpl().ThreadGroup()
	if g == nil {
		g = mainGroup
	}
	return &defaultThreadFactory{group: g, prefix: "pool-" + IntStr(poolNumbers.Add(1)) + "-thread-"}
}

func (f *defaultThreadFactory) NewThread(r Runnable) Thread {
	t := NewThread5(f.group, r, f.prefix+IntStr(f.threads.Add(1)))
	t.daemon.Store(false)
	t.priority.Store(ThreadNormPriority)
	return t
}

// RejectedExecutionHandler is java.util.concurrent.RejectedExecutionHandler.
type RejectedExecutionHandler interface {
	// RejectedExecution is rejectedExecution(Runnable, ThreadPoolExecutor).
	RejectedExecution(r Runnable, executor ThreadPoolExecutor)
}

// ThreadPoolExecutorAbortPolicy is ThreadPoolExecutor.AbortPolicy: it throws
// RejectedExecutionException (the default).
type ThreadPoolExecutorAbortPolicy struct{}

// NewThreadPoolExecutorAbortPolicy is the constructor AbortPolicy().
func NewThreadPoolExecutorAbortPolicy() *ThreadPoolExecutorAbortPolicy {
	return &ThreadPoolExecutorAbortPolicy{}
}

// RejectedExecution is rejectedExecution(Runnable, ThreadPoolExecutor).
func (*ThreadPoolExecutorAbortPolicy) RejectedExecution(r Runnable, e ThreadPoolExecutor) {
	panic(NewRejectedExecutionException2("Task " + Str(r) + " rejected from " + e.String()))
}

// ThreadPoolExecutorCallerRunsPolicy is ThreadPoolExecutor.CallerRunsPolicy: the
// submitting thread runs the task, unless the executor is shut down.
type ThreadPoolExecutorCallerRunsPolicy struct{}

// NewThreadPoolExecutorCallerRunsPolicy is the constructor CallerRunsPolicy().
func NewThreadPoolExecutorCallerRunsPolicy() *ThreadPoolExecutorCallerRunsPolicy {
	return &ThreadPoolExecutorCallerRunsPolicy{}
}

// RejectedExecution is rejectedExecution(Runnable, ThreadPoolExecutor).
func (*ThreadPoolExecutorCallerRunsPolicy) RejectedExecution(r Runnable, e ThreadPoolExecutor) {
	if !e.IsShutdown() {
		r.Run()
	}
}

// ThreadPoolExecutorDiscardPolicy is ThreadPoolExecutor.DiscardPolicy: the task is dropped.
type ThreadPoolExecutorDiscardPolicy struct{}

// NewThreadPoolExecutorDiscardPolicy is the constructor DiscardPolicy().
func NewThreadPoolExecutorDiscardPolicy() *ThreadPoolExecutorDiscardPolicy {
	return &ThreadPoolExecutorDiscardPolicy{}
}

// RejectedExecution is rejectedExecution(Runnable, ThreadPoolExecutor).
func (*ThreadPoolExecutorDiscardPolicy) RejectedExecution(Runnable, ThreadPoolExecutor) {}

// ThreadPoolExecutorDiscardOldestPolicy is ThreadPoolExecutor.DiscardOldestPolicy: the
// oldest queued task is dropped and execution retried.
type ThreadPoolExecutorDiscardOldestPolicy struct{}

// NewThreadPoolExecutorDiscardOldestPolicy is the constructor DiscardOldestPolicy().
func NewThreadPoolExecutorDiscardOldestPolicy() *ThreadPoolExecutorDiscardOldestPolicy {
	return &ThreadPoolExecutorDiscardOldestPolicy{}
}

// RejectedExecution is rejectedExecution(Runnable, ThreadPoolExecutor).
func (*ThreadPoolExecutorDiscardOldestPolicy) RejectedExecution(r Runnable, e ThreadPoolExecutor) {
	if !e.IsShutdown() {
		impl := e.AsThreadPoolExecutor()
		if q := impl.queue.snapshot(); len(q) > 0 {
			impl.queue.remove(q[0])
		}
		e.Execute(r)
	}
}

// ThreadPoolExecutor is java.util.concurrent.ThreadPoolExecutor: a pool of worker threads
// (made by its ThreadFactory) taking tasks from a work queue, with Java's sizing rules:
// below corePoolSize a task starts a new worker; otherwise it is queued; when the queue
// is full a worker is added up to maximumPoolSize; beyond that the task is rejected.
// Workers above the core size (or all, with allowCoreThreadTimeOut) exit after
// keepAliveTime idle. A task that throws ends its worker (which is replaced) and reaches
// the thread's uncaught-exception handler; tasks from submit catch it in their Future.
type ThreadPoolExecutor interface {
	ExecutorService
	// AsThreadPoolExecutor gives the struct behind the value.
	AsThreadPoolExecutor() *ThreadPoolExecutorImpl
	// IsTerminating is isTerminating().
	IsTerminating() bool
	// Remove is remove(Runnable).
	Remove(task Runnable) bool
	// Purge is purge(): it drops cancelled futures from the queue.
	Purge()
	// CorePoolSize is getCorePoolSize().
	CorePoolSize() int32
	// SetCorePoolSize is setCorePoolSize(int).
	SetCorePoolSize(corePoolSize int32)
	// MaximumPoolSize is getMaximumPoolSize().
	MaximumPoolSize() int32
	// SetMaximumPoolSize is setMaximumPoolSize(int).
	SetMaximumPoolSize(maximumPoolSize int32)
	// GetKeepAliveTime is getKeepAliveTime(TimeUnit).
	GetKeepAliveTime(unit *TimeUnit) int64
	// SetKeepAliveTime is setKeepAliveTime(long, TimeUnit).
	SetKeepAliveTime(time int64, unit *TimeUnit)
	// AllowCoreThreadTimeOut is allowCoreThreadTimeOut(boolean).
	AllowCoreThreadTimeOut(value bool)
	// AllowsCoreThreadTimeOut is allowsCoreThreadTimeOut().
	AllowsCoreThreadTimeOut() bool
	// PrestartCoreThread is prestartCoreThread().
	PrestartCoreThread() bool
	// PrestartAllCoreThreads is prestartAllCoreThreads().
	PrestartAllCoreThreads() int32
	// PoolSize is getPoolSize().
	PoolSize() int32
	// ActiveCount is getActiveCount().
	ActiveCount() int32
	// LargestPoolSize is getLargestPoolSize().
	LargestPoolSize() int32
	// TaskCount is getTaskCount().
	TaskCount() int64
	// CompletedTaskCount is getCompletedTaskCount().
	CompletedTaskCount() int64
	// Queue is getQueue().
	Queue() BlockingQueue[Runnable]
	// ThreadFactory is getThreadFactory().
	ThreadFactory() ThreadFactory
	// SetThreadFactory is setThreadFactory(ThreadFactory).
	SetThreadFactory(f ThreadFactory)
	// RejectedExecutionHandler is getRejectedExecutionHandler().
	RejectedExecutionHandler() RejectedExecutionHandler
	// SetRejectedExecutionHandler is setRejectedExecutionHandler(RejectedExecutionHandler).
	SetRejectedExecutionHandler(h RejectedExecutionHandler)
	// BeforeExecute is the protected hook beforeExecute(Thread, Runnable).
	BeforeExecute(t Thread, r Runnable)
	// AfterExecute is the protected hook afterExecute(Runnable, Throwable).
	AfterExecute(r Runnable, t Throwable)
	// Terminated is the protected hook terminated().
	Terminated()
	// String is toString().
	String() string
}

// Run states, in order.
const (
	tpeRunning = iota
	tpeShutdown
	tpeStop
	tpeTidying
	tpeTerminated
)

// ThreadPoolExecutorImpl holds a ThreadPoolExecutor's state and implements its methods.
type ThreadPoolExecutorImpl struct {
	self ThreadPoolExecutor

	mu               sync.Mutex
	runState         int
	corePoolSize     int32
	maximumPoolSize  int32
	keepAlive        time.Duration
	allowCoreTimeOut bool
	factory          ThreadFactory
	handler          RejectedExecutionHandler
	workers          map[*poolWorker]struct{}
	pending          int // workers whose thread is being made
	largest          int
	completed        int64 // by workers that have exited
	terminated       chan struct{}

	queue  taskQueue
	active atomic.Int32

	// Hooks of ScheduledThreadPoolExecutor.
	onShutdown func()
}

// poolWorker is one worker thread; mu is held while it runs a task (so shutdown interrupts
// only idle workers).
type poolWorker struct {
	pool      *ThreadPoolExecutorImpl
	thread    *ThreadImpl
	first     Runnable
	mu        sync.Mutex
	completed atomic.Int64
	removed   bool // guarded by pool.mu
}

// AsThreadPoolExecutor gives the struct behind the value.
func (e *ThreadPoolExecutorImpl) AsThreadPoolExecutor() *ThreadPoolExecutorImpl { return e }

// NewThreadPoolExecutor is the constructor ThreadPoolExecutor(int, int, long, TimeUnit,
// BlockingQueue<Runnable>).
func NewThreadPoolExecutor(corePoolSize, maximumPoolSize int32, keepAliveTime int64, unit *TimeUnit, workQueue BlockingQueue[Runnable]) *ThreadPoolExecutorImpl {
	e := &ThreadPoolExecutorImpl{}
	e.InitThreadPoolExecutor(e, corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue)
	return e
}

// NewThreadPoolExecutor2 is the constructor ThreadPoolExecutor(int, int, long, TimeUnit,
// BlockingQueue<Runnable>, ThreadFactory).
func NewThreadPoolExecutor2(corePoolSize, maximumPoolSize int32, keepAliveTime int64, unit *TimeUnit, workQueue BlockingQueue[Runnable], threadFactory ThreadFactory) *ThreadPoolExecutorImpl {
	e := &ThreadPoolExecutorImpl{}
	e.InitThreadPoolExecutor2(e, corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory)
	return e
}

// NewThreadPoolExecutor3 is the constructor ThreadPoolExecutor(int, int, long, TimeUnit,
// BlockingQueue<Runnable>, RejectedExecutionHandler).
func NewThreadPoolExecutor3(corePoolSize, maximumPoolSize int32, keepAliveTime int64, unit *TimeUnit, workQueue BlockingQueue[Runnable], handler RejectedExecutionHandler) *ThreadPoolExecutorImpl {
	e := &ThreadPoolExecutorImpl{}
	e.InitThreadPoolExecutor3(e, corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, handler)
	return e
}

// NewThreadPoolExecutor4 is the constructor ThreadPoolExecutor(int, int, long, TimeUnit,
// BlockingQueue<Runnable>, ThreadFactory, RejectedExecutionHandler).
func NewThreadPoolExecutor4(corePoolSize, maximumPoolSize int32, keepAliveTime int64, unit *TimeUnit, workQueue BlockingQueue[Runnable], threadFactory ThreadFactory, handler RejectedExecutionHandler) *ThreadPoolExecutorImpl {
	e := &ThreadPoolExecutorImpl{}
	e.InitThreadPoolExecutor4(e, corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory, handler)
	return e
}

// InitThreadPoolExecutor runs ThreadPoolExecutor(int, int, long, TimeUnit, BlockingQueue).
func (e *ThreadPoolExecutorImpl) InitThreadPoolExecutor(self ThreadPoolExecutor, corePoolSize, maximumPoolSize int32, keepAliveTime int64, unit *TimeUnit, workQueue BlockingQueue[Runnable]) {
	e.InitThreadPoolExecutor4(self, corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, ExecutorsDefaultThreadFactory(), NewThreadPoolExecutorAbortPolicy())
}

// InitThreadPoolExecutor2 runs ThreadPoolExecutor(int, int, long, TimeUnit, BlockingQueue,
// ThreadFactory).
func (e *ThreadPoolExecutorImpl) InitThreadPoolExecutor2(self ThreadPoolExecutor, corePoolSize, maximumPoolSize int32, keepAliveTime int64, unit *TimeUnit, workQueue BlockingQueue[Runnable], threadFactory ThreadFactory) {
	e.InitThreadPoolExecutor4(self, corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, threadFactory, NewThreadPoolExecutorAbortPolicy())
}

// InitThreadPoolExecutor3 runs ThreadPoolExecutor(int, int, long, TimeUnit, BlockingQueue,
// RejectedExecutionHandler).
func (e *ThreadPoolExecutorImpl) InitThreadPoolExecutor3(self ThreadPoolExecutor, corePoolSize, maximumPoolSize int32, keepAliveTime int64, unit *TimeUnit, workQueue BlockingQueue[Runnable], handler RejectedExecutionHandler) {
	e.InitThreadPoolExecutor4(self, corePoolSize, maximumPoolSize, keepAliveTime, unit, workQueue, ExecutorsDefaultThreadFactory(), handler)
}

// InitThreadPoolExecutor4 runs ThreadPoolExecutor(int, int, long, TimeUnit, BlockingQueue,
// ThreadFactory, RejectedExecutionHandler). The pool queues tasks in a queue of its own
// with workQueue's capacity (none: hand-off, as a SynchronousQueue; MAX_VALUE: unbounded,
// as a LinkedBlockingQueue); getQueue shows that queue.
func (e *ThreadPoolExecutorImpl) InitThreadPoolExecutor4(self ThreadPoolExecutor, corePoolSize, maximumPoolSize int32, keepAliveTime int64, unit *TimeUnit, workQueue BlockingQueue[Runnable], threadFactory ThreadFactory, handler RejectedExecutionHandler) {
	if isNull(workQueue) || isNull(threadFactory) || isNull(handler) || unit == nil {
		panic(NewNullPointerException())
	}
	e.init(self, corePoolSize, maximumPoolSize, keepAliveTime, unit, queueFor(workQueue), threadFactory, handler)
}

func (e *ThreadPoolExecutorImpl) init(self ThreadPoolExecutor, core, max int32, keepAliveTime int64, unit *TimeUnit, q taskQueue, f ThreadFactory, h RejectedExecutionHandler) {
	if core < 0 || max <= 0 || max < core || keepAliveTime < 0 {
		panic(NewIllegalArgumentException())
	}
	e.self = self
	e.corePoolSize, e.maximumPoolSize = core, max
	e.keepAlive = nanosDuration(unit.ToNanos(keepAliveTime))
	e.queue, e.factory, e.handler = q, f, h
	e.workers = map[*poolWorker]struct{}{}
	e.terminated = make(chan struct{})
}

// newPool builds the pools of Executors' factory methods.
func newPool(core, max int32, keepAlive time.Duration, q taskQueue, f ThreadFactory) *ThreadPoolExecutorImpl {
	if isNull(f) {
		panic(NewNullPointerException())
	}
	e := &ThreadPoolExecutorImpl{}
	e.init(e, core, max, int64(keepAlive), TimeUnitNanoseconds, q, f, NewThreadPoolExecutorAbortPolicy())
	return e
}

// Execute is execute(Runnable): the task runs on a worker at some time, or is rejected
// through the RejectedExecutionHandler.
func (e *ThreadPoolExecutorImpl) Execute(command Runnable) {
	if isNull(command) {
		panic(NewNullPointerException())
	}
	e.mu.Lock()
	n, rs := len(e.workers)+e.pending, e.runState
	e.mu.Unlock()
	if n < int(e.CorePoolSize()) && e.addWorker(command, true) {
		return
	}
	if rs == tpeRunning && e.queue.offer(command) {
		e.mu.Lock()
		n, rs = len(e.workers)+e.pending, e.runState
		e.mu.Unlock()
		if rs != tpeRunning && e.queue.remove(command) {
			e.reject(command)
		} else if n == 0 {
			e.addWorker(nil, false)
		}
		return
	}
	if !e.addWorker(command, false) {
		e.reject(command)
	}
}

func (e *ThreadPoolExecutorImpl) reject(command Runnable) {
	e.mu.Lock()
	h := e.handler
	e.mu.Unlock()
	h.RejectedExecution(command, e.self)
}

// addWorker starts a worker (running first, then queued tasks) if the state and the core
// or maximum size allow one.
func (e *ThreadPoolExecutorImpl) addWorker(first Runnable, core bool) bool {
	e.mu.Lock()
	rs := e.runState
	if rs >= tpeStop || (rs == tpeShutdown && (first != nil || e.queue.size() == 0)) {
		e.mu.Unlock()
		return false
	}
	limit := e.maximumPoolSize
	if core {
		limit = e.corePoolSize
	}
	if len(e.workers)+e.pending >= int(limit) {
		e.mu.Unlock()
		return false
	}
	e.pending++
	f := e.factory
	e.mu.Unlock()

	w := &poolWorker{pool: e, first: first}
	var t Thread
	made := false
	defer func() {
		if !made {
			e.mu.Lock()
			e.pending--
			fin := e.tryTerminateLocked()
			e.mu.Unlock()
			e.finishIf(fin)
		}
	}()
	t = f.NewThread(RunnableFunc(w.run))
	made = true
	e.mu.Lock()
	e.pending--
	if isNull(t) || e.runState >= tpeStop || (e.runState == tpeShutdown && first != nil) {
		fin := e.tryTerminateLocked()
		e.mu.Unlock()
		e.finishIf(fin)
		return false
	}
	w.thread = t.AsThread()
	e.workers[w] = struct{}{}
	if len(e.workers) > e.largest {
		e.largest = len(e.workers)
	}
	e.mu.Unlock()
	t.Start()
	return true
}

func (w *poolWorker) run() {
	e := w.pool
	me := w.thread
	task := w.first
	w.first = nil
	abrupt := true
	defer func() { e.workerExit(w, abrupt) }()
	for {
		if task == nil {
			if task = e.getTask(w, me); task == nil {
				break
			}
		}
		w.mu.Lock()
		// A stopping pool keeps its workers interrupted; otherwise an interrupt meant for
		// an idle worker must not reach the task.
		if e.isStopping() {
			me.Interrupt()
		} else if me.interrupted.Swap(false) && e.isStopping() {
			me.Interrupt()
		}
		e.active.Add(1)
		thrown := Try(func() { e.self.BeforeExecute(me.self, task) })
		if thrown == nil {
			thrown = Try(task.Run)
			if ex := Try(func() { e.self.AfterExecute(task, thrown) }); ex != nil {
				thrown = ex
			}
		}
		e.active.Add(-1)
		w.completed.Add(1)
		w.mu.Unlock()
		if thrown != nil {
			panic(thrown) // the worker dies; workerExit replaces it and the thread reports it
		}
		task = nil
	}
	abrupt = false
}

func (e *ThreadPoolExecutorImpl) isStopping() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.runState >= tpeStop
}

// getTask waits for the next task; nil tells the worker to exit (shutdown with an empty
// queue, stop, or an idle timeout above the core size), and removes it from the pool.
func (e *ThreadPoolExecutorImpl) getTask(w *poolWorker, me *ThreadImpl) Runnable {
	timedOut := false
	for {
		e.mu.Lock()
		rs := e.runState
		if rs >= tpeStop || (rs >= tpeShutdown && e.queue.size() == 0) {
			e.removeWorkerLocked(w)
			e.mu.Unlock()
			return nil
		}
		n := len(e.workers)
		timed := e.allowCoreTimeOut || n > int(e.corePoolSize)
		if (n > int(e.maximumPoolSize) || (timed && timedOut)) && (n > 1 || e.queue.size() == 0) {
			e.removeWorkerLocked(w)
			e.mu.Unlock()
			return nil
		}
		wait := time.Duration(-1)
		if timed {
			wait = e.keepAlive
		}
		e.mu.Unlock()
		r, res := e.queue.poll(me, wait)
		if r != nil {
			return r
		}
		timedOut = res == parkTimedOut
	}
}

func (e *ThreadPoolExecutorImpl) removeWorkerLocked(w *poolWorker) {
	if !w.removed {
		w.removed = true
		delete(e.workers, w)
		e.completed += w.completed.Load()
	}
}

// workerExit retires a worker and starts a replacement when it died of an exception or the
// pool fell below its minimum.
func (e *ThreadPoolExecutorImpl) workerExit(w *poolWorker, abrupt bool) {
	e.mu.Lock()
	e.removeWorkerLocked(w)
	fin := e.tryTerminateLocked()
	replace := false
	if e.runState < tpeStop {
		min := int(e.corePoolSize)
		if e.allowCoreTimeOut {
			min = 0
		}
		if min == 0 && e.queue.size() > 0 {
			min = 1
		}
		replace = abrupt || len(e.workers)+e.pending < min
	}
	e.mu.Unlock()
	e.finishIf(fin)
	if replace {
		e.addWorker(nil, false)
	}
}

// tryTerminateLocked moves a shut-down pool with no workers and nothing queued to
// TIDYING and reports whether the caller must finish the termination (after unlocking: the
// terminated() hook is user code).
func (e *ThreadPoolExecutorImpl) tryTerminateLocked() bool {
	rs := e.runState
	if rs == tpeRunning || rs >= tpeTidying || (rs == tpeShutdown && e.queue.size() > 0) {
		return false
	}
	if len(e.workers)+e.pending > 0 {
		e.interruptIdleLocked(true) // pass the shutdown on to one idle worker
		return false
	}
	e.runState = tpeTidying
	return true
}

func (e *ThreadPoolExecutorImpl) finishIf(fin bool) {
	if !fin {
		return
	}
	Try(e.self.Terminated)
	e.mu.Lock()
	e.runState = tpeTerminated
	e.mu.Unlock()
	close(e.terminated)
}

func (e *ThreadPoolExecutorImpl) interruptIdleLocked(onlyOne bool) {
	for w := range e.workers {
		if !w.thread.IsInterrupted() && w.mu.TryLock() {
			w.thread.Interrupt()
			w.mu.Unlock()
		}
		if onlyOne {
			return
		}
	}
}

// Shutdown is shutdown(): queued tasks still run, new ones are rejected.
func (e *ThreadPoolExecutorImpl) Shutdown() {
	e.mu.Lock()
	if e.runState < tpeShutdown {
		e.runState = tpeShutdown
	}
	e.interruptIdleLocked(false)
	hook := e.onShutdown
	e.mu.Unlock()
	if hook != nil {
		hook()
	}
	e.mu.Lock()
	fin := e.tryTerminateLocked()
	e.mu.Unlock()
	e.finishIf(fin)
}

// ShutdownNow is shutdownNow(): it interrupts every worker and returns the queued tasks,
// which will not run.
func (e *ThreadPoolExecutorImpl) ShutdownNow() List[Runnable] {
	e.mu.Lock()
	if e.runState < tpeStop {
		e.runState = tpeStop
	}
	for w := range e.workers {
		w.thread.Interrupt()
	}
	tasks := e.queue.drain()
	fin := e.tryTerminateLocked()
	e.mu.Unlock()
	e.finishIf(fin)
	out := NewArrayList[Runnable]()
	for _, t := range tasks {
		out.Add(t)
	}
	return out
}

// IsShutdown is isShutdown().
func (e *ThreadPoolExecutorImpl) IsShutdown() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.runState >= tpeShutdown
}

// IsTerminating is isTerminating(): shut down but not yet terminated.
func (e *ThreadPoolExecutorImpl) IsTerminating() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.runState >= tpeShutdown && e.runState < tpeTerminated
}

// IsTerminated is isTerminated().
func (e *ThreadPoolExecutorImpl) IsTerminated() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.runState == tpeTerminated
}

// AwaitTermination is awaitTermination(long, TimeUnit): whether the pool terminated within
// the timeout (InterruptedException if interrupted).
func (e *ThreadPoolExecutorImpl) AwaitTermination(timeout int64, unit *TimeUnit) bool {
	switch parkCurrent(e.terminated, unitDuration(timeout, unit)) {
	case parkSignalled:
		return true
	case parkInterrupted:
		panic(NewInterruptedException())
	}
	return false
}

// Submit is submit(Runnable): a Future whose get() returns null once the task ran.
func (e *ThreadPoolExecutorImpl) Submit(task Runnable) Future[any] {
	f := NewFutureTask2[any](task, nil)
	e.self.Execute(f)
	return f
}

// Remove is remove(Runnable): it takes a queued task out of the queue.
func (e *ThreadPoolExecutorImpl) Remove(task Runnable) bool {
	removed := e.queue.remove(task)
	e.mu.Lock()
	fin := e.tryTerminateLocked()
	e.mu.Unlock()
	e.finishIf(fin)
	return removed
}

// Purge is purge(): it drops the queued futures that were cancelled.
func (e *ThreadPoolExecutorImpl) Purge() {
	e.queue.removeIf(func(r Runnable) bool {
		f, ok := r.(interface{ IsCancelled() bool })
		return ok && f.IsCancelled()
	})
	e.mu.Lock()
	fin := e.tryTerminateLocked()
	e.mu.Unlock()
	e.finishIf(fin)
}

// CorePoolSize is getCorePoolSize().
func (e *ThreadPoolExecutorImpl) CorePoolSize() int32 {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.corePoolSize
}

// SetCorePoolSize is setCorePoolSize(int).
func (e *ThreadPoolExecutorImpl) SetCorePoolSize(corePoolSize int32) {
	e.mu.Lock()
	if corePoolSize < 0 || e.maximumPoolSize < corePoolSize {
		e.mu.Unlock()
		panic(NewIllegalArgumentException())
	}
	delta := int(corePoolSize - e.corePoolSize)
	e.corePoolSize = corePoolSize
	n := len(e.workers) + e.pending
	if n > int(corePoolSize) {
		e.interruptIdleLocked(false)
	}
	queued := e.queue.size()
	e.mu.Unlock()
	for k := min(delta, queued); k > 0 && e.addWorker(nil, true); k-- {
		if e.queue.size() == 0 {
			break
		}
	}
}

// MaximumPoolSize is getMaximumPoolSize().
func (e *ThreadPoolExecutorImpl) MaximumPoolSize() int32 {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.maximumPoolSize
}

// SetMaximumPoolSize is setMaximumPoolSize(int).
func (e *ThreadPoolExecutorImpl) SetMaximumPoolSize(maximumPoolSize int32) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if maximumPoolSize <= 0 || maximumPoolSize < e.corePoolSize {
		panic(NewIllegalArgumentException())
	}
	e.maximumPoolSize = maximumPoolSize
	if len(e.workers) > int(maximumPoolSize) {
		e.interruptIdleLocked(false)
	}
}

// GetKeepAliveTime is getKeepAliveTime(TimeUnit).
func (e *ThreadPoolExecutorImpl) GetKeepAliveTime(unit *TimeUnit) int64 {
	e.mu.Lock()
	defer e.mu.Unlock()
	return unit.Convert(int64(e.keepAlive), TimeUnitNanoseconds)
}

// SetKeepAliveTime is setKeepAliveTime(long, TimeUnit).
func (e *ThreadPoolExecutorImpl) SetKeepAliveTime(t int64, unit *TimeUnit) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if t < 0 || (t == 0 && e.allowCoreTimeOut) {
		panic(NewIllegalArgumentException2("Core threads must have nonzero keep alive times"))
	}
	d := nanosDuration(unit.ToNanos(t))
	shorter := d < e.keepAlive
	e.keepAlive = d
	if shorter {
		e.interruptIdleLocked(false)
	}
}

// AllowCoreThreadTimeOut is allowCoreThreadTimeOut(boolean).
func (e *ThreadPoolExecutorImpl) AllowCoreThreadTimeOut(value bool) {
	e.mu.Lock()
	defer e.mu.Unlock()
	if value && e.keepAlive <= 0 {
		panic(NewIllegalArgumentException2("Core threads must have nonzero keep alive times"))
	}
	if value != e.allowCoreTimeOut {
		e.allowCoreTimeOut = value
		if value {
			e.interruptIdleLocked(false)
		}
	}
}

// AllowsCoreThreadTimeOut is allowsCoreThreadTimeOut().
func (e *ThreadPoolExecutorImpl) AllowsCoreThreadTimeOut() bool {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.allowCoreTimeOut
}

// PrestartCoreThread is prestartCoreThread(): it starts an idle core worker, if one is
// missing.
func (e *ThreadPoolExecutorImpl) PrestartCoreThread() bool { return e.addWorker(nil, true) }

// PrestartAllCoreThreads is prestartAllCoreThreads(): the number of workers started.
func (e *ThreadPoolExecutorImpl) PrestartAllCoreThreads() int32 {
	var n int32
	for e.addWorker(nil, true) {
		n++
	}
	return n
}

// PoolSize is getPoolSize().
func (e *ThreadPoolExecutorImpl) PoolSize() int32 {
	e.mu.Lock()
	defer e.mu.Unlock()
	if e.runState >= tpeTidying {
		return 0
	}
	return int32(len(e.workers))
}

// ActiveCount is getActiveCount(): the workers running a task now.
func (e *ThreadPoolExecutorImpl) ActiveCount() int32 { return e.active.Load() }

// LargestPoolSize is getLargestPoolSize().
func (e *ThreadPoolExecutorImpl) LargestPoolSize() int32 {
	e.mu.Lock()
	defer e.mu.Unlock()
	return int32(e.largest)
}

// CompletedTaskCount is getCompletedTaskCount().
func (e *ThreadPoolExecutorImpl) CompletedTaskCount() int64 {
	e.mu.Lock()
	defer e.mu.Unlock()
	n := e.completed
	for w := range e.workers {
		n += w.completed.Load()
	}
	return n
}

// TaskCount is getTaskCount(): completed, running and queued tasks.
func (e *ThreadPoolExecutorImpl) TaskCount() int64 {
	return e.CompletedTaskCount() + int64(e.active.Load()) + int64(e.queue.size())
}

// ThreadFactory is getThreadFactory().
func (e *ThreadPoolExecutorImpl) ThreadFactory() ThreadFactory {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.factory
}

// SetThreadFactory is setThreadFactory(ThreadFactory).
func (e *ThreadPoolExecutorImpl) SetThreadFactory(f ThreadFactory) {
	if isNull(f) {
		panic(NewNullPointerException())
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.factory = f
}

// RejectedExecutionHandler is getRejectedExecutionHandler().
func (e *ThreadPoolExecutorImpl) RejectedExecutionHandler() RejectedExecutionHandler {
	e.mu.Lock()
	defer e.mu.Unlock()
	return e.handler
}

// SetRejectedExecutionHandler is setRejectedExecutionHandler(RejectedExecutionHandler).
func (e *ThreadPoolExecutorImpl) SetRejectedExecutionHandler(h RejectedExecutionHandler) {
	if isNull(h) {
		panic(NewNullPointerException())
	}
	e.mu.Lock()
	defer e.mu.Unlock()
	e.handler = h
}

// Queue is getQueue(): the pool's work queue (a live view; the queue given to the
// constructor only set its kind and capacity).
func (e *ThreadPoolExecutorImpl) Queue() BlockingQueue[Runnable] { return newWorkQueueView(e.queue) }

// BeforeExecute is the protected hook beforeExecute(Thread, Runnable): nothing by default.
func (e *ThreadPoolExecutorImpl) BeforeExecute(Thread, Runnable) {}

// AfterExecute is the protected hook afterExecute(Runnable, Throwable): nothing by default.
func (e *ThreadPoolExecutorImpl) AfterExecute(Runnable, Throwable) {}

// Terminated is the protected hook terminated(): nothing by default.
func (e *ThreadPoolExecutorImpl) Terminated() {}

// String is toString(): `java.util.concurrent.ThreadPoolExecutor@hash[Running, pool size =
// 0, active threads = 0, queued tasks = 0, completed tasks = 0]`.
func (e *ThreadPoolExecutorImpl) String() string {
	e.mu.Lock()
	rs := e.runState
	n := len(e.workers)
	done := e.completed
	for w := range e.workers {
		done += w.completed.Load()
	}
	e.mu.Unlock()
	state := "Shutting down"
	switch {
	case rs == tpeRunning:
		state = "Running"
	case rs == tpeTerminated:
		state = "Terminated"
	}
	return objectString(e.self, ClassNameOf(e.self)) + "[" + state + ", pool size = " + IntStr(int32(n)) +
		", active threads = " + IntStr(e.active.Load()) + ", queued tasks = " + IntStr(int32(e.queue.size())) +
		", completed tasks = " + LongStr(done) + "]"
}

// ExecutorsNewFixedThreadPool is the static Executors.newFixedThreadPool(int).
func ExecutorsNewFixedThreadPool(nThreads int32) ExecutorService {
	return ExecutorsNewFixedThreadPool2(nThreads, ExecutorsDefaultThreadFactory())
}

// ExecutorsNewFixedThreadPool2 is the static Executors.newFixedThreadPool(int, ThreadFactory).
func ExecutorsNewFixedThreadPool2(nThreads int32, threadFactory ThreadFactory) ExecutorService {
	return newPool(nThreads, nThreads, 0, newFifoQueue(math.MaxInt32), threadFactory)
}

// ExecutorsNewCachedThreadPool is the static Executors.newCachedThreadPool(): workers made on
// demand, reused, retired after 60 s idle.
func ExecutorsNewCachedThreadPool() ExecutorService {
	return ExecutorsNewCachedThreadPool2(ExecutorsDefaultThreadFactory())
}

// ExecutorsNewCachedThreadPool2 is the static Executors.newCachedThreadPool(ThreadFactory).
func ExecutorsNewCachedThreadPool2(threadFactory ThreadFactory) ExecutorService {
	return newPool(0, math.MaxInt32, 60*time.Second, newFifoQueue(0), threadFactory)
}

// ExecutorsNewSingleThreadExecutor is the static Executors.newSingleThreadExecutor().
func ExecutorsNewSingleThreadExecutor() ExecutorService {
	return ExecutorsNewSingleThreadExecutor2(ExecutorsDefaultThreadFactory())
}

// ExecutorsNewSingleThreadExecutor2 is the static
// Executors.newSingleThreadExecutor(ThreadFactory).
func ExecutorsNewSingleThreadExecutor2(threadFactory ThreadFactory) ExecutorService {
	return newPool(1, 1, 0, newFifoQueue(math.MaxInt32), threadFactory)
}

func init() {
	registerClassNames(map[string]string{
		"ThreadPoolExecutorImpl":                "java.util.concurrent.ThreadPoolExecutor",
		"ScheduledThreadPoolExecutor":           "java.util.concurrent.ScheduledThreadPoolExecutor",
		"ThreadPoolExecutorAbortPolicy":         "java.util.concurrent.ThreadPoolExecutor$AbortPolicy",
		"ThreadPoolExecutorCallerRunsPolicy":    "java.util.concurrent.ThreadPoolExecutor$CallerRunsPolicy",
		"ThreadPoolExecutorDiscardPolicy":       "java.util.concurrent.ThreadPoolExecutor$DiscardPolicy",
		"ThreadPoolExecutorDiscardOldestPolicy": "java.util.concurrent.ThreadPoolExecutor$DiscardOldestPolicy",
		"FutureTask":                            "java.util.concurrent.FutureTask",
		"TimeUnit":                              "java.util.concurrent.TimeUnit",
		"ThreadImpl":                            "java.lang.Thread",
		"ThreadGroup":                           "java.lang.ThreadGroup",
		"ThreadLocalImpl":                       "java.lang.ThreadLocal",
	})
}
