package java.io;

// Go: interface java.Writer; a subclass embeds java.WriterImpl (initialiser InitWriter)
// and implements write(char[], int, int).
@GoType("java.Writer")
public abstract class Writer implements Closeable, Flushable {
    protected Writer() {}

    @Go("{this}.Write({0})") public void write(int c) throws IOException {}
    @Go("{this}.WriteChars({0})") public void write(char[] cbuf) throws IOException {}
    @Go("{this}.WriteChars2({0}, {1}, {2})") public abstract void write(char[] cbuf, int off, int len) throws IOException;
    @Go("{this}.WriteString({0})") public void write(String str) throws IOException {}
    @Go("{this}.WriteString2({0}, {1}, {2})") public void write(String str, int off, int len) throws IOException {}
    public abstract void flush() throws IOException;
    public abstract void close() throws IOException;
}
