package java.util.regex;

public class PatternSyntaxException extends IllegalArgumentException {
    @Go("java.NewPatternSyntaxException({0}, {1}, {2})") public PatternSyntaxException(String desc, String regex, int index) {}
}
