package java

// getg returns the runtime's g pointer of the calling goroutine (conc_gid_amd64.s).
func getg() uintptr

// curG identifies the calling goroutine while it lives (see conc_gid.go).
func curG() uintptr { return getg() }

// gidReused says whether curG values are reused by later goroutines.
const gidReused = true
