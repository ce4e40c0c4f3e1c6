//go:build go1.24

// The monitor table needs weak pointers and cleanups (Go 1.24); the build constraint lets
// this file use them in a module that declares an older Go version.

package java

import (
	"runtime"
	"sync"
	"weak"
)

var objectMonitors sync.Map // weak.Pointer[byte] -> *monitor

// monitorOf returns obj's monitor, creating it on first use; a null obj throws
// NullPointerException as `synchronized (null)` does.
func monitorOf(obj any) *monitor {
	if s, ok := obj.(string); ok {
		if m, ok := stringMonitors.Load(s); ok {
			return m.(*monitor)
		}
		m, _ := stringMonitors.LoadOrStore(s, newMonitor())
		return m.(*monitor)
	}
	p := refPointer(obj)
	if p == nil {
		panic(NewNullPointerException())
	}
	key := weak.Make((*byte)(p))
	if m, ok := objectMonitors.Load(key); ok {
		return m.(*monitor)
	}
	m, loaded := objectMonitors.LoadOrStore(key, newMonitor())
	if !loaded {
		runtime.AddCleanup((*byte)(p), func(k weak.Pointer[byte]) { objectMonitors.Delete(k) }, key)
	}
	return m.(*monitor)
}
