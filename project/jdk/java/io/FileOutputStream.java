package java.io;

public class FileOutputStream extends OutputStream {
    @Go("java.NewFileOutputStream({0})") public FileOutputStream(String name) throws FileNotFoundException {}
    @Go("java.NewFileOutputStream2({0}, {1})") public FileOutputStream(String name, boolean append) throws FileNotFoundException {}
    @Go("java.NewFileOutputStream3({0})") public FileOutputStream(File file) throws FileNotFoundException {}
    @Go("java.NewFileOutputStream4({0}, {1})") public FileOutputStream(File file, boolean append) throws FileNotFoundException {}

    public void write(int b) throws IOException {}
    @Go("{this}.Write2({0})") public void write(byte[] b) throws IOException {}
    @Go("{this}.Write3({0}, {1}, {2})") public void write(byte[] b, int off, int len) throws IOException {}
    public void flush() throws IOException {}
    public void close() throws IOException {}
}
