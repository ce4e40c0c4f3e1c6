package org.xml.sax;

// Go: any (the handler is recorded; parse errors are thrown).
@GoType("any")
public interface ErrorHandler {
}
