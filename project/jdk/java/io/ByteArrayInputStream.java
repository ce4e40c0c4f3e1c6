package java.io;

public class ByteArrayInputStream extends InputStream {
    @Go("java.NewByteArrayInputStream({0})") public ByteArrayInputStream(byte[] buf) {}
    @Go("java.NewByteArrayInputStream2({0}, {1}, {2})") public ByteArrayInputStream(byte[] buf, int offset, int length) {}

    public int read() throws IOException {}
    @Go("{this}.Read2({0})") public int read(byte[] b) throws IOException {}
    @Go("{this}.Read3({0}, {1}, {2})") public int read(byte[] b, int off, int len) throws IOException {}
    public byte[] readAllBytes() throws IOException {}
    public long skip(long n) throws IOException {}
    public int available() throws IOException {}
    public long transferTo(OutputStream out) throws IOException {}
    public void close() throws IOException {}
    public void mark(int readAheadLimit) {}
    public void reset() {}
    public boolean markSupported() {}
}
