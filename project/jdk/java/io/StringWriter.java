package java.io;

public class StringWriter extends Writer {
    @Go("java.NewStringWriter()") public StringWriter() {}

    @Go("{this}.Write({0})") public void write(int c) throws IOException {}
    @Go("{this}.WriteChars({0})") public void write(char[] cbuf) throws IOException {}
    @Go("{this}.WriteChars2({0}, {1}, {2})") public void write(char[] cbuf, int off, int len) throws IOException {}
    @Go("{this}.WriteString({0})") public void write(String str) throws IOException {}
    @Go("{this}.WriteString2({0}, {1}, {2})") public void write(String str, int off, int len) throws IOException {}
    public void flush() throws IOException {}
    public void close() throws IOException {}
    public StringBuffer getBuffer() {}
    public String toString() {}
}
