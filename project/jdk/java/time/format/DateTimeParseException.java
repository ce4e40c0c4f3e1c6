package java.time.format;

import java.time.DateTimeException;

public class DateTimeParseException extends DateTimeException {
    @Go("java.NewDateTimeParseException({0}, {1}, {2})") public DateTimeParseException(String message, CharSequence parsedData, int errorIndex) {}

    public String getParsedString() {}
    public int getErrorIndex() {}
}
