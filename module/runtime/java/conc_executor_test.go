package java

import (
	"regexp"
	"strings"
	"sync/atomic"
	"testing"
)

// hashes normalises identity hashes (`@1b6d3586` -> `@H`) to compare with the JDK's output.
var hashes = regexp.MustCompile(`@[0-9a-f]+`)

func TestFixedPoolRunsAllAndTerminates(t *testing.T) {
	ex := ExecutorsNewFixedThreadPool(3)
	// Java 17: Executors.newFixedThreadPool(2).toString() with the hash replaced.
	if got := hashes.ReplaceAllString(Str(ex), "@H"); got != "java.util.concurrent.ThreadPoolExecutor@H[Running, pool size = 0, active threads = 0, queued tasks = 0, completed tasks = 0]" {
		t.Fatalf("toString: %s", got)
	}
	var n atomic.Int32
	names := make(chan string, 100)
	for i := 0; i < 100; i++ {
		ex.Execute(RunnableFunc(func() {
			n.Add(1)
			names <- ThreadCurrentThread().Name()
		}))
	}
	ex.Shutdown()
	if !ex.AwaitTermination(1, TimeUnitDays) || !ex.IsTerminated() || !ex.IsShutdown() {
		t.Fatal("pool did not terminate")
	}
	if n.Load() != 100 {
		t.Fatalf("ran %d tasks", n.Load())
	}
	close(names)
	workers := map[string]bool{}
	for name := range names {
		if !regexp.MustCompile(`^pool-\d+-thread-[123]$`).MatchString(name) {
			t.Fatalf("worker name %q", name)
		}
		workers[name] = true
	}
	if len(workers) > 3 {
		t.Fatalf("%d workers for a pool of 3", len(workers))
	}
	tpe := ex.(ThreadPoolExecutor)
	if tpe.CompletedTaskCount() != 100 || tpe.PoolSize() != 0 || tpe.LargestPoolSize() != 3 {
		t.Fatalf("stats: completed %d pool %d largest %d", tpe.CompletedTaskCount(), tpe.PoolSize(), tpe.LargestPoolSize())
	}
	// Java 17: execute after shutdown -> RejectedExecutionException "Task ... rejected from
	// java.util.concurrent.ThreadPoolExecutor@H[Terminated, pool size = 0, active threads =
	// 0, queued tasks = 0, completed tasks = 2]".
	msg := thrown(func() { ex.Execute(RunnableFunc(func() {})) })
	want := "rejected from java.util.concurrent.ThreadPoolExecutor@H[Terminated, pool size = 0, active threads = 0, queued tasks = 0, completed tasks = 100]"
	if !strings.HasPrefix(msg, "java.util.concurrent.RejectedExecutionException: Task ") || !strings.HasSuffix(hashes.ReplaceAllString(msg, "@H"), want) {
		t.Fatalf("rejection: %s", msg)
	}
}

func TestSubmitFutures(t *testing.T) {
	ex := ExecutorsNewSingleThreadExecutor()
	defer ex.Shutdown()
	f := ExecutorServiceSubmitCallable[int32](ex, CallableFunc[int32](func() int32 { return 42 }))
	if f.Get() != 42 || !f.IsDone() || f.IsCancelled() {
		t.Fatal("callable result")
	}
	boom := ex.Submit(RunnableFunc(func() { panic(NewIllegalStateException2("boom")) }))
	// Java 17: f.get() -> ExecutionException "java.lang.IllegalStateException: boom" with the
	// task's exception as cause.
	ee := Try(func() { boom.Get() })
	if ee == nil || ee.String() != "java.util.concurrent.ExecutionException: java.lang.IllegalStateException: boom" ||
		ee.Cause() == nil || ee.Cause().String() != "java.lang.IllegalStateException: boom" {
		t.Fatalf("exceptional future: %v", ee)
	}
	r := ExecutorServiceSubmitResult[string](ex, RunnableFunc(func() {}), "done")
	if r.Get() != "done" {
		t.Fatal("submit(Runnable, T)")
	}
	if v := ex.Submit(RunnableFunc(func() {})).Get(); v != nil {
		t.Fatalf("submit(Runnable).get() = %v", v)
	}
	tasks := NewArrayList[Callable[int32]]()
	for i := int32(0); i < 5; i++ {
		tasks.Add(CallableFunc[int32](func() int32 { return i * i }))
	}
	all := ExecutorServiceInvokeAll[int32](ex, tasks)
	i := int32(0)
	for f := range all.All() {
		if !f.IsDone() || f.Get() != i*i {
			t.Fatalf("invokeAll[%d]", i)
		}
		i++
	}
	if v := ExecutorServiceInvokeAny[int32](ex, tasks); v < 0 || v > 16 {
		t.Fatalf("invokeAny = %d", v)
	}
}

