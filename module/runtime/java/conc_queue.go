package java

import (
	"container/heap"
	"math"
	"sync"
	"time"
)

// The executors' work queues. A worker parks on a channel of its own, so an offer wakes
// exactly one idle worker, and an interrupt (shutdown, shutdownNow, cancel(true)) reaches
// it through park like any other blocking call.

// taskQueue is what a pool's workers take tasks from.
type taskQueue interface {
	// offer adds r without blocking; false when the queue is full (or, for a hand-off
	// queue, when no worker is waiting).
	offer(r Runnable) bool
	// poll takes the next task, waiting up to d (d < 0: no limit) as thread t.
	poll(t *ThreadImpl, d time.Duration) (Runnable, parkResult)
	// remove drops r from the queue; false when r was not queued.
	remove(r Runnable) bool
	// removeIf drops the queued tasks keep rejects.
	removeIf(drop func(Runnable) bool)
	// drain empties the queue, returning the tasks in order.
	drain() []Runnable
	// snapshot returns the queued tasks in order.
	snapshot() []Runnable
	size() int
	remainingCapacity() int
}

// waiterList is the set of workers parked in poll, each on its own channel.
type waiterList struct {
	ws []chan struct{}
}

func (l *waiterList) add() chan struct{} {
	w := make(chan struct{}, 1)
	l.ws = append(l.ws, w)
	return w
}

// signalOne wakes the longest-waiting worker.
func (l *waiterList) signalOne() {
	if len(l.ws) > 0 {
		w := l.ws[0]
		l.ws = l.ws[1:]
		w <- struct{}{}
	}
}

// drop removes w; false when a signal already took it off the list.
func (l *waiterList) drop(w chan struct{}) bool {
	for i, x := range l.ws {
		if x == w {
			l.ws = append(l.ws[:i], l.ws[i+1:]...)
			return true
		}
	}
	return false
}

// fifoQueue is a FIFO work queue: unbounded (LinkedBlockingQueue), bounded
// (ArrayBlockingQueue), or a hand-off with no room at all (SynchronousQueue: an offer
// succeeds only when a worker is waiting for it).
type fifoQueue struct {
	mu       sync.Mutex
	items    []Runnable
	capacity int // 0: hand-off
	waiters  waiterList
}

func newFifoQueue(capacity int) *fifoQueue { return &fifoQueue{capacity: capacity} }

func (q *fifoQueue) offer(r Runnable) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.capacity == 0 {
		if len(q.waiters.ws) == 0 {
			return false
		}
	} else if len(q.items) >= q.capacity {
		return false
	}
	q.items = append(q.items, r)
	q.waiters.signalOne()
	return true
}

func (q *fifoQueue) popLocked() (Runnable, bool) {
	if len(q.items) == 0 {
		return nil, false
	}
	r := q.items[0]
	q.items[0] = nil
	q.items = q.items[1:]
	return r, true
}

func (q *fifoQueue) poll(t *ThreadImpl, d time.Duration) (Runnable, parkResult) {
	var deadline time.Time
	if d >= 0 {
		deadline = time.Now().Add(d)
	}
	q.mu.Lock()
	for {
		if r, ok := q.popLocked(); ok {
			q.mu.Unlock()
			return r, parkSignalled
		}
		wait := time.Duration(-1)
		if d >= 0 {
			if wait = time.Until(deadline); wait <= 0 {
				q.mu.Unlock()
				return nil, parkTimedOut
			}
		}
		w := q.waiters.add()
		q.mu.Unlock()
		res := park(t, w, wait)
		q.mu.Lock()
		if res == parkSignalled {
			continue
		}
		signalled := !q.waiters.drop(w)
		if res == parkTimedOut {
			// A task handed to this worker as it timed out is still taken.
			if r, ok := q.popLocked(); ok {
				q.mu.Unlock()
				return r, parkSignalled
			}
		} else if signalled && len(q.items) > 0 {
			q.waiters.signalOne() // pass on the wake-up this interrupted worker received
		}
		q.mu.Unlock()
		return nil, res
	}
}

func (q *fifoQueue) remove(r Runnable) bool {
	q.mu.Lock()
	defer q.mu.Unlock()
	for i, x := range q.items {
		if Same(x, r) {
			q.items = append(q.items[:i], q.items[i+1:]...)
			return true
		}
	}
	return false
}

func (q *fifoQueue) removeIf(drop func(Runnable) bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	kept := q.items[:0]
	for _, x := range q.items {
		if !drop(x) {
			kept = append(kept, x)
		}
	}
	clear(q.items[len(kept):])
	q.items = kept
}

