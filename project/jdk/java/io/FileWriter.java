package java.io;

// Go: *java.OutputStreamWriter (FileWriter adds only constructors).
@GoType("*java.OutputStreamWriter")
public class FileWriter extends OutputStreamWriter {
    @Go("java.NewFileWriter({0})") public FileWriter(String fileName) throws IOException {}
    @Go("java.NewFileWriter2({0}, {1})") public FileWriter(String fileName, boolean append) throws IOException {}
    @Go("java.NewFileWriter3({0})") public FileWriter(File file) throws IOException {}
    @Go("java.NewFileWriter4({0}, {1})") public FileWriter(File file, boolean append) throws IOException {}
}
