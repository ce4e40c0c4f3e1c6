package java

import (
	"sync"
	"sync/atomic"
	"testing"
)

func TestAtomicsMatchJava(t *testing.T) {
	// Java 17 (At.java): AtomicInteger(MAX_VALUE).incrementAndGet(), toString, getAndAdd(5),
	// updateAndGet(x*2), accumulateAndGet(3, max), doubleValue ->
	// -2147483648 -2147483648 -2147483648 10 10 10.0
	i := NewAtomicInteger2(2147483647)
	got := []string{IntStr(i.IncrementAndGet()), i.String(), IntStr(i.GetAndAdd(5)),
		IntStr(i.UpdateAndGet(IntUnaryOperatorFunc(func(x int32) int32 { return x * 2 }))),
		IntStr(i.AccumulateAndGet(3, IntBinaryOperatorFunc(func(a, b int32) int32 { return max(a, b) })))}
	want := []string{"-2147483648", "-2147483648", "-2147483648", "10", "10"}
	for k := range want {
		if got[k] != want[k] {
			t.Errorf("AtomicInteger step %d: %s, want %s", k, got[k], want[k])
		}
	}
	// AtomicLong(): decrementAndGet, toString, compareAndSet(-1,7), compareAndSet(-1,8), get
	// -> -1 -1 true false 7
	l := NewAtomicLong()
	if l.DecrementAndGet() != -1 || l.String() != "-1" || !l.CompareAndSet(-1, 7) || l.CompareAndSet(-1, 8) || l.Get() != 7 {
		t.Error("AtomicLong")
	}
	b := NewAtomicBoolean()
	if b.String() != "false" || b.GetAndSet(true) || b.String() != "true" {
		t.Error("AtomicBoolean")
	}
	// AtomicReference<String>(): toString "null", getAndSet("x") null, toString "x".
	r := NewAtomicReference[*StringBuilderLike]()
	x := &StringBuilderLike{"x"}
	if r.String() != "null" || r.GetAndSet(x) != nil || r.String() != "x" {
		t.Error("AtomicReference")
	}
	other := &StringBuilderLike{"x"} // equal contents, another object: compareAndSet is by identity
	if r.CompareAndSet(other, nil) || !r.CompareAndSet(x, nil) || r.Get() != nil {
		t.Error("AtomicReference.compareAndSet must compare identity")
	}
	s := NewAtomicReference2("a")
	if s.UpdateAndGet(UnaryOperatorFunc[string](func(v string) string { return v + "y" })) != "ay" {
		t.Error("updateAndGet")
	}
	// AtomicIntegerArray({1,2,3}) -> [1, 2, 3]; (0) -> []; addAndGet(1,10) 12; length 3;
	// get(5) -> ArrayIndexOutOfBoundsException: Index 5 out of bounds for length 3
	arr := NewAtomicIntegerArray2([]int32{1, 2, 3})
	if arr.String() != "[1, 2, 3]" || NewAtomicIntegerArray(0).String() != "[]" || arr.AddAndGet(1, 10) != 12 || arr.Length() != 3 {
		t.Error("AtomicIntegerArray")
	}
	for _, idx := range []int32{5, -1} {
		want := "java.lang.ArrayIndexOutOfBoundsException: Index " + IntStr(idx) + " out of bounds for length 3"
		if msg := thrown(func() { arr.Get(idx) }); msg != want {
			t.Errorf("get(%d): %q", idx, msg)
		}
	}
	// LongAdder: add 5, inc, dec, add -10 -> -5 -5 -5 -5 0
	ad := NewLongAdder()
	ad.Add(5)
	ad.Increment()
	ad.Decrement()
	ad.Add(-10)
	if ad.String() != "-5" || ad.Sum() != -5 || ad.IntValue() != -5 || ad.SumThenReset() != -5 || ad.String() != "0" {
		t.Error("LongAdder")
	}
	if la := NewAtomicLongArray(2); la.String() != "[0, 0]" || la.IncrementAndGet(0) != 1 {
		t.Error("AtomicLongArray")
	}
	if ra := NewAtomicReferenceArray[*string](2); ra.String() != "[null, null]" {
		t.Error("AtomicReferenceArray")
	}
}

// StringBuilderLike is an object with a toString.
type StringBuilderLike struct{ s string }

func (b *StringBuilderLike) String() string { return b.s }

