package java

import (
	"container/heap"
	"math"
	"sync"
	"sync/atomic"
)

// TimerTask is java.util.TimerTask: a Java class extending it embeds TimerTaskImpl,
// implements Run and calls InitTimerTask (port.md's object model).
type TimerTask interface {
	Runnable
	// AsTimerTask gives the struct behind the value.
	AsTimerTask() *TimerTaskImpl
	// Cancel is cancel().
	Cancel() bool
	// ScheduledExecutionTime is scheduledExecutionTime().
	ScheduledExecutionTime() int64
}

// TimerTask states, as in Java.
const (
	ttVirgin int32 = iota
	ttScheduled
	ttExecuted
	ttCancelled
)

// TimerTaskImpl holds a TimerTask's scheduling state; run() is abstract, so only a
// subclass with a Run method is a TimerTask.
type TimerTaskImpl struct {
	self   TimerTask
	mu     sync.Mutex
	state  int32
	next   int64 // System.currentTimeMillis of the next run
	period int64 // ms: > 0 fixed rate, < 0 fixed delay, 0 once
	seq    int64
	index  int // in the timer's heap, -1 when not queued
}

// AsTimerTask gives the struct behind the value.
func (t *TimerTaskImpl) AsTimerTask() *TimerTaskImpl { return t }

// InitTimerTask runs the constructor TimerTask() on the TimerTask part of a subclass.
func (t *TimerTaskImpl) InitTimerTask(self TimerTask) {
	t.self = self
	t.index = -1
}

// Cancel is cancel(): true when it stopped a scheduled execution.
func (t *TimerTaskImpl) Cancel() bool {
	t.mu.Lock()
	defer t.mu.Unlock()
	was := t.state == ttScheduled
	t.state = ttCancelled
	return was
}

// ScheduledExecutionTime is scheduledExecutionTime(): the time of the latest (or current)
// execution.
func (t *TimerTaskImpl) ScheduledExecutionTime() int64 {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.period < 0 {
		return t.next + t.period
	}
	return t.next - t.period
}

// Timer is java.util.Timer: one background thread running its tasks one after another. A
// task that throws kills the thread and cancels the timer, as in Java.
type Timer struct {
	mu        sync.Mutex
	tasks     timerHeap
	cancelled bool
	wake      chan struct{} // holds a token when the queue changed
	thread    *ThreadImpl
}

var timerNumbers atomic.Int32
var timerSeq atomic.Int64

// NewTimer is the constructor Timer().
func NewTimer() *Timer { return NewTimer4("Timer-"+IntStr(timerNumbers.Add(1)-1), false) }

// NewTimer2 is the constructor Timer(boolean).
func NewTimer2(isDaemon bool) *Timer {
	return NewTimer4("Timer-"+IntStr(timerNumbers.Add(1)-1), isDaemon)
}

// NewTimer3 is the constructor Timer(String).
func NewTimer3(name string) *Timer { return NewTimer4(name, false) }

// NewTimer4 is the constructor Timer(String, boolean).
func NewTimer4(name string, isDaemon bool) *Timer {
	tm := &Timer{wake: make(chan struct{}, 1)}
	tm.thread = NewThread2(RunnableFunc(tm.loop), name)
	tm.thread.SetDaemon(isDaemon)
	tm.thread.Start()
	return tm
}

type timerHeap []*TimerTaskImpl

func (h timerHeap) Len() int { return len(h) }
func (h timerHeap) Less(i, j int) bool {
	if h[i].next != h[j].next {
		return h[i].next < h[j].next
	}
	return h[i].seq < h[j].seq
}
func (h timerHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].index, h[j].index = i, j
}
func (h *timerHeap) Push(x any) {
	t := x.(*TimerTaskImpl)
	t.index = len(*h)
	*h = append(*h, t)
}
func (h *timerHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	t.index = -1
	return t
}

func (tm *Timer) signal() {
	select {
	case tm.wake <- struct{}{}:
	default:
	}
}

