package java.util.logging;

public class SimpleFormatter extends Formatter {
    @Go("java.NewSimpleFormatter()") public SimpleFormatter() {}

    public String format(LogRecord record) {}
}