func TestAtomicsUnderContention(t *testing.T) {
	i := NewAtomicInteger()
	l := NewAtomicLong()
	r := NewAtomicReference2[int32](0)
	ad := NewLongAdder()
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 1000; k++ {
				i.IncrementAndGet()
				l.AddAndGet(2)
				r.UpdateAndGet(UnaryOperatorFunc[int32](func(v int32) int32 { return v + 1 }))
				ad.Increment()
			}
		}()
	}
	wg.Wait()
	if i.Get() != 8000 || l.Get() != 16000 || r.Get() != 8000 || ad.Sum() != 8000 {
		t.Fatalf("%d %d %d %d", i.Get(), l.Get(), r.Get(), ad.Sum())
	}
}

func TestReentrantLock(t *testing.T) {
	l := NewReentrantLock()
	// Java 17: unlock by a non-owner -> java.lang.IllegalMonitorStateException;
	// toString -> ...ReentrantLock@H[Unlocked] / [Locked by thread main]
	if s := thrown(l.Unlock); s != "java.lang.IllegalMonitorStateException" {
		t.Fatalf("unlock unowned: %q", s)
	}
	if hashes.ReplaceAllString(l.String(), "@H") != "java.util.concurrent.locks.ReentrantLock@H[Unlocked]" {
		t.Fatal(l.String())
	}
	l.Lock()
	l.Lock()
	if l.HoldCount() != 2 || !l.IsHeldByCurrentThread() || !l.IsLocked() {
		t.Fatal("holds")
	}
	other := make(chan bool)
	go func() { other <- l.TryLock() }()
	if <-other {
		t.Fatal("another goroutine took a held lock")
	}
	l.Unlock()
	l.Unlock()
	go func() {
		ok := l.TryLock()
		if ok {
			l.Unlock()
		}
		other <- ok
	}()
	if !<-other {
		t.Fatal("free lock refused")
	}
	// Mutual exclusion.
	n := 0
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := 0; k < 500; k++ {
				l.Lock()
				n++
				l.Unlock()
			}
		}()
	}
	wg.Wait()
	if n != 2000 {
		t.Fatalf("n = %d", n)
	}
	// tryLock with a timeout gives up; lockInterruptibly is interruptible.
	l.Lock()
	res := make(chan string, 2)
	th := NewThread(RunnableFunc(func() {
		res <- BoolStr(l.TryLockTimeout(1, TimeUnitMilliseconds))
		ThreadCurrentThread().Interrupt()
		res <- thrown(l.LockInterruptibly)
	}))
	th.Start()
	th.Join()
	if a, b := <-res, <-res; a != "false" || b != "java.lang.InterruptedException" {
		t.Fatalf("timed/interruptible: %q %q", a, b)
	}
	l.Unlock()
}

func TestConditionAwaitSignal(t *testing.T) {
	l := NewReentrantLock()
	c := l.NewCondition()
	if s := thrown(c.Await); s != "java.lang.IllegalMonitorStateException" {
		t.Fatalf("await unowned: %q", s)
	}
	if s := thrown(c.Signal); s != "java.lang.IllegalMonitorStateException" {
		t.Fatalf("signal unowned: %q", s)
	}
	ready := false
	done := make(chan int32)
	go func() {
		l.Lock()
		l.Lock() // await must release and restore both holds
		for !ready {
			c.Await()
		}
		h := l.HoldCount()
		l.Unlock()
		l.Unlock()
		done <- h
	}()
	l.Lock()
	ready = true
	c.SignalAll()
	l.Unlock()
	if h := <-done; h != 2 {
		t.Fatalf("hold count after await %d", h)
	}
	l.Lock()
	if c.AwaitTimeout(1, TimeUnitMilliseconds) || !l.IsHeldByCurrentThread() {
		t.Fatal("timed await")
	}
	if left := c.AwaitNanos(1000); left > 0 {
		t.Fatalf("awaitNanos left %d", left)
	}
	l.Unlock()
}

