package java.lang;

// Character is *uint16 as a declared type (nil is null), uint16 as a type argument. The
// char overloads of the classification methods widen the char to the int (code point)
// form.
@GoType("*uint16")
public final class Character implements java.io.Serializable, Comparable<Character> {
    public static final int MIN_RADIX = 2;
    public static final int MAX_RADIX = 36;
    public static final char MIN_VALUE = '\u0000';
    public static final char MAX_VALUE = '\uFFFF';
    public static final char MIN_HIGH_SURROGATE = '\uD800';
    public static final char MAX_HIGH_SURROGATE = '\uDBFF';
    public static final char MIN_LOW_SURROGATE  = '\uDC00';
    public static final char MAX_LOW_SURROGATE  = '\uDFFF';
    public static final char MIN_SURROGATE = MIN_HIGH_SURROGATE;
    public static final char MAX_SURROGATE = MAX_LOW_SURROGATE;
    public static final int MIN_SUPPLEMENTARY_CODE_POINT = 0x010000;
    public static final int MIN_CODE_POINT = 0x000000;
    public static final int MAX_CODE_POINT = 0X10FFFF;
    public static final int SIZE = 16;
    public static final int BYTES = 2;
    @Go("java.NewBox[uint16]({0})") public Character(char value) {}
    public static Character valueOf(char c) {}
    @Go("java.CharacterCharValue({this})") public char charValue() {}
    @Go("java.HashCode({this})") public int hashCode() {}
    @Go("java.CharacterHashCode({0})") public static int hashCode(char value) {}
    @Go("java.Equals({this}, {0})") public boolean equals(Object obj) {}
    @Go("java.Str({this})") public String toString() {}
    @Go("java.CharacterToString({0})") public static String toString(char c) {}
    @Go("java.CharacterToStringCodePoint({0})") public static String toString(int codePoint) {}
    public static boolean isValidCodePoint(int codePoint) {}
    public static boolean isBmpCodePoint(int codePoint) {}
    public static boolean isSupplementaryCodePoint(int codePoint) {}
    public static boolean isHighSurrogate(char ch) {}
    public static boolean isLowSurrogate(char ch) {}
    public static boolean isSurrogate(char ch) {}
    public static boolean isSurrogatePair(char high, char low) {}
    public static int charCount(int codePoint) {}
    public static int toCodePoint(char high, char low) {}
    public static char highSurrogate(int codePoint) {}
    public static char lowSurrogate(int codePoint) {}
    public static char[] toChars(int codePoint) {}
    @Go("java.Compare({this}, {0})") public int compareTo(Character anotherCharacter) {}
    public static int compare(char x, char y) {}
    public static char reverseBytes(char ch) {}
    public static char forDigit(int digit, int radix) {}
    @Go("java.CharacterDigit({0}, {1})") public static int digit(char ch, int radix) {}
    @Go("java.CharacterDigit({0}, {1})") public static int digit(int codePoint, int radix) {}
    @Go("java.CharacterGetNumericValue({0})") public static int getNumericValue(char ch) {}
    @Go("java.CharacterGetNumericValue({0})") public static int getNumericValue(int codePoint) {}
    @Go("java.CharacterToUpperCase({0})") public static char toUpperCase(char ch) {}
    @Go("java.CharacterToUpperCaseCodePoint({0})") public static int toUpperCase(int codePoint) {}
    @Go("java.CharacterToLowerCase({0})") public static char toLowerCase(char ch) {}
    @Go("java.CharacterToLowerCaseCodePoint({0})") public static int toLowerCase(int codePoint) {}
    public static char toTitleCase(char ch) {}
    @Go("java.CharacterIsLowerCase(int32({0}))") public static boolean isLowerCase(char ch) {}
    @Go("java.CharacterIsLowerCase({0})") public static boolean isLowerCase(int codePoint) {}
    @Go("java.CharacterIsUpperCase(int32({0}))") public static boolean isUpperCase(char ch) {}
    @Go("java.CharacterIsUpperCase({0})") public static boolean isUpperCase(int codePoint) {}
    @Go("java.CharacterIsTitleCase(int32({0}))") public static boolean isTitleCase(char ch) {}
    @Go("java.CharacterIsTitleCase({0})") public static boolean isTitleCase(int codePoint) {}
    @Go("java.CharacterIsDigit(int32({0}))") public static boolean isDigit(char ch) {}
    @Go("java.CharacterIsDigit({0})") public static boolean isDigit(int codePoint) {}
    @Go("java.CharacterIsDefined(int32({0}))") public static boolean isDefined(char ch) {}
    @Go("java.CharacterIsDefined({0})") public static boolean isDefined(int codePoint) {}
    @Go("java.CharacterIsLetter(int32({0}))") public static boolean isLetter(char ch) {}
    @Go("java.CharacterIsLetter({0})") public static boolean isLetter(int codePoint) {}
    @Go("java.CharacterIsLetterOrDigit(int32({0}))") public static boolean isLetterOrDigit(char ch) {}
    @Go("java.CharacterIsLetterOrDigit({0})") public static boolean isLetterOrDigit(int codePoint) {}
    @Go("java.CharacterIsJavaIdentifierStart(int32({0}))") public static boolean isJavaIdentifierStart(char ch) {}
    @Go("java.CharacterIsJavaIdentifierStart({0})") public static boolean isJavaIdentifierStart(int codePoint) {}
    @Go("java.CharacterIsJavaIdentifierPart(int32({0}))") public static boolean isJavaIdentifierPart(char ch) {}
    @Go("java.CharacterIsJavaIdentifierPart({0})") public static boolean isJavaIdentifierPart(int codePoint) {}
    @Go("java.CharacterIsIdentifierIgnorable(int32({0}))") public static boolean isIdentifierIgnorable(char ch) {}
    @Go("java.CharacterIsIdentifierIgnorable({0})") public static boolean isIdentifierIgnorable(int codePoint) {}
    @Go("java.CharacterIsSpaceChar(int32({0}))") public static boolean isSpaceChar(char ch) {}
    @Go("java.CharacterIsSpaceChar({0})") public static boolean isSpaceChar(int codePoint) {}
    @Go("java.CharacterIsWhitespace(int32({0}))") public static boolean isWhitespace(char ch) {}
    @Go("java.CharacterIsWhitespace({0})") public static boolean isWhitespace(int codePoint) {}
    @Go("java.CharacterIsISOControl(int32({0}))") public static boolean isISOControl(char ch) {}
    @Go("java.CharacterIsISOControl({0})") public static boolean isISOControl(int codePoint) {}
    public static boolean isAlphabetic(int codePoint) {}
}
