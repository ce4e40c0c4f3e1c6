package java

import (
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
)

// Thread is java.lang.Thread. A Java class extending Thread embeds ThreadImpl, overrides
// Run, and calls an InitThread initialiser from its constructor (port.md's object model);
// Start runs self.Run() on a new goroutine.
type Thread interface {
	Runnable
	// AsThread gives the struct behind the value.
	AsThread() *ThreadImpl
	// Start is start().
	Start()
	// Interrupt is interrupt().
	Interrupt()
	// IsInterrupted is isInterrupted().
	IsInterrupted() bool
	// IsAlive is isAlive().
	IsAlive() bool
	// Join is join().
	Join()
	// JoinMillis is join(long).
	JoinMillis(millis int64)
	// Name is getName().
	Name() string
	// SetName is setName(String).
	SetName(name string)
	// IsDaemon is isDaemon().
	IsDaemon() bool
	// SetDaemon is setDaemon(boolean).
	SetDaemon(on bool)
	// Priority is getPriority().
	Priority() int32
	// SetPriority is setPriority(int).
	SetPriority(newPriority int32)
	// Id is getId().
	Id() int64
	// ThreadGroup is getThreadGroup().
	ThreadGroup() *ThreadGroup
	// UncaughtExceptionHandler is getUncaughtExceptionHandler().
	UncaughtExceptionHandler() ThreadUncaughtExceptionHandler
	// SetUncaughtExceptionHandler is setUncaughtExceptionHandler(UncaughtExceptionHandler).
	SetUncaughtExceptionHandler(h ThreadUncaughtExceptionHandler)
	// StackTrace is getStackTrace(): the runtime records no frames, so it is empty.
	StackTrace() []*StackTraceElement
	// String is toString().
	String() string
}

// ThreadImpl holds a Thread's state and implements its methods.
type ThreadImpl struct {
	self     Thread
	target   Runnable
	id       int64
	mu       sync.Mutex // name, group, handler
	name     string
	group    *ThreadGroup
	handler  ThreadUncaughtExceptionHandler
	priority atomic.Int32
	daemon   atomic.Bool
	started  atomic.Bool
	alive    atomic.Bool
	done     chan struct{} // closed when run() has returned

	interrupted atomic.Bool
	intr        chan struct{} // holds a token after an interrupt, for park

	// locals holds the ThreadLocal values; only the thread's own goroutine touches it.
	locals map[any]any
	// adopted threads were not started by the runtime (the main goroutine, a goroutine
	// that asked for currentThread); goid tells a reused g pointer from the original.
	adopted bool
	goid    int64
}

// Thread priorities (Thread.MIN_PRIORITY, NORM_PRIORITY, MAX_PRIORITY). Priorities are
// recorded, not applied: goroutines have none.
const (
	ThreadMinPriority  int32 = 1
	ThreadNormPriority int32 = 5
	ThreadMaxPriority  int32 = 10
)

var (
	threadIDs     atomic.Int64 // the main thread is 1, as in Java
	threadNumbers atomic.Int32 // "Thread-N" for unnamed threads, from 0
	threadsByG    sync.Map     // curG -> *ThreadImpl of the live threads that ran Java code
	mainG         = curG()     // package initialisation runs on the main goroutine
	mainGroup     = &ThreadGroup{name: "main", maxPriority: ThreadMaxPriority, threads: map[*ThreadImpl]bool{}}
)

// AsThread gives the struct behind the value.
func (t *ThreadImpl) AsThread() *ThreadImpl { return t }

// NewThread is the constructor Thread(Runnable).
func NewThread(target Runnable) *ThreadImpl { t := &ThreadImpl{}; t.InitThread(t, target); return t }

// NewThread2 is the constructor Thread(Runnable, String).
func NewThread2(target Runnable, name string) *ThreadImpl {
	t := &ThreadImpl{}
	t.InitThread2(t, target, name)
	return t
}

// NewThread3 is the constructor Thread(String).
func NewThread3(name string) *ThreadImpl { t := &ThreadImpl{}; t.InitThread3(t, name); return t }

// NewThread4 is the constructor Thread().
func NewThread4() *ThreadImpl { t := &ThreadImpl{}; t.InitThread4(t); return t }