func TestReadWriteLock(t *testing.T) {
	rw := NewReentrantReadWriteLock()
	// Java 17 messages for unlocking unheld locks; a read lock has no condition.
	if s := thrown(rw.TypedReadLock().Unlock); s != "java.lang.IllegalMonitorStateException: attempt to unlock read lock, not locked by current thread" {
		t.Fatalf("read unlock: %q", s)
	}
	if s := thrown(rw.TypedWriteLock().Unlock); s != "java.lang.IllegalMonitorStateException" {
		t.Fatalf("write unlock: %q", s)
	}
	if s := thrown(func() { rw.ReadLock().NewCondition() }); s != "java.lang.UnsupportedOperationException" {
		t.Fatalf("read condition: %q", s)
	}
	r, w := rw.ReadLock(), rw.WriteLock()
	r.Lock()
	r.Lock()
	other := make(chan bool)
	go func() {
		ok := r.TryLock()
		if ok {
			r.Unlock()
		}
		other <- ok
	}()
	if !<-other {
		t.Fatal("readers must share")
	}
	go func() { other <- w.TryLock() }()
	if <-other {
		t.Fatal("writer got in with readers")
	}
	r.Unlock()
	r.Unlock()
	w.Lock()
	w.Lock()
	r.Lock() // downgrade: the writer may read
	go func() { other <- r.TryLock() }()
	if <-other {
		t.Fatal("reader got in with a writer")
	}
	if rw.WriteHoldCount() != 2 || rw.ReadHoldCount() != 1 || !rw.IsWriteLockedByCurrentThread() {
		t.Fatal("hold counts")
	}
	r.Unlock()
	w.Unlock()
	w.Unlock()
	// Writers and readers exclude each other under load.
	var inWrite, readersIn atomic.Int32
	var wg sync.WaitGroup
	for g := 0; g < 6; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for k := 0; k < 200; k++ {
				if g%3 == 0 {
					w.Lock()
					if inWrite.Add(1) != 1 || readersIn.Load() != 0 {
						t.Error("writer not alone")
					}
					inWrite.Add(-1)
					w.Unlock()
				} else {
					r.Lock()
					readersIn.Add(1)
					if inWrite.Load() != 0 {
						t.Error("reader beside a writer")
					}
					readersIn.Add(-1)
					r.Unlock()
				}
			}
		}(g)
	}
	wg.Wait()
}

func TestStampedLock(t *testing.T) {
	l := NewStampedLock()
	opt := l.TryOptimisticRead()
	if opt == 0 || !l.Validate(opt) {
		t.Fatal("optimistic read on a free lock")
	}
	ws := l.TryWriteLock()
	if ws == 0 || l.TryWriteLock() != 0 || l.TryReadLock() != 0 || l.TryOptimisticRead() != 0 {
		t.Fatal("write lock must exclude")
	}
	if l.Validate(opt) {
		t.Fatal("a write invalidates earlier optimistic stamps")
	}
	if s := thrown(func() { l.UnlockWrite(ws + 4) }); s != "java.lang.IllegalMonitorStateException" {
		t.Fatalf("wrong stamp: %q", s)
	}
	l.UnlockWrite(ws)
	r1, r2 := l.ReadLock(), l.ReadLock()
	if l.ReadLockCount() != 2 || l.TryWriteLock() != 0 {
		t.Fatal("readers")
	}
	l.UnlockRead(r1)
	l.Unlock(r2)
	if l.IsReadLocked() || l.IsWriteLocked() {
		t.Fatal("released")
	}
}

func TestLatchBarrierSemaphore(t *testing.T) {
	// Java 17: new CountDownLatch(2) after one countDown -> ...CountDownLatch@H[Count = 1];
	// new CountDownLatch(-1) -> IllegalArgumentException: count < 0.
	cd := NewCountDownLatch(2)
	cd.CountDown()
	if hashes.ReplaceAllString(cd.String(), "@H") != "java.util.concurrent.CountDownLatch@H[Count = 1]" {
		t.Fatal(cd.String())
	}
	if s := thrown(func() { NewCountDownLatch(-1) }); s != "java.lang.IllegalArgumentException: count < 0" {
		t.Fatal(s)
	}
	if cd.AwaitTimeout(1, TimeUnitMilliseconds) {
		t.Fatal("latch open early")
	}
	go cd.CountDown()
	cd.Await()
	if cd.Count() != 0 {
		t.Fatal("count")
	}

	const parties = 4
	var actions atomic.Int32
	b := NewCyclicBarrier2(parties, RunnableFunc(func() { actions.Add(1) }))
	indexes := make(chan int32, parties*2)
	for round := 0; round < 2; round++ { // the barrier is reusable
		var wg sync.WaitGroup
		for p := 0; p < parties; p++ {
			wg.Add(1)
			go func() { defer wg.Done(); indexes <- b.Await() }()
		}
		wg.Wait()
	}
	close(indexes)
	seen := map[int32]int{}
	for i := range indexes {
		seen[i]++
	}
	if actions.Load() != 2 || len(seen) != parties || seen[0] != 2 || seen[parties-1] != 2 {
		t.Fatalf("barrier: actions %d indexes %v", actions.Load(), seen)
	}
	// A timeout breaks the barrier for everyone.
	b2 := NewCyclicBarrier(2)
	if s := thrown(func() { b2.AwaitTimeout(1, TimeUnitMilliseconds) }); s != "java.util.concurrent.TimeoutException" || !b2.IsBroken() {
		t.Fatalf("timeout: %q", s)
	}
	if s := thrown(func() { b2.Await() }); s != "java.util.concurrent.BrokenBarrierException" {
		t.Fatalf("broken: %q", s)
	}
	b2.Reset()
	if b2.IsBroken() {
		t.Fatal("reset")
	}

	// Java 17: Semaphore(3).acquire(2) -> [Permits = 1]; tryAcquire(2) false; drainPermits 1.
	s := NewSemaphore(3)
	s.AcquirePermits(2)
	if hashes.ReplaceAllString(s.String(), "@H") != "java.util.concurrent.Semaphore@H[Permits = 1]" || s.TryAcquirePermits(2) || s.DrainPermits() != 1 || s.AvailablePermits() != 0 {
		t.Fatal("semaphore")
	}
	got := make(chan struct{})
	go func() { s.Acquire(); close(got) }()
	s.Release()
	<-got
	if s.TryAcquireTimeout(1, TimeUnitMilliseconds) {
		t.Fatal("no permit left")
	}
}

