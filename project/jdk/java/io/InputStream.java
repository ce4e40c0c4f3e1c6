package java.io;

// Go: interface java.InputStream; a subclass embeds java.InputStreamImpl (initialiser
// InitInputStream) and implements read().
@GoType("java.InputStream")
public abstract class InputStream implements Closeable {
    public InputStream() {}

    public abstract int read() throws IOException;
    @Go("{this}.Read2({0})") public int read(byte[] b) throws IOException {}
    @Go("{this}.Read3({0}, {1}, {2})") public int read(byte[] b, int off, int len) throws IOException {}
    public byte[] readAllBytes() throws IOException {}
    public long skip(long n) throws IOException {}
    public int available() throws IOException {}
    public long transferTo(OutputStream out) throws IOException {}
    public void close() throws IOException {}
}
