package java

import (
	"runtime"
	"sync"
	"testing"
)

// thrown runs f and returns the toString of the Java exception it threw ("" if none).
func thrown(f func()) string {
	if ex := Try(f); ex != nil {
		return ex.String()
	}
	return ""
}

type counterObj struct{ n int }

// A synchronized method calling another synchronized method of the same object.
func (c *counterObj) incTwice() {
	defer Lock(c)()
	c.inc()
	c.inc()
}

func (c *counterObj) inc() {
	defer Lock(c)()
	c.n++
}

func TestMonitorReentrantAndExclusive(t *testing.T) {
	c := &counterObj{}
	var wg sync.WaitGroup
	for i := 0; i < 8; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 500; j++ {
				c.incTwice()
			}
		}()
	}
	wg.Wait()
	if c.n != 8*500*2 {
		t.Fatalf("count = %d, want %d", c.n, 8*500*2)
	}
	if ThreadHoldsLock(c) {
		t.Fatal("monitor still held after all unlocks")
	}
}

func TestMonitorNullAndOwnership(t *testing.T) {
	var nilPtr *counterObj
	cases := []struct {
		name string
		f    func()
		want string
	}{
		{"lock null", func() { Lock(nil) }, "java.lang.NullPointerException"},
		{"lock typed nil", func() { Lock(nilPtr) }, "java.lang.NullPointerException"},
		// Java 17: Object o = new Object(); o.wait(); / o.notify(); outside synchronized.
		{"wait unowned", func() { Wait(&counterObj{}) }, "java.lang.IllegalMonitorStateException: current thread is not owner"},
		{"notify unowned", func() { Notify(&counterObj{}) }, "java.lang.IllegalMonitorStateException: current thread is not owner"},
		{"notifyAll unowned", func() { NotifyAll(&counterObj{}) }, "java.lang.IllegalMonitorStateException: current thread is not owner"},
		{"negative wait", func() {
			o := &counterObj{}
			defer Lock(o)()
			WaitTimeout(o, -1)
		}, "java.lang.IllegalArgumentException: timeout value is negative"},
	}
	for _, c := range cases {
		if got := thrown(c.f); got != c.want {
			t.Errorf("%s: threw %q, want %q", c.name, got, c.want)
		}
	}
}

func TestMonitorOtherGoroutineIsNotOwner(t *testing.T) {
	o := &counterObj{}
	unlock := Lock(o)
	got := make(chan string)
	go func() { got <- thrown(func() { Notify(o) }) }()
	if s := <-got; s != "java.lang.IllegalMonitorStateException: current thread is not owner" {
		t.Fatalf("notify from a non-owner threw %q", s)
	}
	unlock()
}

func TestMonitorWaitNotify(t *testing.T) {
	// A one-slot buffer with the classic while-wait / notifyAll protocol.
	type slot struct {
		full bool
		v    int
	}
	s := &slot{}
	const n = 200
	var got []int
	done := make(chan struct{})
	go func() {
		defer close(done)
		for i := 0; i < n; i++ {
			func() {
				defer Lock(s)()
				for !s.full {
					Wait(s)
				}
				got = append(got, s.v)
				s.full = false
				NotifyAll(s)
			}()
		}
	}()
	for i := 0; i < n; i++ {
		func() {
			defer Lock(s)()
			for s.full {
				Wait(s)
			}
			s.v, s.full = i, true
			NotifyAll(s)
		}()
	}
	<-done
	for i, v := range got {
		if v != i {
			t.Fatalf("item %d = %d", i, v)
		}
	}
}

func TestMonitorWaitKeepsHoldCount(t *testing.T) {
	o := &counterObj{}
	u1 := Lock(o)
	u2 := Lock(o)
	WaitTimeout(o, 1) // nobody notifies: returns after 1 ms, holding the monitor twice again
	if !ThreadHoldsLock(o) {
		t.Fatal("monitor not held after wait")
	}
	u2()
	if !ThreadHoldsLock(o) {
		t.Fatal("monitor released after one of two unlocks")
	}
	u1()
	if ThreadHoldsLock(o) {
		t.Fatal("monitor held after both unlocks")
	}
}

