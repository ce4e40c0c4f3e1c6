package java.io;

import java.nio.charset.Charset;

// Go: *java.InputStreamReader (FileReader adds only constructors).
@GoType("*java.InputStreamReader")
public class FileReader extends InputStreamReader {
    @Go("java.NewFileReader({0})") public FileReader(String fileName) throws FileNotFoundException {}
    @Go("java.NewFileReader2({0})") public FileReader(File file) throws FileNotFoundException {}
    @Go("java.NewFileReader3({0}, {1})") public FileReader(String fileName, Charset charset) throws IOException {}
}