func (q *fifoQueue) drain() []Runnable {
	q.mu.Lock()
	defer q.mu.Unlock()
	out := q.items
	q.items = nil
	return out
}

func (q *fifoQueue) snapshot() []Runnable {
	q.mu.Lock()
	defer q.mu.Unlock()
	return append([]Runnable{}, q.items...)
}

func (q *fifoQueue) size() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.items)
}

func (q *fifoQueue) remainingCapacity() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return q.capacity - len(q.items)
}

// delayQueue is ScheduledThreadPoolExecutor's queue: tasks ordered by the time they are due
// (then by submission), taken only once due.
type delayQueue struct {
	mu      sync.Mutex
	h       delayHeap
	waiters waiterList
}

// delayedTask is a queue entry: when it is due (System.nanoTime), its submission order, and
// its place in the heap.
type delayedTask interface {
	Runnable
	dueAt() int64
	seqNo() int64
	setIndex(i int)
	index() int
}

type delayHeap []delayedTask

func (h delayHeap) Len() int { return len(h) }
func (h delayHeap) Less(i, j int) bool {
	if h[i].dueAt() != h[j].dueAt() {
		return h[i].dueAt() < h[j].dueAt()
	}
	return h[i].seqNo() < h[j].seqNo()
}
func (h delayHeap) Swap(i, j int) {
	h[i], h[j] = h[j], h[i]
	h[i].setIndex(i)
	h[j].setIndex(j)
}
func (h *delayHeap) Push(x any) {
	t := x.(delayedTask)
	t.setIndex(len(*h))
	*h = append(*h, t)
}
func (h *delayHeap) Pop() any {
	old := *h
	t := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	t.setIndex(-1)
	return t
}

func (q *delayQueue) offer(r Runnable) bool {
	t := r.(delayedTask)
	q.mu.Lock()
	defer q.mu.Unlock()
	heap.Push(&q.h, t)
	if q.h[0] == t {
		q.waiters.signalOne() // a new earliest task: a waiter must recompute its wait
	}
	return true
}

func (q *delayQueue) poll(t *ThreadImpl, d time.Duration) (Runnable, parkResult) {
	var deadline time.Time
	if d >= 0 {
		deadline = time.Now().Add(d)
	}
	q.mu.Lock()
	for {
		wait := time.Duration(-1)
		if len(q.h) > 0 {
			delay := time.Duration(q.h[0].dueAt() - SystemNanoTime())
			if delay <= 0 {
				r := heap.Pop(&q.h).(delayedTask)
				if len(q.h) > 0 {
					q.waiters.signalOne() // the next task needs a waiter watching it
				}
				q.mu.Unlock()
				return r, parkSignalled
			}
			wait = delay
		}
		if d >= 0 {
			left := time.Until(deadline)
			if left <= 0 {
				q.mu.Unlock()
				return nil, parkTimedOut
			}
			if wait < 0 || left < wait {
				wait = left
			}
		}
		w := q.waiters.add()
		q.mu.Unlock()
		res := park(t, w, wait)
		q.mu.Lock()
		if res == parkSignalled {
			continue
		}
		signalled := !q.waiters.drop(w)
		if res == parkInterrupted {
			if signalled && len(q.h) > 0 {
				q.waiters.signalOne()
			}
			q.mu.Unlock()
			return nil, res
		}
		// Timed out: either the head is due now, or the caller's own limit passed (the
		// loop tells which).
	}
}

func (q *delayQueue) remove(r Runnable) bool {
	t, ok := r.(delayedTask)
	if !ok {
		return false
	}
	q.mu.Lock()
	defer q.mu.Unlock()
	i := t.index()
	if i < 0 || i >= len(q.h) || q.h[i] != t {
		return false
	}
	heap.Remove(&q.h, i)
	return true
}

func (q *delayQueue) removeIf(drop func(Runnable) bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	kept := q.h[:0]
	for _, t := range q.h {
		if drop(t) {
			t.setIndex(-1)
		} else {
			kept = append(kept, t)
		}
	}
	clear(q.h[len(kept):])
	q.h = kept
	for i, t := range q.h {
		t.setIndex(i)
	}
	heap.Init(&q.h)
}

func (q *delayQueue) drain() []Runnable {
	q.mu.Lock()
	defer q.mu.Unlock()
	var out []Runnable
	for len(q.h) > 0 {
		out = append(out, heap.Pop(&q.h).(delayedTask))
	}
	return out
}

