package java.util.logging;

// Go: interface java.Handler, struct java.HandlerImpl (embed it; initialiser InitHandler).
@GoType("java.Handler")
public abstract class Handler {
    protected Handler() {}

    public abstract void publish(LogRecord record);
    public abstract void flush();
    public abstract void close() throws SecurityException;
    public Level getLevel() {}
    public void setLevel(Level newLevel) throws SecurityException {}
    public Formatter getFormatter() {}
    public void setFormatter(Formatter newFormatter) throws SecurityException {}
    public boolean isLoggable(LogRecord record) {}
}