// NewThread5 is the constructor Thread(ThreadGroup, Runnable, String).
func NewThread5(group *ThreadGroup, target Runnable, name string) *ThreadImpl {
	t := &ThreadImpl{}
	t.InitThread5(t, group, target, name)
	return t
}

// InitThread runs Thread(Runnable) on a Thread or the Thread part of a subclass.
func (t *ThreadImpl) InitThread(self Thread, target Runnable) {
	t.init(self, nil, target, "Thread-"+IntStr(threadNumbers.Add(1)-1))
}

// InitThread2 runs Thread(Runnable, String).
func (t *ThreadImpl) InitThread2(self Thread, target Runnable, name string) {
	t.init(self, nil, target, name)
}

// InitThread3 runs Thread(String).
func (t *ThreadImpl) InitThread3(self Thread, name string) { t.init(self, nil, nil, name) }

// InitThread4 runs Thread().
func (t *ThreadImpl) InitThread4(self Thread) { t.InitThread(self, nil) }

// InitThread5 runs Thread(ThreadGroup, Runnable, String).
func (t *ThreadImpl) InitThread5(self Thread, group *ThreadGroup, target Runnable, name string) {
	t.init(self, group, target, name)
}

// init is Thread's constructor: a new thread inherits the group, priority and daemon
// status of the thread creating it.
func (t *ThreadImpl) init(self Thread, group *ThreadGroup, target Runnable, name string) {
	parent := currentThreadImpl()
	if group == nil {
		group = parent.ThreadGroup()
		if group == nil {
			group = mainGroup
		}
	}
	t.self, t.target, t.name, t.group = self, nullRunnable(target), name, group
	t.id = threadIDs.Add(1)
	p := parent.priority.Load()
	if p > group.maxPriority {
		p = group.maxPriority
	}
	t.priority.Store(p)
	t.daemon.Store(parent.daemon.Load())
	t.done = make(chan struct{})
	t.intr = make(chan struct{}, 1)
}

func nullRunnable(r Runnable) Runnable {
	if isNull(r) {
		return nil
	}
	return r
}

// Run is run(): the target's run, when the thread was given one.
func (t *ThreadImpl) Run() {
	if t.target != nil {
		t.target.Run()
	}
}

// Start is start(): self.Run() on a new goroutine; a second start throws
// IllegalThreadStateException.
func (t *ThreadImpl) Start() {
	if !t.started.CompareAndSwap(false, true) {
		panic(NewIllegalThreadStateException())
	}
	t.alive.Store(true)
	t.ThreadGroup().add(t)
	if !t.daemon.Load() {
		nonDaemon.add(1)
	}
	go t.run0()
}

func (t *ThreadImpl) run0() {
	g := curG()
	threadsByG.Store(g, t)
	defer t.exit(g)
	if ex := Try(t.self.Run); ex != nil {
		t.uncaught(ex)
	}
}

// exit is the thread's end: it leaves the registry and its group, drops its locals, and
// releases joiners.
func (t *ThreadImpl) exit(g uintptr) {
	threadsByG.CompareAndDelete(g, t)
	t.locals = nil
	t.ThreadGroup().remove(t)
	t.mu.Lock()
	t.group = nil // a terminated thread has no group, as in Java
	t.mu.Unlock()
	t.alive.Store(false)
	close(t.done)
	if !t.daemon.Load() {
		nonDaemon.add(-1)
	}
}

// uncaught hands an exception that ended run() to the thread's handler (its group's by
// default, which prints it as Java does); an exception thrown by the handler is ignored, as
// Java ignores it.
func (t *ThreadImpl) uncaught(ex Throwable) {
	h := t.UncaughtExceptionHandler()
	if h == nil {
		h = mainGroup
	}
	Try(func() { h.UncaughtException(t.self, ex) })
}

// Interrupt is interrupt(): it sets the interrupt flag and wakes the thread if it is
// blocked in sleep, wait, join or a java.util.concurrent wait.
func (t *ThreadImpl) Interrupt() {
	t.interrupted.Store(true)
	select {
	case t.intr <- struct{}{}:
	default:
	}
}

// IsInterrupted is isInterrupted().
func (t *ThreadImpl) IsInterrupted() bool { return t.interrupted.Load() }

