package java.util.logging;

import java.util.function.Supplier;

// Go: *java.LoggingLogger (org.slf4j.Logger is another type).
@GoType("*java.LoggingLogger")
public class Logger {
    @Go("java.LoggingLoggerGlobalLoggerName") public static final String GLOBAL_LOGGER_NAME = "global";

    @Go("java.LoggingLoggerGetLogger({0})") public static Logger getLogger(String name) {}
    @Go("java.LoggingLoggerGetGlobal()") public static final Logger getGlobal() {}
    @Go("java.LoggingLoggerGetAnonymousLogger()") public static Logger getAnonymousLogger() {}

    public String getName() {}
    public Level getLevel() {}
    public void setLevel(Level newLevel) throws SecurityException {}
    public Logger getParent() {}
    public void setParent(Logger parent) {}
    public void addHandler(Handler handler) throws SecurityException {}
    public void removeHandler(Handler handler) throws SecurityException {}
    public Handler[] getHandlers() {}
    public boolean getUseParentHandlers() {}
    public void setUseParentHandlers(boolean useParentHandlers) {}
    public boolean isLoggable(Level level) {}
    @Go("{this}.LogRecord({0})") public void log(LogRecord record) {}
    @Go("{this}.Log({0}, {1})") public void log(Level level, String msg) {}
    @Go("{this}.LogSupplier({0}, {1})") public void log(Level level, Supplier<String> msgSupplier) {}
    @Go("{this}.LogParam({0}, {1}, {2})") public void log(Level level, String msg, Object param1) {}
    @Go("{this}.LogParams({0}, {1}, {2})") public void log(Level level, String msg, Object[] params) {}
    @Go("{this}.LogThrown({0}, {1}, {2})") public void log(Level level, String msg, Throwable thrown) {}
    @Go("{this}.Logp({0}, {1}, {2}, {3})") public void logp(Level level, String sourceClass, String sourceMethod, String msg) {}
    @Go("{this}.LogpThrown({0}, {1}, {2}, {3}, {4})") public void logp(Level level, String sourceClass, String sourceMethod, String msg, Throwable thrown) {}
    public void severe(String msg) {}
    public void warning(String msg) {}
    public void info(String msg) {}
    public void config(String msg) {}
    public void fine(String msg) {}
    public void finer(String msg) {}
    public void finest(String msg) {}
}