func TestFutureTaskStatesAndMessages(t *testing.T) {
	ft := NewFutureTask[string](CallableFunc[string](func() string { return "x" }))
	if s := hashes.ReplaceAllString(ft.String(), "@H"); !strings.HasPrefix(s, "java.util.concurrent.FutureTask@H[Not completed, task = ") {
		t.Fatalf("toString: %s", s)
	}
	// Java 17: get(1, MILLISECONDS) on a task never run -> java.util.concurrent.TimeoutException.
	if s := thrown(func() { ft.GetTimeout(1, TimeUnitMilliseconds) }); s != "java.util.concurrent.TimeoutException" {
		t.Fatalf("timed get: %q", s)
	}
	if !ft.Cancel(false) || ft.Cancel(false) || !ft.IsCancelled() || !ft.IsDone() {
		t.Fatal("cancel")
	}
	if s := thrown(func() { ft.Get() }); s != "java.util.concurrent.CancellationException" {
		t.Fatalf("get after cancel: %q", s)
	}
	if s := hashes.ReplaceAllString(ft.String(), "@H"); s != "java.util.concurrent.FutureTask@H[Cancelled]" {
		t.Fatalf("toString after cancel: %s", s)
	}
	ft.Run() // a cancelled task does not run
	ok := NewFutureTask[string](CallableFunc[string](func() string { return "y" }))
	ok.Run()
	if ok.Get() != "y" || hashes.ReplaceAllString(ok.String(), "@H") != "java.util.concurrent.FutureTask@H[Completed normally]" {
		t.Fatal("completed task")
	}
}

func TestCancelInterruptsRunningTask(t *testing.T) {
	ex := ExecutorsNewCachedThreadPool()
	defer ex.Shutdown()
	started := make(chan struct{})
	result := make(chan string, 1)
	f := ex.Submit(RunnableFunc(func() {
		close(started)
		result <- thrown(func() { ThreadSleep(1 << 40) })
	}))
	<-started
	if !f.Cancel(true) {
		t.Fatal("cancel(true) refused")
	}
	if s := <-result; s != "java.lang.InterruptedException: sleep interrupted" {
		t.Fatalf("running task saw %q", s)
	}
	// The worker is reused with its interrupt cleared.
	g := ExecutorServiceSubmitCallable[bool](ex, CallableFunc[bool](func() bool { return ThreadCurrentThread().IsInterrupted() }))
	if g.Get() {
		t.Fatal("interrupt leaked into the next task")
	}
}

func TestCachedPoolGrowsForBlockedTasks(t *testing.T) {
	ex := ExecutorsNewCachedThreadPool()
	const n = 6
	release := make(chan struct{})
	started := make(chan struct{}, n)
	for i := 0; i < n; i++ {
		ex.Execute(RunnableFunc(func() {
			started <- struct{}{}
			<-release
		}))
	}
	for i := 0; i < n; i++ {
		<-started // every task runs at once: one worker each
	}
	if p := ex.(ThreadPoolExecutor).PoolSize(); p != n {
		t.Fatalf("pool size %d", p)
	}
	close(release)
	ex.Shutdown()
	if !ex.AwaitTermination(1, TimeUnitDays) {
		t.Fatal("not terminated")
	}
}

