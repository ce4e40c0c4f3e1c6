package java.lang;

// Go: *java.StringBuilder. The typed Append* methods avoid boxing; append(Object) and
// append(CharSequence) take any value (String.valueOf).
public final class StringBuilder implements java.io.Serializable, Comparable<StringBuilder>, CharSequence {
    @Go("java.NewStringBuilder()") public StringBuilder() {}
    @Go("java.NewStringBuilder2({0})") public StringBuilder(int capacity) {}
    @Go("java.NewStringBuilder3({0})") public StringBuilder(String str) {}
    @Go("java.NewStringBuilder3({0})") public StringBuilder(CharSequence seq) {}
    public int compareTo(StringBuilder another) {}
    @Go("{this}.Append({0})") public StringBuilder append(Object obj) {}
    @Go("{this}.AppendStr({0})") public StringBuilder append(String str) {}
    @Go("{this}.Append({0})") public StringBuilder append(StringBuffer sb) {}
    @Go("{this}.Append({0})") public StringBuilder append(CharSequence s) {}
    @Go("{this}.AppendRange({0}, {1}, {2})") public StringBuilder append(CharSequence s, int start, int end) {}
    @Go("{this}.Append({0})") public StringBuilder append(char[] str) {}
    @Go("{this}.AppendChars2({0}, {1}, {2})") public StringBuilder append(char[] str, int offset, int len) {}
    @Go("{this}.AppendBool({0})") public StringBuilder append(boolean b) {}
    @Go("{this}.AppendChar({0})") public StringBuilder append(char c) {}
    @Go("{this}.AppendInt({0})") public StringBuilder append(int i) {}
    @Go("{this}.AppendLong({0})") public StringBuilder append(long lng) {}
    @Go("{this}.AppendFloat({0})") public StringBuilder append(float f) {}
    @Go("{this}.AppendDouble({0})") public StringBuilder append(double d) {}
    public StringBuilder appendCodePoint(int codePoint) {}
    public StringBuilder delete(int start, int end) {}
    public StringBuilder deleteCharAt(int index) {}
    public StringBuilder replace(int start, int end, String str) {}
    @Go("{this}.Insert2({0}, {1}, {2}, {3})") public StringBuilder insert(int index, char[] str, int offset, int len) {}
    @Go("{this}.Insert({0}, {1})") public StringBuilder insert(int offset, Object obj) {}
    @Go("{this}.Insert({0}, {1})") public StringBuilder insert(int offset, String str) {}
    @Go("{this}.Insert({0}, {1})") public StringBuilder insert(int offset, char[] str) {}
    @Go("{this}.Insert({0}, {1})") public StringBuilder insert(int dstOffset, CharSequence s) {}
    @Go("{this}.Insert3({0}, {1}, {2}, {3})") public StringBuilder insert(int dstOffset, CharSequence s, int start, int end) {}
    @Go("{this}.Insert({0}, {1})") public StringBuilder insert(int offset, boolean b) {}
    @Go("{this}.Insert({0}, {1})") public StringBuilder insert(int offset, char c) {}
    @Go("{this}.Insert({0}, {1})") public StringBuilder insert(int offset, int i) {}
    @Go("{this}.Insert({0}, {1})") public StringBuilder insert(int offset, long l) {}
    @Go("{this}.Insert({0}, {1})") public StringBuilder insert(int offset, float f) {}
    @Go("{this}.Insert({0}, {1})") public StringBuilder insert(int offset, double d) {}
    @Go("{this}.IndexOf({0})") public int indexOf(String str) {}
    @Go("{this}.IndexOf2({0}, {1})") public int indexOf(String str, int fromIndex) {}
    @Go("{this}.LastIndexOf({0})") public int lastIndexOf(String str) {}
    @Go("{this}.LastIndexOf2({0}, {1})") public int lastIndexOf(String str, int fromIndex) {}
    public StringBuilder reverse() {}
    public String toString() {}
    public int length() {}
    public int capacity() {}
    public void ensureCapacity(int minimumCapacity) {}
    public void trimToSize() {}
    public void setLength(int newLength) {}
    public char charAt(int index) {}
    public int codePointAt(int index) {}
    public void getChars(int srcBegin, int srcEnd, char[] dst, int dstBegin) {}
    public void setCharAt(int index, char ch) {}
    @Go("{this}.Substring({0})") public String substring(int start) {}
    @Go("{this}.Substring2({0}, {1})") public CharSequence subSequence(int start, int end) {}
    @Go("{this}.Substring2({0}, {1})") public String substring(int start, int end) {}
    public boolean isEmpty() {}
}
