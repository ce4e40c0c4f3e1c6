package java.io;

// Go: interface java.Reader; a subclass embeds java.ReaderImpl (initialiser InitReader)
// and implements read(char[], int, int).
@GoType("java.Reader")
public abstract class Reader implements Closeable {
    protected Reader() {}

    @Go("{this}.Read()") public int read() throws IOException {}
    @Go("{this}.Read2({0})") public int read(char[] cbuf) throws IOException {}
    @Go("{this}.Read3({0}, {1}, {2})") public abstract int read(char[] cbuf, int off, int len) throws IOException;
    public long skip(long n) throws IOException {}
    public boolean ready() throws IOException {}
    public abstract void close() throws IOException;
}