func TestShutdownNowInterruptsAndReturnsQueued(t *testing.T) {
	ex := ExecutorsNewFixedThreadPool(1)
	started := make(chan struct{})
	result := make(chan string, 1)
	ex.Execute(RunnableFunc(func() {
		close(started)
		result <- thrown(func() { ThreadSleep(1 << 40) })
	}))
	<-started
	for i := 0; i < 3; i++ {
		ex.Execute(RunnableFunc(func() { t.Error("a queued task ran after shutdownNow") }))
	}
	if q := ex.(ThreadPoolExecutor).Queue(); q.Size() != 3 || q.RemainingCapacity() != 2147483647-3 {
		t.Fatalf("getQueue: size %d", q.Size())
	}
	pending := ex.ShutdownNow()
	if pending.Size() != 3 {
		t.Fatalf("shutdownNow returned %d tasks", pending.Size())
	}
	if s := <-result; s != "java.lang.InterruptedException: sleep interrupted" {
		t.Fatalf("running task saw %q", s)
	}
	if !ex.AwaitTermination(1, TimeUnitDays) {
		t.Fatal("not terminated")
	}
}

func TestUncaughtTaskExceptionReplacesWorker(t *testing.T) {
	reports := make(chan string, 2)
	factory := ThreadFactoryFunc(func(r Runnable) Thread {
		th := NewThread(r)
		th.SetUncaughtExceptionHandler(ThreadUncaughtExceptionHandlerFunc(func(t Thread, e Throwable) {
			reports <- e.String()
		}))
		return th
	})
	ex := ExecutorsNewFixedThreadPool2(1, factory)
	ex.Execute(RunnableFunc(func() { panic(NewRuntimeException2("task failed")) }))
	if s := <-reports; s != "java.lang.RuntimeException: task failed" {
		t.Fatalf("handler got %q", s)
	}
	ran := ExecutorServiceSubmitCallable[bool](ex, CallableFunc[bool](func() bool { return true }))
	if !ran.Get() {
		t.Fatal("pool dead after a failing task")
	}
	ex.Shutdown()
	ex.AwaitTermination(1, TimeUnitDays)
	if c := ex.(ThreadPoolExecutor).CompletedTaskCount(); c != 2 {
		t.Fatalf("completed %d", c)
	}
}

func TestScheduledOneShotAndCallable(t *testing.T) {
	ex := NewScheduledThreadPoolExecutor(2)
	ran := make(chan string, 1)
	f := ex.Schedule(RunnableFunc(func() { ran <- "ran" }), 1, TimeUnitMilliseconds)
	if <-ran != "ran" || f.Get() != nil || !f.IsDone() {
		t.Fatal("one-shot")
	}
	c := ScheduledExecutorServiceScheduleCallable[string](ex, CallableFunc[string](func() string { return "v" }), 1, TimeUnitMilliseconds)
	if c.Get() != "v" {
		t.Fatal("scheduled callable")
	}
	far := ex.Schedule(RunnableFunc(func() { t.Error("cancelled task ran") }), 1, TimeUnitDays)
	if d := far.GetDelay(TimeUnitHours); d < 23 || d > 24 {
		t.Fatalf("delay %d hours", d)
	}
	if far.CompareTo(f) <= 0 || f.CompareTo(far) >= 0 {
		t.Fatal("compareTo by due time")
	}
	if !far.Cancel(false) || !far.IsCancelled() {
		t.Fatal("cancel")
	}
	if s := thrown(func() { far.Get() }); s != "java.util.concurrent.CancellationException" {
		t.Fatalf("get cancelled: %q", s)
	}
	if ex.queue.size() != 1 {
		t.Fatalf("queue %d before purge", ex.queue.size())
	}
	ex.Purge()
	if ex.queue.size() != 0 {
		t.Fatal("purge kept a cancelled task")
	}
	ex.Shutdown()
	if !ex.AwaitTermination(1, TimeUnitDays) {
		t.Fatal("not terminated")
	}
}

