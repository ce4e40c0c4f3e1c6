package java.nio.charset;

public final class StandardCharsets {
    @Go("java.StandardCharsetsUtf8") public static final Charset UTF_8;
    @Go("java.StandardCharsetsUsAscii") public static final Charset US_ASCII;
    @Go("java.StandardCharsetsIso88591") public static final Charset ISO_8859_1;
    @Go("java.StandardCharsetsUtf16") public static final Charset UTF_16;
    @Go("java.StandardCharsetsUtf16be") public static final Charset UTF_16BE;
    @Go("java.StandardCharsetsUtf16le") public static final Charset UTF_16LE;
}
