package java.util.logging;

public class LogRecord {
    @Go("java.NewLogRecord({0}, {1})") public LogRecord(Level level, String msg) {}

    public Level getLevel() {}
    public void setLevel(Level level) {}
    public String getMessage() {}
    public void setMessage(String message) {}
    public long getMillis() {}
    public void setMillis(long millis) {}
    public long getSequenceNumber() {}
    public void setSequenceNumber(long seq) {}
    public String getLoggerName() {}
    public void setLoggerName(String name) {}
    public Object[] getParameters() {}
    public void setParameters(Object[] parameters) {}
    public Throwable getThrown() {}
    public void setThrown(Throwable thrown) {}
    public String getSourceClassName() {}
    public void setSourceClassName(String sourceClassName) {}
    public String getSourceMethodName() {}
    public void setSourceMethodName(String sourceMethodName) {}
    public int getThreadID() {}
}
