package java.lang;

// Go: *java.StringBuffer, the same type as *java.StringBuilder with a lock in every method.
public final class StringBuffer implements java.io.Serializable, Comparable<StringBuffer>, CharSequence {
    @Go("java.NewStringBuffer()") public StringBuffer() {}
    @Go("java.NewStringBuffer2({0})") public StringBuffer(int capacity) {}
    @Go("java.NewStringBuffer3({0})") public StringBuffer(String str) {}
    @Go("java.NewStringBuffer3({0})") public StringBuffer(CharSequence seq) {}
    public int compareTo(StringBuffer another) {}
    @Go("{this}.Append({0})") public StringBuffer append(Object obj) {}
    @Go("{this}.AppendStr({0})") public StringBuffer append(String str) {}
    @Go("{this}.Append({0})") public synchronized StringBuffer append(StringBuffer sb) {}
    @Go("{this}.Append({0})") public StringBuffer append(CharSequence s) {}
    @Go("{this}.AppendRange({0}, {1}, {2})") public StringBuffer append(CharSequence s, int start, int end) {}
    @Go("{this}.Append({0})") public StringBuffer append(char[] str) {}
    @Go("{this}.AppendChars2({0}, {1}, {2})") public StringBuffer append(char[] str, int offset, int len) {}
    @Go("{this}.AppendBool({0})") public StringBuffer append(boolean b) {}
    @Go("{this}.AppendChar({0})") public StringBuffer append(char c) {}
    @Go("{this}.AppendInt({0})") public StringBuffer append(int i) {}
    @Go("{this}.AppendLong({0})") public StringBuffer append(long lng) {}
    @Go("{this}.AppendFloat({0})") public StringBuffer append(float f) {}
    @Go("{this}.AppendDouble({0})") public StringBuffer append(double d) {}
    public StringBuffer appendCodePoint(int codePoint) {}
    public StringBuffer delete(int start, int end) {}
    public StringBuffer deleteCharAt(int index) {}
    public StringBuffer replace(int start, int end, String str) {}
    @Go("{this}.Insert2({0}, {1}, {2}, {3})") public StringBuffer insert(int index, char[] str, int offset, int len) {}
    @Go("{this}.Insert({0}, {1})") public StringBuffer insert(int offset, Object obj) {}
    @Go("{this}.Insert({0}, {1})") public StringBuffer insert(int offset, String str) {}
    @Go("{this}.Insert({0}, {1})") public StringBuffer insert(int offset, char[] str) {}
    @Go("{this}.Insert({0}, {1})") public StringBuffer insert(int dstOffset, CharSequence s) {}
    @Go("{this}.Insert3({0}, {1}, {2}, {3})") public StringBuffer insert(int dstOffset, CharSequence s, int start, int end) {}
    @Go("{this}.Insert({0}, {1})") public StringBuffer insert(int offset, boolean b) {}
    @Go("{this}.Insert({0}, {1})") public StringBuffer insert(int offset, char c) {}
    @Go("{this}.Insert({0}, {1})") public StringBuffer insert(int offset, int i) {}
    @Go("{this}.Insert({0}, {1})") public StringBuffer insert(int offset, long l) {}
    @Go("{this}.Insert({0}, {1})") public StringBuffer insert(int offset, float f) {}
    @Go("{this}.Insert({0}, {1})") public StringBuffer insert(int offset, double d) {}
    @Go("{this}.IndexOf({0})") public int indexOf(String str) {}
    @Go("{this}.IndexOf2({0}, {1})") public int indexOf(String str, int fromIndex) {}
    @Go("{this}.LastIndexOf({0})") public int lastIndexOf(String str) {}
    @Go("{this}.LastIndexOf2({0}, {1})") public int lastIndexOf(String str, int fromIndex) {}
    public StringBuffer reverse() {}
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