func TestCompletableFuture(t *testing.T) {
	f := CompletableFutureSupplyAsync[int32](SupplierFunc[int32](func() int32 { return 21 }))
	if v := CompletableFutureThenApply[int32, int32](f, FunctionFunc[int32, int32](func(x int32) int32 { return x * 2 })).Join(); v != 42 {
		t.Fatalf("thenApply %d", v)
	}
	bad := CompletableFutureSupplyAsync[int32](SupplierFunc[int32](func() int32 { panic(NewIllegalStateException2("bad")) }))
	// Java 17 (Sy.java): join -> CompletionException with the cause; get ->
	// ExecutionException; a dependent fails with CompletionException; exceptionally -> -1
	// and toString shows the stored CompletionException.
	if s := thrown(func() { bad.Join() }); s != "java.util.concurrent.CompletionException: java.lang.IllegalStateException: bad" {
		t.Fatalf("join: %q", s)
	}
	if s := thrown(func() { bad.Get() }); s != "java.util.concurrent.ExecutionException: java.lang.IllegalStateException: bad" {
		t.Fatalf("get: %q", s)
	}
	dep := CompletableFutureThenApply[int32, int32](bad, FunctionFunc[int32, int32](func(x int32) int32 { return x + 1 }))
	if s := thrown(func() { dep.Join() }); s != "java.util.concurrent.CompletionException: java.lang.IllegalStateException: bad" {
		t.Fatalf("dependent: %q", s)
	}
	rec := bad.Exceptionally(FunctionFunc[Throwable, int32](func(Throwable) int32 { return -1 }))
	if rec.Join() != -1 || hashes.ReplaceAllString(bad.String(), "@H") != "java.util.concurrent.CompletableFuture@H[Completed exceptionally: java.util.concurrent.CompletionException: java.lang.IllegalStateException: bad]" {
		t.Fatalf("exceptionally: %s", bad)
	}
	m := NewCompletableFuture[string]()
	if hashes.ReplaceAllString(m.String(), "@H") != "java.util.concurrent.CompletableFuture@H[Not completed]" {
		t.Fatal(m.String())
	}
	accepted := make(chan string, 1)
	m.ThenAccept(ConsumerFunc[string](func(s string) { accepted <- s }))
	if hashes.ReplaceAllString(m.String(), "@H") != "java.util.concurrent.CompletableFuture@H[Not completed, 1 dependents]" {
		t.Fatal(m.String())
	}
	if !m.Complete("v") || m.Complete("w") || m.GetNow("z") != "v" || <-accepted != "v" {
		t.Fatal("complete")
	}
	e2 := NewCompletableFuture[string]()
	e2.CompleteExceptionally(NewRuntimeException2("x"))
	if s := thrown(func() { e2.Join() }); s != "java.util.concurrent.CompletionException: java.lang.RuntimeException: x" {
		t.Fatalf("join raw: %q", s)
	}
	cc := NewCompletableFuture[string]()
	cc.Cancel(true)
	if s := thrown(func() { cc.Join() }); s != "java.util.concurrent.CancellationException" || !cc.IsCancelled() || !cc.IsCompletedExceptionally() {
		t.Fatalf("cancel: %q", s)
	}
	h := CompletableFutureHandle[string, string](e2, BiFunctionFunc[string, Throwable, string](func(v string, ex Throwable) string { return "handled " + ex.Message() }))
	if h.Join() != "handled x" {
		t.Fatal("handle")
	}
	all := CompletableFutureAllOf(f, m, CompletableFutureRunAsync(RunnableFunc(func() {})))
	if all.Join() != nil {
		t.Fatal("allOf")
	}
	if s := thrown(func() { CompletableFutureAllOf(f, e2).Join() }); s != "java.util.concurrent.CompletionException: java.lang.RuntimeException: x" {
		t.Fatalf("allOf failure: %q", s)
	}
	comp := CompletableFutureThenCompose[int32, string](f, FunctionFunc[int32, *CompletableFuture[string]](func(x int32) *CompletableFuture[string] {
		return CompletableFutureCompletedFuture("n=" + IntStr(x))
	}))
	if comp.Get() != "n=21" {
		t.Fatal("thenCompose")
	}
	if s := thrown(func() { NewCompletableFuture[int32]().GetTimeout(1, TimeUnitMilliseconds) }); s != "java.util.concurrent.TimeoutException" {
		t.Fatalf("timed get: %q", s)
	}
}

