package org.slf4j;

// Go: java.Slf4jLogger (java.util.logging.Logger is another type). Each level's overloads
// are one variadic Go method: the pattern, then the arguments; a Throwable last is the
// exception.
@GoType("java.Slf4jLogger")
public interface Logger {
    String getName();
    boolean isTraceEnabled();
    boolean isDebugEnabled();
    boolean isInfoEnabled();
    boolean isWarnEnabled();
    boolean isErrorEnabled();
    void trace(String msg);
    void trace(String format, Object arg);
    void trace(String format, Object arg1, Object arg2);
    void trace(String format, Object... arguments);
    void trace(String msg, Throwable t);
    void debug(String msg);
    void debug(String format, Object arg);
    void debug(String format, Object arg1, Object arg2);
    void debug(String format, Object... arguments);
    void debug(String msg, Throwable t);
    void info(String msg);
    void info(String format, Object arg);
    void info(String format, Object arg1, Object arg2);
    void info(String format, Object... arguments);
    void info(String msg, Throwable t);
    void warn(String msg);
    void warn(String format, Object arg);
    void warn(String format, Object... arguments);
    void warn(String format, Object arg1, Object arg2);
    void warn(String msg, Throwable t);
    void error(String msg);
    void error(String format, Object arg);
    void error(String format, Object arg1, Object arg2);
    void error(String format, Object... arguments);
    void error(String msg, Throwable t);
}