func TestMonitorNotifyWakesOneNotifyAllWakesAll(t *testing.T) {
	o := &counterObj{}
	const waiters = 4
	woke := make(chan int, waiters)
	ready := make(chan struct{}, waiters)
	for i := 0; i < waiters; i++ {
		go func(i int) {
			defer Lock(o)()
			ready <- struct{}{}
			Wait(o)
			woke <- i
		}(i)
	}
	for i := 0; i < waiters; i++ {
		<-ready
	}
	// Every waiter signalled ready while holding the monitor, before Wait released it; taking
	// the monitor here therefore happens after all four are in the wait set.
	waitSetSize := func() int {
		defer Lock(o)()
		return len(monitorOf(o).wait)
	}
	for waitSetSize() < waiters {
		runtime.Gosched()
	}
	func() {
		defer Lock(o)()
		Notify(o)
	}()
	<-woke
	if n := waitSetSize(); n != waiters-1 {
		t.Fatalf("after notify, %d waiting, want %d", n, waiters-1)
	}
	func() {
		defer Lock(o)()
		NotifyAll(o)
	}()
	for i := 0; i < waiters-1; i++ {
		<-woke
	}
}

func TestMonitorInterruptWaitingThread(t *testing.T) {
	o := &counterObj{}
	result := make(chan string, 1)
	waiting := make(chan struct{})
	th := NewThread2(RunnableFunc(func() {
		defer Lock(o)()
		close(waiting)
		result <- thrown(func() { Wait(o) }) + holdState(o)
	}), "waiter")
	th.Start()
	<-waiting
	func() { defer Lock(o)() }() // the waiter has released the monitor: it is in Wait
	th.Interrupt()
	th.Join()
	if got := <-result; got != "java.lang.InterruptedException held" {
		t.Fatalf("interrupted wait: %q", got)
	}
}

func holdState(o any) string {
	if ThreadHoldsLock(o) {
		return " held"
	}
	return " not held"
}

func TestMonitorStringsAndClasses(t *testing.T) {
	a, b := "lock-name", string([]byte("lock-name"))
	if monitorOf(a) != monitorOf(b) {
		t.Error("equal strings should share a monitor, as interned strings do")
	}
	type foo struct{ x int }
	type bar struct{ x int }
	unlock := Lock(ClassOf[*foo]()) // static synchronized code of class foo
	if !ThreadHoldsLock(ClassOf[*foo]()) || ThreadHoldsLock(ClassOf[*bar]()) {
		t.Error("class monitor ownership")
	}
	unlock()
	arr := []int32{1, 2}
	if monitorOf(arr) != monitorOf(arr[:1]) {
		t.Error("an array's monitor follows its storage")
	}
}

func monitorCount() int {
	n := 0
	objectMonitors.Range(func(any, any) bool { n++; return true })
	return n
}

func TestMonitorTableForgetsDeadObjects(t *testing.T) {
	type big struct {
		p *int
		b [64]byte
	}
	before := monitorCount()
	const n = 1000
	for i := 0; i < n; i++ {
		o := &big{}
		Lock(o)()
	}
	if monitorCount() < before+n/2 {
		t.Fatalf("monitors were not created: %d -> %d", before, monitorCount())
	}
	// Cleanups run on their own goroutine after a collection; give them a bounded number of
	// collections to do so.
	for i := 0; i < 50 && monitorCount() > before+n/10; i++ {
		runtime.GC()
		runtime.Gosched()
	}
	if got := monitorCount(); got > before+n/10 {
		t.Fatalf("%d of %d dead objects still have monitors", got-before, n)
	}
}

func BenchmarkMonitorLockUnlock(b *testing.B) {
	o := &counterObj{}
	for i := 0; i < b.N; i++ {
		Lock(o)()
	}
}

func BenchmarkGoroutineID(b *testing.B) {
	b.Run("curG", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			curG()
		}
	})
	b.Run("stack", func(b *testing.B) {
		for i := 0; i < b.N; i++ {
			goidSlow()
		}
	})
}

func TestGoroutineIdentity(t *testing.T) {
	if curG() != curG() || goidSlow() != goidSlow() {
		t.Fatal("identity must be stable within a goroutine")
	}
	other := make(chan [2]int64)
	go func() { other <- [2]int64{int64(curG()), goidSlow()} }()
	o := <-other
	if uintptr(o[0]) == curG() || o[1] == goidSlow() {
		t.Fatal("two live goroutines share an identity")
	}
	if goidSlow() <= 0 {
		t.Fatal("goroutine number not parsed")
	}
}