type countTask struct {
	TimerTaskImpl
	runs chan int64
	fail bool
}

func newCountTask(fail bool) *countTask {
	c := &countTask{runs: make(chan int64, 16), fail: fail}
	c.InitTimerTask(c)
	return c
}

func (c *countTask) Run() {
	if c.fail {
		panic(NewRuntimeException2("task failed"))
	}
	select {
	case c.runs <- c.ScheduledExecutionTime():
	default:
	}
}

func TestTimer(t *testing.T) {
	tm := NewTimer2(true)
	once := newCountTask(false)
	tm.Schedule(once, 1)
	<-once.runs
	if s := thrown(func() { tm.Schedule(once, 1) }); s != "java.lang.IllegalStateException: Task already scheduled or cancelled" {
		t.Fatalf("reschedule: %q", s)
	}
	rate := newCountTask(false)
	tm.ScheduleAtFixedRate(rate, 0, 1)
	first := <-rate.runs
	second := <-rate.runs
	if second-first != 1 {
		t.Fatalf("fixed rate times %d then %d", first, second)
	}
	if !rate.Cancel() || rate.Cancel() {
		t.Fatal("cancel")
	}
	if s := thrown(func() { tm.Schedule(newCountTask(false), -1) }); s != "java.lang.IllegalArgumentException: Negative delay." {
		t.Fatalf("negative: %q", s)
	}
	if s := thrown(func() { tm.ScheduleRepeated(newCountTask(false), 0, 0) }); s != "java.lang.IllegalArgumentException: Non-positive period." {
		t.Fatalf("period: %q", s)
	}
	far := newCountTask(false)
	tm.Schedule(far, 1<<40)
	far.Cancel()
	if n := tm.Purge(); n < 1 {
		t.Fatalf("purge %d", n)
	}
	tm.Cancel()
	if s := thrown(func() { tm.Schedule(newCountTask(false), 0) }); s != "java.lang.IllegalStateException: Timer already cancelled." {
		t.Fatalf("after cancel: %q", s)
	}
	// A task that throws kills the timer thread and cancels the timer.
	errs := make(chan string, 1)
	ThreadSetDefaultUncaughtExceptionHandler(ThreadUncaughtExceptionHandlerFunc(func(th Thread, e Throwable) {
		errs <- th.Name() + ": " + e.String()
	}))
	defer ThreadSetDefaultUncaughtExceptionHandler(nil)
	dying := NewTimer3("dying")
	dying.Schedule(newCountTask(true), 0)
	if s := <-errs; s != "dying: java.lang.RuntimeException: task failed" {
		t.Fatalf("uncaught: %q", s)
	}
	dying.thread.Join()
	if s := thrown(func() { dying.Schedule(newCountTask(false), 0) }); s != "java.lang.IllegalStateException: Timer already cancelled." {
		t.Fatalf("dead timer: %q", s)
	}
}

func TestCompletableFutureThenCombine(t *testing.T) {
	a := CompletableFutureSupplyAsync[int32](SupplierFunc[int32](func() int32 { return 6 }))
	b := CompletableFutureCompletedFuture[int32](7)
	mul := BiFunctionFunc[int32, int32, string](func(x, y int32) string { return IntStr(x * y) })
	if v := CompletableFutureThenCombine(a, b, mul).Join(); v != "42" {
		t.Fatalf("thenCombine %q", v)
	}
	bad := NewCompletableFuture[int32]()
	bad.CompleteExceptionally(NewIllegalStateException2("bad"))
	if s := thrown(func() { CompletableFutureThenCombine(a, bad, mul).Join() }); s != "java.util.concurrent.CompletionException: java.lang.IllegalStateException: bad" {
		t.Fatalf("thenCombine failed: %q", s)
	}
}