// loop is the timer thread: it runs each task when due.
func (tm *Timer) loop() {
	defer func() {
		tm.mu.Lock()
		tm.cancelled = true
		tm.tasks = nil
		tm.mu.Unlock()
	}()
	for {
		tm.mu.Lock()
		if tm.cancelled {
			tm.mu.Unlock()
			return
		}
		if len(tm.tasks) == 0 {
			tm.mu.Unlock()
			if parkCurrent(tm.wake, -1) == parkInterrupted {
				return
			}
			continue
		}
		t := tm.tasks[0]
		t.mu.Lock()
		if t.state == ttCancelled {
			t.mu.Unlock()
			heap.Pop(&tm.tasks)
			tm.mu.Unlock()
			continue
		}
		now := SystemCurrentTimeMillis()
		due := t.next
		if due > now {
			t.mu.Unlock()
			tm.mu.Unlock()
			parkCurrent(tm.wake, msDuration(due-now))
			continue
		}
		if t.period == 0 {
			heap.Pop(&tm.tasks)
			t.state = ttExecuted
		} else {
			if t.period < 0 {
				t.next = now - t.period
			} else {
				t.next = due + t.period
			}
			heap.Fix(&tm.tasks, 0)
		}
		t.mu.Unlock()
		tm.mu.Unlock()
		t.self.Run() // an exception ends the thread (deferred cancel above), as in Java
	}
}

// sched queues task for time (ms), repeating per period (see TimerTaskImpl.period).
func (tm *Timer) sched(task TimerTask, time, period int64) {
	if time < 0 {
		panic(NewIllegalArgumentException2("Illegal execution time."))
	}
	if period > math.MaxInt64/2 || period < -math.MaxInt64/2 {
		period >>= 1
	}
	t := task.AsTimerTask()
	tm.mu.Lock()
	defer tm.mu.Unlock()
	if tm.cancelled {
		panic(NewIllegalStateException2("Timer already cancelled."))
	}
	t.mu.Lock()
	if t.state != ttVirgin {
		t.mu.Unlock()
		panic(NewIllegalStateException2("Task already scheduled or cancelled"))
	}
	t.next, t.period, t.state, t.seq = time, period, ttScheduled, timerSeq.Add(1)
	t.mu.Unlock()
	heap.Push(&tm.tasks, t)
	if tm.tasks[0] == t {
		tm.signal()
	}
}

func checkTimerDelay(delay int64) {
	if delay < 0 {
		panic(NewIllegalArgumentException2("Negative delay."))
	}
}

func checkTimerPeriod(period int64) {
	if period <= 0 {
		panic(NewIllegalArgumentException2("Non-positive period."))
	}
}

// Schedule is schedule(TimerTask, long): run once after delay ms.
func (tm *Timer) Schedule(task TimerTask, delay int64) {
	checkTimerDelay(delay)
	tm.sched(task, SystemCurrentTimeMillis()+delay, 0)
}

// ScheduleRepeated is schedule(TimerTask, long, long): fixed-delay repetition.
func (tm *Timer) ScheduleRepeated(task TimerTask, delay, period int64) {
	checkTimerDelay(delay)
	checkTimerPeriod(period)
	tm.sched(task, SystemCurrentTimeMillis()+delay, -period)
}

// ScheduleAtFixedRate is scheduleAtFixedRate(TimerTask, long, long).
func (tm *Timer) ScheduleAtFixedRate(task TimerTask, delay, period int64) {
	checkTimerDelay(delay)
	checkTimerPeriod(period)
	tm.sched(task, SystemCurrentTimeMillis()+delay, period)
}

// ScheduleDate is schedule(TimerTask, Date): run once at time.
func (tm *Timer) ScheduleDate(task TimerTask, time *Date) {
	tm.sched(task, time.Time(), 0)
}

// ScheduleDateRepeated is schedule(TimerTask, Date, long).
func (tm *Timer) ScheduleDateRepeated(task TimerTask, firstTime *Date, period int64) {
	checkTimerPeriod(period)
	tm.sched(task, firstTime.Time(), -period)
}

// ScheduleAtFixedRateDate is scheduleAtFixedRate(TimerTask, Date, long).
func (tm *Timer) ScheduleAtFixedRateDate(task TimerTask, firstTime *Date, period int64) {
	checkTimerPeriod(period)
	tm.sched(task, firstTime.Time(), period)
}

// Cancel is cancel(): no more executions; a running task finishes.
func (tm *Timer) Cancel() {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	tm.cancelled = true
	tm.tasks = nil
	tm.signal()
}

// Purge is purge(): drops cancelled tasks from the queue and returns how many.
func (tm *Timer) Purge() int32 {
	tm.mu.Lock()
	defer tm.mu.Unlock()
	kept := tm.tasks[:0]
	var n int32
	for _, t := range tm.tasks {
		t.mu.Lock()
		cancelled := t.state == ttCancelled
		t.mu.Unlock()
		if cancelled {
			n++
			t.index = -1
		} else {
			kept = append(kept, t)
		}
	}
	clear(tm.tasks[len(kept):])
	tm.tasks = kept
	for i, t := range tm.tasks {
		t.index = i
	}
	heap.Init(&tm.tasks)
	return n
}
