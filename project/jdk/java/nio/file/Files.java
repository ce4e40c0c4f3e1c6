package java.nio.file;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.List;

public final class Files {
    @Go("java.FilesExists({0}, {1}...)") public static boolean exists(Path path, LinkOption... options) {}
    @Go("java.FilesNotExists({0}, {1}...)") public static boolean notExists(Path path, LinkOption... options) {}
    @Go("java.FilesIsDirectory({0}, {1}...)") public static boolean isDirectory(Path path, LinkOption... options) {}
    @Go("java.FilesIsRegularFile({0}, {1}...)") public static boolean isRegularFile(Path path, LinkOption... options) {}
    public static boolean isReadable(Path path) {}
    public static long size(Path path) throws IOException {}
    public static byte[] readAllBytes(Path path) throws IOException {}
    @Go("java.FilesReadString({0})") public static String readString(Path path) throws IOException {}
    @Go("java.FilesReadString2({0}, {1})") public static String readString(Path path, Charset cs) throws IOException {}
    @Go("java.FilesReadAllLines({0})") public static List<String> readAllLines(Path path) throws IOException {}
    @Go("java.FilesReadAllLines2({0}, {1})") public static List<String> readAllLines(Path path, Charset cs) throws IOException {}
    @Go("java.FilesWrite({0}, {1}, {2}...)") public static Path write(Path path, byte[] bytes, OpenOption... options) throws IOException {}
    @Go("java.FilesWriteLines({0}, {1}, {2}...)") public static Path write(Path path, Iterable<? extends CharSequence> lines, OpenOption... options) throws IOException {}
    @Go("java.FilesWriteString({0}, {1}, {2}...)") public static Path writeString(Path path, CharSequence csq, OpenOption... options) throws IOException {}
    @Go("java.FilesNewInputStream({0}, {1}...)") public static InputStream newInputStream(Path path, OpenOption... options) throws IOException {}
    @Go("java.FilesNewOutputStream({0}, {1}...)") public static OutputStream newOutputStream(Path path, OpenOption... options) throws IOException {}
    @Go("java.FilesNewBufferedReader({0})") public static BufferedReader newBufferedReader(Path path) throws IOException {}
    @Go("java.FilesNewBufferedReader2({0}, {1})") public static BufferedReader newBufferedReader(Path path, Charset cs) throws IOException {}
    @Go("java.FilesNewBufferedWriter({0}, {1}...)") public static BufferedWriter newBufferedWriter(Path path, OpenOption... options) throws IOException {}
    public static java.util.stream.Stream<String> lines(Path path) throws IOException {}
    public static Path createDirectory(Path dir) throws IOException {}
    public static Path createDirectories(Path dir) throws IOException {}
    public static Path createFile(Path path) throws IOException {}
    public static void delete(Path path) throws IOException {}
    public static boolean deleteIfExists(Path path) throws IOException {}
}
