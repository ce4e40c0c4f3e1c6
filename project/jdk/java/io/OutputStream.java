package java.io;

// Go: interface java.OutputStream; a subclass embeds java.OutputStreamImpl (initialiser
// InitOutputStream) and implements write(int).
@GoType("java.OutputStream")
public abstract class OutputStream implements Closeable, Flushable {
    public OutputStream() {}

    public abstract void write(int b) throws IOException;
    @Go("{this}.Write2({0})") public void write(byte[] b) throws IOException {}
    @Go("{this}.Write3({0}, {1}, {2})") public void write(byte[] b, int off, int len) throws IOException {}
    public void flush() throws IOException {}
    public void close() throws IOException {}
}
