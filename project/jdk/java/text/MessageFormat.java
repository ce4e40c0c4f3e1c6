package java.text;

public class MessageFormat {
    public static String format(String pattern, Object... arguments) {}
}
