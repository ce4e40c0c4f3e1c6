package java.io;

@GoType("*java.BufferedReader")
public class BufferedReader extends Reader {
    @Go("java.NewBufferedReader({0})") public BufferedReader(Reader in) {}
    @Go("java.NewBufferedReader2({0}, {1})") public BufferedReader(Reader in, int sz) {}

    @Go("{this}.Read()") public int read() throws IOException {}
    @Go("{this}.Read2({0})") public int read(char[] cbuf) throws IOException {}
    @Go("{this}.Read3({0}, {1}, {2})") public int read(char[] cbuf, int off, int len) throws IOException {}
    public long skip(long n) throws IOException {}
    public boolean ready() throws IOException {}
    public void close() throws IOException {}
    // Go: (line string, ok bool); ok is false where Java returns null.
    public String readLine() throws IOException {}
    public java.util.stream.Stream<String> lines() {}
}
