package java.io;

public class BufferedOutputStream extends OutputStream {
    @Go("java.NewBufferedOutputStream({0})") public BufferedOutputStream(OutputStream out) {}
    @Go("java.NewBufferedOutputStream2({0}, {1})") public BufferedOutputStream(OutputStream out, int size) {}

    public void write(int b) throws IOException {}
    @Go("{this}.Write2({0})") public void write(byte[] b) throws IOException {}
    @Go("{this}.Write3({0}, {1}, {2})") public void write(byte[] b, int off, int len) throws IOException {}
    public void flush() throws IOException {}
    public void close() throws IOException {}
}
