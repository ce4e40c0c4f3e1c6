package java.lang;

import java.util.stream.IntStream;

// CharSequence is a Go string: a StringBuilder passed as one is converted with String().
@GoType("string")
public interface CharSequence {
    @Go("java.StrLen({this})") int length();
    @Go("java.CharAt({this}, {0})") char charAt(int index);
    @Go("java.StrIsEmpty({this})") default boolean isEmpty() {}
    @Go("java.Substring2({this}, {0}, {1})") CharSequence subSequence(int start, int end);
    @Go("{this}") public String toString();
    @Go("java.StrChars({this})") public default IntStream chars() {}
    @Go("java.StrCodePoints({this})") public default IntStream codePoints() {}
    @Go("java.StrCompareTo({0}, {1})") public static int compare(CharSequence cs1, CharSequence cs2) {}
}
