package java.lang;

import java.io.UnsupportedEncodingException;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.IntStream;
import java.util.stream.Stream;

// String is a Go string (UTF-8); its methods index in UTF-16 units through the runtime.
// A Java null String is "" in Go.
@GoType("string")
public final class String implements java.io.Serializable, Comparable<String>, CharSequence {
    public static final Comparator<String> CASE_INSENSITIVE_ORDER;
    @Go("\"\"") public String() {}
    @Go("{0}") public String(String original) {}
    @Go("java.StringValueOfChars({0})") public String(char[] value) {}
    @Go("java.StringValueOfChars2({0}, {1}, {2})") public String(char[] value, int offset, int count) {}
    @Go("java.NewStringBytes2({0}, {1}, {2})") public String(byte[] bytes, int offset, int length) {}
    @Go("java.NewStringBytesCharset({0}, {1})") public String(byte[] bytes, String charsetName) throws UnsupportedEncodingException {}
    @Go("java.NewStringBytesCharset({0}, {1}.Name())") public String(byte[] bytes, java.nio.charset.Charset charset) {}
    @Go("java.NewStringBytes({0})") public String(byte[] bytes) {}
    @Go("{0}.String()") public String(StringBuffer buffer) {}
    @Go("{0}.String()") public String(StringBuilder builder) {}
    @Go("java.StrLen({this})") public int length() {}
    @Go("java.StrIsEmpty({this})") public boolean isEmpty() {}
    @Go("java.CharAt({this}, {0})") public char charAt(int index) {}
    @Go("java.CodePointAt({this}, {0})") public int codePointAt(int index) {}
    @Go("java.CodePointBefore({this}, {0})") public int codePointBefore(int index) {}
    @Go("java.CodePointCount({this}, {0}, {1})") public int codePointCount(int beginIndex, int endIndex) {}
    @Go("java.GetChars({this}, {0}, {1}, {2}, {3})") public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {}
    @Go("java.GetBytesCharset({this}, {0})") public byte[] getBytes(String charsetName) throws UnsupportedEncodingException {}
    @Go("java.GetBytes({this})") public byte[] getBytes() {}
    @Go("java.GetBytesCharset({this}, {0}.Name())") public byte[] getBytes(java.nio.charset.Charset charset) {}
    @Go("java.Equals({this}, {0})") public boolean equals(Object anObject) {}
    @Go("java.StrContentEquals({this}, {0}.String())") public boolean contentEquals(StringBuffer sb) {}
    @Go("java.StrContentEquals({this}, {0})") public boolean contentEquals(CharSequence cs) {}
    @Go("java.EqualsIgnoreCase({this}, {0})") public boolean equalsIgnoreCase(String anotherString) {}
    @Go("java.StrCompareTo({this}, {0})") public int compareTo(String anotherString) {}
    @Go("java.CompareToIgnoreCase({this}, {0})") public int compareToIgnoreCase(String str) {}
    @Go("java.RegionMatches({this}, {0}, {1}, {2}, {3})") public boolean regionMatches(int toffset, String other, int ooffset, int len) {}
    @Go("java.RegionMatches2({this}, {0}, {1}, {2}, {3}, {4})") public boolean regionMatches(boolean ignoreCase, int toffset, String other, int ooffset, int len) {}
    @Go("java.StartsWith2({this}, {0}, {1})") public boolean startsWith(String prefix, int toffset) {}
    @Go("java.StartsWith({this}, {0})") public boolean startsWith(String prefix) {}
    @Go("java.EndsWith({this}, {0})") public boolean endsWith(String suffix) {}
    @Go("java.StrHashCode({this})") public int hashCode() {}
    @Go("java.IndexOfChar({this}, {0})") public int indexOf(int ch) {}
    @Go("java.IndexOfChar2({this}, {0}, {1})") public int indexOf(int ch, int fromIndex) {}
    @Go("java.LastIndexOfChar({this}, {0})") public int lastIndexOf(int ch) {}
    @Go("java.LastIndexOfChar2({this}, {0}, {1})") public int lastIndexOf(int ch, int fromIndex) {}
    @Go("java.IndexOf({this}, {0})") public int indexOf(String str) {}
    @Go("java.IndexOf2({this}, {0}, {1})") public int indexOf(String str, int fromIndex) {}
    @Go("java.LastIndexOf({this}, {0})") public int lastIndexOf(String str) {}
    @Go("java.LastIndexOf2({this}, {0}, {1})") public int lastIndexOf(String str, int fromIndex) {}
    @Go("java.Substring({this}, {0})") public String substring(int beginIndex) {}
    @Go("java.Substring2({this}, {0}, {1})") public String substring(int beginIndex, int endIndex) {}
    @Go("java.Substring2({this}, {0}, {1})") public CharSequence subSequence(int beginIndex, int endIndex) {}
    @Go("java.StrConcat({this}, {0})") public String concat(String str) {}
    @Go("java.ReplaceChar({this}, {0}, {1})") public String replace(char oldChar, char newChar) {}
    @Go("java.Matches({this}, {0})") public boolean matches(String regex) {}
    @Go("java.StrContains({this}, {0})") public boolean contains(CharSequence s) {}
    @Go("java.ReplaceFirst({this}, {0}, {1})") public String replaceFirst(String regex, String replacement) {}
    @Go("java.ReplaceAll({this}, {0}, {1})") public String replaceAll(String regex, String replacement) {}
    @Go("java.StrReplace({this}, {0}, {1})") public String replace(CharSequence target, CharSequence replacement) {}
    @Go("java.Split2({this}, {0}, {1})") public String[] split(String regex, int limit) {}
    @Go("java.Split({this}, {0})") public String[] split(String regex) {}
    @Go("java.StringJoin({args})") public static String join(CharSequence delimiter, CharSequence... elements) {}
    @Go("java.StringJoin2({0}, {1})") public static String join(CharSequence delimiter, Iterable<? extends CharSequence> elements) {}
    @Go("java.ToLowerCase({this})") public String toLowerCase(Locale locale) {}
    @Go("java.ToLowerCase({this})") public String toLowerCase() {}
    @Go("java.ToUpperCase({this})") public String toUpperCase(Locale locale) {}
    @Go("java.ToUpperCase({this})") public String toUpperCase() {}
    @Go("java.Trim({this})") public String trim() {}
    @Go("java.Strip({this})") public String strip() {}
    @Go("java.StripLeading({this})") public String stripLeading() {}
    @Go("java.StripTrailing({this})") public String stripTrailing() {}
    @Go("java.IsBlank({this})") public boolean isBlank() {}
    @Go("java.StrLines({this})") public Stream<String> lines() {}
    @Go("java.StrChars({this})") public IntStream chars() {}
    @Go("java.StrCodePoints({this})") public IntStream codePoints() {}
    @Go("java.StrIndent({this}, {0})") public String indent(int n) {}
    @Go("{this}") public String toString() {}
    @Go("java.ToCharArray({this})") public char[] toCharArray() {}
    @Go("java.StringFormat({args})") public static String format(String format, Object... args) {}
    @Go("java.StringFormatLocale({args})") public static String format(Locale l, String format, Object... args) {}
    @Go("java.StrFormatted({this}, {args})") public String formatted(Object... args) {}
    @Go("java.Str({0})") public static String valueOf(Object obj) {}
    @Go("java.StringValueOfChars({0})") public static String valueOf(char[] data) {}
    @Go("java.StringValueOfChars2({0}, {1}, {2})") public static String valueOf(char[] data, int offset, int count) {}
    @Go("java.StringValueOfChars2({0}, {1}, {2})") public static String copyValueOf(char[] data, int offset, int count) {}
    @Go("java.StringValueOfChars({0})") public static String copyValueOf(char[] data) {}
    @Go("java.BoolStr({0})") public static String valueOf(boolean b) {}
    @Go("java.CharStr({0})") public static String valueOf(char c) {}
    @Go("java.IntStr({0})") public static String valueOf(int i) {}
    @Go("java.LongStr({0})") public static String valueOf(long l) {}
    @Go("java.FloatStr({0})") public static String valueOf(float f) {}
    @Go("java.DoubleStr({0})") public static String valueOf(double d) {}
    @Go("java.Intern({this})") public native String intern();
    @Go("java.StrRepeat({this}, {0})") public String repeat(int count) {}
}