func (q *delayQueue) snapshot() []Runnable {
	q.mu.Lock()
	defer q.mu.Unlock()
	out := make([]Runnable, len(q.h))
	for i, t := range q.h {
		out[i] = t
	}
	return out
}

func (q *delayQueue) size() int {
	q.mu.Lock()
	defer q.mu.Unlock()
	return len(q.h)
}

func (q *delayQueue) remainingCapacity() int { return math.MaxInt32 }

// queueFor gives a pool the queue behaviour of the BlockingQueue its constructor received:
// the pool queues its tasks itself, in a queue with workQueue's capacity (a
// SynchronousQueue has none: it hands off, a LinkedBlockingQueue is unbounded).
func queueFor(workQueue BlockingQueue[Runnable]) taskQueue {
	return newFifoQueue(int(workQueue.RemainingCapacity()) + int(workQueue.Size()))
}

// workQueueView is the BlockingQueue that ThreadPoolExecutor.getQueue returns: the pool's
// own queue seen through Java's interface (size, iteration, removal, and offers that go
// through the pool's queue rules).
type workQueueView struct {
	abstractCollection[Runnable]
	q taskQueue
}

func newWorkQueueView(q taskQueue) *workQueueView {
	v := &workQueueView{q: q}
	v.self = v
	return v
}

// snapshotIterator iterates a copy of the queue; Remove takes the element out of the queue.
type snapshotIterator struct {
	items []Runnable
	i     int
	last  Runnable
	q     taskQueue
}

func (it *snapshotIterator) HasNext() bool { return it.i < len(it.items) }

func (it *snapshotIterator) Next() Runnable {
	if it.i >= len(it.items) {
		panic(NewNoSuchElementException())
	}
	it.last = it.items[it.i]
	it.i++
	return it.last
}

func (it *snapshotIterator) Remove() {
	if it.last == nil {
		panic(NewIllegalStateException())
	}
	it.q.remove(it.last)
	it.last = nil
}

func (it *snapshotIterator) ForEachRemaining(action Consumer[Runnable]) {
	for it.HasNext() {
		action.Accept(it.Next())
	}
}

func (v *workQueueView) Iterator() Iterator[Runnable] {
	return &snapshotIterator{items: v.q.snapshot(), q: v.q}
}
func (v *workQueueView) Size() int32              { return int32(v.q.size()) }
func (v *workQueueView) Remove(o any) bool        { r, ok := o.(Runnable); return ok && v.q.remove(r) }
func (v *workQueueView) Offer(e Runnable) bool    { return v.q.offer(e) }
func (v *workQueueView) Put(e Runnable)           { v.q.offer(e) }
func (v *workQueueView) RemainingCapacity() int32 { return int32(v.q.remainingCapacity()) }

func (v *workQueueView) Add(e Runnable) bool {
	if !v.q.offer(e) {
		panic(NewIllegalStateException2("Queue full"))
	}
	return true
}

func (v *workQueueView) OfferTimeout(e Runnable, timeout int64, unit *TimeUnit) bool {
	return v.q.offer(e)
}

// Poll is poll(): the head if one is ready, else null.
func (v *workQueueView) Poll() Runnable {
	r, _ := v.q.poll(nil, 0)
	return r
}

func (v *workQueueView) Peek() Runnable {
	if s := v.q.snapshot(); len(s) > 0 {
		return s[0]
	}
	return nil
}

func (v *workQueueView) Element() Runnable {
	if r := v.Peek(); r != nil {
		return r
	}
	panic(NewNoSuchElementException())
}

func (v *workQueueView) RemoveHead() Runnable {
	if r := v.Poll(); r != nil {
		return r
	}
	panic(NewNoSuchElementException())
}

func (v *workQueueView) Take() Runnable {
	r, res := v.q.poll(registeredThread(curG()), -1)
	if res == parkInterrupted {
		panic(NewInterruptedException())
	}
	return r
}

func (v *workQueueView) PollTimeout(timeout int64, unit *TimeUnit) Runnable {
	r, res := v.q.poll(registeredThread(curG()), unitDuration(timeout, unit))
	if res == parkInterrupted {
		panic(NewInterruptedException())
	}
	return r
}

func (v *workQueueView) DrainTo(c Collection[Runnable]) int32 { return v.DrainToMax(c, math.MaxInt32) }

func (v *workQueueView) DrainToMax(c Collection[Runnable], maxElements int32) int32 {
	var n int32
	for n < maxElements {
		r := v.Poll()
		if r == nil {
			break
		}
		c.Add(r)
		n++
	}
	return n
}
