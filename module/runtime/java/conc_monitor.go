package java

import (
	"reflect"
	"sync"
	"sync/atomic"
	"time"
	"unsafe"
)

// Java monitors: `synchronized`, Object.wait/notify/notifyAll.
//
// Every object may be locked, so monitors live in a side table keyed by the object's
// identity: a weak pointer to the object (two weak pointers are equal exactly when they
// were made from the same object, even after it dies, so a new object at a reused address
// never finds an old monitor). A cleanup attached to the object removes its entry once the
// object is collected, so short-lived objects leave nothing behind (tiny pointer-free
// objects that share an allocation slot with a live one may keep their entry until the
// slot dies, and zero-size objects share one monitor, as they share one address). Strings
// are values in Go: equal strings share a monitor, like interned strings in Java. Static
// synchronized code and `synchronized (Foo.class)` lock the class object, one per Go type:
// `defer java.Lock(java.ClassOf[*Foo]())()`.

// monitor is one object's reentrant lock plus its wait set.
type monitor struct {
	mu     sync.Mutex     // held by the owner
	owner  atomic.Uintptr // curG of the owner, 0 when free
	depth  int32          // hold count; touched only by the owner
	wait   []*monitorWaiter
	unlock func() // m.exit, allocated once so Lock does not allocate
}

// monitorWaiter is one thread in a wait set. state moves once from 0 (waiting) to 1
// (notified) or 2 (timed out or interrupted), so a notification is never spent on a
// waiter that already left.
type monitorWaiter struct {
	ch    chan struct{}
	state atomic.Int32
}

var stringMonitors sync.Map // string -> *monitor

func newMonitor() *monitor {
	m := &monitor{}
	m.unlock = m.exit
	return m
}

// refPointer returns the address that identifies a reference value (nil for null). Java
// objects reach the runtime as pointers, interfaces holding pointers, slices (arrays),
// maps, channels or funcs; any other value is a copy with no identity of its own, which is
// a translation error.
func refPointer(obj any) unsafe.Pointer {
	if obj == nil {
		return nil
	}
	v := reflect.ValueOf(obj)
	switch v.Kind() {
	case reflect.Pointer, reflect.UnsafePointer, reflect.Map, reflect.Chan, reflect.Func, reflect.Slice:
		if v.IsNil() {
			return nil
		}
		return v.UnsafePointer()
	}
	panic(NewIllegalArgumentException2("l2j: monitor on a value without identity: " + v.Type().String()))
}

// Lock is `synchronized (obj)`: it takes obj's reentrant monitor and returns the function
// that releases it, for `defer java.Lock(obj)()`.
func Lock(obj any) func() {
	m := monitorOf(obj)
	g := curG()
	if m.owner.Load() == g {
		m.depth++
		return m.unlock
	}
	m.mu.Lock()
	m.owner.Store(g)
	m.depth = 1
	return m.unlock
}

// exit releases one hold of the monitor; called only by the owner (the deferred function
// of its own Lock).
func (m *monitor) exit() {
	m.depth--
	if m.depth == 0 {
		m.owner.Store(0)
		m.mu.Unlock()
	}
}

// heldMonitor returns obj's monitor when the current goroutine owns it, else throws
// IllegalMonitorStateException as wait/notify on an unowned monitor do.
func heldMonitor(obj any) (*monitor, uintptr) {
	m := monitorOf(obj)
	g := curG()
	if m.owner.Load() != g {
		panic(NewIllegalMonitorStateException2("current thread is not owner"))
	}
	return m, g
}

// Wait is Object.wait(): it releases obj's monitor, waits for a notify or an interrupt,
// and takes the monitor back (InterruptedException when interrupted).
func Wait(obj any) { monitorWait(obj, -1) }

// WaitTimeout is Object.wait(long): like Wait, but returns after ms milliseconds too
// (0 waits without a limit; a negative value throws IllegalArgumentException).
func WaitTimeout(obj any, ms int64) {
	if ms < 0 {
		panic(NewIllegalArgumentException2("timeout value is negative"))
	}
	if ms == 0 {
		monitorWait(obj, -1)
		return
	}
	monitorWait(obj, msDuration(ms))
}

func monitorWait(obj any, d time.Duration) {
	m, g := heldMonitor(obj)
	t := registeredThread(g)
	if t != nil && t.interrupted.CompareAndSwap(true, false) {
		panic(NewInterruptedException())
	}
	w := &monitorWaiter{ch: make(chan struct{}, 1)}
	m.wait = append(m.wait, w)
	depth := m.depth
	m.depth = 0
	m.owner.Store(0)
	m.mu.Unlock()

	r := park(t, w.ch, d)
	interrupted := false
	if r != parkSignalled && !w.state.CompareAndSwap(0, 2) {
		// Notified while leaving: the notification stands, and an interrupt stays pending.
		if r == parkInterrupted {
			t.interrupted.Store(true)
		}
	} else if r == parkInterrupted {
		interrupted = true
	}

	m.mu.Lock()
	m.owner.Store(g)
	m.depth = depth
	if w.state.Load() == 2 {
		m.removeWaiter(w)
	}
	if interrupted {
		panic(NewInterruptedException())
	}
}

func (m *monitor) removeWaiter(w *monitorWaiter) {
	for i, x := range m.wait {
		if x == w {
			m.wait = append(m.wait[:i], m.wait[i+1:]...)
			return
		}
	}
}

// Notify is Object.notify(): it wakes one thread waiting on obj (the longest waiting).
func Notify(obj any) {
	m, _ := heldMonitor(obj)
	for len(m.wait) > 0 {
		w := m.wait[0]
		m.wait = m.wait[1:]
		if w.state.CompareAndSwap(0, 1) {
			w.ch <- struct{}{}
			return
		}
	}
}

// NotifyAll is Object.notifyAll(): it wakes every thread waiting on obj.
func NotifyAll(obj any) {
	m, _ := heldMonitor(obj)
	for _, w := range m.wait {
		if w.state.CompareAndSwap(0, 1) {
			w.ch <- struct{}{}
		}
	}
	m.wait = nil
}

// ThreadHoldsLock is the static Thread.holdsLock(Object): whether the current thread owns
// obj's monitor.
func ThreadHoldsLock(obj any) bool {
	return monitorOf(obj).owner.Load() == curG()
}
