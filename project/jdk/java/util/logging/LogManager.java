package java.util.logging;

public class LogManager {
    @Go("java.LogManagerGetLogManager()") public static LogManager getLogManager() {}
    public Logger getLogger(String name) {}
    public void reset() throws SecurityException {}
}
