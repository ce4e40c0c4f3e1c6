package java

import (
	"os"
	"strings"
	"sync/atomic"
	"testing"
)

// myThread is a Java class extending Thread (port.md's object model).
type myThread struct {
	ThreadImpl
	ran  chan string
	seen Thread
}

func newMyThread(name string) *myThread {
	t := &myThread{ran: make(chan string, 1)}
	t.InitThread3(t, name)
	return t
}

func (t *myThread) Run() {
	t.seen = ThreadCurrentThread()
	t.ran <- t.Name()
}

func TestThreadSubclassRunsOverride(t *testing.T) {
	th := newMyThread("sub")
	th.Start()
	th.Join()
	if got := <-th.ran; got != "sub" {
		t.Fatalf("ran %q", got)
	}
	if th.seen != Thread(th) {
		t.Fatal("currentThread() inside run() is not the thread object")
	}
	if th.IsAlive() {
		t.Fatal("alive after join")
	}
	// Java 17: second start() -> java.lang.IllegalThreadStateException.
	if got := thrown(th.Start); got != "java.lang.IllegalThreadStateException" {
		t.Fatalf("second start threw %q", got)
	}
}

func TestThreadToStringAndDefaults(t *testing.T) {
	release := make(chan struct{})
	th := NewThread2(RunnableFunc(func() { <-release }), "worker-x")
	// Java 17: new Thread(r, "worker-x") -> Thread[worker-x,5,main], after it ends
	// Thread[worker-x,5,].
	if got := th.String(); got != "Thread[worker-x,5,main]" {
		t.Errorf("before start: %q", got)
	}
	if th.IsDaemon() || th.Priority() != ThreadNormPriority || th.IsAlive() {
		t.Error("defaults")
	}
	th.Start()
	if !th.IsAlive() {
		t.Error("not alive after start")
	}
	if got := thrown(func() { th.SetDaemon(true) }); got != "java.lang.IllegalThreadStateException" {
		t.Errorf("setDaemon on a live thread threw %q", got)
	}
	close(release)
	th.Join()
	if got := th.String(); got != "Thread[worker-x,5,]" {
		t.Errorf("after end: %q", got)
	}
	if got := thrown(func() { th.SetPriority(11) }); got != "java.lang.IllegalArgumentException" {
		t.Errorf("setPriority(11) threw %q", got)
	}
	unnamed := NewThread(nil)
	if n := unnamed.Name(); len(n) < len("Thread-0") || n[:7] != "Thread-" {
		t.Errorf("unnamed thread name %q", n)
	}
}

func TestThreadSleepInterrupted(t *testing.T) {
	started := make(chan struct{})
	var got, flagAfter atomic.Value
	th := NewThread(RunnableFunc(func() {
		close(started)
		got.Store(thrown(func() { ThreadSleep(1 << 40) }))
		flagAfter.Store(ThreadCurrentThread().IsInterrupted())
	}))
	th.Start()
	<-started
	th.Interrupt()
	th.Join()
	// Java 17: an interrupted sleep throws "sleep interrupted" and clears the flag.
	if got.Load() != "java.lang.InterruptedException: sleep interrupted" || flagAfter.Load() != false {
		t.Fatalf("got %v, flag after %v", got.Load(), flagAfter.Load())
	}
}

func TestThreadInterruptFlag(t *testing.T) {
	res := make(chan []any, 1)
	th := NewThread(RunnableFunc(func() {
		me := ThreadCurrentThread()
		a := me.IsInterrupted()
		me.Interrupt()
		b := me.IsInterrupted()
		c := ThreadInterrupted()
		d := ThreadInterrupted()
		me.Interrupt()
		// A pending interrupt makes the next sleep throw at once.
		e := thrown(func() { ThreadSleep(1 << 40) })
		f := thrown(func() { ThreadSleep(0) })
		res <- []any{a, b, c, d, e, f}
	}))
	th.Start()
	th.Join()
	want := []any{false, true, true, false, "java.lang.InterruptedException: sleep interrupted", ""}
	got := <-res
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("step %d: got %v, want %v", i, got[i], want[i])
		}
	}
	if s := thrown(func() { ThreadSleep(-1) }); s != "java.lang.IllegalArgumentException: timeout value is negative" {
		t.Fatalf("sleep(-1) threw %q", s)
	}
}

func TestThreadJoinInterruptedAndFinished(t *testing.T) {
	release := make(chan struct{})
	long := NewThread(RunnableFunc(func() { <-release }))
	long.Start()
	res := make(chan string, 2)
	joiner := NewThread(RunnableFunc(func() {
		ThreadCurrentThread().Interrupt()
		res <- thrown(long.Join)
		ended := NewThread(nil)
		ended.Start()
		ended.Join()
		ThreadCurrentThread().Interrupt()
		res <- thrown(ended.Join) // Java: joining a finished thread ignores the interrupt
	}))
	joiner.Start()
	joiner.Join()
	close(release)
	long.Join()
	if a, b := <-res, <-res; a != "java.lang.InterruptedException" || b != "" {
		t.Fatalf("join: %q, %q", a, b)
	}
}

