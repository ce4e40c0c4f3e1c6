package java.time.temporal;

import java.time.DateTimeException;

public class UnsupportedTemporalTypeException extends DateTimeException {
    @Go("java.NewUnsupportedTemporalTypeException({0})") public UnsupportedTemporalTypeException(String message) {}
}
