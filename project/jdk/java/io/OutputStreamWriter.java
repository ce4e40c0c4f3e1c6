package java.io;

@GoType("*java.OutputStreamWriter")
public class OutputStreamWriter extends Writer {
    @Go("java.NewOutputStreamWriter({0})") public OutputStreamWriter(OutputStream out) {}
    @Go("java.NewOutputStreamWriter2({0}, {1})") public OutputStreamWriter(OutputStream out, String charsetName) throws UnsupportedEncodingException {}
    @Go("java.NewOutputStreamWriter3({0}, {1})") public OutputStreamWriter(OutputStream out, java.nio.charset.Charset cs) {}

    @Go("{this}.Write({0})") public void write(int c) throws IOException {}
    @Go("{this}.WriteChars({0})") public void write(char[] cbuf) throws IOException {}
    @Go("{this}.WriteChars2({0}, {1}, {2})") public void write(char[] cbuf, int off, int len) throws IOException {}
    @Go("{this}.WriteString({0})") public void write(String str) throws IOException {}
    @Go("{this}.WriteString2({0}, {1}, {2})") public void write(String str, int off, int len) throws IOException {}
    public void flush() throws IOException {}
    public void close() throws IOException {}
    public String getEncoding() {}
}