// IsAlive is isAlive(): started and not yet finished.
func (t *ThreadImpl) IsAlive() bool { return t.alive.Load() }

// Join is join(): it waits for the thread to finish (InterruptedException if the waiting
// thread is interrupted).
func (t *ThreadImpl) Join() {
	if t.finished() {
		return
	}
	if parkCurrent(t.done, -1) == parkInterrupted {
		panic(NewInterruptedException())
	}
}

// JoinMillis is join(long): Join for at most millis milliseconds (0: no limit).
func (t *ThreadImpl) JoinMillis(millis int64) {
	if millis < 0 {
		panic(NewIllegalArgumentException2("timeout value is negative"))
	}
	if millis == 0 {
		t.Join()
		return
	}
	if t.finished() {
		return
	}
	if parkCurrent(t.done, msDuration(millis)) == parkInterrupted {
		panic(NewInterruptedException())
	}
}

// finished reports whether join has nothing to wait for (never started, or ended): Java's
// join returns then without looking at the interrupt flag.
func (t *ThreadImpl) finished() bool {
	if !t.started.Load() {
		return true
	}
	select {
	case <-t.done:
		return true
	default:
		return false
	}
}

// Name is getName().
func (t *ThreadImpl) Name() string {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.name
}

// SetName is setName(String).
func (t *ThreadImpl) SetName(name string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	t.name = name
}

// IsDaemon is isDaemon().
func (t *ThreadImpl) IsDaemon() bool { return t.daemon.Load() }

// SetDaemon is setDaemon(boolean): only before start (IllegalThreadStateException after).
func (t *ThreadImpl) SetDaemon(on bool) {
	if t.alive.Load() {
		panic(NewIllegalThreadStateException())
	}
	t.daemon.Store(on)
}

// Priority is getPriority().
func (t *ThreadImpl) Priority() int32 { return t.priority.Load() }

// SetPriority is setPriority(int): recorded, capped by the group's maximum; outside 1..10
// throws IllegalArgumentException.
func (t *ThreadImpl) SetPriority(newPriority int32) {
	if newPriority < ThreadMinPriority || newPriority > ThreadMaxPriority {
		panic(NewIllegalArgumentException())
	}
	if g := t.ThreadGroup(); g != nil && newPriority > g.maxPriority {
		newPriority = g.maxPriority
	}
	t.priority.Store(newPriority)
}

// Id is getId().
func (t *ThreadImpl) Id() int64 { return t.id }

// ThreadGroup is getThreadGroup(): nil once the thread has terminated.
func (t *ThreadImpl) ThreadGroup() *ThreadGroup {
	t.mu.Lock()
	defer t.mu.Unlock()
	return t.group
}

// UncaughtExceptionHandler is getUncaughtExceptionHandler(): the thread's own handler, else
// its group (which hands over to the default handler), nil once terminated.
func (t *ThreadImpl) UncaughtExceptionHandler() ThreadUncaughtExceptionHandler {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.handler != nil {
		return t.handler
	}
	if t.group == nil {
		return nil
	}
	return t.group
}

