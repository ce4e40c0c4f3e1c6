package org.slf4j.helpers;

public final class MessageFormatter {
    @Go("java.MessageFormatterFormat({0}, {1})") public static final FormattingTuple format(String messagePattern, Object arg) {}
    @Go("java.MessageFormatterFormat({0}, {1}, {2})") public static final FormattingTuple format(final String messagePattern, Object arg1, Object arg2) {}
    public static final FormattingTuple arrayFormat(final String messagePattern, final Object[] argArray) {}
}
