package java

import "runtime"

// Goroutine identity. Java's monitors, ReentrantLock, Thread.currentThread and ThreadLocal
// all need to know which thread is running; Go has no goroutine id API. On amd64 curG reads
// the runtime's per-goroutine g pointer from thread-local storage in two instructions
// (conc_gid_amd64.s, about 2 ns); elsewhere it parses the header line of runtime.Stack,
// which walks the whole stack (about 2 µs at 10 frames, 17 µs at 50, measured in
// BenchmarkGoroutineID). A g pointer is reused by a later goroutine once its goroutine has
// exited, so it identifies a goroutine only while that goroutine lives: monitors and locks
// (held only by live goroutines) use it directly, and the thread registry
// (conc_thread_registry.go) checks the stable goroutine number before trusting an entry
// for a goroutine it did not start.

// goidSlow returns the goroutine number of the calling goroutine (never reused) from the
// header "goroutine N [" that runtime.Stack writes first.
func goidSlow() int64 {
	var buf [64]byte
	n := runtime.Stack(buf[:], false)
	const prefix = "goroutine "
	var id int64
	for _, c := range buf[len(prefix):n] {
		if c < '0' || c > '9' {
			break
		}
		id = id*10 + int64(c-'0')
	}
	return id
}