func TestScheduledPeriodic(t *testing.T) {
	ex := NewScheduledThreadPoolExecutor(1)
	runs := make(chan int64, 10)
	var n atomic.Int32
	var rate ScheduledFuture[any]
	rate = ex.ScheduleAtFixedRate(RunnableFunc(func() {
		runs <- SystemNanoTime()
		n.Add(1)
	}), 0, 1, TimeUnitMilliseconds)
	for i := 0; i < 5; i++ {
		<-runs
	}
	rate.Cancel(false)
	task := rate.(*scheduledTask[any])
	if task.period != 1_000_000 {
		t.Fatalf("period %d", task.period)
	}
	// A periodic task that throws stops, and its future holds the exception.
	var fails atomic.Int32
	bad := ex.ScheduleWithFixedDelay(RunnableFunc(func() {
		if fails.Add(1) == 3 {
			panic(NewIllegalStateException2("third run"))
		}
	}), 0, 1, TimeUnitMilliseconds)
	if s := thrown(func() { bad.Get() }); s != "java.util.concurrent.ExecutionException: java.lang.IllegalStateException: third run" {
		t.Fatalf("periodic failure: %q", s)
	}
	if fails.Load() != 3 {
		t.Fatalf("ran %d times", fails.Load())
	}
	if s := thrown(func() { ex.ScheduleAtFixedRate(RunnableFunc(func() {}), 0, 0, TimeUnitSeconds) }); s != "java.lang.IllegalArgumentException" {
		t.Fatalf("period 0: %q", s)
	}
	ex.Shutdown()
	ex.AwaitTermination(1, TimeUnitDays)
}

func TestScheduledShutdownPolicies(t *testing.T) {
	ex := NewScheduledThreadPoolExecutor(1)
	ran := make(chan struct{})
	delayed := ex.Schedule(RunnableFunc(func() { close(ran) }), 2, TimeUnitMilliseconds)
	periodic := ex.ScheduleAtFixedRate(RunnableFunc(func() {}), 1, 1, TimeUnitDays)
	ex.Shutdown()
	// Java's defaults: delayed tasks still run after shutdown, periodic ones are cancelled.
	<-ran
	if !periodic.IsCancelled() || delayed.IsCancelled() {
		t.Fatal("shutdown policies")
	}
	if !ex.AwaitTermination(1, TimeUnitDays) {
		t.Fatal("not terminated")
	}
	if s := thrown(func() { ex.Schedule(RunnableFunc(func() {}), 0, TimeUnitSeconds) }); !strings.HasPrefix(s, "java.util.concurrent.RejectedExecutionException: Task java.util.concurrent.ScheduledThreadPoolExecutor$ScheduledFutureTask@") {
		t.Fatalf("schedule after shutdown: %q", s)
	}
}

func TestTimeUnit(t *testing.T) {
	// Java 17: SECONDS.toMillis(3), MILLISECONDS.toSeconds(2999),
	// DAYS.toNanos(Long.MAX_VALUE/1000), NANOSECONDS.convert(-5, DAYS),
	// HOURS.convert(-119, MINUTES), MINUTES -> 3000 2 9223372036854775807 -432000000000000 -1 MINUTES
	got := []int64{TimeUnitSeconds.ToMillis(3), TimeUnitMilliseconds.ToSeconds(2999),
		TimeUnitDays.ToNanos(9223372036854775807 / 1000), TimeUnitNanoseconds.Convert(-5, TimeUnitDays),
		TimeUnitHours.Convert(-119, TimeUnitMinutes)}
	want := []int64{3000, 2, 9223372036854775807, -432000000000000, -1}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("case %d: %d, want %d", i, got[i], want[i])
		}
	}
	if TimeUnitMinutes.String() != "MINUTES" || TimeUnitValueOf("DAYS") != TimeUnitDays || len(TimeUnitValues()) != 7 || TimeUnitHours.Ordinal() != 5 {
		t.Error("enum behaviour")
	}
	if s := thrown(func() { TimeUnitValueOf("WEEKS") }); s != "java.lang.IllegalArgumentException: No enum constant java.util.concurrent.TimeUnit.WEEKS" {
		t.Errorf("valueOf: %q", s)
	}
	TimeUnitMilliseconds.Sleep(1)
	TimeUnitSeconds.Sleep(-1) // no-op, as in Java
}
