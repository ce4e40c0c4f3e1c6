//go:build !amd64

package java

// curG identifies the calling goroutine by its goroutine number (see conc_gid.go).
func curG() uintptr { return uintptr(goidSlow()) }

// gidReused says whether curG values are reused by later goroutines.
const gidReused = false
