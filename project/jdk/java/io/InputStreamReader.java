package java.io;

@GoType("*java.InputStreamReader")
public class InputStreamReader extends Reader {
    @Go("java.NewInputStreamReader({0})") public InputStreamReader(InputStream in) {}
    @Go("java.NewInputStreamReader2({0}, {1})") public InputStreamReader(InputStream in, String charsetName) throws UnsupportedEncodingException {}
    @Go("java.NewInputStreamReader3({0}, {1})") public InputStreamReader(InputStream in, java.nio.charset.Charset cs) {}

    @Go("{this}.Read()") public int read() throws IOException {}
    @Go("{this}.Read2({0})") public int read(char[] cbuf) throws IOException {}
    @Go("{this}.Read3({0}, {1}, {2})") public int read(char[] cbuf, int off, int len) throws IOException {}
    public long skip(long n) throws IOException {}
    public boolean ready() throws IOException {}
    public void close() throws IOException {}
    public String getEncoding() {}
}
