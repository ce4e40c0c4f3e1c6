package java.io;

public class FileNotFoundException extends IOException {
    @Go("java.NewFileNotFoundException()") public FileNotFoundException() {}
    @Go("java.NewFileNotFoundException2({0})") public FileNotFoundException(String message) {}
}
