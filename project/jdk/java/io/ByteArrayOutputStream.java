package java.io;

public class ByteArrayOutputStream extends OutputStream {
    @Go("java.NewByteArrayOutputStream()") public ByteArrayOutputStream() {}
    @Go("java.NewByteArrayOutputStream2({0})") public ByteArrayOutputStream(int size) {}

    public void write(int b) throws IOException {}
    @Go("{this}.Write2({0})") public void write(byte[] b) throws IOException {}
    @Go("{this}.Write3({0}, {1}, {2})") public void write(byte[] b, int off, int len) throws IOException {}
    public void flush() throws IOException {}
    public void close() throws IOException {}
    @Go("{this}.Write2({0})") public void writeBytes(byte[] b) {}
    public void writeTo(OutputStream out) throws IOException {}
    public byte[] toByteArray() {}
    public int size() {}
    public void reset() {}
    public String toString() {}
    @Go("{this}.ToString2({0})") public String toString(String charsetName) throws UnsupportedEncodingException {}
}
