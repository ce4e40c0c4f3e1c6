package java.util.logging;

// Go: interface java.LoggingFormatter (java.util.Formatter is another class); a subclass
// embeds java.LoggingFormatterImpl for formatMessage.
@GoType("java.LoggingFormatter")
public abstract class Formatter {
    protected Formatter() {}

    public abstract String format(LogRecord record);
    public String formatMessage(LogRecord record) {}
}
