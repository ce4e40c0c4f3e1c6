package java

import "unsafe"

// Java's byte[] is []int8; Go's I/O wants []byte. The two have the same layout, so the
// runtime's I/O views one as the other without copying.

// int8sAsBytes views a Java byte array as Go bytes (shared storage).
func int8sAsBytes(s []int8) []byte {
	if len(s) == 0 {
		return nil
	}
	return unsafe.Slice((*byte)(unsafe.Pointer(unsafe.SliceData(s))), len(s))
}

// bytesAsInt8s views Go bytes as a Java byte array (shared storage).
func bytesAsInt8s(b []byte) []int8 {
	if b == nil {
		return nil
	}
	return unsafe.Slice((*int8)(unsafe.Pointer(unsafe.SliceData(b))), len(b))
}
