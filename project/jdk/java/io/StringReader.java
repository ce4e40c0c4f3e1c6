package java.io;

public class StringReader extends Reader {
    @Go("java.NewStringReader({0})") public StringReader(String s) {}

    @Go("{this}.Read()") public int read() throws IOException {}
    @Go("{this}.Read2({0})") public int read(char[] cbuf) throws IOException {}
    @Go("{this}.Read3({0}, {1}, {2})") public int read(char[] cbuf, int off, int len) throws IOException {}
    public long skip(long n) throws IOException {}
    public boolean ready() throws IOException {}
    public void close() throws IOException {}
}
