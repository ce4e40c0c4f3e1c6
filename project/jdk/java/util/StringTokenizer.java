package java.util;

public class StringTokenizer implements Enumeration<Object> {
    @Go("java.NewStringTokenizer({0}, {1}, {2})") public StringTokenizer(String str, String delim, boolean returnDelims) {}
    @Go("java.NewStringTokenizer2({0}, {1})") public StringTokenizer(String str, String delim) {}
    @Go("java.NewStringTokenizer3({0})") public StringTokenizer(String str) {}
    public boolean hasMoreTokens() {}
    @Go("{this}.NextToken()") public String nextToken() {}
    @Go("{this}.NextToken2({0})") public String nextToken(String delim) {}
    public boolean hasMoreElements() {}
    public Object nextElement() {}
    public int countTokens() {}
}
