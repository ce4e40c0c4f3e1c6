package java

import (
	"math"
	"time"
)

// Blocking with Java's interruption. Every blocking operation of the runtime (sleep, wait,
// join, Future.get, latches, locks, queues) parks through park, so Thread.interrupt wakes
// it with InterruptedException wherever it blocks.

type parkResult int

const (
	parkSignalled   parkResult = iota // ch delivered
	parkTimedOut                      // the duration passed
	parkInterrupted                   // t was interrupted (its flag is now clear)
)

// park blocks until ch delivers (a receive or a close), d passes (d < 0: no limit), or the
// thread t is interrupted (t nil: not interruptible). An interrupt pending on entry returns
// at once, as Java's blocking methods check the flag first.
func park(t *ThreadImpl, ch <-chan struct{}, d time.Duration) parkResult {
	var intr chan struct{}
	if t != nil {
		if t.interrupted.CompareAndSwap(true, false) {
			return parkInterrupted
		}
		intr = t.intr
	}
	var timeout <-chan time.Time
	if d >= 0 {
		if d == 0 {
			select {
			case <-ch:
				return parkSignalled
			default:
				return parkTimedOut
			}
		}
		timer := time.NewTimer(d)
		defer timer.Stop()
		timeout = timer.C
	}
	for {
		select {
		case <-ch:
			return parkSignalled
		case <-timeout:
			return parkTimedOut
		case <-intr:
			// A token left by an interrupt that was already cleared (Thread.interrupted) is
			// stale: keep waiting.
			if t.interrupted.CompareAndSwap(true, false) {
				return parkInterrupted
			}
		}
	}
}

// parkCurrent is park for the calling thread.
func parkCurrent(ch <-chan struct{}, d time.Duration) parkResult {
	return park(registeredThread(curG()), ch, d)
}

// msDuration converts Java milliseconds to a Duration, saturating where Duration (292
// years) ends.
func msDuration(ms int64) time.Duration {
	if ms > math.MaxInt64/int64(time.Millisecond) {
		return math.MaxInt64
	}
	return time.Duration(ms) * time.Millisecond
}

// nanosDuration converts Java nanoseconds to a Duration (the same unit).
func nanosDuration(ns int64) time.Duration { return time.Duration(ns) }
