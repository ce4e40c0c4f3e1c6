// Package java is the runtime of a Go module migrated from Java by l2j-lsp: the part of the
// JDK the migrated code uses, with Java's semantics (reference collections with Java's
// equality and iteration order, UTF-16 string indexing, reentrant monitors, exceptions as
// panics carrying a Throwable, lazy class initialisation). It imports only the Go standard
// library and is copied unchanged into every migrated module.
package java
