package java.lang;

import java.io.PrintStream;
import java.io.PrintWriter;

// Go: interface java.Throwable, struct java.ThrowableImpl (port.md's object model).
public class Throwable {
    @Go("java.NewThrowable()") public Throwable() {}
    @Go("java.NewThrowable2({0})") public Throwable(String message) {}
    @Go("java.NewThrowable3({0}, {1})") public Throwable(String message, Throwable cause) {}
    @Go("java.NewThrowable4({0})") public Throwable(Throwable cause) {}
    public String getMessage() {}
    public String getLocalizedMessage() {}
    public synchronized Throwable getCause() {}
    public synchronized Throwable initCause(Throwable cause) {}
    public String toString() {}
    public void printStackTrace() {}
    @Go("{this}.PrintStackTrace2({0})") public void printStackTrace(PrintStream s) {}
    @Go("{this}.PrintStackTrace3({0})") public void printStackTrace(PrintWriter s) {}
    public synchronized Throwable fillInStackTrace() {}
    public StackTraceElement[] getStackTrace() {}
    public void setStackTrace(StackTraceElement[] stackTrace) {}
    public final synchronized void addSuppressed(Throwable exception) {}
    public final synchronized Throwable[] getSuppressed() {}
}
