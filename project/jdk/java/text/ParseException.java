package java.text;

public class ParseException extends Exception {
    @Go("java.NewParseException({0}, {1})") public ParseException(String s, int errorOffset) {}

    public int getErrorOffset() {}
}