func TestThreadUncaughtHandlers(t *testing.T) {
	got := make(chan string, 2)
	th := NewThread2(RunnableFunc(func() { panic(NewRuntimeException2("uncaught!")) }), "w")
	th.SetUncaughtExceptionHandler(ThreadUncaughtExceptionHandlerFunc(func(t Thread, e Throwable) {
		got <- t.Name() + ": " + e.String()
	}))
	th.Start()
	th.Join()
	if s := <-got; s != "w: java.lang.RuntimeException: uncaught!" {
		t.Fatalf("own handler got %q", s)
	}
	ThreadSetDefaultUncaughtExceptionHandler(ThreadUncaughtExceptionHandlerFunc(func(t Thread, e Throwable) {
		got <- "default " + t.Name() + ": " + e.String()
	}))
	defer ThreadSetDefaultUncaughtExceptionHandler(nil)
	th2 := NewThread2(RunnableFunc(func() { panic(NewIllegalStateException2("x")) }), "w2")
	th2.Start()
	th2.Join()
	if s := <-got; s != "default w2: java.lang.IllegalStateException: x" {
		t.Fatalf("default handler got %q", s)
	}
}

func TestThreadGroups(t *testing.T) {
	g := NewThreadGroup("grp")
	// Java 17: new ThreadGroup("grp").toString().
	if g.String() != "java.lang.ThreadGroup[name=grp,maxpri=10]" || g.Parent() != mainGroup {
		t.Fatalf("group %v parent %v", g, g.Parent())
	}
	release := make(chan struct{})
	var ths []*ThreadImpl
	for i := 0; i < 3; i++ {
		th := NewThread5(g, RunnableFunc(func() { <-release }), "g-"+IntStr(int32(i)))
		th.Start()
		ths = append(ths, th)
	}
	if n := g.ActiveCount(); n != 3 {
		t.Fatalf("activeCount = %d", n)
	}
	list := make([]Thread, 5)
	if n := g.Enumerate(list); n != 3 || list[3] != nil {
		t.Fatalf("enumerate = %d", n)
	}
	close(release)
	for _, th := range ths {
		th.Join()
	}
	if n := g.ActiveCount(); n != 0 {
		t.Fatalf("activeCount after end = %d", n)
	}
}

func TestThreadNonDaemonCount(t *testing.T) {
	count := func() int {
		nonDaemon.mu.Lock()
		defer nonDaemon.mu.Unlock()
		return nonDaemon.n
	}
	base := count()
	release := make(chan struct{})
	user := NewThread(RunnableFunc(func() { <-release }))
	daemon := NewThread(RunnableFunc(func() { <-release }))
	daemon.SetDaemon(true)
	user.Start()
	daemon.Start()
	if count() != base+1 {
		t.Fatalf("non-daemon count %d, want %d", count(), base+1)
	}
	close(release)
	user.Join()
	daemon.Join()
	if count() != base {
		t.Fatalf("non-daemon count after join %d, want %d", count(), base)
	}
	c := newThreadCounter()
	c.add(1)
	waited := make(chan struct{})
	go func() { c.wait(); close(waited) }()
	select {
	case <-waited:
		t.Fatal("wait returned while a thread runs")
	default:
	}
	c.add(-1)
	<-waited
}

type seedLocal struct {
	ThreadLocalImpl[*int]
	next *int
}

func (s *seedLocal) InitialValue() *int {
	*s.next++
	v := *s.next
	return &v
}

func TestThreadLocal(t *testing.T) {
	counter := 0
	tl := &seedLocal{next: &counter}
	tl.InitThreadLocal(tl)
	if v := tl.Get(); *v != 1 || tl.Get() != tl.Get() {
		t.Fatal("initial value per thread")
	}
	other := make(chan int)
	th := NewThread(RunnableFunc(func() { other <- *tl.Get() }))
	th.Start()
	if v := <-other; v != 2 {
		t.Fatalf("other thread's value %d", v)
	}
	th.Join()
	tl.Remove()
	if v := tl.Get(); *v != 3 {
		t.Fatalf("after remove %d", *v)
	}
	w := ThreadLocalWithInitial[string](SupplierFunc[string](func() string { return "init" }))
	w.Set("x")
	if w.Get() != "x" {
		t.Fatal("set/get")
	}
	w.Remove()
	if w.Get() != "init" {
		t.Fatal("withInitial after remove")
	}
	plain := NewThreadLocal[any]()
	if plain.Get() != nil {
		t.Fatal("default initial value is null")
	}
}

func TestThreadDefaultUncaughtOutput(t *testing.T) {
	var buf strings.Builder
	SystemSetErr(newPrintStream(&buf, false))
	defer SystemSetErr(newPrintStream(os.Stderr, false))
	th := NewThread2(RunnableFunc(func() { panic(NewRuntimeException2("uncaught!")) }), "worker-x")
	th.Start()
	th.Join()
	// Java 17 prints the same first line (then its stack frames, which Go does not record).
	if buf.String() != "Exception in thread \"worker-x\" java.lang.RuntimeException: uncaught!\n" {
		t.Fatalf("stderr: %q", buf.String())
	}
}