// SetUncaughtExceptionHandler is setUncaughtExceptionHandler(UncaughtExceptionHandler).
func (t *ThreadImpl) SetUncaughtExceptionHandler(h ThreadUncaughtExceptionHandler) {
	if isNull(h) {
		h = nil
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	t.handler = h
}

// StackTrace is getStackTrace(): empty, as no frames are recorded.
func (t *ThreadImpl) StackTrace() []*StackTraceElement { return []*StackTraceElement{} }

// String is toString(): `Thread[name,priority,group]`.
func (t *ThreadImpl) String() string {
	group := ""
	if g := t.ThreadGroup(); g != nil {
		group = g.name
	}
	return "Thread[" + t.Name() + "," + IntStr(t.Priority()) + "," + group + "]"
}

// registeredThread returns the Thread running on goroutine g, nil when none is known
// (a goroutine the runtime neither started nor adopted).
func registeredThread(g uintptr) *ThreadImpl {
	v, ok := threadsByG.Load(g)
	if !ok {
		return nil
	}
	t := v.(*ThreadImpl)
	if gidReused && t.adopted && g != mainG && t.goid != goidSlow() {
		return nil // a reused g: the adopted goroutine has exited
	}
	return t
}

// currentThreadImpl returns the running Thread, adopting the goroutine (giving it a Thread
// of its own) when the runtime did not start it.
func currentThreadImpl() *ThreadImpl {
	g := curG()
	if t := registeredThread(g); t != nil {
		return t
	}
	t := &ThreadImpl{adopted: true, goid: goidSlow(), done: make(chan struct{}), intr: make(chan struct{}, 1)}
	t.self = t
	t.priority.Store(ThreadNormPriority)
	if g == mainG {
		t.id, t.name = 1, "main"
	} else {
		t.id, t.name = threadIDs.Add(1), "Thread-"+IntStr(threadNumbers.Add(1)-1)
	}
	t.group = mainGroup
	t.started.Store(true)
	t.alive.Store(true)
	threadsByG.Store(g, t)
	return t
}

func init() { threadIDs.Store(1) }

// ThreadCurrentThread is the static Thread.currentThread().
func ThreadCurrentThread() Thread { return currentThreadImpl().self }

// ThreadInterrupted is the static Thread.interrupted(): whether the current thread was
// interrupted; it clears the flag.
func ThreadInterrupted() bool {
	t := registeredThread(curG())
	return t != nil && t.interrupted.Swap(false)
}

// ThreadSleep is the static Thread.sleep(long): InterruptedException("sleep interrupted")
// when interrupted; a negative time throws IllegalArgumentException.
func ThreadSleep(millis int64) {
	if millis < 0 {
		panic(NewIllegalArgumentException2("timeout value is negative"))
	}
	if parkCurrent(nil, msDuration(millis)) == parkInterrupted {
		panic(NewInterruptedException2("sleep interrupted"))
	}
}

// ThreadYield is the static Thread.yield().
func ThreadYield() { runtime.Gosched() }

// ThreadOnSpinWait is the static Thread.onSpinWait().
func ThreadOnSpinWait() { runtime.Gosched() }

// ThreadActiveCount is the static Thread.activeCount(): live threads in the current
// thread's group and its subgroups.
func ThreadActiveCount() int32 {
	if g := currentThreadImpl().ThreadGroup(); g != nil {
		return g.ActiveCount()
	}
	return 0
}

// ThreadUncaughtExceptionHandler is Thread.UncaughtExceptionHandler.
type ThreadUncaughtExceptionHandler interface {
	// UncaughtException is uncaughtException(Thread, Throwable).
	UncaughtException(t Thread, e Throwable)
}

// ThreadUncaughtExceptionHandlerFunc adapts a func to ThreadUncaughtExceptionHandler.
type ThreadUncaughtExceptionHandlerFunc func(t Thread, e Throwable)

// UncaughtException is uncaughtException(Thread, Throwable).
func (f ThreadUncaughtExceptionHandlerFunc) UncaughtException(t Thread, e Throwable) { f(t, e) }

var defaultHandler atomic.Pointer[ThreadUncaughtExceptionHandler]

// ThreadSetDefaultUncaughtExceptionHandler is the static
// Thread.setDefaultUncaughtExceptionHandler(UncaughtExceptionHandler).
func ThreadSetDefaultUncaughtExceptionHandler(h ThreadUncaughtExceptionHandler) {
	if isNull(h) {
		defaultHandler.Store(nil)
		return
	}
	defaultHandler.Store(&h)
}

// ThreadDefaultUncaughtExceptionHandler is the static
// Thread.getDefaultUncaughtExceptionHandler().
func ThreadDefaultUncaughtExceptionHandler() ThreadUncaughtExceptionHandler {
	if p := defaultHandler.Load(); p != nil {
		return *p
	}
	return nil
}

// ThreadGroup is java.lang.ThreadGroup: a named set of threads (for activeCount and
// enumerate; there is no group-wide interrupt or priority control beyond the maximum).
type ThreadGroup struct {
	name        string
	parent      *ThreadGroup
	maxPriority int32
	mu          sync.Mutex
	threads     map[*ThreadImpl]bool
	groups      []*ThreadGroup
}

// NewThreadGroup is the constructor ThreadGroup(String): a subgroup of the current thread's
// group.
func NewThreadGroup(name string) *ThreadGroup {
	parent := currentThreadImpl().ThreadGroup()
	if parent == nil {
		parent = mainGroup
	}
	return NewThreadGroup2(parent, name)
}

// NewThreadGroup2 is the constructor ThreadGroup(ThreadGroup, String).
func NewThreadGroup2(parent *ThreadGroup, name string) *ThreadGroup {
	if parent == nil {
		panic(NewNullPointerException())
	}
	g := &ThreadGroup{name: name, parent: parent, maxPriority: parent.maxPriority, threads: map[*ThreadImpl]bool{}}
	parent.mu.Lock()
	parent.groups = append(parent.groups, g)
	parent.mu.Unlock()
	return g
}

func (g *ThreadGroup) add(t *ThreadImpl) {
	if g == nil {
		return
	}
	g.mu.Lock()
	g.threads[t] = true
	g.mu.Unlock()
}

func (g *ThreadGroup) remove(t *ThreadImpl) {
	if g == nil {
		return
	}
	g.mu.Lock()
	delete(g.threads, t)
	g.mu.Unlock()
}

// Name is getName().
func (g *ThreadGroup) Name() string { return g.name }

// Parent is getParent().
func (g *ThreadGroup) Parent() *ThreadGroup { return g.parent }

// MaxPriority is getMaxPriority().
func (g *ThreadGroup) MaxPriority() int32 { return g.maxPriority }

// all returns the live started threads of g and its subgroups.
func (g *ThreadGroup) all() []Thread {
	g.mu.Lock()
	var out []Thread
	for t := range g.threads {
		out = append(out, t.self)
	}
	groups := append([]*ThreadGroup{}, g.groups...)
	g.mu.Unlock()
	for _, sub := range groups {
		out = append(out, sub.all()...)
	}
	return out
}

// ActiveCount is activeCount(): an estimate of the live threads in the group and its
// subgroups.
func (g *ThreadGroup) ActiveCount() int32 { return int32(len(g.all())) }

// Enumerate is enumerate(Thread[]): it copies the live threads into list (as many as fit)
// and returns how many it copied.
func (g *ThreadGroup) Enumerate(list []Thread) int32 {
	return int32(copy(list, g.all()))
}

// UncaughtException is uncaughtException(Thread, Throwable): the parent group's, else the
// default handler, else Java's `Exception in thread "name"` and the stack trace on
// System.err.
func (g *ThreadGroup) UncaughtException(t Thread, e Throwable) {
	if g.parent != nil {
		g.parent.UncaughtException(t, e)
		return
	}
	if h := ThreadDefaultUncaughtExceptionHandler(); h != nil {
		h.UncaughtException(t, e)
		return
	}
	PrintUncaught(t.Name(), e)
}

// String is toString(): `java.lang.ThreadGroup[name=main,maxpri=10]`.
func (g *ThreadGroup) String() string {
	var b strings.Builder
	b.WriteString("java.lang.ThreadGroup[name=")
	b.WriteString(g.name)
	b.WriteString(",maxpri=")
	b.WriteString(IntStr(g.maxPriority))
	b.WriteString("]")
	return b.String()
}

// nonDaemon counts the started non-daemon threads that have not finished, for
// WaitForNonDaemonThreads.
var nonDaemon = newThreadCounter()

type threadCounter struct {
	mu   sync.Mutex
	n    int
	zero chan struct{} // closed while n == 0
}

func newThreadCounter() *threadCounter {
	c := &threadCounter{zero: make(chan struct{})}
	close(c.zero)
	return c
}

func (c *threadCounter) add(d int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n == 0 && d > 0 {
		c.zero = make(chan struct{})
	}
	c.n += d
	if c.n == 0 {
		close(c.zero)
	}
}

func (c *threadCounter) wait() {
	for {
		c.mu.Lock()
		n, z := c.n, c.zero
		c.mu.Unlock()
		if n == 0 {
			return
		}
		<-z
	}
}

// WaitForNonDaemonThreads blocks until every started non-daemon thread has finished: what
// the JVM does when main returns. A migrated main calls it after the Java main method, so
// a server whose main only starts threads keeps running.
func WaitForNonDaemonThreads() { nonDaemon.wait() }
