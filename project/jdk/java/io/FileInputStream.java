package java.io;

public class FileInputStream extends InputStream {
    @Go("java.NewFileInputStream({0})") public FileInputStream(String name) throws FileNotFoundException {}
    @Go("java.NewFileInputStream2({0})") public FileInputStream(File file) throws FileNotFoundException {}

    public int read() throws IOException {}
    @Go("{this}.Read2({0})") public int read(byte[] b) throws IOException {}
    @Go("{this}.Read3({0}, {1}, {2})") public int read(byte[] b, int off, int len) throws IOException {}
    public byte[] readAllBytes() throws IOException {}
    public long skip(long n) throws IOException {}
    public int available() throws IOException {}
    public long transferTo(OutputStream out) throws IOException {}
    public void close() throws IOException {}
}
