package java.io;

public class BufferedInputStream extends InputStream {
    @Go("java.NewBufferedInputStream({0})") public BufferedInputStream(InputStream in) {}
    @Go("java.NewBufferedInputStream2({0}, {1})") public BufferedInputStream(InputStream in, int size) {}

    public int read() throws IOException {}
    @Go("{this}.Read2({0})") public int read(byte[] b) throws IOException {}
    @Go("{this}.Read3({0}, {1}, {2})") public int read(byte[] b, int off, int len) throws IOException {}
    public byte[] readAllBytes() throws IOException {}
    public long skip(long n) throws IOException {}
    public int available() throws IOException {}
    public long transferTo(OutputStream out) throws IOException {}
    public void close() throws IOException {}
}
