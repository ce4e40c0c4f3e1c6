package java

import (
	"sync"
	"sync/atomic"
)

// Once runs a class's static initialisation once, lazily, as the JVM does: the first
// goroutine to reach the class runs it while others wait; a call from inside the
// initialisation on the same goroutine returns at once (Java's recursive class
// initialisation sees the class half-initialised). An exception from the initialiser is
// rethrown wrapped in ExceptionInInitializerError (an Error as is), and every later use
// of the class throws NoClassDefFoundError, as Java does.
type Once struct {
	state atomic.Uint32  // onceNew, onceDone, onceFailed
	owner atomic.Uintptr // the goroutine running the initialiser (curG), 0 when none
	mu    sync.Mutex
}

const (
	onceNew uint32 = iota
	onceDone
	onceFailed
)

// Do runs f unless it has run or is running on this goroutine.
func (o *Once) Do(f func()) {
	if o.state.Load() == onceDone {
		return
	}
	o.doSlow(f)
}

func (o *Once) doSlow(f func()) {
	g := curG()
	if o.owner.Load() == g {
		return
	}
	o.mu.Lock()
	defer o.mu.Unlock()
	switch o.state.Load() {
	case onceDone:
		return
	case onceFailed:
		panic(NewNoClassDefFoundError2("Could not initialize class"))
	}
	o.owner.Store(g)
	defer o.owner.Store(0)
	if t := Try(f); t != nil {
		o.state.Store(onceFailed)
		if _, isErr := t.(Error); isErr {
			panic(t)
		}
		panic(NewExceptionInInitializerError4(t))
	}
	o.state.Store(onceDone)
}
