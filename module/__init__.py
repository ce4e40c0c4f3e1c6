"""Go module writer: layout, runtime, type check, stubs, report."""
